course-title = Globalno i regionalno upravljanje migracijama
course-description = Međunarodni pravni okvir za izbjeglice i migrante, dva globalna sporazuma, glavni međunarodni akteri i akteri Evropske unije te upravljanje migracijama na nivou Evropske unije i regije Zapadnog Balkana.

quiz-migration-governance-final = Završni test
    .description = Dvadeset pitanja iz svih pet dijelova kursa. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: instrumenti

q-refugee-definition-grounds = Koji su od navedenih osnova progona sadržani u definiciji izbjeglice iz člana 1A(2) Konvencije o statusu izbjeglica iz 1951. godine? Označite sve tačne odgovore.
    .opt-a = Rasa
    .opt-b = Opće nasilje u zemlji porijekla
    .opt-c = Krajnje siromaštvo
    .opt-d = Pripadnost određenoj društvenoj grupi
    .opt-e = Političko mišljenje
    .opt-f = Prirodna katastrofa
    .feedback = Član 1A(2) Konvencije iz 1951. godine navodi pet osnova: rasu, vjeru, nacionalnost, pripadnost određenoj društvenoj grupi i političko mišljenje. Osnovan strah od progona mora biti povezan s najmanje jednim od njih.
    .opt-b-feedback = Opće nasilje nije osnov iz Konvencije. Osobe koje od njega bježe mogu biti zaštićene regionalnim instrumentima, kao što je Konvencija Organizacije afričkog jedinstva o izbjeglicama iz 1969. godine, ili supsidijarnom zaštitom prema pravu Evropske unije.
    .opt-c-feedback = Samo siromaštvo nije osnov progona u smislu člana 1A(2), iako diskriminacija u pristupu sredstvima za život može predstavljati progon kada je povezana s nekim od osnova iz Konvencije.
    .opt-f-feedback = Prirodne katastrofe nisu osnov iz Konvencije. Osobe raseljene zbog katastrofa obuhvaćene su drugim okvirima, na primjer ciljem 2 Globalnog sporazuma o migracijama (GCM) i Agendom zaštite Nansenove inicijative.

q-protocol-1967-effect = Koje je bilo glavno pravno dejstvo Protokola o statusu izbjeglica iz 1967. godine?
    .opt-a = Ukinuo je vremensko ograničenje kojim je definicija izbjeglice bila vezana za događaje prije 1. januara 1951. godine.
    .opt-b = Osnovao je UNHCR i utvrdio mandat Visokog komesara.
    .opt-c = Dodao je nove osnove progona u definiciju izbjeglice.
    .opt-d = Uveo je princip non-refoulement u međunarodno pravo.
    .feedback = Član I(2) Protokola iz 1967. godine primjenjuje definiciju izbjeglice bez riječi „kao rezultat događaja koji su se desili prije 1. januara 1951. godine“. Član I(3) ukida i fakultativno geografsko ograničenje, osim izjava koje su postojeće države ugovornice već dale.
    .opt-b-feedback = UNHCR je već postojao: Generalna skupština odlučila je da ga osnuje rezolucijom 319 (IV) iz 1949. godine, a njegov Statut usvojila je rezolucijom 428 (V) od 14. decembra 1950. godine. S radom je počeo 1. januara 1951. godine.
    .opt-c-feedback = Protokol nije promijenio pet osnova iz člana 1A(2) Konvencije.
    .opt-d-feedback = Princip non-refoulement već je bio utvrđen u članu 33. Konvencije iz 1951. godine.

q-cat-article3-absolute = Prema članu 3. Konvencije UN-a protiv torture, država smije vratiti osobu u zemlju za koju postoje ozbiljni razlozi za vjerovanje da bi ta osoba bila podvrgnuta torturi ako ta osoba predstavlja opasnost za nacionalnu sigurnost.
    .feedback = Netačno. Zabrana vraćanja u zemlju u kojoj prijeti tortura iz člana 3. Konvencije protiv torture nema izuzetaka. Komitet protiv torture u Općem komentaru br. 4 (2017), paragraf 9, potvrđuje da je ona apsolutna. Time se razlikuje od člana 33(2) Konvencije o statusu izbjeglica iz 1951. godine, koji dopušta izuzetke.

q-echr-article3-cases = Povežite svaku presudu Evropskog suda za ljudska prava sa situacijom na koju se odnosila.
    .left-soering = Soering protiv Ujedinjenog Kraljevstva (1989)
    .left-chahal = Chahal protiv Ujedinjenog Kraljevstva (1996)
    .left-mss = M.S.S. protiv Belgije i Grčke (2011)
    .left-hirsi = Hirsi Jamaa i drugi protiv Italije (2012)
    .right-extradition = Izručenje državi u kojoj je podnosiocu prijetila smrtna kazna i dugogodišnje čekanje na izvršenje
    .right-security = Deportacija osobe koja se smatrala prijetnjom nacionalnoj sigurnosti
    .right-dublin = Transfer tražioca azila po Dublinskom sistemu u državu s ozbiljnim nedostacima u postupku azila i prihvatu
    .right-highseas = Presretanje migranata na otvorenom moru i njihovo vraćanje u Libiju bez pojedinačnog ispitivanja
    .right-family = Zadržavanje porodice s malom djecom u imigracionom centru za zadržavanje
    .feedback = Sve četiri presude odnose se na član 3. Evropske konvencije za zaštitu ljudskih prava i osnovnih sloboda (EKLJP). Presudom Soering utvrđeno je da udaljenje može povlačiti odgovornost države koja osobu šalje. Presuda Chahal potvrdila je da je ta zaštita apsolutna bez obzira na ponašanje osobe. U predmetu M.S.S. utvrđeno je da je transfer u Grčku po Dublinskom sistemu povrijedio član 3. U predmetu Hirsi Jamaa utvrđene su povrede člana 3. i člana 4. Protokola br. 4 (kolektivno protjerivanje) zbog vraćanja s otvorenog mora.

q-iccpr-leave-enter = Član 12. Međunarodnog pakta o građanskim i političkim pravima (MPGPP) jamči svakome pravo da napusti bilo koju zemlju, ali pravo ulaska jamči samo u odnosu na vlastitu zemlju osobe.
    .feedback = Tačno. Član 12(2) MPGPP-a propisuje da svako može slobodno napustiti bilo koju zemlju, uključujući i vlastitu. Član 12(4) štiti samo pravo ulaska u vlastitu zemlju. Komitet za ljudska prava u Općem komentaru br. 27 (1999) tumači pojam „vlastita zemlja“ šire od zemlje državljanstva, ali ne postoji opće pravo ulaska u drugu državu.

