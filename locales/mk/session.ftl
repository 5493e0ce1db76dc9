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

login-forgot-link = Ја заборавивте лозинката?

## Asking for a link by email when the password is forgotten.

forgot-title = Заборавена лозинка
forgot-intro = Внесете ја адресата на е-пошта на Вашата сметка. Ќе Ви испратиме врска за избор на нова лозинка или врска за еднократна најава без лозинка.
forgot-reset-button = Испратете ми врска за нова лозинка
forgot-sign-in-button = Испратете ми врска за најава
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = Ако постои сметка за таа адреса, испративме порака на неа.
forgot-sent-hint = Врската во пораката може да се искористи само еднаш и важи само кратко време. Ако пораката не пристигне за неколку минути, проверете ја папката за несакана пошта (спам) или обратете се до Вашиот предавач.
forgot-back-to-login = Назад кон најавата

## Choosing a new password through a link.

reset-title = Поставување нова лозинка
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Изберете нова лозинка за сметката { $email }. Ќе бидете одјавени од сите други уреди, а најавени тука.
reset-password-label = Нова лозинка
reset-password-hint = Најмалку 10 знаци.
reset-confirm-label = Повторете ја новата лозинка
reset-button = Поставете ја лозинката и најавете се
reset-error-mismatch = Внесените лозинки не се исти.

## Signing in through a link.

sign-in-link-title = Најава преку врска
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Дали сакате да се најавите како { $email }? Врската може да се искористи само еднаш.
sign-in-link-button = Најавете се

## A link that cannot be used.

link-error-unknown = Оваа врска не е важечка. Проверете дали е копирана целата адреса од пораката.
link-error-used = Оваа врска е веќе искористена: секоја врска може да се искористи само еднаш.
link-error-expired = Рокот на важење на оваа врска истече.
link-ask-again = Побарајте нова врска
