### Pages for instructors and administrators: navigation, accounts, cohorts.

staff-nav-label = Staff
staff-nav-quizzes = Quizzes
staff-nav-users = Accounts
staff-nav-cohorts = Cohorts

error-no-permission = Your account does not have access to this page.

# Variables:
#   $role (String) - learner, instructor or admin
role-name = { $role ->
    [learner] Learner
    [instructor] Instructor
   *[admin] Administrator
}

admin-saved = Saved.
admin-save = Save
admin-create = Create
admin-add = Add
admin-remove = Remove
admin-form-has-errors = Some fields need correcting: see the messages beside them.
admin-col-name = Name
admin-col-email = E-mail address
admin-col-roles = Roles
admin-col-language = Preferred language
admin-col-cohort = Cohort
# The label of the input for a cohort's name, when creating or renaming one (admin-col-cohort is the table header).
admin-cohort-name-label = Cohort name
admin-col-learners = Learners
admin-col-instructors = Instructors
admin-col-member-role = Role in the cohort
admin-col-actions = Actions
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled = Disabled
admin-language-browser = As the browser asks

admin-users-title = Accounts
admin-users-search-label = Find by name or e-mail address
admin-users-search-button = Search
admin-users-new = Create an account
admin-users-none = No accounts match.
admin-back-to-users = Back to the accounts
admin-user-new-title = New account
admin-user-edit-title = Edit account
admin-account-state = Account
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled-label = Disabled: cannot sign in; signed out everywhere at once
admin-password-label = Password
admin-password-hint = At least 10 characters. Give it to the person by a safe channel.
admin-password-title = Set a new password
admin-password-reset-hint = At least 10 characters. The person is signed out everywhere and signs in with the new password.
admin-password-button = Set the password
admin-user-cohorts = Cohorts
admin-user-no-cohorts = Not a member of any cohort.

admin-error-email = Enter an e-mail address such as name@example.org.
admin-error-email-taken = Another account already has this e-mail address.
admin-error-name = Enter the person's name.
admin-error-language = Choose one of the languages in the list.
admin-error-roles = Choose at least one role.
admin-error-password = The password needs at least 10 characters.
admin-error-self-lockout = You cannot disable your own account or remove your own administrator role.
admin-error-cohort-name = Enter a name of at most 200 characters.
admin-error-cohort-taken = A cohort with this name already exists.
admin-error-no-such-account = No account has this e-mail address. Create the account first.
admin-error-not-instructor = This account is not an instructor: give it the instructor role first.

admin-cohorts-title = Cohorts
admin-cohorts-none = No cohorts yet.
admin-cohort-new = New cohort
admin-cohort-name-hint = For example: Ministry of Security BiH — English 2026
admin-back-to-cohorts = Back to the cohorts
admin-cohort-members = Members
admin-cohort-empty = This cohort has no members yet.
admin-cohort-add-member = Add a member
admin-cohort-rename = Rename the cohort
# Variables:
#   $learners (Number) - learners in the cohort
#   $instructors (Number) - instructors of the cohort
admin-cohort-counts = { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}, { $instructors ->
    [one] { $instructors } instructor
   *[other] { $instructors } instructors
}
# $name: a person's full name, which cannot be declined: word the text so that it needs no case ending.
# Variables:
#   $name (String) - the member's name
admin-remove-member-label = Remove { $name } from the cohort
