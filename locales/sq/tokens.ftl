### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = Tokenët e API-së

tokens-title = Tokenët për skriptet
tokens-intro = Një token i lejon një skripti ta përdorë API-në në emër të një llogarie, me rolet e asaj llogarie: tokeni i një trajneri sheh grupet e atij trajneri, kurse tokeni i një administratori i sheh të gjitha grupet. Tokeni nuk vlen më kur revokohet, kur skadon ose kur llogaria e tij çaktivizohet.

tokens-issued-title = Tokeni u lëshua
tokens-issued-for = «{ $label }» për { $account }, i vlefshëm deri më { $when }.
tokens-issued-once = Kopjojeni këtë token tani dhe ruajeni në një vend të sigurt: shfaqet vetëm këtë herë dhe nuk mund të shfaqet më.
tokens-issued-token = Tokeni
tokens-issued-usage = Skripti e dërgon në këtë kokë të çdo kërkese:
tokens-already-issued = Ky formular e ka lëshuar tashmë tokenin «{ $label }» për { $account }, prandaj nuk u krijua token tjetër. Tokeni shfaqet vetëm një herë: nëse nuk e kopjuat, revokojeni më poshtë dhe lëshoni një të ri.
tokens-revoked = Tokeni u revokua. Skriptet që e përdorin refuzohen që tani.

tokens-live-title = Tokenët e vlefshëm
tokens-none = Asnjë token për skriptet nuk është i vlefshëm.
tokens-col-label = Etiketa
tokens-col-account = Llogaria
tokens-col-issued-by = Lëshuar nga
tokens-col-created = Lëshuar më
tokens-col-expires = Skadon më
tokens-revoke-button = Revokoni
tokens-revoke-label = Revokoni tokenin «{ $label }»

tokens-issue-title = Lëshoni një token
tokens-label = Etiketa
tokens-label-hint = Çfarë bën skripti, që t’i dalloni tokenët, për shembull «Eksporti i natës i rezultateve».
tokens-account = Adresa e postës elektronike e llogarisë
tokens-account-hint = Tokeni vepron në emër të kësaj llogarie, me rolet e saj.
tokens-days = Vlefshmëria (në ditë)
tokens-days-hint = Nga 1 deri në { $max } ditë; { $default } ditë nëse e lini fushën bosh.
tokens-issue-button = Lëshoni tokenin
tokens-error-label = Ju lutemi shkruani një etiketë prej 1 deri në { $max } shenjash.
tokens-error-days = Ju lutemi shkruani një numër të plotë ditësh nga 1 deri në { $max }, ose lëreni fushën bosh.
tokens-error-disabled = Kjo llogari është e çaktivizuar. Aktivizojeni para se të lëshoni një token për të.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = Trupi i kërkesës duhet të jetë një objekt JSON.
api-error-unknown-field = Kjo fushë nuk është pjesë e kërkesës; kontrolloni drejtshkrimin e saj.
api-error-timestamp = Jepni një datë dhe orë në formën RFC 3339 me zhvendosjen, për shembull 2026-12-10T09:00:00+01:00, ose null.
api-error-task = Jepni testin si "placement" ose si objekt që në fushën "quiz" emërton një test të bankës.
api-error-role = Jepni rolin si "learner" ose "instructor".
api-error-idempotency-key = Një Idempotency-Key ka nga 1 deri në 255 shenja ASCII të dukshme.
api-error-idempotency-key-reused = Ky Idempotency-Key është përdorur tashmë për një kërkesë tjetër. Për një kërkesë të re përdorni një çelës të ri.
