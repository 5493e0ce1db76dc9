### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Увоз полазника
staff-nav-import = Увоз полазника
import-link = Увезите полазнике из CSV датотеке
import-intro = Отпремите CSV датотеку са по једним полазником у сваком реду. Најпре ћете видети, ред по ред, шта би се догодило; ништа се не уписује док не потврдите, а тада се увозе или сви редови заједно или ниједан.
import-columns = Први ред садржи називе колона: email, name, language и cohort, било којим редоследом. Остале колоне се занемарују. Језик је једна од ознака sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq или en, или се оставља празно (тада одлучује прегледач полазника); група је назив постојеће групе, или се оставља празно. Постојећи налози се ажурирају: ново име и презиме или језик, група у коју се додају. Ништа се никада не уклања.
import-file-label = CSV датотека
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = Највише { $limit } MiB. У програму Excel сачувајте датотеку као „CSV UTF-8”; у програму LibreOffice Calc као „Text CSV” са скупом знакова „Unicode (UTF-8)”. Ћелије могу бити одвојене и запетама и тачком и запетом.
import-preview-button = Прикажите шта би се догодило
import-error-no-file = Најпре изаберите CSV датотеку.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = Датотека је већа од { $limit } MiB. Поделите је на мање датотеке и увезите их једну за другом.
import-error-bad-form = Потврда није могла да се прочита. Поново отпремите датотеку.

## The preview (dry run).

import-preview-title = Шта би се догодило
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = Датотека: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] Ћелије су одвојене запетама.
    [semicolon] Ћелије су одвојене тачком и запетом.
   *[tab] Ћелије су одвојене табулаторима.
}
import-ignored-columns = Колоне које се не увозе:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = колона { $number } „{ $name }”
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = колона { $number } (без наслова)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] Датотека има { $count } проблем
    [few] Датотека има { $count } проблема
   *[other] Датотека има { $count } проблема
}
import-problems-intro = Ништа не може да се увезе док се не исправе сви проблеми. Исправите датотеку и поново је отпремите.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Ред { $line }
import-problem-file = Цела датотека
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = Нови налози: { $create }. Измењени налози: { $update }. Без измена: { $unchanged }.
import-col-line = Ред
import-col-action = Шта се мења
import-action-create = Нови налог
import-action-unchanged = Без измена
import-language-none = Није задат
import-cohort-none = Нема
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Нема шта да се увезе: сваки ред се већ поклапа са својим налогом.
import-confirm-intro = Још ништа није уписано. Потврдите да бисте одједном увезли све горе наведене редове.
import-confirm-button = Потврдите увоз
import-changed-notice = Налози или групе измењени су после прегледа који сте потврдили, па ништа није увезено. Ево шта би датотека сада урадила; проверите то и поново потврдите.
import-another-title = Отпремите другу датотеку

## After the import.

import-done-title = Полазници су увезени
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = Нови налози: { $created }. Измењени налози: { $updated }. Без измена: { $unchanged }.
import-passwords-title = Нови налози и њихове почетне лозинке
import-passwords-warning = Лозинке се приказују само овај пут и нигде се не чувају у читљивом облику. Уручите их сада и замолите полазнике да их чувају у тајности.
import-col-password = Почетна лозинка
import-no-new-accounts = Ниједан налог није направљен, па нема лозинки за уручивање.
import-another = Увезите другу датотеку
