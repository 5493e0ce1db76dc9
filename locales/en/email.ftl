### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = Dear { $name },
# The last line of every email.
email-footer = This message was sent automatically by ispit, the assessment server of the { -centre-name }. Replies to it are not read; for questions, contact your instructor.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = If the button does not work, copy this address into your browser:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = New assignment: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = You have been given a new assignment: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = It opens on { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Please submit it by { $when }.
email-invitation-no-due = It has no due date.
email-invitation-action = Open your assignments

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Reminder: { $title } is due on { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = This is a reminder that { $title } is due on { $when }, and you have not submitted it yet.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Your result: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = You passed { $title }.
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = You did not reach the pass mark for { $title }.
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Your attempt at { $title } has been recorded.
email-result-expired = The time limit ran out, so your attempt was submitted with the answers saved by then.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Score: { $score } of { $max } points ({ $percent } %)
email-result-action = See your result

email-placement-subject = Your English placement test result
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Your English level: { $level } (Common European Framework of Reference for Languages).
email-placement-no-level = No level could be given: too few questions were answered before the time ran out.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Test completed on { $date }.
email-placement-action = See your result

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
