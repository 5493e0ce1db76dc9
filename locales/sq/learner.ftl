### The learner's pages: quizzes, answering, summary and result.

dashboard-title = Testet tuaja
# Variables:
#   $name (String) - the learner's name
dashboard-welcome = Mirë se vini, { $name }. Zgjidhni një test për ta filluar ose për ta vazhduar.

# Variables:
#   $count (Number) - questions per attempt
quiz-questions = { $count ->
    [one] { $count } pyetje
   *[other] { $count } pyetje
}
# Variables:
#   $minutes (Number) - the time limit
quiz-time-limit = { $minutes ->
    [one] Kufiri kohor: { $minutes } minutë
   *[other] Kufiri kohor: { $minutes } minuta
}
quiz-no-time-limit = Pa kufi kohor
# Variables:
#   $used (Number) - attempts already started
#   $allowed (Number) - attempts allowed
quiz-attempts-used = Përpjekje: { $used } nga { $allowed }
# Variables:
#   $used (Number) - attempts already started
quiz-attempts-unlimited = Përpjekje: { $used } (pa kufi)
quiz-attempts-unlimited-short = Pa kufi
# Variables:
#   $percent (String) - the best result, formatted
quiz-best-score = Rezultati më i mirë: { $percent } %
quiz-in-progress = Keni një përpjekje në vazhdim.
# Variables:
#   $languages (String) - the languages the quiz is offered in, as a list
quiz-not-offered = Ende nuk ofrohet në këtë gjuhë. Gjuhët në dispozicion: { $languages }.
quiz-fact-questions = Pyetje
quiz-fact-time = Kufiri kohor
quiz-fact-pass = Pragu kalues
quiz-fact-attempts = Përpjekje të mbetura
# Variables:
#   $count (Number) - attempts left
attempts-left = { $count ->
    [one] { $count } përpjekje
   *[other] { $count } përpjekje
}
quiz-start-button = Filloni testin
quiz-resume-button = Vazhdoni përpjekjen
# Variables:
#   $minutes (Number) - the time limit
quiz-start-timed-note = { $minutes ->
    [one] Koha fillon të numërohet kur shtypni butonin dhe vazhdon edhe nëse e mbyllni shfletuesin. Do të keni { $minutes } minutë.
   *[other] Koha fillon të numërohet kur shtypni butonin dhe vazhdon edhe nëse e mbyllni shfletuesin. Do të keni { $minutes } minuta.
}
quiz-your-attempts = Përpjekjet tuaja
attempt-column-number = Përpjekja
attempt-column-started = Fillimi
attempt-column-state = Gjendja
attempt-column-score = Rezultati
attempt-state-in-progress = Në vazhdim
attempt-state-submitted = E dorëzuar
attempt-state-expired = E mbyllur pas mbarimit të kohës

# Variables:
#   $number (Number) - the question's place on the paper
#   $total (Number) - questions on the paper
attempt-question-of = Pyetja { $number } nga { $total }
# Variables:
#   $minutes (Number) - whole minutes left, rounded up
#   $deadline (String) - the deadline, as date and time
attempt-time-left = { $minutes ->
    [one] Koha e mbetur: { $minutes } minutë (deri më { $deadline })
   *[other] Koha e mbetur: { $minutes } minuta (deri më { $deadline })
}
attempt-countdown-label = Koha e mbetur (deri më { $deadline }):
attempt-time-warning = { $minutes ->
    [one] Edhe { $minutes } minutë. Përgjigjet ruhen ndërsa punoni.
   *[other] Edhe { $minutes } minuta. Përgjigjet ruhen ndërsa punoni.
}
attempt-time-up = Koha mbaroi. Përgjigjet po ruhen dhe do të hapet rezultati.
attempt-form-has-errors = Disa përgjigje nuk u ruajtën. Ju lutemi korrigjoni pyetjet e shënuara më poshtë; përgjigjet tuaja të tjera u ruajtën.
attempt-next = Ruani dhe vazhdoni
attempt-previous = Ruani dhe kthehuni
attempt-save = Ruani
attempt-finish = Përfundoni përpjekjen
attempt-navigation = Pyetjet e kësaj përpjekjeje
# The navigation button of a question: its number and state in words (the colour and flag mark show the
# same).
# Variables:
#   $number (Number) - the question's place on the paper
#   $state (String) - answered, unanswered, answered-flagged or flagged
attempt-nav-question = { $state ->
    [answered] Pyetja { $number }, me përgjigje
    [answered-flagged] Pyetja { $number }, me përgjigje, e shënuar për rishikim
    [flagged] Pyetja { $number }, pa përgjigje, e shënuar për rishikim
   *[unanswered] Pyetja { $number }, pa përgjigje
}

