### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = API токени

tokens-title = Токени за скрипте
tokens-intro = Токен омогућава скрипти да користи API у име једног налога, с улогама тог налога: токен предавача види групе тог предавача, а токен администратора види све групе. Токен престаје да важи када се опозове, када истекне или када се његов налог онемогући.

tokens-issued-title = Токен је издат
tokens-issued-for = „{ $label }” за { $account }, важи до { $when }.
tokens-issued-once = Копирајте овај токен сада и чувајте га на сигурном месту: приказује се само овај пут и не може се поново приказати.
tokens-issued-token = Токен
tokens-issued-usage = Скрипта га шаље у овом заглављу сваког захтева:
tokens-already-issued = Овај образац је већ издао токен „{ $label }” за { $account }, па други токен није направљен. Токен се приказује само једном: ако га нисте копирали, опозовите га испод и издајте нови.
tokens-revoked = Токен је опозван. Скрипте које га користе од сада се одбијају.

tokens-live-title = Важећи токени
tokens-none = Ниједан токен за скрипте тренутно не важи.
tokens-col-label = Ознака
tokens-col-account = Налог
tokens-col-issued-by = Издао/ла
tokens-col-created = Издат
tokens-col-expires = Истиче
tokens-revoke-button = Опозовите
tokens-revoke-label = Опозовите токен „{ $label }”

tokens-issue-title = Издајте токен
tokens-label = Ознака
tokens-label-hint = Шта скрипта ради, да бисте разликовали токене, на пример „Ноћни извоз резултата”.
tokens-account = Адреса е-поште налога
tokens-account-hint = Токен делује у име овог налога, с његовим улогама.
tokens-days = Рок важења (у данима)
tokens-days-hint = Од 1 до { $max } дана; { $default } дана ако поље оставите празно.
tokens-issue-button = Издајте токен
tokens-error-label = Унесите ознаку од 1 до { $max } знакова.
tokens-error-days = Унесите цео број дана од 1 до { $max } или оставите поље празно.
tokens-error-disabled = Овај налог је онемогућен. Омогућите га пре издавања токена за њега.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = Тело захтева мора бити JSON објекат.
api-error-unknown-field = Ово поље није део захтева; проверите како је написано.
api-error-timestamp = Наведите датум и време у облику RFC 3339 с помаком, на пример 2026-12-10T09:00:00+01:00, или null.
api-error-task = Наведите тест као "placement" или као објекат који у пољу "quiz" наводи тест из банке.
api-error-role = Наведите улогу као "learner" или "instructor".
api-error-idempotency-key = Idempotency-Key има од 1 до 255 видљивих ASCII знакова.
api-error-idempotency-key-reused = Овај Idempotency-Key је већ коришћен за другачији захтев. За нови захтев користите нови кључ.
