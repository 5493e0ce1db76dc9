### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = Почитуван/а { $name },
# The last line of every email.
email-footer = Оваа порака автоматски ја испрати системот за проверка на знаењето „испит“, со кој управува { -centre-name }. Одговорите на оваа порака не се читаат; ако имате прашања, обратете се до Вашиот предавач.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = Ако копчето не работи, копирајте ја оваа адреса во Вашиот прелистувач:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = Нов доделен тест: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = Ви е доделен нов тест: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = Тестот се отвора на { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Ве молиме да го предадете тестот до { $when }.
email-invitation-no-due = За овој тест нема определен рок.
email-invitation-action = Отворете ги доделените тестови

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Потсетник: { $title } – рок за предавање { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = Ве потсетуваме дека рокот за предавање на доделениот тест „{ $title }“ истекува на { $when }, а тестот сѐ уште не сте го предале.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Вашиот резултат: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = Го положивте тестот „{ $title }“.
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = Не го достигнавте прагот за положување на тестот „{ $title }“.
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Вашиот обид на тестот „{ $title }“ е евидентиран.
email-result-expired = Времето истече, па Вашиот обид беше предаден со одговорите зачувани до тој момент.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Освоени поени: { $score } од { $max } ({ $percent } %)
email-result-action = Погледнете го резултатот

email-placement-subject = Вашиот резултат на тестот за определување на нивото по англиски јазик
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Вашето ниво на познавање на англискиот јазик: { $level } (според Заедничката европска референтна рамка за јазици).
email-placement-no-level = Нивото не можеше да се определи: до истекот на времето одговоривте на премалку прашања.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Тестот е завршен на { $date }.
email-placement-action = Погледнете го резултатот

## Links asked for on the sign-in page ("Forgot your password?"): a link to choose a new password, and a
## link to sign in once without one. Each works once and for a short time.

email-reset-subject = Поставување нова лозинка
email-reset-body = Некој – се надеваме дека тоа сте биле Вие – побара поставување нова лозинка за Вашата сметка. За да изберете нова лозинка, отворете ја врската подолу.
email-reset-action = Изберете нова лозинка
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-reset-expires = Врската важи до { $when } и може да се искористи само еднаш.
email-reset-ignore = Ако не сте го побарале тоа, занемарете ја оваа порака: Вашата лозинка останува непроменета.

email-sign-in-subject = Вашата врска за најава
email-sign-in-body = Некој – се надеваме дека тоа сте биле Вие – побара врска за најава на Вашата сметка без лозинка. За да се најавите, отворете ја врската подолу.
email-sign-in-action = Најавете се
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-sign-in-expires = Врската важи до { $when } и може да се искористи само еднаш.
email-sign-in-ignore = Ако не сте го побарале тоа, занемарете ја оваа порака: без оваа врска никој не може да се најави.