# Variables:
#   $number (Number) - the question's place on the paper
question-number = Pyetja { $number }
# A description on the paper (text to read, nothing to answer), in place of "Question N".
question-information = Informacion
# Its navigation button.
# Variables:
#   $number (Number) - its place on the paper
attempt-nav-information = Elementi { $number }: informacion
# Variables:
#   $points (String) - points the question is worth, formatted
question-points = ({ $points } pikë)
question-hint-multiple = Zgjidhni të gjitha përgjigjet që vlejnë. Çdo zgjedhje e saktë sjell një pjesë të pikëve dhe çdo zgjedhje e gabuar heq një pjesë; kjo pyetje nuk jep më pak se 0 pikë.
question-flag = Shënojeni për rishikim
question-hint-multiple-negative = Zgjidhni të gjitha përgjigjet që vlejnë. Çdo zgjedhje e saktë sjell një pjesë të pikëve dhe çdo zgjedhje e gabuar heq një pjesë; në këtë pyetje mund të merrni edhe pikë negative.
# The same for a question graded as in Moodle: each choice has its own weight, and a wrong one may cost nothing.
question-hint-multiple-weighted = Zgjidhni të gjitha përgjigjet që vlejnë. Zgjedhjet e sakta sjellin një pjesë të pikëve, ndërsa një zgjedhje e gabuar mund të heqë një pjesë; kjo pyetje nuk jep më pak se 0 pikë.
question-hint-multiple-weighted-negative = Zgjidhni të gjitha përgjigjet që vlejnë. Zgjedhjet e sakta sjellin një pjesë të pikëve, ndërsa një zgjedhje e gabuar mund të heqë një pjesë; në këtë pyetje mund të merrni edhe pikë negative.
# A single choice where some wrong answers cost points (a negative weight).
question-hint-single-negative = Zgjidhni një përgjigje. Disa përgjigje të gabuara heqin pikë: në këtë pyetje mund të merrni edhe pikë negative.
question-hint-matching = Për secilin element zgjidhni përgjigjen përkatëse.
question-hint-gaps = Për secilin vend bosh zgjidhni fjalën ose shprehjen që e plotëson.
question-hint-gaps-typed = Plotësoni secilin vend bosh me fjalën, shprehjen ose numrin e duhur.
question-hint-ordering = Secilit element caktojini një numër rendor, duke filluar nga 1 (i pari). Përdoreni secilin numër vetëm një herë.
question-your-answer = Përgjigjja juaj
question-your-number = Përgjigjja juaj (një numër)
answer-true = E vërtetë
answer-false = E rreme
choose-option = Zgjidhni…
choose-position = Numri rendor…
# Variables:
#   $number (Number) - which gap in the sentence
gap-label = Vendi bosh { $number }
answer-error-invalid-choice = Kjo përgjigje nuk është ndër opsionet e ofruara.
answer-error-not-a-number = Ju lutemi shkruani një numër, për shembull 12 ose 3,5.
answer-error-too-long = Kjo përgjigje është shumë e gjatë.
answer-error-bad-order = Përdoreni secilin numër rendor saktësisht një herë.

