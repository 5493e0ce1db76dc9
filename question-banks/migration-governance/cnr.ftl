course-title = Globalno i regionalno upravljanje migracijama
course-description = Međunarodni pravni okvir za izbjeglice i migrante, dva globalna dogovora, glavni međunarodni akteri i akteri EU, kao i upravljanje migracijama na nivou EU i regiona na Zapadnom Balkanu.

quiz-migration-governance-final = Završni test
    .description = Dvadeset pitanja iz svih pet djelova kursa. Imate 30 minuta, a za prolaz vam je potrebno 60 odsto.

## Category: instruments

q-refugee-definition-grounds = Koji su od navedenih osnova progona navedeni u definiciji izbjeglice u članu 1A(2) Konvencije o statusu izbjeglica iz 1951. godine? Označite sve tačne odgovore.
    .opt-a = Rasa
    .opt-b = Opšte nasilje u zemlji porijekla
    .opt-c = Krajnje siromaštvo
    .opt-d = Pripadnost određenoj društvenoj grupi
    .opt-e = Političko mišljenje
    .opt-f = Prirodna katastrofa
    .feedback = Član 1A(2) Konvencije iz 1951. godine navodi pet osnova: rasu, vjeru, nacionalnost, pripadnost određenoj društvenoj grupi i političko mišljenje. Osnovani strah od progona mora biti povezan sa najmanje jednim od njih.
    .opt-b-feedback = Opšte nasilje nije osnov iz Konvencije. Lica koja bježe od njega mogu biti zaštićena regionalnim instrumentima, kao što je Konvencija OAU o izbjeglicama iz 1969. godine, ili supsidijarnom zaštitom prema pravu EU.
    .opt-c-feedback = Samo siromaštvo nije osnov progona prema članu 1A(2), iako diskriminacija u pristupu sredstvima za život može predstavljati progon kada je povezana sa nekim od osnova iz Konvencije.
    .opt-f-feedback = Prirodne katastrofe nijesu osnov iz Konvencije. Položaj lica raseljenih zbog katastrofa uređuju drugi okviri, na primjer cilj 2 GCM-a i Agenda zaštite Inicijative Nansen.

q-protocol-1967-effect = Koje je bilo glavno pravno dejstvo Protokola o statusu izbjeglica iz 1967. godine?
    .opt-a = Ukinuo je vremensko ograničenje koje je definiciju izbjeglice vezivalo za događaje prije 1. januara 1951. godine.
    .opt-b = Osnovao je UNHCR i utvrdio mandat Visokog komesara.
    .opt-c = Dodao je nove osnove progona u definiciju izbjeglice.
    .opt-d = Uveo je načelo non-refoulement u međunarodno pravo.
    .feedback = Član I(2) Protokola iz 1967. godine primjenjuje definiciju izbjeglice bez riječi „kao rezultat događaja koji su se desili prije 1. januara 1951. godine“. Član I(3) ukida i fakultativno geografsko ograničenje, osim za izjave koje su postojeće države ugovornice već dale.
    .opt-b-feedback = UNHCR je već postojao: Generalna skupština odlučila je da ga osnuje rezolucijom 319 (IV) iz 1949. godine, a njegov Statut usvojila je rezolucijom 428 (V) od 14. decembra 1950. godine. Sa radom je počeo 1. januara 1951. godine.
    .opt-c-feedback = Protokol nije promijenio pet osnova iz člana 1A(2) Konvencije.
    .opt-d-feedback = Načelo non-refoulement već je bilo utvrđeno u članu 33 Konvencije iz 1951. godine.

q-cat-article3-absolute = Prema članu 3 Konvencije UN protiv torture, država može vratiti lice u zemlju za koju postoje ozbiljni razlozi za vjerovanje da bi to lice tamo bilo podvrgnuto torturi ako ono predstavlja opasnost po nacionalnu bezbjednost.
    .feedback = Netačno. Zabrana vraćanja u zemlju u kojoj prijeti tortura iz člana 3 Konvencije protiv torture ne dopušta nikakve izuzetke. Komitet protiv torture u Opštem komentaru br. 4 (2017), paragraf 9, potvrđuje da je ta zabrana apsolutna. Po tome se razlikuje od člana 33(2) Konvencije o statusu izbjeglica iz 1951. godine, koji dopušta izuzetke.

q-echr-article3-cases = Povežite svaku presudu Evropskog suda za ljudska prava sa situacijom na koju se odnosila.
    .left-soering = Soering protiv Ujedinjenog Kraljevstva (1989)
    .left-chahal = Chahal protiv Ujedinjenog Kraljevstva (1996)
    .left-mss = M.S.S. protiv Belgije i Grčke (2011)
    .left-hirsi = Hirsi Jamaa i drugi protiv Italije (2012)
    .right-extradition = Izručenje državi u kojoj je podnosiocu predstavke prijetila smrtna kazna i dugogodišnje čekanje na izvršenje
    .right-security = Deportacija lica koje se smatra prijetnjom po nacionalnu bezbjednost
    .right-dublin = Transfer lica koje traži međunarodnu zaštitu u okviru dablinskog sistema u državu sa ozbiljnim nedostacima u postupku azila i prihvatu
    .right-highseas = Presretanje migranata na otvorenom moru i njihovo vraćanje u Libiju bez pojedinačnog razmatranja
    .right-family = Zadržavanje porodice sa malom djecom u centru za zadržavanje migranata
    .feedback = Sve četiri presude odnose se na član 3 Evropske konvencije o ljudskim pravima (EKLJP). Presudom Soering utvrđeno je da udaljenje može povući odgovornost države koja lice šalje. Presuda Chahal potvrdila je da je zaštita apsolutna, bez obzira na ponašanje lica. U predmetu M.S.S. Sud je utvrdio da je dablinski transfer u Grčku povrijedio član 3. U predmetu Hirsi Jamaa utvrđene su povrede člana 3 i člana 4 Protokola br. 4 (kolektivno protjerivanje) zbog vraćanja sa otvorenog mora.

q-iccpr-leave-enter = Član 12 Međunarodnog pakta o građanskim i političkim pravima (MPGPP) svakome jemči pravo da napusti bilo koju zemlju, ali pravo ulaska jemči samo u odnosu na sopstvenu zemlju.
    .feedback = Tačno. Član 12(2) MPGPP propisuje da svako može slobodno napustiti bilo koju zemlju, uključujući i sopstvenu. Član 12(4) štiti samo pravo ulaska u sopstvenu zemlju. Komitet za ljudska prava u Opštem komentaru br. 27 (1999) tumači pojam „sopstvena zemlja“ šire od zemlje državljanstva, ali ne postoji opšte pravo ulaska u drugu državu.

