### Item analysis: a quiz's questions (Moodle's quiz statistics), the placement test's items, CSV downloads.

staff-nav-analysis = Анализа питања
# The link on an assignment's page to its item analysis.
analysis-link = Анализа питања овог теста

analysis-title = Анализа питања
# Variables:
#   $title (String) - the quiz's title, with its course
analysis-page-title = Анализа питања: { $title }
analysis-back-assignment = Назад на додељени тест
analysis-back-quizzes = Назад на тестове

analysis-attempts-label = Анализирани покушаји
analysis-attempts-first = Први покушај сваког полазника
analysis-attempts-all = Сви покушаји
analysis-attempts-button = Прикажите

analysis-explain-title = Шта показатељи значе
analysis-explain = Индекс лакоће: просечан резултат на питању, изражен као удео могућих бодова. Индекс дискриминације: корелација резултата на питању са резултатом на остатку теста; на добро питање боље одговарају полазници који су укупно успешнији. Тачкасто-бисеријална корелација: иста корелација за питања која се бодују само као тачна или нетачна. α и KR-20: колико доследно питања мере исто (од 0 до 1; за тест у оквиру курса уобичајено је 0,7 или више).

# Variables:
#   $count (Number) - attempts submitted so far
#   $min (Number) - the fewest attempts the figures are shown for (20)
analysis-too-few = { $count ->
    [one] Засад { $count } покушај. Показатељи израчунати из мање од { $min } покушаја довели би у заблуду, па се приказују тек када { $min } полазника преда тест.
    [few] Засад { $count } покушаја. Показатељи израчунати из мање од { $min } покушаја довели би у заблуду, па се приказују тек када { $min } полазника преда тест.
   *[other] Засад { $count } покушаја. Показатељи израчунати из мање од { $min } покушаја довели би у заблуду, па се приказују тек када { $min } полазника преда тест.
}
analysis-no-attempts = Нико још није предао овај тест.

analysis-summary = Тест у целини
analysis-attempts = Покушаји
analysis-mean = Просечан резултат
analysis-median = Медијана резултата
analysis-sd = Стандардна девијација резултата
analysis-alpha = Кронбахов α
analysis-kr20 = KR-20
# Shown instead of a KR-20 value when some questions give partial credit (KR-20 needs right-or-wrong questions).
analysis-kr20-none = Не примењује се: нека питања доносе делимичне бодове
# Variables:
#   $count (Number) - questions every analysed attempt had
analysis-reliability-note = { $count ->
    [one] α и KR-20 израчунати су на { $count } питању које је имао сваки покушај.
    [few] α и KR-20 израчунати су на { $count } питања која је имао сваки покушај.
   *[other] α и KR-20 израчунати су на { $count } питања која је имао сваки покушај.
}
analysis-reliability-questions = Питања у α и KR-20
# Shown where a figure cannot be computed (for example a correlation when everyone scored the same).
analysis-undefined = —
analysis-undefined-note = Црта значи да се показатељ не може израчунати: на пример, корелација када су сви полазници на питању остварили исти резултат.
# Variables:
#   $value (String) - a number, already formatted, or a range such as 10–20
analysis-percent = { $value } %
# Variables:
#   $table (String) - the title of the table
analysis-csv = Преузмите „{ $table }” као CSV

analysis-distribution = Расподела резултата
# The short description of the score chart.
# Variables:
#   $count (Number) - attempts
#   $mean (String) - the mean score in per cent, already formatted
analysis-distribution-desc = { $count ->
    [one] { $count } покушај, просечан резултат { $mean } %.
    [few] { $count } покушаја, просечан резултат { $mean } %.
   *[other] { $count } покушаја, просечан резултат { $mean } %.
}
analysis-score-axis = Резултат (%)
analysis-col-range = Резултат
analysis-col-count = Покушаји
analysis-col-share = Удео

