### The administrator's pages: importing learners from a CSV file.

## Problems found in the file. The page shows each beside its line number, so the messages do not repeat it.

# Variables:
#   $guess (String) - the encoding the file seems to be in, as a technical name (windows-1250, UTF-16LE)
import-problem-not-utf8 = The file is not in UTF-8; it looks like { $guess }. In the spreadsheet, save it again as “CSV UTF-8”.
import-problem-not-text = The file is not text. In the spreadsheet, save it as “CSV UTF-8”.
import-problem-workbook = This is a spreadsheet workbook, not a CSV file. In the spreadsheet, save it as “CSV UTF-8”.
import-problem-empty = The file is empty.
import-problem-no-rows = The file has a header row but no learners.
import-problem-unknown-delimiter = The cells of the header row are not separated by commas, semicolons or tabs.
# Variables:
#   $column (String) - the column's name as the header must spell it: email, name, language or cohort
import-problem-missing-column = The header row has no “{ $column }” column.
# Variables:
#   $column (String) - the column's name as the header spells it the second time
import-problem-duplicate-column = The column “{ $column }” appears twice in the header row.
# Variables:
#   $expected (Number) - cells in the header row
#   $found (Number) - cells in this row
import-problem-wrong-field-count = { $found ->
    [one] This row has { $found } cell where the header has { $expected }; are its cells separated by another character?
   *[other] This row has { $found } cells where the header has { $expected }; are its cells separated by another character?
}
import-problem-missing-email = The e-mail address is missing.
# Variables:
#   $value (String) - the cell as written
import-problem-bad-email = “{ $value }” is not an e-mail address.
import-problem-missing-name = The name is missing.
import-problem-name-line-break = The name runs over more than one line; is a quotation mark left open?
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-language = “{ $value }” is not a language offered here. Use one of: sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq, en, or leave the cell empty.
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-cohort = There is no cohort “{ $value }”. Correct the cohort's name in the file, or first create the cohort on the Cohorts page.
# Variables:
#   $first_line (Number) - the line where the address first appears
import-problem-duplicate-email = This e-mail address is already on line { $first_line }.
import-problem-unreadable = The file cannot be read from this line on.

## What the import would change for a user who already exists.

# Variables:
#   $from (String) - the name now
#   $to (String) - the name in the file
import-change-name = Name: { $from } → { $to }
# Variables:
#   $from (String) - the preferred language now, in its own name
#   $to (String) - the language in the file, in its own name
import-change-language = Language: { $from } → { $to }
# Variables:
#   $to (String) - the language in the file, in its own name
import-change-language-set = Language: { $to }
# Variables:
#   $cohort (String) - the cohort's name
import-change-joins-cohort = Joins the cohort “{ $cohort }”
import-change-becomes-learner = Becomes a learner
