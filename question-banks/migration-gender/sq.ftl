course-title = Migracioni dhe gjinia
course-description = Qeverisja e migracionit e përgjegjshme ndaj gjinisë: standardet ndërkombëtare, persekutimi i lidhur me gjininë, procedurat e sigurta dhe konfidenciale, trafikimi, gratë punëtore migrante dhe të dhënat e ndara sipas seksit.

quiz-migration-gender-final = Vlerësimi përfundimtar
    .description = Njëzet pyetje nga i gjithë kursi, katër nga secila temë. Keni 30 minuta dhe ju duhen 60 për qind për të kaluar.

## Kategoria: parimet

q-gender-and-sex = Sipas Udhëzimeve të UNHCR-së për mbrojtjen ndërkombëtare nr. 1 (2002), çfarë nënkupton termi „gjini“?
    .opt-a = Marrëdhënien ndërmjet grave dhe burrave, të bazuar në identitete, status, role dhe përgjegjësi të ndërtuara shoqërisht ose kulturalisht
    .opt-b = Karakteristikat biologjike me të cilat lind një person dhe që e bëjnë atë femër ose mashkull
    .opt-c = Seksin që autoritetet kanë regjistruar në certifikatën e lindjes dhe në dokumentet e identitetit të personit
    .opt-d = Aftësinë e një personi për tërheqje emocionale dhe seksuale ndaj personave të një seksi ose gjinie të caktuar
    .feedback = Udhëzimet nr. 1 të UNHCR-së (paragrafi 3) e përkufizojnë gjininë si marrëdhënien ndërmjet grave dhe burrave, të bazuar në identitete, status, role dhe përgjegjësi të ndërtuara dhe të përcaktuara shoqërisht ose kulturalisht, që i caktohen njërit ose tjetrit seks, ndërsa seksi është përcaktim biologjik. Prandaj gjinia nuk është statike ose e lindur: kuptimi i saj formësohet nga shoqëria dhe kultura dhe ndryshon me kalimin e kohës.
    .opt-b-feedback = Ky është përshkrimi i seksit, jo i gjinisë. Udhëzimet e trajtojnë seksin si përcaktim biologjik dhe gjininë si ndërtim shoqëror dhe kulturor.
    .opt-d-feedback = Ky është përshkrimi i orientimit seksual. UNHCR-ja i trajton kërkesat e bazuara në orientimin seksual dhe identitetin gjinor në Udhëzimet nr. 9 (2012).

q-gcm-victimhood = Një nga parimet udhëheqëse të Paktit Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm (2018) njeh pavarësinë, aftësinë vepruese dhe lidershipin e grave migrante. Nga cila qasje synon të largohet ai?
    .opt-a = Trajtimi i grave migrante kryesisht si punëtore
    .opt-b = Trajtimi i grave migrante kryesisht si anëtare të familjes
    .opt-c = Trajtimi i grave migrante kryesisht si viktima
    .opt-d = Trajtimi i grave migrante kryesisht si mbajtëse të drejtash
    .feedback = Paragrafi 15(g) i Paktit Global për Migracionin (A/RES/73/195) thotë se Pakti integron perspektivën gjinore dhe nxit barazinë gjinore dhe fuqizimin e të gjitha grave dhe vajzave, duke njohur pavarësinë, aftësinë vepruese dhe lidershipin e tyre, me qëllim që të largohet nga trajtimi i grave migrante kryesisht nga këndvështrimi i viktimizimit.
    .opt-d-feedback = Pakti nuk largohet nga të drejtat e njeriut: „të drejtat e njeriut“ janë vetë një nga parimet e tij udhëheqëse (paragrafi 15(f)), dhe parimi i përgjegjshmërisë gjinore kërkon që të drejtat e njeriut të grave, burrave, vajzave dhe djemve të respektohen në të gjitha fazat e migracionit.

q-equal-not-identical = Qeverisja e migracionit e përgjegjshme ndaj gjinisë do të thotë të zbatohen saktësisht të njëjtat rregulla dhe shërbime për gratë dhe burrat, pa marrë parasysh situatat dhe nevojat e tyre të ndryshme.
    .feedback = E gabuar. Qeverisja e përgjegjshme ndaj gjinisë synon barazinë thelbësore: ajo identifikon dhe trajton nevojat specifike të grave, burrave, vajzave dhe djemve në të gjitha fazat e migracionit (Pakti Global për Migracionin, paragrafi 15(g)). Konventa për eliminimin e të gjitha formave të diskriminimit ndaj grave (CEDAW) e përkufizon diskriminimin ndaj grave si çdo dallim, përjashtim ose kufizim të bërë në bazë të seksit që ka si efekt ose si qëllim cenimin e të drejtave të grave (neni 1), dhe shtetet palë duhet ta eliminojnë atë (neni 2), prandaj edhe rregullat formalisht identike mund të jenë diskriminuese. Neni 4(1) konfirmon se masat e përkohshme të posaçme për përshpejtimin e barazisë de facto nuk përbëjnë diskriminim.

q-gcm-guiding-principles = Cilat nga të mëposhtmet janë parime udhëheqëse të renditura në paragrafin 15 të Paktit Global për Migracionin (2018)? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Përgjegjshmëria gjinore
    .opt-b = Ndjeshmëria ndaj fëmijëve
    .opt-c = Kuotat e pranimit ligjërisht të detyrueshme
    .opt-d = Përparësia e sigurisë ndaj të drejtave të njeriut
    .opt-e = Qëndrimi i përkohshëm si rregull për të gjithë migrantët
    .opt-f = Sovraniteti kombëtar
    .feedback = Paragrafi 15 rendit dhjetë parime udhëheqëse ndërsektoriale dhe të ndërvarura: përqendrimi te njerëzit, bashkëpunimi ndërkombëtar, sovraniteti kombëtar, sundimi i ligjit dhe procesi i rregullt ligjor, zhvillimi i qëndrueshëm, të drejtat e njeriut, përgjegjshmëria gjinore, ndjeshmëria ndaj fëmijëve, qasja e gjithë qeverisë dhe qasja e gjithë shoqërisë.
    .opt-c-feedback = Pakti është kornizë bashkëpunimi ligjërisht jo e detyrueshme (paragrafi 7). Ai nuk vendos kuota.
    .opt-d-feedback = Të drejtat e njeriut janë një nga parimet udhëheqëse (paragrafi 15(f)); Pakti nuk e vendos sigurinë mbi to.

q-intersecting-discrimination = Një grua kërkuese azili diskriminohet sepse është grua, për shkak të origjinës së saj etnike dhe sepse ka aftësi të kufizuara. Çfarë u kërkon shteteve palë Rekomandimi i përgjithshëm nr. 32 (2014) i Komitetit CEDAW në lidhje me një diskriminim të tillë?
    .opt-a = Të identifikojnë shkakun më të rëndë të diskriminimit dhe të trajtojnë vetëm atë shkak
    .opt-b = Ta trajtojnë rastin vetëm sipas legjislacionit për aftësinë e kufizuar, sepse ky është shkaku më specifik
    .opt-c = Ta zbatojnë Konventën vetëm nëse gruaja provon se seksi ishte shkaku kryesor i diskriminimit
    .opt-d = Të njohin ligjërisht format ndërsektoriale të diskriminimit dhe ndikimin e tyre negativ të shumëfishuar, dhe t'i ndalojnë ato
    .feedback = Paragrafi 6 i Rekomandimit të përgjithshëm nr. 32 vëren se diskriminimi në bazë të seksit ose gjinisë shpesh lidhet me faktorë të tjerë dhe rëndohet prej tyre, si raca, etnia, feja, shëndeti, mosha, klasa ose fakti që gruaja është lezbike, biseksuale ose transgjinore. Shtetet palë duhet t'i njohin ligjërisht këto forma ndërsektoriale të diskriminimit dhe ndikimin e tyre negativ të shumëfishuar te gratë në fjalë, dhe t'i ndalojnë ato.
    .opt-a-feedback = Reduktimi i rastit në një shkak të vetëm fsheh efektin e kombinuar të shkaqeve të ndryshme. Rekomandimi i përgjithshëm nr. 32 u kërkon shteteve ta njohin diskriminimin ndërsektorial si të tillë.
    .opt-c-feedback = Konventa CEDAW mbulon gratë që përballen njëkohësisht me diskriminim për disa shkaqe; nuk kërkohet që seksi të jetë shkaku mbizotërues.