q-instruments-chronology = Poređajte ove instrumente hronološki, prema datumu usvajanja ili potpisivanja, od najranijeg do najnovijeg.
    .item-echr = Evropska konvencija o ljudskim pravima
    .item-refugee = Konvencija o statusu izbjeglica
    .item-iccpr = Međunarodni pakt o građanskim i političkim pravima
    .item-cat = Konvencija UN protiv torture
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .feedback = EKLJP je potpisana u Rimu 4. novembra 1950. godine. Konvencija o statusu izbjeglica usvojena je u Ženevi 28. jula 1951. godine. MPGPP je usvojen 16. decembra 1966. godine, Konvencija protiv torture 10. decembra 1984. godine, a Konvencija o radnicima migrantima 18. decembra 1990. godine.

q-icrmw-treaty-body = Koje ugovorno tijelo UN prati kako države primjenjuju Međunarodnu konvenciju o zaštiti prava svih radnika migranata i članova njihovih porodica iz 1990. godine? Navedite njegovu englesku skraćenicu.
    .feedback = Komitet za radnike migrante (CMW), osnovan na osnovu člana 72 Konvencije, sastoji se od 14 nezavisnih eksperata. On razmatra izvještaje država ugovornica, a podršku mu pruža OHCHR.

q-return-risk-tests = Dopunite rečenice o testovima koji se primjenjuju pri procjeni rizika u slučaju vraćanja.
    .text = Član 3 Konvencije protiv torture zabranjuje vraćanje ako postoje { $g1 } razlozi za vjerovanje da bi lice bilo u opasnosti da bude podvrgnuto torturi. Evropski sud za ljudska prava ispituje da li bi lice bilo izloženo { $g2 } riziku od postupanja suprotnog članu 3 EKLJP.
    .opt-g1a = razumni
    .opt-g1b = neoborivi
    .opt-g1c = ozbiljni
    .opt-g2a = izvjesnom
    .opt-g2b = stvarnom
    .opt-g2c = neposrednom
    .feedback = Član 3(1) Konvencije protiv torture koristi izraz „ozbiljni razlozi za vjerovanje“. Od presude Soering protiv Ujedinjenog Kraljevstva (1989, paragraf 91) Evropski sud za ljudska prava ispituje da li ozbiljni razlozi ukazuju na stvarni rizik od postupanja suprotnog članu 3 EKLJP. Izvjesnost zlostavljanja se ne zahtijeva.

q-trafficking-vs-smuggling = Prema dva protokola UN iz 2000. godine o trgovini ljudima i o krijumčarenju migranata, koji se element zahtijeva za trgovinu ljudima, ali ne i za krijumčarenje migranata?
    .opt-a = Prelazak međunarodne granice
    .opt-b = Finansijska ili druga materijalna korist
    .opt-c = Upotreba lažne putne isprave
    .opt-d = Cilj eksploatacije
    .feedback = Član 3(a) Protokola o trgovini ljudima definiše trgovinu ljudima kroz radnju, sredstvo i cilj eksploatacije. Član 3(a) Protokola o krijumčarenju definiše krijumčarenje kao obezbjeđivanje nezakonitog ulaska lica u drugu državu radi sticanja finansijske ili druge materijalne koristi. Eksploatacija nije dio definicije krijumčarenja.
    .opt-a-feedback = Upravo je obrnuto. Krijumčarenje uvijek podrazumijeva nezakonit ulazak u drugu državu, dok se trgovina ljudima može odvijati i unutar jedne zemlje.
    .opt-b-feedback = Finansijska ili druga materijalna korist element je definicije krijumčarenja iz člana 3(a) Protokola o krijumčarenju.
    .opt-c-feedback = Nijedna od dvije definicije ne zahtijeva lažnu ispravu. Prevara u vezi sa ispravama u cilju krijumčarenja posebno je krivično djelo prema članu 6(1)(b) Protokola o krijumčarenju.

## Category: principles

q-article33-exceptions = Dopunite tekst izuzetka od načela non-refoulement iz člana 33(2) Konvencije o statusu izbjeglica iz 1951. godine.
    .text = Na pogodnost načela non-refoulement ne može se pozivati izbjeglica za koga postoje opravdani razlozi da se smatra opasnim po { $g1 } zemlje u kojoj se nalazi, niti izbjeglica koji, pošto je pravosnažnom presudom osuđen za naročito { $g2 } krivično djelo, predstavlja opasnost za { $g3 } te zemlje.
    .opt-g1a = bezbjednost
    .opt-g1b = ekonomiju
    .opt-g1c = javno zdravlje
    .opt-g2a = teško
    .opt-g2b = političko
    .opt-g2c = lako
    .opt-g3a = vladu
    .opt-g3b = ekonomiju
    .opt-g3c = zajednicu
    .feedback = Član 33(2) odnosi se na opasnost po bezbjednost zemlje ili na izbjeglicu koji je pravosnažnom presudom osuđen za naročito teško krivično djelo i predstavlja opasnost za zajednicu. Ovi izuzeci tumače se restriktivno i ne utiču na apsolutne zabrane iz člana 3 Konvencije protiv torture i člana 3 EKLJP.

q-recognition-declaratory = Prema Konvenciji o statusu izbjeglica iz 1951. godine, lice postaje izbjeglica tek u trenutku kada država formalno prizna njegov izbjeglički status.
    .feedback = Netačno. Prema paragrafu 28 Priručnika UNHCR-a, lice je izbjeglica čim ispuni kriterijume iz definicije. Priznanjem lice ne postaje izbjeglica, već se njime utvrđuje da ono to već jeste. Zbog toga su i lica koja traže međunarodnu zaštitu zaštićena od vraćanja (refoulement) dok se njihovi zahtjevi razmatraju.

