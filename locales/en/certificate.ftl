### Certificates (the PDF), their email, and the public page where anyone checks a certificate's code.

# The issuer printed on certificates and named in their signed record.
certificate-issuer = { -centre-name }
certificate-title = Certificate
certificate-lead-in = This certifies that
# Variables:
#   $course (String) - the course's title
certificate-course = has passed the final assessment of the course “{ $course }”
# Variables:
#   $percent (String) - a whole percentage, already formatted
certificate-score = Score: { $percent } %
certificate-placement = has taken the English placement test
# Variables:
#   $level (String) - a CEFR level, such as B2
certificate-level = English level: { $level } (Common European Framework of Reference for Languages)
# One skill and its level, joined with the others by " · " after the level line.
# Variables:
#   $skill (String) - the skill's name (Reading, Grammar…)
#   $level (String) - its CEFR level
certificate-skill-level = { $skill } { $level }
# Variables:
#   $date (String) - the date, already formatted
certificate-date = Date: { $date }
# Variables:
#   $url (String) - the address of the verification page
certificate-verify-at = Check this certificate at { $url }

# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-subject = Your certificate: { $title }
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-body = Your certificate for { $title } is attached to this email as a PDF file.
# Variables:
#   $code (String) - the certificate's verification code, such as 7K3QD-M0XPA-9RT1W
email-certificate-verify = Anyone you show it to can check that it is genuine on the centre's verification page, with the code { $code }.
email-certificate-action = Check the certificate
# The subject's title for a placement test certificate.
# Variables:
#   $level (String) - a CEFR level, such as B2
email-certificate-placement-title = English placement test, level { $level }

verify-title = Certificate verification
verify-intro = Enter the code printed on a certificate to check that the { -centre-name } issued it.
verify-code-label = Certificate code
verify-code-hint = For example 7K3QD-M0XPA-9RT1W. Letters and digits as printed; dashes and spaces may be left out.
verify-button = Check
verify-valid = This certificate is valid.
# Variables:
#   $date (String) - the date it was revoked, already formatted
verify-revoked = This certificate was revoked on { $date }. It is no longer valid.
verify-unknown = No certificate has this code. Check that it was typed as printed, or contact the centre.
verify-malformed = This is not a certificate code: a code has 15 letters and digits, such as 7K3QD-M0XPA-9RT1W.
verify-name = Name
verify-certified = Course or test
verify-level = Level
verify-score = Score
verify-date = Date of issue
verify-code = Code
verify-issuer = Issued by
# Under the details: how to check the signature with an outside tool.
# Variables:
#   $kid (String) - the key's identifier
verify-signature-note = The certificate's record is signed with the centre's key { $kid }. The signed record and the public keys are published for anyone who wants to check the signature themselves:
verify-record-link = signed record (JSON)
verify-keys-link = public keys (JWKS)
verify-badge-link = Open Badges credential
verify-throttled = Too many checks from your address in a short time. Wait a minute and try again.

## Open Badges 3.0: the certificate as a credential for a wallet. Its texts are in the certificate's language.
# The credential's name.
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
badge-name = Certificate: { $title }
# What every learner who passes the course reaches (the achievement's description).
# Variables:
#   $course (String) - the course's title
badge-course-description = Passing the final assessment of the course “{ $course }”.
# Variables:
#   $course (String) - the course's title
badge-course-criteria = Pass the final quiz of the course “{ $course }” with at least its pass mark.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-description = English at level { $level } of the Common European Framework of Reference for Languages (CEFR), as placed by the centre's English placement test.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-criteria = Finish the centre's English placement test with level { $level } as its result.

## The learner's certificates on the result pages and the dashboard.
certificate-box-title = Your certificate
dashboard-certificates = Your certificates
# Variables:
#   $date (String) - the date of issue, already formatted
certificate-box-issued = Issued on { $date }
certificate-box-revoked = This certificate was revoked and is no longer valid.
certificate-box-pdf = Certificate (PDF)
# The signed credential file a learner adds to a credential wallet.
certificate-box-badge = Open Badges credential
# The same credential shown as readable JSON.
certificate-box-badge-json = readable form
certificate-box-verify = Verification page