q-instruments-chronology = Poredajte ove instrumente prema redoslijedu njihovog usvajanja ili potpisivanja, od najranijeg do najnovijeg.
    .item-echr = Evropska konvencija za zaštitu ljudskih prava i osnovnih sloboda
    .item-refugee = Konvencija o statusu izbjeglica
    .item-iccpr = Međunarodni pakt o građanskim i političkim pravima
    .item-cat = Konvencija UN-a protiv torture
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .feedback = EKLJP je potpisana u Rimu 4. novembra 1950. godine. Konvencija o statusu izbjeglica usvojena je u Ženevi 28. jula 1951. godine. MPGPP je usvojen 16. decembra 1966. godine, Konvencija protiv torture 10. decembra 1984. godine, a Konvencija o radnicima migrantima 18. decembra 1990. godine.

q-icrmw-treaty-body = Koje ugovorno tijelo UN-a prati kako države primjenjuju Međunarodnu konvenciju o zaštiti prava svih radnika migranata i članova njihovih porodica iz 1990. godine? Navedite njegovu englesku skraćenicu.
    .feedback = Komitet za radnike migrante (CMW), osnovan na osnovu člana 72. Konvencije, tijelo je od 14 nezavisnih stručnjaka. Razmatra izvještaje država ugovornica, a podršku mu pruža Ured visokog komesara UN-a za ljudska prava (OHCHR).

q-return-risk-tests = Dopunite rečenice o testovima koji se koriste za procjenu rizika u slučaju vraćanja.
    .text = Član 3. Konvencije protiv torture zabranjuje vraćanje ako postoje { $g1 } razlozi za vjerovanje da bi osobi prijetila opasnost da bude podvrgnuta torturi. Evropski sud za ljudska prava ispituje da li bi osoba bila izložena { $g2 } riziku postupanja suprotnog članu 3. EKLJP.
    .opt-g1a = razumni
    .opt-g1b = nepobitni
    .opt-g1c = ozbiljni
    .opt-g2a = izvjesnom
    .opt-g2b = stvarnom
    .opt-g2c = neposrednom
    .feedback = Član 3(1) Konvencije protiv torture koristi izraz „ozbiljni razlozi za vjerovanje“. Od presude Soering protiv Ujedinjenog Kraljevstva (1989, paragraf 91) Evropski sud za ljudska prava ispituje da li ozbiljni razlozi ukazuju na stvaran rizik postupanja suprotnog članu 3. EKLJP. Izvjesnost zlostavljanja nije potrebna.

q-trafficking-vs-smuggling = Prema dvama protokolima UN-a iz 2000. godine, o trgovini ljudima i o krijumčarenju migranata, koji je element potreban za trgovinu ljudima, ali ne i za krijumčarenje migranata?
    .opt-a = Prelazak međunarodne granice
    .opt-b = Finansijska ili druga materijalna korist
    .opt-c = Korištenje lažne putne isprave
    .opt-d = Svrha eksploatacije
    .feedback = Član 3(a) Protokola o trgovini ljudima definiše trgovinu ljudima kroz radnju, sredstvo i svrhu eksploatacije. Član 3(a) Protokola o krijumčarenju migranata definiše krijumčarenje kao omogućavanje nezakonitog ulaska osobe u drugu državu radi sticanja finansijske ili druge materijalne koristi. Eksploatacija nije dio definicije krijumčarenja.
    .opt-a-feedback = Upravo je obrnuto. Krijumčarenje uvijek uključuje nezakonit ulazak u drugu državu, dok se trgovina ljudima može odvijati i unutar jedne zemlje.
    .opt-b-feedback = Finansijska ili druga materijalna korist element je definicije krijumčarenja iz člana 3(a) Protokola o krijumčarenju migranata.
    .opt-c-feedback = Nijedna od ovih definicija ne zahtijeva lažnu ispravu. Prevara s ispravama u svrhu krijumčarenja posebno je krivično djelo prema članu 6(1)(b) Protokola o krijumčarenju migranata.

## Kategorija: principi

q-article33-exceptions = Dopunite tekst izuzetka od principa non-refoulement iz člana 33(2) Konvencije o statusu izbjeglica iz 1951. godine.
    .text = Na pogodnost zabrane vraćanja ne može se pozvati izbjeglica za kojeg postoje opravdani razlozi da se smatra opasnošću za { $g1 } zemlje u kojoj se nalazi ili koji, pošto je pravosnažnom presudom osuđen za posebno { $g2 } krivično djelo, predstavlja opasnost za { $g3 } te zemlje.
    .opt-g1a = sigurnost
    .opt-g1b = privredu
    .opt-g1c = javno zdravlje
    .opt-g2a = teško
    .opt-g2b = političko
    .opt-g2c = lako
    .opt-g3a = vladu
    .opt-g3b = privredu
    .opt-g3c = zajednicu
    .feedback = Član 33(2) odnosi se na opasnost za sigurnost zemlje ili na izbjeglicu koji je pravosnažnom presudom osuđen za posebno teško krivično djelo i predstavlja opasnost za zajednicu. Ovi izuzeci tumače se restriktivno i ne utiču na apsolutne zabrane iz člana 3. Konvencije protiv torture i člana 3. EKLJP.

q-recognition-declaratory = Prema Konvenciji o statusu izbjeglica iz 1951. godine, osoba postaje izbjeglica tek u trenutku kada joj država formalno prizna status izbjeglice.
    .feedback = Netačno. Prema paragrafu 28 Priručnika UNHCR-a, osoba je izbjeglica čim ispunjava kriterije iz definicije. Priznanjem osoba ne postaje izbjeglica; njime se samo utvrđuje da ona to jeste. Zbog toga su i tražioci azila zaštićeni od vraćanja (refoulement) dok se njihovi zahtjevi razmatraju.

