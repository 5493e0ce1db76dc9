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
