### Certificates (the PDF), their email, and the public page where anyone checks a certificate's code.

# The issuer printed on certificates and named in their signed record.
certificate-issuer = { -centre-name }
certificate-title = Сертификат
certificate-lead-in = Со ова се потврдува дека
# Variables:
#   $course (String) - the course's title
certificate-course = го положи завршниот испит на курсот „{ $course }“
# Variables:
#   $percent (String) - a whole percentage, already formatted
certificate-score = Резултат: { $percent } %
certificate-placement = го заврши тестот за определување на нивото по англиски јазик
# Variables:
#   $level (String) - a CEFR level, such as B2
certificate-level = Ниво на познавање на англискиот јазик: { $level } (според Заедничката европска референтна рамка за јазици)
# One skill and its level, joined with the others by " · " after the level line.
# Variables:
#   $skill (String) - the skill's name (Reading, Grammar…)
#   $level (String) - its CEFR level
certificate-skill-level = { $skill } { $level }
# Variables:
#   $date (String) - the date, already formatted
certificate-date = Датум: { $date }
# Variables:
#   $url (String) - the address of the verification page
certificate-verify-at = Веродостојноста на овој сертификат може да се провери на адресата { $url }

# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-subject = Вашиот сертификат: { $title }
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-body = Во прилог на оваа порака Ви го испраќаме Вашиот сертификат како PDF-датотека: { $title }.
# Variables:
#   $code (String) - the certificate's verification code, such as 7K3QD-M0XPA-9RT1W
email-certificate-verify = Секој на кого ќе му го покажете може да ја провери неговата веродостојност со кодот { $code } на страницата на центарот на која се проверуваат сертификатите.
email-certificate-action = Проверете го сертификатот
# The subject's title for a placement test certificate.
# Variables:
#   $level (String) - a CEFR level, such as B2
email-certificate-placement-title = Тест за определување на нивото по англиски јазик, ниво { $level }

verify-title = Проверка на сертификат
verify-intro = Внесете го кодот отпечатен на сертификатот за да проверите дали е издаден од { -centre-name }.
verify-code-label = Код на сертификатот
verify-code-hint = На пример 7K3QD-M0XPA-9RT1W. Внесете ги буквите и цифрите како на сертификатот; цртичките и празните места може да ги изоставите.
verify-button = Проверете
verify-valid = Овој сертификат е важечки.
# Variables:
#   $date (String) - the date it was revoked, already formatted
verify-revoked = Овој сертификат е отповикан на { $date }. Повеќе не е важечки.
verify-unknown = Не постои сертификат со овој код. Проверете дали кодот е внесен онака како што е отпечатен или обратете се до центарот.
verify-malformed = Ова не е код на сертификат: кодот се состои од 15 букви и цифри, на пример 7K3QD-M0XPA-9RT1W.
verify-name = Име и презиме
verify-certified = Курс или тест
verify-level = Ниво
verify-score = Резултат
verify-date = Датум на издавање
verify-code = Код
verify-issuer = Издавач
# Under the details: how to check the signature with an outside tool.
# Variables:
#   $kid (String) - the key's identifier
verify-signature-note = Записот за овој сертификат е потпишан со клучот на центарот { $kid }. Потпишаниот запис и јавните клучеви се објавени за секој што сака самостојно да го провери потписот:
verify-record-link = потпишан запис (JSON)
verify-keys-link = јавни клучеви (JWKS)
verify-badge-link = дигитален беџ (Open Badges)
verify-throttled = Од Вашата адреса за кратко време пристигнаа премногу барања за проверка. Почекајте една минута и обидете се повторно.

# English placeholders, to be translated.
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
