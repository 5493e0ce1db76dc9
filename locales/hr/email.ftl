### Emails to learners: invitations, reminders and results. Each email has a subject, a plain-text part and
### an HTML part built from the same messages.

# The line at the top of every email.
email-header = { -centre-name }
# Variables:
#   $name (String) - the recipient's name as the centre registered it
email-greeting = Poštovani/a { $name },
# The last line of every email.
email-footer = Ovu je poruku automatski poslao sustav za provjeru znanja „ispit“, kojim upravlja { -centre-name }. Odgovori na ovu poruku ne čitaju se; ako imate pitanja, obratite se svojem predavaču.
# Shown under a button, for email programs that do not show buttons.
email-link-hint = Ako gumb ne radi, kopirajte ovu adresu u svoj preglednik:

# Variables:
#   $title (String) - what was assigned: a course and its quiz, or the English placement test
email-invitation-subject = Novi dodijeljeni test: { $title }
# Variables:
#   $title (String) - what was assigned
email-invitation-body = Dodijeljen Vam je novi test: { $title }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-opens = Test se otvara { $when }.
# Variables:
#   $when (String) - date and time, already formatted
email-invitation-due = Molimo Vas da test predate do { $when }.
email-invitation-no-due = Za ovaj test nije određen rok.
email-invitation-action = Otvorite dodijeljene testove

# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-subject = Podsjetnik: { $title } – rok za predaju { $when }
# Variables:
#   $title (String) - what was assigned
#   $when (String) - the due date and time, already formatted
email-reminder-body = Podsjećamo Vas da rok za predaju dodijeljenog testa „{ $title }“ ističe { $when }, a test još niste predali.

# Variables:
#   $title (String) - the course and its quiz
email-result-subject = Vaš rezultat: { $title }
# Variables:
#   $title (String) - the course and its quiz
email-result-passed = Položili ste test „{ $title }“.
# Variables:
#   $title (String) - the course and its quiz
email-result-not-passed = Niste dosegnuli prag prolaznosti na testu „{ $title }“.
# When the quiz does not show scores after an attempt.
# Variables:
#   $title (String) - the course and its quiz
email-result-submitted = Vaš je pokušaj na testu „{ $title }“ zabilježen.
email-result-expired = Vrijeme je isteklo pa je Vaš pokušaj predan s odgovorima spremljenima do tog trenutka.
# Variables:
#   $score (String) - points scored, already formatted
#   $max (String) - the points available, already formatted
#   $percent (String) - the score as a percentage, already formatted
email-result-score = Ostvareni bodovi: { $score } od { $max } ({ $percent } %)
email-result-action = Pogledajte rezultat

email-placement-subject = Vaš rezultat na testu za određivanje razine engleskog jezika
# Variables:
#   $level (String) - a CEFR level, such as B2
email-placement-level = Vaša razina znanja engleskog jezika: { $level } (prema Zajedničkom europskom referentnom okviru za jezike).
email-placement-no-level = Razinu nije bilo moguće odrediti: do isteka vremena odgovorili ste na premalo pitanja.
# Variables:
#   $date (String) - date and time, already formatted
email-placement-date = Test je završen { $date }.
email-placement-action = Pogledajte rezultat

## Links asked for on the sign-in page ("Forgot your password?"): a link to choose a new password, and a
## link to sign in once without one. Each works once and for a short time.

email-reset-subject = Postavljanje nove lozinke
email-reset-body = Netko – nadamo se da ste to bili Vi – zatražio je postavljanje nove lozinke za Vaš korisnički račun. Da biste odabrali novu lozinku, otvorite poveznicu u nastavku.
email-reset-action = Odaberite novu lozinku
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-reset-expires = Poveznica vrijedi do { $when } i može se upotrijebiti samo jednom.
email-reset-ignore = Ako to niste zatražili, zanemarite ovu poruku: Vaša lozinka ostaje nepromijenjena.

email-sign-in-subject = Vaša poveznica za prijavu
email-sign-in-body = Netko – nadamo se da ste to bili Vi – zatražio je poveznicu za prijavu u Vaš korisnički račun bez lozinke. Da biste se prijavili, otvorite poveznicu u nastavku.
email-sign-in-action = Prijavite se
# Variables:
#   $when (String) - the date and time the link stops working, already formatted
email-sign-in-expires = Poveznica vrijedi do { $when } i može se upotrijebiti samo jednom.
email-sign-in-ignore = Ako to niste zatražili, zanemarite ovu poruku: nitko se bez ove poveznice ne može prijaviti.
