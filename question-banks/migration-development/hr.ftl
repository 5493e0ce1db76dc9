course-title = Migracije i razvoj
course-description = Kako migracije pridonose razvoju: doznake, dijaspore, vještine i radna mobilnost, pošteno zapošljavanje, povratak i reintegracija te globalni okvir koji čine Program održivog razvoja do 2030., Globalni sporazum o migracijama i Globalni forum o migracijama i razvoju.

quiz-migration-development-final = Završna provjera znanja
    .description = Dvadeset pitanja iz cijelog tečaja, po četiri iz svake teme. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: instrumenti

q-sdg-10-7-target = Koji podcilj Programa održivog razvoja do 2030. poziva države da olakšaju uredne, sigurne, zakonite i odgovorne migracije, među ostalim provedbom planiranih i dobro vođenih migracijskih politika?
    .opt-a = Podcilj 10.7
    .opt-b = Podcilj 10.c
    .opt-c = Podcilj 8.8
    .opt-d = Podcilj 17.18
    .feedback = Podcilj 10.7 Programa održivog razvoja do 2030. (rezolucija Opće skupštine UN-a 70/1, 2015.) poziva države da olakšaju uredne, sigurne, zakonite i odgovorne migracije i mobilnost ljudi, među ostalim provedbom planiranih i dobro vođenih migracijskih politika. Pokazatelj 10.7.2 bilježi broj zemalja koje imaju takve politike.
    .opt-b-feedback = Podcilj 10.c odnosi se na troškove slanja doznaka migranata, a ne na migracijske politike općenito.
    .opt-c-feedback = Podcilj 8.8 štiti radnička prava i sigurno radno okruženje za sve radnike, uključujući radnike migrante. Ne odnosi se na migracijske politike kao takve.
    .opt-d-feedback = Podcilj 17.18 odnosi se na podatke: traži podatke razvrstane, među ostalim, prema migracijskom statusu.

q-sdg-migration-targets = U tekstu kojih se od navedenih podciljeva ciljeva održivog razvoja spominju migranti, migracije ili doznake migranata? Označite sve točne odgovore. Netočni odgovori umanjuju bodove.
    .opt-a = Podcilj 3.8 (opća zdravstvena zaštita)
    .opt-b = Podcilj 8.8 (radnička prava i sigurno radno okruženje)
    .opt-c = Podcilj 10.7 (uredne, sigurne, zakonite i odgovorne migracije)
    .opt-d = Podcilj 13.1 (otpornost na opasnosti povezane s klimom)
    .opt-e = Podcilj 10.c (transakcijski troškovi doznaka)
    .feedback = Podcilj 8.8 izričito spominje radnike migrante, posebno žene migrantice. Podcilj 10.7 odnosi se na migracije i mobilnost ljudi. Podcilj 10.c odnosi se na transakcijske troškove doznaka migranata (A/RES/70/1, 2015.). Podciljevi 3.8 i 13.1 u praksi su važni za migrante, ali se u njihovu tekstu migracije ne spominju. Drugi podciljevi odnose se na trgovanje ljudima (5.2, 8.7 i 16.2) ili na podatke razvrstane prema migracijskom statusu (17.18).
    .opt-a-feedback = Opća zdravstvena zaštita važna je za migrante, ali se u tekstu podcilja 3.8 ne spominju ni migranti ni migracije.
    .opt-d-feedback = Opasnosti povezane s klimom mogu potaknuti migracije, ali se u tekstu podcilja 13.1 ne spominju ni migranti ni migracije.

q-gcm-objectives-count = Koliko ciljeva sadržava Globalni sporazum o sigurnim, urednim i zakonitim migracijama (2018.)? Upišite broj.
    .feedback = Globalni sporazum o migracijama (rezolucija Opće skupštine UN-a 73/195) u stavku 16. navodi 23 cilja. Uz svaki cilj slijede obveza i popis mogućih mjera. S migracijama i razvojem najuže su povezani ciljevi od 18 do 21: vještine, doprinos migranata i dijaspora, doznake te povratak i reintegracija.

q-gcm-objectives-match = Povežite svaki broj cilja Globalnog sporazuma o migracijama s njegovim predmetom. Jedan predmet ostaje neiskorišten.
    .left-o6 = Cilj 6
    .left-o18 = Cilj 18
    .left-o19 = Cilj 19
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-recruitment = Pošteno i etično zapošljavanje te uvjeti koji osiguravaju dostojanstven rad
    .right-skills = Razvoj vještina i uzajamno priznavanje vještina, kvalifikacija i kompetencija
    .right-diaspora = Uvjeti u kojima migranti i dijaspore mogu u potpunosti pridonijeti održivom razvoju
    .right-remittances = Brže, sigurnije i jeftinije slanje doznaka te financijska uključenost migranata
    .right-return = Siguran i dostojanstven povratak i ponovni prihvat te održiva reintegracija
    .right-social-security = Prenosivost prava iz socijalne sigurnosti i stečenih davanja
    .feedback = U Globalnom sporazumu o migracijama (A/RES/73/195) cilj 6 obuhvaća pošteno i etično zapošljavanje te dostojanstven rad, cilj 18 razvoj i priznavanje vještina, cilj 19 doprinos migranata i dijaspora održivom razvoju, cilj 20 doznake i financijsku uključenost, a cilj 21 povratak, ponovni prihvat i održivu reintegraciju. Prenosivost prava iz socijalne sigurnosti cilj je 22, koji nije na popisu.

q-gcm-non-binding = Globalni sporazum o sigurnim, urednim i zakonitim migracijama pravno je obvezujući međunarodni ugovor.
    .feedback = Netočno. U stavku 7. Globalni sporazum sam sebe opisuje kao pravno neobvezujući okvir za suradnju kojim se poštuje suverenitet država. Donesen je na međuvladinoj konferenciji u Marakešu 10. prosinca 2018., a Opća skupština UN-a potvrdila ga je rezolucijom 73/195 od 19. prosinca 2018. Nije otvoren za ratifikaciju.

q-gfmd-nature = Koja izjava najbolje opisuje Globalni forum o migracijama i razvoju (GFMD)?
    .opt-a = Ugovorno tijelo UN-a koje prati provedbu Konvencije o zaštiti prava svih radnika migranata
    .opt-b = Neformalan i neobvezujući proces koji vode države, u kojem vlade raspravljaju o migracijama i razvoju
    .opt-c = Upravno vijeće Međunarodne organizacije za migracije
    .opt-d = Obvezujuće tijelo za rješavanje sporova iz bilateralnih sporazuma o radnim migracijama
    .feedback = GFMD je proizašao iz prvog Dijaloga UN-a na visokoj razini o međunarodnim migracijama i razvoju (2006.), a sastaje se od 2007., prvi put u Bruxellesu. Vode ga države, dobrovoljan je, neformalan i neobvezujući te djeluje izvan sustava UN-a, ali s njim održava bliske veze. Civilno društvo, poslovni sektor i lokalne vlasti sudjeluju putem vlastitih mehanizama.
    .opt-a-feedback = Provedbu te Konvencije prati Odbor za zaštitu prava svih radnika migranata i članova njihovih obitelji, osnovan na temelju njezina članka 72. GFMD nije ugovorno tijelo.
    .opt-c-feedback = IOM-om upravlja njegovo Vijeće država članica. GFMD nije dio IOM-a.
    .opt-d-feedback = GFMD ne donosi obvezujuće odluke i ne rješava sporove; to je prostor za dijalog i razmjenu praksi.

