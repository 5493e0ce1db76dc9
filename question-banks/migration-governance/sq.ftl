course-title = Qeverisja globale dhe rajonale e migracionit
course-description = Korniza juridike ndërkombëtare për refugjatët dhe migrantët, dy paktet globale, aktorët kryesorë ndërkombëtarë dhe të BE-së, si dhe qeverisja e migracionit nga BE-ja dhe në nivel rajonal në Ballkanin Perëndimor.

quiz-migration-governance-final = Vlerësimi përfundimtar
    .description = Njëzet pyetje nga të pesë pjesët e kursit. Keni 30 minuta dhe ju duhen 60 për qind për të kaluar.

## Kategoria: instrumentet

q-refugee-definition-grounds = Cilat nga të mëposhtmet janë shkaqe persekutimi të përmendura në përkufizimin e refugjatit në nenin 1A(2) të Konventës së vitit 1951 për statusin e refugjatëve? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Raca
    .opt-b = Dhuna e përgjithësuar në vendin e origjinës
    .opt-c = Varfëria ekstreme
    .opt-d = Përkatësia në një grup të veçantë shoqëror
    .opt-e = Mendimi politik
    .opt-f = Një fatkeqësi natyrore
    .feedback = Neni 1A(2) i Konventës së vitit 1951 përmend pesë shkaqe: racën, fenë, kombësinë, përkatësinë në një grup të veçantë shoqëror dhe mendimin politik. Frika e bazuar nga persekutimi duhet të lidhet të paktën me njërin prej tyre.
    .opt-b-feedback = Dhuna e përgjithësuar nuk është shkak sipas Konventës. Personat që ikin prej saj mund të mbrohen nga instrumente rajonale, si Konventa e OUA-së e vitit 1969 për refugjatët, ose me mbrojtje plotësuese sipas së drejtës së BE-së.
    .opt-c-feedback = Varfëria në vetvete nuk është shkak persekutimi sipas nenit 1A(2), megjithëse diskriminimi në qasjen te mjetet e jetesës mund të përbëjë persekutim kur lidhet me një nga shkaqet e Konventës.
    .opt-f-feedback = Fatkeqësitë natyrore nuk janë shkak sipas Konventës. Personat e zhvendosur nga fatkeqësitë trajtohen në korniza të tjera, për shembull në objektivin 2 të Paktit Global për Migracionin (GCM) dhe në Agjendën e Mbrojtjes të Iniciativës Nansen.

q-protocol-1967-effect = Cili ishte efekti kryesor juridik i Protokollit të vitit 1967 për statusin e refugjatëve?
    .opt-a = Hoqi kufizimin kohor që e lidhte përkufizimin e refugjatit me ngjarjet e ndodhura para 1 janarit 1951.
    .opt-b = Themeloi UNHCR-në dhe përcaktoi mandatin e Komisionerit të Lartë.
    .opt-c = Shtoi shkaqe të reja persekutimi në përkufizimin e refugjatit.
    .opt-d = Futi parimin e moskthimit (non-refoulement) në të drejtën ndërkombëtare.
    .feedback = Neni I(2) i Protokollit të vitit 1967 e zbaton përkufizimin e refugjatit pa fjalët „si rezultat i ngjarjeve të ndodhura para 1 janarit 1951“. Neni I(3) heq gjithashtu kufizimin gjeografik fakultativ, me përjashtim të deklaratave të bëra tashmë nga shtetet palë ekzistuese.
    .opt-b-feedback = UNHCR-ja ekzistonte tashmë: Asambleja e Përgjithshme vendosi ta themelonte me rezolutën 319 (IV) të vitit 1949 dhe miratoi Statutin e saj me rezolutën 428 (V) të 14 dhjetorit 1950. Ajo filloi punën më 1 janar 1951.
    .opt-c-feedback = Protokolli nuk i ndryshoi pesë shkaqet e Konventës në nenin 1A(2).
    .opt-d-feedback = Parimi i moskthimit ishte parashikuar tashmë në nenin 33 të Konventës së vitit 1951.

q-cat-article3-absolute = Sipas nenit 3 të Konventës së OKB-së kundër torturës, një shtet mund ta kthejë një person në një vend ku ka baza të forta për të besuar se ai do të torturohej, nëse personi përbën rrezik për sigurinë kombëtare.
    .feedback = E gabuar. Ndalimi i kthimit drejt torturës në nenin 3 të Konventës kundër torturës nuk ka përjashtime. Komiteti kundër Torturës konfirmon në Komentin e përgjithshëm nr. 4 (2017), paragrafi 9, se ky ndalim është absolut. Në këtë pikë ai ndryshon nga neni 33(2) i Konventës së vitit 1951 për statusin e refugjatëve, i cili lejon përjashtime.

q-echr-article3-cases = Lidhni secilin vendim të Gjykatës Evropiane të të Drejtave të Njeriut me situatën që ai trajtonte.
    .left-soering = Soering kundër Mbretërisë së Bashkuar (1989)
    .left-chahal = Chahal kundër Mbretërisë së Bashkuar (1996)
    .left-mss = M.S.S. kundër Belgjikës dhe Greqisë (2011)
    .left-hirsi = Hirsi Jamaa dhe të tjerët kundër Italisë (2012)
    .right-extradition = Ekstradimi në një shtet ku kërkuesi rrezikonte dënimin me vdekje dhe vite të gjata në pritje të ekzekutimit
    .right-security = Dëbimi i një personi që konsiderohej kërcënim për sigurinë kombëtare
    .right-dublin = Transferimi i një kërkuesi azili sipas sistemit të Dublinit në një shtet me mangësi serioze në procedurat e azilit dhe në pritje
    .right-highseas = Interceptimi i migrantëve në det të hapur dhe kthimi i tyre në Libi pa shqyrtim individual
    .right-family = Ndalimi i një familjeje me fëmijë të vegjël në një qendër të mbyllur për migrantët
    .feedback = Të katër vendimet kanë të bëjnë me nenin 3 të Konventës Evropiane për të Drejtat e Njeriut (KEDNJ). Soering përcaktoi se largimi i një personi mund të angazhojë përgjegjësinë e shtetit që e largon. Chahal konfirmoi se mbrojtja është absolute, pavarësisht nga sjellja e personit. Në M.S.S., Gjykata konstatoi se transferimi sipas Dublinit në Greqi shkelte nenin 3. Në Hirsi Jamaa, ajo konstatoi shkelje të nenit 3 dhe të nenit 4 të Protokollit nr. 4 (dëbim kolektiv) për kthimet nga deti i hapur.

q-iccpr-leave-enter = Neni 12 i Paktit Ndërkombëtar për të Drejtat Civile dhe Politike (PNDCP) i garanton çdokujt të drejtën të largohet nga çdo vend, por të drejtën e hyrjes e garanton vetëm në vendin e vet.
    .feedback = E vërtetë. Neni 12(2) i PNDCP-së parashikon se çdokush është i lirë të largohet nga çdo vend, përfshirë vendin e vet. Neni 12(4) mbron vetëm të drejtën e hyrjes në vendin e vet. Komiteti i të Drejtave të Njeriut, në Komentin e përgjithshëm nr. 27 (1999), e interpreton „vendin e vet“ më gjerësisht se vendin e shtetësisë, por nuk ekziston një e drejtë e përgjithshme për të hyrë në një shtet tjetër.

