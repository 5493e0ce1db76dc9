course-title = Migracije i razvoj
course-description = Kako migracije doprinose razvoju: doznake, dijaspore, vještine i radna mobilnost, pravično zapošljavanje, povratak i reintegracija te globalni okvir koji čine Agenda 2030, Globalni sporazum o migracijama i Globalni forum o migracijama i razvoju.

quiz-migration-development-final = Završni test
    .description = Dvadeset pitanja iz cijelog kursa, po četiri iz svake teme. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: instrumenti

q-sdg-10-7-target = Koji podcilj Agende 2030 za održivi razvoj poziva države da olakšaju urednu, sigurnu, regularnu i odgovornu migraciju, između ostalog kroz planirane i dobro vođene migracione politike?
    .opt-a = Podcilj 10.7
    .opt-b = Podcilj 10.c
    .opt-c = Podcilj 8.8
    .opt-d = Podcilj 17.18
    .feedback = Podcilj 10.7 Agende 2030 (rezolucija Generalne skupštine UN-a 70/1, 2015) traži od država da olakšaju urednu, sigurnu, regularnu i odgovornu migraciju i mobilnost ljudi, između ostalog kroz planirane i dobro vođene migracione politike. Indikator 10.7.2 prati broj zemalja koje imaju takve politike.
    .opt-b-feedback = Podcilj 10.c odnosi se na troškove slanja doznaka migranata, a ne na migracione politike općenito.
    .opt-c-feedback = Podcilj 8.8 štiti radna prava i sigurno radno okruženje za sve radnike, uključujući radnike migrante. On se ne bavi migracionim politikama kao takvim.
    .opt-d-feedback = Podcilj 17.18 odnosi se na podatke: traži podatke razvrstane, između ostalog, po migracionom statusu.

q-sdg-migration-targets = Koji od ovih podciljeva ciljeva održivog razvoja u svom tekstu spominju migrante, migracije ili doznake migranata? Označite sve tačne odgovore. Pogrešni odgovori umanjuju broj bodova.
    .opt-a = Podcilj 3.8 (univerzalna zdravstvena zaštita)
    .opt-b = Podcilj 8.8 (radna prava i sigurno radno okruženje)
    .opt-c = Podcilj 10.7 (uredna, sigurna, regularna i odgovorna migracija)
    .opt-d = Podcilj 13.1 (otpornost na opasnosti povezane s klimom)
    .opt-e = Podcilj 10.c (transakcijski troškovi doznaka)
    .feedback = Podcilj 8.8 izričito navodi radnike migrante, posebno žene migrantice. Podcilj 10.7 odnosi se na migraciju i mobilnost ljudi. Podcilj 10.c odnosi se na transakcijske troškove doznaka migranata (A/RES/70/1, 2015). Podciljevi 3.8 i 13.1 u praksi su važni za migrante, ali se migracije u njihovom tekstu ne spominju. Drugi podciljevi odnose se na trgovinu ljudima (5.2, 8.7 i 16.2) ili na podatke po migracionom statusu (17.18).
    .opt-a-feedback = Univerzalna zdravstvena zaštita važna je za migrante, ali tekst podcilja 3.8 ne spominje migrante ni migracije.
    .opt-d-feedback = Opasnosti povezane s klimom mogu biti pokretač migracija, ali tekst podcilja 13.1 ne spominje migrante ni migracije.

q-gcm-objectives-count = Koliko ciljeva sadrži Globalni sporazum o sigurnim, urednim i regularnim migracijama (2018)? Navedite broj.
    .feedback = Globalni sporazum o migracijama (rezolucija Generalne skupštine UN-a 73/195) u paragrafu 16 navodi 23 cilja. Nakon svakog cilja slijede obaveza i spisak mogućih aktivnosti. S migracijama i razvojem najuže su povezani ciljevi 18 do 21: vještine, doprinos migranata i dijaspore, doznake te povratak i reintegracija.

q-gcm-objectives-match = Povežite svaki broj cilja Globalnog sporazuma o migracijama s njegovim predmetom. Jedan predmet se ne koristi.
    .left-o6 = Cilj 6
    .left-o18 = Cilj 18
    .left-o19 = Cilj 19
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-recruitment = Pravično i etično zapošljavanje i uslovi koji osiguravaju dostojanstven rad
    .right-skills = Razvoj vještina i uzajamno priznavanje vještina, kvalifikacija i kompetencija
    .right-diaspora = Uslovi u kojima migranti i dijaspore mogu u punoj mjeri doprinijeti održivom razvoju
    .right-remittances = Brži, sigurniji i jeftiniji prenos doznaka i finansijska uključenost migranata
    .right-return = Siguran i dostojanstven povratak i readmisija te održiva reintegracija
    .right-social-security = Prenosivost prava iz socijalnog osiguranja i stečenih davanja
    .feedback = U Globalnom sporazumu o migracijama (A/RES/73/195) cilj 6 obuhvata pravično i etično zapošljavanje i dostojanstven rad, cilj 18 razvoj i priznavanje vještina, cilj 19 doprinos migranata i dijaspore održivom razvoju, cilj 20 doznake i finansijsku uključenost, a cilj 21 povratak, readmisiju i održivu reintegraciju. Prenosivost socijalnog osiguranja je cilj 22, koji nije na spisku.

q-gcm-non-binding = Globalni sporazum o sigurnim, urednim i regularnim migracijama je pravno obavezujući međunarodni sporazum.
    .feedback = Netačno. Paragraf 7 Globalnog sporazuma opisuje ga kao pravno neobavezujući okvir saradnje koji poštuje suverenitet država. Usvojen je na međuvladinoj konferenciji u Marakešu 10. decembra 2018. godine, a Generalna skupština UN-a potvrdila ga je rezolucijom 73/195 od 19. decembra 2018. godine. Ne podliježe ratifikaciji.

q-gfmd-nature = Koja tvrdnja najbolje opisuje Globalni forum o migracijama i razvoju (GFMD)?
    .opt-a = Ugovorno tijelo UN-a koje prati Konvenciju o pravima svih radnika migranata
    .opt-b = Neformalan i neobavezujući proces koji vode države, u kojem vlade raspravljaju o migracijama i razvoju
    .opt-c = Upravno vijeće Međunarodne organizacije za migracije
    .opt-d = Obavezujuće tijelo za rješavanje sporova iz bilateralnih sporazuma o radnim migracijama
    .feedback = GFMD je proistekao iz prvog Dijaloga UN-a na visokom nivou o međunarodnim migracijama i razvoju (2006) i sastaje se od 2007. godine, počevši od Brisela. Vode ga države, a dobrovoljan je, neformalan i neobavezujući; nalazi se izvan sistema UN-a, ali s njim održava bliske veze. Civilno društvo, privreda i lokalne vlasti učestvuju kroz vlastite mehanizme.
    .opt-a-feedback = Tu Konvenciju prati Komitet za radnike migrante, osnovan na osnovu njenog člana 72. GFMD nije ugovorno tijelo.
    .opt-c-feedback = IOM-om upravlja vlastito Vijeće država članica. GFMD nije dio IOM-a.
    .opt-d-feedback = GFMD ne donosi obavezujuće odluke i ne rješava sporove; on je prostor za dijalog i razmjenu praksi.