q-gfmd-first-year = Koje je godine održan prvi sastanak Globalnog foruma o migracijama i razvoju? Upišite godinu.
    .feedback = Prvi sastanak GFMD-a održan je u Bruxellesu u srpnju 2007. pod predsjedanjem Belgije. Uslijedio je nakon prvog Dijaloga UN-a na visokoj razini o međunarodnim migracijama i razvoju u rujnu 2006., na kojem je iznesena zamisao o globalnom forumu koji bi vodile države.

q-md-process-chronology = Poredajte ove prekretnice globalnog programa o migracijama i razvoju kronološki, od najranije do najnovije.
    .item-hld = Prvi Dijalog UN-a na visokoj razini o međunarodnim migracijama i razvoju
    .item-gfmd = Prvi sastanak Globalnog foruma o migracijama i razvoju
    .item-agenda = Donošenje Programa održivog razvoja do 2030.
    .item-gcm = Donošenje Globalnog sporazuma o sigurnim, urednim i zakonitim migracijama
    .item-review = Prvo globalno četverogodišnje preispitivanje napretka u provedbi Globalnog sporazuma o migracijama
    .feedback = Prvi Dijalog na visokoj razini održan je u rujnu 2006., prvi sastanak GFMD-a u Bruxellesu u srpnju 2007., Program održivog razvoja do 2030. donesen je u rujnu 2015. (A/RES/70/1), Globalni sporazum o migracijama u prosincu 2018. (A/RES/73/195), a prvi Međunarodni forum za preispitivanje migracija sastao se u svibnju 2022. (stavak 49. Sporazuma).

q-imrf-acronym = Prema stavku 49. Globalnog sporazuma o migracijama države članice UN-a preispituju napredak u provedbi Sporazuma na globalnom forumu koji se održava svake četiri godine, počevši od 2022. Koja je engleska kratica tog foruma?
    .feedback = Međunarodni forum za preispitivanje migracija (engl. International Migration Review Forum, IMRF) glavna je međuvladina platforma za raspravu o napretku u provedbi Globalnog sporazuma o migracijama i razmjenu iskustava (stavak 49(b) rezolucije A/RES/73/195). Prvi IMRF sastao se u svibnju 2022. i donio Deklaraciju o napretku.

q-instruments-chronology = Poredajte ove međunarodne instrumente o radnicima migrantima prema redoslijedu donošenja, od najranijeg do najnovijeg.
    .item-c97 = Konvencija MOR-a br. 97 o migracijama radi zapošljavanja (revidirana)
    .item-c143 = Konvencija MOR-a br. 143 o radnicima migrantima (dopunske odredbe)
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih obitelji
    .item-who = Globalni kodeks prakse SZO-a o međunarodnom zapošljavanju zdravstvenih djelatnika
    .item-fair = Opća načela i operativne smjernice MOR-a za pošteno zapošljavanje
    .feedback = Konvencija Međunarodne organizacije rada (MOR) br. 97 potječe iz 1949., a Konvencija br. 143 iz 1975. Konvencija UN-a o radnicima migrantima donesena je 18. prosinca 1990. (A/RES/45/158). Globalni kodeks Svjetske zdravstvene organizacije (SZO) donijela je Svjetska zdravstvena skupština u svibnju 2010. (rezolucija WHA63.16). Opća načela i operativne smjernice MOR-a za pošteno zapošljavanje usuglašeni su na tripartitnom sastanku stručnjaka u rujnu 2016.

## Kategorija: doznake

q-sdg-10c-gap = Dovršite podcilj 10.c ciljeva održivog razvoja.
    .text = Do 2030. smanjiti transakcijske troškove doznaka migranata na manje od { $g1 } posto i ukinuti koridore za doznake s troškovima većima od { $g2 } posto.
    .opt-a1 = 1
    .opt-a3 = 3
    .opt-a5 = 5
    .opt-b3 = 3
    .opt-b5 = 5
    .opt-b10 = 10
    .feedback = Podcilj 10.c Programa održivog razvoja do 2030. (A/RES/70/1, 2015.) postavlja dva mjerila: prosječni trošak manji od 3 posto poslanog iznosa i nijedan koridor s troškovima većima od 5 posto. Taj cilj ponavljaju Akcijski program iz Adis Abebe (2015., stavak 40.) i cilj 20 Globalnog sporazuma o migracijama. Pokazatelj 10.c.1 mjeri troškove doznaka kao udio u doznačenom iznosu.

q-remittance-cost-calc = Migrant šalje iznos u protuvrijednosti od 200 USD. Pružatelj usluge naplaćuje naknadu od 5 USD i primjenjuje tečajnu maržu vrijednu 4 USD u odnosu na referentni tečaj. Ako se računaju i naknada i tečajna marža, koliki je ukupni trošak izražen kao postotak poslanog iznosa? Upišite broj bez znaka postotka.
    .feedback = Ukupni trošak = naknada + tečajna marža = 5 + 4 = 9 USD, a 9 / 200 = 4,5 posto. Da je to prosječni trošak u njegovu koridoru, bio bi ispod gornje granice od 5 posto za koridore iz podcilja 10.c, ali iznad ciljanog prosjeka od 3 posto. Kad bi se gledala samo naknada (2,5 posto), ostala bi skrivena gotovo polovina stvarnog troška.

q-remittance-cost-components = Što prema bazi podataka Svjetske banke Remittance Prices Worldwide obuhvaća ukupni trošak slanja doznake?
    .opt-a = Samo naknadu za prijenos
    .opt-b = Samo tečajnu maržu
    .opt-c = Naknadu za prijenos i tečajnu maržu
    .opt-d = Naknadu za prijenos i porez na dohodak primatelja
    .feedback = Remittance Prices Worldwide mjeri ukupni trošak za pošiljatelja kao zbroj naknade i tečajne marže, odnosno razlike između tečaja koji primjenjuje pružatelj usluge i referentnog međubankovnog tečaja. Pokazatelj 10.c.1 ciljeva održivog razvoja koristi taj ukupni trošak za prijenos od 200 USD.
    .opt-a-feedback = Sama naknada prikazuje trošak manjim nego što jest: marža dodana tečaju često je velik i manje vidljiv dio cijene.
    .opt-b-feedback = Marža je samo jedan od dvaju elemenata; uračunava se i naknada koja se naplaćuje pošiljatelju.
    .opt-d-feedback = Porezi u zemlji primatelja nisu dio cijene usluge prijenosa koju baza podataka mjeri.

