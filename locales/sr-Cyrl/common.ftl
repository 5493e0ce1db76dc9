### Shared interface texts: layout, language picker, errors.

-centre-name = Регионални центар за обуку у области миграција

app-name = испит
skip-to-content = Пређите на садржај
language-picker-label = Језик
logout-button = Одјавите се
footer-text = испит – систем за проверу знања, { -centre-name }
back-to-quizzes = Назад на Ваше тестове
# On an error page, for a visitor who is not signed in.
error-sign-in = Пријавите се

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } минут
    [few] { $count } минута
   *[other] { $count } минута
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Код грешке: { $status }
error-not-found = Ова страница не постоји или немате право да је видите.
error-not-offered = Овај тест није доступан на језику који сте изабрали.
error-no-attempts-left = Искористили сте све дозвољене покушаје за овај тест.
error-attempt-closed = Овај покушај је затворен: Ваши одговори су већ предати.
error-attempt-open = Овај покушај је још отворен: резултат ће бити приказан након предаје.
error-deadline-passed = Време је истекло. Одговори дати после истека времена се не прихватају.
error-attempt-submitted = Овај покушај је већ предат: одговори послати после тога се не чувају.
error-attempt-expired = Време је истекло, па је покушај затворен. Урачунати су одговори сачувани до тада; касније послати одговори се не прихватају.
error-bad-request = Захтев није могуће разумети.
error-unauthorized = Пријавите се да бисте наставили.
error-forbidden = Образац је истекао или није послат са овог сајта. Вратите се назад, поново учитајте страницу и покушајте поново.
error-too-large = Оно што сте послали је превелико.
error-unprocessable = Део послатих података није исправан. Проверите их и покушајте поново.
error-internal = Дошло је до грешке на нашој страни. Ваши сачувани одговори су безбедни; покушајте поново за неколико тренутака.
error-unavailable = Услуга је привремено недоступна. Ваши досад сачувани одговори су безбедни; покушајте поново за минут.
error-bad-encoding = Образац није могуће прочитати: садржи знакове који нису исправан текст (UTF-8). Ништа није сачувано; поново учитајте страницу и покушајте поново.
