### Stranica administratora za dodavanje jezika tečaju: preuzimanje datoteke s tekstovima tečaja (Fluent), prijevod,
### prijenos prijevoda, provjera svakog pitanja na tom jeziku i potvrda. Poruke validatora banke o problemima u
### datoteci prikazuju se na engleskom. Nazivi jezika ($language) navode se na samom tom jeziku („Македонски“).

questions-translate-title = Prevođenje tečaja
staff-nav-questions-translate = Prevođenje tečaja
questions-translate-intro = Preuzmite s popisa u nastavku datoteku s tekstovima tečaja na engleskom i dajte je na prijevod: zadržite naziv svakog retka (ispred znaka jednakosti) i nazive u vitičastim zagradama, kao što je { "{" } $g1 { "}" }, a prevedite samo tekstove. Zatim ovdje prenesite prevedenu datoteku. Najprije ćete vidjeti svako pitanje onako kako će ga vidjeti polaznici na tom jeziku ili svaki problem u datoteci s retkom u kojem se nalazi. Ništa se ne zapisuje dok ne potvrdite.

## The form.

questions-translate-course-label = Tečaj
questions-translate-language-label = Jezik prijevoda
questions-translate-file-label = Prevedena datoteka (.ftl)
questions-translate-file-hint = Jedna tekstna datoteka spremljena u kodiranju UTF-8, do { $limit } MiB. Ako tečaj već ima prijevod na ovom jeziku, bit će zamijenjen.
questions-translate-preview-button = Provjerite prijevod
questions-translate-error-course = Odaberite tečaj s popisa.
questions-translate-error-locale = Odaberite jezik s popisa.
questions-translate-error-no-file = Odaberite prevedenu datoteku.
questions-translate-error-too-large = Prenesite jednu datoteku od najviše { $limit } MiB.
questions-translate-error-bad-form = Potvrda se nije mogla pročitati. Ponovno prenesite datoteku.

## The check (nothing written yet).

questions-translate-preview-title = Provjera prijevoda
questions-translate-preview-course = Tečaj: { $course }
questions-translate-preview-language = Jezik: { $language }
questions-translate-plan-error-title = Prijevod se ne može provjeriti
questions-translate-problems-title = { $count ->
    [one] { $count } problem sprječava dodavanje prijevoda
    [few] { $count } problema sprječavaju dodavanje prijevoda
   *[other] { $count } problema sprječava dodavanje prijevoda
}
questions-translate-problems-intro = Ispravite datoteku i ponovno je prenesite. Svaka je poruka na engleskom i navodi datoteku i redak na koji se odnosi; poruka „translations missing“ nabraja tekstove koji u datoteci još nedostaju.
questions-translate-replaces = Tečaj već ima prijevod na ovom jeziku. Ako potvrdite, bit će zamijenjen.
questions-translate-summary = { $count ->
    [one] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanje tečaja, s točnim odgovorom:
    [few] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja tečaja, s točnim odgovorima:
   *[other] Ovako će polaznici na ovom jeziku vidjeti { $count } pitanja tečaja, s točnim odgovorima:
}
questions-translate-confirm-button = Dodajte prijevod
questions-translate-changed-notice = Tečaj ili njegov prijevod promijenjen je nakon provjere ili je prijevod već dodan. Provjerite rezultat u nastavku prije nego što ponovno potvrdite.
questions-translate-write-error = Datoteke se nisu mogle zapisati pa ništa nije promijenjeno:

## After confirming.

questions-translate-done = Prijevod je dodan: { $course }, { $language }.
questions-translate-done-in-use = Polaznici koji upotrebljavaju ovaj jezik sada na njemu vide testove ovog tečaja.
questions-translate-another-title = Prevedite drugi tečaj

## The prose files to download.

questions-translate-files-title = Datoteke za prevođenje
questions-translate-files-intro = Tekstovi svakog tečaja, po jedna datoteka za svaki jezik. Prevedite datoteku na engleskom ili preuzmite postojeći prijevod kako biste ga ispravili.
questions-translate-col-course = Tečaj
questions-translate-col-files = Datoteke