q-article31-non-penalisation = Izbjeglica je neregularno ušao u zemlju, došavši direktno iz zemlje progona, i odmah se javio nadležnim organima. Koji član Konvencije o statusu izbjeglica iz 1951. godine zabranjuje kažnjavanje zbog takvog neregularnog ulaska?
    .opt-a = Član 33
    .opt-b = Član 31
    .opt-c = Član 1F
    .opt-d = Član 26
    .feedback = Član 31(1) zabranjuje kažnjavanje zbog nezakonitog ulaska ili boravka izbjeglica koje dolaze direktno sa teritorije na kojoj su im život ili sloboda bili ugroženi, pod uslovom da se bez odlaganja jave nadležnim organima i navedu opravdan razlog. Član 31(2) dopušta samo neophodna ograničenja kretanja.
    .opt-a-feedback = Član 33 zabranjuje vraćanje izbjeglice na mjesto gdje mu prijeti opasnost (non-refoulement). On se ne bavi kažnjavanjem zbog neregularnog ulaska.
    .opt-c-feedback = Član 1F sadrži klauzule o isključenju za teška krivična djela i djela suprotna ciljevima Ujedinjenih nacija.
    .opt-d-feedback = Član 26 jemči slobodu kretanja izbjeglicama koje se zakonito nalaze na teritoriji.

q-convention-articles = Povežite svaki član Konvencije o statusu izbjeglica iz 1951. godine sa njegovim sadržajem.
    .left-art1c = Član 1C
    .left-art1f = Član 1F
    .left-art3 = Član 3
    .left-art35 = Član 35
    .right-cessation = Situacije u kojima prestaje izbjeglički status, na primjer kada izbjeglica dobrovoljno ponovo prihvati zaštitu zemlje čiji je državljanin
    .right-exclusion = Isključenje lica koja su počinila ratne zločine ili teška nepolitička krivična djela
    .right-nondiscrimination = Primjena Konvencije bez diskriminacije po osnovu rase, vjere ili zemlje porijekla
    .right-cooperation = Obaveza država da sarađuju sa agencijom UN za izbjeglice u vršenju njene nadzorne funkcije
    .right-reunification = Pravo priznate izbjeglice na spajanje porodice
    .feedback = Član 1C sadrži klauzule o prestanku statusa, član 1F klauzule o isključenju, član 3 pravilo o zabrani diskriminacije, a član 35 obavezu saradnje sa UNHCR-om. Konvencija ne sadrži član o spajanju porodice; jedinstvo porodice obrađeno je u Preporuci B Završnog akta Konferencije iz 1951. godine.

q-durable-solutions = Koja su od navedenih tri tradicionalna trajna rješenja za izbjeglice? Označite sve tačne odgovore. Netačni odgovori smanjuju broj bodova.
    .opt-a = Dobrovoljna repatrijacija
    .opt-b = Lokalna integracija
    .opt-c = Preseljenje u treću zemlju
    .opt-d = Privremena zaštita
    .opt-e = Zadržavanje do udaljenja
    .feedback = Dobrovoljna repatrijacija, lokalna integracija i preseljenje tradicionalna su trajna rješenja. Paragraf 1 Statuta UNHCR-a već pominje dobrovoljnu repatrijaciju i asimilaciju u nove nacionalne zajednice, a dio Globalnog dogovora o izbjeglicama posvećen rješenjima razrađuje sva tri rješenja, zajedno sa komplementarnim putevima prijema.
    .opt-d-feedback = Privremena zaštita pruža hitnu zaštitu u slučaju masovnog priliva, ali po definiciji nije trajno rješenje.
    .opt-e-feedback = Zadržavanje je mjera kontrole migracija, a ne rješenje za izbjeglice.

q-non-refoulement-extraterritorial = Prema stavu UNHCR-a i Evropskog suda za ljudska prava, načelo non-refoulement primjenjuje se samo na lica koja se već nalaze na teritoriji države.
    .feedback = Netačno. Savjetodavno mišljenje UNHCR-a o eksteritorijalnoj primjeni obaveza non-refoulement (2007) navodi da se ta obaveza primjenjuje svuda gdje država vrši jurisdikciju, uključujući granicu i otvoreno more. Evropski sud za ljudska prava došao je do istog zaključka za presretanja na moru u predmetu Hirsi Jamaa i drugi protiv Italije (2012).

q-migrant-definition = Kako Pojmovnik IOM-a o migracijama (2019) opisuje pojam „migrant“?
    .opt-a = Kao pravni status definisan u članu 1 Konvencije o statusu izbjeglica iz 1951. godine
    .opt-b = Kao lice koje pet ili više godina živi van zemlje čiji je državljanin
    .opt-c = Kao krovni pojam, nedefinisan u međunarodnom pravu, za lice koje napušta mjesto uobičajenog boravka
    .opt-d = Kao lice koje prelazi u drugu zemlju isključivo radi zaposlenja
    .feedback = Pojmovnik IOM-a opisuje „migranta“ kao krovni pojam, koji nije definisan međunarodnim pravom i odražava uobičajeno shvatanje lica koje napušta mjesto uobičajenog boravka, unutar jedne zemlje ili preko međunarodne granice, privremeno ili trajno, i iz različitih razloga.
    .opt-a-feedback = Konvencija iz 1951. godine definiše pojam „izbjeglica“, a ne „migrant“.
    .opt-b-feedback = Opis IOM-a ne propisuje minimalno trajanje. Statističke definicije koriste druge periode, na primjer 12 mjeseci za dugoročne migrante.
    .opt-d-feedback = Ovo je bliže pojmu „radnik migrant“, definisanom u članu 2(1) Konvencije o radnicima migrantima iz 1990. godine. Krovni pojam „migrant“ je širi.

q-long-term-migrant-months = Prema Preporukama UN o statistici međunarodnih migracija (Revizija 1, 1998), dugoročni migrant je lice koje se preseli u zemlju koja nije zemlja njegovog uobičajenog boravka na najmanje koliko mjeseci? Unesite broj.
    .feedback = Odgovor je 12. Preporuke UN definišu dugoročnog migranta kao lice koje se preseli u drugu zemlju na period od najmanje godinu dana (12 mjeseci), tako da zemlja odredišta postaje njegova nova zemlja uobičajenog boravka. Preseljenje na najmanje 3, ali manje od 12 mjeseci smatra se kratkoročnom migracijom, osim ako je radi rekreacije, odmora, posjete prijateljima i rođacima, poslovnih razloga, liječenja ili vjerskog hodočašća.

