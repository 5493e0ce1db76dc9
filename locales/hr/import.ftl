### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Uvoz polaznika
staff-nav-import = Uvoz polaznika
import-link = Uvezite polaznike iz CSV datoteke
import-intro = Prenesite CSV datoteku s po jednim polaznikom u svakom retku. Najprije ćete vidjeti, redak po redak, što bi se dogodilo; ništa se ne zapisuje dok ne potvrdite, a tada se uvoze ili svi retci zajedno ili nijedan.
import-columns = Prvi redak sadržava nazive stupaca: email, name, language i cohort, bilo kojim redoslijedom. Ostali se stupci zanemaruju. Jezik je jedna od oznaka sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq ili en, ili se ostavlja prazno (tada odlučuje preglednik polaznika); grupa je naziv postojeće grupe ili se ostavlja prazno. Postojeći korisnički računi ažuriraju se: novo ime i prezime ili jezik, grupa u koju se dodaju. Ništa se nikada ne uklanja.
import-file-label = CSV datoteka
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = Najviše { $limit } MiB. U programu Excel spremite datoteku kao „CSV UTF-8“; u programu LibreOffice Calc kao „CSV tekst“ (na engleskom „Text CSV“) sa skupom znakova „Unicode (UTF-8)“. Ćelije mogu biti odvojene i zarezima i točkom sa zarezom.
import-preview-button = Prikažite što bi se dogodilo
import-error-no-file = Najprije odaberite CSV datoteku.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = Datoteka je veća od { $limit } MiB. Podijelite je na manje datoteke i uvezite ih jednu za drugom.
import-error-bad-form = Potvrda se nije mogla pročitati. Ponovno prenesite datoteku.

## The preview (dry run).

import-preview-title = Što bi se dogodilo
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = Datoteka: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] Ćelije su odvojene zarezima.
    [semicolon] Ćelije su odvojene točkom sa zarezom.
   *[tab] Ćelije su odvojene tabulatorima.
}
import-ignored-columns = Stupci koji se ne uvoze:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = stupac { $number } „{ $name }“
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = stupac { $number } (bez naslova)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] Datoteka ima { $count } problem
    [few] Datoteka ima { $count } problema
   *[other] Datoteka ima { $count } problema
}
import-problems-intro = Ništa se ne može uvesti dok se ne isprave svi problemi. Ispravite datoteku i ponovno je prenesite.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Redak { $line }
import-problem-file = Cijela datoteka
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = Novi korisnički računi: { $create }. Promijenjeni računi: { $update }. Bez promjena: { $unchanged }.
import-col-line = Redak
import-col-action = Što se mijenja
import-action-create = Novi korisnički račun
import-action-unchanged = Bez promjena
import-language-none = Nije zadan
import-cohort-none = Nema
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Nema se što uvesti: svaki se redak već podudara sa svojim korisničkim računom.
import-confirm-intro = Još ništa nije zapisano. Potvrdite kako biste odjednom uvezli sve gore navedene retke.
import-confirm-button = Potvrdite uvoz
import-changed-notice = Korisnički računi ili grupe promijenjeni su nakon pregleda koji ste potvrdili pa ništa nije uvezeno. Evo što bi datoteka sada učinila; provjerite to i ponovno potvrdite.
import-another-title = Prenesite drugu datoteku

## After the import.

import-done-title = Polaznici su uvezeni
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = Novi korisnički računi: { $created }. Promijenjeni računi: { $updated }. Bez promjena: { $unchanged }.
import-passwords-title = Novi korisnički računi i njihove početne lozinke
import-passwords-warning = Lozinke se prikazuju samo ovaj put i nigdje se ne pohranjuju u čitljivom obliku. Uručite ih sada i zamolite polaznike da ih čuvaju u tajnosti.
import-col-password = Početna lozinka
import-no-new-accounts = Nije izrađen nijedan korisnički račun pa nema lozinki za uručivanje.
import-another = Uvezite drugu datoteku