q-rpw-average-2023 = Prema bazi podataka Svjetske banke Remittance Prices Worldwide globalni prosječni trošak slanja 200 USD već je do 2023. pao ispod vrijednosti iz podcilja 10.c ciljeva održivog razvoja.
    .feedback = Netočno. Tijekom cijele 2023. globalni prosječni trošak slanja 200 USD ostao je na otprilike 6 posto, što je oko dvostruko više od ciljane vrijednosti iz podcilja 10.c od manje od 3 posto (Svjetska banka, Remittance Prices Worldwide, tromjesečna izvješća za 2023.). Troškovi se osim toga znatno razlikuju među koridorima.

q-rpw-bank-channel = Koja je vrsta pružatelja usluga prema izvješćima Svjetske banke Remittance Prices Worldwide dosljedno u prosjeku najskuplja za slanje doznaka?
    .opt-a = Operatori za prijenos novca
    .opt-b = Operatori mobilnih mreža
    .opt-c = Isključivo digitalne usluge doznaka
    .opt-d = Banke
    .feedback = Izvješća Remittance Prices Worldwide više su puta utvrdila da su banke najskuplja vrsta pružatelja usluga, s prosječnim troškovima znatno višima od troškova operatora za prijenos novca i mobilnih operatora. Digitalne usluge u prosjeku su jeftinije od nedigitalnih, što je jedan od razloga zbog kojih cilj 20 Globalnog sporazuma o migracijama poziva na tržišno natjecanje i inovacije na tržištu doznaka.
    .opt-a-feedback = Operatori za prijenos novca u podacima Svjetske banke u prosjeku su jeftiniji od banaka.
    .opt-b-feedback = Mobilni operatori u podacima Svjetske banke ubrajaju se među najjeftinije pružatelje usluga.
    .opt-c-feedback = Podaci Svjetske banke pokazuju da su digitalne doznake u prosjeku jeftinije od nedigitalnih.

q-gcm-obj20-actions = Koje se od sljedećih mjera nalaze među mjerama predviđenima uz cilj 20 Globalnog sporazuma o migracijama? Označite sve točne odgovore.
    .opt-a = Izraditi plan za smanjenje transakcijskih troškova doznaka migranata u skladu s podciljem 10.c
    .opt-b = Obvezati migrante da određeni udio svoje zarade prenose u državni razvojni fond
    .opt-c = Računati doznake kao dio službene razvojne pomoći
    .opt-d = Pružiti migrantima dostupne informacije o troškovima doznaka po pružatelju i kanalu, npr. na internetskim stranicama za usporedbu
    .opt-e = Ukloniti neopravdane prepreke za nebankovne pružatelje usluga doznaka radi poticanja tržišnog natjecanja
    .feedback = Cilj 20 (stavak 36. rezolucije A/RES/73/195) među ostalim mjerama navodi plan za ostvarenje mjerila troškova iz podcilja 10.c, transparentne informacije o cijenama, primjerice internetske stranice za usporedbu, te konkurentno i inovativno tržište koje uključuje i nebankovne pružatelje usluga. U obvezi se ističe i da su doznake važan izvor privatnog kapitala i da se ne mogu izjednačiti s izravnim stranim ulaganjima, službenom razvojnom pomoći ili drugim javnim izvorima financiranja razvoja.
    .opt-b-feedback = Doznake su privatni novac. Sporazum promiče dobrovoljne mogućnosti ulaganja za migrante, a ne obvezne prijenose državi.
    .opt-c-feedback = U stavku 36. navodi se da se doznake ne mogu izjednačiti sa službenom razvojnom pomoći.

q-icrmw-art47-transfer = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih obitelji priznaje pravo radnika migranata da svoje zarade i ušteđevinu prenesu u svoju državu podrijetla ili u bilo koju drugu državu.
    .feedback = Točno. Članak 47(1) Konvencije iz 1990. daje radnicima migrantima pravo da svoje zarade i ušteđevinu, osobito sredstva potrebna za uzdržavanje obitelji, prenesu iz države zaposlenja u svoju državu podrijetla ili u bilo koju drugu državu, u skladu s mjerodavnim postupcima. Članak 47(2) od dotičnih država traži da poduzmu odgovarajuće mjere za olakšavanje takvih prijenosa. Članak 47. nalazi se u dijelu IV., koji se primjenjuje na radnike migrante koji posjeduju dokumente ili su u zakonitom položaju. Osim toga, članak 32. u dijelu III. daje svim radnicima migrantima i članovima njihovih obitelji, bez obzira na njihov status, pravo da po završetku boravka u državi zaposlenja prenesu svoje zarade i ušteđevinu.

q-top-recipient-2023 = Koja je zemlja prema izvješću Svjetske banke i KNOMAD-a Migration and Development Brief 40 (lipanj 2024.) primila 2023. najveći priljev doznaka?
    .opt-a = Indija
    .opt-b = Meksiko
    .opt-c = Kina
    .opt-d = Filipini
    .feedback = Indija je 2023. bila najveći primatelj doznaka, a slijedili su je Meksiko, Kina i Filipini (Svjetska banka i KNOMAD, Migration and Development Brief 40, lipanj 2024.). Indija je najveći primatelj doznaka već niz godina.
    .opt-b-feedback = Meksiko je 2023. bio drugi najveći primatelj, a većina njegovih doznaka dolazi iz Sjedinjenih Američkih Država.
    .opt-c-feedback = Kina je 2023. bila treći najveći primatelj, iza Indije i Meksika.

q-remittances-2020-resilience = Prema podacima Svjetske banke i KNOMAD-a zabilježeni tokovi doznaka u zemlje s niskim i srednjim dohotkom pali su 2020. mnogo manje nego što je Svjetska banka predviđala na početku pandemije bolesti COVID-19.
    .feedback = Točno. Svjetska banka je u travnju 2020. (Migration and Development Brief 32) predvidjela pad od oko 20 posto. U izvješću Brief 34 (svibanj 2021.) potom je objavljeno da su tokovi u zemlje s niskim i srednjim dohotkom 2020. bili samo oko 1,6 posto niži nego 2019. Migranti su nastavili uzdržavati svoje obitelji, a dio prijenosa premjestio se iz neformalnih u formalne i digitalne kanale.

q-ifad-remittances = Koja specijalizirana agencija UN-a upravlja Financijskim instrumentom za doznake (engl. Financing Facility for Remittances) i pokrenula je obilježavanje Međunarodnog dana obiteljskih doznaka 16. lipnja? Navedite njezinu englesku kraticu.
    .feedback = Međunarodni fond za poljoprivredni razvoj (engl. International Fund for Agricultural Development, IFAD) osnovao je svoj Financijski instrument za doznake 2006. Njegovo Upravno vijeće proglasilo je Međunarodni dan obiteljskih doznaka 2015., a Opća skupština UN-a potvrdila ga je 2018. Interes IFAD-a proizlazi iz činjenice da velik dio doznaka odlazi ruralnim kućanstvima.

## Kategorija: dijaspora i vještine

