course-title = Migracioni dhe zhvillimi
course-description = Si kontribuon migracioni në zhvillim: remitancat, diasporat, aftësitë dhe lëvizshmëria e punës, rekrutimi i drejtë, kthimi dhe riintegrimi, si dhe korniza globale e Agjendës 2030, Paktit Global për Migracionin dhe Forumit Global për Migracionin dhe Zhvillimin.

quiz-migration-development-final = Vlerësimi përfundimtar
    .description = Njëzet pyetje nga i gjithë kursi, katër nga secila temë. Keni 30 minuta dhe ju duhen 60 për qind për të kaluar.

## Kategoria: instrumentet

q-sdg-10-7-target = Cili synim i Agjendës 2030 për Zhvillim të Qëndrueshëm u bën thirrje shteteve të lehtësojnë migracionin e rregullt, të sigurt, të ligjshëm dhe të përgjegjshëm, përfshirë nëpërmjet politikave migratore të planifikuara dhe të menaxhuara mirë?
    .opt-a = Synimi 10.7
    .opt-b = Synimi 10.c
    .opt-c = Synimi 8.8
    .opt-d = Synimi 17.18
    .feedback = Synimi 10.7 i Agjendës 2030 (Rezoluta 70/1 e Asamblesë së Përgjithshme të OKB-së, 2015) u kërkon shteteve të lehtësojnë migracionin dhe lëvizshmërinë e rregullt, të sigurt, të ligjshme dhe të përgjegjshme të njerëzve, përfshirë nëpërmjet politikave migratore të planifikuara dhe të menaxhuara mirë. Treguesi 10.7.2 mat numrin e vendeve që kanë politika të tilla.
    .opt-b-feedback = Synimi 10.c ka të bëjë me koston e dërgimit të remitancave të migrantëve, jo me politikat migratore në përgjithësi.
    .opt-c-feedback = Synimi 8.8 mbron të drejtat e punës dhe mjediset e sigurta të punës për të gjithë punëtorët, përfshirë punëtorët migrantë. Ai nuk trajton politikat migratore si të tilla.
    .opt-d-feedback = Synimi 17.18 është synim për të dhënat: kërkon të dhëna të zbërthyera, ndër të tjera, sipas statusit migrator.

q-sdg-migration-targets = Cilat nga këto synime të Objektivave të Zhvillimit të Qëndrueshëm i përmendin në tekstin e tyre migrantët, migracionin ose remitancat e migrantëve? Zgjidhni të gjitha përgjigjet që vlejnë. Zgjedhjet e gabuara ulin pikët tuaja.
    .opt-a = Synimi 3.8 (mbulimi universal shëndetësor)
    .opt-b = Synimi 8.8 (të drejtat e punës dhe mjediset e sigurta të punës)
    .opt-c = Synimi 10.7 (migracion i rregullt, i sigurt, i ligjshëm dhe i përgjegjshëm)
    .opt-d = Synimi 13.1 (qëndrueshmëria ndaj rreziqeve të lidhura me klimën)
    .opt-e = Synimi 10.c (kostot e transaksioneve të remitancave)
    .feedback = Synimi 8.8 përmend punëtorët migrantë, veçanërisht gratë migrante. Synimi 10.7 ka të bëjë me migracionin dhe lëvizshmërinë e njerëzve. Synimi 10.c ka të bëjë me kostot e transaksioneve të remitancave të migrantëve (A/RES/70/1, 2015). Synimet 3.8 dhe 13.1 kanë rëndësi praktike për migrantët, por teksti i tyre nuk e përmend migracionin. Synime të tjera u referohen trafikimit të qenieve njerëzore (5.2, 8.7 dhe 16.2) ose të dhënave sipas statusit migrator (17.18).
    .opt-a-feedback = Mbulimi universal shëndetësor është i rëndësishëm për migrantët, por teksti i synimit 3.8 nuk i përmend migrantët apo migracionin.
    .opt-d-feedback = Rreziqet e lidhura me klimën mund të nxisin migracionin, por teksti i synimit 13.1 nuk i përmend migrantët apo migracionin.

q-gcm-objectives-count = Sa objektiva përmban Pakti Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm (2018)? Jepni një numër.
    .feedback = Pakti Global për Migracionin (Rezoluta 73/195 e Asamblesë së Përgjithshme të OKB-së) rendit 23 objektiva në paragrafin 16. Çdo objektiv pasohet nga një zotim dhe një listë veprimesh të mundshme. Objektivat 18 deri në 21 lidhen më ngushtë me migracionin dhe zhvillimin: aftësitë, kontributi i migrantëve dhe i diasporave, remitancat, si dhe kthimi dhe riintegrimi.

q-gcm-objectives-match = Lidhni çdo numër objektivi të Paktit Global për Migracionin me temën e tij. Një temë nuk përdoret.
    .left-o6 = Objektivi 6
    .left-o18 = Objektivi 18
    .left-o19 = Objektivi 19
    .left-o20 = Objektivi 20
    .left-o21 = Objektivi 21
    .right-recruitment = Rekrutim i drejtë dhe etik, si dhe kushte që garantojnë punë të denjë
    .right-skills = Zhvillimi i aftësive dhe njohja reciproke e aftësive, kualifikimeve dhe kompetencave
    .right-diaspora = Kushte që migrantët dhe diasporat të kontribuojnë plotësisht në zhvillimin e qëndrueshëm
    .right-remittances = Remitanca më të shpejta, më të sigurta dhe më të lira, si dhe përfshirja financiare e migrantëve
    .right-return = Kthim dhe ripranim i sigurt dhe dinjitoz, si dhe riintegrim i qëndrueshëm
    .right-social-security = Transferueshmëria e të drejtave të sigurimeve shoqërore dhe e përfitimeve të fituara
    .feedback = Në Paktin Global për Migracionin (A/RES/73/195), objektivi 6 mbulon rekrutimin e drejtë dhe etik dhe punën e denjë, objektivi 18 zhvillimin dhe njohjen e aftësive, objektivi 19 kontributin e migrantëve dhe të diasporave në zhvillimin e qëndrueshëm, objektivi 20 remitancat dhe përfshirjen financiare, ndërsa objektivi 21 kthimin, ripranimin dhe riintegrimin e qëndrueshëm. Transferueshmëria e sigurimeve shoqërore është objektivi 22, i cili nuk është në listë.

q-gcm-non-binding = Pakti Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm është marrëveshje ndërkombëtare ligjërisht detyruese.
    .feedback = E rreme. Paragrafi 7 i Paktit Global e përshkruan atë si një kornizë bashkëpunimi ligjërisht jo detyruese, që respekton sovranitetin e shteteve. Ai u miratua në një konferencë ndërqeveritare në Marrakesh më 10 dhjetor 2018 dhe u mbështet nga Asambleja e Përgjithshme e OKB-së me Rezolutën 73/195 më 19 dhjetor 2018. Ai nuk i nënshtrohet ratifikimit.

q-gfmd-nature = Cili pohim e përshkruan më mirë Forumin Global për Migracionin dhe Zhvillimin (GFMD)?
    .opt-a = Organi i traktatit të OKB-së që monitoron Konventën për të Drejtat e të Gjithë Punëtorëve Migrantë
    .opt-b = Një proces joformal dhe jo detyrues, i udhëhequr nga shtetet, ku qeveritë diskutojnë për migracionin dhe zhvillimin
    .opt-c = Këshilli drejtues i Organizatës Ndërkombëtare për Migracionin
    .opt-d = Një organ detyrues për zgjidhjen e mosmarrëveshjeve lidhur me marrëveshjet dypalëshe për migracionin e punës
    .feedback = GFMD-ja lindi nga Dialogu i parë i Nivelit të Lartë i OKB-së për Migracionin Ndërkombëtar dhe Zhvillimin (2006) dhe mblidhet që nga viti 2007, duke filluar në Bruksel. Forumi udhëhiqet nga shtetet, është vullnetar, joformal dhe jo detyrues, dhe qëndron jashtë sistemit të OKB-së, ndonëse ruan lidhje të ngushta me të. Shoqëria civile, sektori i biznesit dhe autoritetet vendore marrin pjesë nëpërmjet mekanizmave të tyre.
    .opt-a-feedback = Ajo Konventë monitorohet nga Komiteti për Punëtorët Migrantë, i krijuar sipas nenit 72 të saj. GFMD-ja nuk është organ traktati.
    .opt-c-feedback = IOM-i drejtohet nga Këshilli i vet i Shteteve Anëtare. GFMD-ja nuk është pjesë e IOM-it.
    .opt-d-feedback = GFMD-ja nuk merr vendime detyruese dhe nuk zgjidh mosmarrëveshje; është hapësirë për dialog dhe shkëmbim praktikash.