q-eu-statistics-sex = Cili akt i BE-së u kërkon shteteve anëtare t'i dërgojnë Eurostat-it statistika për migracionin dhe mbrojtjen ndërkombëtare, të ndara sipas moshës dhe seksit?
    .opt-a = Direktiva 2011/36/BE
    .opt-b = Rregullorja (KE) nr. 862/2007
    .opt-c = Rregullorja (BE) nr. 604/2013
    .opt-d = Direktiva 2001/55/KE
    .feedback = Rregullorja (KE) nr. 862/2007 për statistikat e Komunitetit për migracionin dhe mbrojtjen ndërkombëtare, e ndryshuar me Rregulloren (BE) 2020/851, kërkon që statistikat, ndër të tjera për flukset migratore dhe për kërkesat për mbrojtje ndërkombëtare, të ndahen sipas moshës dhe seksit. Të dhënat e ndara sipas seksit janë baza e një politike migracioni të përgjegjshme ndaj gjinisë.
    .opt-a-feedback = Direktiva 2011/36/BE është Direktiva e BE-së kundër trafikimit të qenieve njerëzore. Ajo nuk është akti i përgjithshëm për statistikat e migracionit dhe të azilit.
    .opt-c-feedback = Rregullorja (BE) nr. 604/2013 (Dublin III) përcaktonte kriteret për përcaktimin e shtetit anëtar përgjegjës për shqyrtimin e një kërkese për azil; që nga 1 korriku 2026 ajo është zëvendësuar nga Rregullorja (BE) 2024/1351 për menaxhimin e azilit dhe të migracionit, por vazhdon të zbatohet për kërkesat e regjistruara para kësaj date.
    .opt-d-feedback = Direktiva 2001/55/KE është Direktiva për mbrojtjen e përkohshme në situata fluksi masiv.

q-sdg-disaggregation = Synimi 17.18 i Objektivave të Zhvillimit të Qëndrueshëm kërkon të dhëna të ndara sipas një liste karakteristikash. Cilat nga të mëposhtmet përfshihen në atë listë? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Feja
    .opt-b = Gjinia
    .opt-c = Mendimi politik
    .opt-d = Statusi migrator
    .opt-e = Mosha
    .feedback = Synimi 17.18 i Agjendës 2030 (A/RES/70/1) kërkonte forcimin e mbështetjes për ngritjen e kapaciteteve, deri në vitin 2020, për të rritur ndjeshëm disponueshmërinë e të dhënave me cilësi të lartë, në kohë dhe të besueshme, të ndara sipas të ardhurave, gjinisë, moshës, racës, etnisë, statusit migrator, aftësisë së kufizuar, vendndodhjes gjeografike dhe karakteristikave të tjera të rëndësishme në kontekstet kombëtare. Feja dhe mendimi politik nuk janë në listë.

q-women-share-migrants = Sipas UN DESA-s (International Migrant Stock 2020), sa për qind e të gjithë migrantëve ndërkombëtarë në botë në vitin 2020 ishin gra dhe vajza? Jepni një numër të plotë.
    .feedback = UN DESA vlerësoi se në vitin 2020 kishte 281 milionë migrantë ndërkombëtarë dhe se gratë dhe vajzat përbënin rreth 48 për qind të tyre, pak më pak se gjysmën. Pranohen përgjigjet nga 47 deri në 49. Kjo shifër tregon se politikat e migracionit që supozojnë se migranti tipik është burrë lënë jashtë rreth gjysmën e të gjithë migrantëve. Sipas International Migrant Stock 2024 të UN DESA-s, në mesin e vitit 2024 kishte rreth 304 milionë migrantë ndërkombëtarë.

q-gender-mainstreaming = Plotësoni përkufizimin e integrimit të perspektivës gjinore (gender mainstreaming), të miratuar nga Këshilli Ekonomik dhe Social i OKB-së (ECOSOC) në vitin 1997.
    .text = Integrimi i perspektivës gjinore është procesi i vlerësimit të ndikimeve që ka mbi { $g1 } çdo veprim i planifikuar, përfshirë legjislacionin, politikat ose programet, në të gjitha fushat dhe në të gjitha nivelet. Qëllimi i tij përfundimtar është arritja e { $g2 }.
    .opt-g1a = vetëm gratë
    .opt-g1b = gratë dhe burrat
    .opt-g1c = buxhetin kombëtar
    .opt-g2a = një numri të barabartë punonjësesh dhe punonjësish
    .opt-g2b = një numri më të ulët migrantësh të parregullt
    .opt-g2c = barazisë gjinore
    .feedback = Përfundimet e dakorduara 1997/2 të ECOSOC-ut e përkufizojnë integrimin e perspektivës gjinore si procesin e vlerësimit të ndikimeve mbi gratë dhe burrat të çdo veprimi të planifikuar, në të gjitha fushat dhe në të gjitha nivelet, në mënyrë që gratë dhe burrat të përfitojnë në mënyrë të barabartë dhe pabarazia të mos përjetësohet. Qëllimi përfundimtar është barazia gjinore. Prandaj integrimi i perspektivës gjinore nuk kufizohet te projektet për gratë, dhe përbërja e balancuar e personelit është vetëm një nga mjetet e mundshme.

q-istanbul-definitions = Lidhni secilin term me përkufizimin e tij në nenin 3 të Konventës së Stambollit (2011).
    .left-domestic = Dhuna në familje
    .left-gender = Gjinia
    .left-gbv = Dhuna me bazë gjinore ndaj grave
    .left-women = Gratë
    .right-family = Dhuna fizike, seksuale, psikologjike ose ekonomike brenda familjes ose njësisë familjare, ose ndërmjet bashkëshortëve ose partnerëve të mëparshëm ose aktualë
    .right-roles = Rolet, sjelljet, veprimtaritë dhe atributet e ndërtuara shoqërisht, që një shoqëri e caktuar i konsideron të përshtatshme për gratë dhe burrat
    .right-because-woman = Dhuna që drejtohet kundër një gruaje sepse ajo është grua, ose që i prek gratë në mënyrë joproporcionale
    .right-girls = Term që përfshin edhe vajzat nën moshën 18 vjeç
    .right-public = Dhuna që kryhet vetëm në vende publike dhe vetëm nga persona të panjohur
    .feedback = Neni 3 i Konventës së Stambollit përkufizon dhunën në familje në pikën (b), pavarësisht nëse autori e ndan ose e ka ndarë të njëjtën banesë me viktimën; gjininë në pikën (c); dhunën me bazë gjinore ndaj grave në pikën (d); dhe në pikën (f) parashikon se termi „gra“ përfshin edhe vajzat nën moshën 18 vjeç. Dhuna ndaj grave mbulon veprimet si në jetën publike, ashtu edhe në atë private (pika (a)), prandaj përkufizimi i fundit është i gabuar.

## Kategoria: instrumentet

q-instruments-chronology = Renditni këto instrumente sipas radhës në të cilën u miratuan, duke filluar nga më i hershmi.
    .item-refugee-convention = Konventa për statusin e refugjatëve
    .item-cedaw = Konventa për eliminimin e të gjitha formave të diskriminimit ndaj grave (CEDAW)
    .item-icrmw = Konventa Ndërkombëtare për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe Anëtarëve të Familjeve të Tyre
    .item-trafficking-protocol = Protokolli për parandalimin, ndalimin dhe ndëshkimin e trafikimit të personave, veçanërisht të grave dhe fëmijëve
    .item-gcm = Pakti Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm
    .feedback = Konventa për statusin e refugjatëve u miratua më 28 korrik 1951; CEDAW më 18 dhjetor 1979 (rezoluta 34/180 e Asamblesë së Përgjithshme); Konventa për punëtorët migrantë më 18 dhjetor 1990 (rezoluta 45/158); Protokolli për trafikimin e personave, që plotëson Konventën e OKB-së kundër krimit të organizuar ndërkombëtar, më 15 nëntor 2000 (rezoluta 55/25); dhe Pakti Global për Migracionin në Marrakesh më 10 dhjetor 2018, i miratuar nga Asambleja e Përgjithshme me rezolutën 73/195 më 19 dhjetor 2018.

q-gender-guidance-chronology = Renditni këto tekste për gjininë, migracionin dhe azilin sipas radhës kronologjike, duke filluar nga më i hershmi.
    .item-unhcr-gl1 = Udhëzimet e UNHCR-së për mbrojtjen ndërkombëtare nr. 1 për persekutimin e lidhur me gjininë
    .item-cedaw-gr26 = Rekomandimi i përgjithshëm nr. 26 i Komitetit CEDAW për gratë punëtore migrante
    .item-istanbul = Konventa e Stambollit e Këshillit të Evropës për dhunën ndaj grave (hapja për nënshkrim)
    .item-cedaw-gr32 = Rekomandimi i përgjithshëm nr. 32 i Komitetit CEDAW
    .item-cjeu-ws = Vendimi i Gjykatës së Drejtësisë së Bashkimit Evropian në çështjen WS (C-621/21)
    .feedback = Udhëzimet nr. 1 të UNHCR-së: 7 maj 2002. Rekomandimi i përgjithshëm nr. 26 i Komitetit CEDAW: 5 dhjetor 2008. Konventa e Stambollit: e hapur për nënshkrim më 11 maj 2011 (në fuqi që nga 1 gushti 2014). Rekomandimi i përgjithshëm nr. 32 i Komitetit CEDAW: 5 nëntor 2014. Vendimi i Gjykatës së Drejtësisë së BE-së (GJDBE) në çështjen WS: 16 janar 2024.

