course-title = Migracije i rod
course-description = Rodno odgovorno upravljanje migracijama: međunarodni standardi, progon na osnovu roda, sigurni i povjerljivi postupci, trgovina ljudima, žene radnice migrantice i podaci razvrstani po spolu.

quiz-migration-gender-final = Završni test
    .description = Dvadeset pitanja iz cijelog kursa, po četiri iz svake teme. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: principi

q-gender-and-sex = Na šta se, prema Smjernicama UNHCR-a o međunarodnoj zaštiti br. 1 (2002), odnosi pojam „rod“ (engl. gender)?
    .opt-a = Na biološke karakteristike s kojima se osoba rađa i koje je određuju kao žensko ili muško
    .opt-b = Na odnos između žena i muškaraca zasnovan na društveno ili kulturno izgrađenim identitetima, statusu, ulogama i odgovornostima
    .opt-c = Na spol koji su organi vlasti upisali u izvod iz matične knjige rođenih i lične dokumente osobe
    .opt-d = Na sposobnost osobe za emocionalnu i seksualnu privlačnost prema osobama određenog spola ili roda
    .feedback = Smjernice UNHCR-a br. 1 (paragraf 3) definišu rod kao odnos između žena i muškaraca zasnovan na društveno ili kulturno izgrađenim i definisanim identitetima, statusu, ulogama i odgovornostima koji se pripisuju jednom ili drugom spolu, dok je spol biološka odrednica. Rod stoga nije nepromjenjiv niti urođen: njegovo značenje oblikuju društvo i kultura i ono se mijenja s vremenom.
    .opt-a-feedback = Ovo opisuje spol, a ne rod. Smjernice spol tretiraju kao biološku odrednicu, a rod kao društvenu i kulturnu tvorevinu.
    .opt-d-feedback = Ovo opisuje seksualnu orijentaciju. UNHCR se zahtjevima zasnovanim na seksualnoj orijentaciji i rodnom identitetu bavi u Smjernicama br. 9 (2012).

q-gcm-victimhood = Rodno odgovoran vodeći princip Globalnog sporazuma o migracijama (2018) priznaje nezavisnost, djelovanje i vodstvo žena migrantica. Od kojeg pristupa se njime želi odmaknuti?
    .opt-a = Od pristupa ženama migranticama prvenstveno kao žrtvama
    .opt-b = Od pristupa ženama migranticama prvenstveno kao radnicama
    .opt-c = Od pristupa ženama migranticama prvenstveno kao članicama porodice
    .opt-d = Od pristupa ženama migranticama prvenstveno kao nositeljicama prava
    .feedback = Paragraf 15(g) Globalnog sporazuma o sigurnim, urednim i regularnim migracijama (A/RES/73/195) navodi da Sporazum uvodi rodnu perspektivu i promoviše rodnu ravnopravnost i osnaživanje svih žena i djevojčica, priznajući njihovu nezavisnost, djelovanje i vodstvo, kako bi se odmaknuo od posmatranja žena migrantica prvenstveno kroz prizmu žrtve.
    .opt-d-feedback = Sporazum se ne odmiče od ljudskih prava: „ljudska prava“ su i sama jedan od njegovih vodećih principa (paragraf 15(f)), a rodno odgovoran princip zahtijeva da se ljudska prava žena, muškaraca, djevojčica i dječaka poštuju u svim fazama migracije.

q-equal-not-identical = Rodno odgovorno upravljanje migracijama znači primjenu potpuno istih pravila i usluga na žene i muškarce, bez obzira na njihove različite situacije i potrebe.
    .feedback = Netačno. Rodno odgovorno upravljanje teži suštinskoj ravnopravnosti: ono utvrđuje i rješava specifične potrebe žena, muškaraca, djevojčica i dječaka u svim fazama migracije (Globalni sporazum o migracijama, paragraf 15(g)). CEDAW zabranjuje svako razlikovanje, isključivanje ili ograničavanje na osnovu spola koje za posljedicu ili cilj ima ugrožavanje prava žena (član 1.), tako da i formalno ista pravila mogu biti diskriminatorna. Član 4(1) potvrđuje da privremene posebne mjere za ubrzavanje stvarne ravnopravnosti nisu diskriminacija.

