### The administrator's pages: importing learners from a CSV file.

## Problems found in the file. The page shows each beside its line number, so the messages do not repeat it.

# Variables:
#   $guess (String) - the encoding the file seems to be in, as a technical name (windows-1250, UTF-16LE)
import-problem-not-utf8 = Датотека није у кодирању UTF-8; изгледа да је у кодирању { $guess }. У програму за табеларне прорачуне поново сачувајте датотеку као „CSV UTF-8”.
import-problem-not-text = Ово није текстуална датотека. У програму за табеларне прорачуне сачувајте датотеку као „CSV UTF-8”.
import-problem-workbook = Ово је радна свеска програма за табеларне прорачуне, а не CSV датотека. Сачувајте је у том програму као „CSV UTF-8”.
import-problem-empty = Датотека је празна.
import-problem-no-rows = Датотека има ред заглавља, али нема ниједног полазника.
import-problem-unknown-delimiter = Ћелије у реду заглавља нису одвојене ни запетом, ни тачком и запетом, ни табулатором.
# Variables:
#   $column (String) - the column's name as the header must spell it: email, name, language or cohort
import-problem-missing-column = У реду заглавља нема колоне „{ $column }”.
# Variables:
#   $column (String) - the column's name as the header spells it the second time
import-problem-duplicate-column = Колона „{ $column }” појављује се двапут у реду заглавља.
# Variables:
#   $expected (Number) - cells in the header row
#   $found (Number) - cells in this row
import-problem-wrong-field-count = { $found ->
    [one] Овај ред има { $found } ћелију, а заглавље их има { $expected }; да ли су ћелије одвојене неким другим знаком?
    [few] Овај ред има { $found } ћелије, а заглавље их има { $expected }; да ли су ћелије одвојене неким другим знаком?
   *[other] Овај ред има { $found } ћелија, а заглавље их има { $expected }; да ли су ћелије одвојене неким другим знаком?
}
import-problem-missing-email = Недостаје адреса е-поште.
# Variables:
#   $value (String) - the cell as written
import-problem-bad-email = „{ $value }” није адреса е-поште.
import-problem-missing-name = Недостаје име и презиме.
import-problem-name-line-break = Име и презиме протеже се кроз више редова; да ли је негде остао незатворен наводник?
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-language = „{ $value }” није међу понуђеним језицима. Упишите једну од ознака sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq, en или оставите ћелију празну.
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-cohort = Не постоји група „{ $value }”. Исправите назив групе у датотеци или најпре направите групу на страници „Групе полазника”.
# Variables:
#   $first_line (Number) - the line where the address first appears
import-problem-duplicate-email = Ова адреса е-поште већ се налази у реду { $first_line }.
import-problem-unreadable = Датотека се од овог реда надаље не може прочитати.

## What the import would change for a user who already exists.

# Variables:
#   $from (String) - the name now
#   $to (String) - the name in the file
import-change-name = Име и презиме: { $from } → { $to }
# Variables:
#   $from (String) - the preferred language now, in its own name
#   $to (String) - the language in the file, in its own name
import-change-language = Језик: { $from } → { $to }
# Variables:
#   $to (String) - the language in the file, in its own name
import-change-language-set = Језик: { $to }
# Variables:
#   $cohort (String) - the cohort's name
import-change-joins-cohort = Додаје се у групу „{ $cohort }”
import-change-becomes-learner = Добија улогу полазника
