### Signing in.

login-title = Prijava
login-intro = Prijavite se adresom e-pošte i lozinkom koje Vam je dodijelio centar za obuku.
login-pending-answers = Vaša sesija je istekla. Prijavite se ponovo: odgovori koje ste upravo poslali zadržani su i bit će sačuvani u Vašem pokušaju.
login-email-label = Adresa e-pošte
login-password-label = Lozinka
login-button = Prijavite se
login-error-email = Unesite ispravnu adresu e-pošte.
login-error-credentials = Adresa e-pošte ili lozinka nije ispravna.
login-error-throttled = Previše neuspjelih prijava s ovom adresom. Pokušajte ponovo za { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.

login-forgot-link = Zaboravili ste lozinku?

## Asking for a link by email when the password is forgotten.

forgot-title = Zaboravljena lozinka
forgot-intro = Unesite adresu e-pošte svog korisničkog računa. Poslat ćemo Vam link za izbor nove lozinke ili link za jednokratnu prijavu bez lozinke.
forgot-reset-button = Pošaljite mi link za novu lozinku
forgot-sign-in-button = Pošaljite mi link za prijavu
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = Ako za tu adresu postoji korisnički račun, na nju smo poslali poruku.
forgot-sent-hint = Link u poruci može se upotrijebiti samo jednom i važi samo kratko vrijeme. Ako poruka ne stigne u roku od nekoliko minuta, provjerite folder neželjene pošte (spam) ili se obratite svom predavaču.
forgot-back-to-login = Nazad na prijavu

## Choosing a new password through a link.

reset-title = Postavljanje nove lozinke
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Izaberite novu lozinku za korisnički račun { $email }. Bit ćete odjavljeni sa svih drugih uređaja, a prijavljeni ovdje.
reset-password-label = Nova lozinka
reset-password-hint = Najmanje 10 znakova.
reset-confirm-label = Ponovite novu lozinku
reset-button = Postavite lozinku i prijavite se
reset-error-mismatch = Unesene lozinke nisu iste.

## Signing in through a link.

sign-in-link-title = Prijava putem linka
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Da li se želite prijaviti kao { $email }? Link se može upotrijebiti samo jednom.
sign-in-link-button = Prijavite se

## A link that cannot be used.

link-error-unknown = Ovaj link nije važeći. Provjerite da li je kopirana cijela adresa iz poruke.
link-error-used = Ovaj link je već upotrijebljen: svaki link se može upotrijebiti samo jednom.
link-error-expired = Rok važenja ovog linka je istekao.
link-ask-again = Zatražite novi link