q-international-migrants-2020 = Prema Izvještaju IOM-a o migracijama u svijetu 2022, koji se zasniva na podacima UN DESA, koliko je otprilike međunarodnih migranata bilo u svijetu 2020. godine? Navedite broj u milionima.
    .feedback = Izvještaj IOM-a o migracijama u svijetu 2022 navodi oko 281 milion međunarodnih migranata u 2020. godini, na osnovu podataka UN DESA International Migrant Stock 2020. To je bilo oko 3,6 odsto svjetskog stanovništva. Prihvataju se odgovori između 276 i 286.

q-no-reservations-article33 = Država koja postane ugovornica Konvencije o statusu izbjeglica iz 1951. godine ne može staviti rezervu na član 33 o načelu non-refoulement.
    .feedback = Tačno. Član 42(1) Konvencije iz 1951. godine isključuje rezerve na članove 1, 3, 4, 16(1), 33 i 36 do 46. Član VII(1) Protokola iz 1967. godine sadrži isto ograničenje za članove 1, 3, 4, 16(1) i 33.

## Category: compacts

q-gcm-objectives-count = Koliko ciljeva sadrži Globalni dogovor o bezbjednim, urednim i regularnim migracijama? Unesite broj.
    .feedback = Odgovor je 23. Paragraf 16 Globalnog dogovora navodi 23 cilja, od cilja 1 o podacima do cilja 23 o međunarodnoj saradnji. Svaki cilj prate obaveza i spisak mogućih aktivnosti.

q-gcm-legal-nature = Globalni dogovor o bezbjednim, urednim i regularnim migracijama stvara pravno obavezujuće obaveze za države koje su ga podržale.
    .feedback = Netačno. Paragraf 7 Globalnog dogovora opisuje ga kao pravno neobavezujući okvir za saradnju, a paragraf 15(b) to ponavlja. Dogovor se oslanja na postojeće obaveze, poput onih iz ugovora o ljudskim pravima, ali ne stvara nove.

q-gcm-objectives-matching = Povežite svaki broj cilja Globalnog dogovora o migracijama sa njegovim sadržajem.
    .left-o8 = Cilj 8
    .left-o13 = Cilj 13
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-lives = Spasavati živote i uspostaviti koordinisane međunarodne napore u vezi sa nestalim migrantima
    .right-detention = Koristiti zadržavanje migranata samo kao krajnju mjeru i raditi na alternativama
    .right-remittances = Promovisati brži, bezbjedniji i jeftiniji transfer doznaka i podsticati finansijsku uključenost migranata
    .right-return = Sarađivati na olakšavanju bezbjednog i dostojanstvenog povratka i readmisije, kao i održive reintegracije
    .right-quota = Uspostaviti obavezujuću globalnu kvotu za prijem radnih migranata
    .feedback = Cilj 8 odnosi se na spasavanje života i nestale migrante, cilj 13 na zadržavanje migranata kao krajnju mjeru, cilj 20 na doznake, a cilj 21 na povratak, readmisiju i reintegraciju (paragraf 16 Globalnog dogovora). Dogovor ne sadrži obavezujuće kvote za prijem.

q-gcm-guiding-principles = Koja su od navedenih vodeća načela Globalnog dogovora o migracijama navedena u njegovom paragrafu 15? Označite sve tačne odgovore.
    .opt-a = Slobodno kretanje lica između svih država
    .opt-b = Nacionalni suverenitet
    .opt-c = Obavezne kvote za premještanje
    .opt-d = Vladavina prava i pravičan postupak
    .opt-e = Pristup cijelog društva
    .feedback = Paragraf 15 navodi deset međusobno povezanih vodećih načela: usmjerenost na ljude, međunarodna saradnja, nacionalni suverenitet, vladavina prava i pravičan postupak, održivi razvoj, ljudska prava, rodna odgovornost, osjetljivost na potrebe djece, pristup cijele vlade i pristup cijelog društva.
    .opt-a-feedback = Dogovor ne uspostavlja slobodno kretanje. Paragraf 15(c) potvrđuje suvereno pravo država da utvrđuju svoju nacionalnu migracionu politiku.
    .opt-c-feedback = Kvote za premještanje ne postoje u Dogovoru. Premještanje je jedna od mogućnosti u mehanizmu solidarnosti prava EU, a ne načelo Globalnog dogovora.

q-gcm-review-forum = Prema paragrafu 49 Globalnog dogovora o migracijama, koji forum, koji se održava svake četiri godine počev od 2022. godine, predstavlja glavnu međuvladinu globalnu platformu za razmatranje sprovođenja Dogovora? Navedite njegovu englesku skraćenicu.
    .feedback = Međunarodni forum za razmatranje migracija (IMRF) nastao je preimenovanjem i promjenom namjene Dijaloga na visokom nivou o međunarodnim migracijama i razvoju. Prema paragrafu 49 Dogovora, sastaje se svake četiri godine od 2022. godine, a svako zasjedanje završava se Deklaracijom o napretku usaglašenom na međuvladinom nivou.

q-un-network-coordinator = Prema paragrafu 45(a) Globalnog dogovora o migracijama, koja organizacija obavlja ulogu koordinatora i sekretarijata Mreže Ujedinjenih nacija za migracije?
    .opt-a = UNHCR
    .opt-b = OHCHR
    .opt-c = UN DESA
    .opt-d = IOM
    .feedback = Paragraf 45(a) Dogovora propisuje da IOM obavlja ulogu koordinatora i sekretarijata Mreže UN za migracije, koja obezbjeđuje podršku cijelog sistema UN državama u sprovođenju Dogovora.
    .opt-a-feedback = UNHCR ima vodeću ulogu u zaštiti izbjeglica i u vezi sa Globalnim dogovorom o izbjeglicama. Član je Mreže, a ne njen koordinator.
    .opt-b-feedback = OHCHR kao član Mreže doprinosi svojom stručnošću u oblasti ljudskih prava, ali nije njen koordinator.
    .opt-c-feedback = UN DESA izrađuje globalnu statistiku migracija, kao što je International Migrant Stock, ali ne koordinira Mrežu.

