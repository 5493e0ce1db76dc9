### Страница на администраторот за увоз на прашања од датотеки GIFT, Moodle XML, Aiken и QTI во курс од банката
### на прашања. Пораките на увозникот (проблеми во датотеките, причини, забелешки, проблеми на банката) се
### прикажуваат на англиски.

questions-import-title = Увоз на прашања
staff-nav-questions-import = Увоз на прашања
questions-import-intro = Прикачете датотеки со прашања извезени од Moodle или напишани во формат GIFT, Aiken или QTI. Прво ќе го видите секое прашање онака како ќе изгледа, со точните одговори, и секој проблем пронајден во датотеките. Ништо не се запишува додека не потврдите, а тогаш датотеките на курсот се запишуваат или сите заедно или ниту една.

## The form.

questions-import-format-legend = Формат на датотеките
questions-import-format = { $format ->
    [gift] GIFT (Moodle)
    [moodlexml] Moodle XML
    [aiken] Aiken
    [qti3] QTI 3.0
   *[qti21] QTI 2.1
}
questions-import-files-label = Датотеки со прашања
questions-import-files-hint = { $count ->
    [one] Најмногу { $count } датотека
   *[other] Најмногу { $count } датотеки
} во ист формат, секоја до { $limit } MiB. Текстуалните датотеки мора да бидат зачувани во кодирање UTF-8. Прашањата QTI може да стигнат и како пакет со содржини (ZIP-датотека со манифест).
questions-import-course-legend = Курс
questions-import-course-label = Додајте ги прашањата во
questions-import-course-new = Нов курс (внесете ги неговата ознака и насловот подолу)
questions-import-new-course-id-label = Ознака на новиот курс
questions-import-new-course-id-hint = Мали латинични букви, цифри и цртички, на пример refugee-law-basics. Тоа е и името на папката на курсот во банката на прашања.
questions-import-new-course-title-label = Наслов на новиот курс (на англиски)
questions-import-quiz-label = Тест (по избор)
questions-import-quiz-hint = Внесете ознака, на пример refugee-law-check, за да додадете тест што ги извлекува сите увезени прашања (праг за минување 60 %, без временско ограничување, неограничен број обиди; ова може подоцна да се измени во датотеката на курсот). Ознаките на тестовите мора да бидат единствени во целата банка на прашања.
questions-import-locales-legend = Јазици што треба да се вчитаат
questions-import-locales-hint = Прашањата секогаш се увезуваат на англиски. Датотека Moodle XML со повеќејазична содржина или пакет QTI со прашања на повеќе јазици може да ги донесе и своите преводи: изберете ги јазиците што треба да се вчитаат. Прашањето тогаш се додава само ако е истото прашање на секој избран јазик.
questions-import-preview-button = Прикажете што би се увезло
questions-import-error-no-file = Изберете барем една датотека.
questions-import-error-too-large = Една од датотеките е поголема од { $limit } MiB. Поделете ја на помали датотеки и увезете ги една по друга.
questions-import-error-too-many = { $count ->
    [one] Наеднаш може да се увезе најмногу { $count } датотека.
   *[other] Наеднаш може да се увезат најмногу { $count } датотеки.
} Другите увезете ги потоа.
questions-import-error-format = Изберете го форматот на датотеките.
questions-import-error-course = Изберете курс од списокот или нов курс.
questions-import-error-course-id = Внесете ознака на новиот курс: мали латинични букви, цифри и цртички, без цртичка на почетокот.
questions-import-error-course-exists = Курс со оваа ознака веќе постои. Наместо тоа, изберете го од списокот.
questions-import-error-folder-taken = Банката на прашања веќе има папка со ова име. Изберете друга ознака.
questions-import-error-course-title = Внесете наслов на новиот курс.
questions-import-error-quiz = Ознаката на тестот може да содржи само мали латинични букви, цифри и цртички и не смее да почнува со цртичка.
questions-import-error-locales = Изберете јазици само од списокот.
questions-import-error-locales-format = Само датотеките Moodle XML и пакетите QTI содржат повеќе јазици. Отштиклирајте ги другите јазици или изберете еден од овие формати.
questions-import-error-bad-form = Потврдата не можеше да се прочита. Прикачете ги датотеките повторно.

## The preview (dry run).