q-istanbul-residence = Leja e qëndrimit e një gruaje migrante varet nga statusi i bashkëshortit të saj. Ai është i dhunshëm dhe ajo e lë martesën. Sipas nenit 59(1) të Konventës së Stambollit, çfarë duhet t'i sigurojnë palët asaj në rrethana veçanërisht të vështira?
    .opt-a = Një leje qëndrimi autonome, por vetëm nëse martesa ka zgjatur të paktën tre vjet
    .opt-b = Një leje qëndrimi autonome, me kërkesë, pavarësisht nga kohëzgjatja e martesës
    .opt-c = Shtetësinë automatike të vendit pritës, pa asnjë kërkesë
    .opt-d = Kthimin e asistuar në vendin e saj të origjinës bashkë me fëmijët
    .feedback = Neni 59(1) u kërkon palëve të sigurojnë që viktimat, statusi i qëndrimit të të cilave varet nga ai i bashkëshortit ose i partnerit, të pajisen, në rast të zgjidhjes së martesës ose të marrëdhënies, në rrethana veçanërisht të vështira, me kërkesë, me leje qëndrimi autonome, pavarësisht nga kohëzgjatja e martesës ose e marrëdhënies. Sipas nenit 59(2), viktimat mund të arrijnë pezullimin e procedurave të dëbimit, në mënyrë që të aplikojnë për një leje të tillë. Në mënyrë të ngjashme, Rekomandimi i përgjithshëm nr. 26 i Komitetit CEDAW (paragrafi 26(f)) kërkon status të pavarur qëndrimi për gratë që ikin nga një bashkëshort ose punëdhënës abuziv. Neni 78(2) u lejon palëve të rezervojnë të drejtën për të mos e zbatuar nenin 59, ose për ta zbatuar atë vetëm në raste ose kushte të caktuara, prandaj verifikoni nëse shteti juaj ka bërë një rezervë të tillë.
    .opt-a-feedback = Neni 59(1) thotë „pavarësisht nga kohëzgjatja e martesës ose e marrëdhënies“. Një rregull për kohëzgjatje minimale nuk duhet të pengojë qasjen në lejen autonome.
    .opt-c-feedback = Konventa kërkon leje qëndrimi, jo shtetësi. Kushtet dhe kohëzgjatja e lejes përcaktohen nga legjislacioni kombëtar.
    .opt-d-feedback = Qëllimi i nenit 59 është t'i mundësojë viktimës të largohet nga marrëdhënia e dhunshme pa humbur të drejtën e qëndrimit, jo ta kthejë atë.

q-istanbul-asylum = Çfarë u kërkon neni 60 i Konventës së Stambollit palëve të sigurojnë në lidhje me dhunën me bazë gjinore ndaj grave në procedurat e azilit?
    .opt-a = Që ajo të trajtohet si shkak i ri, i gjashti, persekutimi, i shtuar te shkaqet e renditura në Konventën e vitit 1951 për statusin e refugjatëve
    .opt-b = Që ajo të mund të çojë vetëm në leje qëndrimi humanitare dhe kurrë në status refugjati ose mbrojtje plotësuese
    .opt-c = Që ajo të shqyrtohet vetëm nga gjykatat penale dhe të lihet jashtë shqyrtimit të kërkesës për azil
    .opt-d = Që ajo të mund të njihet si formë persekutimi sipas Konventës së vitit 1951 për statusin e refugjatëve dhe si dëm i rëndë për mbrojtje plotësuese
    .feedback = Neni 60(1) u kërkon palëve të sigurojnë që dhuna me bazë gjinore ndaj grave të mund të njihet si formë persekutimi në kuptim të përkufizimit të refugjatit në Konventën e vitit 1951 dhe si formë dëmi të rëndë që jep të drejtën e mbrojtjes plotësuese. Neni 60(2) kërkon interpretim të ndjeshëm ndaj gjinisë për secilin nga shkaqet e Konventës, dhe neni 60(3) kërkon procedura pritjeje të ndjeshme ndaj gjinisë, shërbime mbështetëse, udhëzime gjinore dhe procedura azili të ndjeshme ndaj gjinisë.
    .opt-a-feedback = Konventa nuk shton shkak të ri. Në vend të kësaj, neni 60(2) kërkon interpretim të ndjeshëm ndaj gjinisë për secilin nga shkaqet ekzistuese.
    .opt-b-feedback = Neni 60(1) ua hap shprehimisht viktimave të dhunës me bazë gjinore rrugën si për statusin e refugjatit, ashtu edhe për mbrojtjen plotësuese.

q-istanbul-non-refoulement = Sipas nenit 61(2) të Konventës së Stambollit, mbrojtja nga kthimi në një vend ku jeta e viktimës do të ishte në rrezik vlen vetëm për gratë që kanë status të rregullt qëndrimi.
    .feedback = E gabuar. Neni 61(2) mbron viktimat e dhunës ndaj grave që kanë nevojë për mbrojtje „pavarësisht nga statusi ose vendqëndrimi i tyre“: ato nuk kthehen në asnjë rrethanë në asnjë vend ku jeta e tyre do të ishte në rrezik ose ku mund t'u nënshtroheshin torturës ose trajtimit apo ndëshkimit çnjerëzor ose poshtërues. Neni 61(1) u kërkon palëve të respektojnë parimin e moskthimit (non-refoulement) në përputhje me detyrimet e tyre ekzistuese sipas së drejtës ndërkombëtare.

q-grevio = Cili organ ekspertësh të pavarur monitoron zbatimin e Konventës së Stambollit nga palët? Shkruani akronimin e tij.
    .feedback = GREVIO, Grupi i Ekspertëve për Veprimin kundër Dhunës ndaj Grave dhe Dhunës në Familje, është krijuar me nenin 66 të Konventës së Stambollit. Raportet e tij të vlerësimit mbulojnë edhe Kapitullin VII të Konventës për migracionin dhe azilin (nenet 59 deri në 61).

q-cedaw-nationality = Cili nen i Konventës CEDAW u jep grave të drejta të barabarta me burrat për të fituar, ndryshuar ose ruajtur shtetësinë e tyre, si dhe të drejta të barabarta në lidhje me shtetësinë e fëmijëve të tyre?
    .opt-a = Neni 6
    .opt-b = Neni 11
    .opt-c = Neni 9
    .opt-d = Neni 15
    .feedback = Neni 9(1) i Konventës CEDAW u jep grave të drejta të barabarta me burrat për të fituar, ndryshuar ose ruajtur shtetësinë e tyre, dhe neni 9(2) u jep grave të drejta të barabarta me burrat në lidhje me shtetësinë e fëmijëve të tyre. Rekomandimi i përgjithshëm nr. 32 (2014) paralajmëron se ligjet për shtetësinë që i pengojnë gratë t'ua kalojnë shtetësinë fëmijëve ose bashkëshortëve mund të shkaktojnë mungesë shtetësie, dhe u bën thirrje shteteve të tërheqin rezervat e tyre ndaj nenit 9.
    .opt-a-feedback = Neni 6 i detyron shtetet të shtypin të gjitha format e trafikut të grave dhe të shfrytëzimit të prostitucionit të grave.
    .opt-b-feedback = Neni 11 ka të bëjë me diskriminimin ndaj grave në punësim.
    .opt-d-feedback = Neni 15 ka të bëjë me barazinë para ligjit; paragrafi 4 i tij mbulon lirinë e lëvizjes dhe zgjedhjen e vendbanimit dhe të vendqëndrimit, jo shtetësinë.

q-gr26-categories = Rekomandimi i përgjithshëm nr. 26 (2008) i Komitetit CEDAW mbulon gratë punëtore migrante që migrojnë në mënyrë të pavarur dhe ato që u bashkohen bashkëshortëve ose anëtarëve të tjerë të familjes që janë gjithashtu punëtorë. Cilën kategori të tretë mbulon ai?
    .opt-a = Gratë punëtore migrante pa dokumente
    .opt-b = Gratë që udhëtojnë jashtë vendit vetëm si turiste
    .opt-c = Gratë diplomate dhe punonjëset konsullore
    .opt-d = Gratë e zhvendosura brenda vendit të tyre
    .feedback = Rekomandimi i përgjithshëm nr. 26 trajton gratë punëtore migrante që mund të jenë në rrezik abuzimi dhe diskriminimi: ato që migrojnë në mënyrë të pavarur, ato që u bashkohen bashkëshortëve ose anëtarëve të tjerë të familjes që janë gjithashtu punëtorë, dhe gratë punëtore migrante pa dokumente, të cilat mund t'i përkasin njërit prej dy grupeve të para. Ai thekson se Konventa CEDAW mbron të gjitha gratë, përfshirë gratë migrante, nga diskriminimi në bazë të seksit dhe gjinisë.
    .opt-d-feedback = Gratë e zhvendosura brenda vendit nuk kanë kaluar një kufi ndërkombëtar. Rekomandimi i përgjithshëm nr. 26 ka të bëjë me gratë që migrojnë në një vend tjetër për punë.

