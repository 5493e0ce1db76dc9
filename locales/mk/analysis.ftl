### Item analysis: a quiz's questions (Moodle's quiz statistics), the placement test's items, CSV downloads.

staff-nav-analysis = Анализа на прашањата
# The link on an assignment's page to its item analysis.
analysis-link = Анализа на прашањата од овој тест

analysis-title = Анализа на прашањата
# Variables:
#   $title (String) - the quiz's title, with its course
analysis-page-title = Анализа на прашањата: { $title }
analysis-back-assignment = Назад кон доделениот тест
analysis-back-quizzes = Назад кон тестовите

analysis-attempts-label = Анализирани обиди
analysis-attempts-first = Првиот обид на секој слушател
analysis-attempts-all = Сите обиди
analysis-attempts-button = Прикажете

analysis-explain-title = Што значат показателите
analysis-explain = Индекс на леснотија: просечниот резултат на прашањето, изразен како удел од можните поени. Индекс на дискриминација: корелацијата меѓу резултатот на прашањето и резултатот на остатокот од тестот; на доброто прашање подобро одговараат слушателите што се вкупно поуспешни. Точкасто-бисеријална корелација: истата корелација за прашањата што се бодуваат само како точни или неточни. α и KR-20: колку доследно прашањата го мерат истото (од 0 до 1; за тест во рамките на курс вообичаено е 0,7 или повеќе).

# Variables:
#   $count (Number) - attempts submitted so far
#   $min (Number) - the fewest attempts the figures are shown for (20)
analysis-too-few = { $count ->
    [one] Засега { $count } обид. Показателите пресметани од помалку од { $min } обиди би довеле до погрешни заклучоци, па се прикажуваат дури кога тестот ќе го предадат { $min } слушатели.
   *[other] Засега { $count } обиди. Показателите пресметани од помалку од { $min } обиди би довеле до погрешни заклучоци, па се прикажуваат дури кога тестот ќе го предадат { $min } слушатели.
}
analysis-no-attempts = Никој сѐ уште не го предал овој тест.

analysis-summary = Тестот во целина
analysis-attempts = Обиди
analysis-mean = Просечен резултат
analysis-median = Медијана на резултатите
analysis-sd = Стандардна девијација на резултатите
analysis-alpha = Кронбахов α
analysis-kr20 = KR-20
# Shown instead of a KR-20 value when some questions give partial credit (KR-20 needs right-or-wrong questions).
analysis-kr20-none = Не се применува: некои прашања носат делумни поени
# Variables:
#   $count (Number) - questions every analysed attempt had
analysis-reliability-note = { $count ->
    [one] α и KR-20 се пресметани врз { $count } прашање што го имаше секој обид.
   *[other] α и KR-20 се пресметани врз { $count } прашања што ги имаше секој обид.
}
analysis-reliability-questions = Прашања во α и KR-20
# Shown where a figure cannot be computed (for example a correlation when everyone scored the same).
analysis-undefined = —
analysis-undefined-note = Цртата значи дека показателот не може да се пресмета: на пример, корелација кога сите слушатели имале ист резултат на прашањето.
# Variables:
#   $value (String) - a number, already formatted, or a range such as 10–20
analysis-percent = { $value } %
# Variables:
#   $table (String) - the title of the table
analysis-csv = Преземете „{ $table }“ како CSV

analysis-distribution = Распределба на резултатите
# The short description of the score chart.
# Variables:
#   $count (Number) - attempts
#   $mean (String) - the mean score in per cent, already formatted
analysis-distribution-desc = { $count ->
    [one] { $count } обид, просечен резултат { $mean } %.
   *[other] { $count } обиди, просечен резултат { $mean } %.
}
analysis-score-axis = Резултат (%)
analysis-col-range = Резултат
analysis-col-count = Обиди
analysis-col-share = Удел

analysis-questions = Прашања
analysis-sort-hint = Изберете наслов на колона со врска за да ги подредите прашањата според неа.
analysis-col-number = Бр.
analysis-col-id = Ознака
analysis-col-question = Прашање
analysis-col-type = Вид
analysis-col-n = Обиди
analysis-col-facility = Индекс на леснотија
analysis-col-sd = СД
analysis-col-discrimination = Индекс на дискриминација
analysis-col-point-biserial = Точкасто-бисеријална корелација
analysis-col-blanks = Без одговор
analysis-col-flags = За проверка
analysis-no-flags = Ништо
# Variables:
#   $type (String) - the question type: single, multiple, true-false, short, numerical, matching, gap-fill, ordering
analysis-type = { $type ->
    [single] Еден точен одговор
    [multiple] Повеќе точни одговори
    [true-false] Точно или неточно
    [short] Краток одговор
    [numerical] Броен одговор
    [matching] Поврзување
    [gap-fill] Пополнување празнини
    [ordering] Редослед
   *[other] Отстрането од базата на прашања
}
# Variables:
#   $flag (String) - too-easy, too-hard, negative-discrimination or too-few-attempts
analysis-flag = { $flag ->
    [too-easy] Премногу лесно
    [too-hard] Премногу тешко
    [negative-discrimination] Негативна дискриминација
   *[too-few-attempts] Премалку обиди
}
# Why a question is flagged.
# Variables:
#   $flag (String) - as in analysis-flag
#   $facility (String) - the question's facility in per cent, already formatted
#   $discrimination (String) - its discrimination index, already formatted
#   $n (Number) - attempts that had the question
#   $min (Number) - the fewest attempts a question is judged on (20)
analysis-flag-reason = { $flag ->
    [too-easy] Индексот на леснотија { $facility } % е над 90 %: прашањето речиси не ги разликува слушателите.
    [too-hard] Индексот на леснотија { $facility } % е под 20 %: проверете го точниот одговор и формулацијата.
    [negative-discrimination] Индексот на дискриминација { $discrimination } е под нула: слушателите што беа поуспешни на остатокот од тестот тука беа послаби. Проверете го точниот одговор.
   *[too-few-attempts] { $n ->
        [one] Прашањето се појавило само во { $n } обид; се проценува дури од { $min } обиди.
       *[other] Прашањето се појавило само во { $n } обиди; се проценува дури од { $min } обиди.
    }
}

