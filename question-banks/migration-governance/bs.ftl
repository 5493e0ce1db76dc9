course-title = Globalno i regionalno upravljanje migracijama
course-description = Međunarodni pravni okvir za izbjeglice i migrante, dva globalna sporazuma, glavni međunarodni akteri i akteri Evropske unije te upravljanje migracijama na nivou Evropske unije i regije Zapadnog Balkana.

quiz-migration-governance-final = Završni test
    .description = Dvadeset pitanja iz svih pet dijelova kursa. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: instrumenti

q-refugee-definition-grounds = Koji su od navedenih osnova progona sadržani u definiciji izbjeglice iz člana 1A(2) Konvencije o statusu izbjeglica iz 1951. godine? Označite sve tačne odgovore.
    .opt-a = Rasa
    .opt-b = Pripadnost određenoj društvenoj grupi
    .opt-c = Političko mišljenje
    .opt-d = Opće nasilje u zemlji porijekla
    .opt-e = Krajnje siromaštvo
    .opt-f = Prirodna katastrofa
    .feedback = Član 1A(2) Konvencije iz 1951. godine navodi pet osnova: rasu, vjeru, nacionalnost, pripadnost određenoj društvenoj grupi i političko mišljenje. Osnovan strah od progona mora biti povezan s najmanje jednim od njih.
    .opt-d-feedback = Opće nasilje nije osnov iz Konvencije. Osobe koje od njega bježe mogu biti zaštićene regionalnim instrumentima, kao što je Konvencija Organizacije afričkog jedinstva o izbjeglicama iz 1969. godine, ili supsidijarnom zaštitom prema pravu Evropske unije.
    .opt-e-feedback = Samo siromaštvo nije osnov progona u smislu člana 1A(2), iako diskriminacija u pristupu sredstvima za život može predstavljati progon kada je povezana s nekim od osnova iz Konvencije.
    .opt-f-feedback = Prirodne katastrofe nisu osnov iz Konvencije. Osobe raseljene zbog katastrofa obuhvaćene su drugim okvirima, na primjer ciljem 2 Globalnog sporazuma o migracijama (GCM) i Agendom zaštite Nansenove inicijative.

q-protocol-1967-effect = Koje je bilo glavno pravno dejstvo Protokola o statusu izbjeglica iz 1967. godine?
    .opt-a = Ukinuo je vremensko ograničenje kojim je definicija izbjeglice bila vezana za događaje prije 1. januara 1951. godine.
    .opt-b = Osnovao je UNHCR i utvrdio mandat Visokog komesara.
    .opt-c = Dodao je nove osnove progona u definiciju izbjeglice.
    .opt-d = Uveo je princip non-refoulement u međunarodno pravo.
    .feedback = Član I(2) Protokola iz 1967. godine primjenjuje definiciju izbjeglice bez riječi „kao rezultat događaja koji su se desili prije 1. januara 1951. godine“. Član I(3) ukida i fakultativno geografsko ograničenje, osim izjava koje su postojeće države potpisnice već dale.
    .opt-b-feedback = UNHCR je osnovan ranije, rezolucijom Generalne skupštine UN-a 428 (V) od 14. decembra 1950. godine, koja sadrži njegov Statut.
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
    .feedback = Komitet za radnike migrante (CMW), osnovan na osnovu člana 72. Konvencije, tijelo je od 14 nezavisnih stručnjaka. Razmatra izvještaje država potpisnica, a podršku mu pruža Ured visokog komesara UN-a za ljudska prava (OHCHR).

q-return-risk-tests = Dopunite rečenice o testovima koji se koriste za procjenu rizika u slučaju vraćanja.
    .text = Član 3. Konvencije protiv torture zabranjuje vraćanje ako postoje { $g1 } razlozi za vjerovanje da bi osobi prijetila opasnost da bude podvrgnuta torturi. Evropski sud za ljudska prava ispituje da li bi osoba bila izložena { $g2 } riziku postupanja suprotnog članu 3. EKLJP.
    .opt-g1a = ozbiljni
    .opt-g1b = razumni
    .opt-g1c = nepobitni
    .opt-g2a = stvarnom
    .opt-g2b = izvjesnom
    .opt-g2c = neposrednom
    .feedback = Član 3(1) Konvencije protiv torture koristi izraz „ozbiljni razlozi za vjerovanje“. Od presude Soering protiv Ujedinjenog Kraljevstva (1989, paragraf 91) Evropski sud za ljudska prava ispituje da li ozbiljni razlozi ukazuju na stvaran rizik postupanja suprotnog članu 3. EKLJP. Izvjesnost zlostavljanja nije potrebna.

