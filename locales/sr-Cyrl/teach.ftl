### The instructors' pages (cohorts, assignments, results) and the assignments on a learner's dashboard.

staff-nav-teach = Моје групе

teach-title = Моје групе
teach-all-cohorts-note = Са улогом администратора видите све групе.
teach-no-cohorts = Још не предајете ниједној групи. Администратор додаје предаваче у групе.
teach-back = Назад на моје групе
# Variables:
#   $name (String) - the cohort's name
teach-back-to-cohort = Назад на групу „{ $name }”
teach-learners = Полазници
teach-no-learners = Још нема полазника.
teach-assignments = Додељени тестови
teach-no-assignments = Овој групи још није додељен ниједан тест.

teach-assign-title = Додела теста
teach-assign-task = Тест
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-times-hint = Времена су изражена у временској зони центра ({ $zone }). Ако отварање оставите празно, тест се отвара одмах; ако рок оставите празан, тест ће бити без рока.
teach-assign-opens = Отварање
teach-assign-due = Рок
teach-assign-attempts = Дозвољени број покушаја
teach-assign-attempts-hint = Оставите празно ако не желите да ограничите број покушаја.
teach-assign-minutes = Временско ограничење у минутима
teach-assign-minutes-hint = Оставите празно ако желите да задржите временско ограничење самог теста.
teach-assign-button = Доделите

# Variables:
#   $when (String) - a date and time, already formatted
teach-opens-at = Отварање: { $when }
teach-open-now = Отварање: одмах
# Variables:
#   $when (String) - a date and time, already formatted
teach-due-at = Рок: { $when }
teach-no-due = Без рока
# Variables:
#   $count (Number) - attempts allowed
teach-attempts-allowed = { $count ->
    [one] { $count } дозвољен покушај
    [few] { $count } дозвољена покушаја
   *[other] { $count } дозвољених покушаја
}
teach-attempts-unlimited = Неограничен број покушаја

# Variables:
#   $name (String) - the cohort's name
teach-assigned-to-cohort = Тест је додељен групи „{ $name }”.
# Variables:
#   $name (String) - the learner's name
teach-assigned-to-learner = Тест је додељен појединачно: { $name }.
teach-withdrawn = Додељени тест је повучен: полазници га више не виде. Већ урађени покушаји се задржавају.
teach-results = Полазници и резултати
teach-col-status = Статус
teach-col-attempts = Покушаји
teach-col-level = Ниво (ЗЕРОЈ)
teach-col-score = Најбољи резултат
teach-col-accommodations = Прилагођавања
teach-left-cohort = Више није у групи
# Variables:
#   $used (Number) - attempts made
#   $allowed (Number) - attempts allowed
teach-attempts-of = { $used } од { $allowed }
# Variables:
#   $percent (String) - a score in percent, already formatted
teach-percent = { $percent } %

teach-override-title = Прилагођавања за једног полазника
teach-override-hint = Каснији рок, више покушаја или друго временско ограничење за једног полазника. Свака унета вредност замењује вредност која важи за додељени тест; ако сва поља оставите празна, прилагођавања за тог полазника се уклањају.
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-override-times-hint = Времена су изражена у временској зони центра ({ $zone }). Ако неко поље оставите празно, примењује се вредност додељеног теста.
teach-override-learner = Полазник
teach-override-button = Сачувајте прилагођавања
teach-withdraw-title = Повлачење додељеног теста
teach-withdraw-hint = Полазници га више неће видети нити ће моћи да га започну. Већ урађени покушаји и њихови резултати се задржавају; покушај који је у току траје до истека свог времена.
teach-withdraw-button = Повуците

teach-error-task = Изаберите тест са листе.
teach-error-datetime = Унесите датум и време, на пример 2026-12-10 09:00.
teach-error-due-before-opening = Рок мора да буде после времена отварања.
teach-error-due-past = Овај рок је већ прошао.
teach-error-attempts = Унесите цео број од 1 до 50 или оставите поље празно.
teach-error-minutes = Унесите цео број минута од 1 до 600 или оставите поље празно.
teach-error-learner = Изаберите полазника са листе.

## On the learner's dashboard

dashboard-assigned = Тестови који су Вам додељени
dashboard-catalogue = Сви тестови
# Variables:
#   $status (String) - not-yet-open, open, in-progress, submitted or overdue
assignment-status = { $status ->
    [not-yet-open] Још није отворен
    [open] Отворен
    [in-progress] У току
    [submitted] Предат
   *[overdue] Рок је истекао
}
assignment-start = Започните
assignment-continue = Наставите
assignment-error-not-open = Овај додељени тест још није отворен.
assignment-error-closed = Овај додељени тест је затворен: рок је истекао.
assignment-error-other-attempt-open = Већ имате покушај за овај тест у току, започет ван овог додељеног теста (ради вежбе или у оквиру другог додељеног теста). Најпре завршите тај покушај, а затим можете да започнете овај додељени тест.