questions-import-preview-title = Што би се увезло
questions-import-file-name = Датотека: { $name }
questions-import-preview-course = Во курсот: { $course }
questions-import-preview-new-course = Во нов курс: { $course }
questions-import-plan-error-title = Увозот не може да се подготви
questions-import-problems-title = { $count ->
    [one] Датотеките имаат { $count } проблем
   *[other] Датотеките имаат { $count } проблеми
}
questions-import-problems-intro = Деловите од датотеките наведени овде не може да се прочитаат и нема да бидат увезени; другите прашања сепак може да се увезат. Секоја порака е на англиски и почнува со датотеката и редот (а во XML-датотеките и колоната) на кои се однесува.
questions-import-bank-problems-title = Банката на прашања не би се вчитала со овие прашања
questions-import-bank-problems-intro = Ништо не може да се увезе додека не се решат овие проблеми. Секоја порака е на англиски и почнува со датотеката од банката и редот на кои се однесува.
questions-import-summary = Прочитани прашања: { $total }. За додавање: { $added }. Нема да бидат увезени: { $refused }.
questions-import-question-place = { $file }, ред { $line }
questions-import-added-as = Се додава како { $id }
questions-import-type = { $type ->
    [single] Еден точен одговор
    [multiple] Повеќе точни одговори
    [true-false] Точно или неточно
    [short] Краток одговор
    [numerical] Броен одговор
    [matching] Поврзување парови
    [gap-fill] Пополнување празни места
    [ordering] Подредување
    [essay] Есеј
    [description] Опис
   *[other] { $type }
}
questions-import-not-imported = Нема да биде увезено:
questions-import-note = Забелешка:
questions-import-right = точен одговор
questions-import-typed = слушателот го впишува
questions-import-weight = { $weight } % од поените
questions-import-option-feedback = Повратна информација:
questions-import-pairs = Точни парови:
questions-import-distractors = Одговори што не одговараат на ниедна ставка:
questions-import-gap = Празно место { $gap }:
questions-import-order = Точен редослед:
questions-import-true-false-key = { $key ->
    [true] Точен одговор: точно
   *[other] Точен одговор: неточно
}
questions-import-accepted = Прифатени одговори (* заменува кој било текст):
questions-import-numbers = Прифатени вредности:
questions-import-number = { $value } ± { $tolerance }
questions-import-share = ({ $percent } % од поените)
questions-import-feedback = Општа повратна информација:
questions-import-points = { $count ->
    [one] { $points } поен
   *[other] { $points } поени
}
questions-import-category = Категорија: { $category }
questions-import-tags = Тагови:
questions-import-nothing = Ниту едно прашање од овие датотеки не може да се увезе.
questions-import-confirm-intro = { $count ->
    [one] Сѐ уште ништо не е запишано. Потврдете за да го додадете во курсот прашањето означено за додавање. Слушателите ќе можат веднаш да го решаваат.
   *[other] Сѐ уште ништо не е запишано. Потврдете за да ги додадете во курсот { $count } прашања означени за додавање. Слушателите ќе можат веднаш да ги решаваат.
}
questions-import-confirm-button = Потврдете го увозот
questions-import-changed-notice = Курсот беше изменет по прегледот што го потврдивте (на пример, кога истиот увоз е потврден двапати), па ништо не е увезено. Еве што би направиле датотеките сега; проверете и потврдете повторно.
questions-import-write-error = Датотеките не можеа да се запишат, па ништо не е увезено:
questions-import-another-title = Увезете други датотеки

## After the import.

questions-import-done-title = Прашањата се увезени
questions-import-done-summary = { $count ->
    [one] Во курсот „{ $course }“ е додадено { $count } прашање.
   *[other] Во курсот „{ $course }“ се додадени { $count } прашања.
}
questions-import-done-in-use = Слушателите веќе сега можат да ги решаваат новите прашања.
questions-import-reload-failed-title = Серверот сѐ уште ги користи претходните прашања
questions-import-reload-failed = Датотеките се запишани, но банката на прашања сега не се вчитува, па серверот продолжува да ги користи прашањата што ги имаше претходно. Исправете ги овие проблеми (пораките се на англиски) и повторно стартувајте го серверот:
questions-import-done-quiz = Отворете го тестот { $quiz }
questions-import-done-list-title = Додадени прашања
questions-import-col-id = Ознака
questions-import-col-type = Вид прашање
questions-import-another = Увезете уште прашања