q-article31-non-penalisation = Izbjeglica je nezakonito ušao u zemlju, dolazeći direktno iz zemlje progona, i odmah se prijavio vlastima. Koji član Konvencije o statusu izbjeglica iz 1951. godine zabranjuje kažnjavanje za takav nezakonit ulazak?
    .opt-a = Član 33.
    .opt-b = Član 31.
    .opt-c = Član 1F
    .opt-d = Član 26.
    .feedback = Član 31(1) zabranjuje kažnjavanje zbog nezakonitog ulaska ili boravka izbjeglica koji dolaze direktno s teritorije na kojoj su im život ili sloboda bili ugroženi, pod uslovom da se bez odgađanja jave vlastima i navedu opravdan razlog. Član 31(2) dopušta samo nužna ograničenja kretanja.
    .opt-a-feedback = Član 33. zabranjuje vraćanje izbjeglice na mjesto gdje mu prijeti opasnost (non-refoulement). On ne uređuje kažnjavanje za nezakonit ulazak.
    .opt-c-feedback = Član 1F sadrži klauzule o isključenju za teška krivična djela i djela suprotna ciljevima Ujedinjenih nacija.
    .opt-d-feedback = Član 26. jamči slobodu kretanja izbjeglicama koji se zakonito nalaze na teritoriji.

q-convention-articles = Povežite svaki član Konvencije o statusu izbjeglica iz 1951. godine s njegovim sadržajem.
    .left-art1c = Član 1C
    .left-art1f = Član 1F
    .left-art3 = Član 3.
    .left-art35 = Član 35.
    .right-cessation = Situacije u kojima prestaje status izbjeglice, npr. kada se izbjeglica dobrovoljno ponovo stavi pod zaštitu zemlje svog državljanstva
    .right-exclusion = Isključenje osoba koje su počinile ratne zločine ili teška nepolitička krivična djela
    .right-nondiscrimination = Primjena Konvencije bez diskriminacije po osnovu rase, vjere ili zemlje porijekla
    .right-cooperation = Obaveza država da sarađuju s agencijom UN-a za izbjeglice u vršenju njene nadzorne funkcije
    .right-reunification = Pravo priznate izbjeglice na spajanje porodice
    .feedback = Član 1C sadrži klauzule o prestanku, član 1F klauzule o isključenju, član 3. pravilo o nediskriminaciji, a član 35. obavezu saradnje s UNHCR-om. Konvencija nema član o spajanju porodice; jedinstvo porodice obrađeno je u Preporuci B Završnog akta Konferencije iz 1951. godine.

q-durable-solutions = Koja su od navedenih tri tradicionalna trajna rješenja za izbjeglice? Označite sve tačne odgovore. Pogrešni odgovori umanjuju broj bodova.
    .opt-a = Dobrovoljna repatrijacija
    .opt-b = Lokalna integracija
    .opt-c = Preseljenje u treću zemlju
    .opt-d = Privremena zaštita
    .opt-e = Zadržavanje do udaljenja
    .feedback = Dobrovoljna repatrijacija, lokalna integracija i preseljenje tradicionalna su trajna rješenja. Paragraf 1 Statuta UNHCR-a već spominje dobrovoljnu repatrijaciju i asimilaciju u nove nacionalne zajednice, a dio o rješenjima Globalnog sporazuma o izbjeglicama razrađuje sva tri rješenja, zajedno s komplementarnim putevima.
    .opt-d-feedback = Privremena zaštita pruža trenutnu zaštitu u slučaju masovnog priliva, ali po definiciji nije trajno rješenje.
    .opt-e-feedback = Zadržavanje je mjera kontrole migracija, a ne rješenje za izbjeglice.

q-non-refoulement-extraterritorial = Prema stavu UNHCR-a i Evropskog suda za ljudska prava, princip non-refoulement primjenjuje se samo na osobe koje se već nalaze na teritoriji države.
    .feedback = Netačno. Savjetodavno mišljenje UNHCR-a o eksteritorijalnoj primjeni obaveza non-refoulement (2007) navodi da se ta obaveza primjenjuje svuda gdje država vrši jurisdikciju, uključujući granicu i otvoreno more. Evropski sud za ljudska prava došao je do istog zaključka za presretanja na moru u predmetu Hirsi Jamaa i drugi protiv Italije (2012).

q-migrant-definition = Kako Pojmovnik migracija IOM-a (2019) opisuje pojam „migrant“?
    .opt-a = Kao pravni status definisan u članu 1. Konvencije o statusu izbjeglica iz 1951. godine
    .opt-b = Kao osobu koja je pet ili više godina živjela izvan zemlje svog državljanstva
    .opt-c = Kao krovni pojam, nedefinisan u međunarodnom pravu, za osobu koja napušta mjesto uobičajenog boravka
    .opt-d = Kao osobu koja se seli u drugu zemlju isključivo radi rada u njoj
    .feedback = Pojmovnik IOM-a opisuje „migranta“ kao krovni pojam, nedefinisan u međunarodnom pravu, koji odražava uobičajeno shvatanje osobe koja napušta mjesto svog uobičajenog boravka, unutar zemlje ili preko međunarodne granice, privremeno ili trajno, i iz različitih razloga.
    .opt-a-feedback = Konvencija iz 1951. godine definiše pojam „izbjeglica“, a ne „migrant“.
    .opt-b-feedback = Opis IOM-a ne propisuje minimalno trajanje. Statističke definicije koriste druge periode, npr. 12 mjeseci za dugoročne migrante.
    .opt-d-feedback = Ovo je bliže pojmu „radnik migrant“, definisanom u članu 2(1) Konvencije o radnicima migrantima iz 1990. godine. Krovni pojam „migrant“ je širi.

q-long-term-migrant-months = Prema Preporukama UN-a o statistici međunarodnih migracija (Revizija 1, 1998), dugoročni migrant je osoba koja se preseli u zemlju različitu od zemlje svog uobičajenog boravka na najmanje koliko mjeseci? Unesite broj.
    .feedback = Odgovor je 12. Preporuke UN-a definišu dugoročnog migranta kao osobu koja se preseli u drugu zemlju na period od najmanje godinu dana (12 mjeseci), tako da zemlja odredišta postaje njena nova zemlja uobičajenog boravka. Preseljenje na najmanje 3, ali manje od 12 mjeseci smatra se kratkoročnom migracijom, osim ako je radi rekreacije, odmora, posjete prijateljima i rodbini, poslovnih razloga, liječenja ili vjerskog hodočašća.

