### Stranica administratora za uvoz pitanja iz datoteka GIFT, Moodle XML, Aiken i QTI u kurs banke pitanja.
### Poruke uvoznika (problemi u datotekama, razlozi, napomene, problemi banke) prikazuju se na engleskom.

questions-import-title = Uvoz pitanja
staff-nav-questions-import = Uvoz pitanja
questions-import-intro = Učitajte datoteke s pitanjima izvezene iz Moodlea ili napisane u formatu GIFT, Aiken ili QTI. Prvo ćete vidjeti svako pitanje onako kako će izgledati, s tačnim odgovorima, i svaki problem pronađen u datotekama. Ništa se ne upisuje dok ne potvrdite, a tada se datoteke kursa upisuju ili sve zajedno ili nijedna.

## The form.

questions-import-format-legend = Format datoteka
questions-import-format = { $format ->
    [gift] GIFT (Moodle)
    [moodlexml] Moodle XML
    [aiken] Aiken
    [qti3] QTI 3.0
   *[qti21] QTI 2.1
}
questions-import-files-label = Datoteke s pitanjima
questions-import-files-hint = { $count ->
    [one] Najviše { $count } datoteka
    [few] Najviše { $count } datoteke
   *[other] Najviše { $count } datoteka
} u istom formatu, svaka do { $limit } MiB. Tekstualne datoteke moraju biti sačuvane u kodiranju UTF-8. QTI pitanja mogu doći i kao paket sadržaja (ZIP datoteka s manifestom).
questions-import-course-legend = Kurs
questions-import-course-label = Dodajte pitanja u
questions-import-course-new = Novi kurs (unesite njegovu oznaku i naslov ispod)
questions-import-new-course-id-label = Oznaka novog kursa
questions-import-new-course-id-hint = Mala latinična slova, cifre i crtice, na primjer refugee-law-basics. To je i naziv foldera kursa u banci pitanja.
questions-import-new-course-title-label = Naslov novog kursa (na engleskom)
questions-import-quiz-label = Test (neobavezno)
questions-import-quiz-hint = Unesite oznaku, na primjer refugee-law-check, da biste dodali test koji izvlači sva uvezena pitanja (prag prolaznosti 60 %, bez vremenskog ograničenja, neograničen broj pokušaja; to se kasnije može promijeniti u datoteci kursa). Oznake testova moraju biti jedinstvene u cijeloj banci pitanja.
questions-import-locales-legend = Jezici koje treba učitati
questions-import-locales-hint = Pitanja se uvijek uvoze na engleskom. Moodle XML datoteka s višejezičnim sadržajem ili QTI paket s pitanjima na više jezika može donijeti i svoje prijevode: izaberite jezike koje treba učitati. Pitanje se tada dodaje samo ako je isto pitanje na svakom izabranom jeziku.
questions-import-preview-button = Prikažite šta bi se uvezlo
questions-import-error-no-file = Izaberite barem jednu datoteku.
questions-import-error-too-large = Jedna od datoteka je veća od { $limit } MiB. Podijelite je na manje datoteke i uvezite ih jednu za drugom.
questions-import-error-too-many = { $count ->
    [one] Odjednom se može uvesti najviše { $count } datoteka.
    [few] Odjednom se mogu uvesti najviše { $count } datoteke.
   *[other] Odjednom se može uvesti najviše { $count } datoteka.
} Ostale uvezite nakon toga.
questions-import-error-format = Izaberite format datoteka.
questions-import-error-course = Izaberite kurs sa spiska ili novi kurs.
questions-import-error-course-id = Unesite oznaku novog kursa: mala latinična slova, cifre i crtice, bez crtice na početku.
questions-import-error-course-exists = Kurs s ovom oznakom već postoji. Umjesto toga izaberite ga sa spiska.
questions-import-error-folder-taken = Banka pitanja već ima folder s ovim nazivom. Izaberite drugu oznaku.
questions-import-error-course-title = Unesite naslov novog kursa.
questions-import-error-quiz = Oznaka testa smije sadržavati samo mala latinična slova, cifre i crtice i ne smije počinjati crticom.
questions-import-error-locales = Izaberite jezike samo sa spiska.
questions-import-error-locales-format = Samo Moodle XML datoteke i QTI paketi sadrže više jezika. Poništite izbor ostalih jezika ili izaberite jedan od ovih formata.
questions-import-error-bad-form = Potvrda se nije mogla pročitati. Ponovo učitajte datoteke.

## The preview (dry run).

