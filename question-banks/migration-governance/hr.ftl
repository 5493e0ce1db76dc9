course-title = Globalno i regionalno upravljanje migracijama
course-description = Međunarodni pravni okvir za izbjeglice i migrante, dva globalna sporazuma, glavni međunarodni akteri i akteri Europske unije te upravljanje migracijama na razini Europske unije i regije zapadnog Balkana.

quiz-migration-governance-final = Završna provjera znanja
    .description = Dvadeset pitanja iz svih pet dijelova tečaja. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: instrumenti

q-refugee-definition-grounds = Koji su od navedenih razlozi proganjanja iz definicije izbjeglice u članku 1A(2) Konvencije o statusu izbjeglica iz 1951.? Označite sve točne odgovore.
    .opt-a = Rasa
    .opt-b = Opće nasilje u zemlji podrijetla
    .opt-c = Krajnje siromaštvo
    .opt-d = Pripadnost određenoj društvenoj skupini
    .opt-e = Političko mišljenje
    .opt-f = Prirodna katastrofa
    .feedback = Članak 1A(2) Konvencije iz 1951. navodi pet razloga: rasu, vjeru, nacionalnost, pripadnost određenoj društvenoj skupini i političko mišljenje. Osnovani strah od proganjanja mora biti povezan s barem jednim od njih.
    .opt-b-feedback = Opće nasilje nije konvencijski razlog. Osobe koje od njega bježe mogu biti zaštićene regionalnim instrumentima, kao što je Konvencija Organizacije afričkog jedinstva o izbjeglicama iz 1969., ili supsidijarnom zaštitom prema pravu Europske unije.
    .opt-c-feedback = Samo siromaštvo nije razlog proganjanja u smislu članka 1A(2), iako diskriminacija u pristupu sredstvima za život može predstavljati proganjanje kada je povezana s konvencijskim razlogom.
    .opt-f-feedback = Prirodne katastrofe nisu konvencijski razlog. Osobe raseljene zbog katastrofa obuhvaćene su drugim okvirima, primjerice ciljem 2 Globalnog sporazuma o migracijama i Programom zaštite Nansenove inicijative.

q-protocol-1967-effect = Koji je bio glavni pravni učinak Protokola o statusu izbjeglica iz 1967.?
    .opt-a = Uklonio je vremensko ograničenje kojim je definicija izbjeglice bila vezana uz događaje prije 1. siječnja 1951.
    .opt-b = Osnovao je UNHCR i utvrdio mandat Visokog povjerenika.
    .opt-c = Dodao je nove razloge proganjanja u definiciju izbjeglice.
    .opt-d = Uveo je načelo non-refoulement u međunarodno pravo.
    .feedback = Članak I(2) Protokola iz 1967. primjenjuje definiciju izbjeglice bez riječi „kao posljedica događaja nastalih prije 1. siječnja 1951.”. Članak I(3) uklanja i neobvezno zemljopisno ograničenje, osim izjava koje su postojeće države stranke već dale.
    .opt-b-feedback = UNHCR je već postojao: Opća skupština odlučila ga je osnovati rezolucijom 319 (IV) iz 1949., a njegov je Statut usvojila rezolucijom 428 (V) od 14. prosinca 1950. S radom je počeo 1. siječnja 1951.
    .opt-c-feedback = Protokol nije promijenio pet konvencijskih razloga iz članka 1A(2).
    .opt-d-feedback = Načelo non-refoulement bilo je već utvrđeno u članku 33. Konvencije iz 1951.

q-cat-article3-absolute = Prema članku 3. Konvencije UN-a protiv mučenja država smije vratiti osobu u zemlju za koju postoje ozbiljni razlozi za vjerovanje da bi ondje bila podvrgnuta mučenju ako ta osoba predstavlja opasnost za nacionalnu sigurnost.
    .feedback = Netočno. Zabrana vraćanja osobe kojoj prijeti mučenje iz članka 3. Konvencije protiv mučenja nema iznimaka. Odbor protiv mučenja u Općem komentaru br. 4 (2017.), stavak 9., potvrđuje da je ta zabrana apsolutna. Po tome se razlikuje od članka 33(2) Konvencije o statusu izbjeglica iz 1951., koji dopušta iznimke.

q-echr-article3-cases = Povežite svaku presudu Europskog suda za ljudska prava sa situacijom na koju se odnosila.
    .left-soering = Soering protiv Ujedinjenog Kraljevstva (1989.)
    .left-chahal = Chahal protiv Ujedinjenog Kraljevstva (1996.)
    .left-mss = M.S.S. protiv Belgije i Grčke (2011.)
    .left-hirsi = Hirsi Jamaa i drugi protiv Italije (2012.)
    .right-extradition = Izručenje državi u kojoj je podnositelju prijetila smrtna kazna i dugogodišnje iščekivanje njezina izvršenja
    .right-security = Protjerivanje osobe koja se smatra prijetnjom nacionalnoj sigurnosti
    .right-dublin = Dublinski transfer tražitelja međunarodne zaštite u državu s ozbiljnim nedostacima u postupku azila i prihvatu
    .right-highseas = Presretanje migranata na otvorenom moru i njihovo vraćanje u Libiju bez pojedinačnog razmatranja
    .right-family = Zadržavanje obitelji s malom djecom u centru za zadržavanje migranata
    .feedback = Sve četiri presude odnose se na članak 3. Europske konvencije o ljudskim pravima (EKLJP). Presudom Soering utvrđeno je da udaljenje može dovesti do odgovornosti države koja osobu udaljuje. Presuda Chahal potvrdila je da je zaštita apsolutna bez obzira na ponašanje osobe. U predmetu M.S.S. Sud je utvrdio da je dublinski transfer u Grčku povrijedio članak 3. U predmetu Hirsi Jamaa utvrdio je povrede članka 3. i članka 4. Protokola br. 4 (kolektivno protjerivanje) zbog vraćanja s otvorenog mora.

q-iccpr-leave-enter = Članak 12. Međunarodnog pakta o građanskim i političkim pravima (MPGPP) svakome jamči pravo da napusti bilo koju zemlju, ali pravo ulaska jamči samo u vlastitu zemlju.
    .feedback = Točno. Prema članku 12(2) MPGPP-a svatko može slobodno napustiti bilo koju zemlju, uključujući vlastitu. Članak 12(4) štiti samo pravo ulaska u vlastitu zemlju. Odbor za ljudska prava u Općem komentaru br. 27 (1999.) tumači pojam „vlastita zemlja” šire od zemlje državljanstva, ali opće pravo ulaska u drugu državu ne postoji.

