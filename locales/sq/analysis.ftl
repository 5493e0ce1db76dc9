### Item analysis: a quiz's questions (Moodle's quiz statistics), the placement test's items, CSV downloads.

staff-nav-analysis = Analiza e pyetjeve
# The link on an assignment's page to its item analysis.
analysis-link = Analiza e pyetjeve të këtij testi

analysis-title = Analiza e pyetjeve
# Variables:
#   $title (String) - the quiz's title, with its course
analysis-page-title = Analiza e pyetjeve: { $title }
analysis-back-assignment = Kthehuni te testi i caktuar
analysis-back-quizzes = Kthehuni te testet

analysis-attempts-label = Përpjekjet e analizuara
analysis-attempts-first = Përpjekja e parë e çdo kursanti
analysis-attempts-all = Të gjitha përpjekjet
analysis-attempts-button = Shfaqni

analysis-explain-title = Çfarë tregojnë treguesit
analysis-explain = Indeksi i lehtësisë: rezultati mesatar në një pyetje, si pjesë e pikëve të mundshme të saj. Indeksi i diskriminimit: korrelacioni midis rezultatit në pyetje dhe rezultatit në pjesën tjetër të testit; në një pyetje të mirë përgjigjen më mirë kursantët që dalin më mirë në tërësi. Korrelacioni pikë-biserial: i njëjti korrelacion për pyetjet që vlerësohen vetëm si të sakta ose të pasakta. α dhe KR-20: sa në mënyrë të qëndrueshme pyetjet matin të njëjtën gjë (nga 0 deri në 1; për një test kursi zakonisht 0,7 ose më shumë).

# Variables:
#   $count (Number) - attempts submitted so far
#   $min (Number) - the fewest attempts the figures are shown for (20)
analysis-too-few = { $count ->
    [one] Deri tani { $count } përpjekje. Treguesit nga më pak se { $min } përpjekje do të ishin mashtrues, prandaj shfaqen kur testin ta kenë dorëzuar { $min } kursantë.
   *[other] Deri tani { $count } përpjekje. Treguesit nga më pak se { $min } përpjekje do të ishin mashtrues, prandaj shfaqen kur testin ta kenë dorëzuar { $min } kursantë.
}
analysis-no-attempts = Askush nuk e ka dorëzuar ende këtë test.

analysis-summary = Testi në tërësi
analysis-attempts = Përpjekjet
analysis-mean = Rezultati mesatar
analysis-median = Mediana e rezultateve
analysis-sd = Devijimi standard i rezultateve
analysis-alpha = α e Cronbach-ut
analysis-kr20 = KR-20
# Shown instead of a KR-20 value when some questions give partial credit (KR-20 needs right-or-wrong questions).
analysis-kr20-none = Nuk zbatohet: disa pyetje japin pikë të pjesshme
# Variables:
#   $count (Number) - questions every analysed attempt had
analysis-reliability-note = { $count ->
    [one] α dhe KR-20 janë llogaritur mbi { $count } pyetje që e pati çdo përpjekje.
   *[other] α dhe KR-20 janë llogaritur mbi { $count } pyetje që i pati çdo përpjekje.
}
analysis-reliability-questions = Pyetjet në α dhe KR-20
# Shown where a figure cannot be computed (for example a correlation when everyone scored the same).
analysis-undefined = —
analysis-undefined-note = Viza do të thotë se treguesi nuk mund të llogaritet: për shembull, korrelacioni kur të gjithë kursantët kanë marrë të njëjtin rezultat në pyetje.
# Variables:
#   $value (String) - a number, already formatted, or a range such as 10–20
analysis-percent = { $value } %
# Variables:
#   $table (String) - the title of the table
analysis-csv = Shkarkoni «{ $table }» si CSV

analysis-distribution = Shpërndarja e rezultateve
# The short description of the score chart.
# Variables:
#   $count (Number) - attempts
#   $mean (String) - the mean score in per cent, already formatted
analysis-distribution-desc = { $count ->
    [one] Një përpjekje, rezultati { $mean } %.
   *[other] { $count } përpjekje, rezultati mesatar { $mean } %.
}
analysis-score-axis = Rezultati (%)
analysis-col-range = Rezultati
analysis-col-count = Përpjekjet
analysis-col-share = Pjesa

