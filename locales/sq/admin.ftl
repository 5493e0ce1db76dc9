### The administrator's pages: importing learners from a CSV file.

## Problems found in the file. The page shows each beside its line number, so the messages do not repeat it.

# Variables:
#   $guess (String) - the encoding the file seems to be in, as a technical name (windows-1250, UTF-16LE)
import-problem-not-utf8 = Skedari nuk është i koduar në UTF-8; duket se është i koduar në { $guess }. Në programin për fletëllogaritëse ruajeni sërish skedarin si «CSV UTF-8».
import-problem-not-text = Ky nuk është skedar teksti. Në programin për fletëllogaritëse ruajeni skedarin si «CSV UTF-8».
import-problem-workbook = Ky është një libër pune i një programi për fletëllogaritëse, jo skedar CSV. Në atë program ruajeni si «CSV UTF-8».
import-problem-empty = Skedari është bosh.
import-problem-no-rows = Skedari ka rreshtin e titujve, por nuk ka asnjë kursant.
import-problem-unknown-delimiter = Qelizat e rreshtit të titujve nuk janë të ndara as me presje, as me pikëpresje, as me tabulator.
# Variables:
#   $column (String) - the column's name as the header must spell it: email, name, language or cohort
import-problem-missing-column = Në rreshtin e titujve nuk ka kolonë «{ $column }».
# Variables:
#   $column (String) - the column's name as the header spells it the second time
import-problem-duplicate-column = Kolona «{ $column }» shfaqet dy herë në rreshtin e titujve.
# Variables:
#   $expected (Number) - cells in the header row
#   $found (Number) - cells in this row
import-problem-wrong-field-count = { $found ->
    [one] Ky rresht ka { $found } qelizë, ndërsa rreshti i titujve ka { $expected }; mos janë ndarë qelizat me ndonjë shenjë tjetër?
   *[other] Ky rresht ka { $found } qeliza, ndërsa rreshti i titujve ka { $expected }; mos janë ndarë qelizat me ndonjë shenjë tjetër?
}
import-problem-missing-email = Mungon adresa e postës elektronike.
# Variables:
#   $value (String) - the cell as written
import-problem-bad-email = «{ $value }» nuk është adresë e postës elektronike.
import-problem-missing-name = Mungojnë emri dhe mbiemri.
import-problem-name-line-break = Emri dhe mbiemri shtrihen në më shumë se një rresht; mos ka mbetur ndonjë thonjëz e pambyllur?
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-language = «{ $value }» nuk është ndër gjuhët e ofruara. Shkruani një nga kodet sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq, en ose lëreni qelizën bosh.
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-cohort = Nuk ka grup «{ $value }». Korrigjoni emrin e grupit në skedar ose krijojeni fillimisht grupin në faqen «Grupet e kursantëve».
# Variables:
#   $first_line (Number) - the line where the address first appears
import-problem-duplicate-email = Kjo adresë e postës elektronike gjendet tashmë në rreshtin { $first_line }.
import-problem-unreadable = Skedari nuk mund të lexohet nga ky rresht e tutje.

## What the import would change for a user who already exists.

# Variables:
#   $from (String) - the name now
#   $to (String) - the name in the file
import-change-name = Emri dhe mbiemri: { $from } → { $to }
# Variables:
#   $from (String) - the preferred language now, in its own name
#   $to (String) - the language in the file, in its own name
import-change-language = Gjuha: { $from } → { $to }
# Variables:
#   $to (String) - the language in the file, in its own name
import-change-language-set = Gjuha: { $to }
# Variables:
#   $cohort (String) - the cohort's name
import-change-joins-cohort = Shtohet në grupin «{ $cohort }»
import-change-becomes-learner = Merr rolin e kursantit