q-gcr-objectives = Koji su od navedenih ciljevi Globalnog dogovora o izbjeglicama? Označite sve tačne odgovore.
    .opt-a = Ublažiti pritisak na zemlje domaćine
    .opt-b = Povećati samostalnost izbjeglica
    .opt-c = Proširiti pristup rješenjima u trećim zemljama
    .opt-d = Utvrditi obavezujuće kvote za preseljenje za svaku državu
    .opt-e = Zamijeniti definiciju izbjeglice iz Konvencije iz 1951. godine
    .opt-f = Podržati uslove u zemljama porijekla za povratak u bezbjednosti i dostojanstvu
    .feedback = Paragraf 7 Globalnog dogovora o izbjeglicama utvrđuje četiri cilja: ublažiti pritisak na zemlje domaćine, povećati samostalnost izbjeglica, proširiti pristup rješenjima u trećim zemljama i podržati uslove u zemljama porijekla za povratak u bezbjednosti i dostojanstvu.
    .opt-d-feedback = Dogovor nije pravno obavezujući (paragraf 4). Oslanja se na dobrovoljne doprinose, na primjer na obećanja data na Globalnom forumu o izbjeglicama.
    .opt-e-feedback = Dogovor se zasniva na postojećem međunarodnom režimu zaštite izbjeglica, u čijem su središtu Konvencija iz 1951. godine i Protokol iz 1967. godine. On ne mijenja definiciju izbjeglice.

q-gcr-endorsement = Na koji je način potvrđen Globalni dogovor o izbjeglicama?
    .opt-a = Države su ga usvojile na međuvladinoj konferenciji u Marakešu u decembru 2018. godine.
    .opt-b = Države su ga potpisale i ratifikovale kao novi protokol uz Konvenciju iz 1951. godine.
    .opt-c = Generalna skupština UN potvrdila ga je u decembru 2018. godine, u svojoj godišnjoj rezoluciji o UNHCR-u.
    .opt-d = Savjet bezbjednosti UN usvojio ga je u obavezujućoj rezoluciji.
    .feedback = Generalna skupština UN potvrdila je Globalni dogovor o izbjeglicama 17. decembra 2018. godine rezolucijom 73/151 o Kancelariji Visokog komesara UN za izbjeglice. Tekst je pripremljen kroz konsultacije koje je vodio UNHCR.
    .opt-a-feedback = Konferencija u Marakešu od 10. decembra 2018. godine usvojila je Globalni dogovor o migracijama, a ne Globalni dogovor o izbjeglicama.
    .opt-b-feedback = Globalni dogovor o izbjeglicama nije međunarodni ugovor. Paragraf 4 navodi da nije pravno obavezujući.
    .opt-d-feedback = Savjet bezbjednosti nije imao nikakvu ulogu u usvajanju Dogovora.

q-global-frameworks-timeline = Poređajte ove događaje hronološki, od najranijeg do najnovijeg.
    .item-agenda = Usvajanje Agende 2030 za održivi razvoj, uključujući podcilj 10.7 o migracijama
    .item-nydeclaration = Usvajanje Njujorške deklaracije o izbjeglicama i migrantima
    .item-gcm = Usvajanje Globalnog dogovora o migracijama na međuvladinoj konferenciji u Marakešu
    .item-grf = Prvi Globalni forum o izbjeglicama u Ženevi
    .feedback = Agenda 2030 usvojena je 25. septembra 2015. godine (rezolucija 70/1). Njujorškom deklaracijom od 19. septembra 2016. godine (rezolucija 71/1) pokrenut je proces izrade oba dogovora. Globalni dogovor o migracijama usvojen je u Marakešu 10. decembra 2018. godine, a prvi Globalni forum o izbjeglicama održan je u decembru 2019. godine.

q-sdg-migration-targets = Dopunite rečenice o ciljevima održivog razvoja.
    .text = Prema podcilju 10.c ciljeva održivog razvoja, države do 2030. godine nastoje da smanje transakcione troškove doznaka migranata na manje od { $g1 } odsto i da ukinu koridore za doznake čiji su troškovi veći od { $g2 } odsto. Podcilj koji se odnosi na uređene, bezbjedne, regularne i odgovorne migracije kroz dobro upravljane migracione politike je podcilj { $g3 }.
    .opt-g1a = 5
    .opt-g1b = 3
    .opt-g1c = 1
    .opt-g2a = 10
    .opt-g2b = 3
    .opt-g2c = 5
    .opt-g3a = 10.7
    .opt-g3b = 8.8
    .opt-g3c = 16.9
    .feedback = Podcilj 10.c Agende 2030 utvrđuje vrijednosti od manje od 3 odsto i koridore sa troškovima iznad 5 odsto. Podcilj 10.7 obuhvata uređene, bezbjedne, regularne i odgovorne migracije. Podcilj 8.8 odnosi se na radna prava, uključujući prava radnika migranata, a podcilj 16.9 na pravni identitet. Cilj 20 GCM-a takođe upućuje na podcilj 10.c.

## Category: actors

q-unhcr-statute = Koje tijelo UN, čiji je Statut usvojen rezolucijom Generalne skupštine 428 (V) od 14. decembra 1950. godine, pruža međunarodnu zaštitu izbjeglicama i traži trajna rješenja za njih? Navedite njegovu englesku skraćenicu.
    .feedback = Kancelarija Visokog komesara Ujedinjenih nacija za izbjeglice (UNHCR). Njen Statut je prilog rezoluciji Generalne skupštine 428 (V), a sa radom je počela 1. januara 1951. godine. Član 35 Konvencije iz 1951. godine obavezuje države da sarađuju sa UNHCR-om u vršenju njegove nadzorne funkcije.

q-iom-un-status = Od 2016. godine IOM je specijalizovana agencija Ujedinjenih nacija, sa istim pravnim statusom kao MOR (ILO).
    .feedback = Netačno. Na osnovu Sporazuma o odnosu između Ujedinjenih nacija i IOM-a, odobrenog rezolucijom Generalne skupštine 70/296 i potpisanog 19. septembra 2016. godine, IOM je ušao u sistem UN kao povezana organizacija. IOM nije specijalizovana agencija kao MOR i zadržava sopstveni Ustav i upravna tijela.

