### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = Тест за одређивање нивоа енглеског језика
placement-card = Прилагодљиви тест који на основу отприлике 15 до 30 питања утврђује Ваш ниво знања енглеског језика (од A1 до C2 према ЗЕРОЈ-у).
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = Питања се прилагођавају Вашим одговорима: после тачног одговора добијате теже питање, а после нетачног лакше. На свако питање одговорите најбоље што можете; на претходна питања не можете да се вратите. Резултат је Ваш ниво према Заједничком европском референтном оквиру за језике (ЗЕРОЈ). Из граматике, вокабулара и читања тест поставља тек по неколико питања, па ниво за вештину даје само када су ти одговори довољни да га поуздано утврде, а иначе распон нивоа на који упућују.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] Највише { $max } питање
    [few] Највише { $max } питања
   *[other] Највише { $max } питања
}
placement-start-button = Започните тест за одређивање нивоа
placement-resume-button = Наставите тест за одређивање нивоа
placement-your-results = Ваши ранији резултати
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Ваш ниво: { $level }
# Variables:
#   $number (Number) - the question's number
#   $max (Number) - the most questions the test can have
placement-progress = Питање { $number } (од највише { $max })
# Variables:
#   $minutes (Number) - minutes left
placement-time-left = { $minutes ->
    [one] Преостало време: { $minutes } минут
    [few] Преостало време: { $minutes } минута
   *[other] Преостало време: { $minutes } минута
}
placement-instruction-grammar = Изаберите одговор којим се реченица правилно допуњује.
placement-instruction-vocabulary = Изаберите реч или израз који најбоље одговара.
placement-instruction-reading = Прочитајте текст, а затим изаберите најбољи одговор.
placement-next = Одговорите и наставите
placement-result-title = Ваш резултат на тесту за одређивање нивоа енглеског језика
placement-expired-note = Време је истекло, па је Ваш ниво одређен на основу питања на која сте до тада одговорили.
placement-no-level = Ниво није одређен: до истека времена одговорили сте на премало питања.
placement-no-level-help = За одређивање нивоа потребно је више одговора. Поново започните тест када будете имали око пола сата.
placement-skills-heading = По вештинама
placement-skill-column = Вештина
placement-level-column = Ниво
placement-skill-grammar = Граматика
placement-skill-vocabulary = Вокабулар
placement-skill-reading = Читање
placement-skill-general = Опште
placement-not-enough-evidence = Недовољно података
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, у складу са Вашим укупним нивоом
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, испод Вашег укупног нивоа
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, изнад Вашег укупног нивоа
# Under the skills table, when a skill shows a range.
placement-skill-range-note = Распон као што је B1–B2 значи да Вас одговори из те вештине смештају негде унутар њега, али их је било премало да би се утврдио један ниво. „У складу са Вашим укупним нивоом” значи да се слажу са нивоом који даје цео тест; „испод” или „изнад” значи да упућују на нижи или виши ниво, и то на основу тек неколико питања.
# Under the skills table, when a skill has no level.
placement-skill-note = „Недовољно података” значи да је из те вештине одговорено на премало питања да би се њен ниво поуздано утврдио. Ваш укупни ниво заснива се на свим Вашим одговорима.
placement-cando-below-a1 = Тек почињете да учите енглески језик. На курсу нивоа A1 научићете прве речи и изразе који су Вам потребни.
placement-cando-a1 = Можете да разумете и користите познате свакодневне изразе и сасвим једноставне фразе, да се представите и одговорите на једноставна питања о личним подацима, ако саговорник говори полако и разговетно.
placement-cando-a2 = Можете да разумете реченице и често коришћене изразе о познатим темама (лични и породични подаци, куповина, посао) и да се снађете у једноставној, уобичајеној размени информација.
placement-cando-b1 = Можете да разумете главне мисли јасног говора или текста на стандардном језику о познатим темама с којима се срећете на послу или у слободно време, да се снађете у већини ситуација на путовању и да напишете једноставан, повезан текст о познатим темама.
placement-cando-b2 = Можете да разумете главне идеје сложених текстова, укључујући стручне расправе из своје области, да комуницирате са извесним степеном течности и спонтаности и да пишете јасне, детаљне текстове о широком спектру тема.
placement-cando-c1 = Можете да разумете широк спектар захтевних, дужих текстова и да препознате имплицитно значење, да се изражавате течно и спонтано и да језик користите флексибилно и делотворно у друштвене, академске и професионалне сврхе.
placement-cando-c2 = Можете с лакоћом да разумете практично све што чујете или прочитате, да повезано сажмете информације из различитих извора и да се изражавате спонтано, веома течно и прецизно, чак и у сложеним ситуацијама.
