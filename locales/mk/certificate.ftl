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

## Open Badges 3.0: the certificate as a credential for a wallet. Its texts are in the certificate's language.
# The credential's name.
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
badge-name = Сертификат: { $title }
# What every learner who passes the course reaches (the achievement's description).
# Variables:
#   $course (String) - the course's title
badge-course-description = Положен завршен испит на курсот „{ $course }“.
# Variables:
#   $course (String) - the course's title
badge-course-criteria = На завршниот испит на курсот „{ $course }“ да се достигне барем прагот за положување.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-description = Познавање на англискиот јазик на ниво { $level } според Заедничката европска референтна рамка за јазици, утврдено со тестот за определување на нивото по англиски јазик што го спроведува центарот.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-criteria = Да се заврши тестот за определување на нивото по англиски јазик што го спроведува центарот и на него да се постигне ниво { $level }.

## The learner's certificates on the result pages and the dashboard.
certificate-box-title = Вашиот сертификат
dashboard-certificates = Вашите сертификати
# Variables:
#   $date (String) - the date of issue, already formatted
certificate-box-issued = Издаден на { $date }
certificate-box-revoked = Овој сертификат е отповикан и повеќе не е важечки.
certificate-box-pdf = Сертификат (PDF)
# The signed credential file a learner adds to a credential wallet.
certificate-box-badge = Дигитален беџ (Open Badges)
# The same credential shown as readable JSON.
certificate-box-badge-json = читлива форма
certificate-box-verify = Страница за проверка
