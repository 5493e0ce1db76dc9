course-title = Migracije i razvoj
course-description = Kako migracije doprinose razvoju: doznake, dijaspora, vještine i radna mobilnost, pravično zapošljavanje, povratak i reintegracija, kao i globalni okvir koji čine Agenda 2030, Globalni dogovor o migracijama i Globalni forum o migracijama i razvoju.

quiz-migration-development-final = Završni test
    .description = Dvadeset pitanja iz cijelog kursa, po četiri iz svake teme. Imate 30 minuta, a za prolaz vam je potrebno 60 odsto.

## Category: instruments

q-sdg-10-7-target = Koji podcilj Agende 2030 za održivi razvoj poziva države da olakšaju uređene, bezbjedne, regularne i odgovorne migracije, uključujući i kroz planirane i dobro upravljane migracione politike?
    .opt-a = Podcilj 10.7
    .opt-b = Podcilj 10.c
    .opt-c = Podcilj 8.8
    .opt-d = Podcilj 17.18
    .feedback = Podcilj 10.7 Agende 2030 (rezolucija Generalne skupštine UN 70/1, 2015) poziva države da olakšaju uređene, bezbjedne, regularne i odgovorne migracije i mobilnost ljudi, uključujući i kroz planirane i dobro upravljane migracione politike. Indikator 10.7.2 prati broj zemalja koje imaju takve politike.
    .opt-b-feedback = Podcilj 10.c odnosi se na troškove slanja doznaka migranata, a ne na migracione politike uopšte.
    .opt-c-feedback = Podcilj 8.8 štiti radna prava i bezbjedno radno okruženje za sve radnike, uključujući radnike migrante. On se ne bavi migracionim politikama kao takvim.
    .opt-d-feedback = Podcilj 17.18 odnosi se na podatke: traži podatke razvrstane, između ostalog, po migracionom statusu.

q-sdg-migration-targets = U tekstu kojih se od navedenih podciljeva ciljeva održivog razvoja pominju migranti, migracije ili doznake migranata? Označite sve tačne odgovore. Netačni odgovori smanjuju broj bodova.
    .opt-a = Podcilj 3.8 (univerzalna zdravstvena zaštita)
    .opt-b = Podcilj 8.8 (radna prava i bezbjedno radno okruženje)
    .opt-c = Podcilj 10.7 (uređene, bezbjedne, regularne i odgovorne migracije)
    .opt-d = Podcilj 13.1 (otpornost na opasnosti povezane sa klimom)
    .opt-e = Podcilj 10.c (transakcioni troškovi doznaka)
    .feedback = Podcilj 8.8 izričito pominje radnike migrante, posebno žene migrantkinje. Podcilj 10.7 odnosi se na migracije i mobilnost ljudi. Podcilj 10.c odnosi se na transakcione troškove doznaka migranata (A/RES/70/1, 2015). Podciljevi 3.8 i 13.1 su u praksi važni za migrante, ali se u njihovom tekstu migracije ne pominju. Drugi podciljevi upućuju na trgovinu ljudima (5.2, 8.7 i 16.2) ili na podatke po migracionom statusu (17.18).
    .opt-a-feedback = Univerzalna zdravstvena zaštita važna je za migrante, ali se u tekstu podcilja 3.8 ne pominju ni migranti ni migracije.
    .opt-d-feedback = Opasnosti povezane sa klimom mogu podsticati migracije, ali se u tekstu podcilja 13.1 ne pominju ni migranti ni migracije.

q-gcm-objectives-count = Koliko ciljeva sadrži Globalni dogovor o bezbjednim, urednim i regularnim migracijama (2018)? Navedite broj.
    .feedback = Globalni dogovor o migracijama (rezolucija Generalne skupštine UN 73/195) navodi 23 cilja u paragrafu 16. Svaki cilj prate obaveza i spisak mogućih aktivnosti. Ciljevi od 18 do 21 najuže su povezani sa migracijama i razvojem: vještine, doprinos migranata i dijaspore, doznake, kao i povratak i reintegracija.

q-gcm-objectives-match = Povežite svaki broj cilja Globalnog dogovora o migracijama sa njegovim predmetom. Jedan predmet se ne koristi.
    .left-o6 = Cilj 6
    .left-o18 = Cilj 18
    .left-o19 = Cilj 19
    .left-o20 = Cilj 20
    .left-o21 = Cilj 21
    .right-recruitment = Pravično i etičko zapošljavanje i uslovi koji obezbjeđuju dostojanstven rad
    .right-skills = Razvoj vještina i uzajamno priznavanje vještina, kvalifikacija i kompetencija
    .right-diaspora = Uslovi u kojima migranti i dijaspora mogu u potpunosti doprinijeti održivom razvoju
    .right-remittances = Brže, bezbjednije i jeftinije doznake i finansijska uključenost migranata
    .right-return = Bezbjedan i dostojanstven povratak i readmisija, kao i održiva reintegracija
    .right-social-security = Prenosivost prava iz socijalnog osiguranja i stečenih davanja
    .feedback = U Globalnom dogovoru o migracijama (A/RES/73/195) cilj 6 obuhvata pravično i etičko zapošljavanje i dostojanstven rad, cilj 18 razvoj i priznavanje vještina, cilj 19 doprinos migranata i dijaspore održivom razvoju, cilj 20 doznake i finansijsku uključenost, a cilj 21 povratak, readmisiju i održivu reintegraciju. Prenosivost prava iz socijalnog osiguranja je cilj 22, koji nije na spisku.

q-gcm-non-binding = Globalni dogovor o bezbjednim, urednim i regularnim migracijama je pravno obavezujući međunarodni sporazum.
    .feedback = Netačno. Paragraf 7 Globalnog dogovora opisuje ga kao pravno neobavezujući okvir za saradnju kojim se poštuje suverenitet država. Usvojen je na međuvladinoj konferenciji u Marakešu 10. decembra 2018. godine, a Generalna skupština UN potvrdila ga je rezolucijom 73/195 od 19. decembra 2018. godine. Nije otvoren za ratifikaciju.

q-gfmd-nature = Koja tvrdnja najbolje opisuje Globalni forum o migracijama i razvoju (GFMD)?
    .opt-a = Ugovorno tijelo UN koje prati primjenu Konvencije o pravima svih radnika migranata
    .opt-b = Neformalni i neobavezujući proces koji vode države, u kojem vlade razmatraju migracije i razvoj
    .opt-c = Upravni savjet Međunarodne organizacije za migracije
    .opt-d = Obavezujuće tijelo za rješavanje sporova iz bilateralnih sporazuma o radnim migracijama
    .feedback = GFMD je proistekao iz prvog Dijaloga UN na visokom nivou o međunarodnim migracijama i razvoju (2006) i sastaje se od 2007. godine, počev od Brisela. Vode ga države, dobrovoljan je, neformalan i neobavezujući i nalazi se van sistema UN, uz održavanje bliskih veza sa njim. Civilno društvo, poslovni sektor i lokalne vlasti učestvuju preko sopstvenih mehanizama.
    .opt-a-feedback = Primjenu te konvencije prati Komitet za radnike migrante, osnovan na osnovu njenog člana 72. GFMD nije ugovorno tijelo.
    .opt-c-feedback = IOM-om upravlja sopstveni Savjet država članica. GFMD nije dio IOM-a.
    .opt-d-feedback = GFMD ne donosi obavezujuće odluke i ne rješava sporove; on je prostor za dijalog i razmjenu praksi.

