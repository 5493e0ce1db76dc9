### Item analysis: a quiz's questions (Moodle's quiz statistics), the placement test's items, CSV downloads.

staff-nav-analysis = Analiza pitanja
# The link on an assignment's page to its item analysis.
analysis-link = Analiza pitanja ovog testa

analysis-title = Analiza pitanja
# Variables:
#   $title (String) - the quiz's title, with its course
analysis-page-title = Analiza pitanja: { $title }
analysis-back-assignment = Nazad na dodijeljeni test
analysis-back-quizzes = Nazad na testove

analysis-attempts-label = Analizirani pokušaji
analysis-attempts-first = Prvi pokušaj svakog polaznika
analysis-attempts-all = Svi pokušaji
analysis-attempts-button = Prikažite

analysis-explain-title = Šta pokazatelji znače
analysis-explain = Indeks lakoće: prosječan rezultat na pitanju, izražen kao udio mogućih bodova. Indeks diskriminacije: korelacija rezultata na pitanju s rezultatom na ostatku testa; na dobro pitanje bolje odgovaraju polaznici koji su ukupno uspješniji. Tačkasto-biserijalna korelacija: ista korelacija za pitanja koja se boduju samo kao tačna ili netačna. α i KR-20: koliko dosljedno pitanja mjere isto (od 0 do 1; za test u okviru kursa uobičajeno je 0,7 ili više).

# Variables:
#   $count (Number) - attempts submitted so far
#   $min (Number) - the fewest attempts the figures are shown for (20)
analysis-too-few = { $count ->
    [one] Zasad { $count } pokušaj. Pokazatelji izračunati iz manje od { $min } pokušaja doveli bi u zabludu, pa se prikazuju tek kad { $min } polaznika preda test.
    [few] Zasad { $count } pokušaja. Pokazatelji izračunati iz manje od { $min } pokušaja doveli bi u zabludu, pa se prikazuju tek kad { $min } polaznika preda test.
   *[other] Zasad { $count } pokušaja. Pokazatelji izračunati iz manje od { $min } pokušaja doveli bi u zabludu, pa se prikazuju tek kad { $min } polaznika preda test.
}
analysis-no-attempts = Niko još nije predao ovaj test.

analysis-summary = Test u cjelini
analysis-attempts = Pokušaji
analysis-mean = Prosječan rezultat
analysis-median = Medijan rezultata
analysis-sd = Standardna devijacija rezultata
analysis-alpha = Cronbachov α
analysis-kr20 = KR-20
# Shown instead of a KR-20 value when some questions give partial credit (KR-20 needs right-or-wrong questions).
analysis-kr20-none = Ne primjenjuje se: neka pitanja donose djelomične bodove
# Variables:
#   $count (Number) - questions every analysed attempt had
analysis-reliability-note = { $count ->
    [one] α i KR-20 izračunati su na { $count } pitanju koje je imao svaki pokušaj.
    [few] α i KR-20 izračunati su na { $count } pitanja koja je imao svaki pokušaj.
   *[other] α i KR-20 izračunati su na { $count } pitanja koja je imao svaki pokušaj.
}
analysis-reliability-questions = Pitanja u α i KR-20
# Shown where a figure cannot be computed (for example a correlation when everyone scored the same).
analysis-undefined = —
analysis-undefined-note = Crtica znači da se pokazatelj ne može izračunati: na primjer korelacija kad su svi polaznici na pitanju ostvarili isti rezultat.
# Variables:
#   $value (String) - a number, already formatted, or a range such as 10–20
analysis-percent = { $value } %
# Variables:
#   $table (String) - the title of the table
analysis-csv = Preuzmite „{ $table }” kao CSV

analysis-distribution = Raspodjela rezultata
# The short description of the score chart.
# Variables:
#   $count (Number) - attempts
#   $mean (String) - the mean score in per cent, already formatted
analysis-distribution-desc = { $count ->
    [one] { $count } pokušaj, prosječan rezultat { $mean } %.
    [few] { $count } pokušaja, prosječan rezultat { $mean } %.
   *[other] { $count } pokušaja, prosječan rezultat { $mean } %.
}
analysis-score-axis = Rezultat (%)
analysis-col-range = Rezultat
analysis-col-count = Pokušaji
analysis-col-share = Udio