summary-title = Rishikim para dorëzimit
# Variables:
#   $count (Number) - questions left unanswered
summary-unanswered = { $count ->
    [one] { $count } pyetje është ende pa përgjigje.
   *[other] { $count } pyetje janë ende pa përgjigje.
}
summary-all-answered = U jeni përgjigjur të gjitha pyetjeve.
summary-column-question = Pyetja
summary-column-status = Statusi
summary-answered = Me përgjigje
# The summary's status of a description.
summary-information = Nuk kërkohet përgjigje
summary-not-answered = Pa përgjigje
summary-flagged = e shënuar për rishikim
summary-back = Kthehuni te pyetjet
summary-submit-note = Pasi t'i dorëzoni, nuk mund t'i ndryshoni më përgjigjet.
summary-submit-confirm = Doni t'i dorëzoni të gjitha përgjigjet dhe të përfundoni? Pas kësaj nuk mund t'i ndryshoni më.
summary-overdue = Koha mbaroi: përgjigjet nuk mund të ndryshohen më. Dorëzojeni përpjekjen deri më { $until }; pas kësaj ajo do të dorëzohet automatikisht me përgjigjet e ruajtura para mbarimit të kohës.
summary-submit-button = Dorëzoni të gjitha dhe përfundoni

result-title = Rezultati juaj
result-expired-note = Koha mbaroi, prandaj përpjekja u dorëzua me përgjigjet e ruajtura deri atëherë.
result-refused-expired = Përgjigjet e dërguara pas mbarimit të kohës nuk u pranuan.
result-refused-submitted = Kjo përpjekje ishte dorëzuar tashmë, prandaj përgjigjet e dërguara më pas nuk u ruajtën.
# Variables:
#   $score (String) - points earned, formatted
#   $max (String) - points possible, formatted
result-score = Pikët e fituara: { $score } nga { $max }
# Variables:
#   $percent (String) - the result in percent, formatted
#   $pass (Number) - the pass mark in percent
result-percent = { $percent } % (pragu kalues: { $pass } %)
result-passed = Kaluat
result-failed = Nuk kaluat
result-recorded = Përgjigjet tuaja u regjistruan.
# Variables:
#   $started (String) - when the attempt began
#   $closed (String) - when it was closed
result-times = Fillimi: { $started }, përfundimi: { $closed }.
result-review-heading = Përgjigjet tuaja
result-back-to-quiz = Kthehuni te testi
review-correct = E saktë
review-partial = Pjesërisht e saktë
review-incorrect = E pasaktë
# Variables:
#   $awarded (String) - points earned on the question
#   $points (String) - points the question is worth
review-points = { $awarded } / { $points } pikë
review-your-choice = (zgjedhja juaj)
review-right-option = (përgjigjja e saktë)
# Variables:
#   $position (Number) - the position the learner gave
review-your-position = (numri rendor që dhatë: { $position })
review-your-answer = Përgjigjja juaj:
review-no-answer = pa përgjigje
review-correct-answer = Përgjigjja e saktë:

# An essay: where the learner writes, and that an instructor marks it later.
question-hint-essay = Shkruani përgjigjen në kutinë më poshtë. Trajneri e vlerëson pasi ta dorëzoni testin; deri atëherë rezultati nuk është përfundimtar.
# An essay answered but not yet graded, in the review.
review-pending = Në pritje të vlerësimit
# Before the grader's comment on an essay.
review-comment = Komenti i trajnerit:
# The score while essays await grading.
# Variables:
#   $score (String) - points so far, formatted
#   $max (String) - the maximum, formatted
result-score-so-far = Pikët deri tani: { $score } nga { $max }
# Variables:
#   $count (Number) - answers awaiting grading
result-awaiting-grading = { $count ->
    [one] Një përgjigje pret vlerësimin nga trajneri. Pikët përfundimtare dhe rezultati do të vijnë më pas.
   *[other] { $count } përgjigje presin vlerësimin nga trajneri. Pikët përfundimtare dhe rezultati do të vijnë më pas.
}
