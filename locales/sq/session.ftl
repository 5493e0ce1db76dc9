### Signing in.

login-title = Hyrja
login-intro = Hyni me adresën e postës elektronike dhe fjalëkalimin që ju ka dhënë qendra e trajnimit.
login-pending-answers = Seanca juaj ka mbaruar. Hyni përsëri: përgjigjet që sapo dërguat nuk kanë humbur dhe do të ruhen në përpjekjen tuaj.
login-email-label = Adresa e postës elektronike
login-password-label = Fjalëkalimi
login-button = Hyni
login-error-email = Ju lutemi shkruani një adresë të vlefshme të postës elektronike.
login-error-credentials = Adresa e postës elektronike ose fjalëkalimi nuk është i saktë.
login-error-throttled = Shumë përpjekje të dështuara për të hyrë me këtë adresë. Provoni përsëri pas { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutash
    }.

# English placeholders, to be translated.
login-forgot-link = Forgot your password?

## Asking for a link by email when the password is forgotten.

forgot-title = Forgotten password
forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password, or a link to sign in once without one.
forgot-reset-button = Send me a reset link
forgot-sign-in-button = Send me a sign-in link
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = If an account exists for that address, we have sent an email.
forgot-sent-hint = Its link works once and only for a short time. If nothing arrives within a few minutes, look in your spam folder, or ask your instructor.
forgot-back-to-login = Back to sign-in

## Choosing a new password through a link.

reset-title = Choose a new password
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Choose a new password for { $email }. You will be signed out everywhere else, and signed in here.
reset-password-label = New password
reset-password-hint = At least 10 characters.
reset-confirm-label = The new password again
reset-button = Set the password and sign in
reset-error-mismatch = The two passwords are not the same.

## Signing in through a link.

sign-in-link-title = Sign in with a link
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Sign in as { $email }? The link works only once.
sign-in-link-button = Sign in

## A link that cannot be used.

link-error-unknown = This link is not valid. Check that the whole address from the email was copied.
link-error-used = This link has been used already: each link works only once.
link-error-expired = This link has expired.
link-ask-again = Ask for a new link