q-gcm-guiding-principles = Koji su od navedenih vodeći principi navedeni u paragrafu 15 Globalnog sporazuma o migracijama (2018)? Označite sve tačne odgovore.
    .opt-a = Rodna odgovornost
    .opt-b = Pravno obavezujuće kvote za prijem
    .opt-c = Osjetljivost na potrebe djece
    .opt-d = Prednost sigurnosti nad ljudskim pravima
    .opt-e = Nacionalni suverenitet
    .opt-f = Privremeni boravak kao pravilo za sve migrante
    .feedback = Paragraf 15 navodi deset međusobno povezanih i zavisnih vodećih principa: usmjerenost na ljude, međunarodna saradnja, nacionalni suverenitet, vladavina prava i pravičan postupak, održivi razvoj, ljudska prava, rodna odgovornost, osjetljivost na potrebe djece, pristup koji uključuje cijelu vladu i pristup koji uključuje cijelo društvo.
    .opt-b-feedback = Sporazum je pravno neobavezujući okvir saradnje (paragraf 7). On ne utvrđuje kvote.
    .opt-d-feedback = Ljudska prava su jedan od vodećih principa (paragraf 15(f)); Sporazum ne stavlja sigurnost iznad njih.

q-intersecting-discrimination = Žena tražilac azila diskriminisana je zato što je žena, zbog svog etničkog porijekla i zato što je osoba s invaliditetom. Šta Opća preporuka CEDAW br. 32 (2014) zahtijeva od država potpisnica u pogledu takve diskriminacije?
    .opt-a = Da utvrde jedan, najozbiljniji osnov diskriminacije i postupaju samo u odnosu na taj osnov
    .opt-b = Da predmet rješavaju samo prema propisima o invaliditetu, jer je invaliditet najspecifičniji osnov
    .opt-c = Da zakonski priznaju i zabrane međusobno ukrštene oblike diskriminacije i njihov višestruki negativni uticaj
    .opt-d = Da Konvenciju primijene samo ako žena dokaže da je spol bio glavni osnov diskriminacije
    .feedback = Paragraf 6 Opće preporuke br. 32 ističe da je diskriminacija na osnovu spola ili roda često povezana s drugim faktorima i pojačana njima, kao što su rasa, etnička pripadnost, vjera, zdravlje, dob, klasa ili to što je žena lezbejka, biseksualna ili transrodna osoba. Države potpisnice moraju zakonski priznati takve ukrštene oblike diskriminacije i njihov višestruki negativni uticaj na žene o kojima je riječ te ih zabraniti.
    .opt-a-feedback = Svođenje predmeta na jedan osnov prikriva zajedničko dejstvo različitih osnova. Opća preporuka br. 32 zahtijeva da države priznaju ukrštenu diskriminaciju kao takvu.
    .opt-d-feedback = CEDAW obuhvata žene koje se istovremeno suočavaju s diskriminacijom po više osnova; ne zahtijeva se da spol bude dominantan osnov.

q-eu-statistics-sex = Koji akt EU obavezuje države članice da Eurostatu dostavljaju statističke podatke o migracijama i međunarodnoj zaštiti razvrstane po dobi i spolu?
    .opt-a = Uredba (EZ) br. 862/2007
    .opt-b = Direktiva 2011/36/EU
    .opt-c = Uredba (EU) br. 604/2013
    .opt-d = Direktiva 2001/55/EZ
    .feedback = Uredba (EZ) br. 862/2007 o statistici Zajednice o migracijama i međunarodnoj zaštiti, izmijenjena Uredbom (EU) 2020/851, zahtijeva da se, između ostalog, statistički podaci o migracionim tokovima i zahtjevima za međunarodnu zaštitu razvrstavaju po dobi i spolu. Podaci razvrstani po spolu osnova su rodno odgovorne migracione politike.
    .opt-b-feedback = Direktiva 2011/36/EU je Direktiva EU o sprečavanju i suzbijanju trgovine ljudima. To nije opći akt o statistici migracija i azila.
    .opt-c-feedback = Uredba (EU) br. 604/2013 (Dublin III) utvrđuje kriterije za određivanje države članice odgovorne za razmatranje zahtjeva za azil.
    .opt-d-feedback = Direktiva 2001/55/EZ je Direktiva o privremenoj zaštiti u situacijama masovnog priliva.

