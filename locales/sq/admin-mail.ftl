### The administrators' pages of certificates and email: the list of certificates and their revocation,
### sending certificates to a cohort or an assignment (a dry run, then a batch), the outbox and its batches.

staff-nav-certificates = Certifikatat
staff-nav-mail = Posta elektronike

## Certificates

admin-certs-title = Certifikatat
admin-certs-intro = Certifikatat e lëshuara së fundi. Një certifikatë e revokuar mbetet në regjistër: faqja e saj e verifikimit tregon se është revokuar dhe kur.
admin-certs-search-label = Kodi, emri ose adresa e postës elektronike
admin-certs-search-button = Kërkoni
admin-certs-send-link = Dërgoni certifikata kursantëve të një grupi ose të një testi të caktuar
admin-certs-none = Asnjë certifikatë nuk përputhet me kërkimin.
admin-certs-col-code = Kodi
admin-certs-col-learner = Kursanti
admin-certs-col-what = Kursi ose testi
admin-certs-col-issued = Lëshuar më
admin-certs-col-status = Statusi
admin-certs-valid = E vlefshme
# Variables:
#   $date (String) - the date and time of the revocation, already formatted
#   $reason (String) - the reason the administrator gave
admin-certs-revoked-on = E revokuar më { $date }: { $reason }
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-certs-what-placement = Test për përcaktimin e nivelit, niveli { $level }
admin-certs-learner-gone = (llogaria është fshirë)
admin-certs-reason-label = Arsyeja e revokimit
admin-certs-revoke-button = Revokoni
# Variables:
#   $code (String) - the certificate's verification code
admin-certs-revoke-aria = Revokoni certifikatën { $code }
admin-certs-revoked = Certifikata u revokua. Faqja e saj e verifikimit tani e tregon këtë.
admin-certs-error-reason = Jepni arsyen e revokimit të certifikatës (jo më shumë se 300 shenja).

## Sending certificates

admin-send-title = Dërgoni certifikata
admin-send-intro = Zgjidhni një grup ose një test të caktuar. Fillimisht do të shihni kush çfarë merr; asgjë nuk lëshohet dhe nuk dërgohet me postë elektronike derisa ta konfirmoni.
admin-send-target-label = Grupi ose testi i caktuar
admin-send-cohorts = Grupet
admin-send-assignments = Testet e caktuara
# Variables:
#   $name (String) - the cohort's name
#   $learners (Number) - how many learners it has
admin-send-cohort-option = { $name } ({ $learners ->
    [one] { $learners } kursant
   *[other] { $learners } kursantë
})
# Variables:
#   $id (Number) - the assignment's number
#   $task (String) - the quiz's title, or the placement test's name
#   $audience (String) - the cohort's or the learner's name
admin-send-assignment-option = Nr. { $id }: { $task } ({ $audience })
admin-send-again-label = Dërgoni përsëri edhe certifikatat që janë dërguar më parë me postë elektronike
admin-send-preview-button = Shfaqni kush çfarë merr
# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-send-plan-title = Pamje paraprake e dërgimit: { $label }
# Variables:
#   $issue (Number) - certificates to issue (each is emailed)
#   $email (Number) - existing certificates to email
#   $nothing (Number) - learners for whom nothing happens
admin-send-plan-summary = { $issue ->
    [one] { $issue } certifikatë për t'u lëshuar dhe dërguar
   *[other] { $issue } certifikata për t'u lëshuar dhe dërguar
}, { $email ->
    [one] { $email } certifikatë ekzistuese për t'u dërguar
   *[other] { $email } certifikata ekzistuese për t'u dërguar
}, ndërsa për { $nothing ->
    [one] { $nothing } kursant
   *[other] { $nothing } kursantë
} nuk ka asgjë për të dërguar.
admin-send-col-learner = Kursanti
admin-send-col-email = Adresa e postës elektronike
admin-send-col-result = Rezultati
admin-send-col-certificate = Certifikata
admin-send-col-action = Çfarë ndodh
admin-send-no-result = Asnjë rezultat që jep të drejtën e certifikatës
# Variables:
#   $quiz (String) - the quiz's title
#   $percent (Number) - the score, a whole percentage
admin-send-result-quiz = { $quiz }: kaluar me { $percent } %
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-send-result-placement = Test për përcaktimin e nivelit: niveli { $level }
# Variables:
#   $action (String) - issue, email or nothing
admin-send-action = { $action ->
    [issue] Certifikata lëshohet dhe dërgohet me postë elektronike
    [email] Certifikata dërgohet me postë elektronike
   *[nothing] Asgjë
}
# Variables:
#   $why (String) - why nothing is sent
admin-send-why = { $why ->
    [no-result] asnjë rezultat që jep të drejtën e certifikatës
    [not-certifying] ky test nuk jep certifikatë
    [revoked] certifikata është revokuar
    [sent] mesazhi me certifikatën është dërguar tashmë
   *[on-its-way] mesazhi me certifikatën po dërgohet tashmë
}
admin-send-nobody = Nuk ka kujt t'i dërgohet: grupi ose testi i caktuar nuk ka kursantë.
admin-send-confirm-button = Lëshoni dhe dërgoni tani
admin-send-nothing-to-do = Nuk ka asgjë për të dërguar.
admin-send-none-to-choose = Ende nuk ka asnjë grup dhe asnjë test të caktuar.
admin-send-error-target = Zgjidhni një grup ose një test të caktuar.

