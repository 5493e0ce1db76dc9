### Certificates (the PDF), their email, and the public page where anyone checks a certificate's code.

# The issuer printed on certificates and named in their signed record.
certificate-issuer = { -centre-name }
certificate-title = Сертификат
certificate-lead-in = Овим се потврђује да
# Variables:
#   $course (String) - the course's title
certificate-course = има положен завршни испит курса „{ $course }”
# Variables:
#   $percent (String) - a whole percentage, already formatted
certificate-score = Резултат: { $percent } %
certificate-placement = има обављен тест за одређивање нивоа енглеског језика
# Variables:
#   $level (String) - a CEFR level, such as B2
certificate-level = Ниво знања енглеског језика: { $level } (према Заједничком европском референтном оквиру за језике)
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
certificate-verify-at = Веродостојност овог сертификата може се проверити на адреси { $url }

# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-subject = Ваш сертификат: { $title }
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-body = У прилогу ове поруке налази се Ваш сертификат у облику PDF датотеке: { $title }.
# Variables:
#   $code (String) - the certificate's verification code, such as 7K3QD-M0XPA-9RT1W
email-certificate-verify = Свако коме га покажете може да провери његову веродостојност на страници центра на којој се проверавају сертификати, помоћу кода { $code }.
email-certificate-action = Проверите сертификат
# The subject's title for a placement test certificate.
# Variables:
#   $level (String) - a CEFR level, such as B2
email-certificate-placement-title = Тест за одређивање нивоа енглеског језика, ниво { $level }

verify-title = Провера сертификата
verify-intro = Унесите код одштампан на сертификату да бисте проверили да ли га је издао { -centre-name }.
verify-code-label = Код сертификата
verify-code-hint = На пример 7K3QD-M0XPA-9RT1W. Унесите слова и цифре као на сертификату; цртице и размаке можете да изоставите.
verify-button = Проверите
verify-valid = Овај сертификат је важећи.
# Variables:
#   $date (String) - the date it was revoked, already formatted
verify-revoked = Овај сертификат је опозван { $date }. Више није важећи.
verify-unknown = Не постоји сертификат са овим кодом. Проверите да ли је код унет онако како је одштампан или се обратите центру.
verify-malformed = Ово није код сертификата: код се састоји од 15 слова и цифара, на пример 7K3QD-M0XPA-9RT1W.
verify-name = Име и презиме
verify-certified = Курс или тест
verify-level = Ниво
verify-score = Резултат
verify-date = Датум издавања
verify-code = Код
verify-issuer = Издавалац
# Under the details: how to check the signature with an outside tool.
# Variables:
#   $kid (String) - the key's identifier
verify-signature-note = Запис о овом сертификату потписан је кључем центра { $kid }. Потписани запис и јавни кључеви објављени су за свакога ко жели да самостално провери потпис:
verify-record-link = потписани запис (JSON)
verify-keys-link = јавни кључеви (JWKS)
verify-badge-link = дигитални беџ (Open Badges)
verify-throttled = Са Ваше адресе за кратко време стигло је превише захтева за проверу. Сачекајте минут и покушајте поново.

## Open Badges 3.0: the certificate as a credential for a wallet. Its texts are in the certificate's language.
# The credential's name.
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
badge-name = Сертификат: { $title }
# What every learner who passes the course reaches (the achievement's description).
# Variables:
#   $course (String) - the course's title
badge-course-description = Положен завршни испит курса „{ $course }”.
# Variables:
#   $course (String) - the course's title
badge-course-criteria = На завршном испиту курса „{ $course }” достићи бар праг пролазности.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-description = Знање енглеског језика на нивоу { $level } према Заједничком европском референтном оквиру за језике, утврђено тестом за одређивање нивоа енглеског језика који спроводи центар.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-criteria = Завршити тест за одређивање нивоа енглеског језика који спроводи центар и на њему постићи ниво { $level }.

## The learner's certificates on the result pages and the dashboard.
certificate-box-title = Ваш сертификат
dashboard-certificates = Ваши сертификати
# Variables:
#   $date (String) - the date of issue, already formatted
certificate-box-issued = Издат { $date }
certificate-box-revoked = Овај сертификат је опозван и више није важећи.
certificate-box-pdf = Сертификат (PDF)
# The signed credential file a learner adds to a credential wallet.
certificate-box-badge = Дигитални беџ (Open Badges)
# The same credential shown as readable JSON.
certificate-box-badge-json = читљив облик
certificate-box-verify = Страница за проверу