q-gfmd-first-year = Në cilin vit u mbajt takimi i parë i Forumit Global për Migracionin dhe Zhvillimin? Jepni vitin.
    .feedback = Takimi i parë i GFMD-së u mbajt në Bruksel në korrik 2007, nën kryesimin e Belgjikës. Ai pasoi Dialogun e parë të Nivelit të Lartë të OKB-së për Migracionin Ndërkombëtar dhe Zhvillimin në shtator 2006, ku u hodh ideja e një forumi global të udhëhequr nga shtetet.

q-md-process-chronology = Renditni këto etapa të agjendës globale për migracionin dhe zhvillimin sipas radhës kronologjike, nga më e hershmja te më e vonshmja.
    .item-hld = Dialogu i parë i Nivelit të Lartë i OKB-së për Migracionin Ndërkombëtar dhe Zhvillimin
    .item-gfmd = Takimi i parë i Forumit Global për Migracionin dhe Zhvillimin
    .item-agenda = Miratimi i Agjendës 2030 për Zhvillim të Qëndrueshëm
    .item-gcm = Miratimi i Paktit Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm
    .item-review = Rishikimi i parë global katërvjeçar i progresit në zbatimin e Paktit Global për Migracionin
    .feedback = Dialogu i parë i Nivelit të Lartë u zhvillua në shtator 2006, takimi i parë i GFMD-së në Bruksel në korrik 2007, Agjenda 2030 u miratua në shtator 2015 (A/RES/70/1), Pakti Global për Migracionin në dhjetor 2018 (A/RES/73/195), ndërsa Forumi i parë Ndërkombëtar për Rishikimin e Migracionit u mblodh në maj 2022 (paragrafi 49 i Paktit).

q-imrf-acronym = Sipas paragrafit 49 të Paktit Global për Migracionin, shtetet anëtare të OKB-së e rishikojnë progresin në zbatimin e Paktit në një forum global që mbahet çdo katër vjet, duke filluar nga viti 2022. Cili është akronimi në anglisht i këtij forumi?
    .feedback = Forumi Ndërkombëtar për Rishikimin e Migracionit (International Migration Review Forum, IMRF) është platforma kryesore ndërqeveritare për të diskutuar dhe shkëmbyer informacion mbi progresin në zbatimin e Paktit Global për Migracionin (paragrafi 49(b) i A/RES/73/195). Forumi i parë u mblodh në maj 2022 dhe miratoi një Deklaratë për Progresin.

q-instruments-chronology = Renditni këto instrumente ndërkombëtare për punëtorët migrantë sipas radhës së miratimit, nga më i hershmi te më i vonshmi.
    .item-c97 = Konventa e ILO-s për Migracionin për Punësim (e rishikuar), nr. 97
    .item-c143 = Konventa e ILO-s për Punëtorët Migrantë (Dispozita Plotësuese), nr. 143
    .item-icrmw = Konventa Ndërkombëtare për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe Anëtarëve të Familjeve të Tyre
    .item-who = Kodi Global i Praktikës i OBSH-së për Rekrutimin Ndërkombëtar të Personelit Shëndetësor
    .item-fair = Parimet e Përgjithshme dhe Udhëzimet Operacionale të ILO-s për Rekrutimin e Drejtë
    .feedback = Konventa e ILO-s nr. 97 daton nga viti 1949, ndërsa Konventa nr. 143 nga viti 1975. Konventa e OKB-së për punëtorët migrantë u miratua më 18 dhjetor 1990 (A/RES/45/158). Kodi Global i Organizatës Botërore të Shëndetësisë (OBSH/WHO) u miratua nga Asambleja Botërore e Shëndetësisë në maj 2010 (Rezoluta WHA63.16). Parimet e Përgjithshme dhe Udhëzimet Operacionale të ILO-s për Rekrutimin e Drejtë u miratuan nga një takim trepalësh ekspertësh në shtator 2016.

## Kategoria: remitancat

q-sdg-10c-gap = Plotësoni synimin 10.c të Objektivave të Zhvillimit të Qëndrueshëm.
    .text = Deri në vitin 2030, të ulen në më pak se { $g1 } për qind kostot e transaksioneve të remitancave të migrantëve dhe të eliminohen korridoret e remitancave me kosto më të larta se { $g2 } për qind.
    .opt-a1 = 1
    .opt-a3 = 3
    .opt-a5 = 5
    .opt-b3 = 3
    .opt-b5 = 5
    .opt-b10 = 10
    .feedback = Synimi 10.c i Agjendës 2030 (A/RES/70/1, 2015) vendos dy pragje: një kosto mesatare nën 3 për qind të shumës së dërguar dhe asnjë korridor me kosto mbi 5 për qind. Agjenda e Veprimit e Adis-Abebës (2015, paragrafi 40) dhe objektivi 20 i Paktit Global për Migracionin e përsërisin këtë synim. Treguesi 10.c.1 mat kostot e remitancave si përqindje e shumës së dërguar.

q-remittance-cost-calc = Një migrant dërgon shumën e barasvlershme me 200 USD. Ofruesi aplikon një tarifë prej 5 USD dhe një diferencë në kursin e këmbimit me vlerë 4 USD krahasuar me kursin e këmbimit të referencës. Duke llogaritur si tarifën, ashtu edhe diferencën në kursin e këmbimit, sa është kostoja totale si përqindje e shumës së dërguar? Jepni një numër pa shenjën e përqindjes.
    .feedback = Kostoja totale = tarifa + diferenca në kursin e këmbimit = 5 + 4 = 9 USD, dhe 9 / 200 = 4,5 për qind. Po të ishte kjo kostoja mesatare në korridorin e saj, ajo do të ishte nën tavanin prej 5 për qind për korridor të synimit 10.c të OZHQ-ve, por mbi synimin mesatar prej 3 për qind. Nëse do të shihej vetëm tarifa (2,5 për qind), do të fshihej pothuajse gjysma e kostos reale.

q-remittance-cost-components = Në bazën e të dhënave Remittance Prices Worldwide të Bankës Botërore, çfarë përfshin kostoja totale e dërgimit të një remitance?
    .opt-a = Vetëm tarifën e transfertës
    .opt-b = Vetëm diferencën në kursin e këmbimit
    .opt-c = Tarifën e transfertës plus diferencën në kursin e këmbimit
    .opt-d = Tarifën e transfertës plus tatimin mbi të ardhurat që paguan marrësi
    .feedback = Remittance Prices Worldwide e mat koston totale për dërguesin si tarifën plus diferencën në kursin e këmbimit, domethënë diferencën midis kursit të këmbimit që aplikon ofruesi dhe një kursi ndërbankar referencë. Treguesi 10.c.1 i OZHQ-ve përdor këtë kosto totale për një transfertë prej 200 USD.
    .opt-a-feedback = Vetëm tarifa e nënvlerëson koston: diferenca e shtuar te kursi i këmbimit është shpesh një pjesë e madhe dhe më pak e dukshme e çmimit.
    .opt-b-feedback = Diferenca në kurs është vetëm njëri nga dy elementet; llogaritet edhe tarifa që i ngarkohet dërguesit.
    .opt-d-feedback = Tatimet në vendin marrës nuk janë pjesë e çmimit të shërbimit të transfertës që mat baza e të dhënave.