analysis-questions = Питања
analysis-sort-hint = Изаберите наслов колоне са линком да бисте по њему поређали питања.
analysis-col-number = Бр.
analysis-col-id = Ознака
analysis-col-question = Питање
analysis-col-type = Врста
analysis-col-n = Покушаји
analysis-col-facility = Индекс лакоће
analysis-col-sd = СД
analysis-col-discrimination = Индекс дискриминације
analysis-col-point-biserial = Тачкасто-бисеријална корелација
analysis-col-blanks = Без одговора
analysis-col-flags = За проверу
analysis-no-flags = Ништа
# Variables:
#   $type (String) - the question type: single, multiple, true-false, short, numerical, matching, gap-fill, ordering
analysis-type = { $type ->
    [single] Један тачан одговор
    [multiple] Више тачних одговора
    [true-false] Тачно или нетачно
    [short] Кратак одговор
    [numerical] Бројчани одговор
    [matching] Повезивање
    [gap-fill] Попуњавање празнина
    [ordering] Редослед
   *[other] Уклоњено из базе питања
}
# Variables:
#   $flag (String) - too-easy, too-hard, negative-discrimination or too-few-attempts
analysis-flag = { $flag ->
    [too-easy] Сувише лако
    [too-hard] Сувише тешко
    [negative-discrimination] Негативна дискриминација
   *[too-few-attempts] Премало покушаја
}
# Why a question is flagged.
# Variables:
#   $flag (String) - as in analysis-flag
#   $facility (String) - the question's facility in per cent, already formatted
#   $discrimination (String) - its discrimination index, already formatted
#   $n (Number) - attempts that had the question
#   $min (Number) - the fewest attempts a question is judged on (20)
analysis-flag-reason = { $flag ->
    [too-easy] Индекс лакоће { $facility } % виши је од 90 %: питање готово не разликује полазнике.
    [too-hard] Индекс лакоће { $facility } % нижи је од 20 %: проверите тачан одговор и формулацију.
    [negative-discrimination] Индекс дискриминације { $discrimination } мањи је од нуле: полазници успешнији на остатку теста овде су били лошији. Проверите тачан одговор.
   *[too-few-attempts] { $n ->
        [one] Питање се појавило у само { $n } покушају; процењује се тек од { $min } покушаја.
        [few] Питање се појавило у само { $n } покушаја; процењује се тек од { $min } покушаја.
       *[other] Питање се појавило у само { $n } покушаја; процењује се тек од { $min } покушаја.
    }
}

analysis-options = Избор понуђених одговора
analysis-options-hint = Колико је пута изабран сваки понуђени одговор, за питања са понуђеним одговорима. Тачни одговори су означени.
# Variables:
#   $number (Number) - the question's number in the table above
analysis-options-caption = Избор понуђених одговора за питање { $number }
analysis-col-option = Понуђени одговор
analysis-col-option-id = Ознака одговора
analysis-col-key = Тачан
analysis-key = тачан
analysis-col-figure = Показатељ
analysis-col-value = Вредност
analysis-yes = Да
analysis-no = Не

analysis-quizzes-title = Анализа питања
analysis-quizzes-hint = Сви тестови из база питања, са бројем предатих покушаја. Предавачи анализу својих додељених тестова налазе на страници сваког додељеног теста.
analysis-col-quiz = Тест
analysis-col-closed = Предати покушаји
analysis-placement-link = Питања теста за одређивање нивоа

