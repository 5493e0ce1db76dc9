### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Uvoz polaznika
staff-nav-import = Uvoz polaznika
import-link = Uvezite polaznike iz CSV datoteke
import-intro = Otpremite CSV datoteku sa po jednim polaznikom u svakom redu. Najprije ćete vidjeti, red po red, šta bi se desilo; ništa se ne upisuje dok ne potvrdite, a tada se uvoze ili svi redovi zajedno ili nijedan.
import-columns = Prvi red sadrži nazive kolona: email, name, language i cohort, bilo kojim redosljedom. Ostale kolone se zanemaruju. Jezik je jedna od oznaka sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq ili en, ili se ostavlja prazno (tada odlučuje pregledač polaznika); grupa je naziv postojeće grupe ili se ostavlja prazno. Postojeći nalozi se ažuriraju: novo ime i prezime ili jezik, grupa u koju se dodaju. Ništa se nikad ne uklanja.
import-file-label = CSV datoteka
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = Najviše { $limit } MiB. U programu Excel sačuvajte datoteku kao „CSV UTF-8“; u programu LibreOffice Calc kao „Text CSV“ sa skupom znakova „Unicode (UTF-8)“. Ćelije mogu biti odvojene i zapetama i tačkom i zapetom.
import-preview-button = Prikažite šta bi se desilo
import-error-no-file = Najprije izaberite CSV datoteku.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = Datoteka je veća od { $limit } MiB. Podijelite je na manje datoteke i uvezite ih jednu za drugom.
import-error-bad-form = Potvrda nije mogla da se pročita. Ponovo otpremite datoteku.

## The preview (dry run).

import-preview-title = Šta bi se desilo
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = Datoteka: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] Ćelije su odvojene zapetama.
    [semicolon] Ćelije su odvojene tačkom i zapetom.
   *[tab] Ćelije su odvojene tabulatorima.
}
import-ignored-columns = Kolone koje se ne uvoze:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = kolona { $number } „{ $name }“
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = kolona { $number } (bez naslova)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] Datoteka ima { $count } problem
    [few] Datoteka ima { $count } problema
   *[other] Datoteka ima { $count } problema
}
import-problems-intro = Ništa ne može da se uveze dok se ne isprave svi problemi. Ispravite datoteku i ponovo je otpremite.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Red { $line }
import-problem-file = Cijela datoteka
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = Novi nalozi: { $create }. Izmijenjeni nalozi: { $update }. Bez izmjena: { $unchanged }.
import-col-line = Red
import-col-action = Šta se mijenja
import-action-create = Novi nalog
import-action-unchanged = Bez izmjena
import-language-none = Nije zadat
import-cohort-none = Nema
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Nema šta da se uveze: svaki red se već poklapa sa svojim nalogom.
import-confirm-intro = Još ništa nije upisano. Potvrdite da biste odjednom uvezli sve gore navedene redove.
import-confirm-button = Potvrdite uvoz
import-changed-notice = Nalozi ili grupe izmijenjeni su poslije pregleda koji ste potvrdili, pa ništa nije uvezeno. Evo šta bi datoteka sada uradila; provjerite to i ponovo potvrdite.
import-another-title = Otpremite drugu datoteku

## After the import.

import-done-title = Polaznici su uvezeni
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = Novi nalozi: { $created }. Izmijenjeni nalozi: { $updated }. Bez izmjena: { $unchanged }.
import-passwords-title = Novi nalozi i njihove početne lozinke
import-passwords-warning = Lozinke se prikazuju samo ovaj put i nigdje se ne čuvaju u čitljivom obliku. Uručite ih sada i zamolite polaznike da ih čuvaju u tajnosti.
import-col-password = Početna lozinka
import-no-new-accounts = Nijedan nalog nije napravljen, pa nema lozinki za uručivanje.
import-another = Uvezite drugu datoteku
