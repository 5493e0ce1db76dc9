### The learner's pages: quizzes, answering, summary and result.

dashboard-title = Vaši testovi
# Variables:
#   $name (String) - the learner's name
dashboard-welcome = Dobro došli, { $name }. Odaberite test koji želite započeti ili nastaviti.

# Variables:
#   $count (Number) - questions per attempt
quiz-questions = { $count ->
    [one] { $count } pitanje
    [few] { $count } pitanja
   *[other] { $count } pitanja
}
# Variables:
#   $minutes (Number) - the time limit
quiz-time-limit = { $minutes ->
    [one] Vremensko ograničenje: { $minutes } minuta
    [few] Vremensko ograničenje: { $minutes } minute
   *[other] Vremensko ograničenje: { $minutes } minuta
}
quiz-no-time-limit = Bez vremenskog ograničenja
# Variables:
#   $used (Number) - attempts already started
#   $allowed (Number) - attempts allowed
quiz-attempts-used = Pokušaji: { $used } od { $allowed }
# Variables:
#   $used (Number) - attempts already started
quiz-attempts-unlimited = Pokušaji: { $used } (bez ograničenja)
quiz-attempts-unlimited-short = Bez ograničenja
# Variables:
#   $percent (String) - the best result, formatted
quiz-best-score = Najbolji rezultat: { $percent } %
quiz-in-progress = Imate pokušaj u tijeku.
# Variables:
#   $languages (String) - the languages the quiz is offered in, as a list
quiz-not-offered = Još nije dostupno na ovom jeziku. Dostupni jezici: { $languages }.
quiz-fact-questions = Pitanja
quiz-fact-time = Vremensko ograničenje
quiz-fact-pass = Prag prolaznosti
quiz-fact-attempts = Preostali pokušaji
# Variables:
#   $count (Number) - attempts left
attempts-left = { $count ->
    [one] { $count } pokušaj
    [few] { $count } pokušaja
   *[other] { $count } pokušaja
}
quiz-start-button = Započnite test
quiz-resume-button = Nastavite pokušaj
# Variables:
#   $minutes (Number) - the time limit
quiz-start-timed-note = { $minutes ->
    [one] Vrijeme počinje teći kad pritisnete gumb i ne zaustavlja se ako zatvorite preglednik. Imat ćete { $minutes } minutu.
    [few] Vrijeme počinje teći kad pritisnete gumb i ne zaustavlja se ako zatvorite preglednik. Imat ćete { $minutes } minute.
   *[other] Vrijeme počinje teći kad pritisnete gumb i ne zaustavlja se ako zatvorite preglednik. Imat ćete { $minutes } minuta.
}
quiz-your-attempts = Vaši pokušaji
attempt-column-number = Pokušaj
attempt-column-started = Početak
attempt-column-state = Stanje
attempt-column-score = Rezultat
attempt-state-in-progress = U tijeku
attempt-state-submitted = Predan
attempt-state-expired = Zatvoren istekom vremena

# Variables:
#   $number (Number) - the question's place on the paper
#   $total (Number) - questions on the paper
attempt-question-of = Pitanje { $number } od { $total }
# Variables:
#   $minutes (Number) - whole minutes left, rounded up
#   $deadline (String) - the deadline, as date and time
attempt-time-left = { $minutes ->
    [one] Preostalo vrijeme: { $minutes } minuta (do { $deadline })
    [few] Preostalo vrijeme: { $minutes } minute (do { $deadline })
   *[other] Preostalo vrijeme: { $minutes } minuta (do { $deadline })
}
attempt-countdown-label = Preostalo vrijeme (do { $deadline }):
attempt-time-warning = { $minutes ->
    [one] Još { $minutes } minuta. Odgovori se spremaju dok radite.
    [few] Još { $minutes } minute. Odgovori se spremaju dok radite.
   *[other] Još { $minutes } minuta. Odgovori se spremaju dok radite.
}
attempt-time-up = Vrijeme je isteklo. Odgovori se spremaju i otvorit će se rezultat.
attempt-form-has-errors = Neke odgovore nije bilo moguće spremiti. Ispravite pitanja označena u nastavku; ostali su Vaši odgovori spremljeni.
attempt-next = Spremite i dalje
attempt-previous = Spremite i natrag
attempt-save = Spremite
attempt-finish = Završite pokušaj
attempt-navigation = Pitanja ovog pokušaja
# The navigation button of a question: its number and state in words (the colour and flag mark show the
# same).
# Variables:
#   $number (Number) - the question's place on the paper
#   $state (String) - answered, unanswered, answered-flagged or flagged
attempt-nav-question = { $state ->
    [answered] Pitanje { $number }, odgovoreno
    [answered-flagged] Pitanje { $number }, odgovoreno, označeno za provjeru
    [flagged] Pitanje { $number }, bez odgovora, označeno za provjeru
   *[unanswered] Pitanje { $number }, bez odgovora
}

