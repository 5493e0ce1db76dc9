### The learner's pages: quizzes, answering, summary and result.

dashboard-title = Вашите тестови
# Variables:
#   $name (String) - the learner's name
dashboard-welcome = Добредојдовте, { $name }. Изберете тест што сакате да го започнете или да го продолжите.

# Variables:
#   $count (Number) - questions per attempt
quiz-questions = { $count ->
    [one] { $count } прашање
   *[other] { $count } прашања
}
# Variables:
#   $minutes (Number) - the time limit
quiz-time-limit = { $minutes ->
    [one] Временско ограничување: { $minutes } минута
   *[other] Временско ограничување: { $minutes } минути
}
quiz-no-time-limit = Без временско ограничување
# Variables:
#   $used (Number) - attempts already started
#   $allowed (Number) - attempts allowed
quiz-attempts-used = Обиди: { $used } од { $allowed }
# Variables:
#   $used (Number) - attempts already started
quiz-attempts-unlimited = Обиди: { $used } (без ограничување)
quiz-attempts-unlimited-short = Без ограничување
# Variables:
#   $percent (String) - the best result, formatted
quiz-best-score = Најдобар резултат: { $percent } %
quiz-in-progress = Имате обид во тек.
# Variables:
#   $languages (String) - the languages the quiz is offered in, as a list
quiz-not-offered = Сѐ уште не е достапно на овој јазик. Достапни јазици: { $languages }.
quiz-fact-questions = Прашања
quiz-fact-time = Временско ограничување
quiz-fact-pass = Праг за положување
quiz-fact-attempts = Преостанати обиди
# Variables:
#   $count (Number) - attempts left
attempts-left = { $count ->
    [one] { $count } обид
   *[other] { $count } обиди
}
quiz-start-button = Започнете го тестот
quiz-resume-button = Продолжете го обидот
# Variables:
#   $minutes (Number) - the time limit
quiz-start-timed-note = { $minutes ->
    [one] Времето почнува да тече кога ќе го притиснете копчето и не запира ако го затворите прелистувачот. Ќе имате { $minutes } минута.
   *[other] Времето почнува да тече кога ќе го притиснете копчето и не запира ако го затворите прелистувачот. Ќе имате { $minutes } минути.
}
quiz-your-attempts = Вашите обиди
attempt-column-number = Обид
attempt-column-started = Почеток
attempt-column-state = Состојба
attempt-column-score = Резултат
attempt-state-in-progress = Во тек
attempt-state-submitted = Предаден
attempt-state-expired = Затворен по истекот на времето

# Variables:
#   $number (Number) - the question's place on the paper
#   $total (Number) - questions on the paper
attempt-question-of = Прашање { $number } од { $total }
# Variables:
#   $minutes (Number) - whole minutes left, rounded up
#   $deadline (String) - the deadline, as date and time
attempt-time-left = { $minutes ->
    [one] Преостанато време: { $minutes } минута (до { $deadline })
   *[other] Преостанато време: { $minutes } минути (до { $deadline })
}
attempt-countdown-label = Преостанато време (до { $deadline }):
attempt-time-warning = { $minutes ->
    [one] Уште { $minutes } минута. Одговорите се зачувуваат додека работите.
   *[other] Уште { $minutes } минути. Одговорите се зачувуваат додека работите.
}
attempt-time-up = Времето истече. Одговорите се зачувуваат и ќе се отвори резултатот.
attempt-form-has-errors = Некои одговори не можеа да се зачуваат. Поправете ги означените прашања подолу; другите Ваши одговори се зачувани.
attempt-next = Зачувајте и напред
attempt-previous = Зачувајте и назад
attempt-save = Зачувајте
attempt-finish = Завршете го обидот
attempt-navigation = Прашања од овој обид
# The navigation button of a question: its number and state in words (the colour and flag mark show the
# same).
# Variables:
#   $number (Number) - the question's place on the paper
#   $state (String) - answered, unanswered, answered-flagged or flagged
attempt-nav-question = { $state ->
    [answered] Прашање { $number }, одговорено
    [answered-flagged] Прашање { $number }, одговорено, означено за проверка
    [flagged] Прашање { $number }, без одговор, означено за проверка
   *[unanswered] Прашање { $number }, без одговор
}

