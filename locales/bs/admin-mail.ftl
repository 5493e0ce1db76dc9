### The administrators' pages of certificates and email: the list of certificates and their revocation,
### sending certificates to a cohort or an assignment (a dry run, then a batch), the outbox and its batches.

staff-nav-certificates = Certifikati
staff-nav-mail = E-pošta

## Certificates

admin-certs-title = Certifikati
admin-certs-intro = Posljednji izdati certifikati. Opozvani certifikat ostaje evidentiran: na njegovoj stranici za provjeru piše da je opozvan i kada.
admin-certs-search-label = Kôd, ime ili adresa e-pošte
admin-certs-search-button = Pretražite
admin-certs-send-link = Pošaljite certifikate grupi ili polaznicima dodijeljenog testa
admin-certs-none = Nijedan certifikat ne odgovara pretrazi.
admin-certs-col-code = Kôd
admin-certs-col-learner = Polaznik
admin-certs-col-what = Kurs ili test
admin-certs-col-issued = Izdat
admin-certs-col-status = Status
admin-certs-valid = Važeći
# Variables:
#   $date (String) - the date and time of the revocation, already formatted
#   $reason (String) - the reason the administrator gave
admin-certs-revoked-on = Opozvan { $date }: { $reason }
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-certs-what-placement = Test za određivanje nivoa, nivo { $level }
admin-certs-learner-gone = (korisnički račun je izbrisan)
admin-certs-reason-label = Razlog opoziva
admin-certs-revoke-button = Opozovite
# Variables:
#   $code (String) - the certificate's verification code
admin-certs-revoke-aria = Opozovite certifikat { $code }
admin-certs-revoked = Certifikat je opozvan. Na njegovoj stranici za provjeru sada to piše.
admin-certs-error-reason = Navedite razlog opoziva certifikata (najviše 300 znakova).

## Sending certificates

admin-send-title = Pošaljite certifikate
admin-send-intro = Izaberite grupu ili dodijeljeni test. Prvo ćete vidjeti ko šta dobija; ništa se ne izdaje niti šalje e-poštom dok ne potvrdite.
admin-send-target-label = Grupa ili dodijeljeni test
admin-send-cohorts = Grupe
admin-send-assignments = Dodijeljeni testovi
# Variables:
#   $name (String) - the cohort's name
#   $learners (Number) - how many learners it has
admin-send-cohort-option = { $name } ({ $learners ->
    [one] { $learners } polaznik
    [few] { $learners } polaznika
   *[other] { $learners } polaznika
})
# Variables:
#   $id (Number) - the assignment's number
#   $task (String) - the quiz's title, or the placement test's name
#   $audience (String) - the cohort's or the learner's name
admin-send-assignment-option = Br. { $id }: { $task } ({ $audience })
admin-send-again-label = Ponovo pošaljite i certifikate koji su već poslani e-poštom
admin-send-preview-button = Prikažite ko šta dobija
# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-send-plan-title = Pregled prije slanja: { $label }
# Variables:
#   $issue (Number) - certificates to issue (each is emailed)
#   $email (Number) - existing certificates to email
#   $nothing (Number) - learners for whom nothing happens
admin-send-plan-summary = { $issue ->
    [one] { $issue } certifikat za izdavanje i slanje
    [few] { $issue } certifikata za izdavanje i slanje
   *[other] { $issue } certifikata za izdavanje i slanje
}, { $email ->
    [one] { $email } postojeći certifikat za slanje
    [few] { $email } postojeća certifikata za slanje
   *[other] { $email } postojećih certifikata za slanje
}, a za { $nothing } polaznika nema ničega za slanje.
admin-send-col-learner = Polaznik
admin-send-col-email = Adresa e-pošte
admin-send-col-result = Rezultat
admin-send-col-certificate = Certifikat
admin-send-col-action = Šta će se desiti
admin-send-no-result = Nema rezultata za koji se dobija certifikat
# Variables:
#   $quiz (String) - the quiz's title
#   $percent (Number) - the score, a whole percentage
admin-send-result-quiz = { $quiz }: položen s { $percent } %
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-send-result-placement = Test za određivanje nivoa: nivo { $level }
# Variables:
#   $action (String) - issue, email or nothing
admin-send-action = { $action ->
    [issue] Certifikat se izdaje i šalje e-poštom
    [email] Certifikat se šalje e-poštom
   *[nothing] Ništa
}
# Variables:
#   $why (String) - why nothing is sent
admin-send-why = { $why ->
    [no-result] nema rezultata za koji se dobija certifikat
    [not-certifying] za ovaj test se ne izdaje certifikat
    [revoked] certifikat je opozvan
    [sent] poruka s certifikatom je već poslana
   *[on-its-way] poruka s certifikatom se već šalje
}
admin-send-nobody = Nema kome slati: grupa ili dodijeljeni test nema polaznika.
admin-send-confirm-button = Izdajte i pošaljite sada
admin-send-nothing-to-do = Nema ničega za slanje.
admin-send-none-to-choose = Još nema nijedne grupe ni dodijeljenog testa.
admin-send-error-target = Izaberite grupu ili dodijeljeni test.