q-instruments-chronology = Poredajte ove instrumente prema redoslijedu donošenja ili potpisivanja, od najranijeg do najnovijeg.
    .item-echr = Europska konvencija o ljudskim pravima
    .item-refugee = Konvencija o statusu izbjeglica
    .item-iccpr = Međunarodni pakt o građanskim i političkim pravima
    .item-cat = Konvencija UN-a protiv mučenja
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih obitelji
    .feedback = EKLJP je potpisana u Rimu 4. studenoga 1950. Konvencija o statusu izbjeglica donesena je u Ženevi 28. srpnja 1951. MPGPP je donesen 16. prosinca 1966., Konvencija protiv mučenja 10. prosinca 1984., a Konvencija o radnicima migrantima 18. prosinca 1990.

q-icrmw-treaty-body = Koje ugovorno tijelo UN-a prati kako države primjenjuju Međunarodnu konvenciju o zaštiti prava svih radnika migranata i članova njihovih obitelji iz 1990.? Navedite englesku kraticu tog tijela.
    .feedback = Odbor za zaštitu prava svih radnika migranata i članova njihovih obitelji (engl. Committee on Migrant Workers, CMW), osnovan na temelju članka 72. Konvencije, tijelo je od 14 neovisnih stručnjaka. Razmatra izvješća država stranaka, a potporu mu pruža OHCHR.

q-return-risk-tests = Dovršite rečenice o kriterijima za procjenu rizika u slučaju vraćanja.
    .text = Članak 3. Konvencije protiv mučenja zabranjuje vraćanje ako postoje { $g1 } razlozi za vjerovanje da bi osobi prijetila opasnost da bude podvrgnuta mučenju. Europski sud za ljudska prava ispituje bi li osoba bila izložena { $g2 } riziku od postupanja protivnog članku 3. EKLJP-a.
    .opt-g1a = opravdani
    .opt-g1b = neoborivi
    .opt-g1c = ozbiljni
    .opt-g2a = izvjesnom
    .opt-g2b = stvarnom
    .opt-g2c = neposrednom
    .feedback = Članak 3(1) Konvencije protiv mučenja koristi izraz „ozbiljni razlozi za vjerovanje”. Od presude Soering protiv Ujedinjenog Kraljevstva (1989., stavak 91.) Europski sud za ljudska prava ispituje upućuju li ozbiljni razlozi na stvaran rizik od postupanja protivnog članku 3. Europske konvencije o ljudskim pravima. Izvjesnost zlostavljanja nije potrebna.

q-trafficking-vs-smuggling = Koji je element prema dvama protokolima UN-a iz 2000. o trgovanju ljudima i o krijumčarenju migranata nužan za trgovanje ljudima, ali ne i za krijumčarenje migranata?
    .opt-a = Prelazak međunarodne granice
    .opt-b = Financijska ili druga materijalna korist
    .opt-c = Uporaba krivotvorene putne isprave
    .opt-d = Svrha iskorištavanja
    .feedback = Članak 3(a) Protokola o trgovanju ljudima definira trgovanje ljudima kroz radnju, sredstvo i svrhu iskorištavanja. Članak 3(a) Protokola o krijumčarenju migranata definira krijumčarenje kao omogućivanje nezakonitog ulaska osobe u drugu državu radi stjecanja financijske ili druge materijalne koristi. Iskorištavanje nije dio definicije krijumčarenja.
    .opt-a-feedback = Vrijedi obrnuto. Krijumčarenje uvijek uključuje nezakonit ulazak u drugu državu, dok se trgovanje ljudima može odvijati i unutar jedne zemlje.
    .opt-b-feedback = Financijska ili druga materijalna korist element je definicije krijumčarenja u članku 3(a) Protokola o krijumčarenju migranata.
    .opt-c-feedback = Nijedna od tih definicija ne zahtijeva krivotvorenu ispravu. Prijevara s ispravama u svrhu krijumčarenja zasebno je kazneno djelo prema članku 6(1)(b) Protokola o krijumčarenju migranata.

## Kategorija: načela

q-article33-exceptions = Dovršite tekst iznimke od načela non-refoulement iz članka 33(2) Konvencije o statusu izbjeglica iz 1951.
    .text = Na pogodnost zabrane prisilnog udaljenja ili vraćanja ne može se pozvati izbjeglica za kojeg postoje opravdani razlozi da ga se smatra opasnim za { $g1 } zemlje u kojoj se nalazi ili koji, nakon što je pravomoćno osuđen za posebno { $g2 } kazneno djelo, predstavlja opasnost za { $g3 } te zemlje.
    .opt-g1a = sigurnost
    .opt-g1b = gospodarstvo
    .opt-g1c = javno zdravlje
    .opt-g2a = teško
    .opt-g2b = političko
    .opt-g2c = lako
    .opt-g3a = vladu
    .opt-g3b = gospodarstvo
    .opt-g3c = zajednicu
    .feedback = Članak 33(2) odnosi se na opasnost za sigurnost zemlje ili na izbjeglicu koji je pravomoćno osuđen za posebno teško kazneno djelo i predstavlja opasnost za zajednicu. Te se iznimke tumače restriktivno i ne utječu na apsolutne zabrane iz članka 3. Konvencije protiv mučenja i članka 3. Europske konvencije o ljudskim pravima.

q-recognition-declaratory = Prema Konvenciji o statusu izbjeglica iz 1951. osoba postaje izbjeglica tek u trenutku kada joj država formalno prizna status izbjeglice.
    .feedback = Netočno. Prema stavku 28. Priručnika UNHCR-a osoba je izbjeglica čim ispunjava kriterije iz definicije. Priznanje ne čini osobu izbjeglicom, nego utvrđuje da ona to jest. Zato su i tražitelji međunarodne zaštite zaštićeni od prisilnog udaljenja ili vraćanja dok se njihovi zahtjevi razmatraju.

