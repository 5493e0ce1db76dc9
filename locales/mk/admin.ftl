### The administrator's pages: importing learners from a CSV file.

## Problems found in the file. The page shows each beside its line number, so the messages do not repeat it.

# Variables:
#   $guess (String) - the encoding the file seems to be in, as a technical name (windows-1250, UTF-16LE)
import-problem-not-utf8 = Датотеката не е кодирана во UTF-8; изгледа дека е кодирана во { $guess }. Во програмата за табеларни пресметки зачувајте ја датотеката повторно како „CSV UTF-8“.
import-problem-not-text = Ова не е текстуална датотека. Во програмата за табеларни пресметки зачувајте ја датотеката како „CSV UTF-8“.
import-problem-workbook = Ова е работна книга од програма за табеларни пресметки, а не CSV-датотека. Во таа програма зачувајте ја како „CSV UTF-8“.
import-problem-empty = Датотеката е празна.
import-problem-no-rows = Датотеката има насловен ред, но нема ниту еден слушател.
import-problem-unknown-delimiter = Ќелиите во насловниот ред не се одделени ниту со запирка, ниту со точка и запирка, ниту со табулатор.
# Variables:
#   $column (String) - the column's name as the header must spell it: email, name, language or cohort
import-problem-missing-column = Во насловниот ред нема колона „{ $column }“.
# Variables:
#   $column (String) - the column's name as the header spells it the second time
import-problem-duplicate-column = Колоната „{ $column }“ се појавува двапати во насловниот ред.
# Variables:
#   $expected (Number) - cells in the header row
#   $found (Number) - cells in this row
import-problem-wrong-field-count = { $found ->
    [one] Овој ред има { $found } ќелија, а насловниот ред има { $expected }; дали ќелиите се одделени со друг знак?
   *[other] Овој ред има { $found } ќелии, а насловниот ред има { $expected }; дали ќелиите се одделени со друг знак?
}
import-problem-missing-email = Недостасува адреса на е-пошта.
# Variables:
#   $value (String) - the cell as written
import-problem-bad-email = „{ $value }“ не е адреса на е-пошта.
import-problem-missing-name = Недостасува име и презиме.
import-problem-name-line-break = Името и презимето се протегаат низ повеќе редови; дали некаде останал незатворен наводник?
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-language = „{ $value }“ не е меѓу понудените јазици. Внесете една од ознаките sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq, en или оставете ја ќелијата празна.
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-cohort = Не постои група „{ $value }“. Исправете го називот на групата во датотеката или прво создајте ја групата на страницата „Групи слушатели“.
# Variables:
#   $first_line (Number) - the line where the address first appears
import-problem-duplicate-email = Оваа адреса на е-пошта веќе се наоѓа во редот { $first_line }.
import-problem-unreadable = Датотеката не може да се прочита од овој ред натаму.

## What the import would change for a user who already exists.

# Variables:
#   $from (String) - the name now
#   $to (String) - the name in the file
import-change-name = Име и презиме: { $from } → { $to }
# Variables:
#   $from (String) - the preferred language now, in its own name
#   $to (String) - the language in the file, in its own name
import-change-language = Јазик: { $from } → { $to }
# Variables:
#   $to (String) - the language in the file, in its own name
import-change-language-set = Јазик: { $to }
# Variables:
#   $cohort (String) - the cohort's name
import-change-joins-cohort = Се додава во групата „{ $cohort }“
import-change-becomes-learner = Добива улога слушател