q-diaspora-definition = Koji opis odgovara definiciji dijaspore iz Pojmovnika IOM-a o migracijama (2019.)?
    .opt-a = Državljani koji žive u inozemstvu najmanje dvanaest mjeseci i prijavljeni su u konzulatu
    .opt-b = Samo osobe koje su napustile svoju zemlju zbog proganjanja i imaju status izbjeglice
    .opt-c = Samo iseljenici prve generacije koji još imaju državljanstvo zemlje podrijetla
    .opt-d = Migranti ili njihovi potomci čiji je identitet oblikovala migracija i koji održavaju veze s domovinom
    .feedback = Pojmovnik Međunarodne organizacije za migracije (IOM) o migracijama (2019.) definira dijaspore kao migrante ili potomke migranata čiji su identitet i osjećaj pripadnosti, stvarni ili simbolični, oblikovani njihovim migracijskim iskustvom i podrijetlom te koji održavaju veze sa svojom domovinom i međusobno. Dio dijaspore mogu biti i potomci migranata i osobe s drugim državljanstvom; državljanstvo i pravni status nisu odlučujući.
    .opt-a-feedback = Dvanaest mjeseci statistički je prag UN-a za dugoročnog međunarodnog migranta. To nije dio definicije dijaspore, a prijava u konzulatu nije uvjet.
    .opt-b-feedback = Izbjeglice mogu biti dio dijaspore, ali je taj pojam mnogo širi od osoba koje su pobjegle od proganjanja.
    .opt-c-feedback = Dio dijaspore su i potomci migranata te osobe koje su stekle drugo državljanstvo.

q-brain-concepts-match = Povežite svaki pojam s njegovim opisom. Jedan opis ostaje neiskorišten.
    .left-drain = Odljev mozgova
    .left-gain = Priljev mozgova
    .left-circulation = Cirkulacija mozgova
    .left-waste = Rasipanje mozgova
    .right-loss = Gubitak kvalificiranih osoba zbog iseljavanja, čime se smanjuju vještine dostupne u zemlji podrijetla
    .right-increase = Povećanje vještina u zemlji, npr. useljavanjem kvalificiranih osoba ili većim ulaganjem u obrazovanje
    .right-movement = Ponovljeno kretanje kvalificiranih osoba između zemalja, uključujući povratak, tako da vještine i znanje teku u oba smjera
    .right-underuse = Rad kvalificiranih migranata na poslovima znatno ispod njihovih kvalifikacija, zbog čega im vještine ostaju neiskorištene
    .right-money = Prijenos novca migranata njihovim obiteljima u zemlji podrijetla
    .feedback = Ti se pojmovi široko upotrebljavaju u literaturi o migracijama; odljev mozgova i priljev mozgova definirani su u Pojmovniku IOM-a o migracijama (2019.). Odljev mozgova gubitak je kvalificiranih osoba, priljev mozgova povećanje ljudskog kapitala, cirkulacija mozgova kretanje kvalificiranih osoba tamo i natrag, a rasipanje mozgova nedovoljno iskorištavanje vještina migranata. Neiskorišteni opis odnosi se na doznake.

q-beneficial-brain-drain = Istraživanja o korisnom odljevu mozgova (npr. Mountford 1997.; Beine, Docquier i Rapoport 2001.) objašnjavaju kako iseljavanje kvalificiranih osoba može dovesti do priljeva mozgova u zemlji podrijetla. Koji je glavni mehanizam?
    .opt-a = Države odredišta prema međunarodnom pravu plaćaju naknadu za svakog kvalificiranog iseljenika
    .opt-b = Kvalificirani iseljenici zakonski se moraju vratiti kući nakon određenog broja godina
    .opt-c = Mogućnost rada u inozemstvu potiče više ljudi na školovanje, a ne iseljavaju se svi
    .opt-d = Iseljavanje kvalificiranih uvijek podiže domaće plaće dovoljno da privuče strane stručnjake
    .feedback = Prema argumentu poticaja izgledi za veću zaradu u inozemstvu povećavaju očekivani povrat od obrazovanja pa više ljudi u njega ulaže. Budući da se iseli samo dio njih, broj obrazovanih osoba u zemlji može porasti. Neto učinak ovisi o stopi iseljavanja: kad je ona vrlo visoka, gubitak obično nadmašuje dobitak.
    .opt-a-feedback = Nijedan međunarodni instrument ne obvezuje države odredišta na plaćanje takve naknade. Globalni kodeks SZO-a samo potiče države odredišta da podupiru razvoj zdravstvene radne snage u zemljama podrijetla.
    .opt-b-feedback = Ne postoji opće pravilo koje kvalificirane iseljenike prisiljava na povratak. Povratak je jedan od kanala cirkulacije mozgova, a ne mehanizam učinka poticaja.
    .opt-d-feedback = Iseljavanje ne podiže uvijek plaće, a privlačenje stranih stručnjaka nije mehanizam koji ta istraživanja opisuju.

q-iom-3e = IOM je na Ministarskoj konferenciji o dijaspori 2013. svoj pristup suradnji s dijasporama sažeo u tri riječi. Koje su to riječi?
    .opt-a = Utvrditi, registrirati, oporezovati
    .opt-b = Uključiti, omogućiti, osnažiti
    .opt-c = Privući, zadržati, vratiti
    .opt-d = Informirati, zaštititi, repatrirati
    .feedback = Pristup IOM-a, na engleskom poznat kao pristup 3E (engage, enable, empower), predstavljen je na Ministarskoj konferenciji o dijaspori u Ženevi u lipnju 2013. Od vlada traži da dijaspore uključe, omoguće im da pridonose (npr. uklanjanjem pravnih i praktičnih prepreka) i osnaže ih kao partnere u razvoju, umjesto da ih smatraju samo izvorom novca.

q-diaspora-bonds = Izrael od početka 1950-ih izdaje obveznice namijenjene svojoj dijaspori.
    .feedback = Točno. Izrael prodaje obveznice svojoj dijaspori od 1951., a Indija je 1991., 1998. i 2000. prikupila sredstva instrumentima namijenjenima dijaspori. Ketkar i Ratha (World Bank Policy Research Working Paper 4311, 2007.) na tim primjerima pokazuju kako obveznice za dijasporu mogu mobilizirati ušteđevinu dijaspore za razvoj.

q-three-for-one = Kako je u meksičkom Programu 3x1 za migrante (Programa 3x1 para Migrantes) bio dopunjen svaki pezo kojim su udruge migranata u inozemstvu pridonijele projektu u zajednici?
    .opt-a = S tri pezosa koja je migrantima posudila privatna banka
    .opt-b = S jednim pezom vlade zemlje odredišta
    .opt-c = S po jednim pezom savezne vlade, vlade savezne države i općine
    .opt-d = S povratom poreza od tri pezosa svakom migrantu koji je uplatio doprinos
    .feedback = Program je kombinirao doprinose zavičajnih udruga migranata sa sredstvima triju razina meksičke vlasti, tako da se svaki pezo migranata učetverostručio. Riječ je o jednom od najpoznatijih programa sufinanciranja kolektivnih doznaka, a opisan je u priručniku IOM-a i MPI-ja Developing a Road Map for Engaging Diasporas in Development (2012.).
    .opt-a-feedback = Sredstva za sufinanciranje bila su javna bespovratna sredstva, a ne zajmovi; migranti se nisu zaduživali.
    .opt-b-feedback = Zemlja odredišta nije sudjelovala u programu; financirali su ga migranti i meksička tijela javne vlasti.

