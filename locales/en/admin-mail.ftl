### The administrators' pages of certificates and email: the list of certificates and their revocation,
### sending certificates to a cohort or an assignment (a dry run, then a batch), the outbox and its batches.

staff-nav-certificates = Certificates
staff-nav-mail = Email

## Certificates

admin-certs-title = Certificates
admin-certs-intro = The latest certificates issued. A revoked certificate stays on record: its verification page says it was revoked, with the date.
admin-certs-search-label = Code, name or email address
admin-certs-search-button = Search
admin-certs-send-link = Send certificates to a cohort or an assignment
admin-certs-none = No certificate matches.
admin-certs-col-code = Code
admin-certs-col-learner = Learner
admin-certs-col-what = Course or test
admin-certs-col-issued = Issued
admin-certs-col-status = Status
admin-certs-valid = Valid
# Variables:
#   $date (String) - the date and time of the revocation, already formatted
#   $reason (String) - the reason the administrator gave
admin-certs-revoked-on = Revoked on { $date }: { $reason }
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-certs-what-placement = Placement test, level { $level }
admin-certs-learner-gone = (account deleted)
admin-certs-reason-label = Reason for revoking
admin-certs-revoke-button = Revoke
# Variables:
#   $code (String) - the certificate's verification code
admin-certs-revoke-aria = Revoke certificate { $code }
admin-certs-revoked = The certificate was revoked. Its verification page now says so.
admin-certs-error-reason = Give a reason for revoking the certificate (at most 300 characters).

## Sending certificates

admin-send-title = Send certificates
admin-send-intro = Choose a cohort or an assignment. You will first see who receives what; nothing is issued or emailed until you confirm.
admin-send-target-label = Cohort or assignment
admin-send-cohorts = Cohorts
admin-send-assignments = Assignments
# Variables:
#   $name (String) - the cohort's name
#   $learners (Number) - how many learners it has
admin-send-cohort-option = { $name } ({ $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
})
# Variables:
#   $id (Number) - the assignment's number
#   $task (String) - the quiz's title, or the placement test's name
#   $audience (String) - the cohort's or the learner's name
admin-send-assignment-option = No. { $id }: { $task } for { $audience }
admin-send-again-label = Also email certificates whose email was sent before
admin-send-preview-button = Show who receives what
# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-send-plan-title = Dry run: { $label }
# Variables:
#   $issue (Number) - certificates to issue (each is emailed)
#   $email (Number) - existing certificates to email
#   $nothing (Number) - learners for whom nothing happens
admin-send-plan-summary = { $issue ->
    [one] { $issue } certificate to issue and email
   *[other] { $issue } certificates to issue and email
}, { $email ->
    [one] { $email } certificate to email
   *[other] { $email } certificates to email
}, { $nothing } without anything to send.
admin-send-col-learner = Learner
admin-send-col-email = Email address
admin-send-col-result = Result
admin-send-col-certificate = Certificate
admin-send-col-action = What happens
admin-send-no-result = No result that earns a certificate
# Variables:
#   $quiz (String) - the quiz's title
#   $percent (Number) - the score, a whole percentage
admin-send-result-quiz = { $quiz }: passed with { $percent } %
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-send-result-placement = Placement test: level { $level }
# Variables:
#   $action (String) - issue, email or nothing
admin-send-action = { $action ->
    [issue] Issue the certificate and email it
    [email] Email the certificate
   *[nothing] Nothing
}
# Variables:
#   $why (String) - why nothing is sent
admin-send-why = { $why ->
    [no-result] no result that earns one
    [not-certifying] this task issues no certificate
    [revoked] the certificate was revoked
    [sent] its email was sent already
   *[on-its-way] its email is on its way
}
admin-send-nobody = Nobody to write to: the cohort or assignment has no learners.
admin-send-confirm-button = Issue and send now
admin-send-nothing-to-do = There is nothing to send.
admin-send-none-to-choose = There is no cohort or assignment yet.
admin-send-error-target = Choose a cohort or an assignment.

## Email

admin-mail-title = Email
admin-mail-intro = Every email ispit sends goes through this queue. An email the server refuses is tried again, and marked failed after the configured number of tries; you can send a failed one again.
admin-mail-counts-title = In the queue
# Variables:
#   $status (String) - queued, sending, sent or failed
admin-mail-status = { $status ->
    [queued] Queued
    [sending] Sending
    [sent] Sent
   *[failed] Failed
}
admin-mail-filter-label = Show
admin-mail-filter-all = All emails
admin-mail-filter-button = Show
admin-mail-latest-title = Latest emails
admin-mail-none = No email.
admin-mail-col-kind = Kind
admin-mail-col-recipient = To
admin-mail-col-status = Status
admin-mail-col-tries = Tries
admin-mail-col-error = Last reply of the server
admin-mail-col-created = Queued
# Variables:
#   $kind (String) - what the email is about
admin-mail-kind = { $kind ->
    [invitation] Invitation
    [reminder] Reminder
    [quiz_result] Quiz result
    [placement_result] Placement result
    [certificate] Certificate
    [password_reset] Password reset
    [sign_in_link] Sign-in link
   *[other] { $kind }
}
# Variables:
#   $id (Number) - the email's number
admin-mail-detail-title = Email No. { $id }
admin-mail-details-link = Details
admin-mail-batch-link = Batch
admin-mail-tries-title = Tries
admin-mail-no-tries = Not tried yet.
admin-mail-col-try = Try
admin-mail-col-at = When
admin-mail-col-outcome = Outcome
admin-mail-col-reply = Reply of the server
# Variables:
#   $outcome (String) - sent, retry or failed
admin-mail-outcome = { $outcome ->
    [sent] Sent
    [retry] Refused for now, to be tried again
   *[failed] Failed
}
admin-mail-resend-button = Send again
admin-mail-resent = The email is queued again.
admin-mail-back = Back to the email queue
admin-mail-batches-title = Bulk sends

## Batches

# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-batch-title = Bulk send: { $label }
# Variables:
#   $by (String) - the administrator's name
#   $date (String) - when, already formatted
admin-batch-by = Started by { $by } on { $date }.
# Variables:
#   $date (String) - when, already formatted
admin-batch-at = Started on { $date }.
admin-batch-progress-label = Progress
# Variables:
#   $done (Number) - emails sent or failed
#   $total (Number) - emails in the batch
admin-batch-progress = { $done } of { $total } done
admin-batch-refreshing = This page refreshes itself every 5 seconds while emails are waiting.
# A link that reloads the page at once (for browsers without scripts).
admin-batch-reload = Refresh now
admin-batch-finished = Every email of this batch was sent or has failed.
admin-batch-empty = This batch has no email.