q-sdg-disaggregation = Podcilj 17.18 ciljeva održivog razvoja poziva na podatke razvrstane prema nizu karakteristika. Koje se od navedenih nalaze na tom spisku? Označite sve tačne odgovore.
    .opt-a = Rod
    .opt-b = Migracioni status
    .opt-c = Vjera
    .opt-d = Dob
    .opt-e = Političko mišljenje
    .feedback = Podcilj 17.18 Agende 2030 (A/RES/70/1) ima za cilj povećati dostupnost kvalitetnih, pravovremenih i pouzdanih podataka razvrstanih po prihodima, rodu, dobi, rasi, etničkoj pripadnosti, migracionom statusu, invaliditetu, geografskoj lokaciji i drugim karakteristikama relevantnim u nacionalnom kontekstu. Vjera i političko mišljenje nisu na tom spisku.

q-women-share-migrants = Prema podacima UN DESA-e (International Migrant Stock 2020), koliki su procenat svih međunarodnih migranata u svijetu 2020. godine činile žene i djevojčice? Navedite cijeli broj.
    .feedback = UN DESA je procijenila da je 2020. godine bilo 281 milion međunarodnih migranata i da su žene i djevojčice činile oko 48 posto njih, nešto manje od polovine. Prihvataju se odgovori od 46 do 50. Ovaj podatak pokazuje da migracione politike koje polaze od pretpostavke da je tipičan migrant muškarac ne obuhvataju oko polovine svih migranata.

q-gender-mainstreaming = Dopunite definiciju uvođenja rodne perspektive koju je 1997. godine usvojilo Ekonomsko i socijalno vijeće UN-a (ECOSOC).
    .text = Uvođenje rodne perspektive je proces procjene posljedica svake planirane aktivnosti, uključujući zakonodavstvo, politike ili programe, u svim oblastima i na svim nivoima, za { $g1 }. Njegov krajnji cilj je postizanje { $g2 }.
    .opt-g1a = žene i muškarce
    .opt-g1b = samo žene
    .opt-g1c = državni budžet
    .opt-g2a = jednakog broja zaposlenih žena i muškaraca
    .opt-g2b = rodne ravnopravnosti
    .opt-g2c = manjeg broja neregularnih migranata
    .feedback = Dogovoreni zaključci ECOSOC-a 1997/2 definišu uvođenje rodne perspektive kao proces procjene posljedica svake planirane aktivnosti za žene i muškarce, u svim oblastima i na svim nivoima, kako bi žene i muškarci imali jednaku korist i kako se nejednakost ne bi održavala. Krajnji cilj je rodna ravnopravnost. Uvođenje rodne perspektive stoga nije ograničeno na projekte za žene, a uravnotežen sastav osoblja samo je jedno od mogućih sredstava.

