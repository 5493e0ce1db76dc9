### Results for instructors: an assignment's results (table, chart, CSV), a learner's page, an attempt's review.

results-yes = Po
results-no = Jo
results-no-level = Pa nivel
results-not-enough-evidence = Të dhëna të pamjaftueshme
# A skill without a level of its own: the range of levels its answers leave open, such as B1–B2,
# read against the learner's overall level.
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-fits = { $range }, në përputhje me nivelin e përgjithshëm
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-below = { $range }, nën nivelin e përgjithshëm
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-above = { $range }, mbi nivelin e përgjithshëm
results-in-progress = Në vazhdim
results-level = Niveli: { $level }
results-theta = θ
results-theta-long = Vlerësimi i aftësisë (theta)
results-se = SE
results-se-long = Gabimi standard i vlerësimit të aftësisë
results-theta-se = { $theta } ± { $se }
results-duration = { $minutes } min { $seconds } s
results-attempt-link = Përpjekja { $number }
results-attempt-state = { $state ->
    [in-progress] Në vazhdim
    [submitted] E dorëzuar
   *[expired] E mbyllur pas skadimit të kohës
}
results-placement-state = { $state ->
    [in-progress] Në vazhdim
    [finished] I përfunduar
   *[expired] I mbyllur pas skadimit të kohës
}

## Column headings

results-col-items = Përgjigje të dhëna
results-col-passed = Kaloi
results-col-time = Koha e përdorur
results-col-score = Rezultati
results-col-quiz = Testi
results-col-started = Fillimi
results-col-closed = Mbarimi
results-col-date = Data

## An assignment's results

results-filter-status = Shfaqni kursantët me statusin
results-filter-all = Çdo status
results-filter-button = Shfaqni
results-shown-of = Kursantë të shfaqur: { $shown } nga { $total }
results-none-match = Asnjë kursant nuk ka këtë status.
results-csv-link = Shkarkojeni si CSV (për programet e tabelave)

results-chart-table-caption = Shifrat e grafikut
results-chart-col-learners = Kursantë
results-chart-col-share = Pjesa
results-chart-levels-title = Nivelet e kursantëve sipas KPERGJ
results-chart-levels-desc = Kursantë që e kanë përfunduar testin: { $tested } nga { $total }. Shifrat janë në tabelën më poshtë.
results-chart-levels-axis = Niveli sipas KPERGJ
results-chart-scores-title = Rezultatet më të mira të kursantëve
results-chart-scores-desc = Kursantë me rezultat: { $scored } nga { $total }, në intervale prej 10 %. Shifrat janë në tabelën më poshtë.
results-chart-scores-axis = Intervali i rezultatit (%)

## The CSV file: the start of its name and its header row

results-csv-file = rezultatet
results-csv-name = Emri dhe mbiemri
results-csv-email = Adresa e postës elektronike
results-csv-status = Statusi
results-csv-attempts = Përpjekjet
results-csv-percent = Rezultati më i mirë (%)
results-csv-passed = Kaloi
results-csv-seconds = Koha e përdorur (sekonda)
results-csv-level = Niveli sipas KPERGJ
results-csv-theta = Theta
results-csv-se = SE
results-csv-items = Përgjigje të dhëna
results-csv-skill-level = { $skill }: niveli
results-csv-skill-theta = { $skill }: theta
results-csv-skill-se = { $skill }: SE
results-csv-skill-items = { $skill }: përgjigje

## A learner's page

results-learner-cohorts = Grupet:
results-learner-no-assignments = Këtij kursanti nuk i është caktuar asnjë test.
results-learner-attempts = Përpjekjet në teste
results-learner-no-attempts = Ende nuk ka përpjekje.
results-learner-placement = Testet për përcaktimin e nivelit me kalimin e kohës
results-learner-placement-note = Nga më i vjetri. θ është vlerësimi i aftësisë dhe SE gabimi i tij standard: sa më i vogël SE, aq më i sigurt vlerësimi.
results-learner-no-placement = Ende nuk ka asnjë test për përcaktimin e nivelit.
results-learner-assign-title = Caktojini një test këtij kursanti

## One attempt's review

results-review-title = Përpjekja e kursantit { $name }
results-back-to-learner = Kthehuni te { $name }
results-review-in-progress = Kjo përpjekje është ende në vazhdim: shfaqen përgjigjet e ruajtura deri tani dhe ende nuk ka rezultat.
results-review-note = Pyetjet ashtu siç i pa kursanti, në gjuhën e përpjekjes, me përgjigjet e sakta dhe pikët e dhëna. «Juaj» në pyetje do të thotë «e kursantit».
results-review-no-questions = Pyetjet e këtij testi nuk janë më në bankën e pyetjeve; ruhet vetëm rezultati.
results-review-heading = Përgjigjet e kursantit dhe përgjigjet e sakta
results-placement-title = Testi për përcaktimin e nivelit: { $name }
results-steps-heading = Hap pas hapi
results-col-step = Hapi
results-col-item = Pyetja
results-col-answer = Përgjigjja e kursantit
results-col-key = Përgjigjja e saktë
results-col-right = Rezultati
results-no-steps = Ende nuk është dhënë përgjigje për asnjë pyetje.

# Grading an essay on the attempt's review.
marking-heading = Vlerësoni këtë përgjigje
marking-heading-again = Ndryshoni vlerësimin
marking-grader-info = Informacion për vlerësuesin:
# Variables:
#   $max (String) - the question's points, formatted
marking-points = Pikë (nga 0 deri në { $max })
marking-comment = Koment për kursantin (opsional)
marking-save = Ruani vlerësimin
# Variables:
#   $max (String) - the question's points, formatted
marking-error-points = Shkruani pikë nga 0 deri në { $max }, me jo më shumë se tri shifra dhjetore.
marking-error-open = Përpjekja është ende në vazhdim. Përgjigjet vlerësohen pasi kursanti t'i dorëzojë.
marking-error-comment-long = Komenti është shumë i gjatë: shkurtojeni në jo më shumë se 5 000 shenja.
# Variables:
#   $count (Number) - answers awaiting a grade
marking-awaiting = { $count ->
    [one] Një përgjigje pret vlerësimin. Rezultati vendoset kur të gjitha përgjigjet të jenë vlerësuar.
   *[other] { $count } përgjigje presin vlerësimin. Rezultati vendoset kur të gjitha përgjigjet të jenë vlerësuar.
}
