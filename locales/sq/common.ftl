### Shared interface texts: layout, language picker, errors.

-centre-name = Qendra Rajonale e Trajnimit për Migracionin

app-name = ispit
skip-to-content = Kaloni te përmbajtja
language-picker-label = Gjuha
logout-button = Dilni
footer-text = ispit – sistemi i vlerësimit të njohurive, { -centre-name }
back-to-quizzes = Kthehuni te testet tuaja
# On an error page, for a visitor who is not signed in.
error-sign-in = Hyni

# Variables:
#   $count (Number) - how many minutes
minutes = { $count ->
    [one] { $count } minutë
   *[other] { $count } minuta
}

# Variables:
#   $value (String) - a percentage, already formatted for the locale
percent-value = { $value } %

# Variables:
#   $status (Number) - the HTTP status code
error-status = Kodi i gabimit: { $status }
error-not-found = Kjo faqe nuk ekziston ose nuk keni të drejtë ta shihni.
error-not-offered = Ky test nuk ofrohet në gjuhën që zgjodhët.
error-no-attempts-left = I keni përdorur të gjitha përpjekjet e lejuara për këtë test.
error-attempt-closed = Kjo përpjekje është e mbyllur: përgjigjet tuaja janë dorëzuar tashmë.
error-attempt-open = Kjo përpjekje është ende e hapur: rezultati shfaqet pasi të dorëzohet.
error-deadline-passed = Koha ka mbaruar. Përgjigjet e dhëna pas mbarimit të kohës nuk pranohen.
error-attempt-submitted = Kjo përpjekje është dorëzuar tashmë: përgjigjet e dërguara pas kësaj nuk ruhen.
error-attempt-expired = Koha mbaroi, prandaj përpjekja u mbyll. U morën parasysh përgjigjet e ruajtura deri atëherë; përgjigjet e dërguara më vonë nuk pranohen.
error-bad-request = Kërkesa nuk mund të kuptohej.
error-unauthorized = Ju lutemi hyni për të vazhduar.
error-forbidden = Formulari ka skaduar ose nuk është dërguar nga ky sajt. Ju lutemi kthehuni mbrapa, ringarkoni faqen dhe provoni përsëri.
error-too-large = Ajo që dërguat është shumë e madhe.
error-unprocessable = Disa nga të dhënat që dërguat nuk janë të vlefshme. Ju lutemi kontrollojini dhe provoni përsëri.
error-internal = Diçka shkoi keq nga ana jonë. Përgjigjet tuaja të ruajtura janë të sigurta; ju lutemi provoni përsëri pas pak.
error-unavailable = Shërbimi është përkohësisht i padisponueshëm. Përgjigjet tuaja të ruajtura deri tani janë të sigurta; ju lutemi provoni përsëri pas një minute.
error-bad-encoding = Formulari nuk mund të lexohej: përmban shenja që nuk janë tekst i vlefshëm (UTF-8). Asgjë nuk u ruajt; ju lutemi ringarkoni faqen dhe provoni përsëri.