analysis-questions = Pyetjet
analysis-sort-hint = Zgjidhni titullin e një kolone me lidhje për t'i renditur pyetjet sipas saj.
analysis-col-number = Nr.
analysis-col-id = Identifikuesi
analysis-col-question = Pyetja
analysis-col-type = Lloji
analysis-col-n = Përpjekjet
analysis-col-facility = Indeksi i lehtësisë
analysis-col-sd = DS
analysis-col-discrimination = Indeksi i diskriminimit
analysis-col-point-biserial = Korrelacioni pikë-biserial
analysis-col-blanks = Pa përgjigje
analysis-col-flags = Për t'u shqyrtuar
analysis-no-flags = Asgjë
# Variables:
#   $type (String) - the question type: single, multiple, true-false, short, numerical, matching, gap-fill, ordering
analysis-type = { $type ->
    [single] Një përgjigje e saktë
    [multiple] Disa përgjigje të sakta
    [true-false] E vërtetë ose e rreme
    [short] Përgjigje e shkurtër
    [numerical] Përgjigje numerike
    [matching] Çiftim
    [gap-fill] Plotësim i boshllëqeve
    [ordering] Renditje
   *[other] E hequr nga banka e pyetjeve
}
# Variables:
#   $flag (String) - too-easy, too-hard, negative-discrimination or too-few-attempts
analysis-flag = { $flag ->
    [too-easy] Shumë e lehtë
    [too-hard] Shumë e vështirë
    [negative-discrimination] Diskriminim negativ
   *[too-few-attempts] Shumë pak përpjekje
}
# Why a question is flagged.
# Variables:
#   $flag (String) - as in analysis-flag
#   $facility (String) - the question's facility in per cent, already formatted
#   $discrimination (String) - its discrimination index, already formatted
#   $n (Number) - attempts that had the question
#   $min (Number) - the fewest attempts a question is judged on (20)
analysis-flag-reason = { $flag ->
    [too-easy] Indeksi i lehtësisë { $facility } % është mbi 90 %: pyetja pothuajse nuk i dallon kursantët.
    [too-hard] Indeksi i lehtësisë { $facility } % është nën 20 %: kontrolloni përgjigjen e saktë dhe formulimin.
    [negative-discrimination] Indeksi i diskriminimit { $discrimination } është nën zero: kursantët që dolën më mirë në pjesën tjetër të testit këtu dolën më keq. Kontrolloni përgjigjen e saktë.
   *[too-few-attempts] { $n ->
        [one] Kjo pyetje u shfaq vetëm në një përpjekje; ajo vlerësohet vetëm duke filluar nga { $min } përpjekje.
       *[other] Kjo pyetje u shfaq vetëm në { $n } përpjekje; ajo vlerësohet vetëm duke filluar nga { $min } përpjekje.
    }
}

analysis-options = Zgjedhja e alternativave
analysis-options-hint = Sa herë është zgjedhur secila alternativë, për pyetjet me alternativa. Alternativat e sakta janë të shënuara.
# Variables:
#   $number (Number) - the question's number in the table above
analysis-options-caption = Zgjedhja e alternativave për pyetjen { $number }
analysis-col-option = Alternativa
analysis-col-option-id = Identifikuesi i alternativës
analysis-col-key = E saktë
analysis-key = e saktë
analysis-col-figure = Treguesi
analysis-col-value = Vlera
analysis-yes = Po
analysis-no = Jo

analysis-quizzes-title = Analiza e pyetjeve
analysis-quizzes-hint = Të gjitha testet e bankave të pyetjeve, me numrin e përpjekjeve të dorëzuara. Trajnerët e gjejnë analizën e testeve të tyre të caktuara në faqen e secilit test të caktuar.
analysis-col-quiz = Testi
analysis-col-closed = Përpjekjet e dorëzuara
analysis-placement-link = Pyetjet e testit për përcaktimin e nivelit

