### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = Тест за определување на нивото по англиски јазик
placement-card = Прилагодлив тест што врз основа на околу 15 до 30 прашања го утврдува Вашето ниво на познавање на англискиот јазик (од A1 до C2 според ЗЕРРЈ).
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = Прашањата се прилагодуваат на Вашите одговори: по точен одговор добивате потешко прашање, а по неточен одговор полесно. На секое прашање одговорете најдобро што можете; не можете да се вратите на претходните прашања. Резултатот е Вашето ниво според Заедничката европска референтна рамка за јазици (ЗЕРРЈ). Од граматика, вокабулар и читање тестот поставува само по неколку прашања, па ниво за вештина дава само кога тие одговори се доволни за да го утврдат со сигурност, а инаку опсегот на нивоа на кој упатуваат.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] Најмногу { $max } прашање
   *[other] Најмногу { $max } прашања
}
placement-start-button = Започнете го тестот за определување на нивото
placement-resume-button = Продолжете го тестот за определување на нивото
placement-your-results = Вашите претходни резултати
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Вашето ниво: { $level }
# Variables:
#   $number (Number) - the question's number
#   $max (Number) - the most questions the test can have
placement-progress = Прашање { $number } (од најмногу { $max })
# Variables:
#   $minutes (Number) - minutes left
placement-time-left = { $minutes ->
    [one] Преостанато време: { $minutes } минута
   *[other] Преостанато време: { $minutes } минути
}
placement-instruction-grammar = Изберете го одговорот со кој реченицата правилно се дополнува.
placement-instruction-vocabulary = Изберете го зборот или изразот што најдобро одговара.
placement-instruction-reading = Прочитајте го текстот, а потоа изберете го најдобриот одговор.
placement-next = Одговорете и продолжете
placement-result-title = Вашиот резултат на тестот за определување на нивото по англиски јазик
placement-expired-note = Времето истече, па Вашето ниво е определено врз основа на прашањата на кои одговоривте до тој момент.
placement-no-level = Нивото не е определено: до истекот на времето одговоривте на премалку прашања.
placement-no-level-help = За да се определи нивото, потребни се повеќе одговори. Започнете го тестот повторно кога ќе имате околу половина час.
placement-skills-heading = По вештини
placement-skill-column = Вештина
placement-level-column = Ниво
placement-skill-grammar = Граматика
placement-skill-vocabulary = Вокабулар
placement-skill-reading = Читање
placement-skill-general = Општо
placement-not-enough-evidence = Недоволно податоци
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, во согласност со Вашето вкупно ниво
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, под Вашето вкупно ниво
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, над Вашето вкупно ниво
# Under the skills table, when a skill shows a range.
placement-skill-range-note = Опсег како што е B1–B2 значи дека Вашите одговори од таа вештина Ве сместуваат некаде во него, но беа премалку за да се утврди едно ниво. „Во согласност со Вашето вкупно ниво“ значи дека се совпаѓаат со нивото што го дава целиот тест; „под“ или „над“ значи дека упатуваат на пониско или повисоко ниво, и тоа врз основа на само неколку прашања.
# Under the skills table, when a skill has no level.
placement-skill-note = „Недоволно податоци“ значи дека е одговорено на премалку прашања од таа вештина за да може нејзиното ниво да се утврди со сигурност. Вашето вкупно ниво се заснова на сите Ваши одговори.
placement-cando-below-a1 = Сѐ уште сте на почетокот со англискиот јазик. На курсот за ниво A1 ќе ги научите првите зборови и изрази што Ви се потребни.
placement-cando-a1 = Можете да разберете и да користите познати секојдневни изрази и сосема едноставни фрази, да се претставите и да одговорите на едноставни прашања за лични податоци, ако соговорникот зборува полека и јасно.
placement-cando-a2 = Можете да разберете реченици и често употребувани изрази за познати теми (лични и семејни податоци, купување, работа) и да се снајдете во едноставна, вообичаена размена на информации.
placement-cando-b1 = Можете да ги разберете главните мисли од јасен говор или текст на стандарден јазик за познати теми со кои се среќавате на работа или во слободното време, да се снајдете во повеќето ситуации при патување и да напишете едноставен, поврзан текст за познати теми.
placement-cando-b2 = Можете да ги разберете главните идеи на сложени текстови, вклучувајќи стручни дискусии од Вашата област, да комуницирате со одреден степен на течност и спонтаност и да пишувате јасни, детални текстови за широк спектар на теми.
placement-cando-c1 = Можете да разберете широк спектар на тешки, подолги текстови и да препознаете имплицитно значење, да се изразувате течно и спонтано и да го користите јазикот флексибилно и ефикасно за општествени, академски и професионални цели.
placement-cando-c2 = Можете со леснотија да разберете практично сѐ што ќе слушнете или прочитате, кохерентно да ги сумирате информациите од различни извори и да се изразувате спонтано, многу течно и прецизно, дури и во сложени ситуации.