q-rpw-average-2023 = Sipas bazës së të dhënave Remittance Prices Worldwide të Bankës Botërore, deri në vitin 2023 kostoja mesatare globale e dërgimit të 200 USD kishte rënë tashmë nën synimin 10.c të OZHQ-ve.
    .feedback = E rreme. Gjatë gjithë vitit 2023, kostoja mesatare globale e dërgimit të 200 USD mbeti rreth 6 për qind, afërsisht dyfishi i synimit 10.c të OZHQ-ve prej më pak se 3 për qind (Banka Botërore, Remittance Prices Worldwide, raportet tremujore të vitit 2023). Kostot ndryshojnë gjithashtu shumë nga një korridor në tjetrin.

q-rpw-bank-channel = Sipas raporteve Remittance Prices Worldwide të Bankës Botërore, cili lloj ofruesi ka qenë vazhdimisht mesatarisht më i shtrenjti për dërgimin e remitancave?
    .opt-a = Operatorët e transferimit të parave
    .opt-b = Operatorët e rrjetit celular
    .opt-c = Shërbimet e remitancave vetëm digjitale
    .opt-d = Bankat
    .feedback = Raportet Remittance Prices Worldwide kanë konstatuar vazhdimisht se bankat janë lloji më i shtrenjtë i ofruesit, me kosto mesatare shumë më të larta se ato të operatorëve të transferimit të parave dhe të operatorëve celularë. Shërbimet digjitale janë mesatarisht më të lira se ato jodigjitale, dhe kjo është një nga arsyet pse objektivi 20 i Paktit Global për Migracionin kërkon konkurrencë dhe inovacion në tregun e remitancave.
    .opt-a-feedback = Sipas të dhënave të Bankës Botërore, operatorët e transferimit të parave kanë qenë mesatarisht më të lirë se bankat.
    .opt-b-feedback = Sipas të dhënave të Bankës Botërore, operatorët celularë kanë qenë ndër ofruesit më të lirë.
    .opt-c-feedback = Të dhënat e Bankës Botërore tregojnë se remitancat digjitale janë mesatarisht më të lira se ato jodigjitale.

q-gcm-obj20-actions = Cilat nga veprimet e mëposhtme janë ndër ato të renditura në objektivin 20 të Paktit Global për Migracionin? Zgjidhni të gjitha përgjigjet që vlejnë.
    .opt-a = Hartimi i një udhërrëfyesi për uljen e kostove të transaksioneve të remitancave në përputhje me synimin 10.c të OZHQ-ve
    .opt-b = Detyrimi i migrantëve për të transferuar një pjesë fikse të të ardhurave në një fond shtetëror zhvillimi
    .opt-c = Llogaritja e remitancave si pjesë e ndihmës zyrtare për zhvillim
    .opt-d = Informacion i aksesueshëm për migrantët mbi kostot e remitancave sipas ofruesit dhe kanalit, p.sh. faqe krahasimi
    .opt-e = Heqja e pengesave të pajustifikuara për ofruesit jobankarë të shërbimeve të remitancave, për të nxitur konkurrencën
    .feedback = Objektivi 20 (paragrafi 36 i A/RES/73/195) rendit, ndër veprime të tjera, një udhërrëfyes për arritjen e pragjeve të kostos së synimit 10.c të OZHQ-ve, informacion transparent mbi çmimet, si faqet e krahasimit, dhe një treg konkurrues e inovativ që përfshin ofruesit jobankarë. Zotimi thekson gjithashtu se remitancat janë burim i rëndësishëm kapitali privat dhe nuk mund të barazohen me investimet e huaja direkte, ndihmën zyrtare për zhvillim apo burime të tjera publike të financimit për zhvillim.
    .opt-b-feedback = Remitancat janë para private. Pakti nxit mundësi investimi vullnetare për migrantët, jo transferta të detyrueshme te shteti.
    .opt-c-feedback = Paragrafi 36 thotë se remitancat nuk mund të barazohen me ndihmën zyrtare për zhvillim.

q-icrmw-art47-transfer = Konventa Ndërkombëtare për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe Anëtarëve të Familjeve të Tyre njeh të drejtën e punëtorëve migrantë për të transferuar të ardhurat dhe kursimet e tyre në shtetin e origjinës ose në çdo shtet tjetër.
    .feedback = E vërtetë. Neni 47(1) i Konventës së vitit 1990 u jep punëtorëve migrantë të drejtën të transferojnë të ardhurat dhe kursimet e tyre, veçanërisht mjetet e nevojshme për mbajtjen e familjeve, nga shteti i punësimit në shtetin e origjinës ose në çdo shtet tjetër, në përputhje me procedurat e zbatueshme. Neni 47(2) u kërkon shteteve përkatëse të marrin masat e duhura për të lehtësuar transferta të tilla. Neni 47 ndodhet në Pjesën IV, e cila zbatohet për punëtorët migrantë me dokumente ose në situatë të rregullt. Përveç kësaj, neni 32, në Pjesën III, u jep të gjithë punëtorëve migrantë dhe anëtarëve të familjeve të tyre, pavarësisht nga statusi i tyre, të drejtën të transferojnë të ardhurat dhe kursimet e tyre me përfundimin e qëndrimit në shtetin e punësimit.

q-top-recipient-2023 = Sipas Migration and Development Brief 40 të Bankës Botërore dhe KNOMAD-it (qershor 2024), cili vend mori fluksin më të madh të remitancave në vitin 2023?
    .opt-a = India
    .opt-b = Meksika
    .opt-c = Kina
    .opt-d = Filipinet
    .feedback = India ishte marrësja më e madhe e remitancave në vitin 2023, e ndjekur nga Meksika, Kina dhe Filipinet (Banka Botërore dhe KNOMAD, Migration and Development Brief 40, qershor 2024). India ka qenë marrësja kryesore për shumë vite.
    .opt-b-feedback = Meksika ishte marrësja e dytë më e madhe në vitin 2023, me pjesën më të madhe të remitancave që vinin nga Shtetet e Bashkuara.
    .opt-c-feedback = Kina ishte marrësja e tretë më e madhe në vitin 2023, pas Indisë dhe Meksikës.

q-remittances-2020-resilience = Sipas Bankës Botërore dhe KNOMAD-it, flukset e regjistruara të remitancave drejt vendeve me të ardhura të ulëta dhe të mesme ranë në vitin 2020 shumë më pak nga ç'kishte parashikuar Banka Botërore në fillim të pandemisë COVID-19.
    .feedback = E vërtetë. Në prill 2020 (Migration and Development Brief 32), Banka Botërore parashikoi një rënie prej rreth 20 për qind. Më pas, Brief 34 (maj 2021) raportoi se flukset drejt vendeve me të ardhura të ulëta dhe të mesme në vitin 2020 ishin vetëm rreth 1,6 për qind nën nivelin e vitit 2019. Migrantët vazhduan të mbështesnin familjet e tyre dhe një pjesë e transfertave kaloi nga kanalet joformale në ato formale dhe digjitale.

q-ifad-remittances = Cila agjenci e specializuar e OKB-së administron Instrumentin Financiar për Remitancat (Financing Facility for Remittances) dhe nisi Ditën Ndërkombëtare të Remitancave Familjare, që shënohet më 16 qershor? Jepni akronimin e saj në anglisht.
    .feedback = Fondi Ndërkombëtar për Zhvillimin e Bujqësisë (IFAD) krijoi Instrumentin e tij Financiar për Remitancat në vitin 2006. Këshilli i tij Drejtues e shpalli Ditën Ndërkombëtare të Remitancave Familjare në vitin 2015, dhe Asambleja e Përgjithshme e OKB-së e miratoi këtë ditë në vitin 2018. Interesi i IFAD-it pasqyron faktin se një pjesë e madhe e remitancave shkon te familjet në zonat rurale.

## Kategoria: diaspora dhe aftësitë