analysis-options = Избор на понудените одговори
analysis-options-hint = Колку пати бил избран секој понуден одговор, за прашањата со понудени одговори. Точните одговори се означени.
# Variables:
#   $number (Number) - the question's number in the table above
analysis-options-caption = Избор на понудените одговори за прашање { $number }
analysis-col-option = Понуден одговор
analysis-col-option-id = Ознака на одговорот
analysis-col-key = Точен
analysis-key = точен
analysis-col-figure = Показател
analysis-col-value = Вредност
analysis-yes = Да
analysis-no = Не

analysis-quizzes-title = Анализа на прашањата
analysis-quizzes-hint = Сите тестови од базите на прашања, со бројот на предадени обиди. Предавачите ја наоѓаат анализата на своите доделени тестови на страницата на секој доделен тест.
analysis-col-quiz = Тест
analysis-col-closed = Предадени обиди
analysis-placement-link = Прашања од тестот за определување на нивото

analysis-placement-title = Прашања од тестот за определување на нивото
# Variables:
#   $count (Number) - finished placement tests
analysis-placement-tests = { $count ->
    [one] Од { $count } завршен тест за определување на нивото.
   *[other] Од { $count } завршени тестови за определување на нивото.
}
analysis-placement-explain = Поставено: во колку завршени тестови прашањето било поставено; изложеноста е тој број како удел од сите завршени тестови. Точно одговорено: уделот од тие слушатели што на прашањето одговориле точно; очекувано точно: уделот што моделот го предвидува врз основа на тежината на прашањето и конечната проценка на способноста на секој слушател. Инфит и аутфит го споредуваат секој одговор со тоа предвидување: 1 значи во согласност со очекуваното; над 1, одговорите се помалку предвидливи од очекуваното (прашањето може да се погоди или е двосмислено, или точниот одговор е погрешно означен); под 1, се попредвидливи од очекуваното.
# Variables:
#   $low (String) - the lower bound, already formatted (0.7)
#   $high (String) - the upper bound, already formatted (1.3)
#   $min (Number) - the fewest responses an item is judged on (30)
analysis-fit-bounds = Означени се прашањата чиј инфит или аутфит е надвор од опсегот { $low }–{ $high } (опсегот што Рајт и Линакр го наведуваат за тестови со понудени одговори), кога имаат најмалку { $min } одговори.
analysis-col-item = Прашање
analysis-col-skill = Вештина
analysis-col-level = Ниво
analysis-col-a = Дискриминација (a)
analysis-col-b = Тежина (b)
analysis-col-given = Поставено
analysis-col-exposure = Изложеност
analysis-col-responses = Одговори
analysis-col-observed = Точно одговорено
analysis-col-expected = Очекувано точно
analysis-col-infit = Инфит
analysis-col-outfit = Аутфит
# Variables:
#   $flag (String) - too-few-responses, underfit or overfit
analysis-fit-flag = { $flag ->
    [underfit] Помалку предвидливо од очекуваното
    [overfit] Попредвидливо од очекуваното
   *[too-few-responses] Премалку одговори
}

analysis-recalibrate-title = Повторна калибрација на тежините
analysis-recalibrate-hint = Одново ја проценува тежината на секое прашање од завршените тестови, исто како командата ispit placement calibrate, и покажува што би се променило. Тука ништо не се менува.
analysis-recalibrate-min = Најмал број одговори за да се промени тежината
analysis-recalibrate-min-hint = Прашањата со помалку одговори ја задржуваат својата тежина. 30 е минимум; 100 или повеќе дава постабилни проценки.
analysis-recalibrate-button = Калибрирајте
analysis-error-min = Внесете цел број, 1 или поголем.
analysis-recalibrate-result = Што би променила калибрацијата
# Variables:
#   $persons (Number) - learners whose answers were used
#   $iterations (Number) - rounds of the estimation
#   $changed (Number) - difficulties that would change
analysis-recalibrate-summary = { $changed ->
    [one] Би се променила { $changed } тежина.
   *[other] Би се промениле { $changed } тежини.
} Искористени се одговорите на слушателите: { $persons } (кругови на проценка: { $iterations }).
analysis-recalibrate-not-applied = Базата на прашања не е променета. Серверот ја користи базата што ја вчитал при стартувањето, а истата база на податоци може да ја делат повеќе сервери, па новите тежини на серверот ги применува оператор со следнава команда; тие важат дури откако ќе се рестартираат сите сервери:
analysis-col-old-b = Сегашна тежина
analysis-col-new-b = Проценета тежина
analysis-col-change = Промена
analysis-col-se = Стандардна грешка
analysis-col-would-change = Би се променило
analysis-misfit = Лошо совпаѓање со моделот
# Variables:
#   $count (Number) - items with no usable responses
analysis-recalibrate-unestimated = { $count ->
    [one] { $count } прашање немаше употребливи одговори (ниту еден, или сите точни или сите неточни) и ја задржува својата тежина.
   *[other] { $count } прашања немаа употребливи одговори (ниту еден, или сите точни или сите неточни) и ја задржуваат својата тежина.
}

# The link from a placement-test assignment's page to the items as its tests gave them.
analysis-link-placement = Анализа на прашањата од тестот за определување на нивото