q-instruments-chronology = Renditni këto instrumente sipas radhës në të cilën u miratuan ose u nënshkruan, nga më i hershmi te më i fundit.
    .item-echr = Konventa Evropiane për të Drejtat e Njeriut
    .item-refugee = Konventa për statusin e refugjatëve
    .item-iccpr = Pakti Ndërkombëtar për të Drejtat Civile dhe Politike
    .item-cat = Konventa e OKB-së kundër torturës
    .item-icrmw = Konventa Ndërkombëtare për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe Anëtarëve të Familjeve të Tyre
    .feedback = KEDNJ-ja u nënshkrua në Romë më 4 nëntor 1950. Konventa për statusin e refugjatëve u miratua në Gjenevë më 28 korrik 1951. PNDCP-ja u miratua më 16 dhjetor 1966, Konventa kundër torturës më 10 dhjetor 1984 dhe Konventa për punëtorët migrantë më 18 dhjetor 1990.

q-icrmw-treaty-body = Cili organ i traktateve të OKB-së mbikëqyr mënyrën si i zbatojnë shtetet Konventën Ndërkombëtare të vitit 1990 për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe Anëtarëve të Familjeve të Tyre? Shkruani akronimin e tij në anglisht.
    .feedback = Komiteti për Punëtorët Migrantë (CMW), i themeluar sipas nenit 72 të Konventës, është një organ prej 14 ekspertësh të pavarur. Ai shqyrton raportet e shteteve palë dhe mbështetet nga Zyra e Komisionerit të Lartë të OKB-së për të Drejtat e Njeriut (OHCHR).

q-return-risk-tests = Plotësoni fjalitë për testet që përdoren për të vlerësuar rrezikun në rast kthimi.
    .text = Neni 3 i Konventës kundër torturës ndalon kthimin kur ka baza { $g1 } për të besuar se personi do të rrezikonte t'i nënshtrohej torturës. Gjykata Evropiane e të Drejtave të Njeriut shqyrton nëse personi do të përballej me një rrezik { $g2 } trajtimi në kundërshtim me nenin 3 të KEDNJ-së.
    .opt-g1a = të arsyeshme
    .opt-g1b = përfundimtare
    .opt-g1c = të forta
    .opt-g2a = të sigurt
    .opt-g2b = real
    .opt-g2c = të menjëhershëm
    .feedback = Neni 3(1) i Konventës kundër torturës përdor shprehjen „baza të forta për të besuar“. Që nga çështja Soering kundër Mbretërisë së Bashkuar (1989, paragrafi 91), Gjykata Evropiane e të Drejtave të Njeriut shqyrton nëse ka baza të forta që tregojnë një rrezik real trajtimi në kundërshtim me nenin 3 të KEDNJ-së. Nuk kërkohet siguri se keqtrajtimi do të ndodhë.

q-trafficking-vs-smuggling = Sipas dy protokolleve të OKB-së të vitit 2000 për trafikimin e personave dhe për kontrabandimin e migrantëve, cili element kërkohet për trafikimin e personave, por jo për kontrabandimin e migrantëve?
    .opt-a = Kalimi i një kufiri ndërkombëtar
    .opt-b = Një përfitim financiar ose material tjetër
    .opt-c = Përdorimi i një dokumenti udhëtimi të falsifikuar
    .opt-d = Qëllimi i shfrytëzimit
    .feedback = Neni 3(a) i Protokollit për trafikimin e personave e përkufizon trafikimin përmes një veprimi, një mjeti dhe qëllimit të shfrytëzimit. Neni 3(a) i Protokollit për kontrabandimin e migrantëve e përkufizon kontrabandimin si sigurimin e hyrjes së paligjshme të një personi në një shtet tjetër për një përfitim financiar ose material tjetër. Shfrytëzimi nuk është pjesë e përkufizimit të kontrabandimit.
    .opt-a-feedback = Është e kundërta. Kontrabandimi përfshin gjithmonë hyrjen e paligjshme në një shtet tjetër, ndërsa trafikimi mund të ndodhë edhe brenda një vendi.
    .opt-b-feedback = Përfitimi financiar ose material tjetër është element i përkufizimit të kontrabandimit në nenin 3(a) të Protokollit për kontrabandimin e migrantëve.
    .opt-c-feedback = Asnjëri prej përkufizimeve nuk kërkon dokument të falsifikuar. Mashtrimi me dokumente me qëllim kontrabandimi është vepër më vete sipas nenit 6(1)(b) të Protokollit për kontrabandimin e migrantëve.

## Kategoria: parimet

q-article33-exceptions = Plotësoni tekstin e përjashtimit nga parimi i moskthimit në nenin 33(2) të Konventës së vitit 1951 për statusin e refugjatëve.
    .text = Përfitimi nga parimi i moskthimit nuk mund të kërkohet nga një refugjat për të cilin ka arsye të bazuara që të konsiderohet rrezik për { $g1 } në të cilin ndodhet, ose i cili, pasi është dënuar me vendim të formës së prerë për një krim veçanërisht { $g2 }, përbën rrezik për { $g3 } e atij vendi.
    .opt-g1a = sigurinë e vendit
    .opt-g1b = ekonominë e vendit
    .opt-g1c = shëndetin publik të vendit
    .opt-g2a = të rëndë
    .opt-g2b = politik
    .opt-g2c = të lehtë
    .opt-g3a = qeverinë
    .opt-g3b = ekonominë
    .opt-g3c = komunitetin
    .feedback = Neni 33(2) i referohet rrezikut për sigurinë e vendit, ose refugjatit të dënuar me vendim të formës së prerë për një krim veçanërisht të rëndë, i cili përbën rrezik për komunitetin. Këto përjashtime interpretohen në mënyrë kufizuese dhe nuk prekin ndalimet absolute sipas nenit 3 të Konventës kundër torturës dhe nenit 3 të KEDNJ-së.

q-recognition-declaratory = Sipas Konventës së vitit 1951 për statusin e refugjatëve, një person bëhet refugjat vetëm në momentin kur një shtet ia njeh zyrtarisht statusin e refugjatit.
    .feedback = E gabuar. Sipas paragrafit 28 të Manualit të UNHCR-së, një person është refugjat sapo plotëson kriteret e përkufizimit. Njohja nuk e bën personin refugjat, por deklaron se ai është i tillë. Për këtë arsye, edhe kërkuesit e azilit mbrohen nga kthimi i detyruar (refoulement) gjatë kohës që shqyrtohen kërkesat e tyre.