# Variables:
#   $number (Number) - the question's place on the paper
question-number = Pitanje { $number }
# A description on the paper (text to read, nothing to answer), in place of "Question N".
question-information = Informacija
# Its navigation button.
# Variables:
#   $number (Number) - its place on the paper
attempt-nav-information = Stavka { $number }: informacija
# Variables:
#   $points (String) - points the question is worth, formatted
question-points = ({ $points } bod.)
question-hint-multiple = Odaberite sve točne odgovore. Svaki točan odabir donosi dio bodova, a svaki pogrešan oduzima dio; ovo pitanje ne može donijeti manje od 0 bodova.
question-flag = Označite za provjeru
question-hint-multiple-negative = Odaberite sve točne odgovore. Svaki točan odabir donosi dio bodova, a svaki pogrešan oduzima dio; na ovom pitanju možete dobiti i negativne bodove.
# The same for a question graded as in Moodle: each choice has its own weight, and a wrong one may cost nothing.
question-hint-multiple-weighted = Odaberite sve točne odgovore. Točni odabiri donose dio bodova, a pogrešan odabir može oduzeti dio; ovo pitanje ne može donijeti manje od 0 bodova.
question-hint-multiple-weighted-negative = Odaberite sve točne odgovore. Točni odabiri donose dio bodova, a pogrešan odabir može oduzeti dio; na ovom pitanju možete dobiti i negativne bodove.
# A single choice where some wrong answers cost points (a negative weight).
question-hint-single-negative = Odaberite jedan odgovor. Neki pogrešni odgovori oduzimaju bodove: na ovom pitanju možete dobiti i negativne bodove.
question-hint-matching = Za svaku stavku odaberite odgovarajući odgovor.
question-hint-gaps = Za svako prazno mjesto odaberite riječ ili izraz koji ga dopunjuje.
question-hint-gaps-typed = Dopunite svako prazno mjesto odgovarajućom riječju, izrazom ili brojem.
question-hint-ordering = Svakoj stavci dodijelite redni broj, počevši od 1 (prva). Svaki redni broj upotrijebite samo jednom.
question-your-answer = Vaš odgovor
question-your-number = Vaš odgovor (broj)
answer-true = Točno
answer-false = Netočno
choose-option = Odaberite…
choose-position = Redni broj…
# Variables:
#   $number (Number) - which gap in the sentence
gap-label = Prazno mjesto { $number }
answer-error-invalid-choice = Ovaj odgovor nije među ponuđenima.
answer-error-not-a-number = Unesite broj, na primjer 12 ili 3,5.
answer-error-too-long = Ovaj je odgovor predug.
answer-error-bad-order = Svaki redni broj upotrijebite točno jednom.

summary-title = Pregled prije predaje
# Variables:
#   $count (Number) - questions left unanswered
summary-unanswered = { $count ->
    [one] Još niste odgovorili na { $count } pitanje.
    [few] Još niste odgovorili na { $count } pitanja.
   *[other] Još niste odgovorili na { $count } pitanja.
}
summary-all-answered = Odgovorili ste na sva pitanja.
summary-column-question = Pitanje
summary-column-status = Status
summary-answered = Odgovoreno
# The summary's status of a description.
summary-information = Odgovor nije potreban
summary-not-answered = Bez odgovora
summary-flagged = označeno za provjeru
summary-back = Natrag na pitanja
summary-submit-note = Nakon predaje više ne možete mijenjati odgovore.
summary-submit-confirm = Želite li predati sve odgovore i završiti? Nakon toga ih više ne možete mijenjati.
summary-overdue = Vrijeme je isteklo: odgovori se više ne mogu mijenjati. Predajte pokušaj do { $until }; nakon toga bit će predan automatski s odgovorima spremljenima prije isteka vremena.
summary-submit-button = Predajte sve i završite

result-title = Vaš rezultat
result-expired-note = Vrijeme je isteklo pa je pokušaj predan s odgovorima spremljenima do tog trenutka.
result-refused-expired = Odgovori poslani nakon isteka vremena nisu prihvaćeni.
result-refused-submitted = Ovaj je pokušaj već bio predan pa odgovori poslani nakon toga nisu spremljeni.
# Variables:
#   $score (String) - points earned, formatted
#   $max (String) - points possible, formatted
result-score = Ostvareni bodovi: { $score } od { $max }
# Variables:
#   $percent (String) - the result in percent, formatted
#   $pass (Number) - the pass mark in percent
result-percent = { $percent } % (prag prolaznosti: { $pass } %)
result-passed = Položeno
result-failed = Nije položeno
result-recorded = Vaši su odgovori zabilježeni.
# Variables:
#   $started (String) - when the attempt began
#   $closed (String) - when it was closed
result-times = Početak: { $started }, završetak: { $closed }.
result-review-heading = Vaši odgovori
result-back-to-quiz = Natrag na test
review-correct = Točno
review-partial = Djelomično točno
review-incorrect = Netočno
# Variables:
#   $awarded (String) - points earned on the question
#   $points (String) - points the question is worth
review-points = { $awarded } / { $points } bod.
review-your-choice = (Vaš odabir)
review-right-option = (točan odgovor)
# Variables:
#   $position (Number) - the position the learner gave
review-your-position = (Vaš redni broj: { $position })
review-your-answer = Vaš odgovor:
review-no-answer = bez odgovora
review-correct-answer = Točan odgovor:

# An essay: where the learner writes, and that an instructor marks it later.
question-hint-essay = Napišite odgovor u polje. Predavač ga ocjenjuje nakon što predate test; do tada rezultat nije konačan.
# An essay answered but not yet graded, in the review.
review-pending = Čeka ocjenjivanje
# Before the grader's comment on an essay.
review-comment = Komentar predavača:
# The score while essays await grading.
# Variables:
#   $score (String) - points so far, formatted
#   $max (String) - the maximum, formatted
result-score-so-far = Bodovi do sada: { $score } od { $max }
# Variables:
#   $count (Number) - answers awaiting grading
result-awaiting-grading = { $count ->
    [one] { $count } odgovor čeka da ga predavač ocijeni. Konačni bodovi i rezultat slijede naknadno.
    [few] { $count } odgovora čekaju da ih predavač ocijeni. Konačni bodovi i rezultat slijede naknadno.
   *[other] { $count } odgovora čeka da ih predavač ocijeni. Konačni bodovi i rezultat slijede naknadno.
}