q-instrument-topics = Lidhni secilin instrument me lëndën e tij kryesore.
    .left-gr32 = Rekomandimi i përgjithshëm nr. 32 i Komitetit CEDAW (2014)
    .left-gr35 = Rekomandimi i përgjithshëm nr. 35 i Komitetit CEDAW (2017)
    .left-gl9 = Udhëzimet e UNHCR-së për mbrojtjen ndërkombëtare nr. 9 (2012)
    .left-c189 = Konventa nr. 189 e ILO-s (2011)
    .right-asylum-nationality = Statusi i refugjatit, azili, shtetësia dhe mungesa e shtetësisë së grave
    .right-violence = Dhuna me bazë gjinore ndaj grave, me përditësim të Rekomandimit të përgjithshëm nr. 19
    .right-sogi = Kërkesat për statusin e refugjatit të bazuara në orientimin seksual dhe/ose identitetin gjinor
    .right-domestic-work = Puna e denjë për punëtorët shtëpiakë
    .right-children = Kërkesat për azil të paraqitura nga fëmijët
    .feedback = Rekomandimi i përgjithshëm nr. 32 (CEDAW/C/GC/32) mbulon dimensionet gjinore të statusit të refugjatit, azilit, shtetësisë dhe mungesës së shtetësisë së grave. Rekomandimi i përgjithshëm nr. 35 (CEDAW/C/GC/35) për dhunën me bazë gjinore ndaj grave përditëson Rekomandimin e përgjithshëm nr. 19 (1992). Udhëzimet nr. 9 të UNHCR-së (HCR/GIP/12/09) trajtojnë kërkesat e bazuara në orientimin seksual dhe/ose identitetin gjinor. Konventa nr. 189 e Organizatës Ndërkombëtare të Punës (ILO) është Konventa për punëtorët shtëpiakë. Kërkesat për azil të fëmijëve janë objekt i Udhëzimeve nr. 8 të UNHCR-së (2009).

## Kategoria: mbrojtja

q-psg-definition = Sipas Udhëzimeve nr. 2 të UNHCR-së (2002) për përkatësinë në një grup të veçantë shoqëror, cili pohim është i saktë?
    .opt-a = Anëtarët e grupit duhet të njihen me njëri-tjetrin dhe të veprojnë së bashku si grup kohezionues dhe i organizuar
    .opt-b = Grupi ndan një karakteristikë të përbashkët, të ndryshme nga rreziku i persekutimit, ose perceptohet si grup nga shoqëria
    .opt-c = Grupi mund të përkufizohet vetëm nga persekutimi që vuajnë anëtarët e tij dhe nga asnjë karakteristikë tjetër
    .opt-d = Kërkuesi duhet të provojë se çdo anëtar i grupit rrezikon individualisht të persekutohet
    .feedback = UNHCR-ja e përkufizon grupin e veçantë shoqëror si grup personash që ndajnë një karakteristikë të përbashkët, të ndryshme nga rreziku që të persekutohen, ose që perceptohen si grup nga shoqëria. Shpesh kjo karakteristikë është e lindur, e pandryshueshme ose në një mënyrë tjetër themelore për identitetin, ndërgjegjen ose ushtrimin e të drejtave të njeriut. Seksi është shembull i një karakteristike të tillë.
    .opt-a-feedback = Udhëzimet nr. 2 konfirmojnë se nuk kërkohet kohezion: nuk është e nevojshme që anëtarët të njihen ose të shoqërohen me njëri-tjetrin.
    .opt-c-feedback = Një grup nuk mund të përkufizohet ekskluzivisht nga persekutimi që vuajnë anëtarët e tij, megjithëse persekutimi mund të ndihmojë që grupi të bëhet i dukshëm në shoqëri.
    .opt-d-feedback = Nuk është e nevojshme që çdo anëtar i grupit të jetë në rrezik. Kërkuesi ose kërkuesja duhet të tregojë se frika e vet nga persekutimi është e bazuar.

q-women-group-size = Sipas UNHCR-së, gratë në një vend të caktuar nuk mund të përbëjnë një grup të veçantë shoqëror, sepse një grup i tillë do të ishte shumë i madh.
    .feedback = E gabuar. Udhëzimet nr. 1 dhe nr. 2 të UNHCR-së (2002) thonë se gratë mund të përbëjnë një grup të veçantë shoqëror: seksi është karakteristikë e lindur dhe e pandryshueshme, dhe gratë shpesh trajtohen ndryshe nga burrat. Madhësia e grupit nuk është kriter i rëndësishëm; edhe shkaqe të tjera të Konventës, si feja ose mendimi politik, mbulojnë grupe shumë të mëdha. Gjykata e Drejtësisë e BE-së (GJDBE) arriti në një përfundim në përputhje me këtë në çështjen WS (C-621/21, 2024): gratë në tërësi mund të konsiderohen si një grup i veçantë shoqëror.

q-cjeu-ws = Çfarë vendosi Gjykata e Drejtësisë e BE-së (GJDBE) në çështjen WS (C-621/21, 16 janar 2024) për gratë dhe shkakun „përkatësi në një grup të veçantë shoqëror“?
    .opt-a = Gratë mund të përbëjnë grup të veçantë shoqëror vetëm nëse ndajnë edhe një karakteristikë shtesë, si etnia
    .opt-b = Dhuna me bazë gjinore mund të çojë vetëm në mbrojtje plotësuese dhe kurrë në status refugjati
    .opt-c = Konventa e Stambollit dhe CEDAW nuk kanë asnjë rëndësi për interpretimin e së drejtës së BE-së për azilin
    .opt-d = Gratë në tërësi mund të përbëjnë grup të veçantë shoqëror nëse në vendin e origjinës përballen me dhunë për shkak të gjinisë
    .feedback = Në çështjen WS, Dhoma e Madhe vendosi se, sipas nenit 10(1)(d) të Direktivës 2011/95/BE, gratë në tërësi mund të konsiderohen se i përkasin një grupi të veçantë shoqëror kur vërtetohet se në vendin e tyre të origjinës ato i nënshtrohen dhunës fizike ose mendore, përfshirë dhunën seksuale dhe dhunën në familje, për shkak të gjinisë së tyre. Gjykata e interpretoi Direktivën në përputhje me Konventën CEDAW dhe Konventën e Stambollit.
    .opt-a-feedback = Nuk kërkohet një karakteristikë shtesë, megjithëse gratë që ndajnë një karakteristikë të tillë (për shembull, që i kanë shpëtuar një martese të detyruar) mund të përbëjnë gjithashtu një grup të veçantë shoqëror.
    .opt-b-feedback = Gjykata pranoi se këto gra mund të kualifikohen për statusin e refugjatit. Vetëm kur nuk plotësohen kushtet për statusin e refugjatit duhet shqyrtuar mbrojtja plotësuese.
    .opt-c-feedback = Gjykata e interpretoi Direktivën në dritën e Konventës CEDAW, të cilën e kanë ratifikuar të gjitha shtetet anëtare të BE-së, dhe të Konventës së Stambollit, e cila e detyron BE-në.

q-non-state-actors = Një grua ka frikë nga dhuna e rëndë e bashkëshortit të saj. Autoritetet në vendin e saj nuk i mbrojnë gratë në raste të tilla, sepse i konsiderojnë çështje private familjare. Sipas Udhëzimeve nr. 1 të UNHCR-së (2002), cilat pohime janë të sakta? Zgjidhni të gjitha përgjigjet e sakta. Zgjedhjet e gabuara ulin pikët tuaja.
    .opt-a = Dhuna në familje është çështje private dhe mbetet jashtë përkufizimit të refugjatit
    .opt-b = Kërkesa e saj mund të pranohet vetëm nëse bashkëshorti i saj është zyrtar shtetëror
    .opt-c = Persekutimi mund të vijë nga një aktor joshtetëror nëse shteti nuk mund ose nuk dëshiron të japë mbrojtje
    .opt-d = Lidhja me një shkak të Konventës mund të plotësohet nëse shteti nuk e mbron atë për një shkak të Konventës
    .feedback = Udhëzimet nr. 1 të UNHCR-së pranojnë se persekutimi mund të kryhet nga aktorë joshtetërorë, si anëtarët e familjes, kur shteti nuk mund ose nuk dëshiron të ofrojë mbrojtje efektive. Lidhja shkakësore („për shkak të“) plotësohet ose kur aktori joshtetëror e dëmton atë për një shkak të Konventës, ose kur shteti nuk e mbron atë për një shkak të Konventës. E drejta e BE-së ndoqi të njëjtën qasje në nenet 6(c) dhe 9(3) të Direktivës 2011/95/BE, dhe Rregullorja (BE) 2024/1347, e zbatueshme që nga 1 korriku 2026, e ruan atë (nenet 6 dhe 9).
    .opt-a-feedback = Dhuna në familje mund të përbëjë persekutim kur mbrojtja nga shteti nuk është e disponueshme. Fakti që quhet „private“ nuk e nxjerr atë jashtë përkufizimit të refugjatit.
    .opt-b-feedback = Nuk është e nevojshme që persekutori të jetë agjent i shtetit. Ajo që ka rëndësi është nëse ka mbrojtje efektive nga shteti.