q-international-migrants-2020 = Prema Izvještaju o migracijama u svijetu 2022 IOM-a, koji se zasniva na podacima UN DESA-e, koliko je približno međunarodnih migranata bilo u svijetu 2020. godine? Navedite broj u milionima.
    .feedback = Izvještaj o migracijama u svijetu 2022 IOM-a navodi oko 281 milion međunarodnih migranata u 2020. godini, na osnovu podataka UN DESA-e o broju međunarodnih migranata (International Migrant Stock 2020). To je bilo oko 3,6 posto svjetskog stanovništva. Prihvataju se odgovori između 276 i 286.

q-no-reservations-article33 = Država koja postane ugovornica Konvencije o statusu izbjeglica iz 1951. godine ne može staviti rezervu na član 33. o zabrani vraćanja (non-refoulement).
    .feedback = Tačno. Član 42(1) Konvencije iz 1951. godine isključuje rezerve na članove 1, 3, 4, 16(1), 33 i 36 do 46. Član VII(1) Protokola iz 1967. godine sadrži isto ograničenje za članove 1, 3, 4, 16(1) i 33.

## Kategorija: globalni sporazumi

q-gcm-objectives-count = Koliko ciljeva sadrži Globalni sporazum o sigurnim, urednim i regularnim migracijama? Unesite broj.
    .feedback = Odgovor je 23. Paragraf 16 Globalnog sporazuma navodi 23 cilja, od cilja 1 o podacima do cilja 23 o međunarodnoj saradnji. Nakon svakog cilja slijede obaveza i spisak mogućih aktivnosti.

q-gcm-legal-nature = Globalni sporazum o sigurnim, urednim i regularnim migracijama stvara pravno obavezujuće obaveze za države koje su ga podržale.
    .feedback = Netačno. Paragraf 7 Globalnog sporazuma opisuje ga kao pravno neobavezujući okvir saradnje, a paragraf 15(b) to ponavlja. Sporazum se oslanja na postojeće obaveze, npr. one iz ugovora o ljudskim pravima, ali ne stvara nove.

q-gcm-objectives-matching = Povežite svaki broj cilja Globalnog sporazuma o migracijama s njegovim sadržajem.
    .left-o8 = Cilj 8
    .left-o13 = Cilj 13
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-lives = Spašavati živote i uspostaviti koordinirane međunarodne napore u vezi s nestalim migrantima
    .right-detention = Koristiti zadržavanje migranata samo kao krajnju mjeru i raditi na alternativama
    .right-remittances = Promovisati brži, sigurniji i jeftiniji prenos doznaka i podsticati finansijsku uključenost migranata
    .right-return = Sarađivati u olakšavanju sigurnog i dostojanstvenog povratka i readmisije, kao i održive reintegracije
    .right-quota = Uspostaviti obavezujuću globalnu kvotu za prijem radnih migranata
    .feedback = Cilj 8 odnosi se na spašavanje života i nestale migrante, cilj 13 na zadržavanje migranata kao krajnju mjeru, cilj 20 na doznake, a cilj 21 na povratak, readmisiju i reintegraciju (paragraf 16 Globalnog sporazuma). Sporazum ne sadrži obavezujuće kvote za prijem.

q-gcm-guiding-principles = Koji su od navedenih vodeći principi Globalnog sporazuma o migracijama navedeni u njegovom paragrafu 15? Označite sve tačne odgovore.
    .opt-a = Slobodno kretanje osoba između svih država
    .opt-b = Nacionalni suverenitet
    .opt-c = Obavezne kvote za premještanje
    .opt-d = Vladavina prava i pravičan postupak
    .opt-e = Pristup koji uključuje cijelo društvo
    .feedback = Paragraf 15 navodi deset međusobno povezanih vodećih principa: usmjerenost na ljude, međunarodna saradnja, nacionalni suverenitet, vladavina prava i pravičan postupak, održivi razvoj, ljudska prava, rodna osjetljivost, osjetljivost na potrebe djece, pristup koji uključuje cijelu vladu i pristup koji uključuje cijelo društvo.
    .opt-a-feedback = Sporazum ne uspostavlja slobodno kretanje. Paragraf 15(c) potvrđuje suvereno pravo država da utvrđuju svoju nacionalnu migracionu politiku.
    .opt-c-feedback = Kvote za premještanje ne pojavljuju se u Sporazumu. Premještanje je jedna od mogućnosti u mehanizmu solidarnosti prava EU, a ne princip Globalnog sporazuma.

q-gcm-review-forum = Koji je forum, prema paragrafu 49 Globalnog sporazuma o migracijama, koji se održava svake četiri godine počevši od 2022. godine, primarna međuvladina globalna platforma za pregled provedbe Sporazuma? Navedite njegovu englesku skraćenicu.
    .feedback = Međunarodni forum za pregled migracija (IMRF) je preoblikovani i preimenovani Dijalog na visokom nivou o međunarodnim migracijama i razvoju. Prema paragrafu 49 Sporazuma, sastaje se svake četiri godine od 2022. godine, a svako zasjedanje završava se Deklaracijom o napretku dogovorenom na međuvladinom nivou.

q-un-network-coordinator = Koja organizacija, prema paragrafu 45(a) Globalnog sporazuma o migracijama, djeluje kao koordinator i sekretarijat Mreže Ujedinjenih nacija za migracije?
    .opt-a = UNHCR
    .opt-b = OHCHR
    .opt-c = UN DESA
    .opt-d = IOM
    .feedback = Paragraf 45(a) Sporazuma navodi da IOM djeluje kao koordinator i sekretarijat Mreže UN-a za migracije, koja osigurava podršku cijelog sistema UN-a državama u provedbi Sporazuma.
    .opt-a-feedback = UNHCR ima vodeću ulogu u zaštiti izbjeglica i u Globalnom sporazumu o izbjeglicama. On je član Mreže, a ne njen koordinator.
    .opt-b-feedback = OHCHR doprinosi svojom stručnošću u oblasti ljudskih prava kao član Mreže, ali nije njen koordinator.
    .opt-c-feedback = UN DESA izrađuje globalnu statistiku migracija, npr. podatke o broju međunarodnih migranata (International Migrant Stock), ali ne koordinira Mrežu.

