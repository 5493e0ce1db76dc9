### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = API tokeni

tokens-title = Tokeni za skripte
tokens-intro = Token omogućuje skripti da se služi API-jem u ime jednoga korisničkog računa, s ulogama tog računa: token predavača vidi grupe tog predavača, a token administratora vidi sve grupe. Token prestaje vrijediti kad se opozove, kad istekne ili kad se njegov korisnički račun onemogući.

tokens-issued-title = Token je izdan
tokens-issued-for = „{ $label }” za { $account }, vrijedi do { $when }.
tokens-issued-once = Kopirajte ovaj token sada i čuvajte ga na sigurnom mjestu: prikazuje se samo ovaj put i ne može se ponovno prikazati.
tokens-issued-token = Token
tokens-issued-usage = Skripta ga šalje u ovom zaglavlju svakog zahtjeva:
tokens-already-issued = Ovaj je obrazac već izdao token „{ $label }” za { $account }, pa drugi token nije izrađen. Token se prikazuje samo jednom: ako ga niste kopirali, opozovite ga u nastavku i izdajte novi.
tokens-revoked = Token je opozvan. Skripte koje se njime služe od sada se odbijaju.

tokens-live-title = Važeći tokeni
tokens-none = Nijedan token za skripte trenutačno ne vrijedi.
tokens-col-label = Oznaka
tokens-col-account = Korisnički račun
tokens-col-issued-by = Izdao/la
tokens-col-created = Izdan
tokens-col-expires = Istječe
tokens-revoke-button = Opozovite
tokens-revoke-label = Opozovite token „{ $label }”

tokens-issue-title = Izdajte token
tokens-label = Oznaka
tokens-label-hint = Što skripta radi, kako biste razlikovali tokene, na primjer „Noćni izvoz rezultata”.
tokens-account = Adresa e-pošte korisničkog računa
tokens-account-hint = Token djeluje u ime ovoga korisničkog računa, s njegovim ulogama.
tokens-days = Rok valjanosti (u danima)
tokens-days-hint = Od 1 do { $max } dana; { $default } dana ako polje ostavite prazno.
tokens-issue-button = Izdajte token
tokens-error-label = Unesite oznaku od 1 do { $max } znakova.
tokens-error-days = Unesite cijeli broj dana od 1 do { $max } ili ostavite polje prazno.
tokens-error-disabled = Ovaj je korisnički račun onemogućen. Omogućite ga prije izdavanja tokena za njega.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = Tijelo zahtjeva mora biti JSON objekt.
api-error-unknown-field = Ovo polje nije dio zahtjeva; provjerite kako je napisano.
api-error-timestamp = Navedite datum i vrijeme u obliku RFC 3339 s pomakom, na primjer 2026-12-10T09:00:00+01:00, ili null.
api-error-task = Navedite test kao "placement" ili kao objekt koji u polju "quiz" navodi test iz banke.
api-error-role = Navedite ulogu kao "learner" ili "instructor".
api-error-idempotency-key = Idempotency-Key ima od 1 do 255 vidljivih ASCII znakova.
api-error-idempotency-key-reused = Ovaj je Idempotency-Key već upotrijebljen za drukčiji zahtjev. Za novi zahtjev upotrijebite novi ključ.
