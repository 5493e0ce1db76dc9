### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = API tokens

tokens-title = Tokens for scripts
tokens-intro = A token lets a script use the API as one account, with that account's roles: an instructor's token sees that instructor's cohorts, an administrator's sees all of them. A token stops working when it is revoked, when it expires, or when its account is disabled.

tokens-issued-title = Token issued
# Variables:
#   $label (String) - the token's label, as the administrator typed it
#   $account (String) - the e-mail address of the account the token acts as
#   $when (String) - the date and time the token expires, already formatted
tokens-issued-for = “{ $label }” for { $account }, valid until { $when }.
tokens-issued-once = Copy this token now and keep it in a safe place: it is shown only this once and cannot be shown again.
tokens-issued-token = Token
tokens-issued-usage = A script sends it in this header of every request:
# Variables:
#   $label (String) - the label of the token that form issued
#   $account (String) - the e-mail address of that token's account
tokens-already-issued = This form has already issued the token “{ $label }” for { $account }, so no other token was made. A token is shown only once: if you did not copy it, revoke it below and issue a new one.
tokens-revoked = The token was revoked. Scripts using it are refused from now on.

tokens-live-title = Live tokens
tokens-none = No token for scripts is live.
tokens-col-label = Label
tokens-col-account = Account
tokens-col-issued-by = Issued by
tokens-col-created = Issued
tokens-col-expires = Expires
tokens-revoke-button = Revoke
# Variables:
#   $label (String) - the token's label
tokens-revoke-label = Revoke the token “{ $label }”

tokens-issue-title = Issue a token
tokens-label = Label
tokens-label-hint = What the script does, so that you can tell tokens apart, such as “Nightly results export”.
tokens-account = E-mail address of the account
tokens-account-hint = The token acts as this account, with its roles.
tokens-days = Valid for (days)
# Variables:
#   $default (Number) - the number of days used when the field is left empty
#   $max (Number) - the largest number of days allowed
tokens-days-hint = From 1 to { $max } days; { $default } days if you leave the field empty.
tokens-issue-button = Issue token
# Variables:
#   $max (Number) - the longest label allowed, in characters
tokens-error-label = Enter a label of 1 to { $max } characters.
# Variables:
#   $max (Number) - the largest number of days allowed
tokens-error-days = Enter a whole number of days from 1 to { $max }, or leave the field empty.
tokens-error-disabled = This account is disabled. Enable it before issuing a token for it.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = The body must be a JSON object.
api-error-unknown-field = This field is not part of the request; check its spelling.
api-error-timestamp = Give a date and time in RFC 3339 form with its offset, such as 2026-12-10T09:00:00+01:00, or null.
api-error-task = Give the task as "placement" or as an object naming a quiz of the bank in "quiz".
api-error-role = Give the role as "learner" or "instructor".
api-error-idempotency-key = An Idempotency-Key is 1 to 255 visible ASCII characters.
api-error-idempotency-key-reused = This Idempotency-Key was already used for a different request. Use a new key for a new request.
