### Shared interface texts: layout, language picker, errors.

-centre-name = Регионален центар за обука во областа на миграцијата

app-name = испит
skip-to-content = Прејдете на содржината
language-picker-label = Јазик
logout-button = Одјавете се
footer-text = испит – систем за проверка на знаењето, { -centre-name }
back-to-quizzes = Назад кон Вашите тестови
# On an error page, for a visitor who is not signed in.
error-sign-in = Најавете се

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } минута
   *[other] { $count } минути
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Код на грешка: { $status }
error-not-found = Оваа страница не постои или немате право да ја видите.
error-not-offered = Овој тест не е достапен на јазикот што го избравте.
error-no-attempts-left = Ги искористивте сите дозволени обиди за овој тест.
error-attempt-closed = Овој обид е затворен: Вашите одговори се веќе предадени.
error-attempt-open = Овој обид е сѐ уште отворен: резултатот ќе биде прикажан по предавањето.
error-deadline-passed = Времето истече. Одговорите дадени по истекот на времето не се прифаќаат.
error-attempt-submitted = Овој обид е веќе предаден: одговорите испратени потоа не се зачувуваат.
error-attempt-expired = Времето истече, па обидот е затворен. Земени се предвид одговорите зачувани дотогаш; подоцна испратените одговори не се прифаќаат.
error-bad-request = Барањето не може да се разбере.
error-unauthorized = Најавете се за да продолжите.
error-forbidden = Формуларот истече или не е испратен од оваа веб-страница. Вратете се назад, вчитајте ја страницата повторно и обидете се пак.
error-too-large = Она што го испративте е преголемо.
error-unprocessable = Дел од испратените податоци не се исправни. Проверете ги и обидете се повторно.
error-internal = Настана грешка кај нас. Вашите зачувани одговори се безбедни; обидете се повторно за неколку моменти.
error-unavailable = Услугата е привремено недостапна. Вашите досега зачувани одговори се безбедни; обидете се повторно за една минута.
error-bad-encoding = Формуларот не може да се прочита: содржи знаци што не се исправен текст (UTF-8). Ништо не е зачувано; повторно вчитајте ја страницата и обидете се повторно.