q-article31-non-penalisation = Një refugjat hyri në mënyrë të parregullt në një vend, duke ardhur drejtpërdrejt nga vendi i persekutimit, dhe u paraqit pa vonesë te autoritetet. Cili nen i Konventës së vitit 1951 për statusin e refugjatëve ndalon dënimin për këtë hyrje të parregullt?
    .opt-a = Neni 33
    .opt-b = Neni 31
    .opt-c = Neni 1F
    .opt-d = Neni 26
    .feedback = Neni 31(1) ndalon dënimin për hyrje ose qëndrim të paligjshëm të refugjatëve që vijnë drejtpërdrejt nga një territor ku jeta ose liria e tyre ishte e kërcënuar, me kusht që ata të paraqiten pa vonesë te autoritetet dhe të japin arsye të vlefshme. Neni 31(2) lejon vetëm kufizimet e nevojshme të lëvizjes.
    .opt-a-feedback = Neni 33 ndalon kthimin e një refugjati në një vend ku ai rrezikohet (moskthimi). Ai nuk trajton dënimet për hyrjen e parregullt.
    .opt-c-feedback = Neni 1F përmban klauzolat e përjashtimit për krime të rënda dhe për veprime në kundërshtim me qëllimet e Kombeve të Bashkuara.
    .opt-d-feedback = Neni 26 u jep liri lëvizjeje refugjatëve që ndodhen ligjërisht në territor.

q-convention-articles = Lidhni secilin nen të Konventës së vitit 1951 për statusin e refugjatëve me përmbajtjen e tij.
    .left-art1c = Neni 1C
    .left-art1f = Neni 1F
    .left-art3 = Neni 3
    .left-art35 = Neni 35
    .right-cessation = Rastet kur statusi i refugjatit pushon, për shembull kur refugjati pranon sërish vullnetarisht mbrojtjen e vendit të shtetësisë
    .right-exclusion = Përjashtimi i personave që kanë kryer krime lufte ose krime të rënda jopolitike
    .right-nondiscrimination = Zbatimi i Konventës pa diskriminim për shkak të racës, fesë ose vendit të origjinës
    .right-cooperation = Detyrimi i shteteve për të bashkëpunuar me agjencinë e OKB-së për refugjatët në funksionin e saj mbikëqyrës
    .right-reunification = E drejta e refugjatit të njohur për bashkim familjar
    .feedback = Neni 1C përmban klauzolat e pushimit, neni 1F klauzolat e përjashtimit, neni 3 rregullin e mosdiskriminimit dhe neni 35 detyrimin për të bashkëpunuar me UNHCR-në. Konventa nuk ka nen për bashkimin familjar; uniteti i familjes trajtohet në Rekomandimin B të Aktit Përfundimtar të Konferencës së vitit 1951.

q-durable-solutions = Cilat nga të mëposhtmet janë tri zgjidhjet tradicionale të qëndrueshme për refugjatët? Zgjidhni të gjitha përgjigjet e sakta. Zgjedhjet e gabuara ulin pikët tuaja.
    .opt-a = Riatdhesimi vullnetar
    .opt-b = Integrimi vendor
    .opt-c = Rivendosja në një vend të tretë
    .opt-d = Mbrojtja e përkohshme
    .opt-e = Ndalimi në pritje të largimit
    .feedback = Riatdhesimi vullnetar, integrimi vendor dhe rivendosja janë zgjidhjet tradicionale të qëndrueshme. Paragrafi 1 i Statutit të UNHCR-së përmend tashmë riatdhesimin vullnetar dhe asimilimin në bashkësi të reja kombëtare, ndërsa pjesa për zgjidhjet e Paktit Global për Refugjatët i parashtron të treja, së bashku me rrugët plotësuese të pranimit.
    .opt-d-feedback = Mbrojtja e përkohshme jep mbrojtje të menjëhershme në rast fluksi masiv, por sipas vetë përkufizimit nuk është zgjidhje e qëndrueshme.
    .opt-e-feedback = Ndalimi është masë e kontrollit të migracionit, jo zgjidhje për refugjatët.

q-non-refoulement-extraterritorial = Sipas UNHCR-së dhe Gjykatës Evropiane të të Drejtave të Njeriut, parimi i moskthimit (non-refoulement) zbatohet vetëm për personat që ndodhen tashmë në territorin e shtetit.
    .feedback = E gabuar. Opinioni këshillimor i UNHCR-së për zbatimin ekstraterritorial të detyrimeve të moskthimit (2007) thotë se detyrimi zbatohet kudo ku një shtet ushtron juridiksion, përfshirë në kufi dhe në det të hapur. Gjykata Evropiane e të Drejtave të Njeriut arriti në të njëjtin përfundim për interceptimet në det në çështjen Hirsi Jamaa dhe të tjerët kundër Italisë (2012).

q-migrant-definition = Si e përshkruan Fjalori i IOM-it për migracionin (2019) termin „migrant“?
    .opt-a = Si status juridik të përcaktuar në nenin 1 të Konventës së vitit 1951 për statusin e refugjatëve
    .opt-b = Si person që ka jetuar jashtë vendit të shtetësisë së vet për pesë vjet ose më shumë
    .opt-c = Si term përmbledhës, të papërcaktuar në të drejtën ndërkombëtare, për një person që largohet nga vendbanimi i vet i zakonshëm
    .opt-d = Si person që shkon në një vend tjetër vetëm për të punuar atje
    .feedback = Fjalori i IOM-it e përshkruan „migrantin“ si term përmbledhës, të papërcaktuar në të drejtën ndërkombëtare, që pasqyron kuptimin e zakonshëm të një personi që largohet nga vendbanimi i vet i zakonshëm, brenda një vendi ose përtej një kufiri ndërkombëtar, përkohësisht ose përgjithmonë, dhe për arsye të ndryshme.
    .opt-a-feedback = Konventa e vitit 1951 përkufizon „refugjatin“, jo „migrantin“.
    .opt-b-feedback = Përshkrimi i IOM-it nuk përcakton kohëzgjatje minimale. Përkufizimet statistikore përdorin periudha të tjera, si 12 muaj për migrantët afatgjatë.
    .opt-d-feedback = Ky përshkrim i afrohet më shumë termit „punëtor migrant“, të përkufizuar në nenin 2(1) të Konventës së vitit 1990 për punëtorët migrantë. Termi përmbledhës „migrant“ është më i gjerë.

q-long-term-migrant-months = Sipas Rekomandimeve të OKB-së për statistikat e migracionit ndërkombëtar (Rishikimi 1, 1998), migrant afatgjatë është personi që shkon në një vend të ndryshëm nga vendi i qëndrimit të vet të zakonshëm për të paktën sa muaj? Shkruani një numër.
    .feedback = Përgjigjja është 12. Rekomandimet e OKB-së e përkufizojnë migrantin afatgjatë si person që shkon në një vend tjetër për një periudhë prej të paktën një viti (12 muajsh), në mënyrë që vendi i destinacionit të bëhet vendi i tij i ri i qëndrimit të zakonshëm. Zhvendosja për të paktën 3, por më pak se 12 muaj llogaritet si migracion afatshkurtër, përveç rasteve kur bëhet për rekreacion, pushime, vizita te miqtë dhe të afërmit, biznes, trajtim mjekësor ose pelegrinazh fetar.

q-international-migrants-2020 = Sipas Raportit Botëror të Migracionit 2022 të IOM-it, i cili përdor të dhënat e UN DESA-s, përafërsisht sa migrantë ndërkombëtarë kishte në botë në vitin 2020? Jepni numrin në milionë.
    .feedback = Raporti Botëror i Migracionit 2022 i IOM-it jep rreth 281 milionë migrantë ndërkombëtarë në vitin 2020, bazuar në të dhënat International Migrant Stock 2020 të UN DESA-s. Kjo përbënte rreth 3,6 për qind të popullsisë së botës. Pranohen përgjigjet nga 276 deri në 286.