analysis-questions = Pitanja
analysis-sort-hint = Izaberite naslov kolone s linkom da biste po njemu poredali pitanja.
analysis-col-number = Br.
analysis-col-id = Oznaka
analysis-col-question = Pitanje
analysis-col-type = Vrsta
analysis-col-n = Pokušaji
analysis-col-facility = Indeks lakoće
analysis-col-sd = SD
analysis-col-discrimination = Indeks diskriminacije
analysis-col-point-biserial = Tačkasto-biserijalna korelacija
analysis-col-blanks = Bez odgovora
analysis-col-flags = Za provjeru
analysis-no-flags = Ništa
# Variables:
#   $type (String) - the question type: single, multiple, true-false, short, numerical, matching, gap-fill, ordering
analysis-type = { $type ->
    [single] Jedan tačan odgovor
    [multiple] Više tačnih odgovora
    [true-false] Tačno ili netačno
    [short] Kratki odgovor
    [numerical] Brojčani odgovor
    [matching] Povezivanje
    [gap-fill] Popunjavanje praznina
    [ordering] Redoslijed
   *[other] Uklonjeno iz baze pitanja
}
# Variables:
#   $flag (String) - too-easy, too-hard, negative-discrimination or too-few-attempts
analysis-flag = { $flag ->
    [too-easy] Prelagano
    [too-hard] Preteško
    [negative-discrimination] Negativna diskriminacija
   *[too-few-attempts] Premalo pokušaja
}
# Why a question is flagged.
# Variables:
#   $flag (String) - as in analysis-flag
#   $facility (String) - the question's facility in per cent, already formatted
#   $discrimination (String) - its discrimination index, already formatted
#   $n (Number) - attempts that had the question
#   $min (Number) - the fewest attempts a question is judged on (20)
analysis-flag-reason = { $flag ->
    [too-easy] Indeks lakoće { $facility } % viši je od 90 %: pitanje gotovo ne razlikuje polaznike.
    [too-hard] Indeks lakoće { $facility } % niži je od 20 %: provjerite tačan odgovor i formulaciju.
    [negative-discrimination] Indeks diskriminacije { $discrimination } manji je od nule: polaznici uspješniji na ostatku testa ovdje su bili lošiji. Provjerite tačan odgovor.
   *[too-few-attempts] { $n ->
        [one] Pitanje se pojavilo u samo { $n } pokušaju; procjenjuje se tek od { $min } pokušaja.
        [few] Pitanje se pojavilo u samo { $n } pokušaja; procjenjuje se tek od { $min } pokušaja.
       *[other] Pitanje se pojavilo u samo { $n } pokušaja; procjenjuje se tek od { $min } pokušaja.
    }
}

analysis-options = Izbor ponuđenih odgovora
analysis-options-hint = Koliko je puta izabran svaki ponuđeni odgovor, za pitanja s ponuđenim odgovorima. Tačni odgovori su označeni.
# Variables:
#   $number (Number) - the question's number in the table above
analysis-options-caption = Izbor ponuđenih odgovora za pitanje { $number }
analysis-col-option = Ponuđeni odgovor
analysis-col-option-id = Oznaka odgovora
analysis-col-key = Tačan
analysis-key = tačan
analysis-col-figure = Pokazatelj
analysis-col-value = Vrijednost
analysis-yes = Da
analysis-no = Ne

analysis-quizzes-title = Analiza pitanja
analysis-quizzes-hint = Svi testovi iz baza pitanja, s brojem predanih pokušaja. Predavači analizu svojih dodijeljenih testova nalaze na stranici svakog dodijeljenog testa.
analysis-col-quiz = Test
analysis-col-closed = Predani pokušaji
analysis-placement-link = Pitanja testa za određivanje nivoa