q-trafficking-vs-smuggling = Prema dvama protokolima UN-a iz 2000. godine, o trgovini ljudima i o krijumčarenju migranata, koji je element potreban za trgovinu ljudima, ali ne i za krijumčarenje migranata?
    .opt-a = Svrha eksploatacije
    .opt-b = Prelazak međunarodne granice
    .opt-c = Finansijska ili druga materijalna korist
    .opt-d = Korištenje lažne putne isprave
    .feedback = Član 3(a) Protokola o trgovini ljudima definiše trgovinu ljudima kroz radnju, sredstvo i svrhu eksploatacije. Član 3(a) Protokola o krijumčarenju migranata definiše krijumčarenje kao omogućavanje nezakonitog ulaska osobe u drugu državu radi sticanja finansijske ili druge materijalne koristi. Eksploatacija nije dio definicije krijumčarenja.
    .opt-b-feedback = Upravo je obrnuto. Krijumčarenje uvijek uključuje nezakonit ulazak u drugu državu, dok se trgovina ljudima može odvijati i unutar jedne zemlje.
    .opt-c-feedback = Finansijska ili druga materijalna korist element je definicije krijumčarenja iz člana 3(a) Protokola o krijumčarenju migranata.
    .opt-d-feedback = Nijedna od ovih definicija ne zahtijeva lažnu ispravu. Prevara s ispravama u svrhu krijumčarenja posebno je krivično djelo prema članu 6(1)(b) Protokola o krijumčarenju migranata.

## Kategorija: principi

q-article33-exceptions = Dopunite tekst izuzetka od principa non-refoulement iz člana 33(2) Konvencije o statusu izbjeglica iz 1951. godine.
    .text = Na pogodnost zabrane vraćanja ne može se pozvati izbjeglica za kojeg postoje opravdani razlozi da se smatra opasnošću za { $g1 } zemlje u kojoj se nalazi ili koji, pošto je pravosnažnom presudom osuđen za posebno { $g2 } krivično djelo, predstavlja opasnost za { $g3 } te zemlje.
    .opt-g1a = sigurnost
    .opt-g1b = privredu
    .opt-g1c = javno zdravlje
    .opt-g2a = teško
    .opt-g2b = političko
    .opt-g2c = lako
    .opt-g3a = zajednicu
    .opt-g3b = vladu
    .opt-g3c = privredu
    .feedback = Član 33(2) odnosi se na opasnost za sigurnost zemlje ili na izbjeglicu koji je pravosnažnom presudom osuđen za posebno teško krivično djelo i predstavlja opasnost za zajednicu. Ovi izuzeci tumače se restriktivno i ne utiču na apsolutne zabrane iz člana 3. Konvencije protiv torture i člana 3. EKLJP.

q-recognition-declaratory = Prema Konvenciji o statusu izbjeglica iz 1951. godine, osoba postaje izbjeglica tek u trenutku kada joj država formalno prizna status izbjeglice.
    .feedback = Netačno. Prema paragrafu 28 Priručnika UNHCR-a, osoba je izbjeglica čim ispunjava kriterije iz definicije. Priznanjem osoba ne postaje izbjeglica; njime se samo utvrđuje da ona to jeste. Zbog toga su i tražioci azila zaštićeni od vraćanja (refoulement) dok se njihovi zahtjevi razmatraju.

q-article31-non-penalisation = Izbjeglica je nezakonito ušao u zemlju, dolazeći direktno iz zemlje progona, i odmah se prijavio vlastima. Koji član Konvencije o statusu izbjeglica iz 1951. godine zabranjuje kažnjavanje za takav nezakonit ulazak?
    .opt-a = Član 31.
    .opt-b = Član 33.
    .opt-c = Član 1F
    .opt-d = Član 26.
    .feedback = Član 31(1) zabranjuje kažnjavanje zbog nezakonitog ulaska ili boravka izbjeglica koji dolaze direktno s teritorije na kojoj su im život ili sloboda bili ugroženi, pod uslovom da se bez odgađanja jave vlastima i navedu opravdan razlog. Član 31(2) dopušta samo nužna ograničenja kretanja.
    .opt-b-feedback = Član 33. zabranjuje vraćanje izbjeglice na mjesto gdje mu prijeti opasnost (non-refoulement). On ne uređuje kažnjavanje za nezakonit ulazak.
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
    .feedback = Dobrovoljna repatrijacija, lokalna integracija i preseljenje tradicionalna su trajna rješenja. Potiču iz paragrafa 1 Statuta UNHCR-a i razrađena su u dijelu o rješenjima Globalnog sporazuma o izbjeglicama, koji podstiče i komplementarne puteve.
    .opt-d-feedback = Privremena zaštita pruža trenutnu zaštitu u slučaju masovnog priliva, ali po definiciji nije trajno rješenje.
    .opt-e-feedback = Zadržavanje je mjera kontrole migracija, a ne rješenje za izbjeglice.

