### Faqja e administratorit për shtimin e një gjuhe në një kurs: shkarkimi i skedarit me tekstet e kursit (Fluent),
### përkthimi, ngarkimi i përkthimit, kontrolli i çdo pyetjeje në atë gjuhë dhe konfirmimi. Mesazhet e validuesit
### të bankës për problemet në skedar shfaqen në anglisht. Emrat e gjuhëve ($language) jepen në vetë atë gjuhë
### («Македонски»).

questions-translate-title = Përkthimi i një kursi
staff-nav-questions-translate = Përkthimi i një kursi
questions-translate-intro = Shkarkoni nga lista më poshtë skedarin në anglisht me tekstet e një kursi dhe jepeni për përkthim: ruani emrin e çdo rreshti (para shenjës së barazimit) dhe emrat në kllapa gjarpërore, si { "{" } $g1 { "}" }, dhe përktheni vetëm tekstet. Pastaj ngarkoni këtu skedarin e përkthyer. Fillimisht do të shihni çdo pyetje ashtu siç do ta shohin kursantët në atë gjuhë, ose çdo problem në skedar me rreshtin ku ndodhet. Asgjë nuk regjistrohet derisa të konfirmoni.

## The form.

questions-translate-course-label = Kursi
questions-translate-language-label = Gjuha e përkthimit
questions-translate-file-label = Skedari i përkthyer (.ftl)
questions-translate-file-hint = Një skedar tekst i ruajtur me kodimin UTF-8, deri në { $limit } MiB. Nëse kursi ka tashmë një përkthim në këtë gjuhë, ai zëvendësohet.
questions-translate-preview-button = Kontrolloni përkthimin
questions-translate-error-course = Zgjidhni një kurs nga lista.
questions-translate-error-locale = Zgjidhni një gjuhë nga lista.
questions-translate-error-no-file = Zgjidhni skedarin e përkthyer.
questions-translate-error-too-large = Ngarkoni një skedar deri në { $limit } MiB.
questions-translate-error-bad-form = Konfirmimi nuk mund të lexohej. Ngarkojeni sërish skedarin.

## The check (nothing written yet).

questions-translate-preview-title = Kontrolli i përkthimit
questions-translate-preview-course = Kursi: { $course }
questions-translate-preview-language = Gjuha: { $language }
questions-translate-plan-error-title = Përkthimi nuk mund të kontrollohet
questions-translate-problems-title = { $count ->
    [one] Një problem pengon shtimin e përkthimit
   *[other] { $count } probleme pengojnë shtimin e përkthimit
}
questions-translate-problems-intro = Korrigjoni skedarin dhe ngarkojeni sërish. Çdo mesazh është në anglisht dhe tregon skedarin dhe rreshtin të cilit i referohet; mesazhi «translations missing» rendit tekstet që ende mungojnë në skedar.
questions-translate-replaces = Kursi ka tashmë një përkthim në këtë gjuhë. Nëse konfirmoni, ai do të zëvendësohet.
questions-translate-summary = { $count ->
    [one] Pyetja e kursit ashtu siç do ta shohin kursantët në këtë gjuhë, me përgjigjen e saktë:
   *[other] Të { $count } pyetjet e kursit ashtu siç do t’i shohin kursantët në këtë gjuhë, me përgjigjet e sakta:
}
questions-translate-confirm-button = Shtoni përkthimin
questions-translate-changed-notice = Kursi ose përkthimi i tij ka ndryshuar pas kontrollit, ose përkthimi është shtuar tashmë. Kontrolloni rezultatin më poshtë para se të konfirmoni sërish.
questions-translate-write-error = Skedarët nuk mund të regjistroheshin, prandaj nuk u ndryshua asgjë:

## After confirming.

questions-translate-done = Përkthimi u shtua: { $course }, { $language }.
questions-translate-done-in-use = Kursantët që e përdorin këtë gjuhë tani i shohin në të testet e kursit.
questions-translate-another-title = Përktheni një kurs tjetër

## The prose files to download.

questions-translate-files-title = Skedarët për përkthim
questions-translate-files-intro = Tekstet e çdo kursi, një skedar për çdo gjuhë. Përktheni skedarin në anglisht ose shkarkoni një përkthim ekzistues për ta korrigjuar.
questions-translate-col-course = Kursi
questions-translate-col-files = Skedarët