q-diaspora-definition = Cili përshkrim përputhet me përkufizimin e diasporës në Fjalorin e IOM-it për Migracionin (2019)?
    .opt-a = Shtetas që kanë jetuar jashtë vendit të paktën dymbëdhjetë muaj dhe janë të regjistruar në një konsullatë
    .opt-b = Vetëm personat që u larguan nga vendi i tyre për shkak të persekutimit dhe që kanë statusin e refugjatit
    .opt-c = Vetëm emigrantët e brezit të parë që ruajnë ende shtetësinë e vendit të origjinës
    .opt-d = Migrantë ose pasardhës të tyre, identiteti i të cilëve është formuar nga migracioni dhe që ruajnë lidhje me atdheun
    .feedback = Fjalori i IOM-it për Migracionin (2019) i përkufizon diasporat si migrantë ose pasardhës të migrantëve, identiteti dhe ndjenja e përkatësisë së të cilëve, reale ose simbolike, janë formuar nga përvoja dhe prejardhja e tyre migratore, dhe që ruajnë lidhje me atdheun e tyre dhe me njëri-tjetrin. Pjesë e diasporës mund të jenë edhe pasardhësit dhe personat me një shtetësi tjetër; shtetësia dhe statusi ligjor nuk janë përcaktuese.
    .opt-a-feedback = Dymbëdhjetë muaj është pragu statistikor i OKB-së për migrantin ndërkombëtar afatgjatë. Ai nuk është pjesë e përkufizimit të diasporës, dhe regjistrimi në konsullatë nuk kërkohet.
    .opt-b-feedback = Refugjatët mund të jenë pjesë e diasporës, por termi është shumë më i gjerë se personat që kanë ikur nga persekutimi.
    .opt-c-feedback = Pjesë e diasporës janë edhe pasardhësit e migrantëve dhe personat që kanë marrë një shtetësi tjetër.

q-brain-concepts-match = Lidhni çdo koncept me përshkrimin e tij. Një përshkrim nuk përdoret.
    .left-drain = Ikja e trurit (brain drain)
    .left-gain = Fitimi i trurit (brain gain)
    .left-circulation = Qarkullimi i trurit (brain circulation)
    .left-waste = Shpërdorimi i trurit (brain waste)
    .right-loss = Humbja e njerëzve të kualifikuar nëpërmjet emigracionit, që pakëson aftësitë në dispozicion në vendin e origjinës
    .right-increase = Rritja e aftësive në një vend, për shembull nëpërmjet imigracionit të njerëzve të kualifikuar ose investimeve më të mëdha në arsim
    .right-movement = Lëvizja e përsëritur e njerëzve të kualifikuar midis vendeve, përfshirë kthimin, që aftësitë dhe njohuritë të qarkullojnë në të dy drejtimet
    .right-underuse = Migrantë të kualifikuar që punojnë në vende pune shumë nën kualifikimet e tyre, duke i lënë aftësitë e tyre të papërdorura
    .right-money = Transferimi i parave nga migrantët te familjet e tyre në vendin e origjinës
    .feedback = Këta terma përdoren gjerësisht në literaturën për migracionin; ikja e trurit dhe fitimi i trurit përkufizohen në Fjalorin e IOM-it për Migracionin (2019). Ikja e trurit është humbja e njerëzve të kualifikuar, fitimi i trurit është rritja e kapitalit njerëzor, qarkullimi i trurit është lëvizja vajtje-ardhje e njerëzve të kualifikuar, ndërsa shpërdorimi i trurit është mospërdorimi i plotë i aftësive të migrantëve. Përshkrimi i papërdorur u referohet remitancave.

q-beneficial-brain-drain = Kërkimet mbi ikjen e dobishme të trurit (për shembull Mountford 1997; Beine, Docquier dhe Rapoport 2001) shpjegojnë se si emigracioni i të kualifikuarve mund të sjellë fitim të trurit në vendin e origjinës. Cili është mekanizmi kryesor?
    .opt-a = Sipas së drejtës ndërkombëtare, vendet e destinacionit duhet të paguajnë kompensim për çdo emigrant të kualifikuar
    .opt-b = Emigrantët e kualifikuar janë të detyruar me ligj të kthehen në atdhe pas një numri të caktuar vitesh
    .opt-c = Mundësia për të punuar jashtë nxit më shumë njerëz të studiojnë, dhe jo të gjithë prej tyre emigrojnë
    .opt-d = Emigracioni i të kualifikuarve i rrit gjithmonë pagat vendase aq sa të tërheqë profesionistë të huaj
    .feedback = Argumenti i nxitjes thotë se perspektiva e të ardhurave më të larta jashtë vendit rrit përfitimin e pritshëm nga arsimimi, prandaj më shumë njerëz investojnë në të. Meqenëse vetëm një pjesë e tyre emigrojnë realisht, numri i njerëzve të arsimuar në vend mund të rritet. Efekti neto varet nga shkalla e emigracionit: kur ajo është shumë e lartë, humbja zakonisht e tejkalon fitimin.
    .opt-a-feedback = Asnjë instrument ndërkombëtar nuk i detyron vendet e destinacionit të paguajnë një kompensim të tillë. Kodi Global i OBSH-së vetëm i inkurajon vendet e destinacionit të mbështetin zhvillimin e fuqisë punëtore shëndetësore në vendet e origjinës.
    .opt-b-feedback = Nuk ka rregull të përgjithshëm që i detyron emigrantët e kualifikuar të kthehen. Kthimi është një kanal i qarkullimit të trurit, jo mekanizmi i efektit të nxitjes.
    .opt-d-feedback = Emigracioni nuk i rrit gjithmonë pagat, dhe tërheqja e profesionistëve të huaj nuk është mekanizmi që përshkruajnë këto kërkime.

q-iom-3e = Në Konferencën Ministrore për Diasporën në vitin 2013, IOM-i e përmblodhi qasjen e tij për punën me diasporat në tri fjalë. Cilat?
    .opt-a = Identifikim, regjistrim, tatimim
    .opt-b = Angazhim, mundësim, fuqizim
    .opt-c = Tërheqje, mbajtje, kthim
    .opt-d = Informim, mbrojtje, riatdhesim
    .feedback = Qasja e IOM-it, e njohur në anglisht si qasja 3E (Engage, Enable, Empower), u prezantua në Konferencën Ministrore për Diasporën në Gjenevë në qershor 2013. Ajo u kërkon qeverive t'i angazhojnë diasporat, t'u mundësojnë atyre të kontribuojnë (për shembull duke hequr pengesat ligjore dhe praktike) dhe t'i fuqizojnë si partnere në zhvillim, në vend që t'i trajtojnë vetëm si burim parash.

q-diaspora-bonds = Izraeli emeton obligacione që u drejtohen diasporës së tij që nga fillimi i viteve 1950.
    .feedback = E vërtetë. Izraeli u shet obligacione diasporës së tij që nga viti 1951, ndërsa India mblodhi fonde nëpërmjet instrumenteve që u drejtoheshin diasporës në vitet 1991, 1998 dhe 2000. Ketkar dhe Ratha (World Bank Policy Research Working Paper 4311, 2007) i përdorin këto raste për të treguar se si obligacionet e diasporës mund të mobilizojnë kursimet e diasporës për zhvillim.

q-three-for-one = Në kuadër të Programit 3x1 për Migrantët të Meksikës (Programa 3x1 para Migrantes), si plotësohej çdo peso që organizatat e migrantëve jashtë vendit kontribuonin për një projekt komunitar?
    .opt-a = Me tre peso që një bankë private u jepte hua migrantëve
    .opt-b = Me një peso nga qeveria e vendit të destinacionit
    .opt-c = Me nga një peso nga qeveria federale, qeveria e shtetit federal dhe ajo komunale
    .opt-d = Me një rimbursim tatimor prej tre pesosh për çdo migrant kontribues
    .feedback = Programi kombinonte kontributet e shoqatave të migrantëve me origjinë nga i njëjti vendbanim me fonde plotësuese nga tri nivelet e qeverisjes meksikane, kështu që çdo peso e migrantëve shumëfishohej katër herë. Ai është një nga skemat më të njohura të granteve plotësuese për remitancat kolektive dhe trajtohet në manualin e IOM-it dhe MPI-së Developing a Road Map for Engaging Diasporas in Development (2012).
    .opt-a-feedback = Fondet plotësuese ishin grante publike, jo hua; migrantët nuk merrnin përsipër borxhe.
    .opt-b-feedback = Vendi i destinacionit nuk ishte pjesë e skemës; ajo financohej nga migrantët dhe autoritetet publike meksikane.