q-ilo-conventions = Povežite svaku konvenciju MOR-a (ILO) sa njenim predmetom.
    .left-c97 = Konvencija br. 97
    .left-c143 = Konvencija br. 143
    .left-c181 = Konvencija br. 181
    .left-c189 = Konvencija br. 189
    .right-employment = Migracije radi zaposlenja i jednak tretman migranata koji zakonito borave u zemlji
    .right-abusive = Migracije u uslovima zloupotrebe i jednakost mogućnosti radnika migranata
    .right-agencies = Privatne agencije za zapošljavanje i zaštita radnika koje one angažuju
    .right-domestic = Dostojanstven rad za kućne radnike
    .right-minimumage = Minimalna starosna granica za zasnivanje radnog odnosa
    .feedback = Konvencija br. 97 je Konvencija o migracijama radi zaposlenja (revidirana) iz 1949. godine. Konvencija br. 143 je Konvencija o radnicima migrantima (dopunske odredbe) iz 1975. godine. Konvencija br. 181 je Konvencija o privatnim agencijama za zapošljavanje iz 1997. godine. Konvencija br. 189 je Konvencija o kućnim radnicima iz 2011. godine. Minimalna starosna granica predmet je Konvencije br. 138.

q-ilo-tripartism = Po čemu je upravljačka struktura MOR-a (ILO) posebna?
    .opt-a = Samo države koje su ratifikovale njene konvencije mogu glasati u njenim organima.
    .opt-b = Predstavnici vlada, poslodavaca i radnika zajedno donose odluke.
    .opt-c = Njene odluke donosi Savjet bezbjednosti UN.
    .opt-d = Udruženja migranata imaju utvrđen udio glasova.
    .feedback = MOR je jedina tripartitna agencija UN. Prema članu 3 Ustava MOR-a, svaka država članica šalje na Međunarodnu konferenciju rada dva delegata vlade, jednog delegata poslodavaca i jednog delegata radnika, a Administrativni savjet ima isti tripartitni sastav (član 7).
    .opt-a-feedback = Sve države članice učestvuju u radu Međunarodne konferencije rada, bez obzira na to da li su ratifikovale određenu konvenciju.
    .opt-c-feedback = MOR ima sopstveni Ustav i organe. Savjet bezbjednosti ne donosi njene odluke.
    .opt-d-feedback = Udruženja migranata nemaju utvrđen udio glasova. Radnici su zastupljeni preko radničkih organizacija.

q-ohchr-border-guidelines = Koji je entitet UN objavio Preporučena načela i smjernice o ljudskim pravima na međunarodnim granicama 2014. godine?
    .opt-a = OHCHR
    .opt-b = UNHCR
    .opt-c = IOM
    .opt-d = Frontex
    .feedback = Kancelarija Visokog komesara UN za ljudska prava (OHCHR) objavila je ova načela i smjernice 2014. godine. Prvo načelo je primat ljudskih prava: ljudska prava svih lica na međunarodnim granicama moraju se poštovati u svim mjerama upravljanja granicama.
    .opt-b-feedback = UNHCR objavljuje smjernice o zaštiti izbjeglica, na primjer o sistemima ulaska koji uzimaju u obzir potrebe zaštite, ali nije autor ovog dokumenta.
    .opt-c-feedback = IOM se bavi upravljanjem granicama, ali su Načela i smjernice iz 2014. godine publikacija OHCHR-a.
    .opt-d-feedback = Frontex je agencija Evropske unije, a ne entitet UN.

q-frontex-complaints = Lice koje smatra da su mu tokom operacije Frontexa povrijeđena osnovna prava može podnijeti pritužbu putem mehanizma za pritužbe Frontexa, kojim upravlja službenik Frontexa za osnovna prava.
    .feedback = Tačno. Uredba (EU) 2019/1896 o evropskoj graničnoj i obalskoj straži predviđa službenika za osnovna prava (član 109) i mehanizam za pojedinačne pritužbe (član 111). Pritužbe na postupanje osoblja država članica prosljeđuju se nadležnim nacionalnim organima.

q-frontex-first-third-country = Frontex je 2019. godine pokrenuo svoju prvu zajedničku operaciju na teritoriji zemlje van Evropske unije. U kojoj zemlji?
    .opt-a = Albanija
    .opt-b = Srbija
    .opt-c = Crna Gora
    .opt-d = Sjeverna Makedonija
    .feedback = Prva zajednička operacija Frontexa na teritoriji zemlje koja nije članica EU počela je u Albaniji u maju 2019. godine, na granici sa Grčkom, na osnovu sporazuma o statusu između EU i Albanije.
    .opt-b-feedback = Zajednička operacija Frontexa u Srbiji počela je kasnije, na osnovu posebnog sporazuma o statusu sa EU.
    .opt-c-feedback = Zajednička operacija Frontexa u Crnoj Gori počela je kasnije, na osnovu posebnog sporazuma o statusu sa EU.
    .opt-d-feedback = Zajednička operacija Frontexa u Sjevernoj Makedoniji počela je kasnije, na osnovu posebnog sporazuma o statusu sa EU.

q-treaty-body-complaints = Dopunite rečenice o pojedinačnim pritužbama ugovornim tijelima UN.
    .text = Pojedinačnu pritužbu da bi udaljenje povrijedilo član 3 Konvencije protiv torture razmatra { $g1 } na osnovu člana { $g2 } te konvencije, ako je država prihvatila ovaj postupak. Pritužbe na osnovu MPGPP razmatra { $g3 } u skladu sa Prvim fakultativnim protokolom.
    .opt-g1a = Savjet za ljudska prava
    .opt-g1b = Komitet protiv torture
    .opt-g1c = Međunarodni sud pravde
    .opt-g2a = 22
    .opt-g2b = 3
    .opt-g2c = 14
    .opt-g3a = Savjet za ljudska prava
    .opt-g3b = Komitet za eliminaciju rasne diskriminacije
    .opt-g3c = Komitet za ljudska prava
    .feedback = Član 22 Konvencije protiv torture omogućava podnošenje pojedinačnih predstavki Komitetu protiv torture kada je država dala izjavu kojom ih prihvata. Prema članu 1 Prvog fakultativnog protokola uz MPGPP, pojedinačne predstavke razmatra Komitet za ljudska prava, tijelo nezavisnih eksperata. Savjet za ljudska prava je međuvladino tijelo sastavljeno od država i ne odlučuje o pojedinačnim pritužbama na osnovu ugovora.