q-article31-non-penalisation = Izbjeglica je nezakonito ušao u zemlju, dolazeći izravno iz zemlje proganjanja, i bez odgode se javio vlastima. Koji članak Konvencije o statusu izbjeglica iz 1951. zabranjuje kažnjavanje zbog takvog nezakonitog ulaska?
    .opt-a = Članak 33.
    .opt-b = Članak 31.
    .opt-c = Članak 1F
    .opt-d = Članak 26.
    .feedback = Članak 31(1) zabranjuje kažnjavanje zbog nezakonitog ulaska ili boravka izbjeglica koji dolaze izravno s područja na kojem su im život ili sloboda bili ugroženi, pod uvjetom da se bez odgode jave vlastima i navedu opravdan razlog. Članak 31(2) dopušta samo nužna ograničenja kretanja.
    .opt-a-feedback = Članak 33. zabranjuje vraćanje izbjeglice na mjesto na kojem mu prijeti opasnost (non-refoulement). Ne odnosi se na kažnjavanje zbog nezakonitog ulaska.
    .opt-c-feedback = Članak 1F sadržava klauzule o isključenju zbog teških kaznenih djela i djela protivnih ciljevima Ujedinjenih naroda.
    .opt-d-feedback = Članak 26. jamči slobodu kretanja izbjeglicama koji zakonito borave na državnom području.

q-convention-articles = Povežite svaki članak Konvencije o statusu izbjeglica iz 1951. s njegovim sadržajem.
    .left-art1c = Članak 1C
    .left-art1f = Članak 1F
    .left-art3 = Članak 3.
    .left-art35 = Članak 35.
    .right-cessation = Situacije u kojima prestaje status izbjeglice, primjerice kada izbjeglica dobrovoljno ponovno prihvati zaštitu zemlje svojeg državljanstva
    .right-exclusion = Isključenje osoba koje su počinile ratne zločine ili teška nepolitička kaznena djela
    .right-nondiscrimination = Primjena Konvencije bez diskriminacije na temelju rase, vjere ili zemlje podrijetla
    .right-cooperation = Dužnost država da surađuju s agencijom UN-a za izbjeglice u obavljanju njezine nadzorne funkcije
    .right-reunification = Pravo priznate izbjeglice na spajanje obitelji
    .feedback = Članak 1C sadržava klauzule o prestanku, članak 1F klauzule o isključenju, članak 3. pravilo o zabrani diskriminacije, a članak 35. dužnost suradnje s UNHCR-om. Konvencija nema članak o spajanju obitelji; jedinstvo obitelji uređeno je Preporukom B Završnog akta Konferencije iz 1951.

q-durable-solutions = Koja su od navedenih tri tradicionalna trajna rješenja za izbjeglice? Označite sve točne odgovore. Netočni odgovori umanjuju bodove.
    .opt-a = Dobrovoljna repatrijacija
    .opt-b = Lokalna integracija
    .opt-c = Preseljenje u treću zemlju
    .opt-d = Privremena zaštita
    .opt-e = Zadržavanje do udaljenja
    .feedback = Dobrovoljna repatrijacija, lokalna integracija i preseljenje tradicionalna su trajna rješenja. Stavak 1. Statuta UNHCR-a već spominje dobrovoljnu repatrijaciju i asimilaciju u nove nacionalne zajednice, a dio o rješenjima Globalnog sporazuma o izbjeglicama razrađuje sva tri rješenja, zajedno s komplementarnim putovima.
    .opt-d-feedback = Privremena zaštita pruža neposrednu zaštitu u slučaju masovnog priljeva, ali po definiciji nije trajno rješenje.
    .opt-e-feedback = Zadržavanje je mjera kontrole migracija, a ne rješenje za izbjeglice.

q-non-refoulement-extraterritorial = Prema stajalištu UNHCR-a i Europskog suda za ljudska prava, načelo zabrane prisilnog udaljenja ili vraćanja (non-refoulement) primjenjuje se samo na osobe koje se već nalaze na području države.
    .feedback = Netočno. Savjetodavno mišljenje UNHCR-a o ekstrateritorijalnoj primjeni obveza zabrane prisilnog udaljenja ili vraćanja (2007.) navodi da se ta obveza primjenjuje svugdje gdje država izvršava jurisdikciju, uključujući granicu i otvoreno more. Europski sud za ljudska prava došao je do istog zaključka za presretanja na moru u predmetu Hirsi Jamaa i drugi protiv Italije (2012.).

q-migrant-definition = Kako Pojmovnik IOM-a o migracijama (2019.) opisuje pojam „migrant”?
    .opt-a = Kao pravni status definiran u članku 1. Konvencije o statusu izbjeglica iz 1951.
    .opt-b = Kao osobu koja pet ili više godina živi izvan zemlje svojeg državljanstva
    .opt-c = Kao krovni pojam, koji nije definiran u međunarodnom pravu, za osobu koja napušta mjesto svojeg uobičajenog boravišta
    .opt-d = Kao osobu koja se seli u drugu zemlju isključivo kako bi ondje radila
    .feedback = Pojmovnik IOM-a opisuje pojam „migrant” kao krovni pojam, koji nije definiran u međunarodnom pravu, a odražava uobičajeno shvaćanje osobe koja napušta mjesto svojeg uobičajenog boravišta, unutar zemlje ili preko međunarodne granice, privremeno ili trajno, i to iz različitih razloga.
    .opt-a-feedback = Konvencija iz 1951. definira pojam „izbjeglica”, a ne „migrant”.
    .opt-b-feedback = Opis IOM-a ne propisuje najkraće trajanje. Statističke definicije koriste druga razdoblja, primjerice 12 mjeseci za dugoročne migrante.
    .opt-d-feedback = To je bliže pojmu „radnik migrant”, definiranom u članku 2(1) Konvencije o radnicima migrantima iz 1990. Krovni pojam „migrant” širi je.

q-long-term-migrant-months = Prema Preporukama UN-a o statistici međunarodnih migracija (Revizija 1, 1998.), dugoročni migrant je osoba koja se preseli u zemlju različitu od zemlje svojeg uobičajenog boravišta na razdoblje od najmanje koliko mjeseci? Upišite broj.
    .feedback = Točan je odgovor 12. Preporuke UN-a definiraju dugoročnog migranta kao osobu koja se preseli u drugu zemlju na razdoblje od najmanje godinu dana (12 mjeseci), tako da zemlja odredišta postaje njezina nova zemlja uobičajenog boravišta. Preseljenje na najmanje 3, ali manje od 12 mjeseci smatra se kratkoročnom migracijom, osim ako je riječ o rekreaciji, odmoru, posjetu prijateljima i rodbini, poslovnim razlozima, liječenju ili vjerskom hodočašću.

