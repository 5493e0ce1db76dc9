### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = API tokeni

tokens-title = Tokeni za skripte
tokens-intro = Token omogućava skripti da koristi API u ime jednog naloga, s ulogama tog naloga: token predavača vidi grupe tog predavača, a token administratora vidi sve grupe. Token prestaje da važi kad se opozove, kad istekne ili kad se njegov nalog onemogući.

tokens-issued-title = Token je izdat
tokens-issued-for = „{ $label }” za { $account }, važi do { $when }.
tokens-issued-once = Kopirajte ovaj token sada i čuvajte ga na sigurnom mjestu: prikazuje se samo ovaj put i ne može se ponovo prikazati.
tokens-issued-token = Token
tokens-issued-usage = Skripta ga šalje u ovom zaglavlju svakog zahtjeva:
tokens-already-issued = Ovaj obrazac je već izdao token „{ $label }” za { $account }, pa drugi token nije napravljen. Token se prikazuje samo jednom: ako ga nijeste kopirali, opozovite ga ispod i izdajte novi.
tokens-revoked = Token je opozvan. Skripte koje ga koriste od sada se odbijaju.

tokens-live-title = Važeći tokeni
tokens-none = Nijedan token za skripte trenutno ne važi.
tokens-col-label = Oznaka
tokens-col-account = Nalog
tokens-col-issued-by = Izdao/la
tokens-col-created = Izdat
tokens-col-expires = Ističe
tokens-revoke-button = Opozovite
tokens-revoke-label = Opozovite token „{ $label }”

tokens-issue-title = Izdajte token
tokens-label = Oznaka
tokens-label-hint = Šta skripta radi, da biste razlikovali tokene, na primjer „Noćni izvoz rezultata”.
tokens-account = Adresa e-pošte naloga
tokens-account-hint = Token djeluje u ime ovog naloga, s njegovim ulogama.
tokens-days = Rok važenja (u danima)
tokens-days-hint = Od 1 do { $max } dana; { $default } dana ako polje ostavite prazno.
tokens-issue-button = Izdajte token
tokens-error-label = Unesite oznaku od 1 do { $max } znakova.
tokens-error-days = Unesite cio broj dana od 1 do { $max } ili ostavite polje prazno.
tokens-error-disabled = Ovaj nalog je onemogućen. Omogućite ga prije izdavanja tokena za njega.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = Tijelo zahtjeva mora biti JSON objekat.
api-error-unknown-field = Ovo polje nije dio zahtjeva; provjerite kako je napisano.
api-error-timestamp = Navedite datum i vrijeme u obliku RFC 3339 s pomakom, na primjer 2026-12-10T09:00:00+01:00, ili null.
api-error-task = Navedite test kao "placement" ili kao objekat koji u polju "quiz" navodi test iz banke.
api-error-role = Navedite ulogu kao "learner" ili "instructor".
api-error-idempotency-key = Idempotency-Key ima od 1 do 255 vidljivih ASCII znakova.
api-error-idempotency-key-reused = Ovaj Idempotency-Key je već korišćen za drukčiji zahtjev. Za novi zahtjev koristite novi ključ.
