### The administrator's pages: importing learners from a CSV file.

## Problems found in the file. The page shows each beside its line number, so the messages do not repeat it.

# Variables:
#   $guess (String) - the encoding the file seems to be in, as a technical name (windows-1250, UTF-16LE)
import-problem-not-utf8 = Datoteka nije u kodiranju UTF-8; čini se da je u kodiranju { $guess }. U programu za proračunske tablice ponovno spremite datoteku kao „CSV UTF-8“.
import-problem-not-text = Ovo nije tekstna datoteka. U programu za proračunske tablice spremite datoteku kao „CSV UTF-8“.
import-problem-workbook = Ovo je radna knjiga programa za proračunske tablice, a ne CSV datoteka. Spremite je u tom programu kao „CSV UTF-8“.
import-problem-empty = Datoteka je prazna.
import-problem-no-rows = Datoteka ima redak zaglavlja, ali nema nijednog polaznika.
import-problem-unknown-delimiter = Ćelije retka zaglavlja nisu odvojene ni zarezom, ni točkom sa zarezom, ni tabulatorom.
# Variables:
#   $column (String) - the column's name as the header must spell it: email, name, language or cohort
import-problem-missing-column = U retku zaglavlja nema stupca „{ $column }“.
# Variables:
#   $column (String) - the column's name as the header spells it the second time
import-problem-duplicate-column = Stupac „{ $column }“ dvaput se pojavljuje u retku zaglavlja.
# Variables:
#   $expected (Number) - cells in the header row
#   $found (Number) - cells in this row
import-problem-wrong-field-count = { $found ->
    [one] Ovaj redak ima { $found } ćeliju, a zaglavlje ih ima { $expected }; jesu li mu ćelije odvojene nekim drugim znakom?
    [few] Ovaj redak ima { $found } ćelije, a zaglavlje ih ima { $expected }; jesu li mu ćelije odvojene nekim drugim znakom?
   *[other] Ovaj redak ima { $found } ćelija, a zaglavlje ih ima { $expected }; jesu li mu ćelije odvojene nekim drugim znakom?
}
import-problem-missing-email = Nedostaje adresa e-pošte.
# Variables:
#   $value (String) - the cell as written
import-problem-bad-email = „{ $value }“ nije adresa e-pošte.
import-problem-missing-name = Nedostaje ime i prezime.
import-problem-name-line-break = Ime i prezime proteže se kroz više redaka; je li negdje ostao nezatvoren navodnik?
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-language = „{ $value }“ nije među ponuđenim jezicima. Upišite jednu od oznaka sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq, en ili ostavite ćeliju praznu.
# Variables:
#   $value (String) - the cell as written
import-problem-unknown-cohort = Ne postoji grupa „{ $value }“. Ispravite naziv grupe u datoteci ili najprije izradite grupu na stranici „Grupe polaznika“.
# Variables:
#   $first_line (Number) - the line where the address first appears
import-problem-duplicate-email = Ova adresa e-pošte već se nalazi u retku { $first_line }.
import-problem-unreadable = Datoteka se od ovog retka nadalje ne može pročitati.

## What the import would change for a user who already exists.

# Variables:
#   $from (String) - the name now
#   $to (String) - the name in the file
import-change-name = Ime i prezime: { $from } → { $to }
# Variables:
#   $from (String) - the preferred language now, in its own name
#   $to (String) - the language in the file, in its own name
import-change-language = Jezik: { $from } → { $to }
# Variables:
#   $to (String) - the language in the file, in its own name
import-change-language-set = Jezik: { $to }
# Variables:
#   $cohort (String) - the cohort's name
import-change-joins-cohort = Dodaje se u grupu „{ $cohort }“
import-change-becomes-learner = Dobiva ulogu polaznika