q-gfmd-first-year = Koje je godine održan prvi sastanak Globalnog foruma o migracijama i razvoju? Navedite godinu.
    .feedback = Prvi sastanak GFMD-a održan je u Briselu u julu 2007. godine, pod predsjedavanjem Belgije. Uslijedio je nakon prvog Dijaloga UN-a na visokom nivou o međunarodnim migracijama i razvoju u septembru 2006. godine, na kojem je iznesena ideja o globalnom forumu koji bi vodile države.

q-md-process-chronology = Poredajte ove prekretnice globalne agende o migracijama i razvoju hronološki, od najranije do najkasnije.
    .item-hld = Prvi Dijalog UN-a na visokom nivou o međunarodnim migracijama i razvoju
    .item-gfmd = Prvi sastanak Globalnog foruma o migracijama i razvoju
    .item-agenda = Usvajanje Agende 2030 za održivi razvoj
    .item-gcm = Usvajanje Globalnog sporazuma o sigurnim, urednim i regularnim migracijama
    .item-review = Prvi četverogodišnji globalni pregled napretka u provedbi Globalnog sporazuma o migracijama
    .feedback = Prvi Dijalog na visokom nivou održan je u septembru 2006. godine, prvi sastanak GFMD-a u Briselu u julu 2007. godine, Agenda 2030 usvojena je u septembru 2015. godine (A/RES/70/1), Globalni sporazum o migracijama u decembru 2018. godine (A/RES/73/195), a prvi Međunarodni forum za pregled migracija sastao se u maju 2022. godine (paragraf 49 Sporazuma).

q-imrf-acronym = Prema paragrafu 49 Globalnog sporazuma o migracijama, države članice UN-a razmatraju napredak u provedbi Sporazuma na globalnom forumu koji se održava svake četiri godine, počevši od 2022. godine. Koja je engleska skraćenica ovog foruma?
    .feedback = Međunarodni forum za pregled migracija (IMRF) glavna je međuvladina platforma za raspravu i razmjenu informacija o napretku u provedbi Globalnog sporazuma o migracijama (paragraf 49(b) A/RES/73/195). Prvi IMRF sastao se u maju 2022. godine i usvojio Deklaraciju o napretku.

q-instruments-chronology = Poredajte ove međunarodne instrumente o radnicima migrantima prema redoslijedu njihovog usvajanja, od najranijeg do najkasnijeg.
    .item-c97 = Konvencija ILO-a o migracijama radi zapošljavanja (revidirana), br. 97
    .item-c143 = Konvencija ILO-a o radnicima migrantima (dopunske odredbe), br. 143
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .item-who = Globalni kodeks prakse SZO o međunarodnom zapošljavanju zdravstvenog osoblja
    .item-fair = Opći principi i operativne smjernice ILO-a za pravično zapošljavanje
    .feedback = Konvencija ILO-a br. 97 potiče iz 1949. godine, a Konvencija br. 143 iz 1975. godine. Konvencija UN-a o radnicima migrantima usvojena je 18. decembra 1990. godine (A/RES/45/158). Globalni kodeks Svjetske zdravstvene organizacije (SZO) usvojila je Svjetska zdravstvena skupština u maju 2010. godine (rezolucija WHA63.16). Opće principe i operativne smjernice ILO-a za pravično zapošljavanje dogovorio je tripartitni sastanak eksperata u septembru 2016. godine.

## Kategorija: doznake

q-sdg-10c-gap = Dopunite podcilj 10.c ciljeva održivog razvoja.
    .text = Do 2030. godine smanjiti transakcijske troškove doznaka migranata na manje od { $g1 } posto i ukinuti koridore za doznake s troškovima većim od { $g2 } posto.
    .opt-a1 = 1
    .opt-a3 = 3
    .opt-a5 = 5
    .opt-b3 = 3
    .opt-b5 = 5
    .opt-b10 = 10
    .feedback = Podcilj 10.c Agende 2030 (A/RES/70/1, 2015) postavlja dva mjerila: prosječan trošak ispod 3 posto poslanog iznosa i nijedan koridor s troškom većim od 5 posto. Akcioni program iz Adis Abebe (2015, paragraf 40) i cilj 20 Globalnog sporazuma o migracijama ponavljaju taj cilj. Indikator 10.c.1 mjeri troškove doznaka kao udio u poslanom iznosu.

q-remittance-cost-calc = Migrant šalje protivvrijednost od 200 USD. Pružalac usluge naplaćuje naknadu od 5 USD i primjenjuje maržu na kurs u vrijednosti od 4 USD u odnosu na referentni kurs. Ako se računaju i naknada i marža na kurs, koliki je ukupni trošak izražen kao procenat poslanog iznosa? Navedite broj bez znaka za procenat.
    .feedback = Ukupni trošak = naknada + marža na kurs = 5 + 4 = 9 USD, a 9 / 200 = 4,5 posto. Da je ovo prosječni trošak u njegovom koridoru, bio bi ispod gornje granice od 5 posto za koridore iz podcilja 10.c, ali iznad ciljanog prosjeka od 3 posto. Kada bi se posmatrala samo naknada (2,5 posto), bila bi prikrivena gotovo polovina stvarnog troška.

q-remittance-cost-components = Šta obuhvata ukupni trošak slanja doznake u bazi podataka Svjetske banke Remittance Prices Worldwide?
    .opt-a = Samo naknadu za prenos
    .opt-b = Samo maržu na kurs
    .opt-c = Naknadu za prenos i maržu na kurs
    .opt-d = Naknadu za prenos i porez na dohodak koji plaća primalac
    .feedback = Remittance Prices Worldwide mjeri ukupni trošak za pošiljaoca kao zbir naknade i marže na kurs, odnosno razlike između kursa koji primjenjuje pružalac usluge i referentnog međubankarskog kursa. Indikator 10.c.1 ciljeva održivog razvoja koristi ovaj ukupni trošak za prenos od 200 USD.
    .opt-a-feedback = Sama naknada potcjenjuje trošak: marža dodata na kurs često je velik i manje vidljiv dio cijene.
    .opt-b-feedback = Marža je samo jedan od dva elementa; računa se i naknada koja se naplaćuje pošiljaocu.
    .opt-d-feedback = Porezi u zemlji primaoca nisu dio cijene usluge prenosa koju ova baza podataka mjeri.

q-rpw-average-2023 = Prema bazi podataka Svjetske banke Remittance Prices Worldwide, globalni prosječni trošak slanja 200 USD već je do 2023. godine pao ispod vrijednosti iz podcilja 10.c ciljeva održivog razvoja.
    .feedback = Netačno. Tokom cijele 2023. godine globalni prosječni trošak slanja 200 USD ostao je na oko 6 posto, što je otprilike dvostruko više od ciljane vrijednosti iz podcilja 10.c od manje od 3 posto (Svjetska banka, Remittance Prices Worldwide, tromjesečni izvještaji za 2023). Troškovi se i veoma razlikuju od koridora do koridora.

