### Certificates (the PDF), their email, and the public page where anyone checks a certificate's code.

# The issuer printed on certificates and named in their signed record.
certificate-issuer = { -centre-name }
certificate-title = Certifikatë
certificate-lead-in = Vërtetohet se
# Variables:
#   $course (String) - the course's title
certificate-course = ka kaluar provimin përfundimtar të kursit «{ $course }»
# Variables:
#   $percent (String) - a whole percentage, already formatted
certificate-score = Rezultati: { $percent } %
certificate-placement = ka kryer testin për përcaktimin e nivelit të anglishtes
# Variables:
#   $level (String) - a CEFR level, such as B2
certificate-level = Niveli i njohjes së anglishtes: { $level } (sipas Kuadrit të Përbashkët Evropian të Referencës për Gjuhët)
# One skill and its level, joined with the others by " · " after the level line.
# Variables:
#   $skill (String) - the skill's name (Reading, Grammar…)
#   $level (String) - its CEFR level
certificate-skill-level = { $skill } { $level }
# Variables:
#   $date (String) - the date, already formatted
certificate-date = Data: { $date }
# Variables:
#   $url (String) - the address of the verification page
certificate-verify-at = Vërtetësia e kësaj certifikate mund të verifikohet në adresën { $url }

# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-subject = Certifikata juaj: { $title }
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-body = Bashkëngjitur këtij mesazhi gjeni certifikatën tuaj si skedar PDF: { $title }.
# Variables:
#   $code (String) - the certificate's verification code, such as 7K3QD-M0XPA-9RT1W
email-certificate-verify = Kushdo të cilit ia tregoni mund ta verifikojë vërtetësinë e saj me kodin { $code } në faqen e qendrës ku verifikohen certifikatat.
email-certificate-action = Verifikoni certifikatën
# The subject's title for a placement test certificate.
# Variables:
#   $level (String) - a CEFR level, such as B2
email-certificate-placement-title = Test për përcaktimin e nivelit të anglishtes, niveli { $level }

verify-title = Verifikimi i certifikatës
verify-intro = Shkruani kodin e shtypur në certifikatë për të verifikuar nëse është lëshuar nga { -centre-name }.
verify-code-label = Kodi i certifikatës
verify-code-hint = Për shembull 7K3QD-M0XPA-9RT1W. Shkruani shkronjat dhe shifrat si në certifikatë; vizat dhe hapësirat mund t'i lini jashtë.
verify-button = Verifikoni
verify-valid = Kjo certifikatë është e vlefshme.
# Variables:
#   $date (String) - the date it was revoked, already formatted
verify-revoked = Kjo certifikatë është revokuar më { $date }. Nuk është më e vlefshme.
verify-unknown = Nuk ka asnjë certifikatë me këtë kod. Kontrolloni nëse kodi është shkruar ashtu siç është i shtypur, ose drejtojuni qendrës.
verify-malformed = Ky nuk është kod certifikate: kodi përbëhet nga 15 shkronja dhe shifra, për shembull 7K3QD-M0XPA-9RT1W.
verify-name = Emri dhe mbiemri
verify-certified = Kursi ose testi
verify-level = Niveli
verify-score = Rezultati
verify-date = Data e lëshimit
verify-code = Kodi
verify-issuer = Lëshuar nga
# Under the details: how to check the signature with an outside tool.
# Variables:
#   $kid (String) - the key's identifier
verify-signature-note = Të dhënat e kësaj certifikate janë nënshkruar me çelësin e qendrës { $kid }. Të dhënat e nënshkruara dhe çelësat publikë janë publikuar për këdo që dëshiron ta verifikojë vetë nënshkrimin:
verify-record-link = të dhënat e nënshkruara (JSON)
verify-keys-link = çelësat publikë (JWKS)
verify-badge-link = distinktivi dixhital (Open Badges)
verify-throttled = Nga adresa juaj janë bërë shumë verifikime brenda një kohe të shkurtër. Ju lutemi prisni një minutë dhe provoni përsëri.

## Open Badges 3.0: the certificate as a credential for a wallet. Its texts are in the certificate's language.
# The credential's name.
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
badge-name = Certifikatë: { $title }
# What every learner who passes the course reaches (the achievement's description).
# Variables:
#   $course (String) - the course's title
badge-course-description = Kalimi i provimit përfundimtar të kursit «{ $course }».
# Variables:
#   $course (String) - the course's title
badge-course-criteria = Kalimi i provimit përfundimtar të kursit «{ $course }» me rezultat jo më të ulët se pragu kalues.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-description = Njohja e anglishtes në nivelin { $level } sipas Kuadrit të Përbashkët Evropian të Referencës për Gjuhët, e vlerësuar me testin për përcaktimin e nivelit të anglishtes që zhvillon qendra.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-criteria = Përfundimi i testit për përcaktimin e nivelit të anglishtes që zhvillon qendra dhe arritja e nivelit { $level } në të.

## The learner's certificates on the result pages and the dashboard.
certificate-box-title = Certifikata juaj
dashboard-certificates = Certifikatat tuaja
# Variables:
#   $date (String) - the date of issue, already formatted
certificate-box-issued = Lëshuar më { $date }
certificate-box-revoked = Kjo certifikatë është revokuar dhe nuk është më e vlefshme.
certificate-box-pdf = Certifikata (PDF)
# The signed credential file a learner adds to a credential wallet.
certificate-box-badge = Distinktivi dixhital (Open Badges)
# The same credential shown as readable JSON.
certificate-box-badge-json = formë e lexueshme
certificate-box-verify = Faqja e verifikimit