q-qd-gender = Plotësoni dy dispozitat e Direktivës së BE-së për kualifikimin 2011/95/BE (e zbatueshme deri më 30 qershor 2026; e zëvendësuar nga Rregullorja (BE) 2024/1347 nga 1 korriku 2026).
    .text = Sipas nenit 9(2)(f), aktet e persekutimit mund të marrin formën e akteve me natyrë { $g1 } ose specifike për fëmijët. Sipas nenit 10(1)(d), aspektet e lidhura me gjininë, përfshirë { $g2 }, merren në konsideratë siç duhet kur përcaktohet përkatësia në një grup të veçantë shoqëror.
    .opt-g1a = specifike gjinore
    .opt-g1b = thjesht ekonomike
    .opt-g1c = ushtarake
    .opt-g2a = identitetin gjinor
    .opt-g2b = gjendjen martesore
    .opt-g2c = nivelin e arsimimit
    .feedback = Neni 9(2)(f) i Direktivës 2011/95/BE rendit aktet me natyrë specifike gjinore ose specifike për fëmijët ndër aktet e mundshme të persekutimit. Neni 10(1)(d) kërkon që aspektet e lidhura me gjininë, përfshirë identitetin gjinor, të merren në konsideratë siç duhet për përcaktimin e përkatësisë në një grup të veçantë shoqëror ose për identifikimin e një karakteristike të një grupi të tillë. Rregullorja (BE) 2024/1347 i mbart këto rregulla për aktet dhe shkaqet e persekutimit në nenet e saj 9 dhe 10.

q-sogi-concealment = Një burrë gej thotë se do të ishte në rrezik nëse do të jetonte hapur në vendin e tij të origjinës. A mund të presë autoriteti i azilit që ai t'i shmanget persekutimit duke fshehur orientimin e tij seksual?
    .opt-a = Po, nëse e ka mbajtur të fshehur orientimin e tij seksual para se të largohej nga vendi
    .opt-b = Po, nëse ligjet kundër marrëdhënieve ndërmjet personave të të njëjtit seks zbatohen rrallë në praktikë
    .opt-c = Jo, nga kërkuesi nuk mund të pritet që ta fshehë orientimin e tij seksual
    .opt-d = Po, nëse ai nuk është figurë publike ose aktivist për të drejtat e njeriut
    .feedback = Udhëzimet nr. 9 të UNHCR-së (2012) thonë se shteti nuk mund të presë ose të kërkojë nga kërkuesi që të ndryshojë ose të fshehë identitetin e vet për t'i shmangur persekutimit. GJDBE-ja u pajtua me këtë në çështjen X, Y dhe Z (C-199/12 deri në C-201/12, 7 nëntor 2013): autoritetet nuk mund të presin në mënyrë të arsyeshme që kërkuesi ta fshehë homoseksualitetin e tij në vendin e origjinës ose të tregojë përmbajtje në shprehjen e tij. I njëjti arsyetim vlen për kërkuesit lezbike, biseksualë, transgjinorë dhe interseks.
    .opt-a-feedback = Fshehja në të kaluarën mund të jetë vetë një reagim ndaj frikës. Testi është se çfarë do të ndodhte nëse ai do të jetonte hapur, jo nëse arriti të fshihej më parë.
    .opt-b-feedback = Sa shpesh zbatohet ligji ka rëndësi për vlerësimin e rrezikut, por nuk është arsye për t'i kërkuar kërkuesit të fshehë identitetin e tij.

q-criminalisation-per-se = Sipas GJDBE-së në çështjen X, Y dhe Z (2013), vetë ekzistenca e një ligji që penalizon aktet homoseksuale përbën gjithmonë persekutim, pavarësisht nëse ligji zbatohet apo jo.
    .feedback = E gabuar. Gjykata vendosi se penalizimi në vetvete nuk përbën akt persekutimi, por dënimi me burgim për akte homoseksuale që zbatohet në praktikë në vendin e origjinës e përbën, sepse është ndëshkim joproporcional ose diskriminues (neni 9(2)(c) i Direktivës 2004/83/KE). Udhëzimet nr. 9 të UNHCR-së (2012) shtojnë se edhe ligjet që zbatohen rrallë mund të krijojnë, në varësi të rrethanave, një situatë të padurueshme për kërkuesin, prandaj çdo rast kërkon vlerësim të kujdesshëm individual.

q-sogi-credibility = Në çështjen A, B dhe C (C-148/13 deri në C-150/13, 2 dhjetor 2014), GJDBE-ja vendosi kufij për mënyrën si autoritetet mund të vlerësojnë besueshmërinë e orientimit seksual të deklaruar. Cilat praktika i përjashtoi ajo? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Pyetjet e hollësishme për praktikat seksuale të kërkuesit
    .opt-b = Pyetjet e hapura se si kërkuesi u bë i vetëdijshëm për orientimin e vet
    .opt-c = Pranimi i „testeve“ ose i filmimeve të akteve seksuale si provë
    .opt-d = Marrja e deklaratave të vetë kërkuesit si pikënisje e vlerësimit
    .opt-e = Vlerësimi i bazuar vetëm në nocione stereotipe për homoseksualët
    .feedback = Gjykata vendosi se e drejta e BE-së nuk lejon një vlerësim të bazuar vetëm në pyetje që mbështeten në nocione stereotipe, pyetje të hollësishme për praktikat seksuale dhe prova si kryerja e akteve seksuale, „testet“ ose filmimet, sepse këto cenojnë dinjitetin njerëzor dhe të drejtën për jetë private. Deklaratat e kërkuesit janë pikënisja e vlerësimit, dhe deklarimi i vonuar në vetvete nuk provon mungesë besueshmërie.
    .opt-b-feedback = Pyetjet e hapura dhe të ndjeshme për përvojën e vetë kërkuesit me identitetin e tij ose të saj rekomandohen nga Udhëzimet nr. 9 të UNHCR-së; Gjykata nuk i përjashtoi ato.
    .opt-d-feedback = Gjykata nuk e përjashtoi këtë: ajo tha se deklaratat e kërkuesit janë thjesht pikënisja e vlerësimit dhe mund të kenë nevojë për konfirmim.

q-refugee-definition-article = Cila dispozitë e Konventës së vitit 1951 për statusin e refugjatëve përmban përkufizimin e refugjatit, përfshirë pesë shkaqet e persekutimit?
    .opt-a = Neni 1A, paragrafi 2
    .opt-b = Neni 1F
    .opt-c = Neni 31
    .opt-d = Neni 33, paragrafi 1
    .feedback = Neni 1A, paragrafi 2 e përkufizon refugjatin si person i cili, për shkak të një frike të bazuar se do të persekutohet për shkak të racës, fesë, kombësisë, përkatësisë në një grup të veçantë shoqëror ose mendimit politik, ndodhet jashtë vendit të shtetësisë së vet dhe nuk mund ose, për shkak të kësaj frike, nuk dëshiron të kërkojë mbrojtjen e atij vendi. Seksi dhe gjinia nuk përmenden, por Udhëzimet nr. 1 të UNHCR-së (2002) konfirmojnë se përkufizimi, i interpretuar drejt, mbulon kërkesat e lidhura me gjininë.
    .opt-b-feedback = Neni 1F është klauzola e përjashtimit: Konventa nuk zbatohet për një person për të cilin ka arsye serioze për të menduar se ka kryer një krim kundër paqes, një krim lufte ose një krim kundër njerëzimit, një krim të rëndë jopolitik jashtë vendit të strehimit para pranimit në të, ose veprime në kundërshtim me qëllimet dhe parimet e Kombeve të Bashkuara.
    .opt-c-feedback = Neni 31 ka të bëjë me refugjatët që ndodhen në mënyrë të paligjshme në vendin e strehimit: shtetet nuk duhet të vendosin ndëshkime për shkak të hyrjes ose pranisë së paligjshme ndaj refugjatëve që vijnë drejtpërdrejt nga një territor ku jeta ose liria e tyre ishte e kërcënuar, me kusht që të paraqiten pa vonesë te autoritetet dhe të japin arsye të vlefshme.
    .opt-d-feedback = Neni 33, paragrafi 1 ndalon dëbimin ose kthimin (non-refoulement): asnjë shtet nuk mund ta dëbojë ose ta kthejë një refugjat në kufijtë e territoreve ku jeta ose liria e tij apo e saj do të kërcënohej për shkak të racës, fesë, kombësisë, përkatësisë në një grup të veçantë shoqëror ose mendimit politik. Ai i përsërit pesë shkaqet, por nuk përcakton se kush është refugjat.

## Kategoria: procedurat

