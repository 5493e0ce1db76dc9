### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Import learners
staff-nav-import = Import learners
import-link = Import learners from a CSV file
import-intro = Upload a CSV file with one learner per row. You will first see, row by row, what would happen; nothing is written until you confirm, and then all rows are imported together or none.
import-columns = The first row names the columns: email, name, language and cohort, in any order. Other columns are ignored. The language is one of sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq or en, or empty (then the learner's browser decides); the cohort is the name of an existing cohort, or empty. Existing accounts are updated: a new name or language, a cohort to join. Nothing is ever removed.
import-file-label = CSV file
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = At most { $limit } MiB. In Excel choose “Save as” and the type “CSV UTF-8 (comma delimited)”; in LibreOffice Calc choose “Save as”, the type “Text CSV” and the character set “Unicode (UTF-8)”. Commas and semicolons both work.
import-preview-button = Show what would happen
import-error-no-file = Choose a CSV file first.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = The file is larger than { $limit } MiB. Split it into smaller files and import them one after another.
import-error-bad-form = The confirmation could not be read. Upload the file again.

## The preview (dry run).

import-preview-title = What would happen
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = File: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] The cells are separated by commas.
    [semicolon] The cells are separated by semicolons.
   *[tab] The cells are separated by tabs.
}
import-ignored-columns = Columns that are not imported:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = column { $number } “{ $name }”
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = column { $number } (without a heading)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] The file has one problem
   *[other] The file has { $count } problems
}
import-problems-intro = Nothing can be imported until every problem is corrected. Correct the file and upload it again.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Line { $line }
import-problem-file = The whole file
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = New accounts: { $create }. Accounts changed: { $update }. Unchanged: { $unchanged }.
import-col-line = Line
import-col-action = What happens
import-action-create = New account
import-action-unchanged = No change
import-language-none = Not set
import-cohort-none = None
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Nothing to import: every row already matches its account.
import-confirm-intro = Nothing has been written yet. Confirm to import all the rows above at once.
import-confirm-button = Confirm the import
import-changed-notice = Accounts or cohorts were changed after the preview you confirmed, so nothing was imported. This is what the file would do now; check it and confirm again.
import-another-title = Upload another file

## After the import.

import-done-title = Learners imported
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = New accounts: { $created }. Accounts changed: { $updated }. Unchanged: { $unchanged }.
import-passwords-title = New accounts and their initial passwords
import-passwords-warning = The passwords are shown only this once and are not stored anywhere in readable form. Hand them out now and ask the learners to keep them private.
import-col-password = Initial password
import-no-new-accounts = No account was created, so there are no passwords to hand out.
import-another = Import another file
