### Stranica administratora za uvoz pitanja iz datoteka GIFT, Moodle XML, Aiken i QTI u tečaj banke pitanja.
### Poruke uvoznika (problemi u datotekama, razlozi, napomene, problemi banke) prikazuju se na engleskom.

questions-import-title = Uvoz pitanja
staff-nav-questions-import = Uvoz pitanja
questions-import-intro = Prenesite datoteke s pitanjima izvezene iz Moodlea ili napisane u formatu GIFT, Aiken ili QTI. Najprije ćete vidjeti svako pitanje onako kako će izgledati, s točnim odgovorima, i svaki problem pronađen u datotekama. Ništa se ne zapisuje dok ne potvrdite, a tada se datoteke tečaja zapisuju ili sve zajedno ili nijedna.

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
} u istom formatu, svaka do { $limit } MiB. Tekstne datoteke moraju biti spremljene u kodiranju UTF-8. QTI pitanja mogu stići i kao paket sadržaja (ZIP datoteka s manifestom).
questions-import-course-legend = Tečaj
questions-import-course-label = Dodajte pitanja u
questions-import-course-new = Novi tečaj (unesite njegovu oznaku i naslov u nastavku)
questions-import-new-course-id-label = Oznaka novog tečaja
questions-import-new-course-id-hint = Mala latinična slova, znamenke i crtice, na primjer refugee-law-basics. To je i naziv mape tečaja u banci pitanja.
questions-import-new-course-title-label = Naslov novog tečaja (na engleskom)
questions-import-quiz-label = Test (neobavezno)
questions-import-quiz-hint = Unesite oznaku, na primjer refugee-law-check, kako biste dodali test koji izvlači sva uvezena pitanja (prag prolaznosti 60 %, bez vremenskog ograničenja, neograničen broj pokušaja; to se poslije može promijeniti u datoteci tečaja). Oznake testova moraju biti jedinstvene u cijeloj banci pitanja.
questions-import-locales-legend = Jezici koje treba učitati
questions-import-locales-hint = Pitanja se uvijek uvoze na engleskom. Datoteka Moodle XML s višejezičnim sadržajem ili QTI paket s pitanjima na više jezika može donijeti i svoje prijevode: odaberite jezike koje treba učitati. Pitanje se tada dodaje samo ako je isto pitanje na svakom odabranom jeziku.
questions-import-preview-button = Prikažite što bi se uvezlo
questions-import-error-no-file = Odaberite barem jednu datoteku.
questions-import-error-too-large = Jedna od datoteka veća je od { $limit } MiB. Podijelite je na manje datoteke i uvezite ih jednu za drugom.
questions-import-error-too-many = { $count ->
    [one] Odjednom se može uvesti najviše { $count } datoteka.
    [few] Odjednom se mogu uvesti najviše { $count } datoteke.
   *[other] Odjednom se može uvesti najviše { $count } datoteka.
} Ostale uvezite nakon toga.
questions-import-error-format = Odaberite format datoteka.
questions-import-error-course = Odaberite tečaj s popisa ili novi tečaj.
questions-import-error-course-id = Unesite oznaku novog tečaja: mala latinična slova, znamenke i crtice, bez crtice na početku.
questions-import-error-course-exists = Tečaj s ovom oznakom već postoji. Umjesto toga odaberite ga s popisa.
questions-import-error-folder-taken = Banka pitanja već ima mapu s ovim nazivom. Odaberite drugu oznaku.
questions-import-error-course-title = Unesite naslov novog tečaja.
questions-import-error-quiz = Oznaka testa smije sadržavati samo mala latinična slova, znamenke i crtice i ne smije započinjati crticom.
questions-import-error-locales = Odaberite jezike samo s popisa.
questions-import-error-locales-format = Samo datoteke Moodle XML i QTI paketi sadržavaju više jezika. Poništite odabir ostalih jezika ili odaberite jedan od tih formata.
questions-import-error-bad-form = Potvrda se nije mogla pročitati. Ponovno prenesite datoteke.

## The preview (dry run).

