### Pages for instructors and administrators: navigation, accounts, cohorts.

staff-nav-label = Stafi
staff-nav-quizzes = Testet
staff-nav-users = Llogaritë
staff-nav-cohorts = Grupet e kursantëve

error-no-permission = Llogaria juaj nuk ka qasje në këtë faqe.

# Variables:
#   $role (String) - learner, instructor or admin
role-name = { $role ->
    [learner] Kursant
    [instructor] Trajner
   *[admin] Administrator
}

admin-saved = U ruajt.
admin-save = Ruani
admin-create = Krijoni
admin-add = Shtoni
admin-remove = Hiqni
admin-form-has-errors = Disa fusha duhen korrigjuar: shihni mesazhet pranë tyre.
admin-col-name = Emri dhe mbiemri
admin-col-email = Adresa e postës elektronike
admin-col-roles = Rolet
admin-col-language = Gjuha e preferuar
admin-col-cohort = Grupi
# The label of the input for a cohort's name, when creating or renaming one (admin-col-cohort is the table header).
admin-cohort-name-label = Emri i grupit
admin-col-learners = Kursantët
admin-col-instructors = Trajnerët
admin-col-member-role = Roli në grup
admin-col-actions = Veprimet
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled = E çaktivizuar
admin-language-browser = Sipas cilësimeve të shfletuesit

admin-users-title = Llogaritë
admin-users-search-label = Kërkoni sipas emrit ose adresës së postës elektronike
admin-users-search-button = Kërkoni
admin-users-new = Krijoni një llogari
admin-users-none = Asnjë llogari nuk përputhet me kërkimin.
admin-back-to-users = Kthehuni te llogaritë
admin-user-new-title = Llogari e re
admin-user-edit-title = Ndryshimi i llogarisë
admin-account-state = Gjendja e llogarisë
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled-label = E çaktivizuar: hyrja nuk është e mundur; të gjitha seancat e personit mbyllen menjëherë
admin-password-label = Fjalëkalimi
admin-password-hint = Të paktën 10 shenja. Jepjani personit fjalëkalimin në mënyrë të sigurt.
admin-password-title = Vendosja e një fjalëkalimi të ri
admin-password-reset-hint = Të paktën 10 shenja. Të gjitha seancat e personit mbyllen dhe hyrja bëhet me fjalëkalimin e ri.
admin-password-button = Vendosni fjalëkalimin
admin-user-cohorts = Grupet e kursantëve
admin-user-no-cohorts = Nuk është anëtar i asnjë grupi.

admin-error-email = Ju lutemi shkruani një adresë të postës elektronike, për shembull emri@example.org.
admin-error-email-taken = Një llogari tjetër e ka tashmë këtë adresë të postës elektronike.
admin-error-name = Ju lutemi shkruani emrin dhe mbiemrin e personit.
admin-error-language = Zgjidhni një nga gjuhët e listës.
admin-error-roles = Zgjidhni të paktën një rol.
admin-error-password = Fjalëkalimi duhet të ketë të paktën 10 shenja.
admin-error-self-lockout = Nuk mund ta çaktivizoni llogarinë tuaj dhe as t'i hiqni vetes rolin e administratorit.
admin-error-cohort-name = Shkruani një emër me jo më shumë se 200 shenja.
admin-error-cohort-taken = Ekziston tashmë një grup me këtë emër.
admin-error-no-such-account = Asnjë llogari nuk e ka këtë adresë të postës elektronike. Krijoni fillimisht llogarinë.
admin-error-not-instructor = Kjo llogari nuk ka rolin e trajnerit: fillimisht jepjani këtë rol.

admin-cohorts-title = Grupet e kursantëve
admin-cohorts-none = Ende nuk ka grupe.
admin-cohort-new = Grup i ri
admin-cohort-name-hint = Për shembull: Ministria e Punëve të Brendshme — anglisht 2026
admin-back-to-cohorts = Kthehuni te grupet
admin-cohort-members = Anëtarët
admin-cohort-empty = Ky grup ende nuk ka anëtarë.
admin-cohort-add-member = Shtoni një anëtar
admin-cohort-rename = Riemërtoni grupin
# Variables:
#   $learners (Number) - learners in the cohort
#   $instructors (Number) - instructors of the cohort
admin-cohort-counts = { $learners ->
    [one] { $learners } kursant
   *[other] { $learners } kursantë
}, { $instructors ->
    [one] { $instructors } trajner
   *[other] { $instructors } trajnerë
}
# $name: a person's full name, which cannot be declined: word the text so that it needs no case ending.
# Variables:
#   $name (String) - the member's name
admin-remove-member-label = Hiqni nga grupi: { $name }
