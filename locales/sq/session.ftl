### Signing in.

login-title = Hyrja
login-intro = Hyni me adresën e postës elektronike dhe fjalëkalimin që ju ka dhënë qendra e trajnimit.
login-pending-answers = Seanca juaj ka mbaruar. Hyni përsëri: përgjigjet që sapo dërguat nuk kanë humbur dhe do të ruhen në përpjekjen tuaj.
login-email-label = Adresa e postës elektronike
login-password-label = Fjalëkalimi
login-button = Hyni
login-error-email = Ju lutemi shkruani një adresë të vlefshme të postës elektronike.
login-error-credentials = Adresa e postës elektronike ose fjalëkalimi nuk është i saktë.
login-error-throttled = Shumë përpjekje të dështuara për të hyrë me këtë adresë. Provoni përsëri pas { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutash
    }.

login-forgot-link = Keni harruar fjalëkalimin?

## Asking for a link by email when the password is forgotten.

forgot-title = Fjalëkalimi i harruar
forgot-intro = Shkruani adresën e postës elektronike të llogarisë suaj. Do t'ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri ose një lidhje për të hyrë një herë pa fjalëkalim.
forgot-reset-button = Më dërgoni një lidhje për fjalëkalim të ri
forgot-sign-in-button = Më dërgoni një lidhje për hyrje
# The same reply whether or not the address has an account (it must not tell which).
forgot-sent = Nëse për këtë adresë ekziston një llogari, kemi dërguar një mesazh.
forgot-sent-hint = Lidhja në mesazh mund të përdoret vetëm një herë dhe është e vlefshme vetëm për pak kohë. Nëse nuk ju vjen asgjë brenda disa minutash, shikoni në dosjen e postës së padëshiruar (spam) ose drejtojuni trajnerit tuaj.
forgot-back-to-login = Kthehuni te hyrja

## Choosing a new password through a link.

reset-title = Vendosja e një fjalëkalimi të ri
# Variables:
#   $email (String) - the e-mail address of the account
reset-intro = Zgjidhni një fjalëkalim të ri për llogarinë { $email }. Të gjitha seancat tuaja të tjera do të mbyllen dhe do të hyni këtu.
reset-password-label = Fjalëkalimi i ri
reset-password-hint = Të paktën 10 shenja.
reset-confirm-label = Përsëritni fjalëkalimin e ri
reset-button = Vendosni fjalëkalimin dhe hyni
reset-error-mismatch = Fjalëkalimet e shkruara nuk janë të njëjta.

## Signing in through a link.

sign-in-link-title = Hyrja me lidhje
# Variables:
#   $email (String) - the e-mail address of the account
sign-in-link-intro = Dëshironi të hyni si { $email }? Lidhja mund të përdoret vetëm një herë.
sign-in-link-button = Hyni

## A link that cannot be used.

link-error-unknown = Kjo lidhje nuk është e vlefshme. Kontrolloni nëse është kopjuar e gjithë adresa nga mesazhi.
link-error-used = Kjo lidhje është përdorur tashmë: çdo lidhje mund të përdoret vetëm një herë.
link-error-expired = Kjo lidhje ka skaduar.
link-ask-again = Kërkoni një lidhje të re