q-istanbul-definitions = Povežite svaki pojam s njegovom definicijom iz člana 3. Istanbulske konvencije (2011).
    .left-domestic = Nasilje u porodici
    .left-gender = Rod
    .left-gbv = Rodno zasnovano nasilje nad ženama
    .left-women = Žene
    .right-family = Fizičko, seksualno, psihičko ili ekonomsko nasilje u porodici ili domaćinstvu, ili između bivših ili sadašnjih supružnika ili partnera
    .right-roles = Društveno izgrađene uloge, ponašanja, aktivnosti i osobine koje određeno društvo smatra primjerenim za žene i muškarce
    .right-because-woman = Nasilje usmjereno protiv žene zato što je žena ili koje nesrazmjerno pogađa žene
    .right-girls = Pojam koji obuhvata i djevojčice mlađe od 18 godina
    .right-public = Nasilje koje se čini samo na javnim mjestima i koje čine samo nepoznate osobe
    .feedback = Član 3. Istanbulske konvencije definiše nasilje u porodici u tački (b), bez obzira na to da li počinilac dijeli ili je dijelio isto prebivalište sa žrtvom; rod u tački (c); rodno zasnovano nasilje nad ženama u tački (d); a u tački (f) navodi da pojam „žene“ obuhvata i djevojčice mlađe od 18 godina. Nasilje nad ženama obuhvata djela u javnom i privatnom životu (tačka (a)), pa je posljednja definicija pogrešna.

## Kategorija: instrumenti

q-instruments-chronology = Poredajte ove instrumente prema redoslijedu njihovog usvajanja, počevši od najranijeg.
    .item-refugee-convention = Konvencija o statusu izbjeglica
    .item-cedaw = Konvencija o eliminaciji svih oblika diskriminacije žena (CEDAW)
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .item-trafficking-protocol = Protokol za sprečavanje, suzbijanje i kažnjavanje trgovine ljudima, naročito ženama i djecom
    .item-gcm = Globalni sporazum o sigurnim, urednim i regularnim migracijama
    .feedback = Konvencija o statusu izbjeglica usvojena je 28. jula 1951. godine; CEDAW 18. decembra 1979. godine (rezolucija Generalne skupštine 34/180); Konvencija o radnicima migrantima 18. decembra 1990. godine (rezolucija 45/158); Protokol o trgovini ljudima, kojim se dopunjava Konvencija UN-a protiv transnacionalnog organizovanog kriminala, 15. novembra 2000. godine (rezolucija 55/25); a Globalni sporazum o migracijama u Marakešu 10. decembra 2018. godine, nakon čega ga je Generalna skupština potvrdila rezolucijom 73/195 od 19. decembra 2018. godine.

q-gender-guidance-chronology = Poredajte ove tekstove o rodu, migracijama i azilu hronološki, počevši od najranijeg.
    .item-unhcr-gl1 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 1 o progonu na osnovu roda
    .item-cedaw-gr26 = Opća preporuka CEDAW br. 26 o ženama radnicama migranticama
    .item-istanbul = Istanbulska konvencija Vijeća Evrope o nasilju nad ženama (otvaranje za potpisivanje)
    .item-cedaw-gr32 = Opća preporuka CEDAW br. 32
    .item-cjeu-ws = Presuda Suda pravde Evropske unije u predmetu WS (C-621/21)
    .feedback = Smjernice UNHCR-a br. 1: 7. maja 2002. godine. Opća preporuka CEDAW br. 26: 5. decembra 2008. godine. Istanbulska konvencija: otvorena za potpisivanje 11. maja 2011. godine (na snazi od 1. augusta 2014. godine). Opća preporuka CEDAW br. 32: 5. novembra 2014. godine. Presuda Suda pravde EU u predmetu WS: 16. januara 2024. godine.