## Email

admin-mail-title = E-pošta
admin-mail-intro = Svaka poruka koju „ispit“ šalje prolazi kroz ovaj red čekanja. Poruku koju server e-pošte odbije sistem pokušava poslati ponovo, a nakon broja pokušaja određenog u konfiguraciji ona dobija status „Neuspjelo“; takvu poruku možete poslati ponovo.
admin-mail-counts-title = Stanje reda čekanja
# Variables:
#   $status (String) - queued, sending, sent or failed
admin-mail-status = { $status ->
    [queued] U redu čekanja
    [sending] Šalje se
    [sent] Poslano
   *[failed] Neuspjelo
}
admin-mail-filter-label = Prikaz
admin-mail-filter-all = Sve poruke
admin-mail-filter-button = Prikažite
admin-mail-latest-title = Posljednje poruke
admin-mail-none = Nema poruka.
admin-mail-col-kind = Vrsta
admin-mail-col-recipient = Primalac
admin-mail-col-status = Status
admin-mail-col-tries = Pokušaji
admin-mail-col-error = Posljednji odgovor servera
admin-mail-col-created = Dodano u red
# Variables:
#   $kind (String) - what the email is about
admin-mail-kind = { $kind ->
    [invitation] Novi dodijeljeni test
    [reminder] Podsjetnik
    [quiz_result] Rezultat testa
    [placement_result] Rezultat testa za određivanje nivoa
    [certificate] Certifikat
    [password_reset] Postavljanje nove lozinke
    [sign_in_link] Link za prijavu
   *[other] { $kind }
}
# Variables:
#   $id (Number) - the email's number
admin-mail-detail-title = Poruka br. { $id }
admin-mail-details-link = Detalji
admin-mail-batch-link = Skupno slanje
admin-mail-tries-title = Pokušaji slanja
admin-mail-no-tries = Još nije bilo pokušaja slanja.
admin-mail-col-try = Pokušaj
admin-mail-col-at = Vrijeme
admin-mail-col-outcome = Ishod
admin-mail-col-reply = Odgovor servera
# Variables:
#   $outcome (String) - sent, retry or failed
admin-mail-outcome = { $outcome ->
    [sent] Poslano
    [retry] Privremeno odbijeno, slijedi novi pokušaj
   *[failed] Neuspjelo
}
admin-mail-resend-button = Pošaljite ponovo
admin-mail-resent = Poruka je ponovo u redu čekanja.
admin-mail-back = Nazad na red čekanja
admin-mail-batches-title = Skupna slanja

## Batches

# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-batch-title = Skupno slanje: { $label }
# Variables:
#   $by (String) - the administrator's name
#   $date (String) - when, already formatted
admin-batch-by = Slanje je { $date } pokrenuo/la { $by }.
# Variables:
#   $date (String) - when, already formatted
admin-batch-at = Slanje je pokrenuto { $date }.
admin-batch-progress-label = Napredak
# Variables:
#   $done (Number) - emails sent or failed
#   $total (Number) - emails in the batch
admin-batch-progress = Završeno: { $done } od { $total }
admin-batch-refreshing = Dok ima poruka koje čekaju, ova stranica se sama osvježava svakih 5 sekundi.
# A link that reloads the page at once (for browsers without scripts).
admin-batch-reload = Osvježite sada
admin-batch-finished = Svaka poruka iz ovog skupnog slanja je poslana ili njeno slanje nije uspjelo.
admin-batch-empty = U ovom skupnom slanju nema poruka.
