### Faqja e administratorit për importimin e pyetjeve nga skedarët GIFT, Moodle XML, Aiken dhe QTI në një kurs të
### bankës së pyetjeve. Mesazhet e importuesit (problemet në skedarë, arsyet, shënimet, problemet e bankës)
### shfaqen në anglisht.

questions-import-title = Importimi i pyetjeve
staff-nav-questions-import = Importimi i pyetjeve
questions-import-intro = Ngarkoni skedarë me pyetje të eksportuara nga Moodle ose të shkruara në formatin GIFT, Aiken ose QTI. Fillimisht do të shihni çdo pyetje ashtu siç do të duket, me përgjigjet e sakta, dhe çdo problem të gjetur në skedarë. Asgjë nuk regjistrohet derisa të konfirmoni, dhe atëherë skedarët e kursit regjistrohen ose të gjithë bashkë, ose asnjë.

## The form.

questions-import-format-legend = Formati i skedarëve
questions-import-format = { $format ->
    [gift] GIFT (Moodle)
    [moodlexml] Moodle XML
    [aiken] Aiken
    [qti3] QTI 3.0
   *[qti21] QTI 2.1
}
questions-import-files-label = Skedarët me pyetje
questions-import-files-hint = { $count ->
    [one] Deri në { $count } skedar
   *[other] Deri në { $count } skedarë
} në të njëjtin format, secili deri në { $limit } MiB. Skedarët tekst duhet të jenë ruajtur me kodimin UTF-8. Pyetjet QTI mund të vijnë edhe si paketë përmbajtjeje (skedar ZIP me manifestin e vet).
questions-import-course-legend = Kursi
questions-import-course-label = Shtojini pyetjet te
questions-import-course-new = Një kurs i ri (shkruani më poshtë identifikuesin dhe titullin e tij)
questions-import-new-course-id-label = Identifikuesi i kursit të ri
questions-import-new-course-id-hint = Shkronja të vogla latine, shifra dhe viza ndarëse, për shembull refugee-law-basics. Ky është edhe emri i dosjes së kursit në bankën e pyetjeve.
questions-import-new-course-title-label = Titulli i kursit të ri (në anglisht)
questions-import-quiz-label = Testi (sipas dëshirës)
questions-import-quiz-hint = Shkruani një identifikues, për shembull refugee-law-check, për të shtuar një test që i tërheq të gjitha pyetjet e importuara (pragu i kalimit 60 %, pa kufi kohor, përpjekje të pakufizuara; këto mund të ndryshohen më vonë në skedarin e kursit). Identifikuesit e testeve duhet të jenë unikë në gjithë bankën e pyetjeve.
questions-import-locales-legend = Gjuhët që do të lexohen
questions-import-locales-hint = Pyetjet importohen gjithmonë në anglisht. Një skedar Moodle XML me përmbajtje shumëgjuhëshe ose një paketë QTI me pyetje në disa gjuhë mund të sjellë edhe përkthimet e veta: zgjidhni gjuhët që do të lexohen. Atëherë një pyetje shtohet vetëm nëse është e njëjta pyetje në çdo gjuhë të zgjedhur.
questions-import-preview-button = Shfaqni çfarë do të importohej
questions-import-error-no-file = Zgjidhni të paktën një skedar.
questions-import-error-too-large = Një nga skedarët është më i madh se { $limit } MiB. Ndajeni në skedarë më të vegjël dhe importojini njëri pas tjetrit.
questions-import-error-too-many = { $count ->
    [one] Njëherësh mund të importohet deri në { $count } skedar.
   *[other] Njëherësh mund të importohen deri në { $count } skedarë.
} Importojini të tjerët më pas.
questions-import-error-format = Zgjidhni formatin e skedarëve.
questions-import-error-course = Zgjidhni një kurs nga lista ose një kurs të ri.
questions-import-error-course-id = Shkruani identifikuesin e kursit të ri: shkronja të vogla latine, shifra dhe viza ndarëse, jo vizë në fillim.
questions-import-error-course-exists = Ekziston tashmë një kurs me këtë identifikues. Në vend të kësaj, zgjidheni nga lista.
questions-import-error-folder-taken = Banka e pyetjeve ka tashmë një dosje me këtë emër. Zgjidhni një identifikues tjetër.
questions-import-error-course-title = Shkruani titullin e kursit të ri.
questions-import-error-quiz = Identifikuesi i testit mund të përmbajë vetëm shkronja të vogla latine, shifra dhe viza ndarëse dhe nuk mund të fillojë me vizë.
questions-import-error-locales = Zgjidhni gjuhë vetëm nga lista.
questions-import-error-locales-format = Vetëm skedarët Moodle XML dhe paketat QTI përmbajnë disa gjuhë. Hiqni zgjedhjen e gjuhëve të tjera ose zgjidhni një nga këto formate.
questions-import-error-bad-form = Konfirmimi nuk mund të lexohej. Ngarkojini sërish skedarët.

## The preview (dry run).

