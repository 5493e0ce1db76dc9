### Signing in.

login-title = Најава
login-intro = Најавете се со адресата на е-пошта и лозинката што Ви ги додели центарот за обука.
login-pending-answers = Вашата сесија истече. Најавете се повторно: одговорите што штотуку ги испративте се задржани и ќе бидат зачувани во Вашиот обид.
login-email-label = Адреса на е-пошта
login-password-label = Лозинка
login-button = Најавете се
login-error-email = Внесете исправна адреса на е-пошта.
login-error-credentials = Адресата на е-пошта или лозинката не е точна.
login-error-throttled = Премногу неуспешни најавувања со оваа адреса. Обидете се повторно за { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }.
