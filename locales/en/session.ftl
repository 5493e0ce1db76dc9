### Signing in.

login-title = Sign in
login-intro = Sign in with the e-mail address and password given to you by the training centre.
login-pending-answers = Your session has ended. Sign in again: the answers you just sent are kept and will be saved to your attempt.
login-email-label = E-mail address
login-password-label = Password
login-button = Sign in
login-error-email = Please enter a valid e-mail address.
login-error-credentials = The e-mail address or the password is not right.
login-error-throttled = Too many failed sign-ins with this address. Please try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