q-gfmd-first-year = Koje je godine održan prvi sastanak Globalnog foruma o migracijama i razvoju? Navedite godinu.
    .feedback = Prvi sastanak GFMD-a održan je u Briselu u julu 2007. godine, pod predsjedavanjem Belgije. Uslijedio je nakon prvog Dijaloga UN na visokom nivou o međunarodnim migracijama i razvoju u septembru 2006. godine, na kojem je iznijeta ideja o globalnom forumu koji vode države.

q-md-process-chronology = Poređajte ove prekretnice globalne agende o migracijama i razvoju hronološki, od najranije do najnovije.
    .item-hld = Prvi Dijalog UN na visokom nivou o međunarodnim migracijama i razvoju
    .item-gfmd = Prvi sastanak Globalnog foruma o migracijama i razvoju
    .item-agenda = Usvajanje Agende 2030 za održivi razvoj
    .item-gcm = Usvajanje Globalnog dogovora o bezbjednim, urednim i regularnim migracijama
    .item-review = Prvo globalno razmatranje napretka u sprovođenju Globalnog dogovora o migracijama, koje se održava svake četiri godine
    .feedback = Prvi Dijalog na visokom nivou održan je u septembru 2006. godine, prvi sastanak GFMD-a u Briselu u julu 2007. godine, Agenda 2030 usvojena je u septembru 2015. godine (A/RES/70/1), Globalni dogovor o migracijama u decembru 2018. godine (A/RES/73/195), a prvi Međunarodni forum za razmatranje migracija sastao se u maju 2022. godine (paragraf 49 Dogovora).

q-imrf-acronym = Prema paragrafu 49 Globalnog dogovora o migracijama, države članice UN razmatraju napredak u sprovođenju Dogovora na globalnom forumu koji se održava svake četiri godine, počev od 2022. godine. Koja je engleska skraćenica ovog foruma?
    .feedback = Međunarodni forum za razmatranje migracija (IMRF) glavna je međuvladina platforma za razmatranje napretka i razmjenu iskustava u sprovođenju Globalnog dogovora o migracijama (paragraf 49(b) A/RES/73/195). Prvi IMRF sastao se u maju 2022. godine i usvojio Deklaraciju o napretku.

q-instruments-chronology = Poređajte ove međunarodne instrumente o radnicima migrantima prema datumu usvajanja, od najranijeg do najnovijeg.
    .item-c97 = Konvencija MOR-a o migracijama radi zaposlenja (revidirana), br. 97
    .item-c143 = Konvencija MOR-a o radnicima migrantima (dopunske odredbe), br. 143
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .item-who = Globalni kodeks prakse SZO o međunarodnom zapošljavanju zdravstvenih radnika
    .item-fair = Opšta načela i operativne smjernice MOR-a za pravično zapošljavanje
    .feedback = Konvencija MOR-a (ILO) br. 97 potiče iz 1949. godine, a Konvencija br. 143 iz 1975. godine. Konvencija UN o radnicima migrantima usvojena je 18. decembra 1990. godine (A/RES/45/158). Globalni kodeks Svjetske zdravstvene organizacije (SZO) usvojila je Svjetska zdravstvena skupština u maju 2010. godine (rezolucija WHA63.16). Opšta načela i operativne smjernice MOR-a za pravično zapošljavanje usaglašene su na tripartitnom sastanku eksperata u septembru 2016. godine.

## Category: remittances

q-sdg-10c-gap = Dopunite podcilj 10.c ciljeva održivog razvoja.
    .text = Do 2030. godine smanjiti transakcione troškove doznaka migranata na manje od { $g1 } odsto i ukinuti koridore za doznake sa troškovima većim od { $g2 } odsto.
    .opt-a1 = 1
    .opt-a3 = 3
    .opt-a5 = 5
    .opt-b3 = 3
    .opt-b5 = 5
    .opt-b10 = 10
    .feedback = Podcilj 10.c Agende 2030 (A/RES/70/1, 2015) postavlja dva mjerila: prosječni trošak niži od 3 odsto poslatog iznosa i nijedan koridor čiji je trošak veći od 5 odsto. Akcioni program iz Adis Abebe (2015, paragraf 40) i cilj 20 Globalnog dogovora o migracijama ponavljaju ovaj cilj. Indikator 10.c.1 mjeri troškove doznaka kao udio u poslatom iznosu.

q-remittance-cost-calc = Migrant šalje iznos ekvivalentan 200 USD. Pružalac usluge naplaćuje naknadu od 5 USD i primjenjuje maržu na devizni kurs u vrijednosti od 4 USD u odnosu na referentni kurs. Ako se računaju i naknada i marža na devizni kurs, koliki je ukupni trošak izražen kao procenat poslatog iznosa? Navedite broj bez znaka za procenat.
    .feedback = Ukupni trošak = naknada + marža na devizni kurs = 5 + 4 = 9 USD, a 9 / 200 = 4,5 odsto. Da je ovo prosječni trošak u tom koridoru, bio bi ispod gornje granice od 5 odsto po koridoru iz podcilja 10.c, ali iznad prosječnog cilja od 3 odsto. Posmatranjem samo naknade (2,5 odsto) prikrila bi se skoro polovina stvarnog troška.

q-remittance-cost-components = Šta u bazi podataka Svjetske banke Remittance Prices Worldwide obuhvata ukupni trošak slanja doznake?
    .opt-a = Samo naknadu za transfer
    .opt-b = Samo maržu na devizni kurs
    .opt-c = Naknadu za transfer i maržu na devizni kurs
    .opt-d = Naknadu za transfer i porez na dohodak koji plaća primalac
    .feedback = Remittance Prices Worldwide mjeri ukupni trošak za pošiljaoca kao zbir naknade i marže na devizni kurs, odnosno razlike između kursa koji primjenjuje pružalac usluge i referentnog međubankarskog kursa. Indikator 10.c.1 ciljeva održivog razvoja koristi ovaj ukupni trošak za transfer od 200 USD.
    .opt-a-feedback = Sama naknada potcjenjuje trošak: marža dodata na devizni kurs često je veliki i manje vidljiv dio cijene.
    .opt-b-feedback = Marža je samo jedan od dva elementa; računa se i naknada koja se naplaćuje pošiljaocu.
    .opt-d-feedback = Porezi u zemlji primaoca nijesu dio cijene usluge transfera koju baza podataka mjeri.

