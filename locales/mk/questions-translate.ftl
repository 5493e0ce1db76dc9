### Страница на администраторот за додавање јазик на курс: преземање на датотеката со текстовите на курсот
### (Fluent), превод, прикачување на преводот, проверка на секое прашање на тој јазик и потврда. Пораките на
### валидаторот на банката за проблемите во датотеката се прикажуваат на англиски. Имињата на јазиците
### ($language) се дадени на самиот тој јазик („Македонски“).

questions-translate-title = Преведување на курс
staff-nav-questions-translate = Преведување на курс
questions-translate-intro = Преземете ја од списокот подолу англиската датотека со текстовите на курсот и дадете ја на превод: задржете го името на секој ред (пред знакот за еднаквост) и имињата во големи загради, како што е { "{" } $g1 { "}" }, а преведете ги само текстовите. Потоа прикачете ја преведената датотека тука. Прво ќе го видите секое прашање онака како што ќе го видат слушателите на тој јазик, или секој проблем во датотеката со редот во кој се наоѓа. Ништо не се запишува додека не потврдите.

## The form.

questions-translate-course-label = Курс
questions-translate-language-label = Јазик на преводот
questions-translate-file-label = Преведена датотека (.ftl)
questions-translate-file-hint = Една текстуална датотека зачувана во кодирање UTF-8, до { $limit } MiB. Ако курсот веќе има превод на овој јазик, тој ќе биде заменет.
questions-translate-preview-button = Проверете го преводот
questions-translate-error-course = Изберете курс од списокот.
questions-translate-error-locale = Изберете јазик од списокот.
questions-translate-error-no-file = Изберете ја преведената датотека.
questions-translate-error-too-large = Прикачете една датотека од најмногу { $limit } MiB.
questions-translate-error-bad-form = Потврдата не можеше да се прочита. Прикачете ја датотеката повторно.

## The check (nothing written yet).

questions-translate-preview-title = Проверка на преводот
questions-translate-preview-course = Курс: { $course }
questions-translate-preview-language = Јазик: { $language }
questions-translate-plan-error-title = Преводот не може да се провери
questions-translate-problems-title = { $count ->
    [one] { $count } проблем го спречува додавањето на преводот
   *[other] { $count } проблеми го спречуваат додавањето на преводот
}
questions-translate-problems-intro = Исправете ја датотеката и прикачете ја повторно. Секоја порака е на англиски и ги наведува датотеката и редот на кои се однесува; пораката „translations missing“ ги набројува текстовите што сѐ уште недостасуваат во датотеката.
questions-translate-replaces = Курсот веќе има превод на овој јазик. Ако потврдите, тој ќе биде заменет.
questions-translate-summary = { $count ->
    [one] Вака слушателите на овој јазик ќе видат { $count } прашање од курсот, со точниот одговор:
   *[other] Вака слушателите на овој јазик ќе видат { $count } прашања од курсот, со точните одговори:
}
questions-translate-confirm-button = Додајте го преводот
questions-translate-changed-notice = Курсот или неговиот превод е изменет по проверката, или преводот е веќе додаден. Проверете го резултатот подолу пред повторно да потврдите.
questions-translate-write-error = Датотеките не можеа да се запишат, па ништо не е изменето:

## After confirming.

questions-translate-done = Преводот е додаден: { $course }, { $language }.
questions-translate-done-in-use = Слушателите што го користат овој јазик сега на него ги гледаат тестовите од курсот.
questions-translate-another-title = Преведете друг курс

## The prose files to download.

questions-translate-files-title = Датотеки за превод
questions-translate-files-intro = Текстовите на секој курс, по една датотека за секој јазик. Преведете ја англиската датотека или преземете постоечки превод за да го исправите.
questions-translate-col-course = Курс
questions-translate-col-files = Датотеки