questions-import-preview-title = Što bi se uvezlo
questions-import-file-name = Datoteka: { $name }
questions-import-preview-course = U tečaj: { $course }
questions-import-preview-new-course = U novi tečaj: { $course }
questions-import-plan-error-title = Uvoz se ne može pripremiti
questions-import-problems-title = { $count ->
    [one] Datoteke imaju { $count } problem
    [few] Datoteke imaju { $count } problema
   *[other] Datoteke imaju { $count } problema
}
questions-import-problems-intro = Dijelovi datoteka navedeni ovdje ne mogu se pročitati i neće biti uvezeni; ostala se pitanja ipak mogu uvesti. Svaka je poruka na engleskom i počinje datotekom i retkom (a u XML datotekama i stupcem) na koji se odnosi.
questions-import-bank-problems-title = Banka pitanja ne bi se učitala s ovim pitanjima
questions-import-bank-problems-intro = Ništa se ne može uvesti dok se ovi problemi ne riješe. Svaka je poruka na engleskom i počinje datotekom banke i retkom na koji se odnosi.
questions-import-summary = Pročitana pitanja: { $total }. Za dodavanje: { $added }. Neće biti uvezeno: { $refused }.
questions-import-question-place = { $file }, redak { $line }
questions-import-added-as = Dodaje se kao { $id }
questions-import-type = { $type ->
    [single] Jedan točan odgovor
    [multiple] Više točnih odgovora
    [true-false] Točno ili netočno
    [short] Kratki odgovor
    [numerical] Brojčani odgovor
    [matching] Povezivanje parova
    [gap-fill] Popunjavanje praznina
    [ordering] Slaganje redoslijeda
    [essay] Esej
    [description] Opis
   *[other] { $type }
}
questions-import-not-imported = Neće biti uvezeno:
questions-import-note = Napomena:
questions-import-right = točan odgovor
questions-import-typed = polaznik ga upisuje
questions-import-weight = { $weight } % bodova
questions-import-option-feedback = Povratna informacija:
questions-import-pairs = Točni parovi:
questions-import-distractors = Odgovori koji ne odgovaraju nijednoj stavci:
questions-import-gap = Praznina { $gap }:
questions-import-order = Točan redoslijed:
questions-import-true-false-key = { $key ->
    [true] Točan odgovor: točno
   *[other] Točan odgovor: netočno
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
    [one] Još ništa nije zapisano. Potvrdite kako biste u tečaj dodali pitanje označeno za dodavanje. Polaznici će ga odmah moći rješavati.
    [few] Još ništa nije zapisano. Potvrdite kako biste u tečaj dodali { $count } pitanja označena za dodavanje. Polaznici će ih odmah moći rješavati.
   *[other] Još ništa nije zapisano. Potvrdite kako biste u tečaj dodali { $count } pitanja označenih za dodavanje. Polaznici će ih odmah moći rješavati.
}
questions-import-confirm-button = Potvrdite uvoz
questions-import-changed-notice = Tečaj je promijenjen nakon pregleda koji ste potvrdili (na primjer, kad je isti uvoz potvrđen dvaput) pa ništa nije uvezeno. Evo što bi datoteke sada učinile; provjerite to i ponovno potvrdite.
questions-import-write-error = Datoteke se nisu mogle zapisati pa ništa nije uvezeno:
questions-import-another-title = Uvezite druge datoteke

## After the import.

questions-import-done-title = Pitanja su uvezena
questions-import-done-summary = { $count ->
    [one] U tečaj „{ $course }“ dodano je { $count } pitanje.
    [few] U tečaj „{ $course }“ dodana su { $count } pitanja.
   *[other] U tečaj „{ $course }“ dodano je { $count } pitanja.
}
questions-import-done-in-use = Polaznici već sada mogu rješavati nova pitanja.
questions-import-reload-failed-title = Poslužitelj i dalje upotrebljava prethodna pitanja
questions-import-reload-failed = Datoteke su zapisane, ali se banka pitanja sada ne učitava pa poslužitelj i dalje upotrebljava pitanja koja je imao prije. Ispravite ove probleme (poruke su na engleskom) i ponovno pokrenite poslužitelj:
questions-import-done-quiz = Otvorite test { $quiz }
questions-import-done-list-title = Dodana pitanja
questions-import-col-id = Oznaka
questions-import-col-type = Vrsta pitanja
questions-import-another = Uvezite još pitanja
