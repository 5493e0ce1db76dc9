### Shared interface texts: layout, language picker, errors.

-centre-name = Regionalni centar za obuku u oblasti migracija

app-name = ispit
skip-to-content = Pređite na sadržaj
language-picker-label = Jezik
logout-button = Odjavite se
footer-text = ispit – sistem za provjeru znanja, { -centre-name }
back-to-quizzes = Nazad na Vaše testove
# On an error page, for a visitor who is not signed in.
error-sign-in = Prijavite se

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minuta
   *[other] { $count } minuta
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Kôd greške: { $status }
error-not-found = Ova stranica ne postoji ili nemate pravo da je vidite.
error-not-offered = Ovaj test nije dostupan na jeziku koji ste izabrali.
error-no-attempts-left = Iskoristili ste sve dozvoljene pokušaje za ovaj test.
error-attempt-closed = Ovaj pokušaj je zatvoren: Vaši odgovori su već predati.
error-attempt-open = Ovaj pokušaj je još otvoren: rezultat će biti prikazan nakon predaje.
error-deadline-passed = Vrijeme je isteklo. Odgovori dati nakon isteka vremena ne prihvataju se.
error-attempt-submitted = Ovaj pokušaj je već predat: odgovori poslati nakon toga se ne čuvaju.
error-attempt-expired = Vrijeme je isteklo, pa je pokušaj zatvoren. Uračunati su odgovori sačuvani do tada; kasnije poslati odgovori se ne prihvataju.
error-bad-request = Zahtjev nije moguće razumjeti.
error-unauthorized = Prijavite se da biste nastavili.
error-forbidden = Obrazac je istekao ili nije poslat sa ovog sajta. Vratite se nazad, ponovo učitajte stranicu i pokušajte ponovo.
error-too-large = Ono što ste poslali je preveliko.
error-unprocessable = Dio poslatih podataka nije ispravan. Provjerite ih i pokušajte ponovo.
error-internal = Došlo je do greške na našoj strani. Vaši sačuvani odgovori su bezbjedni; pokušajte ponovo za nekoliko trenutaka.
error-unavailable = Usluga je privremeno nedostupna. Vaši dosad sačuvani odgovori su bezbjedni; pokušajte ponovo za minut.
error-bad-encoding = Obrazac nije moguće pročitati: sadrži znakove koji nijesu ispravan tekst (UTF-8). Ništa nije sačuvano; ponovo učitajte stranicu i pokušajte ponovo.