q-eu-agencies = Koje su od navedenih agencije Evropske unije? Označite sve tačne odgovore.
    .opt-a = Savjet Evrope
    .opt-b = IOM
    .opt-c = OEBS (OSCE)
    .opt-d = Frontex (Evropska agencija za graničnu i obalsku stražu)
    .opt-e = EUAA (Agencija Evropske unije za azil)
    .opt-f = eu-LISA (agencija za opsežne IT sisteme)
    .feedback = Frontex (Uredba (EU) 2019/1896), EUAA (Uredba (EU) 2021/2303, kojom je 2022. godine zamijenjen EASO) i eu-LISA (Uredba (EU) 2018/1726; upravlja sistemima kao što je Eurodac) agencije su EU.
    .opt-a-feedback = Savjet Evrope je posebna međunarodna organizacija sa 46 država članica. Evropski sud za ljudska prava pripada Savjetu Evrope, a ne EU.
    .opt-b-feedback = IOM je međuvladina organizacija i povezana organizacija sistema UN.
    .opt-c-feedback = OEBS (OSCE) je regionalna bezbjednosna organizacija, a ne tijelo EU.

q-icmpd-secretariat = Koja međuvladina organizacija sa sjedištem u Beču obavlja ulogu sekretarijata i Budimpeštanskog i Praškog procesa? Navedite njenu englesku skraćenicu.
    .feedback = Međunarodni centar za razvoj migracionih politika (ICMPD), osnovan 1993. godine, obavlja ulogu sekretarijata Budimpeštanskog procesa i Praškog procesa.

## Category: regional

q-dublin-criteria-order = Prema Uredbi Dablin III, koja se i dalje primjenjuje na zahtjeve registrovane prije 1. jula 2026. godine, kriterijumi za određivanje odgovorne države članice moraju se primjenjivati utvrđenim redom. Poređajte ove kriterijume tim redom, od prvog do posljednjeg.
    .item-minor = Za maloljetnika bez pratnje, država u kojoj zakonito boravi član porodice ili brat ili sestra
    .item-visa = Država koja je podnosiocu zahtjeva izdala važeću boravišnu ispravu ili vizu
    .item-irregular = Država čiju je spoljnu granicu podnosilac zahtjeva neregularno prešao
    .item-airport = Država u čijem je međunarodnom tranzitnom prostoru aerodroma zahtjev podnesen
    .feedback = Član 7(1) Uredbe (EU) br. 604/2013 zahtijeva da se kriterijumi primjenjuju redom kojim su navedeni u Poglavlju III: maloljetnici bez pratnje (član 8), boravišne isprave i vize (član 12), neregularni ulazak (član 13) i tranzitni prostor aerodroma (član 15). Kriterijumi koji se odnose na maloljetnike bez pratnje i članove porodice (članovi 8 do 11) imaju prednost u odnosu na sve ostale. Za zahtjeve registrovane od 1. jula 2026. godine kriterijumi su utvrđeni u članovima 25 do 33 Uredbe (EU) 2024/1351.

q-eu-regulations = Povežite svaku uredbu EU sa njenim predmetom.
    .left-r604 = Uredba (EU) br. 604/2013
    .left-r399 = Uredba (EU) 2016/399
    .left-r1896 = Uredba (EU) 2019/1896
    .left-r1351 = Uredba (EU) 2024/1351
    .right-responsibility = Određivanje države članice odgovorne za razmatranje zahtjeva za međunarodnu zaštitu (Dablin III)
    .right-borderscode = Pravila o graničnoj kontroli lica (Zakonik o šengenskim granicama)
    .right-coastguard = Evropska granična i obalska straža, uključujući Frontex
    .right-management = Upravljanje azilom i migracijama, uključujući stalni mehanizam solidarnosti
    .right-temporary = Privremena zaštita u slučaju masovnog priliva raseljenih lica
    .feedback = Br. 604/2013 je Dablin III, 2016/399 je Zakonik o šengenskim granicama, 2019/1896 je Uredba o evropskoj graničnoj i obalskoj straži, a 2024/1351 je Uredba o upravljanju azilom i migracijama iz Pakta, koja je od 1. jula 2026. godine zamijenila Dablin III. Dablin III se i dalje primjenjuje na zahtjeve registrovane prije tog datuma (član 84(2) Uredbe (EU) 2024/1351). Privremena zaštita uređena je Direktivom Savjeta 2001/55/EZ, a ne uredbom.

q-schengen-short-stay = Prema šengenskim pravilima o kratkoročnom boravku, koliko dana u bilo kom periodu od 180 dana može u šengenskom prostoru boraviti državljanin treće zemlje kojem nije potrebna viza, na primjer državljanin neke zemlje Zapadnog Balkana? Unesite broj.
    .feedback = Odgovor je 90. Član 6(1) Zakonika o šengenskim granicama (Uredba (EU) 2016/399) i član 4(1) Uredbe (EU) 2018/1806 dopuštaju boravak od najviše 90 dana u bilo kom periodu od 180 dana.

q-visa-liberalisation-2009 = Državljani kojih zemalja Zapadnog Balkana sa biometrijskim pasošima putuju u šengenski prostor bez vize od 19. decembra 2009. godine?
    .opt-a = Albanije i Bosne i Hercegovine
    .opt-b = Srbije, Crne Gore i Sjeverne Makedonije
    .opt-c = Srbije i Bosne i Hercegovine
    .opt-d = Crne Gore i Albanije
    .feedback = Uredbom Savjeta (EZ) br. 1244/2009 ukinut je vizni režim za Srbiju, Crnu Goru i Sjevernu Makedoniju (tada pod imenom Bivša Jugoslovenska Republika Makedonija) od 19. decembra 2009. godine. Albanija i Bosna i Hercegovina uslijedile su 15. decembra 2010. godine, na osnovu Uredbe (EU) br. 1091/2010. Za Srbiju su bili izuzeti pasoši koje izdaje srpska Koordinaciona uprava; bezvizni režim za nosioce pasoša koje izdaje Kosovo* počeo je 1. januara 2024. godine. *Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom Savjeta bezbjednosti UN 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.
    .opt-a-feedback = Albanija i Bosna i Hercegovina dobile su bezvizni režim godinu dana kasnije, od 15. decembra 2010. godine.
    .opt-c-feedback = Bosna i Hercegovina nije bila obuhvaćena odlukom iz 2009. godine. Bezvizni režim dobila je u decembru 2010. godine.
    .opt-d-feedback = Albanija nije bila obuhvaćena odlukom iz 2009. godine. Bezvizni režim dobila je u decembru 2010. godine.

