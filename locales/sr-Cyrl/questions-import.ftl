### Страница администратора за увоз питања из датотека GIFT, Moodle XML, Aiken и QTI у курс банке питања.
### Поруке увозника (проблеми у датотекама, разлози, напомене, проблеми банке) приказују се на енглеском.

questions-import-title = Увоз питања
staff-nav-questions-import = Увоз питања
questions-import-intro = Отпремите датотеке са питањима извезене из Moodle-а или написане у формату GIFT, Aiken или QTI. Најпре ћете видети свако питање онако како ће изгледати, са тачним одговорима, и сваки проблем пронађен у датотекама. Ништа се не уписује док не потврдите, а тада се датотеке курса уписују или све заједно или ниједна.

## The form.

questions-import-format-legend = Формат датотека
questions-import-format = { $format ->
    [gift] GIFT (Moodle)
    [moodlexml] Moodle XML
    [aiken] Aiken
    [qti3] QTI 3.0
   *[qti21] QTI 2.1
}
questions-import-files-label = Датотеке са питањима
questions-import-files-hint = { $count ->
    [one] Највише { $count } датотека
    [few] Највише { $count } датотеке
   *[other] Највише { $count } датотека
} у истом формату, свака до { $limit } MiB. Текстуалне датотеке морају бити сачуване у кодирању UTF-8. QTI питања могу стићи и као пакет садржаја (ZIP датотека са манифестом).
questions-import-course-legend = Курс
questions-import-course-label = Додајте питања у
questions-import-course-new = Нови курс (унесите његову ознаку и наслов испод)
questions-import-new-course-id-label = Ознака новог курса
questions-import-new-course-id-hint = Мала латинична слова, цифре и цртице, на пример refugee-law-basics. То је и назив фасцикле курса у банци питања.
questions-import-new-course-title-label = Наслов новог курса (на енглеском)
questions-import-quiz-label = Тест (необавезно)
questions-import-quiz-hint = Унесите ознаку, на пример refugee-law-check, да бисте додали тест који извлачи сва увезена питања (праг пролазности 60 %, без временског ограничења, неограничен број покушаја; то се касније може изменити у датотеци курса). Ознаке тестова морају бити јединствене у целој банци питања.
questions-import-locales-legend = Језици које треба учитати
questions-import-locales-hint = Питања се увек увозе на енглеском. Moodle XML датотека са вишејезичним садржајем или QTI пакет са питањима на више језика може донети и своје преводе: изаберите језике које треба учитати. Питање се тада додаје само ако је исто питање на сваком изабраном језику.
questions-import-preview-button = Прикажите шта би се увезло
questions-import-error-no-file = Изаберите бар једну датотеку.
questions-import-error-too-large = Једна од датотека је већа од { $limit } MiB. Поделите је на мање датотеке и увезите их једну за другом.
questions-import-error-too-many = { $count ->
    [one] Одједном може да се увезе највише { $count } датотека.
    [few] Одједном могу да се увезу највише { $count } датотеке.
   *[other] Одједном може да се увезе највише { $count } датотека.
} Остале увезите после тога.
questions-import-error-format = Изаберите формат датотека.
questions-import-error-course = Изаберите курс са списка или нови курс.
questions-import-error-course-id = Унесите ознаку новог курса: мала латинична слова, цифре и цртице, без цртице на почетку.
questions-import-error-course-exists = Курс са овом ознаком већ постоји. Уместо тога изаберите га са списка.
questions-import-error-folder-taken = Банка питања већ има фасциклу са овим називом. Изаберите другу ознаку.
questions-import-error-course-title = Унесите наслов новог курса.
questions-import-error-quiz = Ознака теста сме да садржи само мала латинична слова, цифре и цртице и не сме да почиње цртицом.
questions-import-error-locales = Изаберите језике само са списка.
questions-import-error-locales-format = Само Moodle XML датотеке и QTI пакети садрже више језика. Поништите избор осталих језика или изаберите један од ових формата.
questions-import-error-bad-form = Потврда није могла да се прочита. Поново отпремите датотеке.

## The preview (dry run).