q-rpw-average-2023 = Prema bazi podataka Svjetske banke Remittance Prices Worldwide, globalni prosječni trošak slanja 200 USD već je do 2023. godine pao ispod vrijednosti iz podcilja 10.c.
    .feedback = Netačno. Tokom cijele 2023. godine globalni prosječni trošak slanja 200 USD iznosio je oko 6 odsto, što je otprilike dvostruko više od vrijednosti iz podcilja 10.c, koja iznosi manje od 3 odsto (Svjetska banka, Remittance Prices Worldwide, kvartalni izvještaji za 2023. godinu). Troškovi se takođe znatno razlikuju među koridorima.

q-rpw-bank-channel = Prema izvještajima Svjetske banke Remittance Prices Worldwide, koja je vrsta pružalaca usluga dosljedno bila u prosjeku najskuplja za slanje doznaka?
    .opt-a = Operateri za transfer novca
    .opt-b = Operateri mobilne telefonije
    .opt-c = Isključivo digitalne usluge za doznake
    .opt-d = Banke
    .feedback = Izvještaji Remittance Prices Worldwide više puta su pokazali da su banke najskuplja vrsta pružalaca usluga, sa prosječnim troškovima znatno višim od troškova operatera za transfer novca i mobilnih operatera. Digitalne usluge su u prosjeku jeftinije od nedigitalnih, što je jedan od razloga zbog kojih cilj 20 Globalnog dogovora o migracijama poziva na konkurenciju i inovacije na tržištu doznaka.
    .opt-a-feedback = Operateri za transfer novca su, prema podacima Svjetske banke, u prosjeku bili jeftiniji od banaka.
    .opt-b-feedback = Mobilni operateri su, prema podacima Svjetske banke, bili među najjeftinijim pružaocima usluga.
    .opt-c-feedback = Podaci Svjetske banke pokazuju da su digitalne doznake u prosjeku jeftinije od nedigitalnih.

q-gcm-obj20-actions = Koje su od navedenih aktivnosti među onima koje su navedene u okviru cilja 20 Globalnog dogovora o migracijama? Označite sve tačne odgovore.
    .opt-a = Izraditi mapu puta za smanjenje transakcionih troškova doznaka migranata u skladu sa podciljem 10.c
    .opt-b = Obavezati migrante da utvrđeni dio zarade prenose u državni razvojni fond
    .opt-c = Računati doznake kao dio zvanične razvojne pomoći
    .opt-d = Obezbijediti migrantima dostupne informacije o troškovima doznaka po pružaocu i kanalu, na primjer putem sajtova za poređenje
    .opt-e = Ukloniti neopravdane prepreke za nebankarske pružaoce usluga doznaka radi podsticanja konkurencije
    .feedback = Cilj 20 (paragraf 36 A/RES/73/195) navodi, između ostalih aktivnosti, mapu puta za dostizanje mjerila troškova iz podcilja 10.c, transparentne informacije o cijenama, kao što su sajtovi za poređenje, i konkurentno i inovativno tržište koje uključuje i nebankarske pružaoce usluga. Obaveza takođe naglašava da su doznake važan izvor privatnog kapitala i da se ne mogu izjednačiti sa stranim direktnim investicijama, zvaničnom razvojnom pomoći ili drugim javnim izvorima finansiranja razvoja.
    .opt-b-feedback = Doznake su privatni novac. Dogovor promoviše dobrovoljne mogućnosti ulaganja za migrante, a ne obavezne transfere državi.
    .opt-c-feedback = Paragraf 36 navodi da se doznake ne mogu izjednačiti sa zvaničnom razvojnom pomoći.

q-icrmw-art47-transfer = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica priznaje pravo radnika migranata da svoje zarade i ušteđevinu prenesu u državu porijekla ili u bilo koju drugu državu.
    .feedback = Tačno. Član 47(1) Konvencije iz 1990. godine daje radnicima migrantima pravo da svoje zarade i ušteđevinu, posebno sredstva potrebna za izdržavanje porodice, prenesu iz države zaposlenja u državu porijekla ili u bilo koju drugu državu, u skladu sa važećim procedurama. Član 47(2) poziva zainteresovane države da preduzmu odgovarajuće mjere za olakšavanje takvih transfera. Član 47 nalazi se u Dijelu IV, koji se primjenjuje na radnike migrante koji posjeduju dokumente ili su u regularnoj situaciji. Osim toga, član 32 u Dijelu III daje svim radnicima migrantima i članovima njihovih porodica, bez obzira na status, pravo da po okončanju boravka u državi zaposlenja prenesu svoje zarade i ušteđevinu.

q-top-recipient-2023 = Prema publikaciji Svjetske banke i KNOMAD-a Migration and Development Brief 40 (jun 2024), koja je zemlja primila najveći priliv doznaka u 2023. godini?
    .opt-a = Indija
    .opt-b = Meksiko
    .opt-c = Kina
    .opt-d = Filipini
    .feedback = Indija je bila najveći primalac doznaka u 2023. godini, a slijede je Meksiko, Kina i Filipini (Svjetska banka i KNOMAD, Migration and Development Brief 40, jun 2024). Indija je već dugi niz godina najveći primalac doznaka.
    .opt-b-feedback = Meksiko je bio drugi najveći primalac u 2023. godini, a većina njegovih doznaka stiže iz Sjedinjenih Američkih Država.
    .opt-c-feedback = Kina je bila treći najveći primalac u 2023. godini, iza Indije i Meksika.

q-remittances-2020-resilience = Prema podacima Svjetske banke i KNOMAD-a, zabilježeni tokovi doznaka u zemlje sa niskim i srednjim dohotkom u 2020. godini smanjili su se znatno manje nego što je Svjetska banka predviđala na početku pandemije COVID-19.
    .feedback = Tačno. U aprilu 2020. godine (Migration and Development Brief 32) Svjetska banka predviđala je pad od oko 20 odsto. U publikaciji Brief 34 (maj 2021) zatim je navedeno da su tokovi u zemlje sa niskim i srednjim dohotkom u 2020. godini bili samo oko 1,6 odsto niži nego 2019. godine. Migranti su nastavili da pomažu porodice, a dio transfera prešao je sa neformalnih na formalne i digitalne kanale.

q-ifad-remittances = Koja specijalizovana agencija UN upravlja Finansijskim instrumentom za doznake i pokrenula je Međunarodni dan porodičnih doznaka, koji se obilježava 16. juna? Navedite njenu englesku skraćenicu.
    .feedback = Međunarodni fond za razvoj poljoprivrede (IFAD) osnovao je svoj Finansijski instrument za doznake 2006. godine. Njegov Savjet guvernera proglasio je Međunarodni dan porodičnih doznaka 2015. godine, a Generalna skupština UN podržala je taj dan 2018. godine. Interes IFAD-a proizlazi iz činjenice da veliki dio doznaka odlazi seoskim domaćinstvima.

## Category: diaspora-skills