q-gcr-objectives = Koji su od navedenih ciljevi Globalnog sporazuma o izbjeglicama? Označite sve tačne odgovore.
    .opt-a = Smanjiti pritisak na zemlje domaćine
    .opt-b = Povećati samostalnost izbjeglica
    .opt-c = Proširiti pristup rješenjima u trećim zemljama
    .opt-d = Utvrditi obavezujuće kvote za preseljenje za svaku državu
    .opt-e = Zamijeniti definiciju izbjeglice iz Konvencije iz 1951. godine
    .opt-f = Podržati uslove u zemljama porijekla za povratak u sigurnosti i dostojanstvu
    .feedback = Paragraf 7 Globalnog sporazuma o izbjeglicama utvrđuje četiri cilja: smanjiti pritisak na zemlje domaćine, povećati samostalnost izbjeglica, proširiti pristup rješenjima u trećim zemljama i podržati uslove u zemljama porijekla za povratak u sigurnosti i dostojanstvu.
    .opt-d-feedback = Sporazum nije pravno obavezujući (paragraf 4). Oslanja se na dobrovoljne doprinose, npr. obaveze preuzete na Globalnom forumu o izbjeglicama.
    .opt-e-feedback = Sporazum se zasniva na postojećem međunarodnom režimu zaštite izbjeglica, u čijem su središtu Konvencija iz 1951. godine i Protokol iz 1967. godine. On ne mijenja definiciju izbjeglice.

q-gcr-endorsement = Kako je podržan Globalni sporazum o izbjeglicama?
    .opt-a = Države su ga usvojile na međuvladinoj konferenciji u Marakešu u decembru 2018. godine.
    .opt-b = Države su ga potpisale i ratifikovale kao novi protokol uz Konvenciju iz 1951. godine.
    .opt-c = Generalna skupština UN-a potvrdila ga je u decembru 2018. godine u svojoj godišnjoj rezoluciji o UNHCR-u.
    .opt-d = Vijeće sigurnosti UN-a usvojilo ga je obavezujućom rezolucijom.
    .feedback = Generalna skupština UN-a potvrdila je Globalni sporazum o izbjeglicama 17. decembra 2018. godine rezolucijom 73/151 o Uredu visokog komesara UN-a za izbjeglice. Tekst je pripremljen kroz konsultacije koje je vodio UNHCR.
    .opt-a-feedback = Konferencija u Marakešu 10. decembra 2018. godine usvojila je Globalni sporazum o migracijama, a ne Globalni sporazum o izbjeglicama.
    .opt-b-feedback = Globalni sporazum o izbjeglicama nije međunarodni ugovor. Paragraf 4 navodi da nije pravno obavezujući.
    .opt-d-feedback = Vijeće sigurnosti nije imalo nikakvu ulogu u usvajanju Sporazuma.

q-global-frameworks-timeline = Poredajte ove događaje hronološki, od najranijeg do najnovijeg.
    .item-agenda = Usvajanje Agende 2030 za održivi razvoj, uključujući podcilj 10.7 o migracijama
    .item-nydeclaration = Usvajanje Njujorške deklaracije o izbjeglicama i migrantima
    .item-gcm = Usvajanje Globalnog sporazuma o migracijama na međuvladinoj konferenciji u Marakešu
    .item-grf = Prvi Globalni forum o izbjeglicama u Ženevi
    .feedback = Agenda 2030 usvojena je 25. septembra 2015. godine (rezolucija 70/1). Njujorškom deklaracijom od 19. septembra 2016. godine (rezolucija 71/1) pokrenut je proces izrade oba sporazuma. Globalni sporazum o migracijama usvojen je u Marakešu 10. decembra 2018. godine, a prvi Globalni forum o izbjeglicama održan je u decembru 2019. godine.

q-sdg-migration-targets = Dopunite rečenice o ciljevima održivog razvoja.
    .text = Prema podcilju 10.c ciljeva održivog razvoja, države nastoje do 2030. godine smanjiti transakcijske troškove doznaka migranata na manje od { $g1 } posto i ukinuti koridore za doznake s troškovima većim od { $g2 } posto. Podcilj koji se odnosi na uredne, sigurne, regularne i odgovorne migracije putem dobro vođenih migracionih politika je podcilj { $g3 }.
    .opt-g1a = 5
    .opt-g1b = 3
    .opt-g1c = 1
    .opt-g2a = 10
    .opt-g2b = 3
    .opt-g2c = 5
    .opt-g3a = 10.7
    .opt-g3b = 8.8
    .opt-g3c = 16.9
    .feedback = Podcilj 10.c Agende 2030 utvrđuje iznose od manje od 3 posto i koridore iznad 5 posto. Podcilj 10.7 obuhvata uredne, sigurne, regularne i odgovorne migracije. Podcilj 8.8 odnosi se na radna prava, uključujući prava radnika migranata, a podcilj 16.9 na pravni identitet. Cilj 20 Globalnog sporazuma o migracijama također upućuje na podcilj 10.c.

## Kategorija: akteri

q-unhcr-statute = Koje tijelo UN-a, čiji je Statut usvojen rezolucijom Generalne skupštine 428 (V) od 14. decembra 1950. godine, pruža međunarodnu zaštitu izbjeglicama i traži trajna rješenja za njih? Navedite njegovu englesku skraćenicu.
    .feedback = Ured visokog komesara Ujedinjenih nacija za izbjeglice (UNHCR). Njegov Statut nalazi se u prilogu rezolucije Generalne skupštine 428 (V), a s radom je počeo 1. januara 1951. godine. Član 35. Konvencije iz 1951. godine obavezuje države da sarađuju s UNHCR-om u vršenju njegove nadzorne funkcije.

q-iom-un-status = IOM je od 2016. godine specijalizovana agencija Ujedinjenih nacija, s istim pravnim statusom kao Međunarodna organizacija rada (ILO).
    .feedback = Netačno. Na osnovu Sporazuma o odnosima između Ujedinjenih nacija i IOM-a, odobrenog rezolucijom Generalne skupštine 70/296 i potpisanog 19. septembra 2016. godine, IOM je ušao u sistem UN-a kao povezana organizacija. On nije specijalizovana agencija kao ILO i zadržava vlastiti Ustav i upravna tijela.