q-no-reservations-article33 = Një shtet që bëhet palë në Konventën e vitit 1951 për statusin e refugjatëve nuk mund të bëjë rezervë ndaj nenit 33 për moskthimin.
    .feedback = E vërtetë. Neni 42(1) i Konventës së vitit 1951 përjashton rezervat ndaj neneve 1, 3, 4, 16(1), 33 dhe 36 deri në 46. Neni VII(1) i Protokollit të vitit 1967 përmban të njëjtin kufizim për nenet 1, 3, 4, 16(1) dhe 33.

## Kategoria: paktet

q-gcm-objectives-count = Sa objektiva përmban Pakti Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm? Shkruani një numër.
    .feedback = Përgjigjja është 23. Paragrafi 16 i Paktit Global rendit 23 objektiva, nga objektivi 1 për të dhënat deri te objektivi 23 për bashkëpunimin ndërkombëtar. Çdo objektiv pasohet nga një angazhim dhe një listë veprimesh të mundshme.

q-gcm-legal-nature = Pakti Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm krijon detyrime ligjërisht të detyrueshme për shtetet që e kanë miratuar.
    .feedback = E gabuar. Paragrafi 7 i Paktit Global e përshkruan atë si kornizë bashkëpunimi ligjërisht jo të detyrueshme, dhe paragrafi 15(b) e përsërit këtë. Ai mbështetet në detyrimet ekzistuese, si ato sipas traktateve për të drejtat e njeriut, por nuk krijon detyrime të reja.

q-gcm-objectives-matching = Lidhni secilin numër objektivi të Paktit Global për Migracionin me përmbajtjen e tij.
    .left-o8 = Objektivi 8
    .left-o13 = Objektivi 13
    .left-o20 = Objektivi 20
    .left-o21 = Objektivi 21
    .right-lives = Shpëtimi i jetëve dhe krijimi i përpjekjeve të koordinuara ndërkombëtare për migrantët e zhdukur
    .right-detention = Përdorimi i ndalimit të migrantëve vetëm si masë e fundit dhe puna drejt alternativave
    .right-remittances = Nxitja e transferimit më të shpejtë, më të sigurt dhe më të lirë të remitancave dhe e përfshirjes financiare të migrantëve
    .right-return = Bashkëpunimi për lehtësimin e kthimit dhe ripranimit të sigurt e dinjitoz, si dhe të riintegrimit të qëndrueshëm
    .right-quota = Vendosja e një kuote globale të detyrueshme për pranimin e migrantëve të punës
    .feedback = Objektivi 8 ka të bëjë me shpëtimin e jetëve dhe migrantët e zhdukur, objektivi 13 me ndalimin e migrantëve si masë e fundit, objektivi 20 me remitancat dhe objektivi 21 me kthimin, ripranimin dhe riintegrimin (paragrafi 16 i Paktit Global). Pakti nuk përmban kuota të detyrueshme pranimi.

q-gcm-guiding-principles = Cilat nga të mëposhtmet janë parime udhëheqëse të Paktit Global për Migracionin, të renditura në paragrafin 15 të tij? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Lëvizja e lirë e personave ndërmjet të gjitha shteteve
    .opt-b = Sovraniteti kombëtar
    .opt-c = Kuotat e detyrueshme të rishpërndarjes
    .opt-d = Sundimi i ligjit dhe procesi i rregullt ligjor
    .opt-e = Qasja e gjithë shoqërisë
    .feedback = Paragrafi 15 rendit dhjetë parime udhëheqëse ndërsektoriale: përqendrimi te njerëzit, bashkëpunimi ndërkombëtar, sovraniteti kombëtar, sundimi i ligjit dhe procesi i rregullt ligjor, zhvillimi i qëndrueshëm, të drejtat e njeriut, përgjegjshmëria gjinore, ndjeshmëria ndaj fëmijëve, qasja e gjithë qeverisë dhe qasja e gjithë shoqërisë.
    .opt-a-feedback = Pakti nuk vendos lëvizje të lirë. Paragrafi 15(c) riafirmon të drejtën sovrane të shteteve për të përcaktuar politikën e tyre kombëtare të migracionit.
    .opt-c-feedback = Kuotat e rishpërndarjes nuk përmenden në Pakt. Rishpërndarja është një nga mundësitë e mekanizmit të solidaritetit në të drejtën e BE-së, jo parim i Paktit Global.

q-gcm-review-forum = Sipas paragrafit 49 të Paktit Global për Migracionin, cili forum, që mbahet çdo katër vjet duke filluar nga viti 2022, është platforma kryesore ndërqeveritare globale për rishikimin e zbatimit të Paktit? Shkruani akronimin e tij në anglisht.
    .feedback = Forumi Ndërkombëtar i Rishikimit të Migracionit (IMRF) është Dialogu i Nivelit të Lartë për Migracionin Ndërkombëtar dhe Zhvillimin, i riorientuar dhe i riemërtuar. Sipas paragrafit 49 të Paktit, ai mblidhet çdo katër vjet nga viti 2022 dhe çdo sesion përfundon me një Deklaratë për Progresin, të rënë dakord në nivel ndërqeveritar.

q-un-network-coordinator = Sipas paragrafit 45(a) të Paktit Global për Migracionin, cila organizatë shërben si koordinatore dhe sekretariat i Rrjetit të Kombeve të Bashkuara për Migracionin?
    .opt-a = UNHCR
    .opt-b = OHCHR
    .opt-c = UN DESA
    .opt-d = IOM
    .feedback = Paragrafi 45(a) i Paktit parashikon që IOM-i shërben si koordinator dhe sekretariat i Rrjetit të OKB-së për Migracionin, i cili u siguron shteteve mbështetje nga i gjithë sistemi për zbatimin e Paktit.
    .opt-a-feedback = UNHCR-ja ka rolin drejtues për mbrojtjen e refugjatëve dhe për Paktin Global për Refugjatët. Ajo është anëtare e Rrjetit, jo koordinatore e tij.
    .opt-b-feedback = OHCHR-ja kontribuon me ekspertizën e saj për të drejtat e njeriut si anëtare e Rrjetit, por nuk është koordinatore.
    .opt-c-feedback = UN DESA harton statistikat globale të migracionit, si International Migrant Stock, por nuk e koordinon Rrjetin.

q-gcr-objectives = Cilat nga të mëposhtmet janë objektiva të Paktit Global për Refugjatët? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Lehtësimi i presionit mbi vendet pritëse
    .opt-b = Forcimi i vetëmjaftueshmërisë së refugjatëve
    .opt-c = Zgjerimi i qasjes në zgjidhje në vende të treta
    .opt-d = Vendosja e kuotave të detyrueshme të rivendosjes për çdo shtet
    .opt-e = Zëvendësimi i përkufizimit të refugjatit në Konventën e vitit 1951
    .opt-f = Mbështetja e kushteve në vendet e origjinës për kthim në siguri dhe dinjitet
    .feedback = Paragrafi 7 i Paktit Global për Refugjatët përcakton katër objektiva: lehtësimin e presionit mbi vendet pritëse, forcimin e vetëmjaftueshmërisë së refugjatëve, zgjerimin e qasjes në zgjidhje në vende të treta dhe mbështetjen e kushteve në vendet e origjinës për kthim në siguri dhe dinjitet.
    .opt-d-feedback = Pakti nuk është ligjërisht i detyrueshëm (paragrafi 4). Ai mbështetet në kontribute vullnetare, për shembull në angazhimet e marra në Forumin Global për Refugjatët.
    .opt-e-feedback = Pakti bazohet në regjimin ekzistues ndërkombëtar të refugjatëve, në qendër të të cilit janë Konventa e vitit 1951 dhe Protokolli i vitit 1967. Ai nuk e ndryshon përkufizimin e refugjatit.

