### Signing in.

login-title = Prijava
login-intro = Prijavite se adresom e-pošte i lozinkom koje Vam je dodijelio centar za izobrazbu.
login-pending-answers = Vaša je sesija istekla. Ponovno se prijavite: odgovori koje ste upravo poslali zadržani su i bit će spremljeni u Vaš pokušaj.
login-email-label = Adresa e-pošte
login-password-label = Lozinka
login-button = Prijavite se
login-error-email = Unesite ispravnu adresu e-pošte.
login-error-credentials = Adresa e-pošte ili lozinka nije ispravna.
login-error-throttled = Previše neuspjelih prijava s ovom adresom. Pokušajte ponovno za { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.

login-forgot-link = Zaboravili ste lozinku?

## Asking for a link by email when the password is forgotten.

forgot-title = Zaboravljena lozinka
forgot-intro = Unesite adresu e-pošte svojeg korisničkog računa. Poslat ćemo Vam poveznicu za odabir nove lozinke ili poveznicu za jednokratnu prijavu bez lozinke.
forgot-reset-button = Pošaljite mi poveznicu za novu lozinku
forgot-sign-in-button = Pošaljite mi poveznicu za prijavu
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = Ako za tu adresu postoji korisnički račun, na nju smo poslali poruku.
forgot-sent-hint = Poveznica u poruci može se upotrijebiti samo jednom i vrijedi samo kratko vrijeme. Ako poruka ne stigne u roku od nekoliko minuta, provjerite mapu neželjene pošte (spam) ili se obratite svojem predavaču.
forgot-back-to-login = Natrag na prijavu

## Choosing a new password through a link.

reset-title = Postavljanje nove lozinke
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Odaberite novu lozinku za korisnički račun { $email }. Bit ćete odjavljeni sa svih drugih uređaja, a prijavljeni ovdje.
reset-password-label = Nova lozinka
reset-password-hint = Najmanje 10 znakova.
reset-confirm-label = Ponovite novu lozinku
reset-button = Postavite lozinku i prijavite se
reset-error-mismatch = Unesene lozinke nisu iste.

## Signing in through a link.

sign-in-link-title = Prijava putem poveznice
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Želite li se prijaviti kao { $email }? Poveznica se može upotrijebiti samo jednom.
sign-in-link-button = Prijavite se

## A link that cannot be used.

link-error-unknown = Ova poveznica nije valjana. Provjerite je li kopirana cijela adresa iz poruke.
link-error-used = Ova je poveznica već upotrijebljena: svaka se poveznica može upotrijebiti samo jednom.
link-error-expired = Ovoj je poveznici istekao rok valjanosti.
link-ask-again = Zatražite novu poveznicu
