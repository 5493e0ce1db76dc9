### Results for instructors: an assignment's results (table, chart, CSV), a learner's page, an attempt's review.

results-yes = Da
results-no = Ne
results-no-level = Bez nivoa
results-not-enough-evidence = Nedovoljno podataka
# A skill without a level of its own: the range of levels its answers leave open, such as B1–B2,
# read against the learner's overall level.
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-fits = { $range }, u skladu s ukupnim nivoom
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-below = { $range }, ispod ukupnog nivoa
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-above = { $range }, iznad ukupnog nivoa
results-in-progress = U toku
results-level = Nivo: { $level }
results-theta = θ
results-theta-long = Procjena sposobnosti (theta)
results-se = SE
results-se-long = Standardna greška procjene sposobnosti
results-theta-se = { $theta } ± { $se }
results-duration = { $minutes } min { $seconds } s
results-attempt-link = Pokušaj { $number }
results-attempt-state = { $state ->
    [in-progress] U toku
    [submitted] Predan
   *[expired] Zatvoren nakon isteka vremena
}
results-placement-state = { $state ->
    [in-progress] U toku
    [finished] Završen
   *[expired] Zatvoren nakon isteka vremena
}

## Column headings

results-col-items = Broj odgovora
results-col-passed = Položeno
results-col-time = Utrošeno vrijeme
results-col-score = Rezultat
results-col-quiz = Test
results-col-started = Početak
results-col-closed = Kraj
results-col-date = Datum

## An assignment's results

results-filter-status = Prikažite polaznike sa statusom
results-filter-all = Bilo koji status
results-filter-button = Prikažite
results-shown-of = Prikazano polaznika: { $shown } od { $total }
results-none-match = Nijedan polaznik nema ovaj status.
results-csv-link = Preuzmite kao CSV (za tabelarne programe)

results-chart-table-caption = Podaci s grafikona
results-chart-col-learners = Polaznici
results-chart-col-share = Udio
results-chart-levels-title = Nivoi polaznika prema ZEROJ-u
results-chart-levels-desc = Test je završilo polaznika: { $tested } od { $total }. Podaci su u tabeli ispod.
results-chart-levels-axis = Nivo prema ZEROJ-u
results-chart-scores-title = Najbolji rezultati polaznika
results-chart-scores-desc = Polaznika s rezultatom: { $scored } od { $total }, u rasponima od 10 %. Podaci su u tabeli ispod.
results-chart-scores-axis = Raspon rezultata (%)

## The CSV file: the start of its name and its header row

results-csv-file = rezultati
results-csv-name = Ime i prezime
results-csv-email = Adresa e-pošte
results-csv-status = Status
results-csv-attempts = Pokušaji
results-csv-percent = Najbolji rezultat (%)
results-csv-passed = Položeno
results-csv-seconds = Utrošeno vrijeme (sekunde)
results-csv-level = Nivo prema ZEROJ-u
results-csv-theta = Theta
results-csv-se = SE
results-csv-items = Broj odgovora
results-csv-skill-level = { $skill }: nivo
results-csv-skill-theta = { $skill }: theta
results-csv-skill-se = { $skill }: SE
results-csv-skill-items = { $skill }: broj odgovora

## A learner's page

results-learner-cohorts = Grupe:
results-learner-no-assignments = Ovom polazniku nije dodijeljen nijedan test.
results-learner-attempts = Pokušaji testova
results-learner-no-attempts = Još nema pokušaja.
results-learner-placement = Testovi za određivanje nivoa kroz vrijeme
results-learner-placement-note = Od najstarijeg. θ je procjena sposobnosti, a SE njena standardna greška: što je SE manja, procjena je pouzdanija.
results-learner-no-placement = Još nema testa za određivanje nivoa.
results-learner-assign-title = Dodijelite test ovom polazniku

## One attempt's review

results-review-title = Pokušaj rješavanja testa: { $name }
results-back-to-learner = Nazad na: { $name }
results-review-in-progress = Ovaj pokušaj je još u toku: prikazani su do sada sačuvani odgovori, a rezultata još nema.
results-review-note = Pitanja onako kako ih je polaznik vidio, na jeziku pokušaja, s tačnim odgovorima i dodijeljenim bodovima. „Vaš” u pitanjima znači „polaznikov”.
results-review-no-questions = Pitanja ovog testa više nisu u bazi pitanja; sačuvan je samo rezultat.
results-review-heading = Odgovori polaznika i tačni odgovori
results-placement-title = Test za određivanje nivoa: { $name }
results-steps-heading = Korak po korak
results-col-step = Korak
results-col-item = Pitanje
results-col-answer = Odgovor polaznika
results-col-key = Tačan odgovor
results-col-right = Ishod
results-no-steps = Još nije odgovoreno ni na jedno pitanje.

# Grading an essay on the attempt's review.
marking-heading = Ocijenite ovaj odgovor
marking-heading-again = Promijenite ocjenu
marking-grader-info = Napomene za ocjenjivača:
# Variables:
#   $max (String) - the question's points, formatted
marking-points = Bodovi (od 0 do { $max })
marking-comment = Komentar za polaznika (nije obavezan)
marking-save = Sačuvajte ocjenu
# Variables:
#   $max (String) - the question's points, formatted
marking-error-points = Unesite bodove od 0 do { $max }, s najviše tri decimale.
marking-error-open = Pokušaj je još u toku. Odgovori se ocjenjuju nakon što ih polaznik preda.
marking-error-comment-long = Komentar je predug: skratite ga na najviše 5.000 znakova.
# Variables:
#   $count (Number) - answers awaiting a grade
marking-awaiting = { $count ->
    [one] { $count } odgovor čeka ocjenu. Rezultat se određuje kada svi odgovori budu ocijenjeni.
    [few] { $count } odgovora čekaju ocjenu. Rezultat se određuje kada svi odgovori budu ocijenjeni.
   *[other] { $count } odgovora čeka ocjenu. Rezultat se određuje kada svi odgovori budu ocijenjeni.
}