q-ilo-conventions = Povežite svaku konvenciju ILO-a s njenim predmetom.
    .left-c97 = Konvencija br. 97
    .left-c143 = Konvencija br. 143
    .left-c181 = Konvencija br. 181
    .left-c189 = Konvencija br. 189
    .right-employment = Migracije radi zapošljavanja i jednak tretman migranata koji zakonito borave u zemlji
    .right-abusive = Migracije u uslovima zloupotrebe i jednakost mogućnosti radnika migranata
    .right-agencies = Privatne agencije za zapošljavanje i zaštita radnika koje one angažuju
    .right-domestic = Dostojanstven rad za radnike u domaćinstvu
    .right-minimumage = Minimalna starosna dob za zasnivanje radnog odnosa
    .feedback = Konvencija br. 97 je Konvencija o migracijama radi zapošljavanja (revidirana) iz 1949. godine. Konvencija br. 143 je Konvencija o radnicima migrantima (dopunske odredbe) iz 1975. godine. Konvencija br. 181 je Konvencija o privatnim agencijama za zapošljavanje iz 1997. godine. Konvencija br. 189 je Konvencija o radnicima u domaćinstvu iz 2011. godine. Minimalna starosna dob predmet je Konvencije br. 138.

q-ilo-tripartism = Po čemu je posebna upravljačka struktura ILO-a?
    .opt-a = U njenim organima glasati mogu samo države koje su ratifikovale njene konvencije.
    .opt-b = Predstavnici vlada, poslodavaca i radnika zajedno donose odluke.
    .opt-c = Njene odluke donosi Vijeće sigurnosti UN-a.
    .opt-d = Udruženja migranata imaju fiksni udio glasova.
    .feedback = ILO je jedina tripartitna agencija UN-a. Prema članu 3. Ustava ILO-a, svaka država članica šalje na Međunarodnu konferenciju rada dva delegata vlade, jednog delegata poslodavaca i jednog delegata radnika, a Upravno vijeće ima isti tripartitni sastav (član 7.).
    .opt-a-feedback = Sve države članice učestvuju u radu Međunarodne konferencije rada, bez obzira na to da li su ratifikovale određenu konvenciju.
    .opt-c-feedback = ILO ima vlastiti Ustav i organe. Vijeće sigurnosti ne donosi njene odluke.
    .opt-d-feedback = Udruženja migranata nemaju fiksni udio glasova. Radnici su zastupljeni putem radničkih organizacija.

q-ohchr-border-guidelines = Koji je subjekt UN-a 2014. godine objavio Preporučene principe i smjernice o ljudskim pravima na međunarodnim granicama?
    .opt-a = OHCHR
    .opt-b = UNHCR
    .opt-c = IOM
    .opt-d = Frontex
    .feedback = Ured visokog komesara UN-a za ljudska prava (OHCHR) objavio je ove Principe i smjernice 2014. godine. Prvi princip je primat ljudskih prava: ljudska prava svih osoba na međunarodnim granicama moraju se poštovati u svim mjerama upravljanja granicama.
    .opt-b-feedback = UNHCR objavljuje smjernice o zaštiti izbjeglica, npr. o sistemima ulaska osjetljivim na potrebe zaštite, ali nije autor ovog dokumenta.
    .opt-c-feedback = IOM se bavi upravljanjem granicama, ali su Principi i smjernice iz 2014. godine publikacija OHCHR-a.
    .opt-d-feedback = Frontex je agencija Evropske unije, a ne subjekt UN-a.

q-frontex-complaints = Osoba koja smatra da su joj tokom operacije Frontexa povrijeđena temeljna prava može podnijeti pritužbu putem mehanizma za pritužbe Frontexa, kojim se bavi njegov službenik za temeljna prava.
    .feedback = Tačno. Uredba (EU) 2019/1896 o evropskoj graničnoj i obalnoj straži predviđa službenika za temeljna prava (član 109.) i mehanizam za pojedinačne pritužbe (član 111.). Pritužbe na osoblje država članica prosljeđuju se nadležnim nacionalnim organima.

q-frontex-first-third-country = Frontex je 2019. godine pokrenuo svoju prvu zajedničku operaciju na teritoriji zemlje izvan Evropske unije. U kojoj zemlji?
    .opt-a = Albanija
    .opt-b = Srbija
    .opt-c = Crna Gora
    .opt-d = Sjeverna Makedonija
    .feedback = Prva zajednička operacija Frontexa na teritoriji zemlje koja nije članica EU počela je u Albaniji u maju 2019. godine, na granici s Grčkom, na osnovu sporazuma o statusu između EU i Albanije.
    .opt-b-feedback = Zajednička operacija Frontexa u Srbiji počela je kasnije, na osnovu posebnog sporazuma o statusu s EU.
    .opt-c-feedback = Zajednička operacija Frontexa u Crnoj Gori počela je kasnije, na osnovu posebnog sporazuma o statusu s EU.
    .opt-d-feedback = Zajednička operacija Frontexa u Sjevernoj Makedoniji počela je kasnije, na osnovu posebnog sporazuma o statusu s EU.

q-treaty-body-complaints = Dopunite rečenice o pojedinačnim pritužbama ugovornim tijelima UN-a.
    .text = Pojedinačna pritužba da bi udaljenje povrijedilo član 3. Konvencije protiv torture može se podnijeti { $g1 } na osnovu člana { $g2 } te Konvencije, ako je država prihvatila taj postupak. Pritužbe na osnovu MPGPP-a razmatra { $g3 } u skladu s Prvim opcionim protokolom.
    .opt-g1a = Vijeću za ljudska prava
    .opt-g1b = Komitetu protiv torture
    .opt-g1c = Međunarodnom sudu pravde
    .opt-g2a = 22
    .opt-g2b = 3
    .opt-g2c = 14
    .opt-g3a = Vijeće za ljudska prava
    .opt-g3b = Komitet za ukidanje rasne diskriminacije
    .opt-g3c = Komitet za ljudska prava
    .feedback = Član 22. Konvencije protiv torture omogućava podnošenje pojedinačnih predstavki Komitetu protiv torture kada je država dala izjavu kojom ih prihvata. Prema članu 1. Prvog opcionog protokola uz MPGPP, pojedinačne predstavke razmatra Komitet za ljudska prava, tijelo nezavisnih stručnjaka. Vijeće za ljudska prava je međuvladino tijelo država i ne odlučuje o pojedinačnim pritužbama prema ugovorima.

