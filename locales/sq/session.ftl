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