q-diaspora-tools = Koji su od navedenih priznati alati kojima zemlje podrijetla uključuju svoje dijaspore u razvoj? Označite sve točne odgovore.
    .opt-a = Obveznice za dijasporu
    .opt-b = Oduzimanje državljanstva državljanima koji dugo žive u inozemstvu
    .opt-c = Sufinanciranje projekata koje financiraju zavičajne udruge
    .opt-d = Programi koji iseljene stručnjake dovode kući na kratkotrajne zadatke
    .opt-e = Studije mapiranja o tome gdje pripadnici dijaspore žive i kakve vještine imaju
    .opt-f = Izlazni porez za svakog državljanina koji se iseli
    .feedback = Obveznice za dijasporu, sufinanciranje, programi kratkotrajnog prijenosa vještina i mapiranje dijaspore standardni su alati opisani u priručniku IOM-a i MPI-ja Developing a Road Map for Engaging Diasporas in Development (2012.). Mjere kojima se kažnjavaju iseljenici, poput oduzimanja državljanstva ili izlaznih poreza, narušavaju povjerenje i protivne su cilju 19 Globalnog sporazuma o migracijama, koji poziva na stvaranje uvjeta u kojima migranti i dijaspore mogu u potpunosti pridonositi razvoju.
    .opt-b-feedback = Oduzimanje državljanstva prekida veze koje se uključivanjem dijaspore nastoje izgraditi; mnoge zemlje umjesto toga dopuštaju dvojno državljanstvo.

q-tokten-acronym = Koji program UNDP-a, pokrenut krajem 1970-ih, pomaže iseljenim stručnjacima da se na kratkotrajne zadatke vrate u zemlju podrijetla i prenesu svoje stručno znanje? Navedite njegovu englesku kraticu.
    .feedback = Program TOKTEN (engl. Transfer of Knowledge Through Expatriate Nationals) pokrenuo je Program Ujedinjenih naroda za razvoj (UNDP) krajem 1970-ih. Riječ je o ranom primjeru korištenja vještina dijaspore bez zahtjeva za trajnim povratkom, a isti je pristup kasnije primijenjen i u programu IOM-a Migracije za razvoj u Africi (MIDA).

q-brain-waste-response = Liječnica migrantica radi kao čistačica jer joj u zemlji odredišta nije priznata diploma medicinskog fakulteta. Koja se mjera najizravnije bavi tim oblikom rasipanja mozgova?
    .opt-a = Postupci priznavanja inozemnih kvalifikacija i vještina
    .opt-b = Više pristojbe za vize za kvalificirane migrante
    .opt-c = Ograničavanje tečajeva jezika samo na državljane
    .opt-d = Ograničavanje kvalificiranih migranata na sezonske ugovore
    .feedback = Do rasipanja mozgova dolazi kad vještine migranata ostaju neiskorištene. Ciljem 18 Globalnog sporazuma o migracijama države se obvezuju ulagati u razvoj vještina i olakšati uzajamno priznavanje vještina, kvalifikacija i kompetencija. Priznavanje omogućuje da obrazovanje te osobe koristi zemlji odredišta, a ako se vrati, i njezinoj zemlji podrijetla.
    .opt-b-feedback = Više pristojbe poskupljuju migraciju, ali ne pridonose priznavanju postojećih kvalifikacija.
    .opt-c-feedback = Učenje jezika obično olakšava priznavanje i integraciju; njegovo ograničavanje produbilo bi rasipanje mozgova.
    .opt-d-feedback = Kratki sezonski ugovori migrantima otežavaju, a ne olakšavaju, korištenje svih njihovih kvalifikacija.

## Kategorija: radna mobilnost

q-circular-migration-definition = Koji opis najbolje odgovara cirkularnim migracijama u smislu u kojem se taj pojam koristi u politikama EU-a?
    .opt-a = Jednokratno trajno preseljenje nakon kojeg slijedi naturalizacija u zemlji odredišta
    .opt-b = Ponovljeni nezakoniti prelasci granice izvan zakonitih kanala
    .opt-c = Sezonsko kretanje između ruralnih i urbanih područja unutar jedne zemlje
    .opt-d = Ponovljene zakonite migracije iste osobe između dviju ili više zemalja
    .feedback = Pojmovnik Europske migracijske mreže (EMN) definira cirkularne migracije kao ponavljanje zakonitih migracija iste osobe između dviju ili više zemalja. Europska komisija u Komunikaciji o cirkularnim migracijama i partnerstvima za mobilnost iz 2007. (COM(2007) 248) predstavila ih je kao način zadovoljavanja potreba za radnom snagom u EU-u uz istodobnu potporu razvoju zemalja podrijetla.
    .opt-a-feedback = Jednokratno trajno preseljenje suprotnost je cirkularnim migracijama, koje podrazumijevaju ponovljeno kretanje.
    .opt-b-feedback = Cirkularne migracije u smislu javnih politika zakonite su i upravljane; nezakonito kretanje tamo i natrag nije ono na što se taj pojam odnosi.
    .opt-c-feedback = Kretanje unutar jedne zemlje unutarnja je migracija. Cirkularne migracije u politikama EU-a podrazumijevaju prelazak međunarodnih granica.

q-seasonal-max-months = Članak 14(1) Direktive EU-a o sezonskim radnicima (2014/36/EU) obvezuje svaku državu članicu da odredi najdulje razdoblje boravka sezonskih radnika u bilo kojem razdoblju od 12 mjeseci. Koliko najviše smije iznositi to najdulje razdoblje prema Direktivi? Upišite broj mjeseci.
    .feedback = Članak 14(1) Direktive 2014/36/EU propisuje da najdulje razdoblje boravka ne smije biti kraće od pet ni dulje od devet mjeseci u bilo kojem razdoblju od 12 mjeseci. Članak 16. poziva države članice da olakšaju ponovni ulazak sezonskim radnicima koji su već bili primljeni i poštovali pravila, čime se podupiru cirkularne migracije.

q-schemes-country-match = Povežite svaki program privremenih ili sezonskih radnih migracija sa zemljom koja ga provodi. Jedna zemlja ostaje neiskorištena.
    .left-sawp = Program sezonskih poljoprivrednih radnika (SAWP)
    .left-rse = Program priznatih sezonskih poslodavaca (RSE)
    .left-eps = Sustav radnih dozvola (EPS)
    .left-h2a = Program H-2A za privremene poljoprivredne radnike
    .right-canada = Kanada
    .right-new-zealand = Novi Zeland
    .right-korea = Republika Koreja
    .right-usa = Sjedinjene Američke Države
    .right-australia = Australija
    .feedback = Kanadski Program sezonskih poljoprivrednih radnika (Seasonal Agricultural Worker Program) dovodi poljoprivredne radnike iz karipskih zemalja od 1966., a iz Meksika od 1974. Novozelandski Program priznatih sezonskih poslodavaca (Recognised Seasonal Employer) od 2007. zapošljava radnike uglavnom iz pacifičkih otočnih zemalja. Republika Koreja uvela je Sustav radnih dozvola (Employment Permit System) 2004. na temelju sporazuma sa zemljama podrijetla. Program H-2A Sjedinjenih Američkih Država omogućuje prihvat privremenih poljoprivrednih radnika. Australija provodi vlastite programe za radnike s Pacifika, ali nijedan od ovdje navedenih.

