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