q-diaspora-definition = Koji opis odgovara definiciji dijaspore iz Pojmovnika IOM-a o migracijama (2019)?
    .opt-a = Državljani koji najmanje dvanaest mjeseci žive u inostranstvu i registrovani su u konzulatu
    .opt-b = Samo lica koja su napustila zemlju zbog progona i imaju status izbjeglice
    .opt-c = Samo iseljenici prve generacije koji i dalje imaju državljanstvo zemlje porijekla
    .opt-d = Migranti ili njihovi potomci čiji je identitet oblikovan migracijom i koji održavaju veze sa domovinom
    .feedback = Pojmovnik IOM-a o migracijama (2019) definiše dijasporu kao migrante ili potomke migranata čiji su identitet i osjećaj pripadnosti, stvarni ili simbolični, oblikovani njihovim migracionim iskustvom i porijeklom i koji održavaju veze sa domovinom i međusobno. Dio dijaspore mogu biti i potomci i lica sa drugim državljanstvom; državljanstvo i pravni status nijesu odlučujući.
    .opt-a-feedback = Dvanaest mjeseci je statistički prag UN za dugoročnog međunarodnog migranta. To nije dio definicije dijaspore, a registracija u konzulatu nije uslov.
    .opt-b-feedback = Izbjeglice mogu biti dio dijaspore, ali je taj pojam mnogo širi od lica koja su pobjegla od progona.
    .opt-c-feedback = Dio dijaspore su i potomci migranata i lica koja su stekla drugo državljanstvo.

q-brain-concepts-match = Povežite svaki pojam sa njegovim opisom. Jedan opis se ne koristi.
    .left-drain = Odliv mozgova
    .left-gain = Priliv mozgova
    .left-circulation = Cirkulacija mozgova
    .left-waste = Rasipanje mozgova
    .right-loss = Gubitak kvalifikovanih ljudi zbog iseljavanja, čime se smanjuju vještine dostupne u zemlji porijekla
    .right-increase = Povećanje vještina u zemlji, na primjer useljavanjem kvalifikovanih ljudi ili većim ulaganjima u obrazovanje
    .right-movement = Ponovljeno kretanje kvalifikovanih ljudi između zemalja, uključujući povratak, tako da vještine i znanje teku u oba smjera
    .right-underuse = Kvalifikovani migranti rade na poslovima daleko ispod svojih kvalifikacija, pa im vještine ostaju neiskorišćene
    .right-money = Prenos novca migranata porodicama u zemlji porijekla
    .feedback = Ovi pojmovi široko se koriste u literaturi o migracijama; odliv mozgova i priliv mozgova definisani su u Pojmovniku IOM-a o migracijama (2019). Odliv mozgova je gubitak kvalifikovanih ljudi, priliv mozgova povećanje ljudskog kapitala, cirkulacija mozgova kretanje kvalifikovanih ljudi tamo i nazad, a rasipanje mozgova nedovoljno korišćenje vještina migranata. Neiskorišćeni opis odnosi se na doznake.

q-beneficial-brain-drain = Istraživanja o korisnom odlivu mozgova (na primjer Mountford 1997; Beine, Docquier i Rapoport 2001) objašnjavaju kako iseljavanje kvalifikovanih ljudi može dovesti do priliva mozgova u zemlji porijekla. Koji je glavni mehanizam?
    .opt-a = Zemlje odredišta prema međunarodnom pravu moraju plaćati naknadu za svakog kvalifikovanog iseljenika
    .opt-b = Kvalifikovani iseljenici su zakonski obavezni da se vrate nakon određenog broja godina
    .opt-c = Mogućnost rada u inostranstvu podstiče više ljudi da se školuju, a ne isele se svi
    .opt-d = Iseljavanje kvalifikovanih ljudi uvijek dovoljno podiže domaće zarade da privuče strane stručnjake
    .feedback = Prema argumentu podsticaja, izgledi za veću zaradu u inostranstvu povećavaju očekivani prinos od obrazovanja, pa više ljudi ulaže u njega. Budući da se samo dio njih zaista iseli, broj obrazovanih ljudi u zemlji može porasti. Neto efekat zavisi od stope iseljavanja: kada je ona veoma visoka, gubitak obično nadmašuje dobit.
    .opt-a-feedback = Nijedan međunarodni instrument ne obavezuje zemlje odredišta da plaćaju takvu naknadu. Globalni kodeks SZO samo podstiče zemlje odredišta da podrže razvoj zdravstvene radne snage u zemljama porijekla.
    .opt-b-feedback = Ne postoji opšte pravilo koje kvalifikovane iseljenike primorava na povratak. Povratak je jedan od kanala cirkulacije mozgova, a ne mehanizam efekta podsticaja.
    .opt-d-feedback = Iseljavanje ne podiže uvijek zarade, a privlačenje stranih stručnjaka nije mehanizam koji ova istraživanja opisuju.

q-iom-3e = Na Ministarskoj konferenciji o dijaspori 2013. godine IOM je svoj pristup radu sa dijasporom sažeo u tri riječi. Koje su to riječi?
    .opt-a = Identifikovati, registrovati, oporezovati
    .opt-b = Angažovati, omogućiti, osnažiti
    .opt-c = Privući, zadržati, vratiti
    .opt-d = Informisati, zaštititi, repatrirati
    .feedback = Pristup IOM-a, poznat na engleskom kao pristup 3E (engage, enable, empower), predstavljen je na Ministarskoj konferenciji o dijaspori u Ženevi u junu 2013. godine. On od vlada traži da angažuju dijasporu, da joj omoguće da doprinosi (na primjer, uklanjanjem pravnih i praktičnih prepreka) i da je osnaže kao partnera u razvoju, umjesto da je posmatraju samo kao izvor novca.

q-diaspora-bonds = Izrael od ranih 1950-ih godina izdaje obveznice namijenjene svojoj dijaspori.
    .feedback = Tačno. Izrael prodaje obveznice svojoj dijaspori od 1951. godine, a Indija je prikupila sredstva putem instrumenata namijenjenih dijaspori 1991. godine, kao i 1998. i 2000. godine. Ketkar i Ratha (Svjetska banka, Policy Research Working Paper 4311, 2007) koriste ove primjere da pokažu kako obveznice za dijasporu mogu mobilisati uštedu dijaspore za razvoj.

q-three-for-one = Šta je u okviru meksičkog Programa 3x1 za migrante (Programa 3x1 para Migrantes) dodavano na svaki pezos koji su organizacije migranata u inostranstvu uložile u projekat zajednice?
    .opt-a = Tri pezosa koja je migrantima pozajmila privatna banka
    .opt-b = Jedan pezos vlade zemlje odredišta
    .opt-c = Po jedan pezos federalne vlade, vlade savezne države i opštine
    .opt-d = Povraćaj poreza od tri pezosa svakom migrantu koji je uložio sredstva
    .feedback = Program je kombinovao doprinose zavičajnih udruženja migranata sa odgovarajućim sredstvima tri nivoa meksičke vlasti, tako da je svaki pezos migranata bio učetvorostručen. To je jedna od najpoznatijih šema podudarnih grantova za kolektivne doznake, a razmatra se u priručniku IOM-a i MPI-ja Developing a Road Map for Engaging Diasporas in Development (2012).
    .opt-a-feedback = Odgovarajuća sredstva bila su javni grantovi, a ne zajmovi; migranti se nijesu zaduživali.
    .opt-b-feedback = Zemlja odredišta nije bila dio šeme; finansirali su je migranti i meksički javni organi.

