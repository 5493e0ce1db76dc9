### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = Poštovani/a { $name },
# The last line of every email.
email-footer = Ovu poruku je automatski poslao sistem za provjeru znanja „ispit“, kojim upravlja { -centre-name }. Odgovori na ovu poruku se ne čitaju; ako imate pitanja, obratite se svom predavaču.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = Ako dugme ne radi, kopirajte ovu adresu u svoj pregledač:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = Novi dodijeljeni test: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = Dodijeljen Vam je novi test: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = Test se otvara { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Molimo Vas da test predate do { $when }.
email-invitation-no-due = Za ovaj test nije određen rok.
email-invitation-action = Otvorite dodijeljene testove

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Podsjetnik: { $title } – rok za predaju { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = Podsjećamo Vas da rok za predaju dodijeljenog testa „{ $title }“ ističe { $when }, a test još nijeste predali.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Vaš rezultat: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = Položili ste test „{ $title }“.
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = Nijeste dostigli prag prolaznosti na testu „{ $title }“.
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Vaš pokušaj na testu „{ $title }“ je evidentiran.
email-result-expired = Vrijeme je isteklo, pa je Vaš pokušaj predat sa odgovorima sačuvanim do tog trenutka.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Osvojeni bodovi: { $score } od { $max } ({ $percent } %)
email-result-action = Pogledajte rezultat

email-placement-subject = Vaš rezultat na testu za određivanje nivoa engleskog jezika
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Vaš nivo znanja engleskog jezika: { $level } (prema Zajedničkom evropskom referentnom okviru za jezike).
email-placement-no-level = Nivo nije bilo moguće odrediti: do isteka vremena odgovorili ste na premalo pitanja.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Test je završen { $date }.
email-placement-action = Pogledajte rezultat

# English placeholders, to be translated.
## Links asked for on the sign-in page ("Forgot your password?"): a link to choose a new password, and a
## link to sign in once without one. Each works once and for a short time.

email-reset-subject = Choose a new password
email-reset-body = Someone, we hope you, asked to reset the password of your account. To choose a new password, open the link below.
email-reset-action = Choose a new password
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-reset-expires = The link works once, until { $when }.
email-reset-ignore = If you did not ask for this, ignore this email: your password stays as it is.

email-sign-in-subject = Your sign-in link
email-sign-in-body = Someone, we hope you, asked for a link to sign in to your account without a password. To sign in, open the link below.
email-sign-in-action = Sign in
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-sign-in-expires = The link works once, until { $when }.
email-sign-in-ignore = If you did not ask for this, ignore this email: without the link nobody signs in.