q-rpw-bank-channel = Koja je vrsta pružalaca usluga, prema izvještajima Svjetske banke Remittance Prices Worldwide, dosljedno u prosjeku najskuplja za slanje doznaka?
    .opt-a = Operateri za prenos novca
    .opt-b = Operateri mobilne mreže
    .opt-c = Isključivo digitalne usluge za doznake
    .opt-d = Banke
    .feedback = Izvještaji Remittance Prices Worldwide više puta su utvrdili da su banke najskuplja vrsta pružalaca usluga, s prosječnim troškovima znatno višim od troškova operatera za prenos novca i mobilnih operatera. Digitalne usluge u prosjeku su jeftinije od nedigitalnih, što je jedan od razloga zbog kojih cilj 20 Globalnog sporazuma o migracijama poziva na konkurenciju i inovacije na tržištu doznaka.
    .opt-a-feedback = Operateri za prenos novca prema podacima Svjetske banke u prosjeku su jeftiniji od banaka.
    .opt-b-feedback = Mobilni operateri prema podacima Svjetske banke spadaju među najjeftinije pružaoce usluga.
    .opt-c-feedback = Podaci Svjetske banke pokazuju da su digitalne doznake u prosjeku jeftinije od nedigitalnih.

q-gcm-obj20-actions = Koje se od navedenih aktivnosti nalaze među aktivnostima navedenim u okviru cilja 20 Globalnog sporazuma o migracijama? Označite sve tačne odgovore.
    .opt-a = Izraditi mapu puta za smanjenje transakcijskih troškova doznaka migranata u skladu s podciljem 10.c
    .opt-b = Obavezati migrante da fiksni dio svoje zarade prenose u državni razvojni fond
    .opt-c = Računati doznake kao dio službene razvojne pomoći
    .opt-d = Pružiti migrantima dostupne informacije o troškovima doznaka po pružaocu i kanalu, npr. putem internetskih stranica za poređenje
    .opt-e = Ukloniti neopravdane prepreke za nebankarske pružaoce usluga doznaka radi podsticanja konkurencije
    .feedback = Cilj 20 (paragraf 36 A/RES/73/195) navodi, između ostalih aktivnosti, mapu puta za postizanje mjerila troškova iz podcilja 10.c, transparentne informacije o cijenama, npr. internetske stranice za poređenje, te konkurentno i inovativno tržište koje uključuje i nebankarske pružaoce usluga. U obavezi se također naglašava da su doznake važan izvor privatnog kapitala i da se ne mogu izjednačiti sa stranim direktnim investicijama, službenom razvojnom pomoći ili drugim javnim izvorima finansiranja razvoja.
    .opt-b-feedback = Doznake su privatni novac. Sporazum promoviše dobrovoljne mogućnosti ulaganja za migrante, a ne obavezne transfere državi.
    .opt-c-feedback = Paragraf 36 navodi da se doznake ne mogu izjednačiti sa službenom razvojnom pomoći.

q-icrmw-art47-transfer = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica priznaje pravo radnika migranata da svoju zaradu i ušteđevinu prenesu u državu porijekla ili u bilo koju drugu državu.
    .feedback = Tačno. Član 47(1) Konvencije iz 1990. godine daje radnicima migrantima pravo da svoju zaradu i ušteđevinu, posebno sredstva potrebna za izdržavanje porodice, prenesu iz države zaposlenja u državu porijekla ili bilo koju drugu državu, u skladu s važećim procedurama. Član 47(2) traži od zainteresovanih država da preduzmu odgovarajuće mjere za olakšavanje takvih transfera. Član 47. nalazi se u Dijelu IV, koji se primjenjuje na radnike migrante s dokumentima ili u regularnoj situaciji. Osim toga, član 32. u Dijelu III daje svim radnicima migrantima i članovima njihovih porodica, bez obzira na status, pravo da po okončanju boravka u državi zaposlenja prenesu svoju zaradu i ušteđevinu.

q-top-recipient-2023 = Koja je zemlja, prema izvještaju Svjetske banke i KNOMAD-a Migration and Development Brief 40 (juni 2024), primila najveći priliv doznaka u 2023. godini?
    .opt-a = Indija
    .opt-b = Meksiko
    .opt-c = Kina
    .opt-d = Filipini
    .feedback = Indija je bila najveći primalac doznaka u 2023. godini, a slijede je Meksiko, Kina i Filipini (Svjetska banka i KNOMAD, Migration and Development Brief 40, juni 2024). Indija je već dugi niz godina najveći primalac.
    .opt-b-feedback = Meksiko je u 2023. godini bio drugi najveći primalac, a većina njegovih doznaka dolazi iz Sjedinjenih Američkih Država.
    .opt-c-feedback = Kina je u 2023. godini bila treći najveći primalac, iza Indije i Meksika.

q-remittances-2020-resilience = Prema podacima Svjetske banke i KNOMAD-a, evidentirani tokovi doznaka u zemlje s niskim i srednjim dohotkom u 2020. godini pali su znatno manje nego što je Svjetska banka predviđala na početku pandemije COVID-19.
    .feedback = Tačno. U aprilu 2020. godine (Migration and Development Brief 32) Svjetska banka predvidjela je pad od oko 20 posto. U izvještaju Brief 34 (maj 2021) potom je navedeno da su tokovi u zemlje s niskim i srednjim dohotkom u 2020. godini bili samo oko 1,6 posto niži nego 2019. godine. Migranti su nastavili izdržavati svoje porodice, a dio transfera prešao je iz neformalnih u formalne i digitalne kanale.

q-ifad-remittances = Koja specijalizovana agencija UN-a upravlja Finansijskim instrumentom za doznake i pokrenula je obilježavanje Međunarodnog dana porodičnih doznaka 16. juna? Navedite njenu englesku skraćenicu.
    .feedback = Međunarodni fond za razvoj poljoprivrede (IFAD) osnovao je svoj Finansijski instrument za doznake 2006. godine. Njegovo Upravno vijeće proglasilo je Međunarodni dan porodičnih doznaka 2015. godine, a Generalna skupština UN-a potvrdila je taj dan 2018. godine. Interes IFAD-a odražava činjenicu da velik dio doznaka odlazi ruralnim domaćinstvima.

## Kategorija: dijaspora i vještine