q-gcr-endorsement = Si u miratua Pakti Global për Refugjatët?
    .opt-a = Shtetet e miratuan në një konferencë ndërqeveritare në Marrakesh në dhjetor 2018.
    .opt-b = Shtetet e nënshkruan dhe e ratifikuan si protokoll të ri të Konventës së vitit 1951.
    .opt-c = Asambleja e Përgjithshme e OKB-së e afirmoi në dhjetor 2018, në rezolutën e saj vjetore për UNHCR-në.
    .opt-d = Këshilli i Sigurimit i OKB-së e miratoi me një rezolutë të detyrueshme.
    .feedback = Asambleja e Përgjithshme e OKB-së e afirmoi Paktin Global për Refugjatët më 17 dhjetor 2018 me rezolutën 73/151 për Zyrën e Komisionerit të Lartë të OKB-së për Refugjatët. Teksti ishte përgatitur përmes konsultimeve të drejtuara nga UNHCR-ja.
    .opt-a-feedback = Konferenca e Marrakeshit e 10 dhjetorit 2018 miratoi Paktin Global për Migracionin, jo Paktin Global për Refugjatët.
    .opt-b-feedback = Pakti Global për Refugjatët nuk është traktat. Paragrafi 4 thotë se ai nuk është ligjërisht i detyrueshëm.
    .opt-d-feedback = Këshilli i Sigurimit nuk pati asnjë rol në miratimin e Paktit.

q-global-frameworks-timeline = Renditni këto ngjarje sipas radhës kronologjike, nga më e hershmja te më e fundit.
    .item-agenda = Miratimi i Agjendës 2030 për Zhvillim të Qëndrueshëm, përfshirë synimin 10.7 për migracionin
    .item-nydeclaration = Miratimi i Deklaratës së Nju Jorkut për Refugjatët dhe Migrantët
    .item-gcm = Miratimi i Paktit Global për Migracionin në konferencën ndërqeveritare në Marrakesh
    .item-grf = Forumi i parë Global për Refugjatët në Gjenevë
    .feedback = Agjenda 2030 u miratua më 25 shtator 2015 (rezoluta 70/1). Deklarata e Nju Jorkut e 19 shtatorit 2016 (rezoluta 71/1) nisi procesin drejt të dy pakteve. Pakti Global për Migracionin u miratua në Marrakesh më 10 dhjetor 2018, dhe Forumi i parë Global për Refugjatët u mbajt në dhjetor 2019.

q-sdg-migration-targets = Plotësoni fjalitë për Objektivat e Zhvillimit të Qëndrueshëm (OZHQ).
    .text = Sipas synimit 10.c të OZHQ-ve, deri në vitin 2030 shtetet kanë për qëllim t'i ulin kostot e transaksioneve të remitancave të migrantëve në më pak se { $g1 } për qind dhe të eliminojnë korridoret e remitancave me kosto më të larta se { $g2 } për qind. Synimi për migracion të rregullt, të sigurt, të ligjshëm dhe të përgjegjshëm përmes politikave të mirëmenaxhuara të migracionit është synimi { $g3 } i OZHQ-ve.
    .opt-g1a = 5
    .opt-g1b = 3
    .opt-g1c = 1
    .opt-g2a = 10
    .opt-g2b = 3
    .opt-g2c = 5
    .opt-g3a = 10.7
    .opt-g3b = 8.8
    .opt-g3c = 16.9
    .feedback = Synimi 10.c i Agjendës 2030 përcakton shifrat më pak se 3 për qind dhe korridoret mbi 5 për qind. Synimi 10.7 mbulon migracionin e rregullt, të sigurt, të ligjshëm dhe të përgjegjshëm. Synimi 8.8 ka të bëjë me të drejtat e punës, përfshirë ato të punëtorëve migrantë, dhe synimi 16.9 me identitetin ligjor. Edhe objektivi 20 i Paktit Global për Migracionin i referohet synimit 10.c.

## Kategoria: aktorët

q-unhcr-statute = Cili organ i OKB-së, Statuti i të cilit u miratua me rezolutën 428 (V) të Asamblesë së Përgjithshme, të 14 dhjetorit 1950, u jep refugjatëve mbrojtje ndërkombëtare dhe kërkon zgjidhje të përhershme për ta? Shkruani akronimin e tij në anglisht.
    .feedback = Zyra e Komisionerit të Lartë të Kombeve të Bashkuara për Refugjatët (UNHCR). Statuti i saj është aneks i rezolutës 428 (V) të Asamblesë së Përgjithshme, dhe ajo filloi punën më 1 janar 1951. Neni 35 i Konventës së vitit 1951 i detyron shtetet të bashkëpunojnë me UNHCR-në në funksionin e saj mbikëqyrës.

q-iom-un-status = Që nga viti 2016, IOM-i është agjenci e specializuar e Kombeve të Bashkuara, me të njëjtin status juridik si ILO-ja.
    .feedback = E gabuar. Sipas Marrëveshjes për marrëdhëniet ndërmjet Kombeve të Bashkuara dhe IOM-it, të miratuar me rezolutën 70/296 të Asamblesë së Përgjithshme dhe të nënshkruar më 19 shtator 2016, IOM-i hyri në sistemin e OKB-së si organizatë e lidhur. Ai nuk është agjenci e specializuar si ILO-ja dhe ruan Kushtetutën dhe organet e veta drejtuese.

q-ilo-conventions = Lidhni secilën konventë të Organizatës Ndërkombëtare të Punës (ILO) me lëndën e saj.
    .left-c97 = Konventa nr. 97
    .left-c143 = Konventa nr. 143
    .left-c181 = Konventa nr. 181
    .left-c189 = Konventa nr. 189
    .right-employment = Migracioni për punësim dhe trajtimi i barabartë i migrantëve që ndodhen ligjërisht në vend
    .right-abusive = Migracionet në kushte abuzive dhe barazia e mundësive për punëtorët migrantë
    .right-agencies = Agjencitë private të punësimit dhe mbrojtja e punëtorëve që ato rekrutojnë
    .right-domestic = Puna e denjë për punëtorët shtëpiakë
    .right-minimumage = Mosha minimale për pranim në punë
    .feedback = Konventa nr. 97 është Konventa për migracionin për punësim (e rishikuar), 1949. Konventa nr. 143 është Konventa për punëtorët migrantë (dispozita plotësuese), 1975. Konventa nr. 181 është Konventa për agjencitë private të punësimit, 1997. Konventa nr. 189 është Konventa për punëtorët shtëpiakë, 2011. Mosha minimale është objekt i Konventës nr. 138.

