### The administrators' pages of certificates and email: the list of certificates and their revocation,
### sending certificates to a cohort or an assignment (a dry run, then a batch), the outbox and its batches.

staff-nav-certificates = Сертификати
staff-nav-mail = Е-пошта

## Certificates

admin-certs-title = Сертификати
admin-certs-intro = Последњи издати сертификати. Опозвани сертификат остаје евидентиран: на његовој страници за проверу пише да је опозван и када.
admin-certs-search-label = Код, име или адреса е-поште
admin-certs-search-button = Претражите
admin-certs-send-link = Пошаљите сертификате групи или полазницима додељеног теста
admin-certs-none = Ниједан сертификат не одговара претрази.
admin-certs-col-code = Код
admin-certs-col-learner = Полазник
admin-certs-col-what = Курс или тест
admin-certs-col-issued = Издат
admin-certs-col-status = Статус
admin-certs-valid = Важећи
# Variables:
#   $date (String) - the date and time of the revocation, already formatted
#   $reason (String) - the reason the administrator gave
admin-certs-revoked-on = Опозван { $date }: { $reason }
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-certs-what-placement = Тест за одређивање нивоа, ниво { $level }
admin-certs-learner-gone = (налог је обрисан)
admin-certs-reason-label = Разлог опозива
admin-certs-revoke-button = Опозовите
# Variables:
#   $code (String) - the certificate's verification code
admin-certs-revoke-aria = Опозовите сертификат { $code }
admin-certs-revoked = Сертификат је опозван. На његовој страници за проверу сада то пише.
admin-certs-error-reason = Наведите разлог опозива сертификата (највише 300 знакова).

## Sending certificates

admin-send-title = Пошаљите сертификате
admin-send-intro = Изаберите групу или додељени тест. Најпре ћете видети ко шта добија; ништа се не издаје нити шаље е-поштом док не потврдите.
admin-send-target-label = Група или додељени тест
admin-send-cohorts = Групе
admin-send-assignments = Додељени тестови
# Variables:
#   $name (String) - the cohort's name
#   $learners (Number) - how many learners it has
admin-send-cohort-option = { $name } ({ $learners ->
    [one] { $learners } полазник
    [few] { $learners } полазника
   *[other] { $learners } полазника
})
# Variables:
#   $id (Number) - the assignment's number
#   $task (String) - the quiz's title, or the placement test's name
#   $audience (String) - the cohort's or the learner's name
admin-send-assignment-option = Бр. { $id }: { $task } ({ $audience })
admin-send-again-label = Поново пошаљите и сертификате који су већ послати е-поштом
admin-send-preview-button = Прикажите ко шта добија
# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-send-plan-title = Преглед пре слања: { $label }
# Variables:
#   $issue (Number) - certificates to issue (each is emailed)
#   $email (Number) - existing certificates to email
#   $nothing (Number) - learners for whom nothing happens
admin-send-plan-summary = { $issue ->
    [one] { $issue } сертификат за издавање и слање
    [few] { $issue } сертификата за издавање и слање
   *[other] { $issue } сертификата за издавање и слање
}, { $email ->
    [one] { $email } постојећи сертификат за слање
    [few] { $email } постојећа сертификата за слање
   *[other] { $email } постојећих сертификата за слање
}, а за { $nothing } полазника нема ничега за слање.
admin-send-col-learner = Полазник
admin-send-col-email = Адреса е-поште
admin-send-col-result = Резултат
admin-send-col-certificate = Сертификат
admin-send-col-action = Шта ће се десити
admin-send-no-result = Нема резултата којим се добија сертификат
# Variables:
#   $quiz (String) - the quiz's title
#   $percent (Number) - the score, a whole percentage
admin-send-result-quiz = { $quiz }: положен са { $percent } %
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-send-result-placement = Тест за одређивање нивоа: ниво { $level }
# Variables:
#   $action (String) - issue, email or nothing
admin-send-action = { $action ->
    [issue] Сертификат се издаје и шаље е-поштом
    [email] Сертификат се шаље е-поштом
   *[nothing] Ништа
}
# Variables:
#   $why (String) - why nothing is sent
admin-send-why = { $why ->
    [no-result] нема резултата којим се добија сертификат
    [not-certifying] за овај тест се не издаје сертификат
    [revoked] сертификат је опозван
    [sent] порука са сертификатом је већ послата
   *[on-its-way] порука са сертификатом се већ шаље
}
admin-send-nobody = Нема коме да се шаље: група или додељени тест нема полазника.
admin-send-confirm-button = Издајте и пошаљите сада
admin-send-nothing-to-do = Нема ничега за слање.
admin-send-none-to-choose = Још нема ниједне групе ни додељеног теста.
admin-send-error-target = Изаберите групу или додељени тест.

