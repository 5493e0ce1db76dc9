### Stranica administratora za dodavanje jezika kursu: preuzimanje datoteke sa tekstovima kursa (Fluent), prevod,
### otpremanje prevoda, provjera svakog pitanja na tom jeziku i potvrda. Poruke validatora banke o problemima u
### datoteci prikazuju se na engleskom. Nazivi jezika ($language) dati su na samom tom jeziku („Македонски“).

questions-translate-title = Prevođenje kursa
staff-nav-questions-translate = Prevođenje kursa
questions-translate-intro = Preuzmite sa spiska ispod datoteku sa tekstovima kursa na engleskom i dajte je na prevod: zadržite naziv svakog reda (ispred znaka jednakosti) i nazive u vitičastim zagradama, kao što je { "{" } $g1 { "}" }, a prevedite samo tekstove. Zatim ovdje otpremite prevedenu datoteku. Najprije ćete vidjeti svako pitanje onako kako će ga vidjeti polaznici na tom jeziku, ili svaki problem u datoteci sa redom u kojem se nalazi. Ništa se ne upisuje dok ne potvrdite.

## The form.

questions-translate-course-label = Kurs
questions-translate-language-label = Jezik prevoda
questions-translate-file-label = Prevedena datoteka (.ftl)
questions-translate-file-hint = Jedna tekstualna datoteka sačuvana u kodiranju UTF-8, do { $limit } MiB. Ako kurs već ima prevod na ovom jeziku, biće zamijenjen.
questions-translate-preview-button = Provjerite prevod
questions-translate-error-course = Izaberite kurs sa spiska.
questions-translate-error-locale = Izaberite jezik sa spiska.
questions-translate-error-no-file = Izaberite prevedenu datoteku.
questions-translate-error-too-large = Otpremite jednu datoteku od najviše { $limit } MiB.
questions-translate-error-bad-form = Potvrda nije mogla da se pročita. Ponovo otpremite datoteku.

## The check (nothing written yet).

questions-translate-preview-title = Provjera prevoda
questions-translate-preview-course = Kurs: { $course }
questions-translate-preview-language = Jezik: { $language }
questions-translate-plan-error-title = Prevod ne može da se provjeri
questions-translate-problems-title = { $count ->
    [one] { $count } problem sprječava dodavanje prevoda
    [few] { $count } problema sprječavaju dodavanje prevoda
   *[other] { $count } problema sprječava dodavanje prevoda
}
questions-translate-problems-intro = Ispravite datoteku i ponovo je otpremite. Svaka poruka je na engleskom i navodi datoteku i red na koji se odnosi; poruka „translations missing“ nabraja tekstove koji u datoteci još nedostaju.
questions-translate-replaces = Kurs već ima prevod na ovom jeziku. Ako potvrdite, biće zamijenjen.
questions-translate-summary = { $count ->
    [one] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanje kursa, sa tačnim odgovorom:
    [few] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja kursa, sa tačnim odgovorima:
   *[other] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja kursa, sa tačnim odgovorima:
}
questions-translate-confirm-button = Dodajte prevod
questions-translate-changed-notice = Kurs ili njegov prevod izmijenjen je poslije provjere, ili je prevod već dodat. Provjerite rezultat ispod prije nego što ponovo potvrdite.
questions-translate-write-error = Datoteke nijesu mogle da se upišu, pa ništa nije izmijenjeno:

## After confirming.

questions-translate-done = Prevod je dodat: { $course }, { $language }.
questions-translate-done-in-use = Polaznici koji koriste ovaj jezik sada na njemu vide testove ovog kursa.
questions-translate-another-title = Prevedite drugi kurs

## The prose files to download.

questions-translate-files-title = Datoteke za prevod
questions-translate-files-intro = Tekstovi svakog kursa, po jedna datoteka za svaki jezik. Prevedite datoteku na engleskom ili preuzmite postojeći prevod da biste ga ispravili.
questions-translate-col-course = Kurs
questions-translate-col-files = Datoteke