q-ilo-tripartism = Çfarë e dallon strukturën e qeverisjes së ILO-s?
    .opt-a = Vetëm shtetet që kanë ratifikuar konventat e saj mund të votojnë në organet e saj.
    .opt-b = Përfaqësuesit e qeverive, punëdhënësve dhe punëmarrësve marrin vendime së bashku.
    .opt-c = Vendimet e saj merren nga Këshilli i Sigurimit i OKB-së.
    .opt-d = Shoqatat e migrantëve kanë një pjesë të caktuar të votave.
    .feedback = ILO-ja është e vetmja agjenci trepalëshe e OKB-së. Sipas nenit 3 të Kushtetutës së ILO-s, çdo shtet anëtar dërgon në Konferencën Ndërkombëtare të Punës dy delegatë të qeverisë, një delegat të punëdhënësve dhe një delegat të punëmarrësve, dhe Organi Drejtues ka të njëjtën përbërje trepalëshe (neni 7).
    .opt-a-feedback = Të gjitha shtetet anëtare marrin pjesë në Konferencën Ndërkombëtare të Punës, pavarësisht nëse e kanë ratifikuar ose jo një konventë të caktuar.
    .opt-c-feedback = ILO-ja ka Kushtetutën dhe organet e veta. Këshilli i Sigurimit nuk merr vendime në emër të saj.
    .opt-d-feedback = Shoqatat e migrantëve nuk kanë një pjesë të caktuar votash. Punëtorët përfaqësohen përmes organizatave të punëmarrësve.

q-ohchr-border-guidelines = Cili entitet i OKB-së publikoi në vitin 2014 Parimet dhe udhëzimet e rekomanduara për të drejtat e njeriut në kufijtë ndërkombëtarë?
    .opt-a = OHCHR
    .opt-b = UNHCR
    .opt-c = IOM
    .opt-d = Frontex
    .feedback = Zyra e Komisionerit të Lartë të OKB-së për të Drejtat e Njeriut (OHCHR) i publikoi këto parime dhe udhëzime në vitin 2014. Parimi i parë është përparësia e të drejtave të njeriut: të drejtat e njeriut të të gjithë personave në kufijtë ndërkombëtarë duhet të respektohen në të gjitha masat e qeverisjes së kufijve.
    .opt-b-feedback = UNHCR-ja publikon udhëzime për mbrojtjen e refugjatëve, për shembull për sistemet e hyrjes që marrin parasysh nevojat për mbrojtje, por nuk është autore e këtij dokumenti.
    .opt-c-feedback = IOM-i punon në fushën e menaxhimit të kufijve, por Parimet dhe udhëzimet e vitit 2014 janë publikim i OHCHR-së.
    .opt-d-feedback = Frontex-i është agjenci e Bashkimit Evropian, jo entitet i OKB-së.

q-frontex-complaints = Një person që beson se i janë shkelur të drejtat themelore gjatë një operacioni të Frontex-it mund të paraqesë ankesë përmes mekanizmit të ankesave të Frontex-it, të cilin e trajton Zyrtari i Frontex-it për të Drejtat Themelore.
    .feedback = E vërtetë. Rregullorja (BE) 2019/1896 për Rojën Evropiane Kufitare dhe Bregdetare parashikon një Zyrtar për të Drejtat Themelore (neni 109) dhe një mekanizëm ankesash individuale (neni 111). Ankesat për personelin e shteteve anëtare u përcillen autoriteteve kombëtare kompetente.

q-frontex-first-third-country = Në vitin 2019, Frontex-i nisi operacionin e tij të parë të përbashkët në territorin e një vendi jashtë Bashkimit Evropian. Në cilin vend?
    .opt-a = Shqipëria
    .opt-b = Serbia
    .opt-c = Mali i Zi
    .opt-d = Maqedonia e Veriut
    .feedback = Operacioni i parë i përbashkët i Frontex-it në territorin e një vendi jashtë BE-së filloi në Shqipëri në maj 2019, në kufirin me Greqinë, në bazë të marrëveshjes për statusin ndërmjet BE-së dhe Shqipërisë.
    .opt-b-feedback = Operacioni i përbashkët i Frontex-it në Serbi filloi më vonë, në bazë të një marrëveshjeje të veçantë për statusin me BE-në.
    .opt-c-feedback = Operacioni i përbashkët i Frontex-it në Mal të Zi filloi më vonë, në bazë të një marrëveshjeje të veçantë për statusin me BE-në.
    .opt-d-feedback = Operacioni i përbashkët i Frontex-it në Maqedoninë e Veriut filloi më vonë, në bazë të një marrëveshjeje të veçantë për statusin me BE-në.

q-treaty-body-complaints = Plotësoni fjalitë për ankesat individuale pranë organeve të traktateve të OKB-së.
    .text = Një ankesë individuale se një largim do të shkelte nenin 3 të Konventës kundër torturës mund t'i paraqitet { $g1 } sipas nenit { $g2 } të asaj Konvente, nëse shteti e ka pranuar këtë procedurë. Ankesat sipas PNDCP-së shqyrtohen nga { $g3 } sipas Protokollit të parë opsional.
    .opt-g1a = Këshillit të të Drejtave të Njeriut
    .opt-g1b = Komitetit kundër Torturës
    .opt-g1c = Gjykatës Ndërkombëtare të Drejtësisë
    .opt-g2a = 22
    .opt-g2b = 3
    .opt-g2c = 14
    .opt-g3a = Këshilli i të Drejtave të Njeriut
    .opt-g3b = Komiteti për Eliminimin e Diskriminimit Racor
    .opt-g3c = Komiteti i të Drejtave të Njeriut
    .feedback = Neni 22 i Konventës kundër torturës lejon komunikime individuale drejtuar Komitetit kundër Torturës kur shteti ka bërë një deklaratë me të cilën i pranon ato. Sipas nenit 1 të Protokollit të parë opsional të PNDCP-së, komunikimet individuale i shqyrton Komiteti i të Drejtave të Njeriut, një organ ekspertësh të pavarur. Këshilli i të Drejtave të Njeriut është organ ndërqeveritar i përbërë nga shtete dhe nuk vendos për ankesat individuale sipas traktateve.

q-eu-agencies = Cilat nga të mëposhtmet janë agjenci të Bashkimit Evropian? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Këshilli i Evropës
    .opt-b = IOM
    .opt-c = OSBE
    .opt-d = Frontex (Agjencia Evropiane e Rojës Kufitare dhe Bregdetare)
    .opt-e = EUAA (Agjencia e Bashkimit Evropian për Azilin)
    .opt-f = eu-LISA (agjencia për sistemet e TI-së në shkallë të gjerë)
    .feedback = Frontex-i (Rregullorja (BE) 2019/1896), EUAA-ja (Rregullorja (BE) 2021/2303, e cila zëvendësoi EASO-n në vitin 2022) dhe eu-LISA (Rregullorja (BE) 2018/1726, e cila menaxhon sisteme si Eurodac) janë agjenci të BE-së.
    .opt-a-feedback = Këshilli i Evropës është organizatë ndërkombëtare më vete, me 46 shtete anëtare. Gjykata Evropiane e të Drejtave të Njeriut i përket Këshillit të Evropës, jo BE-së.
    .opt-b-feedback = IOM-i është organizatë ndërqeveritare dhe organizatë e lidhur e sistemit të OKB-së.
    .opt-c-feedback = OSBE-ja është organizatë rajonale sigurie, jo organ i BE-së.