q-eu-agencies = Koje su od navedenih agencije Evropske unije? Označite sve tačne odgovore.
    .opt-a = Vijeće Evrope
    .opt-b = IOM
    .opt-c = OSCE
    .opt-d = Frontex (Evropska agencija za graničnu i obalnu stražu)
    .opt-e = EUAA (Agencija Evropske unije za azil)
    .opt-f = eu-LISA (agencija za opsežne IT sisteme)
    .feedback = Frontex (Uredba (EU) 2019/1896), EUAA (Uredba (EU) 2021/2303, kojom je 2022. godine zamijenjen EASO) i eu-LISA (Uredba (EU) 2018/1726, koja upravlja sistemima kao što je Eurodac) agencije su EU.
    .opt-a-feedback = Vijeće Evrope je zasebna međunarodna organizacija sa 46 država članica. Evropski sud za ljudska prava pripada Vijeću Evrope, a ne EU.
    .opt-b-feedback = IOM je međuvladina organizacija i povezana organizacija sistema UN-a.
    .opt-c-feedback = OSCE je regionalna sigurnosna organizacija, a ne tijelo EU.

q-icmpd-secretariat = Koja međuvladina organizacija sa sjedištem u Beču obavlja poslove sekretarijata i Budimpeštanskog i Praškog procesa? Navedite njenu englesku skraćenicu.
    .feedback = Međunarodni centar za razvoj migracione politike (ICMPD), osnovan 1993. godine, djeluje kao sekretarijat Budimpeštanskog procesa i Praškog procesa.

## Kategorija: regionalno upravljanje

q-dublin-criteria-order = Prema Uredbi Dublin III, koja se i dalje primjenjuje na zahtjeve registrovane prije 1. jula 2026. godine, kriteriji za određivanje odgovorne države članice moraju se primjenjivati utvrđenim redoslijedom. Poredajte ove kriterije tim redoslijedom, od prvog do posljednjeg.
    .item-minor = Za maloljetnika bez pratnje, država u kojoj zakonito boravi član porodice, brat ili sestra
    .item-visa = Država koja je podnosiocu zahtjeva izdala važeću boravišnu ispravu ili vizu
    .item-irregular = Država čiju je vanjsku granicu podnosilac zahtjeva nezakonito prešao
    .item-airport = Država u čijem je međunarodnom tranzitnom prostoru aerodroma zahtjev podnesen
    .feedback = Član 7(1) Uredbe (EU) br. 604/2013 propisuje da se kriteriji primjenjuju redoslijedom kojim su navedeni u Poglavlju III: maloljetnici bez pratnje (član 8.), boravišne isprave i vize (član 12.), nezakonit ulazak (član 13.) i tranzitni prostor aerodroma (član 15.). Kriteriji koji se odnose na maloljetnike bez pratnje i članove porodice (članovi 8. do 11.) imaju prednost pred svim ostalim. Za zahtjeve registrovane od 1. jula 2026. godine kriteriji su utvrđeni u članovima 25. do 33. Uredbe (EU) 2024/1351.

q-eu-regulations = Povežite svaku uredbu EU s njenim predmetom.
    .left-r604 = Uredba (EU) br. 604/2013
    .left-r399 = Uredba (EU) 2016/399
    .left-r1896 = Uredba (EU) 2019/1896
    .left-r1351 = Uredba (EU) 2024/1351
    .right-responsibility = Određivanje države članice odgovorne za razmatranje zahtjeva za azil (Dublin III)
    .right-borderscode = Pravila o graničnoj kontroli osoba (Zakonik o šengenskim granicama)
    .right-coastguard = Evropska granična i obalna straža, uključujući Frontex
    .right-management = Upravljanje azilom i migracijama, uključujući stalni mehanizam solidarnosti
    .right-temporary = Privremena zaštita u slučaju masovnog priliva raseljenih osoba
    .feedback = Uredba br. 604/2013 je Dublin III, 2016/399 je Zakonik o šengenskim granicama, 2019/1896 je Uredba o evropskoj graničnoj i obalnoj straži, a 2024/1351 je Uredba o upravljanju azilom i migracijama iz Pakta, koja je od 1. jula 2026. godine zamijenila Dublin III. Dublin III se i dalje primjenjuje na zahtjeve registrovane prije tog datuma (član 84(2) Uredbe (EU) 2024/1351). Privremena zaštita uređena je Direktivom Vijeća 2001/55/EZ, a ne uredbom.

q-schengen-short-stay = Prema šengenskim pravilima o kratkoročnom boravku, koliko dana u bilo kojem periodu od 180 dana državljanin treće zemlje kojem nije potrebna viza, npr. državljanin neke zemlje Zapadnog Balkana, smije boraviti u šengenskom prostoru? Unesite broj.
    .feedback = Odgovor je 90. Član 6(1) Zakonika o šengenskim granicama (Uredba (EU) 2016/399) i član 4(1) Uredbe (EU) 2018/1806 dopuštaju boravak od najviše 90 dana u bilo kojem periodu od 180 dana.

q-visa-liberalisation-2009 = Državljani kojih zemalja Zapadnog Balkana koji posjeduju biometrijske pasoše putuju u šengenski prostor bez vize od 19. decembra 2009. godine?
    .opt-a = Albanije i Bosne i Hercegovine
    .opt-b = Srbije, Crne Gore i Sjeverne Makedonije
    .opt-c = Srbije i Bosne i Hercegovine
    .opt-d = Crne Gore i Albanije
    .feedback = Uredbom Vijeća (EZ) br. 1244/2009 ukinuta je vizna obaveza za Srbiju, Crnu Goru i Sjevernu Makedoniju (tada pod nazivom bivša jugoslavenska republika Makedonija) od 19. decembra 2009. godine. Albanija i Bosna i Hercegovina uslijedile su 15. decembra 2010. godine na osnovu Uredbe (EU) br. 1091/2010. Za Srbiju su bili izuzeti pasoši koje izdaje srbijanska Koordinaciona uprava; bezvizni režim za nosioce pasoša koje izdaje Kosovo* počeo je 1. januara 2024. godine. *Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.
    .opt-a-feedback = Albanija i Bosna i Hercegovina dobile su bezvizni režim godinu dana kasnije, od 15. decembra 2010. godine.
    .opt-c-feedback = Bosna i Hercegovina nije bila obuhvaćena odlukom iz 2009. godine. Bezvizni režim dobila je u decembru 2010. godine.
    .opt-d-feedback = Albanija nije bila obuhvaćena odlukom iz 2009. godine. Bezvizni režim dobila je u decembru 2010. godine.