q-non-refoulement-extraterritorial = Princip non-refoulement primjenjuje se samo na osobe koje se već nalaze na teritoriji države.
    .feedback = Netačno. Savjetodavno mišljenje UNHCR-a o eksteritorijalnoj primjeni obaveza non-refoulement (2007) navodi da se ta obaveza primjenjuje svuda gdje država vrši jurisdikciju, uključujući granicu i otvoreno more. Evropski sud za ljudska prava došao je do istog zaključka za presretanja na moru u predmetu Hirsi Jamaa i drugi protiv Italije (2012).

q-migrant-definition = Kako Pojmovnik migracija IOM-a (2019) opisuje pojam „migrant“?
    .opt-a = Kao krovni pojam, nedefinisan u međunarodnom pravu, za osobu koja napušta mjesto uobičajenog boravka
    .opt-b = Kao pravni status definisan u članu 1. Konvencije o statusu izbjeglica iz 1951. godine
    .opt-c = Kao osobu koja je pet ili više godina živjela izvan zemlje svog državljanstva
    .opt-d = Kao osobu koja se seli u drugu zemlju isključivo radi rada u njoj
    .feedback = Pojmovnik IOM-a opisuje „migranta“ kao krovni pojam, nedefinisan u međunarodnom pravu, koji odražava uobičajeno shvatanje osobe koja napušta mjesto svog uobičajenog boravka, unutar zemlje ili preko međunarodne granice, privremeno ili trajno, i iz različitih razloga.
    .opt-b-feedback = Konvencija iz 1951. godine definiše pojam „izbjeglica“, a ne „migrant“.
    .opt-c-feedback = Opis IOM-a ne propisuje minimalno trajanje. Statističke definicije koriste druge periode, npr. 12 mjeseci za dugoročne migrante.
    .opt-d-feedback = Ovo je bliže pojmu „radnik migrant“, definisanom u članu 2(1) Konvencije o radnicima migrantima iz 1990. godine. Krovni pojam „migrant“ je širi.

q-long-term-migrant-months = Prema Preporukama UN-a o statistici međunarodnih migracija (Revizija 1, 1998), dugoročni migrant je osoba koja se preseli u zemlju različitu od zemlje svog uobičajenog boravka na najmanje koliko mjeseci? Unesite broj.
    .feedback = Odgovor je 12. Preporuke UN-a definišu dugoročnog migranta kao osobu koja se preseli u drugu zemlju na period od najmanje godinu dana (12 mjeseci), tako da zemlja odredišta postaje njena nova zemlja uobičajenog boravka. Boravak od 3 do 12 mjeseci smatra se kratkoročnom migracijom.

q-international-migrants-2020 = Prema Izvještaju o migracijama u svijetu 2022 IOM-a, koji se zasniva na podacima UN DESA-e, koliko je približno međunarodnih migranata bilo u svijetu 2020. godine? Navedite broj u milionima.
    .feedback = Izvještaj o migracijama u svijetu 2022 IOM-a navodi oko 281 milion međunarodnih migranata u 2020. godini, na osnovu podataka UN DESA-e o broju međunarodnih migranata (International Migrant Stock 2020). To je bilo oko 3,6 posto svjetskog stanovništva. Prihvataju se odgovori između 271 i 291.

q-no-reservations-article33 = Država koja pristupi Konvenciji o statusu izbjeglica iz 1951. godine ne može staviti rezervu na član 33. o zabrani vraćanja (non-refoulement).
    .feedback = Tačno. Član 42(1) Konvencije iz 1951. godine isključuje rezerve na članove 1, 3, 4, 16(1), 33 i 36 do 46. Član VII(1) Protokola iz 1967. godine sadrži isto ograničenje za članove 1, 3, 4, 16(1) i 33.