q-ilo-conventions-match = Povežite svaki instrument MOR-a s njegovim glavnim predmetom. Jedan predmet ostaje neiskorišten.
    .left-c97 = Konvencija MOR-a br. 97
    .left-c143 = Konvencija MOR-a br. 143
    .left-c189 = Konvencija MOR-a br. 189
    .left-p029 = Protokol iz 2014. uz Konvenciju o prisilnom radu
    .right-employment = Migracije radi zapošljavanja i jednako postupanje prema migrantima koji zakonito borave u zemlji
    .right-abusive = Migracije u uvjetima zlouporabe te jednakost mogućnosti i postupanja
    .right-domestic = Dostojanstven rad za kućne radnike
    .right-forced = Mjere protiv prisilnog rada, uključujući zaštitu migranata od prijevarnog zapošljavanja
    .right-seafarers = Uvjeti rada i života pomoraca
    .feedback = Konvencija o migracijama radi zapošljavanja (revidirana), 1949. (br. 97) zahtijeva jednako postupanje prema useljenicima koji zakonito borave na državnom području (članak 6.). Konvencija o radnicima migrantima (dopunske odredbe), 1975. (br. 143) bavi se migracijama u uvjetima zlouporabe (dio I.) te jednakošću mogućnosti i postupanja (dio II.). Konvencija o kućnim radnicima, 2011. (br. 189) obuhvaća kućne radnike, uključujući kućne radnike migrante (članak 8.). Protokol iz 2014. uz Konvenciju o prisilnom radu poziva na zaštitu osoba, osobito radnika migranata, od zlouporaba i prijevara pri zapošljavanju (članak 2(d)). Pomorci su obuhvaćeni Konvencijom o radu pomoraca, 2006.

q-gsp-gap = Dovršite opis globalnog partnerstva za vještine.
    .text = U globalnom partnerstvu za vještine osposobljavanje se provodi u zemlji { $g1 }, a zemlja { $g2 } za njega osigurava tehnologiju i financijska sredstva. Dio polaznika potom se iseli, a drugi ostaju i rade u svojoj zemlji.
    .opt-g1-origin = podrijetla
    .opt-g1-destination = odredišta
    .opt-g1-transit = tranzita
    .opt-g2-origin = podrijetla
    .opt-g2-destination = odredišta
    .opt-g2-transit = tranzita
    .feedback = U modelu koji je predložio Michael Clemens (IZA Journal of Labor Policy, 2015.) zemlja odredišta financira stručno osposobljavanje u zemlji podrijetla. Dio polaznika iseli se s vještinama koje trebaju poslodavci u zemlji odredišta, a drugi ostaju i jačaju tržište rada u svojoj zemlji, tako da se vještine stvaraju, a ne odljevaju. Cilj 18 Globalnog sporazuma o migracijama izričito poziva države da uspostave globalna partnerstva za vještine.

q-c181-number = Koja konvencija MOR-a utvrđuje opće pravilo da privatne agencije za zapošljavanje radnicima ne smiju izravno ili neizravno naplaćivati nikakve pristojbe ni troškove? Upišite njezin broj.
    .feedback = Članak 7(1) Konvencije o privatnim agencijama za zapošljavanje, 1997. (br. 181) propisuje da privatne agencije za zapošljavanje radnicima ne smiju izravno ili neizravno, u cijelosti ili djelomično, naplaćivati nikakve pristojbe ni troškove. Članak 7(2) dopušta ograničene iznimke u interesu dotičnih radnika, nakon savjetovanja s najreprezentativnijim organizacijama poslodavaca i radnika.

q-employer-pays = Što zahtijeva načelo „plaća poslodavac” (engl. Employer Pays Principle)?
    .opt-a = Troškove plaća radnik, a poslodavac ih u ratama odbija od plaće
    .opt-b = Troškove zapošljavanja snosi poslodavac, a ne radnik
    .opt-c = Radnik i poslodavac dijele troškove zapošljavanja na jednake dijelove
    .opt-d = Sve troškove zapošljavanja plaća vlada zemlje podrijetla
    .feedback = Načelo „plaća poslodavac”, koje od 2016. promiče Leadership Group for Responsible Recruitment, utvrđuje da nijedan radnik ne bi trebao plaćati da bi dobio posao: troškove zapošljavanja treba snositi poslodavac, a ne radnik. To odgovara općem načelu 7. Općih načela i operativnih smjernica MOR-a za pošteno zapošljavanje: radnicima i osobama koje traže posao ne bi se smjele naplaćivati nikakve naknade za zapošljavanje ni povezani troškovi, niti bi ih oni smjeli na drugi način snositi.
    .opt-a-feedback = Odbijanjem troškova od plaće radnik ih i dalje plaća. Upravo to načelo isključuje, a to je i čest put u dužničko ropstvo.
    .opt-c-feedback = Načelo ne dopušta podjelu troškova: radnik ne bi trebao plaćati ništa.
    .opt-d-feedback = Načelo troškove stavlja na teret poslodavca koji ima koristi od zapošljavanja, a ne na teret javnih proračuna.

q-fair-recruitment-principles = Koje su od navedenih tvrdnji u skladu s Općim načelima i operativnim smjernicama MOR-a za pošteno zapošljavanje? Označite sve točne odgovore.
    .opt-a = Radnicima se ne smiju oduzimati, uništavati ni zadržavati osobne isprave
    .opt-b = Uvjeti zaposlenja trebaju biti jasno utvrđeni, po mogućnosti u pisanom ugovoru
    .opt-c = Radnici trebaju imati pristup besplatnim ili pristupačnim mehanizmima za pritužbe, bez obzira na pravni status
    .opt-d = Posrednik smije zadržati radnikovu putovnicu kao jamstvo do isteka ugovora
    .opt-e = Od radnika se smije tražiti polog za posredovanje koji mu se vraća na kraju ugovora
    .feedback = Opća načela predviđaju da se radnicima ne oduzimaju, ne uništavaju i ne zadržavaju osobne isprave i ugovori; da se uvjeti zaposlenja utvrđuju na primjeren, provjerljiv i lako razumljiv način, po mogućnosti pisanim ugovorima; te da radnici, bez obzira na svoju prisutnost ili pravni status u državi, imaju pristup besplatnim ili pristupačnim mehanizmima za pritužbe i rješavanje sporova. Zadržavanje putovnica i traženje pologa protivni su tim načelima i općem načelu 7., prema kojem radnici ne bi smjeli snositi nikakve naknade za zapošljavanje ni povezane troškove.
    .opt-d-feedback = Zadržavanje osobnih isprava isključeno je Općim načelima i priznati je pokazatelj prisilnog rada.
    .opt-e-feedback = Polog znači da radnik snosi dio troškova i rizika zapošljavanja, što opće načelo 7. isključuje.