analysis-placement-title = Pyetjet e testit për përcaktimin e nivelit
# Variables:
#   $count (Number) - finished placement tests
analysis-placement-tests = { $count ->
    [one] Nga { $count } test i përfunduar për përcaktimin e nivelit.
   *[other] Nga { $count } teste të përfunduara për përcaktimin e nivelit.
}
analysis-placement-explain = Përdorur: në sa teste të përfunduara është përdorur pyetja; ekspozimi është ky numër si pjesë e të gjitha testeve të përfunduara. Të sakta (vëzhguar): pjesa e atyre kursantëve që iu përgjigjën saktë; të sakta (pritur): pjesa që parashikon modeli nga vështirësia e pyetjes dhe vlerësimi përfundimtar i aftësisë së çdo kursanti. Infit dhe outfit e krahasojnë çdo përgjigje me këtë parashikim: 1 do të thotë siç pritej; mbi 1, përgjigjet janë më pak të parashikueshme se sa pritej (pyetja mund të qëllohet ose është e paqartë, ose përgjigjja e saktë është shënuar gabim); nën 1, janë më të parashikueshme se sa pritej.
# Variables:
#   $low (String) - the lower bound, already formatted (0.7)
#   $high (String) - the upper bound, already formatted (1.3)
#   $min (Number) - the fewest responses an item is judged on (30)
analysis-fit-bounds = Shënohen pyetjet me infit ose outfit jashtë intervalit { $low }–{ $high } (intervali që japin Wright dhe Linacre për testet me alternativa), kur kanë të paktën { $min } përgjigje.
analysis-col-item = Pyetja
analysis-col-skill = Aftësia
analysis-col-level = Niveli
analysis-col-a = Diskriminimi (a)
analysis-col-b = Vështirësia (b)
analysis-col-given = Përdorur
analysis-col-exposure = Ekspozimi
analysis-col-responses = Përgjigjet
analysis-col-observed = Të sakta (vëzhguar)
analysis-col-expected = Të sakta (pritur)
analysis-col-infit = Infit
analysis-col-outfit = Outfit
# Variables:
#   $flag (String) - too-few-responses, underfit or overfit
analysis-fit-flag = { $flag ->
    [underfit] Më pak e parashikueshme se sa pritej
    [overfit] Më e parashikueshme se sa pritej
   *[too-few-responses] Shumë pak përgjigje
}

analysis-recalibrate-title = Rikalibrimi i vështirësive
analysis-recalibrate-hint = Vlerëson nga e para vështirësinë e çdo pyetjeje nga testet e përfunduara, njësoj si komanda ispit placement calibrate, dhe tregon se çfarë do të ndryshonte. Këtu nuk ndryshohet asgjë.
analysis-recalibrate-min = Numri më i vogël i përgjigjeve që të ndryshojë vështirësia
analysis-recalibrate-min-hint = Pyetjet me më pak përgjigje e mbajnë vështirësinë e tyre. 30 është minimumi; 100 ose më shumë jep vlerësime më të qëndrueshme.
analysis-recalibrate-button = Rikalibroni
analysis-error-min = Shkruani një numër të plotë, 1 ose më të madh.
analysis-recalibrate-result = Çfarë do të ndryshonte rikalibrimi
# Variables:
#   $persons (Number) - learners whose answers were used
#   $iterations (Number) - rounds of the estimation
#   $changed (Number) - difficulties that would change
analysis-recalibrate-summary = { $changed ->
    [one] Do të ndryshonte { $changed } vështirësi.
   *[other] Do të ndryshonin { $changed } vështirësi.
} U përdorën përgjigjet e kursantëve: { $persons } (cikle vlerësimi: { $iterations }).
analysis-recalibrate-not-applied = Banka e pyetjeve nuk është ndryshuar. Serveri përdor bankën që ngarkoi kur u nis, dhe të njëjtën bazë të dhënash mund ta ndajnë disa serverë, prandaj vështirësitë e reja i zbaton në server një operator me komandën e mëposhtme; ato hyjnë në fuqi vetëm pasi të rinisen të gjithë serverët e ispit:
analysis-col-old-b = Vështirësia tani
analysis-col-new-b = Vështirësia e vlerësuar
analysis-col-change = Ndryshimi
analysis-col-se = Gabimi standard
analysis-col-would-change = Do të ndryshonte
analysis-misfit = Mospërputhje me modelin
# Variables:
#   $count (Number) - items with no usable responses
analysis-recalibrate-unestimated = { $count ->
    [one] { $count } pyetje nuk pati përgjigje të përdorshme (asnjë, ose të gjitha të sakta ose të gjitha të pasakta) dhe e mban vështirësinë e saj.
   *[other] { $count } pyetje nuk patën përgjigje të përdorshme (asnjë, ose të gjitha të sakta ose të gjitha të pasakta) dhe e mbajnë vështirësinë e tyre.
}

# The link from a placement-test assignment's page to the items as its tests gave them.
analysis-link-placement = Analiza e pyetjeve të testit për përcaktimin e nivelit
