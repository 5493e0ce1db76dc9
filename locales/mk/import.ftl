### The administrator's page for importing learners from a CSV file. The problems found in a file and the
### changes to existing accounts are in admin.ftl; the command line prints those same messages in English.

# The page's title, the link to it in the staff menu and the link on the accounts page.
import-title = Увоз на слушатели
staff-nav-import = Увоз на слушатели
import-link = Увезете слушатели од CSV датотека
import-intro = Прикачете CSV датотека со по еден слушател во секој ред. Прво ќе видите, ред по ред, што би се случило; ништо не се запишува додека не потврдите, а тогаш се увезуваат или сите редови заедно или ниту еден.
import-columns = Првиот ред ги содржи називите на колоните: email, name, language и cohort, по кој било редослед. Другите колони се занемаруваат. Јазикот е една од ознаките sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq или en, или се остава празно (тогаш одлучува прелистувачот на слушателот); групата е називот на постојна група, или се остава празно. Постојните сметки се ажурираат: ново име и презиме или јазик, група во која се додаваат. Ништо никогаш не се отстранува.
import-file-label = CSV датотека
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-file-hint = Најмногу { $limit } MiB. Во програмата Excel зачувајте ја датотеката како „CSV UTF-8“; во програмата LibreOffice Calc како „Текст во CSV“ (на англиски „Text CSV“) со збир знаци „Unicode (UTF-8)“. Ќелиите може да бидат одделени и со запирки и со точка и запирка.
import-preview-button = Прикажете што би се случило
import-error-no-file = Прво изберете CSV датотека.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
import-error-too-large = Датотеката е поголема од { $limit } MiB. Поделете ја на помали датотеки и увезете ги една по друга.
import-error-bad-form = Потврдата не можеше да се прочита. Прикачете ја датотеката повторно.

## The preview (dry run).

import-preview-title = Што би се случило
# Variables:
#   $name (String) - the uploaded file's name
import-file-name = Датотека: { $name }
# Variables:
#   $delimiter (String) - comma, semicolon or tab
import-delimiter = { $delimiter ->
    [comma] Ќелиите се одделени со запирки.
    [semicolon] Ќелиите се одделени со точка и запирка.
   *[tab] Ќелиите се одделени со табулатори.
}
import-ignored-columns = Колони што не се увезуваат:
# Variables:
#   $number (Number) - the column's position (1 is column A)
#   $name (String) - the column's heading
import-ignored-column = колона { $number } „{ $name }“
# Variables:
#   $number (Number) - the column's position (1 is column A)
import-ignored-column-unnamed = колона { $number } (без наслов)
# Variables:
#   $count (Number) - how many problems the file has
import-problems-title = { $count ->
    [one] Датотеката има { $count } проблем
   *[other] Датотеката има { $count } проблеми
}
import-problems-intro = Ништо не може да се увезе додека не се исправат сите проблеми. Исправете ја датотеката и прикачете ја повторно.
# Variables:
#   $line (Number) - the line of the file
import-problem-line = Ред { $line }
import-problem-file = Целата датотека
# Variables:
#   $create (Number) - rows that create an account
#   $update (Number) - rows that change an existing account
#   $unchanged (Number) - rows that leave an existing account as it is
import-summary = Нови сметки: { $create }. Изменети сметки: { $update }. Без промени: { $unchanged }.
import-col-line = Ред
import-col-action = Што се менува
import-action-create = Нова сметка
import-action-unchanged = Без промени
import-language-none = Не е зададен
import-cohort-none = Нема
# Shown instead of the Confirm button when the file would change no account.
import-nothing-to-do = Нема што да се увезе: секој ред веќе се совпаѓа со својата сметка.
import-confirm-intro = Сѐ уште ништо не е запишано. Потврдете за да ги увезете сите горенаведени редови наеднаш.
import-confirm-button = Потврдете го увозот
import-changed-notice = Сметките или групите беа изменети по прегледот што го потврдивте, па ништо не е увезено. Еве што би направила датотеката сега; проверете и потврдете повторно.
import-another-title = Прикачете друга датотека

## After the import.

import-done-title = Слушателите се увезени
# Variables:
#   $created (Number) - accounts created
#   $updated (Number) - existing accounts changed
#   $unchanged (Number) - existing accounts left as they were
import-done-summary = Нови сметки: { $created }. Изменети сметки: { $updated }. Без промени: { $unchanged }.
import-passwords-title = Нови сметки и нивните почетни лозинки
import-passwords-warning = Лозинките се прикажуваат само овој пат и никаде не се чуваат во читлив облик. Предадете ги сега и замолете ги слушателите да ги чуваат во тајност.
import-col-password = Почетна лозинка
import-no-new-accounts = Не е создадена ниту една сметка, па нема лозинки за предавање.
import-another = Увезете друга датотека