q-istanbul-residence = Boravišna dozvola žene migrantice zavisi od statusa njenog muža. On je nasilan i ona napušta brak. Šta strane, prema članu 59(1) Istanbulske konvencije, moraju osigurati za nju u posebno teškim okolnostima?
    .opt-a = Samostalnu boravišnu dozvolu, ali samo ako je brak trajao najmanje tri godine
    .opt-b = Automatsko sticanje državljanstva zemlje prijema, bez ikakvog zahtjeva
    .opt-c = Potpomognuti povratak u zemlju porijekla zajedno s djecom
    .opt-d = Samostalnu boravišnu dozvolu, na zahtjev, bez obzira na to koliko je brak trajao
    .feedback = Član 59(1) zahtijeva od strana da osiguraju da žrtvama čiji boravišni status zavisi od statusa supružnika ili partnera, u slučaju razvoda braka ili prestanka veze, u posebno teškim okolnostima i na zahtjev, bude izdata samostalna boravišna dozvola, bez obzira na trajanje braka ili veze. Prema članu 59(2), žrtve mogu postići obustavu postupka protjerivanja kako bi mogle podnijeti zahtjev za takvu dozvolu. Opća preporuka CEDAW br. 26 (paragraf 26(f)) također poziva na nezavisan boravišni status za žene koje bježe od nasilnog supružnika ili poslodavca.
    .opt-a-feedback = Član 59(1) glasi „bez obzira na trajanje braka ili veze“. Pravilo o minimalnom trajanju ne smije onemogućiti pristup samostalnoj dozvoli.
    .opt-b-feedback = Konvencija zahtijeva boravišnu dozvolu, a ne državljanstvo. Uslove i trajanje dozvole utvrđuje nacionalno pravo.
    .opt-c-feedback = Svrha člana 59. je da žrtvi omogući da napusti nasilnu vezu a da ne izgubi pravo na boravak, a ne da je vrati.

q-istanbul-asylum = Šta član 60. Istanbulske konvencije zahtijeva da strane osiguraju u pogledu rodno zasnovanog nasilja nad ženama u postupcima azila?
    .opt-a = Da se ono može priznati kao oblik progona prema Konvenciji o statusu izbjeglica iz 1951. godine i kao ozbiljna šteta za supsidijarnu zaštitu
    .opt-b = Da se ono tretira kao novi, šesti osnov progona, dodat osnovama navedenim u Konvenciji o statusu izbjeglica iz 1951. godine
    .opt-c = Da ono može dovesti samo do humanitarne boravišne dozvole, a nikada do statusa izbjeglice ili supsidijarne zaštite
    .opt-d = Da ga razmatraju samo krivični sudovi i da se izostavi iz razmatranja zahtjeva za azil
    .feedback = Član 60(1) zahtijeva od strana da osiguraju da se rodno zasnovano nasilje nad ženama može priznati kao oblik progona u smislu definicije izbjeglice iz Konvencije iz 1951. godine i kao oblik ozbiljne štete koji daje osnov za komplementarnu ili supsidijarnu zaštitu. Član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od osnova iz Konvencije, a član 60(3) rodno osjetljive postupke prijema, službe podrške, rodne smjernice i rodno osjetljive postupke azila.
    .opt-b-feedback = Konvencija ne dodaje novi osnov. Umjesto toga, član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od postojećih osnova.
    .opt-c-feedback = Član 60(1) izričito otvara žrtvama rodno zasnovanog nasilja pristup i statusu izbjeglice i supsidijarnoj zaštiti.

q-istanbul-non-refoulement = Prema članu 61(2) Istanbulske konvencije, zaštita od vraćanja u zemlju u kojoj bi život žrtve bio ugrožen primjenjuje se samo na žene koje imaju regularan boravišni status.
    .feedback = Netačno. Član 61(2) štiti žrtve nasilja nad ženama kojima je potrebna zaštita „bez obzira na njihov status ili boravište“: ni pod kojim okolnostima ne smiju biti vraćene u zemlju u kojoj bi njihov život bio ugrožen ili u kojoj bi mogle biti podvrgnute torturi ili nečovječnom ili ponižavajućem postupanju ili kažnjavanju. Član 61(1) zahtijeva od strana da poštuju princip non-refoulement u skladu sa svojim postojećim obavezama prema međunarodnom pravu.

q-grevio = Koje nezavisno stručno tijelo prati kako strane provode Istanbulsku konvenciju? Navedite njegovu skraćenicu.
    .feedback = GREVIO, Grupa eksperata za borbu protiv nasilja nad ženama i nasilja u porodici, osnovana je članom 66. Istanbulske konvencije. Njeni izvještaji o evaluaciji obuhvataju i Poglavlje VII Konvencije o migracijama i azilu (članovi 59. do 61.).