## Email

admin-mail-title = Е-пошта
admin-mail-intro = Свака порука коју „испит” шаље пролази кроз овај ред чекања. Поруку коју сервер е-поште одбије систем покушава поново да пошаље, а после броја покушаја одређеног у конфигурацији она добија статус „Неуспело”; такву поруку можете поново да пошаљете.
admin-mail-counts-title = Стање реда чекања
# Variables:
#   $status (String) - queued, sending, sent or failed
admin-mail-status = { $status ->
    [queued] У реду чекања
    [sending] Шаље се
    [sent] Послато
   *[failed] Неуспело
}
admin-mail-filter-label = Приказ
admin-mail-filter-all = Све поруке
admin-mail-filter-button = Прикажите
admin-mail-latest-title = Последње поруке
admin-mail-none = Нема порука.
admin-mail-col-kind = Врста
admin-mail-col-recipient = Прималац
admin-mail-col-status = Статус
admin-mail-col-tries = Покушаји
admin-mail-col-error = Последњи одговор сервера
admin-mail-col-created = Додато у ред
# Variables:
#   $kind (String) - what the email is about
admin-mail-kind = { $kind ->
    [invitation] Нови додељени тест
    [reminder] Подсетник
    [quiz_result] Резултат теста
    [placement_result] Резултат теста за одређивање нивоа
    [certificate] Сертификат
    [password_reset] Постављање нове лозинке
    [sign_in_link] Линк за пријаву
   *[other] { $kind }
}
# Variables:
#   $id (Number) - the email's number
admin-mail-detail-title = Порука бр. { $id }
admin-mail-details-link = Детаљи
admin-mail-batch-link = Скупно слање
admin-mail-tries-title = Покушаји слања
admin-mail-no-tries = Још није било покушаја слања.
admin-mail-col-try = Покушај
admin-mail-col-at = Време
admin-mail-col-outcome = Исход
admin-mail-col-reply = Одговор сервера
# Variables:
#   $outcome (String) - sent, retry or failed
admin-mail-outcome = { $outcome ->
    [sent] Послато
    [retry] Привремено одбијено, следи нови покушај
   *[failed] Неуспело
}
admin-mail-resend-button = Пошаљите поново
admin-mail-resent = Порука је поново у реду чекања.
admin-mail-back = Назад на ред чекања
admin-mail-batches-title = Скупна слања

## Batches

# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-batch-title = Скупно слање: { $label }
# Variables:
#   $by (String) - the administrator's name
#   $date (String) - when, already formatted
admin-batch-by = Слање је { $date } покренуо/ла { $by }.
# Variables:
#   $date (String) - when, already formatted
admin-batch-at = Слање је покренуто { $date }.
admin-batch-progress-label = Напредак
# Variables:
#   $done (Number) - emails sent or failed
#   $total (Number) - emails in the batch
admin-batch-progress = Завршено: { $done } од { $total }
admin-batch-refreshing = Док има порука које чекају, ова страница се сама освежава на сваких 5 секунди.
# A link that reloads the page at once (for browsers without scripts).
admin-batch-reload = Освежите сада
admin-batch-finished = Свака порука из овог скупног слања је послата или њено слање није успело.
admin-batch-empty = У овом скупном слању нема порука.