q-same-sex-interviewer = Sipas nenit 15(3)(b) të Direktivës së BE-së për procedurat e azilit 2013/32/BE (e zbatueshme deri më 11 qershor 2026), kur duhej të siguronin shtetet anëtare, kurdo që ishte e mundur, që intervista personale të zhvillohej nga një person i të njëjtit seks me kërkuesin?
    .opt-a = Kur kërkuesi e kërkon këtë, përveç kur kërkesa e tij nuk lidhet me vështirësi në paraqitjen e shkaqeve të kërkesës për azil
    .opt-b = Vetëm kur kërkuesi është fëmijë i pashoqëruar dhe kërkesën e ka bërë kujdestari në emër të fëmijës
    .opt-c = Në çdo rast, automatikisht, pavarësisht nëse kërkuesi ka bërë ndonjë kërkesë
    .opt-d = Vetëm kur kërkuesi paraqet një raport mjekësor që tregon se vuan nga trauma
    .feedback = Neni 15(3)(b) u kërkon shteteve anëtare që, kurdo që është e mundur, të parashikojnë që intervista të zhvillohet nga një person i të njëjtit seks, nëse kërkuesi e kërkon këtë, përveç kur autoriteti përcaktues ka arsye të besojë se kërkesa bazohet në arsye që nuk lidhen me vështirësitë e kërkuesit për të paraqitur plotësisht shkaqet e kërkesës për azil. Rregullorja për Procedurën e Azilit (BE) 2024/1348, e cila e ka zëvendësuar Direktivën që nga 12 qershori 2026, e ruan këtë qasje: kur kërkuesi e kërkon dhe kur është e mundur, intervistuesit dhe përkthyesit duhet të jenë të seksit që preferon kërkuesi (konsiderata 21).
    .opt-c-feedback = Sipas nenit 15(3)(b), garancia varet nga kërkesa e kërkuesit. Udhëzimet nr. 1 të UNHCR-së (paragrafi 36(iii)) shkojnë më tej si praktikë e mirë: kërkuesit duhet të informohen se mund të zgjedhin një intervistues dhe një përkthyes të të njëjtit seks, dhe për gratë kërkuese këta duhet të sigurohen automatikisht.
    .opt-d-feedback = Nuk kërkohet asnjë provë mjekësore. Mjafton vetë kërkesa, përveç kur autoriteti përcaktues ka arsye të besojë se kërkesa bazohet në arsye që nuk lidhen me vështirësitë në paraqitjen e shkaqeve të kërkesës për azil.

q-same-sex-interpreter = Sipas së drejtës së BE-së për procedurën e azilit (Direktiva 2013/32/BE deri më 11 qershor 2026 dhe Rregullorja (BE) 2024/1348 nga 12 qershori 2026), kërkuesi mund të kërkojë një përkthyes të të njëjtit seks, i cili duhet t'i sigurohet kurdo që është e mundur.
    .feedback = E vërtetë. Neni 15(3)(c) i Direktivës 2013/32/BE u kërkonte shteteve anëtare të zgjedhin një përkthyes që mund të sigurojë komunikim të përshtatshëm dhe, kurdo që është e mundur, të sigurojnë një përkthyes të të njëjtit seks nëse kërkuesi e kërkon këtë, përveç kur autoriteti përcaktues ka arsye të besojë se kërkesa bazohet në arsye që nuk lidhen me vështirësitë në paraqitjen e shkaqeve të kërkesës për azil. Udhëzimet nr. 1 të UNHCR-së (2002) rekomandojnë intervistues dhe përkthyes të të njëjtit seks për gratë kërkuese. Rregullorja (BE) 2024/1348 e ruan këtë: kur kërkuesi e kërkon dhe kur është e mundur, përkthyesit duhet të jenë të seksit që preferon kërkuesi (konsiderata 21), dhe në intervistë duhet të jetë i pranishëm një përkthyes që mund të sigurojë komunikim të përshtatshëm (neni 13(5)).

q-separate-interview = Një grua kërkon azil së bashku me bashkëshortin e saj. Cila është arsyeja kryesore, nga pikëpamja e mbrojtjes, për t'i ofruar asaj një intervistë personale të veçantë dhe konfidenciale?
    .opt-a = Autoriteti duhet ta krahasojë rrëfimin e saj me atë të bashkëshortit për të zbuluar mospërputhjet
    .opt-b = Ajo mund të ketë shkaqet e veta për mbrojtje, si persekutimi i lidhur me gjininë, që nuk mund t'i tregojë para familjarëve
    .opt-c = E drejta e BE-së nuk lejon që burri dhe gruaja të mbulohen nga një kërkesë e vetme për mbrojtje ndërkombëtare
    .opt-d = Intervista e veçantë kërkohet vetëm kur burri dhe gruaja flasin gjuhë të ndryshme
    .feedback = Gratë mund të kenë pësuar persekutim, përfshirë dhunë seksuale, për të cilin nuk mund të flasin para bashkëshortit ose të afërmve të tjerë, dhe mund të kenë kërkesën e tyre më vete. Neni 14(1) i Direktivës 2013/32/BE i jepte çdo të rrituri në ngarkim mundësinë e një interviste personale, dhe neni 15(1) parashikonte që intervista zakonisht zhvillohet pa praninë e anëtarëve të familjes. Udhëzimet nr. 1 të UNHCR-së (2002) dhe Rekomandimi i përgjithshëm nr. 32 (2014) i Komitetit CEDAW kërkojnë gjithashtu që gratë të intervistohen veçmas. Konsiderata 21 e Rregullores (BE) 2024/1348, e zbatueshme që nga 12 qershori 2026, thotë se kërkuesve duhet t'u jepet një mundësi efektive për t'u intervistuar veçmas nga bashkëshortët, partnerët ose anëtarët e tjerë të familjes.
    .opt-a-feedback = Krahasimi i rrëfimeve nuk është qëllimi i kësaj garancie. Intervista e veçantë ekziston që ajo të mund të paraqesë shkaqet e veta në mënyrë të sigurt.
    .opt-c-feedback = E drejta e BE-së lejon që një kërkesë të paraqitet në emër të personave në ngarkim; ajo që kërkon është që çdo i rritur në ngarkim të ketë mundësinë e një interviste personale (neni 14(1)).

q-survivor-centred = Cili grup parimesh udhëheqëse qëndron në themel të qasjes së përqendruar te personi i mbijetuar ndaj dhunës me bazë gjinore në kontekste humanitare dhe zhvendosjeje?
    .opt-a = Siguria, konfidencialiteti, respekti dhe mosdiskriminimi
    .opt-b = Shpejtësia, mbledhja e provave, ndërmjetësimi dhe pajtimi
    .opt-c = Raportimi i detyrueshëm, pëlqimi i familjes, diskrecioni dhe kthimi
    .opt-d = Neutraliteti, paanshmëria, pavarësia dhe humanizmi
    .feedback = Udhëzimet ndëragjencore për dhunën me bazë gjinore në emergjenca (Udhëzimet e IASC-së të viteve 2005 dhe 2015) përmendin katër parime udhëheqëse për punën me të mbijetuarit: sigurinë e të mbijetuarës, konfidencialitetin, respektin për dëshirat, të drejtat dhe dinjitetin e saj, dhe mosdiskriminimin. E mbijetuara vendos se cilat shërbime do të përdorë, dhe informacioni për të, si rregull, ndahet vetëm me pëlqimin e saj të informuar.
    .opt-b-feedback = Ndërmjetësimi ose pajtimi ndërmjet të mbijetuarës dhe autorit të dhunës mund ta ekspozojë të mbijetuarën ndaj dëmtimit dhe presionit të mëtejshëm; ai nuk është parim i qasjes së përqendruar te personi i mbijetuar.
    .opt-d-feedback = Këto janë parimet e përgjithshme humanitare që udhëheqin çdo veprim humanitar. Ato nuk janë parimet specifike për punën me të mbijetuarit e dhunës me bazë gjinore.

q-reception-gbv = Neni 18 i Direktivës së BE-së për kushtet e pritjes 2013/33/BE (e zbatueshme deri më 11 qershor 2026) përcaktonte rregulla për strehimin e kërkuesve. Cilat nga detyrimet e mëposhtme përmbante ajo Direktivë? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Të merren parasysh shqetësimet specifike gjinore dhe të moshës në qendrat e akomodimit
    .opt-b = Të merren masa për parandalimin e sulmeve dhe të dhunës me bazë gjinore, përfshirë sulmet dhe ngacmimet seksuale
    .opt-c = Gratë dhe burrat të mos strehohen kurrë në ndërtesa të veçanta, sepse kjo do të ishte diskriminuese
    .opt-d = Viktimës së një sulmi t'i jepet kujdes mjekësor vetëm pasi ta ketë kallëzuar sulmin në polici
    .feedback = Neni 18(3) u kërkon shteteve anëtare të marrin parasysh shqetësimet specifike gjinore dhe të moshës, si dhe situatën e personave të cenueshëm në qendrat e akomodimit, dhe neni 18(4) kërkon masa të përshtatshme për parandalimin e sulmeve dhe të dhunës me bazë gjinore, përfshirë sulmet dhe ngacmimet seksuale. Neni 25(1) kërkon trajtimin e nevojshëm mjekësor dhe psikologjik për personat që kanë qenë viktima të përdhunimit ose të akteve të tjera të rënda të dhunës, pa asnjë kusht për kallëzim në polici. Direktiva (BE) 2024/1346, e cila zëvendësoi Direktivën 2013/33/BE nga 12 qershori 2026, i ruan këto masa mbrojtëse në rregullat e saj për strehimin (neni 20).
    .opt-c-feedback = Direktiva nuk i ndalon ambientet e veçanta; akomodimi i veçantë dhe i sigurt mund të jetë një mënyrë për t'iu përgjigjur shqetësimeve specifike gjinore.
    .opt-d-feedback = Qasja në trajtim sipas nenit 25(1) nuk varet nga kallëzimi në polici. Nëse kujdesi kushtëzohet me kallëzimin, të mbijetuarat do të dekurajoheshin të kërkojnë ndihmë.