q-cedaw-nationality = Koji član CEDAW-a daje ženama jednaka prava kao muškarcima da stiču, mijenjaju ili zadrže svoje državljanstvo te jednaka prava u pogledu državljanstva njihove djece?
    .opt-a = Član 6.
    .opt-b = Član 9.
    .opt-c = Član 11.
    .opt-d = Član 15.
    .feedback = Član 9(1) CEDAW-a daje ženama jednaka prava kao muškarcima da stiču, mijenjaju ili zadrže svoje državljanstvo, a član 9(2) daje ženama jednaka prava kao muškarcima u pogledu državljanstva njihove djece. Opća preporuka br. 32 (2014) upozorava da zakoni o državljanstvu koji ženama onemogućavaju da prenesu državljanstvo na djecu ili supružnike mogu dovesti do apatridije i poziva države da povuku rezerve na član 9.
    .opt-a-feedback = Član 6. obavezuje države da suzbijaju sve oblike trgovine ženama i iskorištavanja prostitucije žena.
    .opt-c-feedback = Član 11. odnosi se na diskriminaciju žena u oblasti zapošljavanja.
    .opt-d-feedback = Član 15. odnosi se na jednakost pred zakonom; njegov stav 4 obuhvata slobodu kretanja i izbora boravišta i prebivališta, a ne državljanstvo.

q-gr26-categories = Opća preporuka CEDAW br. 26 (2008) obuhvata žene radnice migrantice koje migriraju samostalno i one koje se pridružuju muževima ili drugim članovima porodice koji su također radnici. Koju treću kategoriju obuhvata?
    .opt-a = Žene koje putuju u inostranstvo samo kao turistkinje
    .opt-b = Žene diplomate i konzularno osoblje
    .opt-c = Žene radnice migrantice bez dokumenata
    .opt-d = Interno raseljene žene u vlastitoj zemlji
    .feedback = Opća preporuka br. 26 odnosi se na žene radnice migrantice koje mogu biti izložene zlostavljanju i diskriminaciji: one koje migriraju samostalno, one koje se pridružuju muževima ili drugim članovima porodice koji su također radnici i žene radnice migrantice bez dokumenata, koje mogu pripadati bilo kojoj od prve dvije grupe. Ističe da CEDAW štiti sve žene, uključujući migrantice, od diskriminacije na osnovu spola i roda.
    .opt-d-feedback = Interno raseljene žene nisu prešle međunarodnu granicu. Opća preporuka br. 26 odnosi se na žene koje migriraju u drugu zemlju radi rada.

q-instrument-topics = Povežite svaki instrument s njegovim glavnim predmetom.
    .left-gr32 = Opća preporuka CEDAW br. 32 (2014)
    .left-gr35 = Opća preporuka CEDAW br. 35 (2017)
    .left-gl9 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 9 (2012)
    .left-c189 = Konvencija ILO-a br. 189 (2011)
    .right-asylum-nationality = Izbjeglički status, azil, državljanstvo i apatridija žena
    .right-violence = Rodno zasnovano nasilje nad ženama, kao dopuna Opće preporuke br. 19
    .right-sogi = Zahtjevi za status izbjeglice zasnovani na seksualnoj orijentaciji i/ili rodnom identitetu
    .right-domestic-work = Dostojanstven rad za radnike u domaćinstvu
    .right-children = Zahtjevi za azil koje podnose djeca
    .feedback = Opća preporuka br. 32 (CEDAW/C/GC/32) obuhvata rodne dimenzije izbjegličkog statusa, azila, državljanstva i apatridije žena. Opća preporuka br. 35 (CEDAW/C/GC/35) o rodno zasnovanom nasilju nad ženama ažurira Opću preporuku br. 19 (1992). Smjernice UNHCR-a br. 9 (HCR/GIP/12/09) bave se zahtjevima zasnovanim na seksualnoj orijentaciji i/ili rodnom identitetu. Konvencija ILO-a br. 189 je Konvencija o radnicima u domaćinstvu. Zahtjevi djece za azil predmet su Smjernica UNHCR-a br. 8 (2009).
