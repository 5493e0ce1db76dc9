### The administrators' page of tokens for scripts, and the messages of the staff JSON API.

staff-nav-tokens = API токени

tokens-title = Токени за скрипти
tokens-intro = Токенот ѝ овозможува на скриптата да го користи API-то во име на една сметка, со улогите на таа сметка: токенот на предавач ги гледа групите на тој предавач, а токенот на администратор ги гледа сите групи. Токенот престанува да важи кога ќе се отповика, кога ќе истече или кога неговата сметка ќе се оневозможи.

tokens-issued-title = Токенот е издаден
tokens-issued-for = „{ $label }“ за { $account }, важи до { $when }.
tokens-issued-once = Копирајте го овој токен сега и чувајте го на безбедно место: се прикажува само овој пат и не може повторно да се прикаже.
tokens-issued-token = Токен
tokens-issued-usage = Скриптата го испраќа во ова заглавие на секое барање:
tokens-already-issued = Овој образец веќе го издаде токенот „{ $label }“ за { $account }, па друг токен не е создаден. Токенот се прикажува само еднаш: ако не сте го копирале, отповикајте го подолу и издадете нов.
tokens-revoked = Токенот е отповикан. Скриптите што го користат отсега се одбиваат.

tokens-live-title = Важечки токени
tokens-none = Ниеден токен за скрипти моментално не важи.
tokens-col-label = Ознака
tokens-col-account = Сметка
tokens-col-issued-by = Издал/а
tokens-col-created = Издаден
tokens-col-expires = Истекува
tokens-revoke-button = Отповикајте
tokens-revoke-label = Отповикајте го токенот „{ $label }“

tokens-issue-title = Издадете токен
tokens-label = Ознака
tokens-label-hint = Што прави скриптата, за да ги разликувате токените, на пример „Ноќен извоз на резултатите“.
tokens-account = Адреса на е-пошта на сметката
tokens-account-hint = Токенот дејствува во име на оваа сметка, со нејзините улоги.
tokens-days = Рок на важење (во денови)
tokens-days-hint = Од 1 до { $max } денови; { $default } денови ако го оставите полето празно.
tokens-issue-button = Издадете токен
tokens-error-label = Внесете ознака од 1 до { $max } знаци.
tokens-error-days = Внесете цел број денови од 1 до { $max } или оставете го полето празно.
tokens-error-disabled = Оваа сметка е оневозможена. Овозможете ја пред да издадете токен за неа.

## Problems the staff API reports in a request's body or headers (shown to whoever wrote the script).

api-error-object = Телото на барањето мора да биде JSON објект.
api-error-unknown-field = Ова поле не е дел од барањето; проверете како е напишано.
api-error-timestamp = Наведете датум и време во обликот RFC 3339 со поместување, на пример 2026-12-10T09:00:00+01:00, или null.
api-error-task = Наведете го тестот како "placement" или како објект што во полето "quiz" наведува тест од банката.
api-error-role = Наведете ја улогата како "learner" или "instructor".
api-error-idempotency-key = Idempotency-Key има од 1 до 255 видливи ASCII знаци.
api-error-idempotency-key-reused = Овој Idempotency-Key веќе е искористен за друго барање. За ново барање користете нов клуч.