analysis-placement-title = Питања теста за одређивање нивоа
# Variables:
#   $count (Number) - finished placement tests
analysis-placement-tests = { $count ->
    [one] Из { $count } завршеног теста за одређивање нивоа.
    [few] Из { $count } завршена теста за одређивање нивоа.
   *[other] Из { $count } завршених тестова за одређивање нивоа.
}
analysis-placement-explain = Постављено: у колико је завршених тестова питање постављено; изложеност је тај број као удео свих завршених тестова. Тачно одговорено: удео тих полазника који су на питање тачно одговорили; очекивано тачно: удео који модел предвиђа на основу тежине питања и коначне процене способности сваког полазника. Инфит и аутфит пореде сваки одговор са тим предвиђањем: 1 значи у складу са очекивањем; изнад 1, одговори су мање предвидљиви од очекиваног (питање се може погодити или је двосмислено, или је тачан одговор погрешно означен); испод 1, предвидљивији су од очекиваног.
# Variables:
#   $low (String) - the lower bound, already formatted (0.7)
#   $high (String) - the upper bound, already formatted (1.3)
#   $min (Number) - the fewest responses an item is judged on (30)
analysis-fit-bounds = Означена су питања чији је инфит или аутфит ван распона { $low }–{ $high } (распон који Рајт и Линакр наводе за тестове са понуђеним одговорима), када имају бар { $min } одговора.
analysis-col-item = Питање
analysis-col-skill = Вештина
analysis-col-level = Ниво
analysis-col-a = Дискриминација (a)
analysis-col-b = Тежина (b)
analysis-col-given = Постављено
analysis-col-exposure = Изложеност
analysis-col-responses = Одговори
analysis-col-observed = Тачно одговорено
analysis-col-expected = Очекивано тачно
analysis-col-infit = Инфит
analysis-col-outfit = Аутфит
# Variables:
#   $flag (String) - too-few-responses, underfit or overfit
analysis-fit-flag = { $flag ->
    [underfit] Мање предвидљиво од очекиваног
    [overfit] Предвидљивије од очекиваног
   *[too-few-responses] Премало одговора
}

analysis-recalibrate-title = Поновна калибрација тежина
analysis-recalibrate-hint = Изнова процењује тежину сваког питања из завршених тестова, тачно као команда ispit placement calibrate, и показује шта би се променило. Овде се ништа не мења.
analysis-recalibrate-min = Најмањи број одговора за промену тежине
analysis-recalibrate-min-hint = Питања са мање одговора задржавају своју тежину. 30 је најмање; 100 или више даје стабилније процене.
analysis-recalibrate-button = Калибришите
analysis-error-min = Упишите цео број, 1 или већи.
analysis-recalibrate-result = Шта би калибрација променила
# Variables:
#   $persons (Number) - learners whose answers were used
#   $iterations (Number) - rounds of the estimation
#   $changed (Number) - difficulties that would change
analysis-recalibrate-summary = { $changed ->
    [one] Променила би се { $changed } тежина.
    [few] Промениле би се { $changed } тежине.
   *[other] Променило би се { $changed } тежина.
} Употребљени су одговори полазника: { $persons } (кругова процене: { $iterations }).
analysis-recalibrate-not-applied = База питања није промењена. Сервер користи базу коју је учитао при покретању, а исту базу података може да дели више сервера, па нове тежине на серверу примењује оператер следећом командом; оне важе тек када се поново покрену сви сервери:
analysis-col-old-b = Садашња тежина
analysis-col-new-b = Процењена тежина
analysis-col-change = Промена
analysis-col-se = Стандардна грешка
analysis-col-would-change = Променило би се
analysis-misfit = Лоше слагање с моделом
# Variables:
#   $count (Number) - items with no usable responses
analysis-recalibrate-unestimated = { $count ->
    [one] { $count } питање није имало употребљивих одговора (ниједан, или сви тачни или сви нетачни) и задржава своју тежину.
    [few] { $count } питања нису имала употребљивих одговора (ниједан, или сви тачни или сви нетачни) и задржавају своју тежину.
   *[other] { $count } питања нису имала употребљивих одговора (ниједан, или сви тачни или сви нетачни) и задржавају своју тежину.
}

# The link from a placement-test assignment's page to the items as its tests gave them.
analysis-link-placement = Анализа питања теста за одређивање нивоа