questions-import-preview-title = Šta bi se uvezlo
questions-import-file-name = Datoteka: { $name }
questions-import-preview-course = U kurs: { $course }
questions-import-preview-new-course = U novi kurs: { $course }
questions-import-plan-error-title = Uvoz se ne može pripremiti
questions-import-problems-title = { $count ->
    [one] Datoteke imaju { $count } problem
    [few] Datoteke imaju { $count } problema
   *[other] Datoteke imaju { $count } problema
}
questions-import-problems-intro = Dijelovi datoteka navedeni ovdje ne mogu se pročitati i neće biti uvezeni; ostala pitanja ipak se mogu uvesti. Svaka poruka je na engleskom i počinje datotekom i redom (a u XML datotekama i kolonom) na koji se odnosi.
questions-import-bank-problems-title = Banka pitanja se ne bi učitala s ovim pitanjima
questions-import-bank-problems-intro = Ništa se ne može uvesti dok se ovi problemi ne riješe. Svaka poruka je na engleskom i počinje datotekom banke i redom na koji se odnosi.
questions-import-summary = Pročitana pitanja: { $total }. Za dodavanje: { $added }. Neće biti uvezeno: { $refused }.
questions-import-question-place = { $file }, red { $line }
questions-import-added-as = Dodaje se kao { $id }
questions-import-type = { $type ->
    [single] Jedan tačan odgovor
    [multiple] Više tačnih odgovora
    [true-false] Tačno ili netačno
    [short] Kratak odgovor
    [numerical] Brojčani odgovor
    [matching] Povezivanje parova
    [gap-fill] Popunjavanje praznina
    [ordering] Redanje po redoslijedu
    [essay] Esej
    [description] Opis
   *[other] { $type }
}
questions-import-not-imported = Neće biti uvezeno:
questions-import-note = Napomena:
questions-import-right = tačan odgovor
questions-import-typed = polaznik ga upisuje
questions-import-weight = { $weight } % bodova
questions-import-option-feedback = Povratna informacija:
questions-import-pairs = Tačni parovi:
questions-import-distractors = Odgovori koji ne odgovaraju nijednoj stavci:
questions-import-gap = Praznina { $gap }:
questions-import-order = Tačan redoslijed:
questions-import-true-false-key = { $key ->
    [true] Tačan odgovor: tačno
   *[other] Tačan odgovor: netačno
}
questions-import-accepted = Prihvaćeni odgovori (* zamjenjuje bilo koji tekst):
questions-import-numbers = Prihvaćene vrijednosti:
questions-import-number = { $value } ± { $tolerance }
questions-import-share = ({ $percent } % bodova)
questions-import-feedback = Opća povratna informacija:
questions-import-points = { $points } bod.
questions-import-category = Kategorija: { $category }
questions-import-tags = Oznake teme:
questions-import-nothing = Nijedno pitanje iz ovih datoteka ne može se uvesti.
questions-import-confirm-intro = { $count ->
    [one] Još ništa nije upisano. Potvrdite da biste u kurs dodali pitanje označeno za dodavanje. Polaznici će ga odmah moći raditi.
    [few] Još ništa nije upisano. Potvrdite da biste u kurs dodali { $count } pitanja označena za dodavanje. Polaznici će ih odmah moći raditi.
   *[other] Još ništa nije upisano. Potvrdite da biste u kurs dodali { $count } pitanja označenih za dodavanje. Polaznici će ih odmah moći raditi.
}
questions-import-confirm-button = Potvrdite uvoz
questions-import-changed-notice = Kurs je promijenjen nakon pregleda koji ste potvrdili (na primjer, kada je isti uvoz potvrđen dva puta), pa ništa nije uvezeno. Evo šta bi datoteke sada uradile; provjerite to i ponovo potvrdite.
questions-import-write-error = Datoteke se nisu mogle upisati, pa ništa nije uvezeno:
questions-import-another-title = Uvezite druge datoteke

## After the import.

questions-import-done-title = Pitanja su uvezena
questions-import-done-summary = { $count ->
    [one] U kurs „{ $course }“ dodano je { $count } pitanje.
    [few] U kurs „{ $course }“ dodana su { $count } pitanja.
   *[other] U kurs „{ $course }“ dodano je { $count } pitanja.
}
questions-import-done-in-use = Polaznici već sada mogu raditi nova pitanja.
questions-import-reload-failed-title = Server i dalje koristi prethodna pitanja
questions-import-reload-failed = Datoteke su upisane, ali se banka pitanja sada ne učitava, pa server i dalje koristi pitanja koja je imao ranije. Ispravite ove probleme (poruke su na engleskom) i ponovo pokrenite server:
questions-import-done-quiz = Otvorite test { $quiz }
questions-import-done-list-title = Dodana pitanja
questions-import-col-id = Oznaka
questions-import-col-type = Vrsta pitanja
questions-import-another = Uvezite još pitanja