q-diaspora-tools = Cilat nga të mëposhtmet janë mjete të njohura që vendet e origjinës përdorin për të angazhuar diasporat e tyre në zhvillim? Zgjidhni të gjitha përgjigjet që vlejnë.
    .opt-a = Obligacionet e diasporës
    .opt-b = Heqja e shtetësisë për shtetasit që jetojnë gjatë jashtë vendit
    .opt-c = Grantet plotësuese për projekte të financuara nga shoqatat e bashkëvendasve
    .opt-d = Programet që sjellin profesionistë nga diaspora në atdhe për angazhime afatshkurtra
    .opt-e = Studimet e hartëzimit për vendbanimet dhe aftësitë e anëtarëve të diasporës
    .opt-f = Një taksë largimi për çdo shtetas që emigron
    .feedback = Obligacionet e diasporës, grantet plotësuese, programet afatshkurtra të transferimit të aftësive dhe hartëzimi i diasporës janë mjete standarde të përshkruara në manualin e IOM-it dhe MPI-së Developing a Road Map for Engaging Diasporas in Development (2012). Masat që ndëshkojnë emigrantët, si heqja e shtetësisë apo taksat e largimit, e shkatërrojnë besimin dhe bien ndesh me objektivin 19 të Paktit Global për Migracionin, i cili kërkon krijimin e kushteve që migrantët dhe diasporat të kontribuojnë plotësisht.
    .opt-b-feedback = Heqja e shtetësisë i këput lidhjet që angazhimi i diasporës synon të ndërtojë; shumë vende, përkundrazi, lejojnë shtetësinë e dyfishtë.

q-tokten-acronym = Cili program i UNDP-së, i nisur në fund të viteve 1970, i ndihmon profesionistët që jetojnë jashtë vendit të kthehen në vendin e origjinës për angazhime afatshkurtra, për të ndarë ekspertizën e tyre? Jepni akronimin e tij në anglisht.
    .feedback = TOKTEN (Transfer of Knowledge Through Expatriate Nationals, transferimi i njohurive nëpërmjet shtetasve që jetojnë jashtë vendit) u nis nga Programi i Kombeve të Bashkuara për Zhvillim (UNDP) në fund të viteve 1970. Ai është një shembull i hershëm i shfrytëzimit të aftësive të diasporës pa kërkuar kthim të përhershëm, qasje që më vonë u përdor edhe në programin e IOM-it Migration for Development in Africa (MIDA).

q-brain-waste-response = Një mjeke migrante punon si pastruese, sepse diploma e saj e mjekësisë nuk njihet në vendin e destinacionit. Cila masë e trajton më drejtpërdrejt këtë formë të shpërdorimit të trurit?
    .opt-a = Procedurat për njohjen e kualifikimeve dhe aftësive të huaja
    .opt-b = Tarifat më të larta të vizave për migrantët e kualifikuar
    .opt-c = Kufizimi i kurseve të gjuhës vetëm për shtetasit
    .opt-d = Kufizimi i migrantëve të kualifikuar në kontrata sezonale
    .feedback = Shpërdorimi i trurit ndodh kur aftësitë e migrantëve mbeten të papërdorura. Objektivi 18 i Paktit Global për Migracionin i angazhon shtetet të investojnë në zhvillimin e aftësive dhe të lehtësojnë njohjen reciproke të aftësive, kualifikimeve dhe kompetencave. Njohja bën që formimi i personit t'i sjellë dobi vendit të destinacionit dhe, nëse ajo kthehet, vendit të saj të origjinës.
    .opt-b-feedback = Tarifat më të larta e bëjnë migracionin më të kushtueshëm, por nuk ndihmojnë aspak në njohjen e kualifikimeve ekzistuese.
    .opt-c-feedback = Mësimi i gjuhës zakonisht e lehtëson njohjen dhe integrimin; kufizimi i tij do ta thellonte shpërdorimin e trurit.
    .opt-d-feedback = Kontratat e shkurtra sezonale ua vështirësojnë, e jo ua lehtësojnë, migrantëve përdorimin e plotë të kualifikimeve të tyre.

## Kategoria: lëvizshmëria e punës

q-circular-migration-definition = Cili përshkrim përputhet më mirë me migracionin qarkor, ashtu si përdoret termi në politikat e BE-së?
    .opt-a = Një zhvendosje e vetme e përhershme e ndjekur nga natyralizimi në vendin e destinacionit
    .opt-b = Kalime të përsëritura të parregullta të kufirit jashtë kanaleve të ligjshme
    .opt-c = Lëvizje sezonale midis zonave rurale dhe urbane brenda një vendi
    .opt-d = Migracion i ligjshëm i përsëritur i të njëjtit person midis dy ose më shumë vendeve
    .feedback = Fjalori i Rrjetit Evropian të Migracionit (EMN) e përkufizon migracionin qarkor si përsëritje të migracionit të ligjshëm nga i njëjti person midis dy ose më shumë vendeve. Komunikata e Komisionit Evropian e vitit 2007 për migracionin qarkor dhe partneritetet e lëvizshmërisë (COM(2007) 248) e paraqiti atë si mënyrë për të përmbushur nevojat për fuqi punëtore në BE, duke mbështetur njëkohësisht zhvillimin në vendet e origjinës.
    .opt-a-feedback = Një zhvendosje e vetme e përhershme është e kundërta e migracionit qarkor, i cili përfshin lëvizje të përsëritura.
    .opt-b-feedback = Migracioni qarkor në kuptimin e politikave është i ligjshëm dhe i menaxhuar; lëvizja e parregullt vajtje-ardhje nuk është ajo që nënkupton termi.
    .opt-c-feedback = Lëvizja brenda një vendi është migracion i brendshëm. Migracioni qarkor në politikat e BE-së kalon kufijtë ndërkombëtarë.

q-seasonal-max-months = Neni 14(1) i Direktivës së BE-së për Punëtorët Sezonalë (2014/36/BE) i kërkon çdo shteti anëtar të caktojë një kohëzgjatje maksimale qëndrimi për punëtorët sezonalë brenda çdo periudhe 12-mujore. Cili është maksimumi më i gjatë që lejon Direktiva? Jepni numrin e muajve.
    .feedback = Neni 14(1) i Direktivës 2014/36/BE parashikon që kohëzgjatja maksimale e qëndrimit të jetë jo më pak se pesë dhe jo më shumë se nëntë muaj brenda çdo periudhe 12-mujore. Neni 16 u kërkon shteteve anëtare të lehtësojnë rihyrjen e punëtorëve sezonalë që janë pranuar më parë dhe i kanë respektuar rregullat, gjë që mbështet migracionin qarkor.

q-schemes-country-match = Lidhni çdo skemë të migracionit të përkohshëm ose sezonal të punës me vendin që e zbaton. Një vend nuk përdoret.
    .left-sawp = Programi i Punëtorëve Sezonalë në Bujqësi (SAWP)
    .left-rse = Skema e Punëdhënësve Sezonalë të Njohur (RSE)
    .left-eps = Sistemi i Lejeve të Punësimit (EPS)
    .left-h2a = Programi H-2A për punëtorët e përkohshëm bujqësorë
    .right-canada = Kanadaja
    .right-new-zealand = Zelanda e Re
    .right-korea = Republika e Koresë
    .right-usa = Shtetet e Bashkuara të Amerikës
    .right-australia = Australia
    .feedback = Programi i Punëtorëve Sezonalë në Bujqësi i Kanadasë sjell punëtorë bujqësorë nga vendet e Karaibeve që nga viti 1966 dhe nga Meksika që nga viti 1974. Skema e Punëdhënësve Sezonalë të Njohur e Zelandës së Re rekruton punëtorë kryesisht nga vendet ishullore të Paqësorit që nga viti 2007. Republika e Koresë e futi Sistemin e Lejeve të Punësimit në vitin 2004, bazuar në marrëveshje me vendet e origjinës. Programi H-2A i Shteteve të Bashkuara pranon punëtorë të përkohshëm bujqësorë. Australia ka skemat e veta për punëtorët nga Paqësori, por asnjë prej atyre të renditura këtu.

