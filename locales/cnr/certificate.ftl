### Certificates (the PDF), their email, and the public page where anyone checks a certificate's code.

# The issuer printed on certificates and named in their signed record.
certificate-issuer = { -centre-name }
certificate-title = Sertifikat
certificate-lead-in = Ovim se potvrđuje da
# Variables:
#   $course (String) - the course's title
certificate-course = ima položen završni ispit kursa „{ $course }“
# Variables:
#   $percent (String) - a whole percentage, already formatted
certificate-score = Rezultat: { $percent } %
certificate-placement = ima obavljen test za određivanje nivoa engleskog jezika
# Variables:
#   $level (String) - a CEFR level, such as B2
certificate-level = Nivo znanja engleskog jezika: { $level } (prema Zajedničkom evropskom referentnom okviru za jezike)
# One skill and its level, joined with the others by " · " after the level line.
# Variables:
#   $skill (String) - the skill's name (Reading, Grammar…)
#   $level (String) - its CEFR level
certificate-skill-level = { $skill } { $level }
# Variables:
#   $date (String) - the date, already formatted
certificate-date = Datum: { $date }
# Variables:
#   $url (String) - the address of the verification page
certificate-verify-at = Vjerodostojnost ovog sertifikata može se provjeriti na adresi { $url }

# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-subject = Vaš sertifikat: { $title }
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
email-certificate-body = U prilogu ove poruke nalazi se Vaš sertifikat u obliku PDF datoteke: { $title }.
# Variables:
#   $code (String) - the certificate's verification code, such as 7K3QD-M0XPA-9RT1W
email-certificate-verify = Svako kome ga pokažete može da provjeri njegovu vjerodostojnost na stranici centra na kojoj se provjeravaju sertifikati, pomoću koda { $code }.
email-certificate-action = Provjerite sertifikat
# The subject's title for a placement test certificate.
# Variables:
#   $level (String) - a CEFR level, such as B2
email-certificate-placement-title = Test za određivanje nivoa engleskog jezika, nivo { $level }

verify-title = Provjera sertifikata
verify-intro = Unesite kôd odštampan na sertifikatu da biste provjerili da li ga je izdao { -centre-name }.
verify-code-label = Kôd sertifikata
verify-code-hint = Na primjer 7K3QD-M0XPA-9RT1W. Unesite slova i cifre kao na sertifikatu; crtice i razmake možete da izostavite.
verify-button = Provjerite
verify-valid = Ovaj sertifikat je važeći.
# Variables:
#   $date (String) - the date it was revoked, already formatted
verify-revoked = Ovaj sertifikat je opozvan { $date }. Više nije važeći.
verify-unknown = Ne postoji sertifikat sa ovim kodom. Provjerite da li je kôd unijet onako kako je odštampan ili se obratite centru.
verify-malformed = Ovo nije kôd sertifikata: kôd se sastoji od 15 slova i cifara, na primjer 7K3QD-M0XPA-9RT1W.
verify-name = Ime i prezime
verify-certified = Kurs ili test
verify-level = Nivo
verify-score = Rezultat
verify-date = Datum izdavanja
verify-code = Kôd
verify-issuer = Izdavalac
# Under the details: how to check the signature with an outside tool.
# Variables:
#   $kid (String) - the key's identifier
verify-signature-note = Zapis o ovom sertifikatu potpisan je ključem centra { $kid }. Potpisani zapis i javni ključevi objavljeni su za svakoga ko želi da samostalno provjeri potpis:
verify-record-link = potpisani zapis (JSON)
verify-keys-link = javni ključevi (JWKS)
verify-badge-link = digitalni bedž (Open Badges)
verify-throttled = Sa Vaše adrese za kratko vrijeme stiglo je previše zahtjeva za provjeru. Sačekajte minut i pokušajte ponovo.

## Open Badges 3.0: the certificate as a credential for a wallet. Its texts are in the certificate's language.
# The credential's name.
# Variables:
#   $title (String) - the course's title, or the placement test with the level reached
badge-name = Sertifikat: { $title }
# What every learner who passes the course reaches (the achievement's description).
# Variables:
#   $course (String) - the course's title
badge-course-description = Položen završni ispit kursa „{ $course }“.
# Variables:
#   $course (String) - the course's title
badge-course-criteria = Na završnom ispitu kursa „{ $course }“ dostići bar prag prolaznosti.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-description = Znanje engleskog jezika na nivou { $level } prema Zajedničkom evropskom referentnom okviru za jezike, utvrđeno testom za određivanje nivoa engleskog jezika koji sprovodi centar.
# Variables:
#   $level (String) - a CEFR level, such as B2
badge-placement-criteria = Završiti test za određivanje nivoa engleskog jezika koji sprovodi centar i na njemu postići nivo { $level }.

## The learner's certificates on the result pages and the dashboard.
certificate-box-title = Vaš sertifikat
dashboard-certificates = Vaši sertifikati
# Variables:
#   $date (String) - the date of issue, already formatted
certificate-box-issued = Izdat { $date }
certificate-box-revoked = Ovaj sertifikat je opozvan i više nije važeći.
certificate-box-pdf = Sertifikat (PDF)
# The signed credential file a learner adds to a credential wallet.
certificate-box-badge = Digitalni bedž (Open Badges)
# The same credential shown as readable JSON.
certificate-box-badge-json = čitljiv oblik
certificate-box-verify = Stranica za provjeru