q-icmpd-secretariat = Cila organizatë ndërqeveritare, me seli në Vjenë, kryen funksionin e sekretariatit si për Procesin e Budapestit, ashtu edhe për Procesin e Pragës? Shkruani akronimin e saj në anglisht.
    .feedback = Qendra Ndërkombëtare për Zhvillimin e Politikave të Migracionit (ICMPD), e themeluar në vitin 1993, shërben si sekretariat i Procesit të Budapestit dhe i Procesit të Pragës.

## Kategoria: rajonale

q-dublin-criteria-order = Sipas Rregullores Dublin III, e cila vazhdon të zbatohet për kërkesat e regjistruara para 1 korrikut 2026, kriteret për përcaktimin e shtetit anëtar përgjegjës duhet të zbatohen sipas një radhe të caktuar. Renditni këto kritere sipas asaj radhe, nga i pari te i fundit.
    .item-minor = Për një të mitur të pashoqëruar, shteti ku ndodhet ligjërisht një anëtar i familjes ose një vëlla a motër
    .item-visa = Shteti që i ka lëshuar kërkuesit një dokument qëndrimi ose një vizë të vlefshme
    .item-irregular = Shteti, kufirin e jashtëm të të cilit kërkuesi e ka kaluar në mënyrë të parregullt
    .item-airport = Shteti në zonën ndërkombëtare të tranzitit të aeroportit të të cilit është bërë kërkesa
    .feedback = Neni 7(1) i Rregullores (BE) nr. 604/2013 kërkon që kriteret të zbatohen sipas radhës në të cilën paraqiten në Kapitullin III: të miturit e pashoqëruar (neni 8), dokumentet e qëndrimit dhe vizat (neni 12), hyrja e parregullt (neni 13) dhe zona e tranzitit në aeroport (neni 15). Kriteret për të miturit e pashoqëruar dhe për anëtarët e familjes (nenet 8 deri në 11) vijnë para të gjitha kritereve të tjera. Për kërkesat e regjistruara nga 1 korriku 2026, kriteret parashikohen në nenet 25 deri në 33 të Rregullores (BE) 2024/1351.

q-eu-regulations = Lidhni secilën rregullore të BE-së me lëndën e saj.
    .left-r604 = Rregullorja (BE) nr. 604/2013
    .left-r399 = Rregullorja (BE) 2016/399
    .left-r1896 = Rregullorja (BE) 2019/1896
    .left-r1351 = Rregullorja (BE) 2024/1351
    .right-responsibility = Përcaktimi i shtetit anëtar përgjegjës për shqyrtimin e një kërkese për azil (Dublin III)
    .right-borderscode = Rregullat për kontrollin kufitar të personave (Kodi Kufitar i Shengenit)
    .right-coastguard = Roja Evropiane Kufitare dhe Bregdetare, përfshirë Frontex-in
    .right-management = Menaxhimi i azilit dhe i migracionit, përfshirë mekanizmin e përhershëm të solidaritetit
    .right-temporary = Mbrojtja e përkohshme në rast fluksi masiv të personave të zhvendosur
    .feedback = Nr. 604/2013 është Dublin III, 2016/399 është Kodi Kufitar i Shengenit, 2019/1896 është Rregullorja për Rojën Evropiane Kufitare dhe Bregdetare dhe 2024/1351 është Rregullorja e Paktit për Menaxhimin e Azilit dhe Migracionit, e cila zëvendësoi Dublin III nga 1 korriku 2026. Dublin III vazhdon të zbatohet për kërkesat e regjistruara para kësaj date (neni 84(2) i Rregullores (BE) 2024/1351). Mbrojtja e përkohshme rregullohet nga Direktiva 2001/55/KE e Këshillit, jo nga një rregullore.

q-schengen-short-stay = Sipas rregullave të Shengenit për qëndrimet afatshkurtra, sa ditë brenda çdo periudhe 180-ditore mund të qëndrojë në zonën Shengen një shtetas i vendit të tretë që nuk ka nevojë për vizë, për shembull një shtetas i një vendi të Ballkanit Perëndimor? Shkruani një numër.
    .feedback = Përgjigjja është 90. Neni 6(1) i Kodit Kufitar të Shengenit (Rregullorja (BE) 2016/399) dhe neni 4(1) i Rregullores (BE) 2018/1806 lejojnë qëndrime jo më të gjata se 90 ditë brenda çdo periudhe 180-ditore.

q-visa-liberalisation-2009 = Cilat janë vendet e Ballkanit Perëndimor, shtetasit e të cilave, me pasaporta biometrike, udhëtojnë pa viza në zonën Shengen që nga 19 dhjetori 2009?
    .opt-a = Shqipëria dhe Bosnja e Hercegovina
    .opt-b = Serbia, Mali i Zi dhe Maqedonia e Veriut
    .opt-c = Serbia dhe Bosnja e Hercegovina
    .opt-d = Mali i Zi dhe Shqipëria
    .feedback = Rregullorja (KE) nr. 1244/2009 e Këshillit hoqi detyrimin e vizave për Serbinë, Malin e Zi dhe Maqedoninë e Veriut (atëherë me emrin ish-Republika Jugosllave e Maqedonisë) nga 19 dhjetori 2009. Shqipëria dhe Bosnja e Hercegovina pasuan më 15 dhjetor 2010, sipas Rregullores (BE) nr. 1091/2010. Për Serbinë u përjashtuan pasaportat e lëshuara nga Drejtoria serbe e Koordinimit; udhëtimi pa viza për mbajtësit e pasaportave të lëshuara nga Kosova* filloi më 1 janar 2024. *Ky përcaktim nuk paragjykon qëndrimet për statusin dhe është në përputhje me Rezolutën 1244/1999 të Këshillit të Sigurimit të OKB-së dhe me Opinionin e Gjykatës Ndërkombëtare të Drejtësisë për shpalljen e pavarësisë së Kosovës.
    .opt-a-feedback = Shqipëria dhe Bosnja e Hercegovina përfituan regjimin pa viza një vit më vonë, nga 15 dhjetori 2010.
    .opt-c-feedback = Bosnja e Hercegovina nuk u përfshi në vendimin e vitit 2009. Ajo përfitoi regjimin pa viza në dhjetor 2010.
    .opt-d-feedback = Shqipëria nuk u përfshi në vendimin e vitit 2009. Ajo përfitoi regjimin pa viza në dhjetor 2010.

q-readmission-third-country-nationals = Marrëveshjet e ripranimit të BE-së me vendet e Ballkanit Perëndimor i detyrojnë këto vende të ripranojnë, në kushte të caktuara, jo vetëm shtetasit e tyre, por edhe shtetasit e vendeve të treta dhe personat pa shtetësi që kanë hyrë në BE nga territori i tyre.
    .feedback = E vërtetë. Marrëveshjet e ripranimit me Shqipërinë (në fuqi që nga viti 2006) dhe me Bosnjën e Hercegovinën, Malin e Zi, Maqedoninë e Veriut dhe Serbinë (në fuqi që nga 1 janari 2008) mbulojnë shtetasit e vendit partner dhe, sipas kushteve të përcaktuara në marrëveshje, shtetasit e vendeve të treta dhe personat pa shtetësi, për shembull personat që kanë vizë ose leje qëndrimi të vendit partner, ose që kanë hyrë në BE drejtpërdrejt pasi kanë qëndruar ose kanë kaluar nëpër territorin e tij.