q-diaspora-tools = Koji su od navedenih priznati instrumenti kojima zemlje porijekla uključuju svoju dijasporu u razvoj? Označite sve tačne odgovore.
    .opt-a = Obveznice za dijasporu
    .opt-b = Oduzimanje državljanstva državljanima koji dugo žive u inostranstvu
    .opt-c = Podudarni grantovi za projekte koje finansiraju zavičajna udruženja
    .opt-d = Programi koji iseljene stručnjake dovode kući na kratkoročne zadatke
    .opt-e = Studije mapiranja o tome gdje žive pripadnici dijaspore i kojim vještinama raspolažu
    .opt-f = Izlazni porez za svakog državljanina koji se iseli
    .feedback = Obveznice za dijasporu, podudarni grantovi, programi kratkoročnog prenosa vještina i mapiranje dijaspore standardni su instrumenti opisani u priručniku IOM-a i MPI-ja Developing a Road Map for Engaging Diasporas in Development (2012). Mjere kojima se kažnjavaju iseljenici, kao što su oduzimanje državljanstva ili izlazni porezi, uništavaju povjerenje i suprotne su cilju 19 Globalnog dogovora o migracijama, koji poziva na stvaranje uslova u kojima migranti i dijaspora mogu u potpunosti doprinositi.
    .opt-b-feedback = Oduzimanje državljanstva kida veze koje uključivanje dijaspore nastoji da izgradi; mnoge zemlje, naprotiv, dozvoljavaju dvojno državljanstvo.

q-tokten-acronym = Koji program UNDP-a, pokrenut krajem 1970-ih godina, pomaže iseljenim stručnjacima da se na kratkoročne zadatke vrate u zemlju porijekla i prenesu svoja stručna znanja? Navedite njegovu englesku skraćenicu.
    .feedback = Program TOKTEN (Transfer of Knowledge Through Expatriate Nationals, prenos znanja putem državljana koji žive u inostranstvu) UNDP je pokrenuo krajem 1970-ih godina. To je rani primjer korišćenja vještina dijaspore bez zahtjeva za trajnim povratkom, a taj pristup je kasnije korišćen i u programu IOM-a Migracije za razvoj u Africi (MIDA).

q-brain-waste-response = Ljekarka migrantkinja radi kao čistačica jer njena medicinska diploma nije priznata u zemlji odredišta. Koja mjera najneposrednije rješava ovaj oblik rasipanja mozgova?
    .opt-a = Postupci za priznavanje stranih kvalifikacija i vještina
    .opt-b = Više takse za vize za kvalifikovane migrante
    .opt-c = Ograničavanje kurseva jezika samo na državljane
    .opt-d = Ograničavanje kvalifikovanih migranata na sezonske ugovore
    .feedback = Do rasipanja mozgova dolazi kada vještine migranata ostaju neiskorišćene. Cilj 18 Globalnog dogovora o migracijama obavezuje države da ulažu u razvoj vještina i olakšaju uzajamno priznavanje vještina, kvalifikacija i kompetencija. Priznavanje omogućava da obrazovanje te osobe koristi zemlji odredišta, a ako se vrati, i njenoj zemlji porijekla.
    .opt-b-feedback = Više takse čine migraciju skupljom, ali ne doprinose priznavanju postojećih kvalifikacija.
    .opt-c-feedback = Učenje jezika obično olakšava priznavanje i integraciju; njegovo ograničavanje dodatno bi produbilo rasipanje mozgova.
    .opt-d-feedback = Kratki sezonski ugovori migrantima otežavaju, a ne olakšavaju, da u potpunosti koriste svoje kvalifikacije.

## Category: labour-mobility

q-circular-migration-definition = Koji opis najbolje odgovara cirkularnoj migraciji u smislu u kojem se taj pojam koristi u politici EU?
    .opt-a = Jednokratno trajno preseljenje nakon kojeg slijedi naturalizacija u zemlji odredišta
    .opt-b = Ponovljeni neregularni prelasci granice van zakonitih kanala
    .opt-c = Sezonsko kretanje između seoskih i gradskih područja unutar jedne zemlje
    .opt-d = Ponovljena zakonita migracija istog lica između dvije ili više zemalja
    .feedback = Pojmovnik Evropske migracione mreže definiše cirkularnu migraciju kao ponavljanje zakonite migracije istog lica između dvije ili više zemalja. Saopštenje Evropske komisije o cirkularnoj migraciji i partnerstvima za mobilnost iz 2007. godine (COM(2007) 248) predstavilo ju je kao način da se zadovolje potrebe za radnom snagom u EU i istovremeno podrži razvoj u zemljama porijekla.
    .opt-a-feedback = Jednokratno trajno preseljenje suprotno je cirkularnoj migraciji, koja podrazumijeva ponovljeno kretanje.
    .opt-b-feedback = Cirkularna migracija u smislu javnih politika je zakonita i upravljana; neregularno kretanje tamo i nazad nije ono što ovaj pojam označava.
    .opt-c-feedback = Kretanje unutar jedne zemlje je unutrašnja migracija. Cirkularna migracija u politici EU podrazumijeva prelazak međunarodnih granica.

q-seasonal-max-months = Član 14(1) Direktive EU o sezonskim radnicima (2014/36/EU) obavezuje svaku državu članicu da utvrdi najduži period boravka sezonskih radnika u bilo kom periodu od 12 mjeseci. Koliko najviše može iznositi taj najduži period prema Direktivi? Navedite broj mjeseci.
    .feedback = Član 14(1) Direktive 2014/36/EU propisuje da najduži period boravka ne može biti kraći od pet ni duži od devet mjeseci u bilo kom periodu od 12 mjeseci. Član 16 poziva države članice da olakšaju ponovni ulazak sezonskim radnicima koji su ranije primljeni i poštovali su pravila, čime se podržava cirkularna migracija.

q-schemes-country-match = Povežite svaki program privremene ili sezonske radne migracije sa zemljom koja ga sprovodi. Jedna zemlja se ne koristi.
    .left-sawp = Program sezonskih poljoprivrednih radnika (SAWP)
    .left-rse = Šema priznatih sezonskih poslodavaca (RSE)
    .left-eps = Sistem dozvola za zapošljavanje (EPS)
    .left-h2a = Program H-2A za privremene poljoprivredne radnike
    .right-canada = Kanada
    .right-new-zealand = Novi Zeland
    .right-korea = Republika Koreja
    .right-usa = Sjedinjene Američke Države
    .right-australia = Australija
    .feedback = Kanadski Program sezonskih poljoprivrednih radnika dovodi poljoprivredne radnike iz karipskih zemalja od 1966. godine, a iz Meksika od 1974. godine. Novozelandska Šema priznatih sezonskih poslodavaca od 2007. godine angažuje radnike uglavnom iz pacifičkih ostrvskih zemalja. Republika Koreja uvela je Sistem dozvola za zapošljavanje 2004. godine, na osnovu sporazuma sa zemljama porijekla. Program H-2A Sjedinjenih Američkih Država omogućava prijem privremenih poljoprivrednih radnika. Australija sprovodi sopstvene programe za radnike sa Pacifika, ali nijedan od ovdje navedenih.