q-diaspora-definition = Koji opis odgovara definiciji dijaspore iz Pojmovnika migracija IOM-a (2019)?
    .opt-a = Državljani koji žive u inostranstvu najmanje dvanaest mjeseci i registrovani su u konzulatu
    .opt-b = Samo osobe koje su napustile zemlju zbog progona i koje imaju status izbjeglice
    .opt-c = Samo iseljenici prve generacije koji još imaju državljanstvo zemlje porijekla
    .opt-d = Migranti ili njihovi potomci čiji je identitet oblikovan migracijom i koji održavaju veze s domovinom
    .feedback = Pojmovnik migracija IOM-a (2019) definiše dijaspore kao migrante ili potomke migranata čiji su identitet i osjećaj pripadnosti, stvarni ili simbolični, oblikovani njihovim migracijskim iskustvom i porijeklom i koji održavaju veze sa svojim domovinama i međusobno. Potomci i osobe s drugim državljanstvom mogu biti dio dijaspore; državljanstvo i pravni status nisu odlučujući.
    .opt-a-feedback = Dvanaest mjeseci je statistički prag UN-a za dugoročnog međunarodnog migranta. To nije dio definicije dijaspore, a registracija u konzulatu nije uslov.
    .opt-b-feedback = Izbjeglice mogu biti dio dijaspore, ali je taj pojam mnogo širi od osoba koje su pobjegle od progona.
    .opt-c-feedback = Potomci migranata i osobe koje su stekle drugo državljanstvo također su dio dijaspore.

q-brain-concepts-match = Povežite svaki pojam s njegovim opisom. Jedan opis se ne koristi.
    .left-drain = Odliv mozgova
    .left-gain = Priliv mozgova
    .left-circulation = Cirkulacija mozgova
    .left-waste = Rasipanje mozgova
    .right-loss = Gubitak kvalifikovanih ljudi zbog iseljavanja, čime se smanjuju vještine dostupne u zemlji porijekla
    .right-increase = Povećanje vještina u zemlji, npr. doseljavanjem kvalifikovanih ljudi ili većim ulaganjem u obrazovanje
    .right-movement = Ponovljeno kretanje kvalifikovanih ljudi između zemalja, uključujući povratak, tako da vještine i znanje teku u oba smjera
    .right-underuse = Kvalifikovani migranti rade poslove znatno ispod svojih kvalifikacija, pa njihove vještine ostaju neiskorištene
    .right-money = Slanje novca migranata njihovim porodicama u zemlji porijekla
    .feedback = Ovi pojmovi široko se koriste u literaturi o migracijama; odliv mozgova i priliv mozgova definisani su u Pojmovniku migracija IOM-a (2019). Odliv mozgova (brain drain) je gubitak kvalifikovanih ljudi, priliv mozgova (brain gain) povećanje ljudskog kapitala, cirkulacija mozgova (brain circulation) kretanje kvalifikovanih ljudi tamo i nazad, a rasipanje mozgova (brain waste) nedovoljno korištenje vještina migranata. Neiskorišteni opis odnosi se na doznake.

q-beneficial-brain-drain = Istraživanja o korisnom odlivu mozgova (npr. Mountford 1997; Beine, Docquier i Rapoport 2001) objašnjavaju kako iseljavanje kvalifikovanih ljudi može dovesti do priliva mozgova u zemlji porijekla. Koji je glavni mehanizam?
    .opt-a = Zemlje odredišta prema međunarodnom pravu moraju plaćati naknadu za svakog kvalifikovanog iseljenika
    .opt-b = Kvalifikovani iseljenici zakonski su obavezni vratiti se kući nakon određenog broja godina
    .opt-c = Mogućnost rada u inostranstvu podstiče više ljudi da se školuju, a ne iseljavaju se svi
    .opt-d = Iseljavanje kvalifikovanih ljudi uvijek dovoljno podiže lokalne plate da privuče strane stručnjake
    .feedback = Prema argumentu o podsticaju, izgledi za veću zaradu u inostranstvu povećavaju očekivani povrat od obrazovanja, pa više ljudi ulaže u njega. Budući da se samo dio njih zaista iseli, broj obrazovanih ljudi u zemlji može porasti. Neto efekat zavisi od stope iseljavanja: kada je ona veoma visoka, gubitak obično nadmašuje dobit.
    .opt-a-feedback = Nijedan međunarodni instrument ne obavezuje zemlje odredišta da plaćaju takvu naknadu. Globalni kodeks SZO samo podstiče zemlje odredišta da podrže razvoj zdravstvene radne snage u zemljama porijekla.
    .opt-b-feedback = Ne postoji opće pravilo koje kvalifikovane iseljenike prisiljava na povratak. Povratak je kanal cirkulacije mozgova, a ne mehanizam efekta podsticaja.
    .opt-d-feedback = Iseljavanje ne podiže uvijek plate, a privlačenje stranih stručnjaka nije mehanizam koji opisuju ova istraživanja.

q-iom-3e = Na Ministarskoj konferenciji o dijaspori 2013. godine IOM je svoj pristup radu s dijasporama sažeo u tri riječi. Koje su to riječi?
    .opt-a = Identifikovati, registrovati, oporezovati
    .opt-b = Angažovati, omogućiti, osnažiti
    .opt-c = Privući, zadržati, vratiti
    .opt-d = Informisati, zaštititi, repatrirati
    .feedback = Pristup IOM-a, na engleskom poznat kao pristup 3E (engage, enable, empower), predstavljen je na Ministarskoj konferenciji o dijaspori u Ženevi u junu 2013. godine. On traži od vlada da angažuju dijaspore, omoguće im da doprinose (npr. uklanjanjem pravnih i praktičnih prepreka) i osnaže ih kao partnere u razvoju, umjesto da ih posmatraju samo kao izvor novca.

q-diaspora-bonds = Izrael od početka 1950-ih godina izdaje obveznice namijenjene svojoj dijaspori.
    .feedback = Tačno. Izrael prodaje obveznice svojoj dijaspori od 1951. godine, a Indija je prikupila sredstva putem instrumenata namijenjenih dijaspori 1991. godine, kao i 1998. i 2000. godine. Ketkar i Ratha (Svjetska banka, Policy Research Working Paper 4311, 2007) koriste ove primjere kako bi pokazali kako obveznice za dijasporu mogu mobilisati ušteđevinu dijaspore za razvoj.

q-three-for-one = Kako je u meksičkom Programu 3x1 za migrante (Programa 3x1 para Migrantes) bio dopunjen svaki pezos kojim su organizacije migranata u inostranstvu doprinijele projektu u zajednici?
    .opt-a = S tri pezosa koje je migrantima pozajmila privatna banka
    .opt-b = S jednim pezosom od vlade zemlje odredišta
    .opt-c = S po jednim pezosom od savezne vlade, vlade savezne države i općine
    .opt-d = S povratom poreza od tri pezosa svakom migrantu koji je doprinio
    .feedback = Program je kombinovao doprinose zavičajnih udruženja migranata sa sredstvima koja su na isti iznos dodavala tri nivoa meksičke vlasti, tako da se svaki pezos migranata množio s četiri. To je jedna od najpoznatijih šema sufinansiranja kolektivnih doznaka i obrađuje se u priručniku IOM-a i MPI-ja Izrada mape puta za uključivanje dijaspora u razvoj (Developing a Road Map for Engaging Diasporas in Development, 2012).
    .opt-a-feedback = Dodatna sredstva bila su javni grantovi, a ne krediti; migranti se nisu zaduživali.
    .opt-b-feedback = Zemlja odredišta nije učestvovala u šemi; finansirali su je migranti i meksički javni organi.

