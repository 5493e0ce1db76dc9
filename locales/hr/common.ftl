### Shared interface texts: layout, language picker, errors.

-centre-name = Regionalni centar za izobrazbu u području migracija

app-name = ispit
skip-to-content = Prijeđite na sadržaj
language-picker-label = Jezik
logout-button = Odjavite se
footer-text = ispit – sustav za provjeru znanja, { -centre-name }
back-to-quizzes = Natrag na Vaše testove
# On an error page, for a visitor who is not signed in.
error-sign-in = Prijavite se

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Kôd pogreške: { $status }
error-not-found = Ova stranica ne postoji ili nemate pravo pristupa toj stranici.
error-not-offered = Ovaj test nije dostupan na jeziku koji ste odabrali.
error-no-attempts-left = Iskoristili ste sve dopuštene pokušaje za ovaj test.
error-attempt-closed = Ovaj je pokušaj zatvoren: Vaši su odgovori već predani.
error-attempt-open = Ovaj je pokušaj još otvoren: rezultat će biti prikazan nakon predaje.
error-deadline-passed = Vrijeme je isteklo. Odgovori dani nakon isteka vremena ne prihvaćaju se.
error-attempt-submitted = Ovaj je pokušaj već predan: odgovori poslani nakon toga ne spremaju se.
error-attempt-expired = Vrijeme je isteklo pa je pokušaj zatvoren. Uračunati su odgovori spremljeni do tada; kasnije poslani odgovori ne prihvaćaju se.
error-bad-request = Zahtjev nije moguće razumjeti.
error-unauthorized = Prijavite se kako biste nastavili.
error-forbidden = Obrazac je istekao ili nije poslan s ovog web-mjesta. Vratite se natrag, ponovno učitajte stranicu i pokušajte ponovno.
error-too-large = Ono što ste poslali preveliko je.
error-unprocessable = Dio poslanih podataka nije ispravan. Provjerite ih i pokušajte ponovno.
error-internal = Došlo je do pogreške na našoj strani. Vaši su spremljeni odgovori sigurni; pokušajte ponovno za nekoliko trenutaka.
error-unavailable = Usluga je privremeno nedostupna. Vaši su dosad spremljeni odgovori sigurni; pokušajte ponovno za minutu.
error-bad-encoding = Obrazac nije moguće pročitati: sadrži znakove koji nisu ispravan tekst (UTF-8). Ništa nije spremljeno; ponovno učitajte stranicu i pokušajte ponovno.
