### Results for instructors: an assignment's results (table, chart, CSV), a learner's page, an attempt's review.

results-yes = Да
results-no = Не
results-no-level = Без нивоа
results-not-enough-evidence = Недовољно података
# A skill without a level of its own: the range of levels its answers leave open, such as B1–B2,
# read against the learner's overall level.
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-fits = { $range }, у складу са укупним нивоом
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-below = { $range }, испод укупног нивоа
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-above = { $range }, изнад укупног нивоа
results-in-progress = У току
results-level = Ниво: { $level }
results-theta = θ
results-theta-long = Процена способности (тета)
results-se = СГ
results-se-long = Стандардна грешка процене способности
results-theta-se = { $theta } ± { $se }
results-duration = { $minutes } мин { $seconds } с
results-attempt-link = Покушај { $number }
results-attempt-state = { $state ->
    [in-progress] У току
    [submitted] Предат
   *[expired] Затворен по истеку времена
}
results-placement-state = { $state ->
    [in-progress] У току
    [finished] Завршен
   *[expired] Затворен по истеку времена
}

## Column headings

results-col-items = Број одговора
results-col-passed = Положено
results-col-time = Утрошено време
results-col-score = Резултат
results-col-quiz = Тест
results-col-started = Почетак
results-col-closed = Крај
results-col-date = Датум

## An assignment's results

results-filter-status = Прикажите полазнике са статусом
results-filter-all = Било који статус
results-filter-button = Прикажите
results-shown-of = Приказано полазника: { $shown } од { $total }
results-none-match = Ниједан полазник нема овај статус.
results-csv-link = Преузмите као CSV (за табеларне програме)

results-chart-table-caption = Бројке са графикона
results-chart-col-learners = Полазници
results-chart-col-share = Удео
results-chart-levels-title = Нивои полазника према ЗЕРОЈ-у
results-chart-levels-desc = Тест је завршило полазника: { $tested } од { $total }. Бројке су у табели испод.
results-chart-levels-axis = Ниво према ЗЕРОЈ-у
results-chart-scores-title = Најбољи резултати полазника
results-chart-scores-desc = Полазника са резултатом: { $scored } од { $total }, у распонима од 10 %. Бројке су у табели испод.
results-chart-scores-axis = Распон резултата (%)

## The CSV file: the start of its name and its header row

results-csv-file = резултати
results-csv-name = Име и презиме
results-csv-email = Адреса е-поште
results-csv-status = Статус
results-csv-attempts = Покушаји
results-csv-percent = Најбољи резултат (%)
results-csv-passed = Положено
results-csv-seconds = Утрошено време (секунде)
results-csv-level = Ниво према ЗЕРОЈ-у
results-csv-theta = Тета
results-csv-se = СГ
results-csv-items = Број одговора
results-csv-skill-level = { $skill }: ниво
results-csv-skill-theta = { $skill }: тета
results-csv-skill-se = { $skill }: СГ
results-csv-skill-items = { $skill }: број одговора

## A learner's page

results-learner-cohorts = Групе:
results-learner-no-assignments = Овом полазнику није додељен ниједан тест.
results-learner-attempts = Покушаји тестова
results-learner-no-attempts = Још нема покушаја.
results-learner-placement = Тестови за одређивање нивоа кроз време
results-learner-placement-note = Од најстаријег. θ је процена способности, а СГ њена стандардна грешка: што је СГ мања, процена је поузданија.
results-learner-no-placement = Још нема теста за одређивање нивоа.
results-learner-assign-title = Доделите тест овом полазнику

## One attempt's review

results-review-title = Покушај решавања теста: { $name }
results-back-to-learner = Назад на: { $name }
results-review-in-progress = Овај покушај је још у току: приказани су одговори сачувани до сада, а резултата још нема.
results-review-note = Питања онако како их је полазник видео, на језику покушаја, са тачним одговорима и додељеним бодовима. „Ваш” у питањима значи „полазников”.
results-review-no-questions = Питања овог теста више нису у бази питања; сачуван је само резултат.
results-review-heading = Одговори полазника и тачни одговори
results-placement-title = Тест за одређивање нивоа: { $name }
results-steps-heading = Корак по корак
results-col-step = Корак
results-col-item = Питање
results-col-answer = Одговор полазника
results-col-key = Тачан одговор
results-col-right = Исход
results-no-steps = Још није одговорено ни на једно питање.

# Grading an essay on the attempt's review.
marking-heading = Оцените овај одговор
marking-heading-again = Промените оцену
marking-grader-info = Напомене за оцењивача:
# Variables:
#   $max (String) - the question's points, formatted
marking-points = Бодови (од 0 до { $max })
marking-comment = Коментар за полазника (није обавезан)
marking-save = Сачувајте оцену
# Variables:
#   $max (String) - the question's points, formatted
marking-error-points = Унесите бодове од 0 до { $max }, са највише три децимале.
marking-error-open = Покушај је још у току. Одговори се оцењују пошто их полазник преда.
marking-error-comment-long = Коментар је предугачак: скратите га на највише 5.000 знакова.
# Variables:
#   $count (Number) - answers awaiting a grade
marking-awaiting = { $count ->
    [one] { $count } одговор чека оцену. Резултат се одређује кад сви одговори буду оцењени.
    [few] { $count } одговора чекају оцену. Резултат се одређује кад сви одговори буду оцењени.
   *[other] { $count } одговора чека оцену. Резултат се одређује кад сви одговори буду оцењени.
}
