### The administrators' pages of certificates and email: the list of certificates and their revocation,
### sending certificates to a cohort or an assignment (a dry run, then a batch), the outbox and its batches.

staff-nav-certificates = Сертификати
staff-nav-mail = Е-пошта

## Certificates

admin-certs-title = Сертификати
admin-certs-intro = Последните издадени сертификати. Отповиканиот сертификат останува евидентиран: на неговата страница за проверка пишува дека е отповикан и кога.
admin-certs-search-label = Код, име или адреса на е-пошта
admin-certs-search-button = Пребарајте
admin-certs-send-link = Испратете сертификати на група или на слушателите на доделен тест
admin-certs-none = Ниеден сертификат не одговара на пребарувањето.
admin-certs-col-code = Код
admin-certs-col-learner = Слушател
admin-certs-col-what = Курс или тест
admin-certs-col-issued = Издаден
admin-certs-col-status = Статус
admin-certs-valid = Важечки
# Variables:
#   $date (String) - the date and time of the revocation, already formatted
#   $reason (String) - the reason the administrator gave
admin-certs-revoked-on = Отповикан на { $date }: { $reason }
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-certs-what-placement = Тест за определување на нивото, ниво { $level }
admin-certs-learner-gone = (сметката е избришана)
admin-certs-reason-label = Причина за отповикување
admin-certs-revoke-button = Отповикајте
# Variables:
#   $code (String) - the certificate's verification code
admin-certs-revoke-aria = Отповикајте го сертификатот { $code }
admin-certs-revoked = Сертификатот е отповикан. На неговата страница за проверка сега пишува дека е отповикан.
admin-certs-error-reason = Наведете причина за отповикување на сертификатот (најмногу 300 знаци).

## Sending certificates

admin-send-title = Испратете сертификати
admin-send-intro = Изберете група или доделен тест. Прво ќе видите кој што добива; ништо не се издава ниту се испраќа по е-пошта додека не потврдите.
admin-send-target-label = Група или доделен тест
admin-send-cohorts = Групи
admin-send-assignments = Доделени тестови
# Variables:
#   $name (String) - the cohort's name
#   $learners (Number) - how many learners it has
admin-send-cohort-option = { $name } ({ $learners ->
    [one] { $learners } слушател
   *[other] { $learners } слушатели
})
# Variables:
#   $id (Number) - the assignment's number
#   $task (String) - the quiz's title, or the placement test's name
#   $audience (String) - the cohort's or the learner's name
admin-send-assignment-option = Бр. { $id }: { $task } ({ $audience })
admin-send-again-label = Повторно испратете ги и сертификатите што веќе се испратени по е-пошта
admin-send-preview-button = Прикажете кој што добива
# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-send-plan-title = Преглед пред испраќањето: { $label }
# Variables:
#   $issue (Number) - certificates to issue (each is emailed)
#   $email (Number) - existing certificates to email
#   $nothing (Number) - learners for whom nothing happens
admin-send-plan-summary = { $issue ->
    [one] { $issue } сертификат за издавање и испраќање
   *[other] { $issue } сертификати за издавање и испраќање
}, { $email ->
    [one] { $email } постоечки сертификат за испраќање
   *[other] { $email } постоечки сертификати за испраќање
}, а за { $nothing ->
    [one] { $nothing } слушател
   *[other] { $nothing } слушатели
} нема ништо за испраќање.
admin-send-col-learner = Слушател
admin-send-col-email = Адреса на е-пошта
admin-send-col-result = Резултат
admin-send-col-certificate = Сертификат
admin-send-col-action = Што ќе се случи
admin-send-no-result = Нема резултат со кој се добива сертификат
# Variables:
#   $quiz (String) - the quiz's title
#   $percent (Number) - the score, a whole percentage
admin-send-result-quiz = { $quiz }: положен со { $percent } %
# Variables:
#   $level (String) - a CEFR level, such as B1
admin-send-result-placement = Тест за определување на нивото: ниво { $level }
# Variables:
#   $action (String) - issue, email or nothing
admin-send-action = { $action ->
    [issue] Сертификатот се издава и се испраќа по е-пошта
    [email] Сертификатот се испраќа по е-пошта
   *[nothing] Ништо
}
# Variables:
#   $why (String) - why nothing is sent
admin-send-why = { $why ->
    [no-result] нема резултат со кој се добива сертификат
    [not-certifying] за овој тест не се издава сертификат
    [revoked] сертификатот е отповикан
    [sent] пораката со сертификатот е веќе испратена
   *[on-its-way] пораката со сертификатот веќе се испраќа
}
admin-send-nobody = Нема до кого да се испрати: групата или доделениот тест нема слушатели.
admin-send-confirm-button = Издадете и испратете сега
admin-send-nothing-to-do = Нема ништо за испраќање.
admin-send-none-to-choose = Сѐ уште нема ниедна група ниту доделен тест.
admin-send-error-target = Изберете група или доделен тест.

