### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = I/E nderuar { $name },
# The last line of every email.
email-footer = Ky mesazh u dërgua automatikisht nga ispit, sistemi i vlerësimit të njohurive që e administron { -centre-name }. Përgjigjet ndaj këtij mesazhi nuk lexohen; për pyetje, drejtojuni trajnerit tuaj.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = Nëse butoni nuk funksionon, kopjojeni këtë adresë në shfletuesin tuaj:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = Test i ri i caktuar: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = Ju është caktuar një test i ri: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = Testi hapet më { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Ju lutemi ta dorëzoni testin deri më { $when }.
email-invitation-no-due = Ky test nuk ka afat.
email-invitation-action = Hapni testet e caktuara

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Kujtesë: { $title } – afati i dorëzimit { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = Ju kujtojmë se afati për dorëzimin e testit të caktuar «{ $title }» mbaron më { $when } dhe ju ende nuk e keni dorëzuar.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Rezultati juaj: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = E kaluat testin «{ $title }».
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = Nuk e arritët pragun kalues në testin «{ $title }».
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Përpjekja juaj në testin «{ $title }» u regjistrua.
email-result-expired = Koha mbaroi, prandaj përpjekja juaj u dorëzua me përgjigjet e ruajtura deri atëherë.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Pikët e fituara: { $score } nga { $max } ({ $percent } %)
email-result-action = Shikoni rezultatin

email-placement-subject = Rezultati juaj në testin e nivelit të anglishtes
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Niveli juaj i njohjes së anglishtes: { $level } (sipas Kuadrit të Përbashkët Evropian të Referencës për Gjuhët).
email-placement-no-level = Niveli nuk mund të përcaktohej: deri në mbarimin e kohës iu përgjigjët shumë pak pyetjeve.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Testi përfundoi më { $date }.
email-placement-action = Shikoni rezultatin

## Links asked for on the sign-in page ("Forgot your password?"): a link to choose a new password, and a
## link to sign in once without one. Each works once and for a short time.

email-reset-subject = Vendosja e një fjalëkalimi të ri
email-reset-body = Dikush – shpresojmë se ishit ju – kërkoi vendosjen e një fjalëkalimi të ri për llogarinë tuaj. Për të zgjedhur një fjalëkalim të ri, hapni lidhjen më poshtë.
email-reset-action = Zgjidhni një fjalëkalim të ri
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-reset-expires = Lidhja është e vlefshme deri më { $when } dhe mund të përdoret vetëm një herë.
email-reset-ignore = Nëse nuk e keni kërkuar ju, shpërfilleni këtë mesazh: fjalëkalimi juaj mbetet i pandryshuar.

email-sign-in-subject = Lidhja juaj për hyrje
email-sign-in-body = Dikush – shpresojmë se ishit ju – kërkoi një lidhje për të hyrë në llogarinë tuaj pa fjalëkalim. Për të hyrë, hapni lidhjen më poshtë.
email-sign-in-action = Hyni
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-sign-in-expires = Lidhja është e vlefshme deri më { $when } dhe mund të përdoret vetëm një herë.
email-sign-in-ignore = Nëse nuk e keni kërkuar ju, shpërfilleni këtë mesazh: pa këtë lidhje askush nuk mund të hyjë.