q-international-migrants-2020 = Prema Izvješću IOM-a o migracijama u svijetu 2022., koje se temelji na podacima UN DESA-e, koliko je otprilike međunarodnih migranata bilo u svijetu 2020.? Upišite broj u milijunima.
    .feedback = Izvješće IOM-a o migracijama u svijetu 2022. navodi oko 281 milijun međunarodnih migranata 2020., na temelju podataka UN DESA-e (International Migrant Stock 2020). To je bilo oko 3,6 posto svjetskog stanovništva. Prihvaćaju se odgovori od 276 do 286.

q-no-reservations-article33 = Država koja postane stranka Konvencije o statusu izbjeglica iz 1951. ne smije staviti rezervu na članak 33. o zabrani prisilnog udaljenja ili vraćanja (non-refoulement).
    .feedback = Točno. Članak 42(1) Konvencije iz 1951. isključuje rezerve na članke 1., 3., 4., 16(1), 33. te od 36. do 46. Članak VII(1) Protokola iz 1967. sadržava isto ograničenje za članke 1., 3., 4., 16(1) i 33.

## Kategorija: globalni sporazumi

q-gcm-objectives-count = Koliko ciljeva sadržava Globalni sporazum o sigurnim, urednim i zakonitim migracijama? Upišite broj.
    .feedback = Točan je odgovor 23. Stavak 16. Globalnog sporazuma navodi 23 cilja, od cilja 1 o podacima do cilja 23 o međunarodnoj suradnji. Nakon svakog cilja slijede obveza i popis mogućih aktivnosti.

q-gcm-legal-nature = Globalni sporazum o sigurnim, urednim i zakonitim migracijama stvara pravno obvezujuće obveze za države koje su ga podržale.
    .feedback = Netočno. Stavak 7. Globalnog sporazuma opisuje ga kao pravno neobvezujući okvir suradnje, a stavak 15(b) to ponavlja. Sporazum se nadovezuje na postojeće obveze, primjerice one iz ugovora o ljudskim pravima, ali ne stvara nove.

q-gcm-objectives-matching = Povežite svaki broj cilja Globalnog sporazuma o migracijama s njegovim sadržajem.
    .left-o8 = Cilj 8
    .left-o13 = Cilj 13
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-lives = Spašavati živote i uspostaviti koordinirane međunarodne napore u vezi s nestalim migrantima
    .right-detention = Zadržavanje migranata primjenjivati samo kao krajnju mjeru i raditi na alternativama
    .right-remittances = Promicati brže, sigurnije i jeftinije slanje doznaka i poticati financijsku uključenost migranata
    .right-return = Surađivati u olakšavanju sigurnog i dostojanstvenog povratka i ponovnog prihvata te održive reintegracije
    .right-quota = Uspostaviti obvezujuću globalnu kvotu za prihvat radnih migranata
    .feedback = Cilj 8 odnosi se na spašavanje života i nestale migrante, cilj 13 na zadržavanje migranata kao krajnju mjeru, cilj 20 na doznake, a cilj 21 na povratak, ponovni prihvat i reintegraciju (stavak 16. Globalnog sporazuma). Sporazum ne sadržava obvezujuće kvote za prihvat.

q-gcm-guiding-principles = Koja su od navedenih vodeća načela Globalnog sporazuma o migracijama navedena u njegovu stavku 15.? Označite sve točne odgovore.
    .opt-a = Slobodno kretanje osoba između svih država
    .opt-b = Nacionalna suverenost
    .opt-c = Obvezne kvote za premještanje
    .opt-d = Vladavina prava i pravični postupak
    .opt-e = Pristup koji uključuje cijelo društvo
    .feedback = Stavak 15. navodi deset horizontalnih vodećih načela: usmjerenost na ljude, međunarodna suradnja, nacionalna suverenost, vladavina prava i pravični postupak, održivi razvoj, ljudska prava, rodna osjetljivost, osjetljivost na potrebe djece, pristup koji uključuje cijelu vladu i pristup koji uključuje cijelo društvo.
    .opt-a-feedback = Sporazum ne uvodi slobodno kretanje. Stavak 15(c) potvrđuje suvereno pravo država da utvrđuju svoju nacionalnu migracijsku politiku.
    .opt-c-feedback = Kvote za premještanje ne spominju se u Sporazumu. Premještanje je jedna od mogućnosti u mehanizmu solidarnosti prava Europske unije, a ne načelo Globalnog sporazuma.

q-gcm-review-forum = Koji je forum, koji se prema stavku 49. Globalnog sporazuma o migracijama održava svake četiri godine počevši od 2022., glavna međuvladina globalna platforma za preispitivanje provedbe Sporazuma? Navedite englesku kraticu tog foruma.
    .feedback = Međunarodni forum za preispitivanje migracija (engl. International Migration Review Forum, IMRF) preoblikovani je i preimenovani Dijalog na visokoj razini o međunarodnim migracijama i razvoju. Prema stavku 49. Sporazuma sastaje se svake četiri godine od 2022., a svako zasjedanje završava međuvladino usuglašenom Deklaracijom o napretku.

q-un-network-coordinator = Koja organizacija prema stavku 45(a) Globalnog sporazuma o migracijama djeluje kao koordinator i tajništvo Mreže Ujedinjenih naroda za migracije?
    .opt-a = UNHCR
    .opt-b = OHCHR
    .opt-c = UN DESA
    .opt-d = IOM
    .feedback = Stavak 45(a) Sporazuma navodi da IOM djeluje kao koordinator i tajništvo Mreže UN-a za migracije, koja osigurava potporu cijelog sustava UN-a državama u provedbi Sporazuma.
    .opt-a-feedback = UNHCR ima vodeću ulogu u zaštiti izbjeglica i u provedbi Globalnog sporazuma o izbjeglicama. Član je Mreže, ali nije njezin koordinator.
    .opt-b-feedback = OHCHR kao član Mreže pridonosi svojim stručnim znanjem o ljudskim pravima, ali nije njezin koordinator.
    .opt-c-feedback = UN DESA izrađuje globalne statistike o migracijama, kao što je International Migrant Stock, ali ne koordinira Mrežu.