q-ilo-conventions-match = Lidhni çdo instrument të ILO-s me temën e tij kryesore. Një temë nuk përdoret.
    .left-c97 = Konventa e ILO-s nr. 97
    .left-c143 = Konventa e ILO-s nr. 143
    .left-c189 = Konventa e ILO-s nr. 189
    .left-p029 = Protokolli i vitit 2014 i Konventës për Punën e Detyruar
    .right-employment = Migracioni për punësim dhe trajtimi i barabartë i migrantëve që ndodhen ligjërisht në vend
    .right-abusive = Migracionet në kushte abuzive, si dhe barazia e mundësive dhe e trajtimit
    .right-domestic = Puna e denjë për punëtorët shtëpiakë
    .right-forced = Masat kundër punës së detyruar, përfshirë mbrojtjen e migrantëve nga rekrutimi mashtrues
    .right-seafarers = Kushtet e punës dhe të jetesës së detarëve
    .feedback = Konventa për Migracionin për Punësim (e rishikuar), 1949 (nr. 97) kërkon trajtim të barabartë për imigrantët që ndodhen ligjërisht në territor (neni 6). Konventa për Punëtorët Migrantë (Dispozita Plotësuese), 1975 (nr. 143) trajton migracionet në kushte abuzive (Pjesa I) dhe barazinë e mundësive dhe të trajtimit (Pjesa II). Konventa për Punëtorët Shtëpiakë, 2011 (nr. 189) mbulon punëtorët shtëpiakë, përfshirë punëtorët shtëpiakë migrantë (neni 8). Protokolli i vitit 2014 i Konventës për Punën e Detyruar kërkon mbrojtjen e personave, veçanërisht të punëtorëve migrantë, nga rekrutimi abuziv dhe mashtrues (neni 2(d)). Detarët mbulohen nga Konventa për Punën Detare, 2006.

q-gsp-gap = Plotësoni përshkrimin e një Partneriteti Global për Aftësi.
    .text = Në një Partneritet Global për Aftësi, trajnimi zhvillohet në vendin e { $g1 }, ndërsa vendi i { $g2 } siguron teknologjinë dhe financimin për të. Disa nga të trajnuarit pastaj migrojnë, ndërsa të tjerët qëndrojnë dhe punojnë në vendin e tyre.
    .opt-g1-origin = origjinës
    .opt-g1-destination = destinacionit
    .opt-g1-transit = tranzitit
    .opt-g2-origin = origjinës
    .opt-g2-destination = destinacionit
    .opt-g2-transit = tranzitit
    .feedback = Në modelin e propozuar nga Michael Clemens (IZA Journal of Labor Policy, 2015), vendi i destinacionit financon trajnimin teknik në vendin e origjinës. Disa nga të trajnuarit migrojnë me aftësitë që u nevojiten punëdhënësve në destinacion, ndërsa të tjerët qëndrojnë dhe forcojnë tregun e punës në vend, kështu që aftësitë shtohen në vend që të humbasin. Objektivi 18 i Paktit Global për Migracionin i fton shprehimisht shtetet të ndërtojnë partneritete globale për aftësi.

q-c181-number = Cila konventë e ILO-s vendos rregullin e përgjithshëm se agjencitë private të punësimit nuk duhet t'u ngarkojnë punëtorëve, drejtpërdrejt ose tërthorazi, asnjë tarifë apo kosto? Jepni numrin e saj.
    .feedback = Neni 7(1) i Konventës për Agjencitë Private të Punësimit, 1997 (nr. 181) përcakton se agjencitë private të punësimit nuk u ngarkojnë punëtorëve, drejtpërdrejt ose tërthorazi, plotësisht ose pjesërisht, asnjë tarifë apo kosto. Neni 7(2) lejon përjashtime të kufizuara në interes të punëtorëve përkatës, pas konsultimit me organizatat më përfaqësuese të punëdhënësve dhe të punëmarrësve.

q-employer-pays = Çfarë kërkon Parimi "Paguan punëdhënësi" (Employer Pays Principle)?
    .opt-a = Kostot i paguan punëtori, dhe punëdhënësi ia zbret me këste nga paga
    .opt-b = Kostot e rekrutimit i mban punëdhënësi, jo punëtori
    .opt-c = Punëtori dhe punëdhënësi i ndajnë në mënyrë të barabartë kostot e rekrutimit
    .opt-d = Qeveria e vendit të origjinës paguan të gjitha kostot e rekrutimit
    .feedback = Parimi "Paguan punëdhënësi", i promovuar që nga viti 2016 nga Grupi Drejtues për Rekrutimin e Përgjegjshëm (Leadership Group for Responsible Recruitment), thotë se asnjë punëtor nuk duhet të paguajë për një vend pune: kostot e rekrutimit duhet t'i mbajë punëdhënësi, jo punëtori. Ai përputhet me Parimin e Përgjithshëm 7 të Parimeve të Përgjithshme dhe Udhëzimeve Operacionale të ILO-s për Rekrutimin e Drejtë: punëtorëve ose punëkërkuesve nuk duhet t'u ngarkohen, as të përballohen prej tyre në ndonjë mënyrë tjetër, tarifa rekrutimi apo kosto të lidhura me to.
    .opt-a-feedback = Zbritja e kostove nga paga e bën përsëri punëtorin t'i paguajë ato. Kjo është pikërisht ajo që parimi përjashton, dhe është një rrugë e zakonshme drejt skllavërisë për borxhe.
    .opt-c-feedback = Parimi nuk lejon ndarjen e kostove: punëtori nuk duhet të paguajë asgjë.
    .opt-d-feedback = Parimi ia ngarkon kostot punëdhënësit që përfiton nga rekrutimi, jo buxheteve publike.

q-fair-recruitment-principles = Cilat nga të mëposhtmet janë në përputhje me Parimet e Përgjithshme dhe Udhëzimet Operacionale të ILO-s për Rekrutimin e Drejtë? Zgjidhni të gjitha përgjigjet që vlejnë.
    .opt-a = Dokumentet e identitetit të punëtorëve nuk duhet të konfiskohen, shkatërrohen ose mbahen
    .opt-b = Kushtet e punësimit duhet të përcaktohen qartë, mundësisht në një kontratë me shkrim
    .opt-c = Punëtorët duhet të kenë qasje në mekanizma ankimi falas ose të përballueshëm, pavarësisht statusit të tyre ligjor
    .opt-d = Rekrutuesi mund ta mbajë pasaportën e punëtorit si garanci deri në përfundim të kontratës
    .opt-e = Punëtorit mund t'i kërkohet një depozitë për punësimin, e cila i kthehet në përfundim të kontratës
    .feedback = Parimet e Përgjithshme parashikojnë që dokumentet e identitetit dhe kontratat e punëtorëve të mos konfiskohen, shkatërrohen ose mbahen; që termat dhe kushtet e punësimit të përcaktohen në mënyrë të përshtatshme, të verifikueshme dhe lehtësisht të kuptueshme, mundësisht nëpërmjet kontratave me shkrim; dhe që punëtorët, pavarësisht pranisë ose statusit të tyre ligjor në një shtet, të kenë qasje në mekanizma falas ose të përballueshëm për ankimin dhe zgjidhjen e mosmarrëveshjeve. Mbajtja e pasaportave dhe kërkimi i depozitave bien ndesh me këto parime dhe me Parimin e Përgjithshëm 7, sipas të cilit punëtorët nuk duhet të mbajnë asnjë tarifë rekrutimi apo kosto të lidhur me të.
    .opt-d-feedback = Mbajtja e dokumenteve të identitetit përjashtohet nga Parimet e Përgjithshme dhe është tregues i njohur i punës së detyruar.
    .opt-e-feedback = Depozita e bën punëtorin të mbajë një kosto dhe një rrezik të rekrutimit, gjë që Parimi i Përgjithshëm 7 e përjashton.