## Email

admin-mail-title = Posta elektronike
admin-mail-intro = Çdo mesazh që dërgon ispit kalon nëpër këtë radhë pritjeje. Një mesazh që refuzohet nga serveri i postës elektronike provohet përsëri dhe, pas numrit të përpjekjeve të përcaktuar në konfigurim, merr statusin «I dështuar»; një mesazh të tillë mund ta dërgoni përsëri.
admin-mail-counts-title = Gjendja e radhës
# Variables:
#   $status (String) - queued, sending, sent or failed
admin-mail-status = { $status ->
    [queued] Në radhë
    [sending] Po dërgohet
    [sent] I dërguar
   *[failed] I dështuar
}
admin-mail-filter-label = Shfaqni
admin-mail-filter-all = Të gjitha mesazhet
admin-mail-filter-button = Shfaqni
admin-mail-latest-title = Mesazhet e fundit
admin-mail-none = Asnjë mesazh.
admin-mail-col-kind = Lloji
admin-mail-col-recipient = Marrësi
admin-mail-col-status = Statusi
admin-mail-col-tries = Përpjekjet
admin-mail-col-error = Përgjigjja e fundit e serverit
admin-mail-col-created = Vënë në radhë më
# Variables:
#   $kind (String) - what the email is about
admin-mail-kind = { $kind ->
    [invitation] Test i ri i caktuar
    [reminder] Kujtesë
    [quiz_result] Rezultati i testit
    [placement_result] Rezultati i testit të nivelit
    [certificate] Certifikatë
    [password_reset] Vendosja e një fjalëkalimi të ri
    [sign_in_link] Lidhje për hyrje
   *[other] { $kind }
}
# Variables:
#   $id (Number) - the email's number
admin-mail-detail-title = Mesazhi nr. { $id }
admin-mail-details-link = Hollësitë
admin-mail-batch-link = Dërgimi masiv
admin-mail-tries-title = Përpjekjet e dërgimit
admin-mail-no-tries = Ende nuk ka pasur asnjë përpjekje dërgimi.
admin-mail-col-try = Përpjekja
admin-mail-col-at = Koha
admin-mail-col-outcome = Përfundimi
admin-mail-col-reply = Përgjigjja e serverit
# Variables:
#   $outcome (String) - sent, retry or failed
admin-mail-outcome = { $outcome ->
    [sent] I dërguar
    [retry] Refuzuar përkohësisht, do të provohet përsëri
   *[failed] I dështuar
}
admin-mail-resend-button = Dërgoni përsëri
admin-mail-resent = Mesazhi është sërish në radhë.
admin-mail-back = Kthehuni te radha e postës elektronike
admin-mail-batches-title = Dërgimet masive

## Batches

# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-batch-title = Dërgimi masiv: { $label }
# Variables:
#   $by (String) - the administrator's name
#   $date (String) - when, already formatted
admin-batch-by = Nisur nga { $by } më { $date }.
# Variables:
#   $date (String) - when, already formatted
admin-batch-at = Nisur më { $date }.
admin-batch-progress-label = Ecuria
# Variables:
#   $done (Number) - emails sent or failed
#   $total (Number) - emails in the batch
admin-batch-progress = Përfunduar: { $done } nga { $total }
admin-batch-refreshing = Sa kohë që ka mesazhe në pritje, kjo faqe rifreskohet vetë çdo 5 sekonda.
# A link that reloads the page at once (for browsers without scripts).
admin-batch-reload = Rifreskojeni tani
admin-batch-finished = Çdo mesazh i këtij dërgimi masiv është dërguar ose dërgimi i tij ka dështuar.
admin-batch-empty = Ky dërgim masiv nuk ka asnjë mesazh.