q-gcr-objectives = Koji su od navedenih ciljevi Globalnog sporazuma o izbjeglicama? Označite sve točne odgovore.
    .opt-a = Ublažiti pritisak na zemlje domaćine
    .opt-b = Povećati samostalnost izbjeglica
    .opt-c = Proširiti pristup rješenjima u trećim zemljama
    .opt-d = Utvrditi obvezujuće kvote za preseljenje za svaku državu
    .opt-e = Zamijeniti definiciju izbjeglice iz Konvencije iz 1951.
    .opt-f = Podupirati uvjete za povratak u sigurnosti i dostojanstvu u zemljama podrijetla
    .feedback = Stavak 7. Globalnog sporazuma o izbjeglicama utvrđuje četiri cilja: ublažiti pritisak na zemlje domaćine, povećati samostalnost izbjeglica, proširiti pristup rješenjima u trećim zemljama i podupirati uvjete za povratak u sigurnosti i dostojanstvu u zemljama podrijetla.
    .opt-d-feedback = Sporazum nije pravno obvezujući (stavak 4.). Oslanja se na dobrovoljne doprinose, primjerice na obveze preuzete na Globalnom forumu o izbjeglicama.
    .opt-e-feedback = Sporazum se temelji na postojećem međunarodnom sustavu zaštite izbjeglica, u čijem su središtu Konvencija iz 1951. i Protokol iz 1967. Ne mijenja definiciju izbjeglice.

q-gcr-endorsement = Kako je Globalni sporazum o izbjeglicama potvrđen?
    .opt-a = Države su ga donijele na međuvladinoj konferenciji u Marakešu u prosincu 2018.
    .opt-b = Države su ga potpisale i ratificirale kao novi protokol uz Konvenciju iz 1951.
    .opt-c = Opća skupština UN-a potvrdila ga je u prosincu 2018. u svojoj godišnjoj rezoluciji o UNHCR-u.
    .opt-d = Vijeće sigurnosti UN-a donijelo ga je obvezujućom rezolucijom.
    .feedback = Opća skupština UN-a potvrdila je Globalni sporazum o izbjeglicama 17. prosinca 2018. rezolucijom 73/151 o Uredu Visokog povjerenika UN-a za izbjeglice. Tekst je pripremljen kroz savjetovanja koja je vodio UNHCR.
    .opt-a-feedback = Konferencija u Marakešu 10. prosinca 2018. donijela je Globalni sporazum o migracijama, a ne Globalni sporazum o izbjeglicama.
    .opt-b-feedback = Globalni sporazum o izbjeglicama nije međunarodni ugovor. U stavku 4. navodi se da nije pravno obvezujući.
    .opt-d-feedback = Vijeće sigurnosti nije imalo nikakvu ulogu u donošenju Sporazuma.

q-global-frameworks-timeline = Poredajte ove događaje kronološki, od najranijeg do najnovijeg.
    .item-agenda = Donošenje Programa održivog razvoja do 2030., uključujući podcilj 10.7 o migracijama
    .item-nydeclaration = Donošenje Njujorške deklaracije o izbjeglicama i migrantima
    .item-gcm = Donošenje Globalnog sporazuma o migracijama na međuvladinoj konferenciji u Marakešu
    .item-grf = Prvi Globalni forum o izbjeglicama u Ženevi
    .feedback = Program održivog razvoja do 2030. donesen je 25. rujna 2015. (rezolucija 70/1). Njujorška deklaracija od 19. rujna 2016. (rezolucija 71/1) pokrenula je proces izrade obaju sporazuma. Globalni sporazum o migracijama donesen je u Marakešu 10. prosinca 2018., a prvi Globalni forum o izbjeglicama održan je u prosincu 2019.

q-sdg-migration-targets = Dovršite rečenice o ciljevima održivog razvoja.
    .text = Prema podcilju 10.c države nastoje do 2030. smanjiti transakcijske troškove doznaka migranata na manje od { $g1 } posto i ukinuti koridore za doznake s troškovima većima od { $g2 } posto. Podcilj o urednim, sigurnim, zakonitim i odgovornim migracijama kroz dobro upravljane migracijske politike jest podcilj { $g3 }.
    .opt-g1a = 5
    .opt-g1b = 3
    .opt-g1c = 1
    .opt-g2a = 10
    .opt-g2b = 3
    .opt-g2c = 5
    .opt-g3a = 10.7
    .opt-g3b = 8.8
    .opt-g3c = 16.9
    .feedback = Podcilj 10.c Programa održivog razvoja do 2030. utvrđuje granicu od manje od 3 posto i koridore s troškovima iznad 5 posto. Podcilj 10.7 odnosi se na uredne, sigurne, zakonite i odgovorne migracije. Podcilj 8.8 odnosi se na radnička prava, uključujući prava radnika migranata, a podcilj 16.9 na pravni identitet. Na podcilj 10.c upućuje i cilj 20 Globalnog sporazuma o migracijama.

## Kategorija: akteri

q-unhcr-statute = Koje tijelo UN-a, čiji je Statut usvojen rezolucijom Opće skupštine 428 (V) od 14. prosinca 1950., pruža izbjeglicama međunarodnu zaštitu i traži trajna rješenja za njih? Navedite englesku kraticu tog tijela.
    .feedback = Riječ je o Uredu Visokog povjerenika Ujedinjenih naroda za izbjeglice (UNHCR). Njegov Statut prilog je rezoluciji Opće skupštine 428 (V), a s radom je počeo 1. siječnja 1951. Članak 35. Konvencije iz 1951. obvezuje države na suradnju s UNHCR-om u obavljanju njegove nadzorne funkcije.

q-iom-un-status = IOM je od 2016. specijalizirana agencija Ujedinjenih naroda s istim pravnim statusom kao Međunarodna organizacija rada (MOR).
    .feedback = Netočno. Na temelju Sporazuma o odnosu između Ujedinjenih naroda i IOM-a, odobrenog rezolucijom Opće skupštine 70/296 i potpisanog 19. rujna 2016., IOM je ušao u sustav UN-a kao povezana organizacija. Nije specijalizirana agencija poput MOR-a (ILO) i zadržava vlastiti Ustav i upravljačka tijela.

q-ilo-conventions = Povežite svaku konvenciju Međunarodne organizacije rada (MOR) s njezinim predmetom.
    .left-c97 = Konvencija br. 97
    .left-c143 = Konvencija br. 143
    .left-c181 = Konvencija br. 181
    .left-c189 = Konvencija br. 189
    .right-employment = Migracije radi zaposlenja i jednako postupanje prema migrantima koji zakonito borave u zemlji
    .right-abusive = Migracije u uvjetima zlouporabe i jednake mogućnosti za radnike migrante
    .right-agencies = Privatne agencije za zapošljavanje i zaštita radnika koje one zapošljavaju
    .right-domestic = Dostojanstven rad za kućne radnike
    .right-minimumage = Najniža dob za zapošljavanje
    .feedback = Konvencija br. 97 jest Konvencija o migracijama radi zaposlenja (revidirana) iz 1949. Konvencija br. 143 jest Konvencija o radnicima migrantima (dopunske odredbe) iz 1975. Konvencija br. 181 jest Konvencija o privatnim agencijama za zapošljavanje iz 1997. Konvencija br. 189 jest Konvencija o kućnim radnicima iz 2011. Najniža dob za zapošljavanje predmet je Konvencije br. 138.

