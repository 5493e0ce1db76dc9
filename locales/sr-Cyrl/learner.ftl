### The learner's pages: quizzes, answering, summary and result.

dashboard-title = Ваши тестови
# Variables:
#   $name (String) - the learner's name
dashboard-welcome = Добро дошли, { $name }. Изаберите тест који желите да започнете или наставите.

# Variables:
#   $count (Number) - questions per attempt
quiz-questions = { $count ->
    [one] { $count } питање
    [few] { $count } питања
   *[other] { $count } питања
}
# Variables:
#   $minutes (Number) - the time limit
quiz-time-limit = { $minutes ->
    [one] Временско ограничење: { $minutes } минут
    [few] Временско ограничење: { $minutes } минута
   *[other] Временско ограничење: { $minutes } минута
}
quiz-no-time-limit = Без временског ограничења
# Variables:
#   $used (Number) - attempts already started
#   $allowed (Number) - attempts allowed
quiz-attempts-used = Покушаји: { $used } од { $allowed }
# Variables:
#   $used (Number) - attempts already started
quiz-attempts-unlimited = Покушаји: { $used } (без ограничења)
quiz-attempts-unlimited-short = Без ограничења
# Variables:
#   $percent (String) - the best result, formatted
quiz-best-score = Најбољи резултат: { $percent } %
quiz-in-progress = Имате покушај у току.
# Variables:
#   $languages (String) - the languages the quiz is offered in, as a list
quiz-not-offered = Још није доступно на овом језику. Доступни језици: { $languages }.
quiz-fact-questions = Питања
quiz-fact-time = Временско ограничење
quiz-fact-pass = Праг пролазности
quiz-fact-attempts = Преостали покушаји
# Variables:
#   $count (Number) - attempts left
attempts-left = { $count ->
    [one] { $count } покушај
    [few] { $count } покушаја
   *[other] { $count } покушаја
}
quiz-start-button = Започните тест
quiz-resume-button = Наставите покушај
# Variables:
#   $minutes (Number) - the time limit
quiz-start-timed-note = { $minutes ->
    [one] Време почиње да тече када притиснете дугме и не зауставља се ако затворите прегледач. Имаћете { $minutes } минут.
    [few] Време почиње да тече када притиснете дугме и не зауставља се ако затворите прегледач. Имаћете { $minutes } минута.
   *[other] Време почиње да тече када притиснете дугме и не зауставља се ако затворите прегледач. Имаћете { $minutes } минута.
}
quiz-your-attempts = Ваши покушаји
attempt-column-number = Покушај
attempt-column-started = Почетак
attempt-column-state = Стање
attempt-column-score = Резултат
attempt-state-in-progress = У току
attempt-state-submitted = Предат
attempt-state-expired = Затворен по истеку времена

# Variables:
#   $number (Number) - the question's place on the paper
#   $total (Number) - questions on the paper
attempt-question-of = Питање { $number } од { $total }
# Variables:
#   $minutes (Number) - whole minutes left, rounded up
#   $deadline (String) - the deadline, as date and time
attempt-time-left = { $minutes ->
    [one] Преостало време: { $minutes } минут (до { $deadline })
    [few] Преостало време: { $minutes } минута (до { $deadline })
   *[other] Преостало време: { $minutes } минута (до { $deadline })
}
attempt-countdown-label = Преостало време (до { $deadline }):
attempt-time-warning = { $minutes ->
    [one] Још { $minutes } минут. Одговори се чувају док радите.
    [few] Још { $minutes } минута. Одговори се чувају док радите.
   *[other] Још { $minutes } минута. Одговори се чувају док радите.
}
attempt-time-up = Време је истекло. Одговори се чувају и отвориће се резултат.
attempt-form-has-errors = Неке одговоре није било могуће сачувати. Исправите питања означена у наставку; остали Ваши одговори су сачувани.
attempt-next = Сачувајте и даље
attempt-previous = Сачувајте и назад
attempt-save = Сачувајте
attempt-finish = Завршите покушај
attempt-navigation = Питања овог покушаја
# The navigation button of a question: its number and state in words (the colour and flag mark show the
# same).
# Variables:
#   $number (Number) - the question's place on the paper
#   $state (String) - answered, unanswered, answered-flagged or flagged
attempt-nav-question = { $state ->
    [answered] Питање { $number }, одговорено
    [answered-flagged] Питање { $number }, одговорено, означено за проверу
    [flagged] Питање { $number }, без одговора, означено за проверу
   *[unanswered] Питање { $number }, без одговора
}