q-sdg-10-7-1-indicator = Çfarë mat treguesi 10.7.1 i Objektivave të Zhvillimit të Qëndrueshëm (OZHQ)?
    .opt-a = Kostot e remitancave si përqindje e shumës së dërguar
    .opt-b = Koston e rekrutimit të paguar nga punëtorët si përqindje e të ardhurave mujore në vendin e destinacionit
    .opt-c = Numrin e vendeve me politika për migracion të rregullt, të sigurt, të ligjshëm dhe të përgjegjshëm
    .opt-d = Përqindjen e popullsisë që janë refugjatë, sipas vendit të origjinës
    .feedback = Treguesi 10.7.1 mat koston e rekrutimit që mban punëmarrësi si përqindje e të ardhurave mujore të fituara në vendin e destinacionit. Kujdestarët e tij janë ILO-ja dhe Banka Botërore. Ai e lidh synimin 10.7 me rekrutimin e drejtë: sa më afër zeros të jetë treguesi, aq më afër është praktika me Parimin "Paguan punëdhënësi".
    .opt-a-feedback = Ky është treguesi 10.c.1, në kuadër të synimit për remitancat.
    .opt-c-feedback = Ky është treguesi 10.7.2, kujdestarë të të cilit janë UN DESA dhe IOM-i.
    .opt-d-feedback = Ky është treguesi 10.7.4, i shtuar në vitin 2020, kujdestar i të cilit është UNHCR-ja.

q-who-code-binding = Kodi Global i Praktikës i OBSH-së për Rekrutimin Ndërkombëtar të Personelit Shëndetësor (2010) është ligjërisht detyrues për shtetet anëtare të OBSH-së.
    .feedback = E rreme. Neni 2.1 i Kodit thotë se ai është vullnetar; shtetet anëtare dhe palët e tjera të interesit inkurajohen fuqimisht ta zbatojnë. Ai u miratua nga Asambleja e 63-të Botërore e Shëndetësisë në maj 2010 (Rezoluta WHA63.16). Parimet e tij udhëzuese (neni 3) bëjnë gjithashtu të qartë se ai nuk duhet të kufizojë lirinë e personelit shëndetësor për të migruar.

q-who-code-active-recruitment = Sipas nenit 5.1 të Kodit Global të Praktikës së OBSH-së për Rekrutimin Ndërkombëtar të Personelit Shëndetësor, çfarë duhet të dekurajojnë shtetet anëtare?
    .opt-a = Rekrutimin aktiv të personelit shëndetësor nga vendet në zhvillim me mungesë kritike të punonjësve shëndetësorë
    .opt-b = Çdo migrim të personelit shëndetësor nga një vend në tjetrin
    .opt-c = Marrëveshjet dypalëshe për punonjësit shëndetësorë midis vendeve të origjinës dhe të destinacionit
    .opt-d = Njohjen e kualifikimeve të huaja shëndetësore në vendet e destinacionit
    .feedback = Neni 5.1 i Kodit Global të Organizatës Botërore të Shëndetësisë (OBSH/WHO; WHA63.16, 2010) u kërkon shteteve anëtare të dekurajojnë rekrutimin aktiv të personelit shëndetësor nga vendet në zhvillim që përballen me mungesë kritike të punonjësve shëndetësorë, dhe i inkurajon vendet e destinacionit të mbështetin zhvillimin e fuqisë punëtore shëndetësore në vendet e origjinës. Që nga viti 2020, OBSH-ja publikon Listën e Mbështetjes dhe Masave Mbrojtëse për Fuqinë Punëtore Shëndetësore (Health Workforce Support and Safeguards List), me vendet për të cilat zbatohen këto masa mbrojtëse.
    .opt-b-feedback = Kodi nuk synon t'i ndalojë punonjësit shëndetësorë të migrojnë. Ai respekton lirinë e tyre për të migruar dhe përqendrohet, në vend të kësaj, te praktikat e rekrutimit.
    .opt-c-feedback = Kodi i inkurajon marrëveshjet dypalëshe dhe rajonale si mënyrë për ta bërë rekrutimin të dobishëm si për vendet e origjinës, ashtu edhe për ato të destinacionit.
    .opt-d-feedback = Kodi nuk u kërkon shteteve të dekurajojnë njohjen e kualifikimeve; trajtimi i drejtë i punonjësve shëndetësorë migrantë është një nga qëllimet e tij.

## Kategoria: kthimi dhe rajoni

q-sustainable-reintegration-gap = Plotësoni përkufizimin e IOM-it për riintegrimin e qëndrueshëm.
    .text = Riintegrimi është i qëndrueshëm kur personat e kthyer kanë arritur nivele të { $g1 } në planin ekonomik, të stabilitetit shoqëror brenda komuniteteve të tyre dhe të { $g2 } në planin psikosocial, që u mundësojnë të përballojnë faktorët që i shtyjnë drejt rimigrimit, në mënyrë që migrimi i mëtejshëm të bëhet çështje { $g3 } dhe jo domosdoshmërie.
    .opt-r1-self = vetëmjaftueshmërisë
    .opt-r1-growth = rritjes
    .opt-r1-dependence = varësisë
    .opt-r2-well = mirëqenies
    .opt-r2-screening = kontrollit
    .opt-r2-isolation = izolimit
    .opt-r3-choice = zgjedhjeje
    .opt-r3-obligation = detyrimi
    .opt-r3-chance = rastësie
    .feedback = Ky përkufizim vjen nga dokumenti i IOM-it Towards an Integrated Approach to Reintegration in the Context of Return (2017) dhe përdoret në Manualin e IOM-it për Riintegrimin (Reintegration Handbook, 2019). Ai e trajton riintegrimin si proces me dimensione ekonomike, shoqërore dhe psikosociale, dhe suksesin nuk e mat me faktin nëse personi migron ndonjëherë sërish.

q-reintegration-levels = Në cilat nivele vepron qasja e integruar e IOM-it për riintegrimin? Zgjidhni të gjitha përgjigjet që vlejnë.
    .opt-a = Niveli i zbatimit (ndëshkime për personat e kthyer që migrojnë sërish)
    .opt-b = Niveli i tranzitit (pritja në vendet nëpër të cilat kaloi migranti)
    .opt-c = Niveli individual (personat e kthyer dhe familjet e tyre)
    .opt-d = Niveli i komunitetit (komunitetet ku kthehen migrantët)
    .opt-e = Niveli strukturor (politikat, shërbimet dhe institucionet)
    .feedback = Qasja e integruar e IOM-it (2017; Manuali për Riintegrimin, 2019) u përgjigjet nevojave të personave të kthyer dhe të familjeve të tyre në nivel individual, të komuniteteve të kthimit, si dhe të mjedisit strukturor, si politikat, shërbimet dhe institucionet vendore e kombëtare. Ndëshkimi i rimigrimit nuk është pjesë e qasjes, qëllimi i së cilës është që migrimi i mëtejshëm të bëhet zgjedhje dhe jo domosdoshmëri.

q-avrr-steps = Renditni këto faza të një procesi tipik të kthimit vullnetar të mbështetur nga IOM-i, nga e para te e fundit.
    .item-counsel = Këshillimi për mundësitë e kthimit dhe vendimi i informuar i migrantit për t'u kthyer
    .item-travel = Përgatitja e dokumenteve të udhëtimit dhe udhëtimi i kthimit
    .item-reception = Pritja dhe asistenca e menjëhershme në mbërritje
    .item-assistance = Ofrimi i asistencës për riintegrim në vendin e origjinës
    .item-monitoring = Monitorimi i rezultateve të riintegrimit pas asistencës
    .feedback = Korniza e IOM-it për Kthimin Vullnetar të Asistuar dhe Riintegrimin (2018) përshkruan një proces që fillon me këshillimin dhe një vendim vullnetar e të informuar para nisjes, vazhdon me organizimin e udhëtimit dhe vetë udhëtimin, pastaj me pritjen në mbërritje dhe ofrimin e mbështetjes për riintegrim, dhe përfundon me monitorimin dhe vlerësimin e qëndrueshmërisë së riintegrimit. Planifikimi i riintegrimit mund të fillojë para nisjes, por asistenca ofrohet pas mbërritjes.

