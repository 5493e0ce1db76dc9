### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = Поштовани/а { $name },
# The last line of every email.
email-footer = Ову поруку је аутоматски послао систем за проверу знања „испит”, којим управља { -centre-name }. Одговори на ову поруку се не читају; ако имате питања, обратите се свом предавачу.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = Ако дугме не ради, копирајте ову адресу у свој прегледач:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = Нови додељени тест: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = Додељен Вам је нови тест: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = Тест се отвара { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Молимо Вас да тест предате до { $when }.
email-invitation-no-due = За овај тест није одређен рок.
email-invitation-action = Отворите додељене тестове

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Подсетник: { $title } – рок за предају { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = Подсећамо Вас да рок за предају додељеног теста „{ $title }” истиче { $when }, а тест још нисте предали.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Ваш резултат: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = Положили сте тест „{ $title }”.
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = Нисте достигли праг пролазности на тесту „{ $title }”.
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Ваш покушај на тесту „{ $title }” је евидентиран.
email-result-expired = Време је истекло, па је Ваш покушај предат са одговорима сачуваним до тог тренутка.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Освојени бодови: { $score } од { $max } ({ $percent } %)
email-result-action = Погледајте резултат

email-placement-subject = Ваш резултат на тесту за одређивање нивоа енглеског језика
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Ваш ниво знања енглеског језика: { $level } (према Заједничком европском референтном оквиру за језике).
email-placement-no-level = Ниво није било могуће одредити: до истека времена одговорили сте на премало питања.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Тест је завршен { $date }.
email-placement-action = Погледајте резултат

## Links asked for on the sign-in page ("Forgot your password?"): a link to choose a new password, and a
## link to sign in once without one. Each works once and for a short time.

email-reset-subject = Постављање нове лозинке
email-reset-body = Неко – надамо се да сте то били Ви – затражио је постављање нове лозинке за Ваш налог. Да бисте изабрали нову лозинку, отворите линк у наставку.
email-reset-action = Изаберите нову лозинку
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-reset-expires = Линк важи до { $when } и може да се употреби само једном.
email-reset-ignore = Ако то нисте затражили, занемарите ову поруку: Ваша лозинка остаје непромењена.

email-sign-in-subject = Ваш линк за пријаву
email-sign-in-body = Неко – надамо се да сте то били Ви – затражио је линк за пријаву на Ваш налог без лозинке. Да бисте се пријавили, отворите линк у наставку.
email-sign-in-action = Пријавите се
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-sign-in-expires = Линк важи до { $when } и може да се употреби само једном.
email-sign-in-ignore = Ако то нисте затражили, занемарите ову поруку: без овог линка нико не може да се пријави.
