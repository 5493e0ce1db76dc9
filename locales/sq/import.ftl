### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Importimi i kursantëve
staff-nav-import = Importimi i kursantëve
import-link = Importoni kursantë nga një skedar CSV
import-intro = Ngarkoni një skedar CSV me nga një kursant në çdo rresht. Fillimisht do të shihni, rresht për rresht, çfarë do të ndodhte; asgjë nuk regjistrohet derisa të konfirmoni, dhe atëherë importohen ose të gjithë rreshtat bashkë, ose asnjë.
import-columns = Rreshti i parë përmban emrat e kolonave: email, name, language dhe cohort, në çfarëdo radhe. Kolonat e tjera shpërfillen. Gjuha është një nga kodet sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq ose en, ose lihet bosh (atëherë vendos shfletuesi i kursantit); grupi është emri i një grupi ekzistues, ose lihet bosh. Llogaritë ekzistuese përditësohen: emër e mbiemër ose gjuhë e re, grup në të cilin shtohen. Asgjë nuk hiqet kurrë.
import-file-label = Skedari CSV
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = Deri në { $limit } MiB. Në Excel ruajeni skedarin si «CSV UTF-8»; në LibreOffice Calc si «Tekst CSV» (në anglisht «Text CSV») me grupin e shenjave «Unicode (UTF-8)». Qelizat mund të ndahen si me presje, ashtu edhe me pikëpresje.
import-preview-button = Shfaqni çfarë do të ndodhte
import-error-no-file = Zgjidhni fillimisht një skedar CSV.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = Skedari është më i madh se { $limit } MiB. Ndajeni në skedarë më të vegjël dhe importojini njërin pas tjetrit.
import-error-bad-form = Konfirmimi nuk mund të lexohej. Ngarkojeni sërish skedarin.

## The preview (dry run).

import-preview-title = Çfarë do të ndodhte
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = Skedari: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] Qelizat janë të ndara me presje.
    [semicolon] Qelizat janë të ndara me pikëpresje.
   *[tab] Qelizat janë të ndara me tabulatorë.
}
import-ignored-columns = Kolonat që nuk importohen:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = kolona { $number } «{ $name }»
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = kolona { $number } (pa titull)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] Skedari ka { $count } problem
   *[other] Skedari ka { $count } probleme
}
import-problems-intro = Asgjë nuk mund të importohet derisa të korrigjohen të gjitha problemet. Korrigjoni skedarin dhe ngarkojeni sërish.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Rreshti { $line }
import-problem-file = I gjithë skedari
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = Llogari të reja: { $create }. Llogari të ndryshuara: { $update }. Pa ndryshime: { $unchanged }.
import-col-line = Rreshti
import-col-action = Çfarë ndodh
import-action-create = Llogari e re
import-action-unchanged = Pa ndryshime
import-language-none = E pacaktuar
import-cohort-none = Asnjë
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Nuk ka asgjë për t'u importuar: çdo rresht përputhet tashmë me llogarinë e vet.
import-confirm-intro = Ende nuk është regjistruar asgjë. Konfirmoni për të importuar njëherësh të gjithë rreshtat e mësipërm.
import-confirm-button = Konfirmoni importimin
import-changed-notice = Llogaritë ose grupet u ndryshuan pas pamjes paraprake që konfirmuat, prandaj nuk u importua asgjë. Ja çfarë do të bënte skedari tani; kontrollojeni dhe konfirmoni sërish.
import-another-title = Ngarkoni një skedar tjetër

## After the import.

import-done-title = Kursantët u importuan
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = Llogari të reja: { $created }. Llogari të ndryshuara: { $updated }. Pa ndryshime: { $unchanged }.
import-passwords-title = Llogaritë e reja dhe fjalëkalimet e tyre fillestare
import-passwords-warning = Fjalëkalimet shfaqen vetëm këtë herë dhe nuk ruhen askund në formë të lexueshme. Jepuani tani kursantëve dhe kërkojuni t'i mbajnë të fshehta.
import-col-password = Fjalëkalimi fillestar
import-no-new-accounts = Nuk u krijua asnjë llogari, prandaj nuk ka fjalëkalime për t'u dhënë.
import-another = Importoni një skedar tjetër