q-return-directive-days = Neni 7(1) i Direktivës së BE-së për Kthimin (2008/115/KE) përcakton një interval standard për afatin e largimit vullnetar që jepet në vendimin e kthimit. Cili është kufiri i sipërm i këtij intervali? Jepni numrin e ditëve.
    .feedback = Neni 7(1) i Direktivës 2008/115/KE parashikon një afat të përshtatshëm për largimin vullnetar nga shtatë deri në tridhjetë ditë. Neni 7(2) lejon zgjatjen e tij kur është e nevojshme, për shembull për shkak të kohëzgjatjes së qëndrimit, fëmijëve që ndjekin shkollën ose lidhjeve të tjera familjare dhe shoqërore, ndërsa neni 7(4) lejon një afat më të shkurtër ose asnjë afat në raste të veçanta, si rreziku i arratisjes. Paragrafi 10 i preambulës thotë se kthimi vullnetar duhet të preferohet ndaj kthimit me forcë.

q-avrr-acronym = IOM-i zbaton programe që u japin mbështetje administrative, logjistike dhe financiare migrantëve që vendosin të kthehen me vullnetin e tyre në vendin e origjinës, së bashku me mbështetje për të rifilluar jetën atje. Me cilin akronim në anglisht njihen këto programe?
    .feedback = AVRR do të thotë Assisted Voluntary Return and Reintegration (Kthimi Vullnetar i Asistuar dhe Riintegrimi). Kjo qasje kombinon mbështetjen për një kthim vullnetar me asistencën për riintegrim pas mbërritjes (IOM, A Framework for Assisted Voluntary Return and Reintegration, 2018). Objektivi 21 i Paktit Global për Migracionin kërkon kthim të sigurt dhe dinjitoz dhe riintegrim të qëndrueshëm.

q-reintegration-community = Në qasjen e IOM-it, asistenca për riintegrim mund t'u sjellë dobi edhe komuniteteve ku kthehen migrantët, jo vetëm personave të kthyer individualisht.
    .feedback = E vërtetë. Manuali i IOM-it për Riintegrimin (2019) përfshin projekte riintegrimi me bazë në komunitet, që angazhojnë personat e kthyer dhe anëtarë të tjerë të komunitetit. Projekte të tilla mund të zbusin tensionet, të forcojnë stabilitetin shoqëror dhe të mbështetin zhvillimin vendor, gjë që e bën riintegrimin individual më të qëndrueshëm.

q-westbalkan-regulation = Cili përshkrim i përshtatet më mirë Rregullores gjermane për Ballkanin Perëndimor (Westbalkanregelung), në fuqi që nga viti 2016?
    .opt-a = Një marrëveshje ripranimi që i detyron vendet e Ballkanit Perëndimor të pranojnë sërish shtetas të vendeve të treta
    .opt-b = Një regjim pa viza që u lejon shtetasve të Ballkanit Perëndimor të vendosen përgjithmonë në Gjermani
    .opt-c = Një skemë bursash që i detyron të diplomuarit e Ballkanit Perëndimor të kthehen në atdhe pas studimeve
    .opt-d = Një kanal i ligjshëm që u jep shtetasve të Ballkanit Perëndimor qasje në punë në Gjermani me ofertë pune dhe miratim të zyrës së punës
    .feedback = Rregullorja (seksioni 26(2) i Rregullores gjermane për Punësimin, Beschäftigungsverordnung, në fuqi që nga 1 janari 2016) hapi një kanal të ligjshëm migracioni për punë për shtetasit e Shqipërisë, Bosnjë e Hercegovinës, Kosovës*, Malit të Zi, Maqedonisë së Veriut dhe Serbisë, me një kufi vjetor të miratimeve nga Agjencia Federale e Punësimit, të vendosur në vitin 2021 (25 000, i rritur në 50 000 nga qershori 2024). Aplikantëve u nevojitet një ofertë konkrete pune dhe miratimi i Agjencisë Federale të Punësimit; kualifikimet formale nuk kërkohen. Ajo përmendet shpesh si shembull i një rruge të ligjshme migracioni në kuptimin e objektivit 5 të Paktit Global për Migracionin. *Ky përcaktim nuk paragjykon qëndrimet për statusin dhe është në përputhje me Rezolutën 1244/1999 të Këshillit të Sigurimit të OKB-së dhe me Opinionin e Gjykatës Ndërkombëtare të Drejtësisë për shpalljen e pavarësisë së Kosovës.
    .opt-a-feedback = Ripranimi rregullohet nga marrëveshje të veçanta ripranimi të BE-së; rregullorja ka të bëjë me migracionin e punës.
    .opt-b-feedback = Rregullorja nuk jep të drejtë vendosjeje; ajo hap një kanal për viza pune, i cili kërkon një ofertë pune dhe miratimin e Agjencisë Federale të Punësimit.
    .opt-c-feedback = Rregullorja ka të bëjë me punësimin, jo me studimet, dhe nuk përmban asnjë detyrim për t'u kthyer.

q-schengen-visa-free-work = Udhëtimi pa viza në zonën Shengen u lejon shtetasve të Serbisë, Malit të Zi, Maqedonisë së Veriut, Bosnjë e Hercegovinës dhe Shqipërisë të punësohen atje pa leje pune.
    .feedback = E rreme. Sipas Rregullores (BE) 2018/1806 (Shtojca II), këta shtetas mund të hyjnë në zonën Shengen pa vizë për qëndrime të shkurtra deri në 90 ditë brenda çdo periudhe 180-ditore. Regjimi pa viza mbulon vetëm qëndrimet e shkurtra; punësimi rregullohet nga rregullat e secilit shtet anëtar dhe zakonisht kërkon leje pune dhe qëndrimi. Liberalizimi i vizave hyri në fuqi në dhjetor 2009 për Maqedoninë e Veriut, Malin e Zi dhe Serbinë, dhe në dhjetor 2010 për Shqipërinë dhe Bosnjë e Hercegovinën.

q-readmission-agreements = Marrëveshjet e ripranimit të BE-së me Bosnjë e Hercegovinën, Malin e Zi, Maqedoninë e Veriut dhe Serbinë hynë në fuqi më 1 janar 2008. Çfarë rregullojnë kryesisht këto marrëveshje?
    .opt-a = Kuotat vjetore për punëtorët sezonalë nga vendi partner
    .opt-b = Udhëtimin pa viza për qëndrime të shkurtra për shtetasit e vendit partner
    .opt-c = Detyrimet dhe procedurat për ripranimin e personave që qëndrojnë në mënyrë të parregullt në territorin e palës tjetër
    .opt-d = Njohjen reciproke të kualifikimeve profesionale
    .feedback = Marrëveshjet e ripranimit të BE-së përcaktojnë detyrimet dhe procedurat që secila palë të ripranojë shtetasit e vet dhe, në kushte të caktuara, shtetasit e vendeve të treta dhe personat pa shtetësi që nuk i plotësojnë ose nuk i plotësojnë më kushtet për hyrje ose qëndrim në territorin e palës tjetër. Marrëveshjet me këto katër vende u lidhën së bashku me marrëveshjet për lehtësimin e vizave dhe ishin një hap drejt liberalizimit të vizave.
    .opt-a-feedback = Marrëveshjet e ripranimit nuk përmbajnë kuota për migracionin e punës; kanalet e punës përcaktohen nga legjislacioni kombëtar ose nga marrëveshje të veçanta.
    .opt-b-feedback = Udhëtimi pa viza erdhi më vonë, nëpërmjet liberalizimit të vizave në vitet 2009 dhe 2010, dhe zbatimi i ripranimit ishte një nga kushtet e tij.
    .opt-d-feedback = Njohja e kualifikimeve nuk mbulohet nga marrëveshjet e ripranimit.