q-diaspora-tools = Koji su od navedenih priznati instrumenti kojima zemlje porijekla uključuju svoje dijaspore u razvoj? Označite sve tačne odgovore.
    .opt-a = Obveznice za dijasporu
    .opt-b = Oduzimanje državljanstva državljanima koji dugo žive u inostranstvu
    .opt-c = Sufinansiranje projekata koje finansiraju zavičajna udruženja
    .opt-d = Programi kojima se stručnjaci iz dijaspore dovode kući na kratke angažmane
    .opt-e = Studije mapiranja o tome gdje žive pripadnici dijaspore i kakve vještine imaju
    .opt-f = Izlazni porez za svakog državljanina koji se iseli
    .feedback = Obveznice za dijasporu, sufinansiranje, kratkoročni programi prenosa vještina i mapiranje dijaspore standardni su instrumenti opisani u priručniku IOM-a i MPI-ja Izrada mape puta za uključivanje dijaspora u razvoj (2012). Mjere kojima se kažnjavaju iseljenici, kao što su oduzimanje državljanstva ili izlazni porezi, uništavaju povjerenje i suprotne su cilju 19 Globalnog sporazuma o migracijama, koji poziva na stvaranje uslova u kojima migranti i dijaspore mogu u punoj mjeri doprinositi.
    .opt-b-feedback = Oduzimanje državljanstva prekida veze koje se uključivanjem dijaspore nastoje izgraditi; mnoge zemlje umjesto toga dopuštaju dvojno državljanstvo.

q-tokten-acronym = Koji program UNDP-a, pokrenut krajem 1970-ih godina, pomaže stručnjacima iz dijaspore da se na kratke angažmane vrate u zemlju porijekla i podijele svoje znanje? Navedite njegovu englesku skraćenicu.
    .feedback = TOKTEN (Transfer of Knowledge Through Expatriate Nationals – prenos znanja putem državljana u inostranstvu) pokrenuo je UNDP krajem 1970-ih godina. To je rani primjer korištenja vještina dijaspore bez zahtjeva za trajnim povratkom, pristupa koji je kasnije primijenjen i u programu IOM-a Migracije za razvoj u Africi (MIDA).

q-brain-waste-response = Doktorica migrantica radi kao čistačica jer njena medicinska diploma nije priznata u zemlji odredišta. Koja mjera najdirektnije rješava ovaj oblik rasipanja mozgova?
    .opt-a = Postupci za priznavanje stranih kvalifikacija i vještina
    .opt-b = Više vizne takse za kvalifikovane migrante
    .opt-c = Ograničavanje kurseva jezika na državljane
    .opt-d = Ograničavanje kvalifikovanih migranata na sezonske ugovore
    .feedback = Rasipanje mozgova nastaje kada vještine migranata ostaju neiskorištene. Cilj 18 Globalnog sporazuma o migracijama obavezuje države da ulažu u razvoj vještina i olakšaju uzajamno priznavanje vještina, kvalifikacija i kompetencija. Priznavanje omogućava da obrazovanje te osobe koristi zemlji odredišta i, ako se vrati, zemlji porijekla.
    .opt-b-feedback = Više takse poskupljuju migraciju, ali ne doprinose priznavanju postojećih kvalifikacija.
    .opt-c-feedback = Učenje jezika obično olakšava priznavanje i integraciju; njegovo ograničavanje produbilo bi rasipanje mozgova.
    .opt-d-feedback = Kratki sezonski ugovori otežavaju, a ne olakšavaju migrantima da koriste svoje pune kvalifikacije.

## Kategorija: radna mobilnost

q-circular-migration-definition = Koji opis najbolje odgovara cirkularnoj migraciji u smislu u kojem se taj pojam koristi u politici EU?
    .opt-a = Jedno trajno preseljenje nakon kojeg slijedi naturalizacija u zemlji odredišta
    .opt-b = Ponovljeni nezakoniti prelasci granice izvan zakonitih kanala
    .opt-c = Sezonsko kretanje između ruralnih i urbanih područja unutar jedne zemlje
    .opt-d = Ponovljena zakonita migracija iste osobe između dvije ili više zemalja
    .feedback = Pojmovnik Evropske migracijske mreže (EMN) definiše cirkularnu migraciju kao ponavljanje zakonite migracije iste osobe između dvije ili više zemalja. Saopćenje Evropske komisije iz 2007. godine o cirkularnoj migraciji i partnerstvima za mobilnost (COM(2007) 248) predstavilo ju je kao način da se zadovolje potrebe za radnom snagom u EU i istovremeno podrži razvoj u zemljama porijekla.
    .opt-a-feedback = Jednokratno trajno preseljenje suprotno je cirkularnoj migraciji, koja podrazumijeva ponovljeno kretanje.
    .opt-b-feedback = Cirkularna migracija u smislu javnih politika je zakonita i upravljana; nezakonito kretanje tamo i nazad nije ono što taj pojam označava.
    .opt-c-feedback = Kretanje unutar jedne zemlje je unutrašnja migracija. Cirkularna migracija u politici EU podrazumijeva prelazak međunarodnih granica.

q-seasonal-max-months = Član 14(1) Direktive EU o sezonskim radnicima (2014/36/EU) zahtijeva od svake države članice da utvrdi najduži period boravka sezonskih radnika u bilo kojem periodu od 12 mjeseci. Koji je najduži maksimum koji Direktiva dopušta? Navedite broj mjeseci.
    .feedback = Član 14(1) Direktive 2014/36/EU propisuje da najduži period boravka ne smije biti kraći od pet ni duži od devet mjeseci u bilo kojem periodu od 12 mjeseci. Član 16. traži od država članica da olakšaju ponovni ulazak sezonskim radnicima koji su ranije primljeni i poštovali pravila, čime se podržava cirkularna migracija.

q-schemes-country-match = Povežite svaku šemu privremene ili sezonske radne migracije sa zemljom koja je provodi. Jedna zemlja se ne koristi.
    .left-sawp = Program sezonskih poljoprivrednih radnika (SAWP)
    .left-rse = Šema priznatih sezonskih poslodavaca (RSE)
    .left-eps = Sistem radnih dozvola (EPS)
    .left-h2a = Program privremenih poljoprivrednih radnika H-2A
    .right-canada = Kanada
    .right-new-zealand = Novi Zeland
    .right-korea = Republika Koreja
    .right-usa = Sjedinjene Američke Države
    .right-australia = Australija
    .feedback = Kanadski Program sezonskih poljoprivrednih radnika dovodi poljoprivredne radnike iz karipskih zemalja od 1966. godine, a iz Meksika od 1974. godine. Novozelandska Šema priznatih sezonskih poslodavaca od 2007. godine zapošljava radnike uglavnom iz pacifičkih ostrvskih zemalja. Republika Koreja uvela je Sistem radnih dozvola 2004. godine, na osnovu sporazuma sa zemljama porijekla. Program H-2A Sjedinjenih Američkih Država prima privremene poljoprivredne radnike. Australija ima vlastite šeme za radnike s Pacifika, ali nijednu od ovdje navedenih.