q-ilo-conventions-match = Povežite svaki instrument MOR-a (ILO) sa njegovim glavnim predmetom. Jedan predmet se ne koristi.
    .left-c97 = Konvencija MOR-a br. 97
    .left-c143 = Konvencija MOR-a br. 143
    .left-c189 = Konvencija MOR-a br. 189
    .left-p029 = Protokol iz 2014. godine uz Konvenciju o prinudnom radu
    .right-employment = Migracije radi zaposlenja i jednak tretman migranata koji zakonito borave u zemlji
    .right-abusive = Migracije u uslovima zloupotrebe i jednakost mogućnosti i tretmana
    .right-domestic = Dostojanstven rad za kućne radnike
    .right-forced = Mjere protiv prinudnog rada, uključujući zaštitu migranata od prevarnog zapošljavanja
    .right-seafarers = Uslovi rada i života pomoraca
    .feedback = Konvencija o migracijama radi zaposlenja (revidirana) iz 1949. godine (br. 97) zahtijeva jednak tretman imigranata koji zakonito borave na teritoriji (član 6). Konvencija o radnicima migrantima (dopunske odredbe) iz 1975. godine (br. 143) bavi se migracijama u uslovima zloupotrebe (Dio I) i jednakošću mogućnosti i tretmana (Dio II). Konvencija o kućnim radnicima iz 2011. godine (br. 189) obuhvata kućne radnike, uključujući kućne radnike migrante (član 8). Protokol iz 2014. godine uz Konvenciju o prinudnom radu poziva na zaštitu lica, posebno radnika migranata, od zloupotreba i prevara u postupku zapošljavanja (član 2(d)). Pomorci su obuhvaćeni Konvencijom o radu u pomorstvu iz 2006. godine.

q-gsp-gap = Dopunite opis globalnog partnerstva za vještine.
    .text = U globalnom partnerstvu za vještine obuka se odvija u zemlji { $g1 }, a zemlja { $g2 } za nju obezbjeđuje tehnologiju i finansijska sredstva. Dio polaznika obuke zatim migrira, dok ostali ostaju i rade u svojoj zemlji.
    .opt-g1-origin = porijekla
    .opt-g1-destination = odredišta
    .opt-g1-transit = tranzita
    .opt-g2-origin = porijekla
    .opt-g2-destination = odredišta
    .opt-g2-transit = tranzita
    .feedback = U modelu koji je predložio Michael Clemens (IZA Journal of Labor Policy, 2015), zemlja odredišta finansira stručnu obuku u zemlji porijekla. Dio polaznika migrira sa vještinama koje su potrebne poslodavcima u zemlji odredišta, dok ostali ostaju i jačaju tržište rada u svojoj zemlji, pa se vještine dodaju umjesto da odlaze. Cilj 18 Globalnog dogovora o migracijama izričito poziva države da grade globalna partnerstva za vještine.

q-c181-number = Koja konvencija MOR-a (ILO) utvrđuje opšte pravilo da privatne agencije za zapošljavanje ne smiju radnicima, neposredno ili posredno, naplaćivati nikakve naknade ili troškove? Navedite njen broj.
    .feedback = Član 7(1) Konvencije o privatnim agencijama za zapošljavanje iz 1997. godine (br. 181) propisuje da privatne agencije za zapošljavanje ne smiju radnicima neposredno ili posredno, u cijelosti ili djelimično, naplaćivati nikakve naknade ili troškove. Član 7(2) dozvoljava ograničene izuzetke u interesu radnika, nakon konsultacija sa najreprezentativnijim organizacijama poslodavaca i radnika.

q-employer-pays = Šta zahtijeva načelo „plaća poslodavac“ (Employer Pays Principle)?
    .opt-a = Troškove plaća radnik, a poslodavac ih u ratama odbija od zarade
    .opt-b = Troškove zapošljavanja snosi poslodavac, a ne radnik
    .opt-c = Radnik i poslodavac troškove zapošljavanja dijele na jednake djelove
    .opt-d = Vlada zemlje porijekla plaća sve troškove zapošljavanja
    .feedback = Načelo „plaća poslodavac“, koje od 2016. godine promoviše Leadership Group for Responsible Recruitment, utvrđuje da nijedan radnik ne treba da plaća za posao: troškove zapošljavanja treba da snosi poslodavac, a ne radnik. Ono odgovara Opštem načelu 7 Opštih načela i operativnih smjernica MOR-a za pravično zapošljavanje: radnicima ili licima koja traže posao ne treba naplaćivati niti im na drugi način nametati naknade za zapošljavanje ili povezane troškove.
    .opt-a-feedback = Kada se troškovi odbijaju od zarade, radnik ih i dalje plaća. Upravo to načelo isključuje, a to je i čest put u dužničko ropstvo.
    .opt-c-feedback = Načelo ne dozvoljava podjelu troškova: radnik ne treba da plati ništa.
    .opt-d-feedback = Načelo troškove stavlja na teret poslodavca koji ima korist od zapošljavanja, a ne na teret javnih budžeta.

q-fair-recruitment-principles = Koje su od navedenih tvrdnji u skladu sa Opštim načelima i operativnim smjernicama MOR-a za pravično zapošljavanje? Označite sve tačne odgovore.
    .opt-a = Lične isprave radnika ne smiju se oduzimati, uništavati niti zadržavati
    .opt-b = Uslovi zaposlenja treba da budu jasno utvrđeni, po mogućnosti pisanim ugovorom
    .opt-c = Radnici treba da imaju pristup besplatnim ili pristupačnim mehanizmima za pritužbe, bez obzira na pravni status
    .opt-d = Posrednik u zapošljavanju može zadržati pasoš radnika kao garanciju do isteka ugovora
    .opt-e = Od radnika se može tražiti depozit za posredovanje koji se vraća po isteku ugovora
    .feedback = Opšta načela predviđaju da se lične isprave i ugovori radnika ne oduzimaju, ne uništavaju niti zadržavaju; da se uslovi zaposlenja utvrđuju na odgovarajući, provjerljiv i lako razumljiv način, po mogućnosti pisanim ugovorima; i da radnici, bez obzira na njihovo prisustvo ili pravni status u državi, imaju pristup besplatnim ili pristupačnim mehanizmima za pritužbe i rješavanje sporova. Zadržavanje pasoša i traženje depozita suprotni su ovim načelima i Opštem načelu 7, prema kojem radnici ne treba da snose naknade za zapošljavanje niti povezane troškove.
    .opt-d-feedback = Zadržavanje ličnih isprava isključeno je Opštim načelima i priznat je indikator prinudnog rada.
    .opt-e-feedback = Depozitom se na radnika prenose trošak i rizik zapošljavanja, što Opšte načelo 7 isključuje.