q-readmission-third-country-nationals = Sporazumi EU o readmisiji sa zemljama Zapadnog Balkana obavezuju te zemlje da, pod određenim uslovima, prihvate ne samo sopstvene državljane, već i državljane trećih zemalja i lica bez državljanstva koja su u EU ušla sa njihove teritorije.
    .feedback = Tačno. Sporazumi o readmisiji sa Albanijom (na snazi od 2006. godine) i sa Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom (na snazi od 1. januara 2008. godine) obuhvataju sopstvene državljane i, pod uslovima utvrđenim u sporazumima, državljane trećih zemalja i lica bez državljanstva, na primjer lica koja imaju vizu ili dozvolu boravka zemlje partnera ili koja su u EU ušla direktno nakon boravka u toj zemlji ili tranzita kroz nju.

q-pact-solidarity-measures = Prema Uredbi o upravljanju azilom i migracijama iz Pakta EU o migracijama i azilu, koje su od navedenih vrste doprinosa solidarnosti koje država članica može izabrati? Označite sve tačne odgovore.
    .opt-a = Premještanje podnosilaca zahtjeva za međunarodnu zaštitu
    .opt-b = Transfer podnosilaca zahtjeva u treću zemlju van EU
    .opt-c = Finansijski doprinosi
    .opt-d = Alternativne mjere, kao što su operativna podrška ili jačanje kapaciteta
    .opt-e = Zatvaranje unutrašnjih granica prema državi članici pod pritiskom
    .feedback = Član 56(2) Uredbe (EU) 2024/1351 navodi premještanje, finansijske doprinose i alternativne mjere solidarnosti, koje se smatraju jednako vrijednim. Prema članu 12(2), godišnji predlog Komisije mora predvidjeti najmanje 30 000 premještanja i 600 miliona eura finansijskih doprinosa.
    .opt-b-feedback = Transferi u treće zemlje nijesu oblik solidarnosti između država članica prema ovoj Uredbi.
    .opt-e-feedback = Zatvaranje unutrašnjih granica nije mjera solidarnosti. Privremene kontrole na unutrašnjim granicama uređene su Zakonikom o šengenskim granicama.

q-screening-duration = Prema Uredbi EU o provjeri iz Pakta, koliko najduže može trajati provjera na spoljnoj granici?
    .opt-a = 12 sedmica
    .opt-b = 30 dana
    .opt-c = 6 mjeseci
    .opt-d = 7 dana
    .feedback = Član 8(3) Uredbe (EU) 2024/1356 zahtijeva da se provjera na spoljnoj granici obavi bez odlaganja, a u svakom slučaju u roku od sedam dana. Provjera obuhvata identifikaciju, bezbjednosne provjere, preliminarni zdravstveni pregled i provjeru ranjivosti, kao i registraciju biometrijskih podataka.
    .opt-a-feedback = 12 sedmica je opšte maksimalno trajanje graničnog postupka azila prema članu 51(2) Uredbe o postupku azila (EU) 2024/1348, koji može uslijediti nakon provjere.
    .opt-b-feedback = Provjera je znatno kraća. Uredba propisuje najduže sedam dana na spoljnoj granici.
    .opt-c-feedback = Provjera je znatno kraća. Uredba propisuje najduže sedam dana na spoljnoj granici.

q-ammr-transition = Za zahtjev za međunarodnu zaštitu registrovan prije 1. jula 2026. godine odgovorna država članica određuje se prema kriterijumima Uredbe Dablin III, iako nova Uredba o upravljanju azilom i migracijama zamjenjuje Dablin III.
    .feedback = Tačno. Prema članu 84(2) Uredbe (EU) 2024/1351, država članica odgovorna za zahtjev registrovan prije 1. jula 2026. godine određuje se prema kriterijumima Uredbe (EU) br. 604/2013. Nova Uredba je, po pravilu, počela da se primjenjuje 1. jula 2026. godine (član 85).

q-berne-initiative-outcome = Šta je bio glavni rezultat Bernske inicijative, koju je Švajcarska pokrenula 2001. godine?
    .opt-a = Obavezujuća konvencija o readmisiji neregularnih migranata
    .opt-b = Osnivanje Globalnog foruma o migracijama i razvoju
    .opt-c = Međunarodna agenda za upravljanje migracijama, neobavezujući referentni okvir
    .opt-d = Prijem IOM-a u sistem Ujedinjenih nacija
    .feedback = Bernska inicijativa bila je konsultativni proces koji su vodile države, a IOM je bio njen sekretarijat. Okončana je 2004. godine usvajanjem Međunarodne agende za upravljanje migracijama (IAMM), neobavezujućeg skupa zajedničkih shvatanja i djelotvornih praksi upravljanja migracijama.
    .opt-a-feedback = Bernska inicijativa nije proizvela nijedan obavezujući instrument. Poštovala je suverenitet država u pitanjima migracija.
    .opt-b-feedback = Globalni forum o migracijama i razvoju prvi put se sastao 2007. godine, nakon Dijaloga UN na visokom nivou iz 2006. godine. Bernska inicijativa doprinijela je pripremi terena, ali nije osnovala Forum.
    .opt-d-feedback = IOM je ušao u sistem UN kao povezana organizacija 2016. godine, dugo nakon okončanja Bernske inicijative.

q-consultative-processes = Povežite svaki regionalni konsultativni proces sa njegovim glavnim fokusom.
    .left-budapest = Budimpeštanski proces
    .left-prague = Praški proces
    .left-colombo = Proces iz Kolomba
    .left-bali = Proces sa Balija
    .right-silkroutes = Jedan od najstarijih evropskih dijaloga o migracijama, danas proširen na zemlje Puteva svile
    .right-partnerships = Dijalog pokrenut 2009. godine između EU i država Istočnog partnerstva, Zapadnog Balkana i Centralne Azije
    .right-labour = Zapošljavanje u inostranstvu i ugovorni rad za azijske zemlje porijekla
    .right-smuggling = Krijumčarenje ljudi, trgovina ljudima i povezani transnacionalni kriminal u azijsko-pacifičkom regionu
    .right-southamerica = Saradnja u oblasti migracija među državama Južne Amerike
    .feedback = Budimpeštanski proces pokrenut je početkom 1990-ih godina i danas je usmjeren na Puteve svile. Praški proces pokrenut je na ministarskoj konferenciji „Izgradnja migracionih partnerstava“ u Pragu 2009. godine. Proces iz Kolomba (2003) bavi se radnim migracijama iz azijskih zemalja porijekla, a Proces sa Balija (2002) krijumčarenjem i trgovinom ljudima. Kao i svi regionalni konsultativni procesi, oni su neformalni i neobavezujući.