q-ilo-conventions-match = Povežite svaki instrument ILO-a s njegovim glavnim predmetom. Jedan predmet se ne koristi.
    .left-c97 = Konvencija ILO-a br. 97
    .left-c143 = Konvencija ILO-a br. 143
    .left-c189 = Konvencija ILO-a br. 189
    .left-p029 = Protokol iz 2014. uz Konvenciju o prinudnom radu
    .right-employment = Migracije radi zapošljavanja i jednak tretman migranata koji zakonito borave u zemlji
    .right-abusive = Migracije u uslovima zloupotrebe te jednakost mogućnosti i tretmana
    .right-domestic = Dostojanstven rad za radnike u domaćinstvu
    .right-forced = Mjere protiv prinudnog rada, uključujući zaštitu migranata od prevarantskog zapošljavanja
    .right-seafarers = Uslovi rada i života pomoraca
    .feedback = Konvencija o migracijama radi zapošljavanja (revidirana) iz 1949. godine (br. 97) zahtijeva jednak tretman za imigrante koji zakonito borave na teritoriji (član 6.). Konvencija o radnicima migrantima (dopunske odredbe) iz 1975. godine (br. 143) bavi se migracijama u uslovima zloupotrebe (Dio I) te jednakošću mogućnosti i tretmana (Dio II). Konvencija o radnicima u domaćinstvu iz 2011. godine (br. 189) obuhvata radnike u domaćinstvu, uključujući radnike migrante u domaćinstvu (član 8.). Protokol iz 2014. uz Konvenciju o prinudnom radu poziva na zaštitu osoba, posebno radnika migranata, od zloupotreba i prevara u postupku zapošljavanja (član 2(d)). Pomorci su obuhvaćeni Konvencijom o radu pomoraca iz 2006. godine.

q-gsp-gap = Dopunite opis Globalnog partnerstva za vještine.
    .text = U Globalnom partnerstvu za vještine obuka se odvija u zemlji { $g1 }, a zemlja { $g2 } za nju osigurava tehnologiju i finansiranje. Neki polaznici zatim migriraju, a drugi ostaju i rade u svojoj zemlji.
    .opt-g1-origin = porijekla
    .opt-g1-destination = odredišta
    .opt-g1-transit = tranzita
    .opt-g2-origin = porijekla
    .opt-g2-destination = odredišta
    .opt-g2-transit = tranzita
    .feedback = U modelu koji je predložio Michael Clemens (IZA Journal of Labor Policy, 2015) zemlja odredišta finansira stručnu obuku u zemlji porijekla. Neki polaznici migriraju s vještinama koje su potrebne poslodavcima u zemlji odredišta, a drugi ostaju i jačaju tržište rada u svojoj zemlji, tako da se vještine dodaju umjesto da odlaze. Cilj 18 Globalnog sporazuma o migracijama izričito poziva države da grade globalna partnerstva za vještine.

q-c181-number = Koja konvencija ILO-a utvrđuje opće pravilo da privatne agencije za zapošljavanje ne smiju radnicima direktno ili indirektno naplaćivati bilo kakve naknade ili troškove? Navedite njen broj.
    .feedback = Član 7(1) Konvencije o privatnim agencijama za zapošljavanje iz 1997. godine (br. 181) propisuje da privatne agencije za zapošljavanje ne smiju radnicima direktno ili indirektno, u cijelosti ili djelimično, naplaćivati bilo kakve naknade ili troškove. Član 7(2) dopušta ograničene izuzetke u interesu dotičnih radnika, nakon konsultacija s najreprezentativnijim organizacijama poslodavaca i radnika.

q-employer-pays = Šta zahtijeva princip „poslodavac plaća“ (Employer Pays Principle)?
    .opt-a = Troškove plaća radnik, a poslodavac ih u ratama odbija od plate
    .opt-b = Troškove zapošljavanja snosi poslodavac, a ne radnik
    .opt-c = Radnik i poslodavac ravnomjerno dijele troškove zapošljavanja
    .opt-d = Sve troškove zapošljavanja plaća vlada zemlje porijekla
    .feedback = Princip „poslodavac plaća“, koji od 2016. godine promoviše Grupa lidera za odgovorno zapošljavanje (Leadership Group for Responsible Recruitment), polazi od toga da nijedan radnik ne bi trebao plaćati za posao: troškove zapošljavanja treba da snosi poslodavac, a ne radnik. To odgovara Općem principu 7 Općih principa i operativnih smjernica ILO-a za pravično zapošljavanje: radnicima ili tražiocima zaposlenja ne bi trebalo naplaćivati naknade za zapošljavanje ni povezane troškove, niti bi ih oni na drugi način trebali snositi.
    .opt-a-feedback = Odbijanjem troškova od plate radnik ih i dalje plaća. Upravo to ovaj princip isključuje, a to je i čest put u dužničko ropstvo.
    .opt-c-feedback = Princip ne dopušta podjelu troškova: radnik ne bi trebao plaćati ništa.
    .opt-d-feedback = Princip troškove stavlja na teret poslodavca koji ima korist od zapošljavanja, a ne na teret javnih budžeta.

q-fair-recruitment-principles = Šta je od navedenog u skladu s Općim principima i operativnim smjernicama ILO-a za pravično zapošljavanje? Označite sve tačne odgovore.
    .opt-a = Lične isprave radnika ne smiju se oduzimati, uništavati niti zadržavati
    .opt-b = Uslovi zaposlenja trebaju biti jasno utvrđeni, po mogućnosti u pisanom ugovoru
    .opt-c = Radnici trebaju imati pristup besplatnim ili pristupačnim mehanizmima za pritužbe, bez obzira na svoj pravni status
    .opt-d = Posrednik smije zadržati pasoš radnika kao garanciju do isteka ugovora
    .opt-e = Od radnika se smije tražiti depozit za posredovanje koji se vraća po isteku ugovora
    .feedback = Opći principi predviđaju da se lične isprave i ugovori radnika ne oduzimaju, ne uništavaju i ne zadržavaju; da se uslovi zaposlenja utvrđuju na primjeren, provjerljiv i lako razumljiv način, po mogućnosti pisanim ugovorima; i da radnici, bez obzira na svoje prisustvo ili pravni status u državi, imaju pristup besplatnim ili pristupačnim mehanizmima za pritužbe i rješavanje sporova. Zadržavanje pasoša i traženje depozita suprotni su ovim principima i Općem principu 7, prema kojem radnici ne bi trebali snositi nikakve naknade za zapošljavanje ni povezane troškove.
    .opt-d-feedback = Zadržavanje ličnih isprava isključeno je Općim principima i priznati je pokazatelj prinudnog rada.
    .opt-e-feedback = Depozit prebacuje na radnika trošak i rizik zapošljavanja, što Opći princip 7 isključuje.