q-interview-stages = Renditni fazat e një interviste personale për azil të ndjeshme ndaj gjinisë sipas radhës së rekomanduar nga udhëzuesi praktik i EUAA-s (ish-EASO) për intervistën personale.
    .item-prepare = Studimi i dosjes dhe caktimi i një intervistuesi dhe një përkthyesi të seksit që ka kërkuar kërkuesja
    .item-open = Prezantimi i të gjithë të pranishmëve dhe shpjegimi i qëllimit të intervistës dhe i rregullave të konfidencialitetit
    .item-narrative = Ftesa drejtuar kërkueses për të bërë një rrëfim të lirë të arsyeve të kërkesës së saj
    .item-clarify = Bërja e pyetjeve specifike për të sqaruar boshllëqet, detajet që mungojnë dhe mospërputhjet
    .item-close = Dhënia e mundësisë kërkueses për të shtuar ose korrigjuar informacion dhe shpjegimi i hapave të mëtejshëm
    .feedback = Udhëzuesi praktik i EASO-s (tani EUAA) për intervistën personale ndjek pesë faza: përgatitjen, hapjen e intervistës dhe dhënien e informacionit, zhvillimin e intervistës, shqyrtimin e thelbit të kërkesës dhe mbylljen e intervistës me veprimet pas saj. Një rrëfim i lirë para pyetjeve specifike i lejon kërkueses ta tregojë historinë e saj me fjalët e veta dhe zvogëlon ndikimin e supozimeve të intervistuesit.

q-separated-child = Një vajzë 15-vjeçare mbërrin pa prindërit e saj. Ajo udhëton me tezen e saj, e cila është madhore. Si klasifikohet ajo sipas Komentit të përgjithshëm nr. 6 (2005) të Komitetit për të Drejtat e Fëmijës?
    .opt-a = Si fëmijë i pashoqëruar
    .opt-b = Si fëmijë i shoqëruar pa nevoja specifike mbrojtjeje
    .opt-c = Si fëmijë i ndarë
    .opt-d = Si e rritur për qëllime të procedurës së azilit
    .feedback = Komenti i përgjithshëm nr. 6 (paragrafët 7-8) i përkufizon fëmijët e pashoqëruar si fëmijë të ndarë nga të dy prindërit dhe nga të afërmit e tjerë, për të cilët nuk kujdeset asnjë i rritur që, sipas ligjit ose zakonit, është përgjegjës për këtë. Fëmijët e ndarë janë të ndarë nga të dy prindërit ose nga kujdestari i tyre kryesor i mëparshëm ligjor ose zakonor, por jo domosdoshmërisht nga të afërmit e tjerë, prandaj mund të jenë të shoqëruar nga anëtarë të tjerë të rritur të familjes. Marrëdhënia me të rriturin shoqërues duhet gjithsesi të verifikohet, sepse vajzat e ndara mund të jenë në rrezik trafikimi, shfrytëzimi ose martese të detyruar. Kini parasysh se e drejta e BE-së për azilin përdor një kriter tjetër: një fëmijë është i pashoqëruar nëse nuk shoqërohet nga një i rritur që është përgjegjës për të sipas ligjit ose praktikës së shtetit anëtar përkatës, prandaj autoritetet kombëtare mund ta trajtojnë të njëjtën vajzë si të mitur të pashoqëruar dhe t'i caktojnë një përfaqësues.
    .opt-a-feedback = Ajo nuk është e pashoqëruar, sepse për të kujdeset një e afërme e rritur. Megjithatë, ajo është e ndarë nga prindërit dhe ka ende nevojë për masa mbrojtjeje.
    .opt-b-feedback = Fëmijët e ndarë janë grup me nevoja specifike mbrojtjeje sipas Komentit të përgjithshëm nr. 6, edhe kur është i pranishëm një i afërm.
    .opt-d-feedback = Sipas nenit 1 të Konventës për të Drejtat e Fëmijës, fëmijë është çdo qenie njerëzore nën moshën 18 vjeç.

q-guardian-timing = Sipas Komentit të përgjithshëm nr. 6 (2005) të Komitetit për të Drejtat e Fëmijës, një kujdestar për një vajzë të pashoqëruar duhet të caktohet vetëm pas vendimit për kërkesën e saj për azil.
    .feedback = E gabuar. Paragrafi 33 i Komentit të përgjithshëm nr. 6 thotë se një kujdestar ose këshilltar duhet të caktohet sapo fëmija i pashoqëruar ose i ndarë identifikohet, dhe duhet të mbetet në detyrë derisa fëmija të arrijë moshën madhore ose të largohet përgjithmonë nga territori. Neni 25(1)(a) i Direktivës 2013/32/BE (e zbatueshme deri më 11 qershor 2026) kërkonte gjithashtu masa sa më shpejt të jetë e mundur për të siguruar që një përfaqësues ta përfaqësojë dhe ta ndihmojë të miturin e pashoqëruar. Instrumentet e Paktit që e zëvendësuan e ruajnë detyrimin për t'i caktuar fëmijës së pashoqëruar një përfaqësues sa më shpejt të jetë e mundur. Caktimi i hershëm ndihmon në mbrojtjen e vajzave nga trafikimi, shfrytëzimi dhe abuzimi.

q-interview-conditions = Plotësoni rregullat për kushtet e intervistës personale në nenin 15 të Direktivës së BE-së për procedurat e azilit 2013/32/BE (e zbatueshme deri më 11 qershor 2026).
    .text = Intervista personale zhvillohet zakonisht pa praninë e { $g1 }, dhe zhvillohet në kushte që sigurojnë siç duhet { $g2 }.
    .opt-g1a = një përkthyesi
    .opt-g1b = anëtarëve të familjes
    .opt-g1c = një këshilltari ligjor
    .opt-g2a = publicitetin
    .opt-g2b = shpejtësinë
    .opt-g2c = konfidencialitetin
    .feedback = Neni 15(1) parashikon që intervista personale zakonisht zhvillohet pa praninë e anëtarëve të familjes, përveç kur autoriteti përcaktues e konsideron praninë e tyre të nevojshme për një shqyrtim të përshtatshëm. Neni 15(2) kërkon kushte që sigurojnë konfidencialitetin e duhur. Këto rregulla i ndihmojnë gratë, dhe veçanërisht të mbijetuarat e dhunës seksuale, të flasin lirisht. Përkthyesi zakonisht është i pranishëm, dhe neni 23(3) i lejon kërkuesit të sjellë një këshilltar ligjor. Rregullorja (BE) 2024/1348, e zbatueshme që nga 12 qershori 2026, e ruan kërkesën për kushte që sigurojnë privatësinë dhe konfidencialitetin e duhur (neni 13(3)) dhe mundësinë për t'u intervistuar veçmas nga anëtarët e familjes (konsiderata 21).

## Kategoria: puna dhe trafikimi

q-trafficking-elements = Neni 3(a) i Protokollit të OKB-së për trafikimin e personave (2000) e përkufizon trafikimin përmes tre elementeve. Lidhni secilin element me një shembull.
    .left-act = Veprimi
    .left-means = Mjetet
    .left-purpose = Qëllimi
    .right-recruit = Rekrutimi, transportimi ose strehimi i një gruaje
    .right-deceive = Mashtrimi i saj ose abuzimi me pozitën e saj të cenueshme
    .right-exploit = Puna e detyruar ose shfrytëzimi seksual
    .right-border = Kalimi i kufirit pa vizë ose pasaportë të vlefshme
    .feedback = Protokolli e përkufizon trafikimin si një veprim (rekrutimi, transportimi, transferimi, strehimi ose pritja e personave), i kryer me mjete të caktuara (kërcënimi ose përdorimi i forcës, shtrëngimi, rrëmbimi, mashtrimi, hileja, abuzimi me pushtetin ose me pozitën e cenueshme, ose dhënia apo marrja e pagesave ose e përfitimeve për të marrë pëlqimin e një personi që ka kontroll mbi një person tjetër), me qëllim shfrytëzimi (të paktën shfrytëzimi i prostitucionit të të tjerëve ose forma të tjera të shfrytëzimit seksual, puna ose shërbimet e detyruara, skllavëria ose praktika të ngjashme me të, robëria ose heqja e organeve). Kalimi i parregullt i kufirit nuk është element i trafikimit; sigurimi i hyrjes së paligjshme për një përfitim financiar ose material tjetër është kontrabandim i migrantëve sipas Protokollit të veçantë për kontrabandimin e migrantëve.

q-child-trafficking-means = Sipas nenit 3(c) të Protokollit të OKB-së për trafikimin e personave (2000), rekrutimi i një vajze 16-vjeçare me qëllim shfrytëzimi është trafikim edhe nëse nuk është përdorur asnjë mjet, si forca ose mashtrimi.
    .feedback = E vërtetë. Neni 3(c) parashikon që rekrutimi, transportimi, transferimi, strehimi ose pritja e një fëmije me qëllim shfrytëzimi është trafikim i personave edhe nëse nuk përfshin asnjë nga mjetet e parashikuara në nenin 3(a). Sipas nenit 3(d), fëmijë është çdo person nën moshën 18 vjeç.