questions-import-preview-title = Шта би се увезло
questions-import-file-name = Датотека: { $name }
questions-import-preview-course = У курс: { $course }
questions-import-preview-new-course = У нови курс: { $course }
questions-import-plan-error-title = Увоз не може да се припреми
questions-import-problems-title = { $count ->
    [one] Датотеке имају { $count } проблем
    [few] Датотеке имају { $count } проблема
   *[other] Датотеке имају { $count } проблема
}
questions-import-problems-intro = Делови датотека наведени овде не могу да се прочитају и неће бити увезени; остала питања ипак могу да се увезу. Свака порука је на енглеском и почиње датотеком и редом (а у XML датотекама и колоном) на који се односи.
questions-import-bank-problems-title = Банка питања се не би учитала са овим питањима
questions-import-bank-problems-intro = Ништа не може да се увезе док се ови проблеми не реше. Свака порука је на енглеском и почиње датотеком банке и редом на који се односи.
questions-import-summary = Прочитана питања: { $total }. За додавање: { $added }. Неће бити увезено: { $refused }.
questions-import-question-place = { $file }, ред { $line }
questions-import-added-as = Додаје се као { $id }
questions-import-type = { $type ->
    [single] Један тачан одговор
    [multiple] Више тачних одговора
    [true-false] Тачно или нетачно
    [short] Кратак одговор
    [numerical] Бројчани одговор
    [matching] Повезивање парова
    [gap-fill] Попуњавање празнина
    [ordering] Ређање по редоследу
    [essay] Есеј
    [description] Опис
   *[other] { $type }
}
questions-import-not-imported = Неће бити увезено:
questions-import-note = Напомена:
questions-import-right = тачан одговор
questions-import-typed = полазник га уписује
questions-import-weight = { $weight } % бодова
questions-import-option-feedback = Повратна информација:
questions-import-pairs = Тачни парови:
questions-import-distractors = Одговори који не одговарају ниједној ставци:
questions-import-gap = Празнина { $gap }:
questions-import-order = Тачан редослед:
questions-import-true-false-key = { $key ->
    [true] Тачан одговор: тачно
   *[other] Тачан одговор: нетачно
}
questions-import-accepted = Прихваћени одговори (* замењује било који текст):
questions-import-numbers = Прихваћене вредности:
questions-import-number = { $value } ± { $tolerance }
questions-import-share = ({ $percent } % бодова)
questions-import-feedback = Општа повратна информација:
questions-import-points = { $points } бод.
questions-import-category = Категорија: { $category }
questions-import-tags = Тагови:
questions-import-nothing = Ниједно питање из ових датотека не може да се увезе.
questions-import-confirm-intro = { $count ->
    [one] Још ништа није уписано. Потврдите да бисте у курс додали питање означено за додавање. Полазници ће моћи одмах да га раде.
    [few] Још ништа није уписано. Потврдите да бисте у курс додали { $count } питања означена за додавање. Полазници ће моћи одмах да их раде.
   *[other] Још ништа није уписано. Потврдите да бисте у курс додали { $count } питања означених за додавање. Полазници ће моћи одмах да их раде.
}
questions-import-confirm-button = Потврдите увоз
questions-import-changed-notice = Курс је измењен после прегледа који сте потврдили (на пример, када је исти увоз потврђен два пута), па ништа није увезено. Ево шта би датотеке сада урадиле; проверите то и поново потврдите.
questions-import-write-error = Датотеке нису могле да се упишу, па ништа није увезено:
questions-import-another-title = Увезите друге датотеке

## After the import.

questions-import-done-title = Питања су увезена
questions-import-done-summary = { $count ->
    [one] У курс „{ $course }” додато је { $count } питање.
    [few] У курс „{ $course }” додата су { $count } питања.
   *[other] У курс „{ $course }” додато је { $count } питања.
}
questions-import-done-in-use = Полазници већ сада могу да раде нова питања.
questions-import-reload-failed-title = Сервер и даље користи претходна питања
questions-import-reload-failed = Датотеке су уписане, али се банка питања сада не учитава, па сервер и даље користи питања која је имао раније. Исправите ове проблеме (поруке су на енглеском) и поново покрените сервер:
questions-import-done-quiz = Отворите тест { $quiz }
questions-import-done-list-title = Додата питања
questions-import-col-id = Ознака
questions-import-col-type = Врста питања
questions-import-another = Увезите још питања