q-ilo-tripartism = Što je posebno u strukturi upravljanja Međunarodne organizacije rada (MOR)?
    .opt-a = Samo države koje su ratificirale njezine konvencije smiju glasovati u njezinim tijelima.
    .opt-b = Predstavnici vlada, poslodavaca i radnika zajednički donose odluke.
    .opt-c = Njezine odluke donosi Vijeće sigurnosti UN-a.
    .opt-d = Udruge migranata imaju utvrđeni udio glasova.
    .feedback = MOR (ILO) jedina je tripartitna agencija UN-a. Prema članku 3. Ustava MOR-a svaka država članica na Međunarodnu konferenciju rada šalje dva vladina izaslanika, jednog izaslanika poslodavaca i jednog izaslanika radnika, a Upravno vijeće ima isti tripartitni sastav (članak 7.).
    .opt-a-feedback = Sve države članice sudjeluju u radu Međunarodne konferencije rada, bez obzira na to jesu li ratificirale određenu konvenciju.
    .opt-c-feedback = MOR ima vlastiti Ustav i tijela. Vijeće sigurnosti ne donosi njezine odluke.
    .opt-d-feedback = Udruge migranata nemaju utvrđeni udio glasova. Radnici su zastupljeni putem radničkih organizacija.

q-ohchr-border-guidelines = Koje je tijelo UN-a 2014. objavilo Preporučena načela i smjernice o ljudskim pravima na međunarodnim granicama?
    .opt-a = OHCHR
    .opt-b = UNHCR
    .opt-c = IOM
    .opt-d = Frontex
    .feedback = Ured visokog povjerenika UN-a za ljudska prava (OHCHR) objavio je ta načela i smjernice 2014. Prvo je načelo primat ljudskih prava: ljudska prava svih osoba na međunarodnim granicama moraju se poštovati u svim mjerama upravljanja granicama.
    .opt-b-feedback = UNHCR objavljuje smjernice o zaštiti izbjeglica, primjerice o sustavima ulaska koji uzimaju u obzir potrebe zaštite, ali nije autor ovog dokumenta.
    .opt-c-feedback = IOM se bavi upravljanjem granicama, ali Načela i smjernice iz 2014. publikacija su OHCHR-a.
    .opt-d-feedback = Frontex je agencija Europske unije, a ne tijelo UN-a.

q-frontex-complaints = Osoba koja smatra da su joj tijekom operacije Frontexa povrijeđena temeljna prava može podnijeti pritužbu putem Frontexova mehanizma za pritužbe, koji vodi službenik za temeljna prava.
    .feedback = Točno. Uredba (EU) 2019/1896 o europskoj graničnoj i obalnoj straži predviđa službenika za temeljna prava (članak 109.) i mehanizam za pojedinačne pritužbe (članak 111.). Pritužbe na osoblje država članica prosljeđuju se nadležnim nacionalnim tijelima.

q-frontex-first-third-country = Frontex je 2019. pokrenuo svoju prvu zajedničku operaciju na području zemlje izvan Europske unije. U kojoj zemlji?
    .opt-a = Albanija
    .opt-b = Srbija
    .opt-c = Crna Gora
    .opt-d = Sjeverna Makedonija
    .feedback = Prva zajednička operacija Frontexa na području zemlje koja nije članica EU-a započela je u Albaniji u svibnju 2019., na granici s Grčkom, na temelju sporazuma o statusu između EU-a i Albanije.
    .opt-b-feedback = Zajednička operacija Frontexa u Srbiji započela je kasnije, na temelju zasebnog sporazuma o statusu s EU-om.
    .opt-c-feedback = Zajednička operacija Frontexa u Crnoj Gori započela je kasnije, na temelju zasebnog sporazuma o statusu s EU-om.
    .opt-d-feedback = Zajednička operacija Frontexa u Sjevernoj Makedoniji započela je kasnije, na temelju zasebnog sporazuma o statusu s EU-om.

q-treaty-body-complaints = Dovršite rečenice o pojedinačnim pritužbama ugovornim tijelima UN-a.
    .text = Pojedinačna pritužba da bi udaljenje povrijedilo članak 3. Konvencije protiv mučenja može se podnijeti { $g1 } na temelju članka { $g2 }. te Konvencije ako je država prihvatila taj postupak. Pritužbe na temelju MPGPP-a ispituje { $g3 } u skladu s Prvim fakultativnim protokolom.
    .opt-g1a = Vijeću za ljudska prava
    .opt-g1b = Odboru protiv mučenja
    .opt-g1c = Međunarodnom sudu
    .opt-g2a = 22
    .opt-g2b = 3
    .opt-g2c = 14
    .opt-g3a = Vijeće za ljudska prava
    .opt-g3b = Odbor za uklanjanje rasne diskriminacije
    .opt-g3c = Odbor za ljudska prava
    .feedback = Članak 22. Konvencije protiv mučenja omogućuje pojedinačne pritužbe Odboru protiv mučenja ako je država dala izjavu kojom ih prihvaća. Prema članku 1. Prvog fakultativnog protokola uz Međunarodni pakt o građanskim i političkim pravima (MPGPP) pojedinačne pritužbe ispituje Odbor za ljudska prava, tijelo neovisnih stručnjaka. Vijeće za ljudska prava međuvladino je tijelo sastavljeno od država i ne odlučuje o pojedinačnim pritužbama na temelju ugovora.

q-eu-agencies = Koje su od navedenih agencije Europske unije? Označite sve točne odgovore.
    .opt-a = Vijeće Europe
    .opt-b = IOM
    .opt-c = OESS
    .opt-d = Frontex (Agencija za europsku graničnu i obalnu stražu)
    .opt-e = EUAA (Agencija Europske unije za azil)
    .opt-f = eu-LISA (agencija za opsežne informacijske sustave)
    .feedback = Frontex (Uredba (EU) 2019/1896), EUAA (Uredba (EU) 2021/2303, kojom je 2022. zamijenjen EASO) i eu-LISA (Uredba (EU) 2018/1726; upravlja sustavima kao što je Eurodac) agencije su Europske unije.
    .opt-a-feedback = Vijeće Europe zasebna je međunarodna organizacija sa 46 država članica. Europski sud za ljudska prava dio je Vijeća Europe, a ne EU-a.
    .opt-b-feedback = IOM je međuvladina organizacija i povezana organizacija sustava UN-a.
    .opt-c-feedback = Organizacija za europsku sigurnost i suradnju (OESS, engl. OSCE) regionalna je sigurnosna organizacija, a ne tijelo EU-a.