q-sdg-10-7-1-indicator = Šta mjeri indikator 10.7.1 ciljeva održivog razvoja?
    .opt-a = Troškove doznaka kao udio u poslanom iznosu
    .opt-b = Troškove zapošljavanja koje plaćaju radnici kao udio u njihovom mjesečnom prihodu u zemlji odredišta
    .opt-c = Broj zemalja s politikama za urednu, sigurnu, regularnu i odgovornu migraciju
    .opt-d = Udio izbjeglica u stanovništvu, po zemlji porijekla
    .feedback = Indikator 10.7.1 mjeri troškove zapošljavanja koje snosi zaposleni kao udio u mjesečnom prihodu ostvarenom u zemlji odredišta. Za njega su nadležni ILO i Svjetska banka. On povezuje podcilj 10.7 s pravičnim zapošljavanjem: što je indikator bliži nuli, to je praksa bliža principu „poslodavac plaća“.
    .opt-a-feedback = To je indikator 10.c.1, u okviru podcilja o doznakama.
    .opt-c-feedback = To je indikator 10.7.2, za koji su nadležni UN DESA i IOM.
    .opt-d-feedback = To je indikator 10.7.4, dodat 2020. godine, za koji je nadležan UNHCR.

q-who-code-binding = Globalni kodeks prakse SZO o međunarodnom zapošljavanju zdravstvenog osoblja (2010) pravno je obavezujući za države članice SZO.
    .feedback = Netačno. Član 2.1 Kodeksa navodi da je on dobrovoljan; države članice i druge zainteresovane strane snažno se podstiču da ga koriste. Usvojila ga je šezdeset treća Svjetska zdravstvena skupština u maju 2010. godine (rezolucija WHA63.16). Njegovi vodeći principi (član 3.) također jasno navode da on ne bi trebao ograničavati slobodu zdravstvenog osoblja da migrira.

q-who-code-active-recruitment = Šta bi države članice, prema članu 5.1 Globalnog kodeksa prakse SZO o međunarodnom zapošljavanju zdravstvenog osoblja, trebale obeshrabrivati?
    .opt-a = Aktivno regrutovanje zdravstvenog osoblja iz zemalja u razvoju s kritičnim nedostatkom zdravstvenih radnika
    .opt-b = Svaku migraciju zdravstvenog osoblja iz jedne zemlje u drugu
    .opt-c = Bilateralne sporazume o zdravstvenim radnicima između zemalja porijekla i odredišta
    .opt-d = Priznavanje stranih zdravstvenih kvalifikacija u zemljama odredišta
    .feedback = Član 5.1 Globalnog kodeksa SZO (WHA63.16, 2010) traži od država članica da obeshrabruju aktivno regrutovanje zdravstvenog osoblja iz zemalja u razvoju koje se suočavaju s kritičnim nedostatkom zdravstvenih radnika i podstiče zemlje odredišta da podrže razvoj zdravstvene radne snage u zemljama porijekla. Od 2020. godine SZO objavljuje Listu za podršku i zaštitu zdravstvene radne snage (Health Workforce Support and Safeguards List), koja navodi zemlje na koje se ove zaštitne mjere primjenjuju.
    .opt-b-feedback = Kodeks ne pokušava spriječiti migraciju zdravstvenih radnika. On poštuje njihovu slobodu da migriraju i umjesto toga se usmjerava na prakse regrutovanja.
    .opt-c-feedback = Kodeks podstiče bilateralne i regionalne aranžmane kao način da regrutovanje bude korisno i za zemlje porijekla i za zemlje odredišta.
    .opt-d-feedback = Kodeks ne traži od država da obeshrabruju priznavanje kvalifikacija; pravičan tretman zdravstvenih radnika migranata jedan je od njegovih ciljeva.

## Kategorija: povratak i regija

q-sustainable-reintegration-gap = Dopunite definiciju održive reintegracije koju koristi IOM.
    .text = Reintegracija je održiva kada povratnici dostignu nivo ekonomske { $g1 }, društvene stabilnosti u svojim zajednicama i psihosocijalne { $g2 } koji im omogućava da se nose s pokretačima ponovne migracije, tako da daljnja migracija postane stvar { $g3 }, a ne nužnosti.
    .opt-r1-self = samodovoljnosti
    .opt-r1-growth = ekspanzije
    .opt-r1-dependence = zavisnosti
    .opt-r2-well = dobrobiti
    .opt-r2-screening = provjere
    .opt-r2-isolation = izolacije
    .opt-r3-choice = izbora
    .opt-r3-obligation = obaveze
    .opt-r3-chance = slučaja
    .feedback = Ova definicija potiče iz dokumenta IOM-a Ka integrisanom pristupu reintegraciji u kontekstu povratka (Towards an Integrated Approach to Reintegration in the Context of Return, 2017) i koristi se u Priručniku IOM-a o reintegraciji (2019). Ona reintegraciju posmatra kroz ekonomsku, društvenu i psihosocijalnu dimenziju i uspjeh ne mjeri time da li će osoba ikada ponovo migrirati.

q-reintegration-levels = Na kojim nivoima djeluje integrisani pristup IOM-a reintegraciji? Označite sve tačne odgovore.
    .opt-a = Nivo prinude (kazne za povratnike koji ponovo migriraju)
    .opt-b = Tranzitni nivo (prihvat u zemljama kroz koje je migrant prošao)
    .opt-c = Individualni nivo (povratnici i njihove porodice)
    .opt-d = Nivo zajednice (zajednice u koje se migranti vraćaju)
    .opt-e = Strukturni nivo (politike, usluge i institucije)
    .feedback = Integrisani pristup IOM-a (2017; Priručnik o reintegraciji, 2019) odgovara na potrebe povratnika i njihovih porodica na individualnom nivou, zajednica povratka te strukturnog okruženja, kao što su lokalne i nacionalne politike, usluge i institucije. Kažnjavanje ponovne migracije nije dio tog pristupa, čiji je cilj da daljnja migracija postane izbor, a ne nužnost.

q-avrr-steps = Poredajte ove faze tipičnog procesa dobrovoljnog povratka uz podršku IOM-a, od prve do posljednje.
    .item-counsel = Savjetovanje o mogućnostima povratka i informisana odluka migranta o povratku
    .item-travel = Priprema putnih isprava i putovanje povratka
    .item-reception = Prihvat i neposredna pomoć po dolasku
    .item-assistance = Pružanje pomoći za reintegraciju u zemlji porijekla
    .item-monitoring = Praćenje rezultata reintegracije nakon pružene pomoći
    .feedback = Okvir IOM-a za potpomognuti dobrovoljni povratak i reintegraciju (2018) opisuje proces koji počinje savjetovanjem i dobrovoljnom, informisanom odlukom prije odlaska, nastavlja se organizacijom putovanja i samim putovanjem, zatim prihvatom po dolasku i pružanjem podrške za reintegraciju, a završava se praćenjem i evaluacijom održivosti reintegracije. Planiranje reintegracije može početi prije odlaska, ali se pomoć pruža nakon dolaska.

