### The instructors' pages (cohorts, assignments, results) and the assignments on a learner's dashboard.

staff-nav-teach = Мои групи

teach-title = Мои групи
teach-all-cohorts-note = Со улогата администратор ги гледате сите групи.
teach-no-cohorts = Сѐ уште не сте предавач во ниедна група. Администраторот ги додава предавачите во групите.
teach-back = Назад кон моите групи
# Variables:
#   $name (String) - the cohort's name
teach-back-to-cohort = Назад кон групата „{ $name }“
teach-learners = Слушатели
teach-no-learners = Сѐ уште нема слушатели.
teach-assignments = Доделени тестови
teach-no-assignments = На оваа група сѐ уште не ѝ е доделен ниеден тест.

teach-assign-title = Доделување на тест
teach-assign-task = Тест
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-times-hint = Времињата се изразени во временската зона на центарот ({ $zone }). Ако отворањето го оставите празно, тестот се отвора веднаш; ако рокот го оставите празен, тестот ќе биде без рок.
teach-assign-opens = Отворање
teach-assign-due = Рок
teach-assign-attempts = Дозволен број обиди
teach-assign-attempts-hint = Оставете празно ако не сакате да го ограничите бројот на обиди.
teach-assign-minutes = Временско ограничување во минути
teach-assign-minutes-hint = Оставете празно ако сакате да го задржите временското ограничување на самиот тест.
teach-assign-button = Доделете

# Variables:
#   $when (String) - a date and time, already formatted
teach-opens-at = Отворање: { $when }
teach-open-now = Отворање: веднаш
# Variables:
#   $when (String) - a date and time, already formatted
teach-due-at = Рок: { $when }
teach-no-due = Без рок
# Variables:
#   $count (Number) - attempts allowed
teach-attempts-allowed = { $count ->
    [one] { $count } дозволен обид
   *[other] { $count } дозволени обиди
}
teach-attempts-unlimited = Неограничен број обиди

# Variables:
#   $name (String) - the cohort's name
teach-assigned-to-cohort = Тестот е доделен на групата „{ $name }“.
# Variables:
#   $name (String) - the learner's name
teach-assigned-to-learner = Тестот е доделен поединечно: { $name }.
teach-withdrawn = Доделениот тест е повлечен: слушателите повеќе не го гледаат. Досегашните обиди се задржуваат.
teach-results = Слушатели и резултати
teach-col-status = Статус
teach-col-attempts = Обиди
teach-col-level = Ниво (ЗЕРРЈ)
teach-col-score = Најдобар резултат
teach-col-accommodations = Прилагодувања
teach-left-cohort = Веќе не е во групата
# Variables:
#   $used (Number) - attempts made
#   $allowed (Number) - attempts allowed
teach-attempts-of = { $used } од { $allowed }
# Variables:
#   $percent (String) - a score in percent, already formatted
teach-percent = { $percent } %

teach-override-title = Прилагодувања за еден слушател
teach-override-hint = Подоцнежен рок, повеќе обиди или друго временско ограничување за еден слушател. Секоја внесена вредност ја заменува вредноста што важи за доделениот тест; ако ги оставите сите полиња празни, прилагодувањата за тој слушател се отстрануваат.
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-override-times-hint = Времињата се изразени во временската зона на центарот ({ $zone }). Ако некое поле го оставите празно, важи вредноста на доделениот тест.
teach-override-learner = Слушател
teach-override-button = Зачувајте ги прилагодувањата
teach-withdraw-title = Повлекување на доделениот тест
teach-withdraw-hint = Слушателите повеќе нема да го гледаат ниту ќе можат да го започнат. Досегашните обиди и нивните резултати се задржуваат; обидот што е во тек трае до истекот на своето време.
teach-withdraw-button = Повлечете

teach-error-task = Изберете тест од листата.
teach-error-datetime = Внесете датум и време, на пример 2026-12-10 09:00.
teach-error-due-before-opening = Рокот мора да биде по времето на отворање.
teach-error-due-past = Овој рок веќе помина.
teach-error-attempts = Внесете цел број од 1 до 50 или оставете го полето празно.
teach-error-minutes = Внесете цел број минути од 1 до 600 или оставете го полето празно.
teach-error-learner = Изберете слушател од листата.

## On the learner's dashboard

dashboard-assigned = Тестови што Ви се доделени
dashboard-catalogue = Сите тестови
# Variables:
#   $status (String) - not-yet-open, open, in-progress, submitted or overdue
assignment-status = { $status ->
    [not-yet-open] Сѐ уште не е отворен
    [open] Отворен
    [in-progress] Во тек
    [submitted] Предаден
   *[overdue] Рокот истече
}
assignment-start = Започнете
assignment-continue = Продолжете
assignment-error-not-open = Овој доделен тест сѐ уште не е отворен.
assignment-error-closed = Овој доделен тест е затворен: рокот истече.
assignment-error-other-attempt-open = Веќе имате обид за овој тест во тек, започнат надвор од овој доделен тест (за вежбање или во рамките на друг доделен тест). Прво завршете го тој обид, а потоа можете да го започнете овој доделен тест.