q-consent-irrelevant = Një grua pranoi të punonte jashtë vendit si kameriere. Kur mbërriti, punëdhënësi ia mori pasaportën dhe e detyroi të prostituohej për të shlyer një „borxh“. Cili është efekti juridik i pëlqimit të saj fillestar për të udhëtuar dhe për të punuar?
    .opt-a = Pëlqimi i saj e bën atë migrante të kontrabanduar dhe jo viktimë trafikimi
    .opt-b = Pëlqimi i saj do të thotë se trafikimi mund të provohet vetëm nëse ajo është detyruar fizikisht
    .opt-c = Pëlqimi i saj e bën atë përgjegjëse për punë pa leje
    .opt-d = Pëlqimi i saj është i parëndësishëm, sepse janë përdorur mashtrimi dhe shtrëngimi
    .feedback = Sipas nenit 3(b) të Protokollit për trafikimin e personave, pëlqimi i viktimës për shfrytëzimin e synuar është i parëndësishëm kur është përdorur ndonjë nga mjetet e nenit 3(a). Mashtrimi për punën, skllavëria për borxh dhe konfiskimi i pasaportës së saj tregojnë trafikim. Neni 26 i Konventës së Këshillit të Evropës për veprimin kundër trafikimit të qenieve njerëzore (2005) u kërkon palëve të parashikojnë mundësinë e mosndëshkimit të viktimave për përfshirjen e tyre në veprimtari të paligjshme, në masën që ato janë detyruar ta bëjnë këtë.
    .opt-a-feedback = Kontrabandimi ka të bëjë me sigurimin e hyrjes së paligjshme për përfitim dhe zakonisht përfundon me mbërritjen. Këtu qëllimi ishte shfrytëzimi, gjë që e bën rastin trafikim.
    .opt-b-feedback = Forca fizike është vetëm një nga mjetet e mundshme. Mjaftojnë mashtrimi, abuzimi me pozitën e cenueshme dhe skllavëria për borxh.
    .opt-c-feedback = Parimi i mosndëshkimit (neni 26 i Konventës së Këshillit të Evropës) i mbron viktimat nga ndëshkimi për vepra të paligjshme që janë detyruar të kryejnë.

q-greta = Cili grup ekspertësh të pavarur monitoron zbatimin e Konventës së Këshillit të Evropës për veprimin kundër trafikimit të qenieve njerëzore (2005)? Shkruani akronimin e tij.
    .feedback = GRETA, Grupi i Ekspertëve për Veprimin kundër Trafikimit të Qenieve Njerëzore, është krijuar me nenin 36 të Konventës (CETS nr. 197). Ai i vlerëson palët në raunde të njëpasnjëshme dhe publikon raporte për vendet, përfshirë për identifikimin dhe ndihmën ndaj grave dhe vajzave viktima të trafikimit.

q-reflection-period = Sipas nenit 13 të Konventës së Këshillit të Evropës për veprimin kundër trafikimit të qenieve njerëzore (2005), sa është kohëzgjatja minimale, në ditë, e periudhës së rimëkëmbjes dhe reflektimit për një viktimë të supozuar?
    .feedback = Neni 13(1) u kërkon palëve të parashikojnë në legjislacionin e tyre të brendshëm një periudhë rimëkëmbjeje dhe reflektimi prej të paktën 30 ditësh, kur ka arsye të bazuara për të besuar se personi është viktimë. Gjatë kësaj periudhe nuk mund të ekzekutohet asnjë urdhër dëbimi ndaj personit, dhe ai ka të drejtë për ndihmën e parashikuar në nenin 12. Periudha i lejon viktimës të rimëkëmbet, t'i shpëtojë ndikimit të trafikantëve dhe të marrë një vendim të informuar për bashkëpunimin me autoritetet.

q-c189-rights = Cilat nga sa vijon u garanton punëtorëve shtëpiakë Konventa nr. 189 e ILO-s për punëtorët shtëpiakë (2011)? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Të mbajnë vetë dokumentet e tyre të udhëtimit dhe të identitetit
    .opt-b = Të bien dakord lirisht me punëdhënësin nëse do të banojnë apo jo në shtëpinë ku punojnë
    .opt-c = Punëdhënësi mund t'ua mbajë pagat deri në fund të kontratës si garanci
    .opt-d = Të mos detyrohen të qëndrojnë në shtëpinë ku punojnë gjatë pushimeve ose lejeve
    .opt-e = Punëtorët shtëpiakë migrantë marrin kontratë me shkrim vetëm pasi mbërrijnë
    .feedback = Neni 9 i Konventës nr. 189 kërkon masa që punëtorët shtëpiakë të jenë të lirë të bien dakord me punëdhënësin nëse do të banojnë në shtëpinë ku punojnë, të mos detyrohen të qëndrojnë në atë shtëpi ose me anëtarët e familjes gjatë pushimit ditor dhe javor ose lejes vjetore, dhe të kenë të drejtë t'i mbajnë vetë dokumentet e udhëtimit dhe të identitetit. Neni 12(1) kërkon pagesë në intervale të rregullta, të paktën një herë në muaj. Neni 8(1) kërkon që punëtorët shtëpiakë migrantë, të rekrutuar në një vend për të punuar në një vend tjetër, të marrin një ofertë pune ose kontratë me shkrim, të zbatueshme në vendin e punës, para se të kalojnë kufirin kombëtar. Preambula vëren se puna shtëpiake kryhet kryesisht nga gra dhe vajza, shumë prej të cilave janë migrante.
    .opt-c-feedback = Neni 12(1) kërkon që punëtorët shtëpiakë të paguhen drejtpërdrejt në intervale të rregullta, të paktën një herë në muaj. Mbajtja e pagave është gjithashtu tregues i punës së detyruar.
    .opt-e-feedback = Neni 8(1) kërkon që oferta e punës ose kontrata me shkrim të merret para kalimit të kufirit kombëtar.

q-c189-weekly-rest = Sipas nenit 10(2) të Konventës nr. 189 të ILO-s për punëtorët shtëpiakë (2011), pushimi javor i punëtorëve shtëpiakë duhet të jetë të paktën sa orë të njëpasnjëshme?
    .feedback = Neni 10(2) parashikon që pushimi javor duhet të jetë të paktën 24 orë të njëpasnjëshme. Neni 10(1) kërkon masa për trajtim të barabartë ndërmjet punëtorëve shtëpiakë dhe punëtorëve në përgjithësi në lidhje me orarin e punës, kompensimin e orëve shtesë, pushimin ditor dhe javor dhe lejen vjetore të paguar, dhe neni 10(3) e konsideron kohën në dispozicion të familjes si kohë pune në masën e përcaktuar nga legjislacioni kombëtar. Punëtorët shtëpiakë migrantë që banojnë në shtëpinë ku punojnë, shumica e të cilëve janë gra, janë veçanërisht të ekspozuar ndaj orarit të tepërt të punës.

q-gr26-bans = Disa vende origjine ndalojnë ose kufizojnë emigrimin e grave për punë shtëpiake, me qëllim që t'i mbrojnë ato. Çfarë u rekomandon këtyre vendeve Rekomandimi i përgjithshëm nr. 26 (2008) i Komitetit CEDAW?
    .opt-a = T'u kërkojnë grave të marrin leje nga një kujdestar mashkull para se të largohen nga vendi
    .opt-b = T'i shfuqizojnë ndalimet specifike sipas seksit dhe kufizimet diskriminuese për migrimin e grave
    .opt-c = T'u lejojnë grave të migrojnë për punë vetëm si persona në ngarkim të punëtorëve migrantë meshkuj
    .opt-d = T'i mbajnë ndalimet në fuqi derisa të gjitha vendet e destinacionit të ratifikojnë Konventën nr. 189 të ILO-s
    .feedback = Rekomandimi i përgjithshëm nr. 26 u rekomandon vendeve të origjinës të shfuqizojnë ndalimet specifike sipas seksit dhe kufizimet diskriminuese për migrimin e grave në bazë të moshës, gjendjes martesore, shtatzënisë ose amësisë, dhe të heqin kërkesat që gratë të marrin leje nga bashkëshorti ose nga një kujdestar mashkull për të marrë pasaportë ose për të udhëtuar. Ndalimet nuk i heqin arsyet e migrimit dhe mund t'i shtyjnë gratë drejt kanaleve të parregullta dhe më të rrezikshme.
    .opt-a-feedback = Rekomandimi i përgjithshëm nr. 26 kërkon shprehimisht heqjen e detyrimit për leje nga bashkëshorti ose nga një kujdestar mashkull.
    .opt-d-feedback = Detyrimet sipas Konventës CEDAW zbatohen drejtpërdrejt për çdo shtet palë; ato nuk varen nga ajo që ratifikojnë shtetet e tjera.

q-sdg-remittance-cost = Synimi 10.c i Objektivave të Zhvillimit të Qëndrueshëm synon që deri në vitin 2030 kostot e transaksioneve të remitancave të migrantëve të ulen në më pak se sa për qind? Shkruani një numër.
    .feedback = Synimi 10.c i Agjendës 2030 (A/RES/70/1) thotë: deri në vitin 2030, të ulen në më pak se 3 për qind kostot e transaksioneve të remitancave të migrantëve dhe të eliminohen korridoret e remitancave me kosto më të larta se 5 për qind. Objektivi 20 i Paktit Global për Migracionin i angazhon shtetet për transferim më të shpejtë, më të sigurt dhe më të lirë të remitancave dhe për përfshirjen financiare të migrantëve.