analysis-placement-title = Pitanja testa za određivanje nivoa
# Variables:
#   $count (Number) - finished placement tests
analysis-placement-tests = { $count ->
    [one] Iz { $count } završenog testa za određivanje nivoa.
    [few] Iz { $count } završena testa za određivanje nivoa.
   *[other] Iz { $count } završenih testova za određivanje nivoa.
}
analysis-placement-explain = Postavljeno: u koliko je završenih testova pitanje postavljeno; izloženost je taj broj kao udio svih završenih testova. Tačno odgovoreno: udio tih polaznika koji su na pitanje tačno odgovorili; očekivano tačno: udio koji model predviđa na osnovu težine pitanja i konačne procjene sposobnosti svakog polaznika. Infit i outfit porede svaki odgovor s tim predviđanjem: 1 znači u skladu s očekivanjem; iznad 1, odgovori su manje predvidljivi od očekivanog (pitanje se može pogoditi ili je dvosmisleno, ili je tačan odgovor pogrešno označen); ispod 1, predvidljiviji su od očekivanog.
# Variables:
#   $low (String) - the lower bound, already formatted (0.7)
#   $high (String) - the upper bound, already formatted (1.3)
#   $min (Number) - the fewest responses an item is judged on (30)
analysis-fit-bounds = Označena su pitanja čiji je infit ili outfit izvan raspona { $low }–{ $high } (raspon koji Wright i Linacre navode za testove s ponuđenim odgovorima), kad imaju barem { $min } odgovora.
analysis-col-item = Pitanje
analysis-col-skill = Vještina
analysis-col-level = Nivo
analysis-col-a = Diskriminacija (a)
analysis-col-b = Težina (b)
analysis-col-given = Postavljeno
analysis-col-exposure = Izloženost
analysis-col-responses = Odgovori
analysis-col-observed = Tačno odgovoreno
analysis-col-expected = Očekivano tačno
analysis-col-infit = Infit
analysis-col-outfit = Outfit
# Variables:
#   $flag (String) - too-few-responses, underfit or overfit
analysis-fit-flag = { $flag ->
    [underfit] Manje predvidljivo od očekivanog
    [overfit] Predvidljivije od očekivanog
   *[too-few-responses] Premalo odgovora
}

analysis-recalibrate-title = Ponovna kalibracija težina
analysis-recalibrate-hint = Ponovo procjenjuje težinu svakog pitanja iz završenih testova, tačno kao komanda ispit placement calibrate, i pokazuje šta bi se promijenilo. Ovdje se ništa ne mijenja.
analysis-recalibrate-min = Najmanji broj odgovora za promjenu težine
analysis-recalibrate-min-hint = Pitanja s manje odgovora zadržavaju svoju težinu. 30 je najmanje; 100 ili više daje stabilnije procjene.
analysis-recalibrate-button = Kalibrišite
analysis-error-min = Unesite cijeli broj, 1 ili veći.
analysis-recalibrate-result = Šta bi kalibracija promijenila
# Variables:
#   $persons (Number) - learners whose answers were used
#   $iterations (Number) - rounds of the estimation
#   $changed (Number) - difficulties that would change
analysis-recalibrate-summary = { $changed ->
    [one] Promijenila bi se { $changed } težina.
    [few] Promijenile bi se { $changed } težine.
   *[other] Promijenilo bi se { $changed } težina.
} Upotrijebljeni su odgovori polaznika: { $persons } (krugova procjene: { $iterations }).
analysis-recalibrate-not-applied = Baza pitanja nije promijenjena. Server koristi bazu koju je učitao pri pokretanju, a istu bazu podataka može dijeliti više servera, pa nove težine na serveru primjenjuje operater sljedećom komandom; one važe tek kad se ponovo pokrenu svi serveri aplikacije ispit:
analysis-col-old-b = Sadašnja težina
analysis-col-new-b = Procijenjena težina
analysis-col-change = Promjena
analysis-col-se = Standardna greška
analysis-col-would-change = Promijenilo bi se
analysis-misfit = Loše slaganje s modelom
# Variables:
#   $count (Number) - items with no usable responses
analysis-recalibrate-unestimated = { $count ->
    [one] { $count } pitanje nije imalo upotrebljivih odgovora (nijedan, ili svi tačni ili svi netačni) i zadržava svoju težinu.
    [few] { $count } pitanja nisu imala upotrebljivih odgovora (nijedan, ili svi tačni ili svi netačni) i zadržavaju svoju težinu.
   *[other] { $count } pitanja nisu imala upotrebljivih odgovora (nijedan, ili svi tačni ili svi netačni) i zadržavaju svoju težinu.
}

# The link from a placement-test assignment's page to the items as its tests gave them.
analysis-link-placement = Analiza pitanja testa za određivanje nivoa