# Variables:
#   $number (Number) - the question's place on the paper
question-number = Питање { $number }
# A description on the paper (text to read, nothing to answer), in place of "Question N".
question-information = Информација
# Its navigation button.
# Variables:
#   $number (Number) - its place on the paper
attempt-nav-information = Ставка { $number }: информација
# Variables:
#   $points (String) - points the question is worth, formatted
question-points = ({ $points } бод.)
question-hint-multiple = Изаберите све тачне одговоре. Сваки тачан избор доноси део бодова, а сваки погрешан одузима део; ово питање не може донети мање од 0 бодова.
question-flag = Означите за проверу
question-hint-multiple-negative = Изаберите све тачне одговоре. Сваки тачан избор доноси део бодова, а сваки погрешан одузима део; на овом питању можете добити и негативне бодове.
# The same for a question graded as in Moodle: each choice has its own weight, and a wrong one may cost nothing.
question-hint-multiple-weighted = Изаберите све тачне одговоре. Тачни избори доносе део бодова, а погрешан избор може да одузме део; ово питање не може донети мање од 0 бодова.
question-hint-multiple-weighted-negative = Изаберите све тачне одговоре. Тачни избори доносе део бодова, а погрешан избор може да одузме део; на овом питању можете добити и негативне бодове.
# A single choice where some wrong answers cost points (a negative weight).
question-hint-single-negative = Изаберите један одговор. Неки погрешни одговори одузимају бодове: на овом питању можете добити и негативне бодове.
question-hint-matching = За сваку ставку изаберите одговарајући одговор.
question-hint-gaps = За свако празно место изаберите реч или израз који га допуњује.
question-hint-gaps-typed = Допуните свако празно место одговарајућом речју, изразом или бројем.
question-hint-ordering = Свакој ставци доделите редни број, почевши од 1 (прва). Сваки редни број употребите само једном.
question-your-answer = Ваш одговор
question-your-number = Ваш одговор (број)
answer-true = Тачно
answer-false = Нетачно
choose-option = Изаберите…
choose-position = Редни број…
# Variables:
#   $number (Number) - which gap in the sentence
gap-label = Празно место { $number }
answer-error-invalid-choice = Овај одговор није међу понуђенима.
answer-error-not-a-number = Унесите број, на пример 12 или 3,5.
answer-error-too-long = Овај одговор је предугачак.
answer-error-bad-order = Сваки редни број употребите тачно једном.

summary-title = Преглед пре предаје
# Variables:
#   $count (Number) - questions left unanswered
summary-unanswered = { $count ->
    [one] Још нисте одговорили на { $count } питање.
    [few] Још нисте одговорили на { $count } питања.
   *[other] Још нисте одговорили на { $count } питања.
}
summary-all-answered = Одговорили сте на сва питања.
summary-column-question = Питање
summary-column-status = Статус
summary-answered = Одговорено
# The summary's status of a description.
summary-information = Није потребан одговор
summary-not-answered = Без одговора
summary-flagged = означено за проверу
summary-back = Назад на питања
summary-submit-note = Након предаје више не можете мењати одговоре.
summary-submit-confirm = Да ли желите да предате све одговоре и завршите? Након тога више не можете да их мењате.
summary-overdue = Време је истекло: одговори се више не могу мењати. Предајте покушај до { $until }; после тога биће предат аутоматски са одговорима сачуваним пре истека времена.
summary-submit-button = Предајте све и завршите

result-title = Ваш резултат
result-expired-note = Време је истекло, па је покушај предат са одговорима сачуваним до тог тренутка.
result-refused-expired = Одговори послати после истека времена нису прихваћени.
result-refused-submitted = Овај покушај је већ био предат, па одговори послати после тога нису сачувани.
# Variables:
#   $score (String) - points earned, formatted
#   $max (String) - points possible, formatted
result-score = Освојени бодови: { $score } од { $max }
# Variables:
#   $percent (String) - the result in percent, formatted
#   $pass (Number) - the pass mark in percent
result-percent = { $percent } % (праг пролазности: { $pass } %)
result-passed = Положено
result-failed = Није положено
result-recorded = Ваши одговори су евидентирани.
# Variables:
#   $started (String) - when the attempt began
#   $closed (String) - when it was closed
result-times = Почетак: { $started }, завршетак: { $closed }.
result-review-heading = Ваши одговори
result-back-to-quiz = Назад на тест
review-correct = Тачно
review-partial = Делимично тачно
review-incorrect = Нетачно
# Variables:
#   $awarded (String) - points earned on the question
#   $points (String) - points the question is worth
review-points = { $awarded } / { $points } бод.
review-your-choice = (Ваш избор)
review-right-option = (тачан одговор)
# Variables:
#   $position (Number) - the position the learner gave
review-your-position = (Ваш редни број: { $position })
review-your-answer = Ваш одговор:
review-no-answer = без одговора
review-correct-answer = Тачан одговор:

# An essay: where the learner writes, and that an instructor marks it later.
question-hint-essay = Напишите одговор у поље. Предавач га оцењује након што предате тест; дотле резултат није коначан.
# An essay answered but not yet graded, in the review.
review-pending = Чека оцењивање
# Before the grader's comment on an essay.
review-comment = Коментар предавача:
# The score while essays await grading.
# Variables:
#   $score (String) - points so far, formatted
#   $max (String) - the maximum, formatted
result-score-so-far = Бодови до сада: { $score } од { $max }
# Variables:
#   $count (Number) - answers awaiting grading
result-awaiting-grading = { $count ->
    [one] { $count } одговор чека да га предавач оцени. Коначни бодови и резултат следе накнадно.
    [few] { $count } одговора чекају да их предавач оцени. Коначни бодови и резултат следе накнадно.
   *[other] { $count } одговора чека да их предавач оцени. Коначни бодови и резултат следе накнадно.
}