q-icmpd-secretariat = Koja međuvladina organizacija sa sjedištem u Beču obavlja poslove tajništva i Budimpeštanskog i Praškog procesa? Navedite englesku kraticu te organizacije.
    .feedback = Međunarodni centar za razvoj migracijske politike (engl. International Centre for Migration Policy Development, ICMPD), osnovan 1993., djeluje kao tajništvo Budimpeštanskog procesa i Praškog procesa.

## Kategorija: regija

q-dublin-criteria-order = Prema Uredbi Dublin III, koja se i dalje primjenjuje na zahtjeve registrirane prije 1. srpnja 2026., kriteriji za određivanje odgovorne države članice moraju se primjenjivati utvrđenim redoslijedom. Poredajte te kriterije tim redoslijedom, od prvog do posljednjeg.
    .item-minor = Za maloljetnika bez pratnje: država u kojoj zakonito boravi član njegove obitelji ili njegov brat ili sestra
    .item-visa = Država koja je podnositelju zahtjeva izdala valjanu boravišnu ispravu ili vizu
    .item-irregular = Država čiju je vanjsku granicu podnositelj zahtjeva nezakonito prešao
    .item-airport = Država u čijem je međunarodnom tranzitnom prostoru zračne luke zahtjev podnesen
    .feedback = Članak 7(1) Uredbe (EU) br. 604/2013 zahtijeva da se kriteriji primjenjuju redoslijedom kojim su navedeni u poglavlju III.: maloljetnici bez pratnje (članak 8.), boravišne isprave i vize (članak 12.), nezakonit ulazak (članak 13.) i tranzitni prostor zračne luke (članak 15.). Kriteriji koji se odnose na maloljetnike bez pratnje i članove obitelji (članci 8. do 11.) primjenjuju se prije svih ostalih. Za zahtjeve registrirane od 1. srpnja 2026. kriteriji su utvrđeni u člancima 25. do 33. Uredbe (EU) 2024/1351.

q-eu-regulations = Povežite svaku uredbu EU-a s njezinim predmetom.
    .left-r604 = Uredba (EU) br. 604/2013
    .left-r399 = Uredba (EU) 2016/399
    .left-r1896 = Uredba (EU) 2019/1896
    .left-r1351 = Uredba (EU) 2024/1351
    .right-responsibility = Određivanje države članice odgovorne za razmatranje zahtjeva za međunarodnu zaštitu (Dublin III)
    .right-borderscode = Pravila o graničnoj kontroli osoba (Zakonik o schengenskim granicama)
    .right-coastguard = Europska granična i obalna straža, uključujući Frontex
    .right-management = Upravljanje azilom i migracijama, uključujući stalni mehanizam solidarnosti
    .right-temporary = Privremena zaštita u slučaju masovnog priljeva raseljenih osoba
    .feedback = Uredba br. 604/2013 jest Uredba Dublin III, Uredba 2016/399 Zakonik o schengenskim granicama, Uredba 2019/1896 Uredba o europskoj graničnoj i obalnoj straži, a Uredba 2024/1351 Uredba o upravljanju azilom i migracijama iz Pakta, koja je od 1. srpnja 2026. zamijenila Uredbu Dublin III. Uredba Dublin III i dalje se primjenjuje na zahtjeve registrirane prije tog datuma (članak 84(2) Uredbe (EU) 2024/1351). Privremena zaštita uređena je Direktivom Vijeća 2001/55/EZ, a ne uredbom.

q-schengen-short-stay = Prema schengenskim pravilima o kratkotrajnom boravku, koliko dana u bilo kojem razdoblju od 180 dana smije u schengenskom prostoru boraviti državljanin treće zemlje kojem nije potrebna viza, primjerice državljanin neke od zemalja zapadnog Balkana? Upišite broj.
    .feedback = Točan je odgovor 90. Članak 6(1) Zakonika o schengenskim granicama (Uredba (EU) 2016/399) i članak 4(1) Uredbe (EU) 2018/1806 dopuštaju boravak od najviše 90 dana u bilo kojem razdoblju od 180 dana.

q-visa-liberalisation-2009 = Državljani kojih zemalja zapadnog Balkana s biometrijskim putovnicama od 19. prosinca 2009. putuju u schengenski prostor bez vize?
    .opt-a = Albanije te Bosne i Hercegovine
    .opt-b = Srbije, Crne Gore i Sjeverne Makedonije
    .opt-c = Srbije te Bosne i Hercegovine
    .opt-d = Crne Gore i Albanije
    .feedback = Uredbom Vijeća (EZ) br. 1244/2009 ukinuta je vizna obveza za Srbiju, Crnu Goru i Sjevernu Makedoniju (tada pod nazivom bivša jugoslavenska republika Makedonija) od 19. prosinca 2009. Albanija te Bosna i Hercegovina uslijedile su 15. prosinca 2010. na temelju Uredbe (EU) br. 1091/2010. Za Srbiju su bile izuzete putovnice koje izdaje srbijanska Koordinacijska uprava; bezvizni režim za nositelje putovnica koje izdaje Kosovo* počeo je 1. siječnja 2024. *Ovim se nazivom ne dovode u pitanje stajališta o statusu te je on u skladu s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda o proglašenju neovisnosti Kosova.
    .opt-a-feedback = Albanija te Bosna i Hercegovina dobile su bezvizni režim godinu dana kasnije, od 15. prosinca 2010.
    .opt-c-feedback = Bosna i Hercegovina nije bila obuhvaćena odlukom iz 2009. Bezvizni režim dobila je u prosincu 2010.
    .opt-d-feedback = Albanija nije bila obuhvaćena odlukom iz 2009. Bezvizni režim dobila je u prosincu 2010.