q-sdg-10-7-1-indicator = Šta mjeri indikator 10.7.1 ciljeva održivog razvoja?
    .opt-a = Troškove doznaka kao udio u poslatom iznosu
    .opt-b = Troškove zapošljavanja koje plaćaju radnici kao udio u njihovom mjesečnom prihodu u zemlji odredišta
    .opt-c = Broj zemalja sa politikama za uređene, bezbjedne, regularne i odgovorne migracije
    .opt-d = Udio izbjeglica u stanovništvu, po zemlji porijekla
    .feedback = Indikator 10.7.1 mjeri troškove zapošljavanja koje snosi zaposleni kao udio u mjesečnom prihodu ostvarenom u zemlji odredišta. Za njega su nadležni MOR i Svjetska banka. On povezuje podcilj 10.7 sa pravičnim zapošljavanjem: što je vrijednost indikatora bliža nuli, to je praksa bliža načelu „plaća poslodavac“.
    .opt-a-feedback = To je indikator 10.c.1, u okviru podcilja o doznakama.
    .opt-c-feedback = To je indikator 10.7.2, za koji su nadležni UN DESA i IOM.
    .opt-d-feedback = To je indikator 10.7.4, dodat 2020. godine, za koji je nadležan UNHCR.

q-who-code-binding = Globalni kodeks prakse SZO o međunarodnom zapošljavanju zdravstvenih radnika (2010) pravno je obavezujući za države članice SZO.
    .feedback = Netačno. Član 2.1 Kodeksa navodi da je on dobrovoljan; države članice i druge zainteresovane strane snažno se podstiču da ga primjenjuju. Usvojila ga je Šezdeset treća Svjetska zdravstvena skupština u maju 2010. godine (rezolucija WHA63.16). Njegova vodeća načela (član 3) takođe jasno navode da on ne treba da ograničava slobodu zdravstvenih radnika da migriraju.

q-who-code-active-recruitment = Šta bi države članice, prema članu 5.1 Globalnog kodeksa prakse SZO o međunarodnom zapošljavanju zdravstvenih radnika, trebalo da obeshrabruju?
    .opt-a = Aktivno regrutovanje zdravstvenih radnika iz zemalja u razvoju sa kritičnim nedostatkom zdravstvenih radnika
    .opt-b = Bilo kakvu migraciju zdravstvenih radnika iz jedne zemlje u drugu
    .opt-c = Bilateralne sporazume o zdravstvenim radnicima između zemalja porijekla i zemalja odredišta
    .opt-d = Priznavanje stranih zdravstvenih kvalifikacija u zemljama odredišta
    .feedback = Član 5.1 Globalnog kodeksa SZO (WHA63.16, 2010) poziva države članice da obeshrabruju aktivno regrutovanje zdravstvenih radnika iz zemalja u razvoju koje se suočavaju sa kritičnim nedostatkom zdravstvenih radnika i podstiče zemlje odredišta da podrže razvoj zdravstvene radne snage u zemljama porijekla. SZO od 2020. godine objavljuje Listu za podršku i zaštitu zdravstvene radne snage (Health Workforce Support and Safeguards List), na kojoj su zemlje na koje se ove zaštitne mjere primjenjuju.
    .opt-b-feedback = Kodeks ne pokušava da spriječi migraciju zdravstvenih radnika. On poštuje njihovu slobodu da migriraju i umjesto toga je usmjeren na prakse zapošljavanja.
    .opt-c-feedback = Kodeks podstiče bilateralne i regionalne aranžmane kao način da zapošljavanje bude od koristi i zemljama porijekla i zemljama odredišta.
    .opt-d-feedback = Kodeks ne traži od država da obeshrabruju priznavanje kvalifikacija; pravičan tretman zdravstvenih radnika migranata jedan je od njegovih ciljeva.

## Category: return-region

q-sustainable-reintegration-gap = Dopunite definiciju održive reintegracije koju koristi IOM.
    .text = Reintegracija je održiva kada povratnici u ekonomskom pogledu dostignu nivo { $g1 }, u svojim zajednicama društvenu stabilnost, a u psihosocijalnom pogledu nivo { $g2 } koji im omogućavaju da se nose sa faktorima koji podstiču ponovnu migraciju, tako da dalja migracija postaje stvar { $g3 }, a ne nužnosti.
    .opt-r1-self = samodovoljnosti
    .opt-r1-growth = rasta
    .opt-r1-dependence = zavisnosti
    .opt-r2-well = dobrobiti
    .opt-r2-screening = provjere
    .opt-r2-isolation = izolovanosti
    .opt-r3-choice = izbora
    .opt-r3-obligation = obaveze
    .opt-r3-chance = slučaja
    .feedback = Ova definicija potiče iz dokumenta IOM-a Towards an Integrated Approach to Reintegration in the Context of Return (2017) i koristi se u Priručniku IOM-a o reintegraciji (2019). Ona reintegraciju posmatra kroz ekonomsku, društvenu i psihosocijalnu dimenziju i uspjeh ne mjeri time da li će lice ikada ponovo migrirati.

q-reintegration-levels = Na kojim nivoima djeluje integrisani pristup IOM-a reintegraciji? Označite sve tačne odgovore.
    .opt-a = Nivo sprovođenja (kazne za povratnike koji ponovo migriraju)
    .opt-b = Tranzitni nivo (prihvat u zemljama kroz koje je migrant prošao)
    .opt-c = Individualni nivo (povratnici i njihove porodice)
    .opt-d = Nivo zajednice (zajednice u koje se migranti vraćaju)
    .opt-e = Strukturni nivo (politike, usluge i institucije)
    .feedback = Integrisani pristup IOM-a (2017; Priručnik o reintegraciji, 2019) odgovara na potrebe povratnika i njihovih porodica na individualnom nivou, zajednica povratka i strukturnog okruženja, kao što su lokalne i nacionalne politike, usluge i institucije. Kažnjavanje ponovne migracije nije dio ovog pristupa, čiji je cilj da dalja migracija postane stvar izbora, a ne nužnosti.

q-avrr-steps = Poređajte ove faze tipičnog procesa dobrovoljnog povratka uz podršku IOM-a, od prve do posljednje.
    .item-counsel = Savjetovanje o mogućnostima povratka i informisana odluka migranta o povratku
    .item-travel = Priprema putnih isprava i putovanje povratka
    .item-reception = Prihvat i neposredna pomoć po dolasku
    .item-assistance = Pružanje pomoći za reintegraciju u zemlji porijekla
    .item-monitoring = Praćenje rezultata reintegracije nakon pružene pomoći
    .feedback = Okvir IOM-a za potpomognuti dobrovoljni povratak i reintegraciju (2018) opisuje proces koji počinje savjetovanjem i dobrovoljnom, informisanom odlukom prije odlaska, nastavlja se organizacijom putovanja i samim putovanjem, zatim prihvatom po dolasku i pružanjem podrške za reintegraciju, a završava se praćenjem i ocjenom održivosti reintegracije. Planiranje reintegracije može početi prije odlaska, ali se pomoć pruža nakon dolaska.

