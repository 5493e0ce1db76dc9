### Shared interface texts: layout, language picker, errors.

-centre-name = Regional Migration Training Centre

app-name = ispit
skip-to-content = Skip to content
language-picker-label = Language
logout-button = Sign out
footer-text = ispit, the assessment server of the { -centre-name }
back-to-quizzes = Back to your quizzes
# On an error page, for a visitor who is not signed in.
error-sign-in = Sign in

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Error code { $status }
error-not-found = This page does not exist, or it is not yours to see.
error-not-offered = This quiz is not offered in the language you chose.
error-no-attempts-left = You have used all the attempts allowed for this quiz.
error-attempt-closed = This attempt is closed: your answers were already submitted.
error-attempt-open = This attempt is still open: its result is shown once it is submitted.
error-deadline-passed = The time limit has passed. Answers given after it are not accepted.
error-attempt-submitted = This attempt has already been submitted: answers sent after that are not saved.
error-attempt-expired = Time ran out: this attempt closed at its time limit. The answers saved before then were counted; answers sent later are not accepted.
error-bad-request = The request could not be understood.
error-unauthorized = Please sign in to continue.
error-forbidden = The form expired or did not come from this site. Please go back, reload the page and try again.
error-too-large = What you sent is too large.
error-unprocessable = Some of what you sent is not valid. Please check it and try again.
error-internal = Something went wrong on our side. Your saved answers are safe; please try again in a moment.
error-unavailable = The service is briefly unavailable. Your answers saved so far are safe; please try again in a minute.
error-bad-encoding = The form could not be read: it contains characters that are not valid text (UTF-8). Nothing was saved; please reload the page and try again.
