### Pages for instructors and administrators: navigation, accounts, cohorts.

staff-nav-label = Персонал
staff-nav-quizzes = Тестови
staff-nav-users = Кориснички сметки
staff-nav-cohorts = Групи слушатели

error-no-permission = Вашата сметка нема пристап до оваа страница.

# Variables:
#   $role (String) - learner, instructor or admin
role-name = { $role ->
    [learner] Слушател
    [instructor] Предавач
   *[admin] Администратор
}

admin-saved = Зачувано.
admin-save = Зачувајте
admin-create = Создајте
admin-add = Додајте
admin-remove = Отстранете
admin-form-has-errors = Некои полиња треба да се поправат: погледнете ги пораките до нив.
admin-col-name = Име и презиме
admin-col-email = Адреса на е-пошта
admin-col-roles = Улоги
admin-col-language = Претпочитан јазик
admin-col-cohort = Група
# The label of the input for a cohort's name, when creating or renaming one (admin-col-cohort is the table header).
admin-cohort-name-label = Назив на групата
admin-col-learners = Слушатели
admin-col-instructors = Предавачи
admin-col-member-role = Улога во групата
admin-col-actions = Дејства
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled = Оневозможена
admin-language-browser = Според поставките на прелистувачот

admin-users-title = Кориснички сметки
admin-users-search-label = Пребарувајте по име или адреса на е-пошта
admin-users-search-button = Пребарајте
admin-users-new = Создајте сметка
admin-users-none = Ниедна сметка не одговара на пребарувањето.
admin-back-to-users = Назад кон сметките
admin-user-new-title = Нова сметка
admin-user-edit-title = Уредување на сметката
admin-account-state = Статус на сметката
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled-label = Оневозможена: најавувањето не е можно; лицето веднаш се одјавува од сите уреди
admin-password-label = Лозинка
admin-password-hint = Најмалку 10 знаци. Доставете ја лозинката до лицето на безбеден начин.
admin-password-title = Поставување нова лозинка
admin-password-reset-hint = Најмалку 10 знаци. Лицето се одјавува од сите уреди и потоа се најавува со новата лозинка.
admin-password-button = Поставете ја лозинката
admin-user-cohorts = Групи слушатели
admin-user-no-cohorts = Не е член на ниедна група.

admin-error-email = Внесете адреса на е-пошта, на пример ime@example.org.
admin-error-email-taken = Друга сметка веќе ја има оваа адреса на е-пошта.
admin-error-name = Внесете го името и презимето на лицето.
admin-error-language = Изберете еден од јазиците од листата.
admin-error-roles = Изберете барем една улога.
admin-error-password = Лозинката мора да има најмалку 10 знаци.
admin-error-self-lockout = Не можете да ја оневозможите сопствената сметка ниту да ја отстраните сопствената улога администратор.
admin-error-cohort-name = Внесете назив од најмногу 200 знаци.
admin-error-cohort-taken = Веќе постои група со овој назив.
admin-error-no-such-account = Ниедна сметка ја нема оваа адреса на е-пошта. Прво создајте ја сметката.
admin-error-not-instructor = Оваа сметка нема улога предавач: прво доделете ѝ ја таа улога.

admin-cohorts-title = Групи слушатели
admin-cohorts-none = Сѐ уште нема групи.
admin-cohort-new = Нова група
admin-cohort-name-hint = На пример: Министерство за внатрешни работи — англиски 2026
admin-back-to-cohorts = Назад кон групите
admin-cohort-members = Членови
admin-cohort-empty = Оваа група сѐ уште нема членови.
admin-cohort-add-member = Додајте член
admin-cohort-rename = Преименувајте ја групата
# Variables:
#   $learners (Number) - learners in the cohort
#   $instructors (Number) - instructors of the cohort
admin-cohort-counts = { $learners ->
    [one] { $learners } слушател
   *[other] { $learners } слушатели
}, { $instructors ->
    [one] { $instructors } предавач
   *[other] { $instructors } предавачи
}
# $name: a person's full name, which cannot be declined: word the text so that it needs no case ending.
# Variables:
#   $name (String) - the member's name
admin-remove-member-label = Отстранете од групата: { $name }