q-readmission-third-country-nationals = Sporazumi EU-a o ponovnom prihvatu sa zemljama zapadnog Balkana obvezuju te zemlje da pod određenim uvjetima ponovno prihvate ne samo vlastite državljane nego i državljane trećih zemalja i osobe bez državljanstva koje su u EU ušle s njihova područja.
    .feedback = Točno. Sporazumi o ponovnom prihvatu s Albanijom (na snazi od 2006.) te s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom (na snazi od 1. siječnja 2008.) obuhvaćaju vlastite državljane i, pod uvjetima utvrđenima u sporazumima, državljane trećih zemalja i osobe bez državljanstva, primjerice osobe koje imaju vizu ili dozvolu boravka partnerske zemlje ili koje su ušle u EU izravno nakon boravka u toj zemlji ili prolaska kroz nju.

q-pact-solidarity-measures = Koje su od navedenih vrste doprinosa solidarnosti koje država članica može odabrati prema Uredbi o upravljanju azilom i migracijama iz Pakta EU-a o migracijama i azilu? Označite sve točne odgovore.
    .opt-a = Premještanje podnositelja zahtjeva za međunarodnu zaštitu
    .opt-b = Transfer podnositelja zahtjeva u treću zemlju izvan EU-a
    .opt-c = Financijski doprinosi
    .opt-d = Alternativne mjere, kao što su operativna potpora ili izgradnja kapaciteta
    .opt-e = Zatvaranje unutarnjih granica s državom članicom pod pritiskom
    .feedback = Članak 56(2) Uredbe (EU) 2024/1351 navodi premještanje, financijske doprinose i alternativne mjere solidarnosti, koji se smatraju jednako vrijednima. Prema članku 12(2) godišnji prijedlog Komisije mora predvidjeti najmanje 30 000 premještanja i 600 milijuna eura financijskih doprinosa.
    .opt-b-feedback = Transferi u treće zemlje nisu oblik solidarnosti među državama članicama u smislu te Uredbe.
    .opt-e-feedback = Zatvaranje unutarnjih granica nije mjera solidarnosti. Privremeni nadzor unutarnjih granica uređen je Zakonikom o schengenskim granicama.

q-screening-duration = Koliko najdulje smije trajati dubinska provjera na vanjskoj granici prema Uredbi EU-a o dubinskoj provjeri iz Pakta?
    .opt-a = 12 tjedana
    .opt-b = 30 dana
    .opt-c = 6 mjeseci
    .opt-d = 7 dana
    .feedback = Članak 8(3) Uredbe (EU) 2024/1356 zahtijeva da se dubinska provjera na vanjskoj granici provede bez odgode, a u svakom slučaju u roku od sedam dana. Dubinska provjera obuhvaća identifikaciju, sigurnosne provjere, preliminarne zdravstvene preglede i preliminarne provjere ranjivosti te registraciju biometrijskih podataka.
    .opt-a-feedback = 12 tjedana opće je najdulje trajanje postupka azila na granici prema članku 51(2) Uredbe o postupku azila (EU) 2024/1348, koji može uslijediti nakon dubinske provjere.
    .opt-b-feedback = Dubinska provjera znatno je kraća. Uredba propisuje najviše sedam dana na vanjskoj granici.
    .opt-c-feedback = Dubinska provjera znatno je kraća. Uredba propisuje najviše sedam dana na vanjskoj granici.

q-ammr-transition = Za zahtjev za međunarodnu zaštitu registriran prije 1. srpnja 2026. odgovorna država članica određuje se prema kriterijima Uredbe Dublin III, iako nova Uredba o upravljanju azilom i migracijama zamjenjuje Uredbu Dublin III.
    .feedback = Točno. Prema članku 84(2) Uredbe (EU) 2024/1351 država članica odgovorna za zahtjev registriran prije 1. srpnja 2026. određuje se prema kriterijima Uredbe (EU) br. 604/2013. Nova se Uredba općenito počela primjenjivati 1. srpnja 2026. (članak 85.).

q-berne-initiative-outcome = Koji je bio glavni rezultat Bernske inicijative koju je Švicarska pokrenula 2001.?
    .opt-a = Obvezujuća konvencija o ponovnom prihvatu nezakonitih migranata
    .opt-b = Osnivanje Globalnog foruma o migracijama i razvoju
    .opt-c = Međunarodni program za upravljanje migracijama, neobvezujući referentni okvir
    .opt-d = Primanje IOM-a u sustav Ujedinjenih naroda
    .feedback = Bernska inicijativa bila je savjetodavni proces koji su vodile same države, a IOM je bio njezino tajništvo. Završena je 2004. Međunarodnim programom za upravljanje migracijama (IAMM), neobvezujućim skupom zajedničkih shvaćanja i učinkovitih praksi upravljanja migracijama.
    .opt-a-feedback = Bernska inicijativa nije rezultirala obvezujućim instrumentom. Poštovala je suverenost država u pitanjima migracija.
    .opt-b-feedback = Globalni forum o migracijama i razvoju prvi se put sastao 2007., nakon Dijaloga UN-a na visokoj razini 2006. Bernska inicijativa pomogla je pripremiti teren, ali nije osnovala Forum.
    .opt-d-feedback = IOM je ušao u sustav UN-a kao povezana organizacija 2016., dugo nakon završetka Bernske inicijative.

q-consultative-processes = Povežite svaki regionalni savjetodavni proces s njegovim glavnim područjem djelovanja.
    .left-budapest = Budimpeštanski proces
    .left-prague = Praški proces
    .left-colombo = Proces iz Colomba
    .left-bali = Proces s Balija
    .right-silkroutes = Jedan od najstarijih europskih dijaloga o migracijama, danas proširen na zemlje Puta svile
    .right-partnerships = Dijalog pokrenut 2009. između EU-a i država Istočnog partnerstva, zapadnog Balkana i srednje Azije
    .right-labour = Zapošljavanje u inozemstvu i ugovorni rad za azijske zemlje podrijetla
    .right-smuggling = Krijumčarenje ljudi, trgovanje ljudima i s njima povezan transnacionalni kriminal u azijsko-pacifičkoj regiji
    .right-southamerica = Suradnja u području migracija među državama Južne Amerike
    .feedback = Budimpeštanski proces započeo je početkom 1990-ih i danas je usmjeren na zemlje Puta svile. Praški proces pokrenut je 2009. na ministarskoj konferenciji u Pragu o izgradnji migracijskih partnerstava. Proces iz Colomba (2003.) bavi se radnim migracijama iz azijskih zemalja podrijetla, a Proces s Balija (2002.) krijumčarenjem i trgovanjem ljudima. Kao i svi regionalni savjetodavni procesi, neformalni su i neobvezujući.