## Email

admin-mail-title = Е-пошта
admin-mail-intro = Секоја порака што ја испраќа „испит“ минува низ оваа редица на чекање. Пораката што серверот за е-пошта ќе ја одбие, системот се обидува повторно да ја испрати, а по бројот на обиди определен во конфигурацијата таа добива статус „Неуспешно“; таквата порака можете повторно да ја испратите.
admin-mail-counts-title = Состојба на редицата
# Variables:
#   $status (String) - queued, sending, sent or failed
admin-mail-status = { $status ->
    [queued] Во редица
    [sending] Се испраќа
    [sent] Испратено
   *[failed] Неуспешно
}
admin-mail-filter-label = Приказ
admin-mail-filter-all = Сите пораки
admin-mail-filter-button = Прикажете
admin-mail-latest-title = Последни пораки
admin-mail-none = Нема пораки.
admin-mail-col-kind = Вид
admin-mail-col-recipient = Примач
admin-mail-col-status = Статус
admin-mail-col-tries = Обиди
admin-mail-col-error = Последен одговор од серверот
admin-mail-col-created = Додадено во редицата
# Variables:
#   $kind (String) - what the email is about
admin-mail-kind = { $kind ->
    [invitation] Нов доделен тест
    [reminder] Потсетник
    [quiz_result] Резултат од тест
    [placement_result] Резултат од тестот за определување на нивото
    [certificate] Сертификат
    [password_reset] Поставување нова лозинка
    [sign_in_link] Врска за најава
   *[other] { $kind }
}
# Variables:
#   $id (Number) - the email's number
admin-mail-detail-title = Порака бр. { $id }
admin-mail-details-link = Детали
admin-mail-batch-link = Масовно испраќање
admin-mail-tries-title = Обиди за испраќање
admin-mail-no-tries = Сѐ уште нема обиди за испраќање.
admin-mail-col-try = Обид
admin-mail-col-at = Време
admin-mail-col-outcome = Исход
admin-mail-col-reply = Одговор од серверот
# Variables:
#   $outcome (String) - sent, retry or failed
admin-mail-outcome = { $outcome ->
    [sent] Испратено
    [retry] Привремено одбиено, ќе следи нов обид
   *[failed] Неуспешно
}
admin-mail-resend-button = Испратете повторно
admin-mail-resent = Пораката е повторно во редицата.
admin-mail-back = Назад кон редицата
admin-mail-batches-title = Масовни испраќања

## Batches

# Variables:
#   $label (String) - the cohort's name, or the assignment's number and task
admin-batch-title = Масовно испраќање: { $label }
# Variables:
#   $by (String) - the administrator's name
#   $date (String) - when, already formatted
admin-batch-by = Испраќањето го започна { $by } на { $date }.
# Variables:
#   $date (String) - when, already formatted
admin-batch-at = Испраќањето започна на { $date }.
admin-batch-progress-label = Напредок
# Variables:
#   $done (Number) - emails sent or failed
#   $total (Number) - emails in the batch
admin-batch-progress = Завршено: { $done } од { $total }
admin-batch-refreshing = Додека има пораки што чекаат, оваа страница сама се освежува на секои 5 секунди.
# A link that reloads the page at once (for browsers without scripts).
admin-batch-reload = Освежете сега
admin-batch-finished = Секоја порака од ова масовно испраќање е испратена или нејзиното испраќање не успеа.
admin-batch-empty = Ова масовно испраќање нема пораки.