q-return-directive-days = Član 7(1) Direktive EU o vraćanju (2008/115/EZ) utvrđuje standardni raspon za rok za dobrovoljni odlazak koji se daje u odluci o vraćanju. Koja je gornja granica tog raspona? Navedite broj dana.
    .feedback = Član 7(1) Direktive 2008/115/EZ predviđa odgovarajući rok za dobrovoljni odlazak od sedam do trideset dana. Član 7(2) dopušta produženje kada je to potrebno, npr. zbog dužine boravka, djece koja pohađaju školu ili drugih porodičnih i društvenih veza, a član 7(4) dopušta kraći rok ili nikakav rok u posebnim slučajevima, kao što je rizik od bijega. Uvodna izjava 10 navodi da dobrovoljni povratak treba imati prednost pred prisilnim povratkom.

q-avrr-acronym = IOM provodi programe kojima se pruža administrativna, logistička i finansijska podrška migrantima koji odluče da se svojom voljom vrate u zemlju porijekla, zajedno s podrškom za ponovno započinjanje života u njoj. Pod kojom su engleskom skraćenicom ovi programi poznati?
    .feedback = AVRR znači Assisted Voluntary Return and Reintegration, odnosno potpomognuti dobrovoljni povratak i reintegracija. Kombinuje podršku za dobrovoljni povratak s pomoći za reintegraciju nakon dolaska (IOM, Okvir za potpomognuti dobrovoljni povratak i reintegraciju, 2018). Cilj 21 Globalnog sporazuma o migracijama poziva na siguran i dostojanstven povratak i održivu reintegraciju.

q-reintegration-community = U pristupu IOM-a pomoć za reintegraciju može koristiti i zajednicama u koje se migranti vraćaju, a ne samo pojedinačnim povratnicima.
    .feedback = Tačno. Priručnik IOM-a o reintegraciji (2019) obuhvata projekte reintegracije u zajednici u kojima učestvuju povratnici i drugi članovi zajednice. Takvi projekti mogu smanjiti napetosti, ojačati društvenu stabilnost i podržati lokalni razvoj, čime pojedinačna reintegracija postaje održivija.

q-westbalkan-regulation = Koji opis najbolje odgovara njemačkoj Regulativi za Zapadni Balkan (Westbalkanregelung), koja je na snazi od 2016. godine?
    .opt-a = Sporazum o readmisiji koji obavezuje zemlje Zapadnog Balkana da prihvate nazad državljane trećih zemalja
    .opt-b = Bezvizni režim koji državljanima Zapadnog Balkana omogućava trajno nastanjenje u Njemačkoj
    .opt-c = Program stipendija koji obavezuje diplomce sa Zapadnog Balkana da se nakon studija vrate kući
    .opt-d = Regularan kanal koji državljanima Zapadnog Balkana omogućava pristup poslovima u Njemačkoj uz ponudu za posao i saglasnost službe za zapošljavanje
    .feedback = Ova regulativa (član 26(2) njemačke Uredbe o zapošljavanju, na snazi od 1. januara 2016. godine) otvorila je regularan kanal radne migracije za državljane Albanije, Bosne i Hercegovine, Kosova*, Crne Gore, Sjeverne Makedonije i Srbije, uz godišnju gornju granicu broja saglasnosti Savezne agencije za rad, uvedenu 2021. godine (25 000, povećanu na 50 000 od juna 2024. godine). Podnosiocima zahtjeva potrebni su konkretna ponuda za posao i saglasnost Savezne agencije za rad; formalne kvalifikacije nisu uslov. Često se navodi kao primjer regularnog puta u smislu cilja 5 Globalnog sporazuma o migracijama. *Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.
    .opt-a-feedback = Readmisija je uređena posebnim sporazumima EU o readmisiji; ova regulativa odnosi se na radnu migraciju.
    .opt-b-feedback = Ova regulativa ne daje pravo na nastanjenje; ona otvara kanal za radne vize, za koji su potrebni ponuda za posao i saglasnost Savezne agencije za rad.
    .opt-c-feedback = Regulativa se odnosi na zapošljavanje, a ne na studiranje, i ne sadrži obavezu povratka.

q-schengen-visa-free-work = Bezvizno putovanje u šengenski prostor omogućava državljanima Srbije, Crne Gore, Sjeverne Makedonije, Bosne i Hercegovine i Albanije da se tamo zaposle bez radne dozvole.
    .feedback = Netačno. Prema Uredbi (EU) 2018/1806 (Prilog II), ovi državljani mogu bez vize ući u šengenski prostor radi kratkoročnog boravka do 90 dana u bilo kojem periodu od 180 dana. Bezvizni status obuhvata samo kratkoročne boravke; zapošljavanje je uređeno propisima svake države članice i po pravilu zahtijeva radnu i boravišnu dozvolu. Liberalizacija viznog režima stupila je na snagu u decembru 2009. godine za Sjevernu Makedoniju, Crnu Goru i Srbiju, a u decembru 2010. godine za Albaniju i Bosnu i Hercegovinu.

q-readmission-agreements = Sporazumi EU o readmisiji s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom stupili su na snagu 1. januara 2008. godine. Šta takvi sporazumi prvenstveno uređuju?
    .opt-a = Godišnje kvote za sezonske radnike iz partnerske zemlje
    .opt-b = Bezvizno putovanje za kratkoročni boravak za državljane partnerske zemlje
    .opt-c = Obaveze i postupke za prihvat osoba koje nezakonito borave na teritoriji druge strane
    .opt-d = Uzajamno priznavanje stručnih kvalifikacija
    .feedback = Sporazumi EU o readmisiji utvrđuju obaveze i postupke za svaku stranu da prihvati svoje državljane, a pod određenim uslovima i državljane trećih zemalja i osobe bez državljanstva, koji ne ispunjavaju ili više ne ispunjavaju uslove za ulazak ili boravak na teritoriji druge strane. Sporazumi s ove četiri zemlje zaključeni su zajedno sa sporazumima o olakšicama pri izdavanju viza i bili su korak ka liberalizaciji viznog režima.
    .opt-a-feedback = Sporazumi o readmisiji ne sadrže kvote za radnu migraciju; kanali za rad utvrđuju se nacionalnim pravom ili posebnim sporazumima.
    .opt-b-feedback = Bezvizno putovanje uslijedilo je kasnije, kroz liberalizaciju viznog režima 2009. i 2010. godine, a provedba readmisije bila je jedan od njenih uslova.
    .opt-d-feedback = Priznavanje kvalifikacija nije obuhvaćeno sporazumima o readmisiji.