questions-import-preview-title = Çfarë do të importohej
questions-import-file-name = Skedari: { $name }
questions-import-preview-course = Në kursin: { $course }
questions-import-preview-new-course = Në një kurs të ri: { $course }
questions-import-plan-error-title = Importimi nuk mund të përgatitet
questions-import-problems-title = { $count ->
    [one] Skedarët kanë { $count } problem
   *[other] Skedarët kanë { $count } probleme
}
questions-import-problems-intro = Pjesët e skedarëve të renditura këtu nuk mund të lexohen dhe nuk do të importohen; pyetjet e tjera mund të importohen gjithsesi. Çdo mesazh është në anglisht dhe fillon me skedarin dhe rreshtin (dhe, në skedarët XML, kolonën) të cilit i referohet.
questions-import-bank-problems-title = Banka e pyetjeve nuk do të ngarkohej me këto pyetje
questions-import-bank-problems-intro = Nuk mund të importohet asgjë derisa të zgjidhen këto probleme. Çdo mesazh është në anglisht dhe fillon me skedarin e bankës dhe rreshtin të cilit i referohet.
questions-import-summary = Pyetje të lexuara: { $total }. Për t’u shtuar: { $added }. Nuk do të importohen: { $refused }.
questions-import-question-place = { $file }, rreshti { $line }
questions-import-added-as = Shtohet si { $id }
questions-import-type = { $type ->
    [single] Një përgjigje e saktë
    [multiple] Disa përgjigje të sakta
    [true-false] E vërtetë ose e rreme
    [short] Përgjigje e shkurtër
    [numerical] Përgjigje numerike
    [matching] Çiftëzim
    [gap-fill] Plotësim i boshllëqeve
    [ordering] Renditje
    [essay] Ese
    [description] Përshkrim
   *[other] { $type }
}
questions-import-not-imported = Nuk do të importohet:
questions-import-note = Shënim:
questions-import-right = përgjigjja e saktë
questions-import-typed = kursanti e shkruan
questions-import-weight = { $weight } % e pikëve
questions-import-option-feedback = Komenti:
questions-import-pairs = Çiftet e sakta:
questions-import-distractors = Përgjigje që nuk i përkasin asnjë elementi:
questions-import-gap = Boshllëku { $gap }:
questions-import-order = Radha e saktë:
questions-import-true-false-key = { $key ->
    [true] Përgjigjja e saktë: e vërtetë
   *[other] Përgjigjja e saktë: e rreme
}
questions-import-accepted = Përgjigjet e pranuara (* zëvendëson çfarëdo teksti):
questions-import-numbers = Vlerat e pranuara:
questions-import-number = { $value } ± { $tolerance }
questions-import-share = ({ $percent } % e pikëve)
questions-import-feedback = Komenti i përgjithshëm:
questions-import-points = { $points } pikë
questions-import-category = Kategoria: { $category }
questions-import-tags = Etiketat:
questions-import-nothing = Asnjë pyetje nga këta skedarë nuk mund të importohet.
questions-import-confirm-intro = { $count ->
    [one] Ende nuk është regjistruar asgjë. Konfirmoni për ta shtuar në kurs pyetjen e shënuar për t’u shtuar. Kursantët do të mund ta zgjidhin menjëherë.
   *[other] Ende nuk është regjistruar asgjë. Konfirmoni për t’i shtuar në kurs { $count } pyetjet e shënuara për t’u shtuar. Kursantët do të mund t’i zgjidhin menjëherë.
}
questions-import-confirm-button = Konfirmoni importimin
questions-import-changed-notice = Kursi u ndryshua pas pamjes paraprake që konfirmuat (për shembull, kur i njëjti importim konfirmohet dy herë), prandaj nuk u importua asgjë. Ja çfarë do të bënin skedarët tani; kontrollojeni dhe konfirmoni sërish.
questions-import-write-error = Skedarët nuk mund të regjistroheshin, prandaj nuk u importua asgjë:
questions-import-another-title = Importoni skedarë të tjerë

## After the import.

questions-import-done-title = Pyetjet u importuan
questions-import-done-summary = { $count ->
    [one] Në kursin «{ $course }» u shtua { $count } pyetje.
   *[other] Në kursin «{ $course }» u shtuan { $count } pyetje.
}
questions-import-done-in-use = Kursantët mund t’i zgjidhin që tani pyetjet e reja.
questions-import-reload-failed-title = Serveri përdor ende pyetjet e mëparshme
questions-import-reload-failed = Skedarët u regjistruan, por banka e pyetjeve tani nuk ngarkohet, prandaj serveri vazhdon të përdorë pyetjet që kishte më parë. Korrigjoni këto probleme (mesazhet janë në anglisht) dhe rinisni serverin:
questions-import-done-quiz = Hapni testin { $quiz }
questions-import-done-list-title = Pyetjet e shtuara
questions-import-col-id = Identifikuesi
questions-import-col-type = Lloji i pyetjes
questions-import-another = Importoni pyetje të tjera
