### Страница администратора за додавање језика курсу: преузимање датотеке са текстовима курса (Fluent), превод,
### отпремање превода, провера сваког питања на том језику и потврда. Поруке валидатора банке о проблемима у
### датотеци приказују се на енглеском. Називи језика ($language) дати су на самом том језику („Македонски”).

questions-translate-title = Превођење курса
staff-nav-questions-translate = Превођење курса
questions-translate-intro = Преузмите са списка испод датотеку са текстовима курса на енглеском и дајте је на превод: задржите назив сваког реда (испред знака једнакости) и називе у витичастим заградама, као што је { "{" } $g1 { "}" }, а преведите само текстове. Затим овде отпремите преведену датотеку. Најпре ћете видети свако питање онако како ће га видети полазници на том језику, или сваки проблем у датотеци са редом у коме се налази. Ништа се не уписује док не потврдите.

## The form.

questions-translate-course-label = Курс
questions-translate-language-label = Језик превода
questions-translate-file-label = Преведена датотека (.ftl)
questions-translate-file-hint = Једна текстуална датотека сачувана у кодирању UTF-8, до { $limit } MiB. Ако курс већ има превод на овом језику, биће замењен.
questions-translate-preview-button = Проверите превод
questions-translate-error-course = Изаберите курс са списка.
questions-translate-error-locale = Изаберите језик са списка.
questions-translate-error-no-file = Изаберите преведену датотеку.
questions-translate-error-too-large = Отпремите једну датотеку од највише { $limit } MiB.
questions-translate-error-bad-form = Потврда није могла да се прочита. Поново отпремите датотеку.

## The check (nothing written yet).

questions-translate-preview-title = Провера превода
questions-translate-preview-course = Курс: { $course }
questions-translate-preview-language = Језик: { $language }
questions-translate-plan-error-title = Превод не може да се провери
questions-translate-problems-title = { $count ->
    [one] { $count } проблем спречава додавање превода
    [few] { $count } проблема спречавају додавање превода
   *[other] { $count } проблема спречава додавање превода
}
questions-translate-problems-intro = Исправите датотеку и поново је отпремите. Свака порука је на енглеском и наводи датотеку и ред на који се односи; порука „translations missing” набраја текстове који у датотеци још недостају.
questions-translate-replaces = Курс већ има превод на овом језику. Ако потврдите, биће замењен.
questions-translate-summary = { $count ->
    [one] Овако ће полазници на овом језику видети { $count } питање курса, са тачним одговором:
    [few] Овако ће полазници на овом језику видети { $count } питања курса, са тачним одговорима:
   *[other] Овако ће полазници на овом језику видети { $count } питања курса, са тачним одговорима:
}
questions-translate-confirm-button = Додајте превод
questions-translate-changed-notice = Курс или његов превод измењен је после провере, или је превод већ додат. Проверите резултат испод пре него што поново потврдите.
questions-translate-write-error = Датотеке нису могле да се упишу, па ништа није измењено:

## After confirming.

questions-translate-done = Превод је додат: { $course }, { $language }.
questions-translate-done-in-use = Полазници који користе овај језик сада на њему виде тестове овог курса.
questions-translate-another-title = Преведите други курс

## The prose files to download.

questions-translate-files-title = Датотеке за превод
questions-translate-files-intro = Текстови сваког курса, по једна датотека за сваки језик. Преведите датотеку на енглеском или преузмите постојећи превод да бисте га исправили.
questions-translate-col-course = Курс
questions-translate-col-files = Датотеке
