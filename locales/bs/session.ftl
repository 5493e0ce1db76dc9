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
