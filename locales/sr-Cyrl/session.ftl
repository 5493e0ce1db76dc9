### Signing in.

login-title = Пријава
login-intro = Пријавите се адресом е-поште и лозинком које Вам је доделио центар за обуку.
login-pending-answers = Ваша сесија је истекла. Пријавите се поново: одговори које сте управо послали су задржани и биће сачувани у Вашем покушају.
login-email-label = Адреса е-поште
login-password-label = Лозинка
login-button = Пријавите се
login-error-email = Унесите исправну адресу е-поште.
login-error-credentials = Адреса е-поште или лозинка није исправна.
login-error-throttled = Превише неуспелих пријава са овом адресом. Покушајте поново за { $minutes ->
        [one] { $minutes } минут
        [few] { $minutes } минута
       *[other] { $minutes } минута
    }.

login-forgot-link = Заборавили сте лозинку?

## Asking for a link by email when the password is forgotten.

forgot-title = Заборављена лозинка
forgot-intro = Унесите адресу е-поште свог налога. Послаћемо Вам линк за избор нове лозинке или линк за једнократну пријаву без лозинке.
forgot-reset-button = Пошаљите ми линк за нову лозинку
forgot-sign-in-button = Пошаљите ми линк за пријаву
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = Ако за ту адресу постоји налог, на њу смо послали поруку.
forgot-sent-hint = Линк у поруци може да се употреби само једном и важи само кратко време. Ако порука не стигне за неколико минута, проверите фасциклу за нежељену пошту (спам) или се обратите свом предавачу.
forgot-back-to-login = Назад на пријаву

## Choosing a new password through a link.

reset-title = Постављање нове лозинке
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Изаберите нову лозинку за налог { $email }. Бићете одјављени са свих других уређаја, а пријављени овде.
reset-password-label = Нова лозинка
reset-password-hint = Најмање 10 знакова.
reset-confirm-label = Поновите нову лозинку
reset-button = Поставите лозинку и пријавите се
reset-error-mismatch = Унете лозинке нису исте.

## Signing in through a link.

sign-in-link-title = Пријава путем линка
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Да ли желите да се пријавите као { $email }? Линк може да се употреби само једном.
sign-in-link-button = Пријавите се

## A link that cannot be used.

link-error-unknown = Овај линк није важећи. Проверите да ли је копирана цела адреса из поруке.
link-error-used = Овај линк је већ употребљен: сваки линк може да се употреби само једном.
link-error-expired = Рок важења овог линка је истекао.
link-ask-again = Затражите нови линк