q-sdg-10-7-1-indicator = Što mjeri pokazatelj 10.7.1 ciljeva održivog razvoja?
    .opt-a = Troškove doznaka kao udio u doznačenom iznosu
    .opt-b = Troškove zapošljavanja koje plaćaju radnici kao udio u njihovu mjesečnom dohotku u zemlji odredišta
    .opt-c = Broj zemalja s politikama za uredne, sigurne, zakonite i odgovorne migracije
    .opt-d = Udio izbjeglica u stanovništvu, prema zemlji podrijetla
    .feedback = Pokazatelj 10.7.1 mjeri troškove zapošljavanja koje snosi zaposlenik kao udio u mjesečnom dohotku ostvarenom u zemlji odredišta. Za njega su nadležni MOR i Svjetska banka. Taj pokazatelj povezuje podcilj 10.7 s poštenim zapošljavanjem: što je bliži nuli, praksa je bliža načelu „plaća poslodavac”.
    .opt-a-feedback = To je pokazatelj 10.c.1, u okviru podcilja o doznakama.
    .opt-c-feedback = To je pokazatelj 10.7.2, za koji su nadležni UN DESA i IOM.
    .opt-d-feedback = To je pokazatelj 10.7.4, dodan 2020., za koji je nadležan UNHCR.

q-who-code-binding = Globalni kodeks prakse SZO-a o međunarodnom zapošljavanju zdravstvenih djelatnika (2010.) pravno je obvezujući za države članice SZO-a.
    .feedback = Netočno. Članak 2.1 Kodeksa navodi da je on dobrovoljan; države članice i drugi dionici snažno se potiču da ga primjenjuju. Donijela ga je 63. Svjetska zdravstvena skupština u svibnju 2010. (rezolucija WHA63.16). Iz njegovih vodećih načela (članak 3.) jasno je i da ne bi smio ograničavati slobodu zdravstvenih djelatnika da migriraju.

q-who-code-active-recruitment = Što bi države članice prema članku 5.1 Globalnog kodeksa prakse SZO-a o međunarodnom zapošljavanju zdravstvenih djelatnika trebale obeshrabrivati?
    .opt-a = Aktivno zapošljavanje zdravstvenih djelatnika iz zemalja u razvoju s kritičnim nedostatkom zdravstvenih radnika
    .opt-b = Svaku migraciju zdravstvenih djelatnika iz jedne zemlje u drugu
    .opt-c = Bilateralne sporazume o zdravstvenim radnicima između zemalja izvora i zemalja odredišta
    .opt-d = Priznavanje inozemnih zdravstvenih kvalifikacija u zemljama odredišta
    .feedback = Članak 5.1 Globalnog kodeksa SZO-a (WHA63.16, 2010.) traži od država članica da obeshrabruju aktivno zapošljavanje zdravstvenih djelatnika iz zemalja u razvoju koje se suočavaju s kritičnim nedostatkom zdravstvenih radnika, a zemlje odredišta potiče da podupiru razvoj zdravstvene radne snage u zemljama izvora. SZO od 2020. objavljuje Popis za potporu i zaštitu zdravstvene radne snage (Health Workforce Support and Safeguards List) sa zemljama na koje se te zaštitne mjere primjenjuju.
    .opt-b-feedback = Kodeks ne nastoji spriječiti migraciju zdravstvenih radnika. Poštuje njihovu slobodu migriranja, a usmjeren je na prakse zapošljavanja.
    .opt-c-feedback = Kodeks potiče bilateralne i regionalne dogovore kao način da zapošljavanje koristi i zemljama izvora i zemljama odredišta.
    .opt-d-feedback = Kodeks ne traži od država da obeshrabruju priznavanje kvalifikacija; pošteno postupanje prema zdravstvenim radnicima migrantima jedan je od njegovih ciljeva.

## Kategorija: povratak i regija

q-sustainable-reintegration-gap = Dovršite definiciju održive reintegracije koju primjenjuje IOM.
    .text = Reintegracija je održiva kada povratnici dosegnu razinu { $g1 }, društvene stabilnosti u svojim zajednicama i psihosocijalne { $g2 } koja im omogućuje da se nose s čimbenicima ponovne migracije, tako da daljnja migracija postane stvar { $g3 }, a ne nužnosti.
    .opt-r1-self = ekonomske samodostatnosti
    .opt-r1-growth = ekonomskog rasta
    .opt-r1-dependence = ekonomske ovisnosti
    .opt-r2-well = dobrobiti
    .opt-r2-screening = provjere
    .opt-r2-isolation = izolacije
    .opt-r3-choice = izbora
    .opt-r3-obligation = obveze
    .opt-r3-chance = slučaja
    .feedback = Ta definicija potječe iz dokumenta IOM-a Towards an Integrated Approach to Reintegration in the Context of Return (2017.) i koristi se u Priručniku IOM-a o reintegraciji (Reintegration Handbook, 2019.). Reintegraciju promatra kroz ekonomsku, društvenu i psihosocijalnu dimenziju i uspjeh ne mjeri time hoće li osoba ikada ponovno migrirati.

q-reintegration-levels = Na kojim razinama djeluje integrirani pristup reintegraciji koji primjenjuje IOM? Označite sve točne odgovore.
    .opt-a = Razina provedbe (kazne za povratnike koji ponovno migriraju)
    .opt-b = Tranzitna razina (prihvat u zemljama kroz koje je migrant prošao)
    .opt-c = Pojedinačna razina (povratnici i njihove obitelji)
    .opt-d = Razina zajednice (zajednice u koje se migranti vraćaju)
    .opt-e = Strukturna razina (politike, usluge i institucije)
    .feedback = Integrirani pristup IOM-a (2017.; Priručnik o reintegraciji, 2019.) odgovara na potrebe povratnika i njihovih obitelji na pojedinačnoj razini, na potrebe zajednica povratka te na potrebe strukturnog okruženja, kao što su lokalne i nacionalne politike, usluge i institucije. Kažnjavanje ponovne migracije nije dio tog pristupa, čiji je cilj da daljnja migracija postane stvar izbora, a ne nužnosti.

q-avrr-steps = Poredajte ove faze tipičnog postupka dobrovoljnog povratka uz potporu IOM-a, od prve do posljednje.
    .item-counsel = Savjetovanje o mogućnostima povratka i informirana odluka migranta o povratku
    .item-travel = Priprema putnih isprava i putovanje povratka
    .item-reception = Prihvat i neposredna pomoć po dolasku
    .item-assistance = Pružanje pomoći za reintegraciju u zemlji podrijetla
    .item-monitoring = Praćenje ishoda reintegracije nakon pružene pomoći
    .feedback = Okvir IOM-a za potpomognuti dobrovoljni povratak i reintegraciju (2018.) opisuje postupak koji počinje savjetovanjem te dobrovoljnom i informiranom odlukom prije odlaska, nastavlja se organizacijom putovanja i samim putovanjem, zatim prihvatom po dolasku i pružanjem potpore za reintegraciju, a završava praćenjem i evaluacijom održivosti reintegracije. Planiranje reintegracije može početi prije odlaska, ali se pomoć pruža nakon dolaska.