q-readmission-third-country-nationals = Sporazumi EU o readmisiji sa zemljama Zapadnog Balkana obavezuju te zemlje da pod određenim uslovima prihvate ne samo vlastite državljane nego i državljane trećih zemalja i osobe bez državljanstva koji su u EU ušli s njihove teritorije.
    .feedback = Tačno. Sporazumi o readmisiji s Albanijom (na snazi od 2006. godine) te s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom (na snazi od 1. januara 2008. godine) obuhvataju vlastite državljane i, pod uslovima utvrđenim u sporazumima, državljane trećih zemalja i osobe bez državljanstva, npr. osobe koje posjeduju vizu ili boravišnu dozvolu partnerske zemlje ili koje su ušle u EU direktno nakon boravka u toj zemlji ili prolaska kroz nju.

q-pact-solidarity-measures = Koje su od navedenih vrste doprinosa solidarnosti koje država članica može izabrati prema Uredbi o upravljanju azilom i migracijama iz Pakta EU o migracijama i azilu? Označite sve tačne odgovore.
    .opt-a = Premještanje podnosilaca zahtjeva za međunarodnu zaštitu
    .opt-b = Transfer podnosilaca zahtjeva u treću zemlju izvan EU
    .opt-c = Finansijski doprinosi
    .opt-d = Alternativne mjere, kao što su operativna podrška ili izgradnja kapaciteta
    .opt-e = Zatvaranje unutrašnjih granica s državom članicom pod pritiskom
    .feedback = Član 56(2) Uredbe (EU) 2024/1351 navodi premještanje, finansijske doprinose i alternativne mjere solidarnosti, koji se smatraju jednako vrijednim. Prema članu 12(2), godišnji prijedlog Komisije mora predvidjeti najmanje 30 000 premještanja i 600 miliona eura finansijskih doprinosa.
    .opt-b-feedback = Transferi u treće zemlje nisu oblik solidarnosti između država članica prema ovoj Uredbi.
    .opt-e-feedback = Zatvaranje unutrašnjih granica nije mjera solidarnosti. Privremena kontrola na unutrašnjim granicama uređena je Zakonikom o šengenskim granicama.

q-screening-duration = Koliko najduže može trajati provjera (screening) na vanjskoj granici prema Uredbi EU o provjeri iz Pakta?
    .opt-a = 12 sedmica
    .opt-b = 30 dana
    .opt-c = 6 mjeseci
    .opt-d = 7 dana
    .feedback = Član 8(3) Uredbe (EU) 2024/1356 propisuje da se provjera na vanjskoj granici mora završiti bez odgađanja, a u svakom slučaju u roku od sedam dana. Provjera obuhvata identifikaciju, sigurnosne provjere, preliminarne provjere zdravlja i ranjivosti te registraciju biometrijskih podataka.
    .opt-a-feedback = 12 sedmica je opće maksimalno trajanje graničnog postupka azila prema članu 51(2) Uredbe o postupku azila (EU) 2024/1348, koji može uslijediti nakon provjere.
    .opt-b-feedback = Provjera je mnogo kraća. Uredba propisuje najviše sedam dana na vanjskoj granici.
    .opt-c-feedback = Provjera je mnogo kraća. Uredba propisuje najviše sedam dana na vanjskoj granici.

q-ammr-transition = Za zahtjev za međunarodnu zaštitu registrovan prije 1. jula 2026. godine odgovorna država članica određuje se prema kriterijima Uredbe Dublin III, iako nova Uredba o upravljanju azilom i migracijama zamjenjuje Dublin III.
    .feedback = Tačno. Prema članu 84(2) Uredbe (EU) 2024/1351, država članica odgovorna za zahtjev registrovan prije 1. jula 2026. godine određuje se prema kriterijima Uredbe (EU) br. 604/2013. Nova Uredba općenito se počela primjenjivati 1. jula 2026. godine (član 85.).

q-berne-initiative-outcome = Šta je bio glavni rezultat Bernske inicijative, koju je Švicarska pokrenula 2001. godine?
    .opt-a = Obavezujuća konvencija o readmisiji neregularnih migranata
    .opt-b = Osnivanje Globalnog foruma o migracijama i razvoju
    .opt-c = Međunarodna agenda za upravljanje migracijama, neobavezujući referentni okvir
    .opt-d = Prijem IOM-a u sistem Ujedinjenih nacija
    .feedback = Bernska inicijativa bila je konsultativni proces koji su vodile države, a IOM je bio njen sekretarijat. Završena je 2004. godine Međunarodnom agendom za upravljanje migracijama (IAMM), neobavezujućim skupom zajedničkih shvatanja i djelotvornih praksi u upravljanju migracijama.
    .opt-a-feedback = Bernska inicijativa nije rezultirala nijednim obavezujućim instrumentom. Poštovala je suverenitet država u pitanjima migracija.
    .opt-b-feedback = Globalni forum o migracijama i razvoju prvi put se sastao 2007. godine, nakon Dijaloga UN-a na visokom nivou iz 2006. godine. Bernska inicijativa pomogla je da se pripremi teren, ali nije osnovala Forum.
    .opt-d-feedback = IOM je ušao u sistem UN-a kao povezana organizacija 2016. godine, dugo nakon završetka Bernske inicijative.

q-consultative-processes = Povežite svaki regionalni konsultativni proces s njegovim glavnim težištem.
    .left-budapest = Budimpeštanski proces
    .left-prague = Praški proces
    .left-colombo = Kolombo proces
    .left-bali = Bali proces
    .right-silkroutes = Jedan od najstarijih evropskih dijaloga o migracijama, danas proširen na zemlje Puta svile
    .right-partnerships = Dijalog pokrenut 2009. godine između EU i država Istočnog partnerstva, Zapadnog Balkana i Centralne Azije
    .right-labour = Zapošljavanje u inostranstvu i ugovorni rad za azijske zemlje porijekla
    .right-smuggling = Krijumčarenje ljudi, trgovina ljudima i povezani transnacionalni kriminal u azijsko-pacifičkoj regiji
    .right-southamerica = Saradnja u oblasti migracija među državama Južne Amerike
    .feedback = Budimpeštanski proces pokrenut je početkom 1990-ih godina i danas je usmjeren na zemlje Puta svile. Praški proces pokrenut je na ministarskoj konferenciji „Izgradnja migracionih partnerstava“ u Pragu 2009. godine. Kolombo proces (2003) bavi se radnim migracijama iz azijskih zemalja porijekla, a Bali proces (2002) krijumčarenjem i trgovinom ljudima. Kao i svi regionalni konsultativni procesi, oni su neformalni i neobavezujući.
