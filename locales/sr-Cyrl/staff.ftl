### Pages for instructors and administrators: navigation, accounts, cohorts.

staff-nav-label = Особље
staff-nav-quizzes = Тестови
staff-nav-users = Кориснички налози
staff-nav-cohorts = Групе полазника

error-no-permission = Ваш налог нема приступ овој страници.

# Variables:
#   $role (String) - learner, instructor or admin
role-name = { $role ->
    [learner] Полазник
    [instructor] Предавач
   *[admin] Администратор
}

admin-saved = Сачувано.
admin-save = Сачувајте
admin-create = Направите
admin-add = Додајте
admin-remove = Уклоните
admin-form-has-errors = Нека поља треба исправити: погледајте поруке поред њих.
admin-col-name = Име и презиме
admin-col-email = Адреса е-поште
admin-col-roles = Улоге
admin-col-language = Жељени језик
admin-col-cohort = Група
# The label of the input for a cohort's name, when creating or renaming one (admin-col-cohort is the table header).
admin-cohort-name-label = Назив групе
admin-col-learners = Полазници
admin-col-instructors = Предавачи
admin-col-member-role = Улога у групи
admin-col-actions = Радње
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled = Онемогућен
admin-language-browser = Према подешавањима прегледача

admin-users-title = Кориснички налози
admin-users-search-label = Пронађите по имену или адреси е-поште
admin-users-search-button = Претражите
admin-users-new = Направите налог
admin-users-none = Ниједан налог не одговара претрази.
admin-back-to-users = Назад на налоге
admin-user-new-title = Нови налог
admin-user-edit-title = Измена налога
admin-account-state = Статус налога
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled-label = Онемогућен: пријава није могућа; особа се одмах одјављује са свих уређаја
admin-password-label = Лозинка
admin-password-hint = Најмање 10 знакова. Лозинку доставите особи на безбедан начин.
admin-password-title = Постављање нове лозинке
admin-password-reset-hint = Најмање 10 знакова. Особа се одјављује са свих уређаја и затим се пријављује новом лозинком.
admin-password-button = Поставите лозинку
admin-user-cohorts = Групе полазника
admin-user-no-cohorts = Није члан ниједне групе.

admin-error-email = Унесите адресу е-поште, на пример ime@example.org.
admin-error-email-taken = Други налог већ има ову адресу е-поште.
admin-error-name = Унесите име и презиме особе.
admin-error-language = Изаберите један од језика са листе.
admin-error-roles = Изаберите бар једну улогу.
admin-error-password = Лозинка мора да има најмање 10 знакова.
admin-error-self-lockout = Не можете да онемогућите сопствени налог нити да уклоните сопствену улогу администратора.
admin-error-cohort-name = Унесите назив од највише 200 знакова.
admin-error-cohort-taken = Група са овим називом већ постоји.
admin-error-no-such-account = Ниједан налог нема ову адресу е-поште. Најпре направите налог.
admin-error-not-instructor = Овај налог нема улогу предавача: најпре му доделите ту улогу.

admin-cohorts-title = Групе полазника
admin-cohorts-none = Још нема група.
admin-cohort-new = Нова група
admin-cohort-name-hint = На пример: Комесаријат за избеглице и миграције — енглески 2026
admin-back-to-cohorts = Назад на групе
admin-cohort-members = Чланови
admin-cohort-empty = Ова група још нема чланова.
admin-cohort-add-member = Додајте члана
admin-cohort-rename = Преименујте групу
# Variables:
#   $learners (Number) - learners in the cohort
#   $instructors (Number) - instructors of the cohort
admin-cohort-counts = { $learners ->
    [one] { $learners } полазник
    [few] { $learners } полазника
   *[other] { $learners } полазника
}, { $instructors ->
    [one] { $instructors } предавач
    [few] { $instructors } предавача
   *[other] { $instructors } предавача
}
# $name: a person's full name, which cannot be declined: word the text so that it needs no case ending.
# Variables:
#   $name (String) - the member's name
admin-remove-member-label = Уклоните из групе: { $name }
