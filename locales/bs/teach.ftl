### The instructors' pages (cohorts, assignments, results) and the assignments on a learner's dashboard.

staff-nav-teach = Moje grupe

teach-title = Moje grupe
teach-all-cohorts-note = S ulogom administratora vidite sve grupe.
teach-no-cohorts = Još ne predajete nijednoj grupi. Administrator dodaje predavače u grupe.
teach-back = Nazad na moje grupe
# Variables:
#   $name (String) - the cohort's name
teach-back-to-cohort = Nazad na grupu „{ $name }“
teach-learners = Polaznici
teach-no-learners = Još nema polaznika.
teach-assignments = Dodijeljeni testovi
teach-no-assignments = Ovoj grupi još nije dodijeljen nijedan test.

teach-assign-title = Dodjela testa
teach-assign-task = Test
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-times-hint = Vremena su izražena u vremenskoj zoni centra ({ $zone }). Ako otvaranje ostavite prazno, test se otvara odmah; ako rok ostavite prazan, test će biti bez roka.
teach-assign-opens = Otvaranje
teach-assign-due = Rok
teach-assign-attempts = Dozvoljeni broj pokušaja
teach-assign-attempts-hint = Ostavite prazno ako ne želite ograničiti broj pokušaja.
teach-assign-minutes = Vremensko ograničenje u minutama
teach-assign-minutes-hint = Ostavite prazno ako želite zadržati vremensko ograničenje samog testa.
teach-assign-button = Dodijelite

# Variables:
#   $when (String) - a date and time, already formatted
teach-opens-at = Otvaranje: { $when }
teach-open-now = Otvaranje: odmah
# Variables:
#   $when (String) - a date and time, already formatted
teach-due-at = Rok: { $when }
teach-no-due = Bez roka
# Variables:
#   $count (Number) - attempts allowed
teach-attempts-allowed = { $count ->
    [one] { $count } dozvoljen pokušaj
    [few] { $count } dozvoljena pokušaja
   *[other] { $count } dozvoljenih pokušaja
}
teach-attempts-unlimited = Neograničen broj pokušaja

# Variables:
#   $name (String) - the cohort's name
teach-assigned-to-cohort = Test je dodijeljen grupi „{ $name }“.
# Variables:
#   $name (String) - the learner's name
teach-assigned-to-learner = Test je dodijeljen pojedinačno: { $name }.
teach-withdrawn = Dodijeljeni test je povučen: polaznici ga više ne vide. Već urađeni pokušaji se zadržavaju.
teach-results = Polaznici i rezultati
teach-col-status = Status
teach-col-attempts = Pokušaji
teach-col-level = Nivo (ZEROJ)
teach-col-score = Najbolji rezultat
teach-col-accommodations = Prilagođavanja
teach-left-cohort = Više nije u grupi
# Variables:
#   $used (Number) - attempts made
#   $allowed (Number) - attempts allowed
teach-attempts-of = { $used } od { $allowed }
# Variables:
#   $percent (String) - a score in percent, already formatted
teach-percent = { $percent } %

teach-override-title = Prilagođavanja za jednog polaznika
teach-override-hint = Kasniji rok, više pokušaja ili drugo vremensko ograničenje za jednog polaznika. Svaka unesena vrijednost zamjenjuje vrijednost koja vrijedi za dodijeljeni test; ako sva polja ostavite prazna, prilagođavanja za tog polaznika se uklanjaju.
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-override-times-hint = Vremena su izražena u vremenskoj zoni centra ({ $zone }). Ako neko polje ostavite prazno, primjenjuje se vrijednost dodijeljenog testa.
teach-override-learner = Polaznik
teach-override-button = Sačuvajte prilagođavanja
teach-withdraw-title = Povlačenje dodijeljenog testa
teach-withdraw-hint = Polaznici ga više neće vidjeti niti će ga moći započeti. Već urađeni pokušaji i njihovi rezultati se zadržavaju; pokušaj koji je u toku traje do isteka svog vremena.
teach-withdraw-button = Povucite

teach-error-task = Izaberite test s liste.
teach-error-datetime = Unesite datum i vrijeme, na primjer 2026-12-10 09:00.
teach-error-due-before-opening = Rok mora biti nakon vremena otvaranja.
teach-error-due-past = Ovaj rok je već prošao.
teach-error-attempts = Unesite cijeli broj od 1 do 50 ili ostavite polje prazno.
teach-error-minutes = Unesite cijeli broj minuta od 1 do 600 ili ostavite polje prazno.
teach-error-learner = Izaberite polaznika s liste.

## On the learner's dashboard

dashboard-assigned = Testovi koji su Vam dodijeljeni
dashboard-catalogue = Svi testovi
# Variables:
#   $status (String) - not-yet-open, open, in-progress, submitted or overdue
assignment-status = { $status ->
    [not-yet-open] Još nije otvoren
    [open] Otvoren
    [in-progress] U toku
    [submitted] Predan
   *[overdue] Rok je istekao
}
assignment-start = Započnite
assignment-continue = Nastavite
assignment-error-not-open = Ovaj dodijeljeni test još nije otvoren.
assignment-error-closed = Ovaj dodijeljeni test je zatvoren: rok je istekao.
assignment-error-other-attempt-open = Već imate pokušaj za ovaj test u toku, započet izvan ovog dodijeljenog testa (radi vježbe ili u okviru drugog dodijeljenog testa). Prvo završite taj pokušaj, a zatim možete započeti ovaj dodijeljeni test.
