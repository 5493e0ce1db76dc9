### Results for instructors: an assignment's results (table, chart, CSV), a learner's page, an attempt's review.

results-yes = Да
results-no = Не
results-no-level = Без ниво
results-not-enough-evidence = Недоволно податоци
# A skill without a level of its own: the range of levels its answers leave open, such as B1–B2,
# read against the learner's overall level.
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-fits = { $range }, во согласност со вкупното ниво
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-below = { $range }, под вкупното ниво
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-above = { $range }, над вкупното ниво
results-in-progress = Во тек
results-level = Ниво: { $level }
results-theta = θ
results-theta-long = Проценка на способноста (тета)
results-se = СГ
results-se-long = Стандардна грешка на проценката на способноста
results-theta-se = { $theta } ± { $se }
results-duration = { $minutes } мин. { $seconds } сек.
results-attempt-link = Обид { $number }
results-attempt-state = { $state ->
    [in-progress] Во тек
    [submitted] Предаден
   *[expired] Затворен по истекот на времето
}
results-placement-state = { $state ->
    [in-progress] Во тек
    [finished] Завршен
   *[expired] Затворен по истекот на времето
}

## Column headings

results-col-items = Број на одговори
results-col-passed = Положено
results-col-time = Потрошено време
results-col-score = Резултат
results-col-quiz = Тест
results-col-started = Почеток
results-col-closed = Крај
results-col-date = Датум

## An assignment's results

results-filter-status = Прикажете слушатели со статус
results-filter-all = Кој било статус
results-filter-button = Прикажете
results-shown-of = Прикажани слушатели: { $shown } од { $total }
results-none-match = Ниту еден слушател нема ваков статус.
results-csv-link = Преземете како CSV (за табеларни програми)

results-chart-table-caption = Бројките од графиконот
results-chart-col-learners = Слушатели
results-chart-col-share = Удел
results-chart-levels-title = Нивоа на слушателите според ЗЕРРЈ
results-chart-levels-desc = Слушатели што го завршиле тестот: { $tested } од { $total }. Бројките се во табелата подолу.
results-chart-levels-axis = Ниво според ЗЕРРЈ
results-chart-scores-title = Најдобри резултати на слушателите
results-chart-scores-desc = Слушатели со резултат: { $scored } од { $total }, во распони од 10 %. Бројките се во табелата подолу.
results-chart-scores-axis = Распон на резултатот (%)

## The CSV file: the start of its name and its header row

results-csv-file = резултати
results-csv-name = Име и презиме
results-csv-email = Адреса на е-пошта
results-csv-status = Статус
results-csv-attempts = Обиди
results-csv-percent = Најдобар резултат (%)
results-csv-passed = Положено
results-csv-seconds = Потрошено време (секунди)
results-csv-level = Ниво според ЗЕРРЈ
results-csv-theta = Тета
results-csv-se = СГ
results-csv-items = Број на одговори
results-csv-skill-level = { $skill }: ниво
results-csv-skill-theta = { $skill }: тета
results-csv-skill-se = { $skill }: СГ
results-csv-skill-items = { $skill }: број на одговори

## A learner's page

results-learner-cohorts = Групи:
results-learner-no-assignments = На овој слушател не му е доделен ниеден тест.
results-learner-attempts = Обиди на тестови
results-learner-no-attempts = Сѐ уште нема обиди.
results-learner-placement = Тестови за определување на нивото низ времето
results-learner-placement-note = Од најстариот. θ е проценката на способноста, а СГ нејзината стандардна грешка: колку е помала СГ, толку е посигурна проценката.
results-learner-no-placement = Сѐ уште нема тест за определување на нивото.
results-learner-assign-title = Доделете тест на овој слушател

## One attempt's review

results-review-title = Обид за решавање на тестот: { $name }
results-back-to-learner = Назад кон: { $name }
results-review-in-progress = Овој обид е сѐ уште во тек: прикажани се одговорите зачувани досега, а резултат сѐ уште нема.
results-review-note = Прашањата како што ги видел слушателот, на јазикот на обидот, со точните одговори и доделените поени. „Ваш“ во прашањата значи „на слушателот“.
results-review-no-questions = Прашањата од овој тест веќе не се во базата на прашања; зачуван е само резултатот.
results-review-heading = Одговорите на слушателот и точните одговори
results-placement-title = Тест за определување на нивото: { $name }
results-steps-heading = Чекор по чекор
results-col-step = Чекор
results-col-item = Прашање
results-col-answer = Одговор на слушателот
results-col-key = Точен одговор
results-col-right = Исход
results-no-steps = Сѐ уште не е одговорено ниту едно прашање.

# Grading an essay on the attempt's review.
marking-heading = Оценете го овој одговор
marking-heading-again = Променете ја оценката
marking-grader-info = Напомени за оценувачот:
# Variables:
#   $max (String) - the question's points, formatted
marking-points = Поени (од 0 до { $max })
marking-comment = Коментар за слушателот (по желба)
marking-save = Зачувајте ја оценката
# Variables:
#   $max (String) - the question's points, formatted
marking-error-points = Внесете поени од 0 до { $max }, со најмногу три децимали.
marking-error-open = Обидот сѐ уште е во тек. Одговорите се оценуваат откако слушателот ќе ги предаде.
marking-error-comment-long = Коментарот е предолг: скратете го на најмногу 5.000 знаци.
# Variables:
#   $count (Number) - answers awaiting a grade
marking-awaiting = { $count ->
    [one] { $count } одговор чека оценка. Резултатот се утврдува кога сите одговори ќе бидат оценети.
   *[other] { $count } одговори чекаат оценка. Резултатот се утврдува кога сите одговори ќе бидат оценети.
}
