### Stranica administratora za dodavanje jezika kursu: preuzimanje datoteke s tekstovima kursa (Fluent), prijevod,
### učitavanje prijevoda, provjera svakog pitanja na tom jeziku i potvrda. Poruke validatora banke o problemima u
### datoteci prikazuju se na engleskom. Nazivi jezika ($language) dati su na samom tom jeziku („Македонски“).

questions-translate-title = Prevođenje kursa
staff-nav-questions-translate = Prevođenje kursa
questions-translate-intro = Preuzmite sa spiska ispod datoteku s tekstovima kursa na engleskom i dajte je na prijevod: zadržite naziv svakog reda (ispred znaka jednakosti) i nazive u vitičastim zagradama, kao što je { "{" } $g1 { "}" }, a prevedite samo tekstove. Zatim ovdje učitajte prevedenu datoteku. Prvo ćete vidjeti svako pitanje onako kako će ga vidjeti polaznici na tom jeziku, ili svaki problem u datoteci s redom u kojem se nalazi. Ništa se ne upisuje dok ne potvrdite.

## The form.

questions-translate-course-label = Kurs
questions-translate-language-label = Jezik prijevoda
questions-translate-file-label = Prevedena datoteka (.ftl)
questions-translate-file-hint = Jedna tekstualna datoteka sačuvana u kodiranju UTF-8, do { $limit } MiB. Ako kurs već ima prijevod na ovom jeziku, bit će zamijenjen.
questions-translate-preview-button = Provjerite prijevod
questions-translate-error-course = Izaberite kurs sa spiska.
questions-translate-error-locale = Izaberite jezik sa spiska.
questions-translate-error-no-file = Izaberite prevedenu datoteku.
questions-translate-error-too-large = Učitajte jednu datoteku od najviše { $limit } MiB.
questions-translate-error-bad-form = Potvrda se nije mogla pročitati. Ponovo učitajte datoteku.

## The check (nothing written yet).

questions-translate-preview-title = Provjera prijevoda
questions-translate-preview-course = Kurs: { $course }
questions-translate-preview-language = Jezik: { $language }
questions-translate-plan-error-title = Prijevod se ne može provjeriti
questions-translate-problems-title = { $count ->
    [one] { $count } problem sprječava dodavanje prijevoda
    [few] { $count } problema sprječavaju dodavanje prijevoda
   *[other] { $count } problema sprječava dodavanje prijevoda
}
questions-translate-problems-intro = Ispravite datoteku i ponovo je učitajte. Svaka poruka je na engleskom i navodi datoteku i red na koji se odnosi; poruka „translations missing“ nabraja tekstove koji u datoteci još nedostaju.
questions-translate-replaces = Kurs već ima prijevod na ovom jeziku. Ako potvrdite, bit će zamijenjen.
questions-translate-summary = { $count ->
    [one] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanje kursa, s tačnim odgovorom:
    [few] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja kursa, s tačnim odgovorima:
   *[other] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja kursa, s tačnim odgovorima:
}
questions-translate-confirm-button = Dodajte prijevod
questions-translate-changed-notice = Kurs ili njegov prijevod promijenjen je nakon provjere, ili je prijevod već dodan. Provjerite rezultat ispod prije nego što ponovo potvrdite.
questions-translate-write-error = Datoteke se nisu mogle upisati, pa ništa nije promijenjeno:

## After confirming.

questions-translate-done = Prijevod je dodan: { $course }, { $language }.
questions-translate-done-in-use = Polaznici koji koriste ovaj jezik sada na njemu vide testove ovog kursa.
questions-translate-another-title = Prevedite drugi kurs

## The prose files to download.

questions-translate-files-title = Datoteke za prijevod
questions-translate-files-intro = Tekstovi svakog kursa, po jedna datoteka za svaki jezik. Prevedite datoteku na engleskom ili preuzmite postojeći prijevod da biste ga ispravili.
questions-translate-col-course = Kurs
questions-translate-col-files = Datoteke