q-return-directive-days = Članak 7(1) Direktive EU-a o vraćanju (2008/115/EZ) utvrđuje uobičajeni raspon roka za dobrovoljni odlazak koji se određuje u odluci o vraćanju. Koja je gornja granica tog raspona? Upišite broj dana.
    .feedback = Članak 7(1) Direktive 2008/115/EZ predviđa primjereni rok za dobrovoljni odlazak od sedam do trideset dana. Članak 7(2) dopušta njegovo produljenje kad je to potrebno, primjerice zbog duljine boravka, djece koja pohađaju školu ili drugih obiteljskih i društvenih veza, a članak 7(4) u posebnim slučajevima, primjerice kad postoji rizik od bijega, dopušta kraći rok ili nikakav rok. U uvodnoj izjavi 10. navodi se da bi dobrovoljnom povratku trebalo dati prednost pred prisilnim vraćanjem.

q-avrr-acronym = IOM provodi programe koji migrantima koji se svojevoljno odluče vratiti u zemlju podrijetla pružaju administrativnu, logističku i financijsku potporu te pomoć da ondje iznova započnu život. Pod kojom su engleskom kraticom ti programi poznati?
    .feedback = AVRR znači Assisted Voluntary Return and Reintegration (potpomognuti dobrovoljni povratak i reintegracija). Objedinjuje potporu dobrovoljnom povratku i pomoć za reintegraciju nakon dolaska (IOM, A Framework for Assisted Voluntary Return and Reintegration, 2018.). Cilj 21 Globalnog sporazuma o migracijama poziva na siguran i dostojanstven povratak i održivu reintegraciju.

q-reintegration-community = U pristupu IOM-a pomoć za reintegraciju može koristiti i zajednicama u koje se migranti vraćaju, a ne samo pojedinačnim povratnicima.
    .feedback = Točno. Priručnik IOM-a o reintegraciji (2019.) obuhvaća projekte reintegracije u zajednici u kojima sudjeluju povratnici i drugi članovi zajednice. Takvi projekti mogu smanjiti napetosti, ojačati društvenu stabilnost i poduprijeti lokalni razvoj, čime pojedinačna reintegracija postaje održivija.

q-westbalkan-regulation = Koji opis najbolje odgovara njemačkom Pravilu za zapadni Balkan (Westbalkanregelung), koje je na snazi od 2016.?
    .opt-a = Sporazum o ponovnom prihvatu kojim se zemlje zapadnog Balkana obvezuju prihvatiti državljane trećih zemalja
    .opt-b = Bezvizni režim koji državljanima zapadnog Balkana omogućuje trajno nastanjenje u Njemačkoj
    .opt-c = Program stipendija koji diplomante sa zapadnog Balkana obvezuje na povratak kući nakon studija
    .opt-d = Zakoniti kanal koji državljanima zapadnog Balkana uz ponudu za posao i odobrenje službe za zapošljavanje omogućuje rad u Njemačkoj
    .feedback = Pravilo (odjeljak 26(2) njemačke Uredbe o zapošljavanju, Beschäftigungsverordnung, na snazi od 1. siječnja 2016.) otvorilo je zakoniti kanal radnih migracija za državljane Albanije, Bosne i Hercegovine, Kosova*, Crne Gore, Sjeverne Makedonije i Srbije, uz godišnju gornju granicu broja odobrenja Savezne agencije za rad, uvedenu 2021. (25 000, povećanu na 50 000 od lipnja 2024.). Podnositeljima zahtjeva potrebni su konkretna ponuda za posao i odobrenje Savezne agencije za rad; formalne kvalifikacije nisu uvjet. Pravilo se često navodi kao primjer zakonitog puta migracije u smislu cilja 5 Globalnog sporazuma o migracijama. *Ovim se nazivom ne dovode u pitanje stajališta o statusu te je on u skladu s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda o proglašenju neovisnosti Kosova.
    .opt-a-feedback = Ponovni prihvat uređen je posebnim sporazumima EU-a o ponovnom prihvatu; Pravilo se odnosi na radne migracije.
    .opt-b-feedback = Pravilo ne daje pravo na nastanjenje; ono otvara put za dobivanje radne vize, za koji su potrebni ponuda za posao i odobrenje Savezne agencije za rad.
    .opt-c-feedback = Pravilo se odnosi na zapošljavanje, a ne na studij, i ne sadržava obvezu povratka.

q-schengen-visa-free-work = Putovanje bez vize u schengenski prostor omogućuje državljanima Srbije, Crne Gore, Sjeverne Makedonije, Bosne i Hercegovine i Albanije da se ondje zaposle bez radne dozvole.
    .feedback = Netočno. Prema Uredbi (EU) 2018/1806 (Prilog II.) ti državljani mogu bez vize ući u schengenski prostor radi kratkotrajnog boravka do 90 dana u bilo kojem razdoblju od 180 dana. Izuzeće od obveze vize odnosi se samo na kratkotrajne boravke; zapošljavanje je uređeno propisima svake države članice i u pravilu zahtijeva dozvolu za rad i boravak. Liberalizacija viznog režima stupila je na snagu u prosincu 2009. za Sjevernu Makedoniju, Crnu Goru i Srbiju te u prosincu 2010. za Albaniju i Bosnu i Hercegovinu.

q-readmission-agreements = Sporazumi EU-a o ponovnom prihvatu s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom stupili su na snagu 1. siječnja 2008. Što takvi sporazumi uglavnom uređuju?
    .opt-a = Godišnje kvote za sezonske radnike iz partnerske zemlje
    .opt-b = Kratkotrajna putovanja bez vize za državljane partnerske zemlje
    .opt-c = Obveze i postupke za ponovni prihvat osoba koje nezakonito borave na državnom području druge stranke
    .opt-d = Uzajamno priznavanje stručnih kvalifikacija
    .feedback = Sporazumi EU-a o ponovnom prihvatu utvrđuju obveze i postupke svake stranke za ponovni prihvat vlastitih državljana te, pod određenim uvjetima, državljana trećih zemalja i osoba bez državljanstva koji ne ispunjavaju ili više ne ispunjavaju uvjete za ulazak ili boravak na državnom području druge stranke. Sporazumi s tim četirima zemljama sklopljeni su zajedno sa sporazumima o pojednostavnjenju izdavanja viza i bili su korak prema liberalizaciji viznog režima.
    .opt-a-feedback = Sporazumi o ponovnom prihvatu ne sadržavaju kvote za radne migracije; kanali radnih migracija utvrđuju se nacionalnim pravom ili posebnim sporazumima.
    .opt-b-feedback = Putovanje bez vize uslijedilo je kasnije, liberalizacijom viznog režima 2009. i 2010., a provedba ponovnog prihvata bila je jedan od uvjeta za nju.
    .opt-d-feedback = Priznavanje kvalifikacija nije obuhvaćeno sporazumima o ponovnom prihvatu.