q-return-directive-days = Član 7(1) Direktive EU o vraćanju (2008/115/EZ) utvrđuje standardni raspon roka za dobrovoljni odlazak koji se daje u odluci o vraćanju. Koja je gornja granica tog raspona? Navedite broj dana.
    .feedback = Član 7(1) Direktive 2008/115/EZ predviđa odgovarajući rok za dobrovoljni odlazak od sedam do trideset dana. Član 7(2) dozvoljava produženje kada je to potrebno, na primjer zbog dužine boravka, djece koja pohađaju školu ili drugih porodičnih i društvenih veza, a član 7(4) dozvoljava kraći rok ili nikakav rok u posebnim slučajevima, kao što je rizik od bjekstva. Uvodna izjava 10 navodi da dobrovoljni povratak treba da ima prednost u odnosu na prinudno vraćanje.

q-avrr-acronym = IOM sprovodi programe koji pružaju administrativnu, logističku i finansijsku podršku migrantima koji odluče da se svojom voljom vrate u zemlju porijekla, kao i podršku da tamo ponovo započnu život. Pod kojom su engleskom skraćenicom ovi programi poznati?
    .feedback = AVRR označava Assisted Voluntary Return and Reintegration (potpomognuti dobrovoljni povratak i reintegracija). Ovi programi kombinuju podršku za dobrovoljni povratak sa pomoći za reintegraciju nakon dolaska (IOM, A Framework for Assisted Voluntary Return and Reintegration, 2018). Cilj 21 Globalnog dogovora o migracijama poziva na bezbjedan i dostojanstven povratak i održivu reintegraciju.

q-reintegration-community = U pristupu IOM-a, pomoć za reintegraciju može koristiti i zajednicama u koje se migranti vraćaju, a ne samo pojedinačnim povratnicima.
    .feedback = Tačno. Priručnik IOM-a o reintegraciji (2019) obuhvata projekte reintegracije u zajednici u kojima učestvuju povratnici i drugi članovi zajednice. Takvi projekti mogu smanjiti tenzije, ojačati društvenu stabilnost i podržati lokalni razvoj, čime individualna reintegracija postaje održivija.

q-westbalkan-regulation = Koji opis najbolje odgovara njemačkom Propisu za Zapadni Balkan (Westbalkanregelung), koji je na snazi od 2016. godine?
    .opt-a = Sporazum o readmisiji koji obavezuje zemlje Zapadnog Balkana da prihvate državljane trećih zemalja
    .opt-b = Bezvizni režim koji državljanima Zapadnog Balkana omogućava trajno nastanjenje u Njemačkoj
    .opt-c = Program stipendija koji diplomce sa Zapadnog Balkana obavezuje da se nakon studija vrate kući
    .opt-d = Regularan kanal koji državljanima Zapadnog Balkana daje pristup poslovima u Njemačkoj uz ponudu za posao i saglasnost službe za zapošljavanje
    .feedback = Ovaj propis (član 26(2) njemačke Uredbe o zapošljavanju, na snazi od 1. januara 2016. godine) otvorio je regularan kanal radne migracije za državljane Albanije, Bosne i Hercegovine, Kosova*, Crne Gore, Sjeverne Makedonije i Srbije, uz godišnju gornju granicu broja saglasnosti Savezne agencije za zapošljavanje, uvedenu 2021. godine (25 000, povećanu na 50 000 od juna 2024. godine). Kandidatima su potrebni konkretna ponuda za posao i saglasnost Savezne agencije za zapošljavanje; formalne kvalifikacije se ne zahtijevaju. Često se navodi kao primjer regularnog puta u smislu cilja 5 Globalnog dogovora o migracijama. *Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je sa Rezolucijom Savjeta bezbjednosti UN 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.
    .opt-a-feedback = Readmisija je uređena posebnim sporazumima EU o readmisiji; ovaj propis odnosi se na radne migracije.
    .opt-b-feedback = Ovaj propis ne daje pravo na nastanjenje; on otvara kanal za radne vize, za koji su potrebni ponuda za posao i saglasnost Savezne agencije za zapošljavanje.
    .opt-c-feedback = Propis se odnosi na zapošljavanje, a ne na studiranje, i ne sadrži obavezu povratka.

q-schengen-visa-free-work = Bezvizni režim za putovanja u šengenski prostor omogućava državljanima Srbije, Crne Gore, Sjeverne Makedonije, Bosne i Hercegovine i Albanije da se tamo zaposle bez radne dozvole.
    .feedback = Netačno. Prema Uredbi (EU) 2018/1806 (Prilog II), ovi državljani mogu ući u šengenski prostor bez vize radi kratkoročnog boravka do 90 dana u bilo kom periodu od 180 dana. Bezvizni status obuhvata samo kratkoročne boravke; zapošljavanje je uređeno propisima svake države članice i po pravilu zahtijeva dozvolu za rad i boravak. Liberalizacija viznog režima stupila je na snagu u decembru 2009. godine za Sjevernu Makedoniju, Crnu Goru i Srbiju, a u decembru 2010. godine za Albaniju i Bosnu i Hercegovinu.

q-readmission-agreements = Sporazumi EU o readmisiji sa Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom stupili su na snagu 1. januara 2008. godine. Šta takvi sporazumi prvenstveno uređuju?
    .opt-a = Godišnje kvote za sezonske radnike iz zemlje partnera
    .opt-b = Kratkoročna putovanja bez vize za državljane zemlje partnera
    .opt-c = Obaveze i postupke prihvata lica koja neregularno borave na teritoriji druge strane
    .opt-d = Uzajamno priznavanje stručnih kvalifikacija
    .feedback = Sporazumi EU o readmisiji utvrđuju obaveze i postupke za svaku stranu da ponovo prihvati sopstvene državljane, a pod određenim uslovima i državljane trećih zemalja i lica bez državljanstva, koji ne ispunjavaju ili više ne ispunjavaju uslove za ulazak ili boravak na teritoriji druge strane. Sporazumi sa ove četiri zemlje zaključeni su zajedno sa sporazumima o olakšanju izdavanja viza i predstavljali su korak ka liberalizaciji viznog režima.
    .opt-a-feedback = Sporazumi o readmisiji ne sadrže kvote za radne migracije; kanali radne migracije utvrđuju se nacionalnim propisima ili posebnim sporazumima.
    .opt-b-feedback = Putovanja bez vize uslijedila su kasnije, liberalizacijom viznog režima 2009. i 2010. godine, a sprovođenje readmisije bilo je jedan od uslova za nju.
    .opt-d-feedback = Priznavanje kvalifikacija nije obuhvaćeno sporazumima o readmisiji.