# Variables:
#   $number (Number) - the question's place on the paper
question-number = Прашање { $number }
# A description on the paper (text to read, nothing to answer), in place of "Question N".
question-information = Информација
# Its navigation button.
# Variables:
#   $number (Number) - its place on the paper
attempt-nav-information = Ставка { $number }: информација
# Variables:
#   $points (String) - points the question is worth, formatted
question-points = ({ $points } { $count ->
    [one] поен
   *[other] поени
})
question-hint-multiple = Изберете ги сите точни одговори. Секој точен избор носи дел од поените, а секој погрешен одзема дел; ова прашање не може да донесе помалку од 0 поени.
question-flag = Означете за проверка
question-hint-multiple-negative = Изберете ги сите точни одговори. Секој точен избор носи дел од поените, а секој погрешен одзема дел; на ова прашање може да добиете и негативни поени.
# The same for a question graded as in Moodle: each choice has its own weight, and a wrong one may cost nothing.
question-hint-multiple-weighted = Изберете ги сите точни одговори. Точните избори носат дел од поените, а погрешен избор може да одземе дел; ова прашање не може да донесе помалку од 0 поени.
question-hint-multiple-weighted-negative = Изберете ги сите точни одговори. Точните избори носат дел од поените, а погрешен избор може да одземе дел; на ова прашање може да добиете и негативни поени.
# A single choice where some wrong answers cost points (a negative weight).
question-hint-single-negative = Изберете еден одговор. Некои погрешни одговори одземаат поени: на ова прашање може да добиете и негативни поени.
question-hint-matching = За секоја ставка изберете го соодветниот одговор.
question-hint-gaps = За секое празно место изберете го зборот или изразот што го пополнува.
question-hint-gaps-typed = Пополнете го секое празно место со соодветниот збор, израз или број.
question-hint-ordering = На секоја ставка доделете ѝ реден број, почнувајќи од 1 (прва). Секој реден број употребете го само еднаш.
question-your-answer = Вашиот одговор
question-your-number = Вашиот одговор (број)
answer-true = Точно
answer-false = Неточно
choose-option = Изберете…
choose-position = Реден број…
# Variables:
#   $number (Number) - which gap in the sentence
gap-label = Празно место { $number }
answer-error-invalid-choice = Овој одговор не е меѓу понудените.
answer-error-not-a-number = Внесете број, на пример 12 или 3,5.
answer-error-too-long = Овој одговор е предолг.
answer-error-bad-order = Секој реден број употребете го точно еднаш.

summary-title = Преглед пред предавање
# Variables:
#   $count (Number) - questions left unanswered
summary-unanswered = { $count ->
    [one] Сѐ уште не сте одговориле на { $count } прашање.
   *[other] Сѐ уште не сте одговориле на { $count } прашања.
}
summary-all-answered = Одговоривте на сите прашања.
summary-column-question = Прашање
summary-column-status = Статус
summary-answered = Одговорено
# The summary's status of a description.
summary-information = Не е потребен одговор
summary-not-answered = Без одговор
summary-flagged = означено за проверка
summary-back = Назад кон прашањата
summary-submit-note = По предавањето повеќе не можете да ги менувате одговорите.
summary-submit-confirm = Дали сакате да ги предадете сите одговори и да завршите? Потоа повеќе не можете да ги менувате.
summary-overdue = Времето истече: одговорите повеќе не можат да се менуваат. Предајте го обидот до { $until }; потоа ќе биде предаден автоматски со одговорите зачувани пред истекот на времето.
summary-submit-button = Предадете сѐ и завршете

result-title = Вашиот резултат
result-expired-note = Времето истече, па обидот беше предаден со одговорите зачувани до тој момент.
result-refused-expired = Одговорите испратени по истекот на времето не беа прифатени.
result-refused-submitted = Овој обид веќе беше предаден, па одговорите испратени потоа не беа зачувани.
# Variables:
#   $score (String) - points earned, formatted
#   $max (String) - points possible, formatted
result-score = Освоени поени: { $score } од { $max }
# Variables:
#   $percent (String) - the result in percent, formatted
#   $pass (Number) - the pass mark in percent
result-percent = { $percent } % (праг за положување: { $pass } %)
result-passed = Положено
result-failed = Не е положено
result-recorded = Вашите одговори се евидентирани.
# Variables:
#   $started (String) - when the attempt began
#   $closed (String) - when it was closed
result-times = Почеток: { $started }, крај: { $closed }.
result-review-heading = Вашите одговори
result-back-to-quiz = Назад кон тестот
review-correct = Точно
review-partial = Делумно точно
review-incorrect = Неточно
# Variables:
#   $awarded (String) - points earned on the question
#   $points (String) - points the question is worth
review-points = { $awarded } / { $points } { $count ->
    [one] поен
   *[other] поени
}
review-your-choice = (Вашиот избор)
review-right-option = (точен одговор)
# Variables:
#   $position (Number) - the position the learner gave
review-your-position = (Вашиот реден број: { $position })
review-your-answer = Вашиот одговор:
review-no-answer = без одговор
review-correct-answer = Точен одговор:

# An essay: where the learner writes, and that an instructor marks it later.
question-hint-essay = Напишете го одговорот во полето. Предавачот го оценува откако ќе го предадете тестот; дотогаш резултатот не е конечен.
# An essay answered but not yet graded, in the review.
review-pending = Чека оценување
# Before the grader's comment on an essay.
review-comment = Коментар од предавачот:
# The score while essays await grading.
# Variables:
#   $score (String) - points so far, formatted
#   $max (String) - the maximum, formatted
result-score-so-far = Поени досега: { $score } од { $max }
# Variables:
#   $count (Number) - answers awaiting grading
result-awaiting-grading = { $count ->
    [one] { $count } одговор чека оценување од предавач. Конечните поени и резултатот ќе следат.
   *[other] { $count } одговори чекаат оценување од предавач. Конечните поени и резултатот ќе следат.
}