q-pact-solidarity-measures = Sipas Rregullores për Menaxhimin e Azilit dhe Migracionit, pjesë e Paktit të BE-së për Migracionin dhe Azilin, cilat nga të mëposhtmet janë lloje kontributesh solidariteti që mund të zgjedhë një shtet anëtar? Zgjidhni të gjitha përgjigjet e sakta.
    .opt-a = Rishpërndarja e kërkuesve të mbrojtjes ndërkombëtare
    .opt-b = Transferimi i kërkuesve në një vend të tretë jashtë BE-së
    .opt-c = Kontributet financiare
    .opt-d = Masat alternative, si mbështetja operacionale ose ngritja e kapaciteteve
    .opt-e = Mbyllja e kufijve të brendshëm me shtetin anëtar nën presion
    .feedback = Neni 56(2) i Rregullores (BE) 2024/1351 rendit rishpërndarjen, kontributet financiare dhe masat alternative të solidaritetit, të cilat konsiderohen me vlerë të barabartë. Sipas nenit 12(2), propozimi vjetor i Komisionit duhet të parashikojë të paktën 30 000 rishpërndarje dhe 600 milionë euro kontribute financiare.
    .opt-b-feedback = Transferimet në vende të treta nuk janë formë solidariteti ndërmjet shteteve anëtare sipas Rregullores.
    .opt-e-feedback = Mbyllja e kufijve të brendshëm nuk është masë solidariteti. Rivendosja e përkohshme e kontrolleve në kufijtë e brendshëm rregullohet nga Kodi Kufitar i Shengenit.

q-screening-duration = Sipas Rregullores së BE-së për shqyrtimin paraprak (screening), pjesë e Paktit, cila është kohëzgjatja maksimale e shqyrtimit paraprak në kufirin e jashtëm?
    .opt-a = 12 javë
    .opt-b = 30 ditë
    .opt-c = 6 muaj
    .opt-d = 7 ditë
    .feedback = Neni 8(3) i Rregullores (BE) 2024/1356 kërkon që shqyrtimi paraprak në kufirin e jashtëm të përfundojë pa vonesë dhe në çdo rast brenda shtatë ditëve. Shqyrtimi paraprak përfshin identifikimin, kontrollet e sigurisë, kontrollet paraprake shëndetësore dhe të cenueshmërisë, si dhe regjistrimin e të dhënave biometrike.
    .opt-a-feedback = 12 javë është kohëzgjatja e përgjithshme maksimale e procedurës kufitare të azilit sipas nenit 51(2) të Rregullores për Procedurën e Azilit (BE) 2024/1348, e cila mund të vijë pas shqyrtimit paraprak.
    .opt-b-feedback = Shqyrtimi paraprak është shumë më i shkurtër. Rregullorja përcakton një maksimum prej shtatë ditësh në kufirin e jashtëm.
    .opt-c-feedback = Shqyrtimi paraprak është shumë më i shkurtër. Rregullorja përcakton një maksimum prej shtatë ditësh në kufirin e jashtëm.

q-ammr-transition = Për një kërkesë për mbrojtje ndërkombëtare të regjistruar para 1 korrikut 2026, shteti anëtar përgjegjës përcaktohet sipas kritereve të Rregullores Dublin III, edhe pse Rregullorja e re për Menaxhimin e Azilit dhe Migracionit e zëvendëson Dublin III.
    .feedback = E vërtetë. Sipas nenit 84(2) të Rregullores (BE) 2024/1351, shteti anëtar përgjegjës për një kërkesë të regjistruar para 1 korrikut 2026 përcaktohet sipas kritereve të Rregullores (BE) nr. 604/2013. Rregullorja e re zbatohet në përgjithësi që nga 1 korriku 2026 (neni 85).

q-berne-initiative-outcome = Cili ishte rezultati kryesor i Iniciativës së Bernës, të nisur nga Zvicra në vitin 2001?
    .opt-a = Një konventë e detyrueshme për ripranimin e migrantëve të parregullt
    .opt-b = Krijimi i Forumit Global për Migracionin dhe Zhvillimin
    .opt-c = Agjenda Ndërkombëtare për Menaxhimin e Migracionit, një kornizë referimi jo e detyrueshme
    .opt-d = Pranimi i IOM-it në sistemin e Kombeve të Bashkuara
    .feedback = Iniciativa e Bernës ishte një proces konsultativ në pronësi të shteteve, me IOM-in si sekretariat. Ajo përfundoi në vitin 2004 me Agjendën Ndërkombëtare për Menaxhimin e Migracionit (IAMM), një përmbledhje jo e detyrueshme kuptimesh të përbashkëta dhe praktikash efektive për menaxhimin e migracionit.
    .opt-a-feedback = Iniciativa e Bernës nuk prodhoi asnjë instrument të detyrueshëm. Ajo respektoi sovranitetin e shteteve në çështjet e migracionit.
    .opt-b-feedback = Forumi Global për Migracionin dhe Zhvillimin u mblodh për herë të parë në vitin 2007, pas Dialogut të Nivelit të Lartë të OKB-së të vitit 2006. Iniciativa e Bernës ndihmoi në përgatitjen e terrenit, por nuk e krijoi Forumin.
    .opt-d-feedback = IOM-i hyri në sistemin e OKB-së si organizatë e lidhur në vitin 2016, shumë kohë pas përfundimit të Iniciativës së Bernës.

q-consultative-processes = Lidhni secilin proces konsultativ rajonal me fokusin e tij kryesor.
    .left-budapest = Procesi i Budapestit
    .left-prague = Procesi i Pragës
    .left-colombo = Procesi i Kolombos
    .left-bali = Procesi i Balit
    .right-silkroutes = Një nga dialogët evropianë më të vjetër për migracionin, tani i zgjeruar me vendet e Rrugëve të Mëndafshit
    .right-partnerships = Dialog i nisur në vitin 2009 ndërmjet BE-së dhe shteteve të Partneritetit Lindor, të Ballkanit Perëndimor dhe të Azisë Qendrore
    .right-labour = Punësimi jashtë vendit dhe puna me kontratë për vendet aziatike të origjinës
    .right-smuggling = Kontrabandimi i njerëzve, trafikimi i personave dhe krimi ndërkombëtar përkatës në rajonin e Azisë dhe Paqësorit
    .right-southamerica = Bashkëpunimi për migracionin ndërmjet shteteve të Amerikës së Jugut
    .feedback = Procesi i Budapestit nisi në fillim të viteve 1990 dhe tani përqendrohet te Rrugët e Mëndafshit. Procesi i Pragës u nis në konferencën ministrore të Pragës të vitit 2009 për ndërtimin e partneriteteve për migracionin. Procesi i Kolombos (2003) merret me migracionin e punës nga vendet aziatike të origjinës, dhe Procesi i Balit (2002) me kontrabandimin dhe trafikimin. Si të gjitha proceset konsultative rajonale, ato janë joformale dhe jo të detyrueshme.
