course-title = Migracije i rod
course-description = Rodno odgovorno upravljanje migracijama: međunarodni standardi, progon na osnovu roda, sigurni i povjerljivi postupci, trgovina ljudima, žene radnice migrantice i podaci razvrstani po spolu.

quiz-migration-gender-final = Završni test
    .description = Dvadeset pitanja iz cijelog kursa, po četiri iz svake teme. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: principi

q-gender-and-sex = Na šta se, prema Smjernicama UNHCR-a o međunarodnoj zaštiti br. 1 (2002), odnosi pojam „rod“ (engl. gender)?
    .opt-a = Na odnos između žena i muškaraca zasnovan na društveno ili kulturno izgrađenim identitetima, statusu, ulogama i odgovornostima
    .opt-b = Na biološke karakteristike s kojima se osoba rađa i koje je određuju kao žensko ili muško
    .opt-c = Na spol koji su organi vlasti upisali u izvod iz matične knjige rođenih i lične dokumente osobe
    .opt-d = Na sposobnost osobe za emocionalnu i seksualnu privlačnost prema osobama određenog spola ili roda
    .feedback = Smjernice UNHCR-a br. 1 (paragraf 3) definišu rod kao odnos između žena i muškaraca zasnovan na društveno ili kulturno izgrađenim i definisanim identitetima, statusu, ulogama i odgovornostima koji se pripisuju jednom ili drugom spolu, dok je spol biološka odrednica. Rod stoga nije nepromjenjiv niti urođen: njegovo značenje oblikuju društvo i kultura i ono se mijenja s vremenom.
    .opt-b-feedback = Ovo opisuje spol, a ne rod. Smjernice spol tretiraju kao biološku odrednicu, a rod kao društvenu i kulturnu tvorevinu.
    .opt-d-feedback = Ovo opisuje seksualnu orijentaciju. UNHCR se zahtjevima zasnovanim na seksualnoj orijentaciji i rodnom identitetu bavi u Smjernicama br. 9 (2012).

q-gcm-victimhood = Jedan od vodećih principa Globalnog sporazuma o migracijama (2018) priznaje nezavisnost, djelovanje i vodstvo žena migrantica. Od kojeg pristupa se njime želi odmaknuti?
    .opt-a = Od pristupa ženama migranticama prvenstveno kao radnicama
    .opt-b = Od pristupa ženama migranticama prvenstveno kao članicama porodice
    .opt-c = Od pristupa ženama migranticama prvenstveno kao žrtvama
    .opt-d = Od pristupa ženama migranticama prvenstveno kao nositeljicama prava
    .feedback = Paragraf 15(g) Globalnog sporazuma o sigurnim, urednim i regularnim migracijama (A/RES/73/195) navodi da Sporazum uvodi rodnu perspektivu i promoviše rodnu ravnopravnost i osnaživanje svih žena i djevojčica, priznajući njihovu nezavisnost, djelovanje i vodstvo, kako bi se odmaknuo od posmatranja žena migrantica prvenstveno kroz prizmu žrtve.
    .opt-d-feedback = Sporazum se ne odmiče od ljudskih prava: „ljudska prava“ su i sama jedan od njegovih vodećih principa (paragraf 15(f)), a rodno odgovoran princip zahtijeva da se ljudska prava žena, muškaraca, djevojčica i dječaka poštuju u svim fazama migracije.

q-equal-not-identical = Rodno odgovorno upravljanje migracijama znači primjenu potpuno istih pravila i usluga na žene i muškarce, bez obzira na njihove različite situacije i potrebe.
    .feedback = Netačno. Rodno odgovorno upravljanje teži suštinskoj ravnopravnosti: ono utvrđuje i rješava specifične potrebe žena, muškaraca, djevojčica i dječaka u svim fazama migracije (Globalni sporazum o migracijama, paragraf 15(g)). CEDAW definiše diskriminaciju žena kao svako razlikovanje, isključivanje ili ograničavanje na osnovu spola koje za posljedicu ili cilj ima ugrožavanje prava žena (član 1.), a države ugovornice dužne su je otkloniti (član 2.), tako da i formalno ista pravila mogu biti diskriminatorna. Član 4(1) potvrđuje da privremene posebne mjere za ubrzavanje stvarne ravnopravnosti nisu diskriminacija.

q-gcm-guiding-principles = Koji su od navedenih vodeći principi navedeni u paragrafu 15 Globalnog sporazuma o migracijama (2018)? Označite sve tačne odgovore.
    .opt-a = Rodna odgovornost
    .opt-b = Osjetljivost na potrebe djece
    .opt-c = Pravno obavezujuće kvote za prijem
    .opt-d = Prednost sigurnosti nad ljudskim pravima
    .opt-e = Privremeni boravak kao pravilo za sve migrante
    .opt-f = Nacionalni suverenitet
    .feedback = Paragraf 15 navodi deset međusobno povezanih i zavisnih vodećih principa: usmjerenost na ljude, međunarodna saradnja, nacionalni suverenitet, vladavina prava i pravičan postupak, održivi razvoj, ljudska prava, rodna odgovornost, osjetljivost na potrebe djece, pristup koji uključuje cijelu vladu i pristup koji uključuje cijelo društvo.
    .opt-c-feedback = Sporazum je pravno neobavezujući okvir saradnje (paragraf 7). On ne utvrđuje kvote.
    .opt-d-feedback = Ljudska prava su jedan od vodećih principa (paragraf 15(f)); Sporazum ne stavlja sigurnost iznad njih.

q-intersecting-discrimination = Žena tražilac azila diskriminisana je zato što je žena, zbog svog etničkog porijekla i zato što je osoba s invaliditetom. Šta Opća preporuka CEDAW br. 32 (2014) zahtijeva od država ugovornica u pogledu takve diskriminacije?
    .opt-a = Da utvrde jedan, najozbiljniji osnov diskriminacije i postupaju samo u odnosu na taj osnov
    .opt-b = Da predmet rješavaju samo prema propisima o invaliditetu, jer je invaliditet najspecifičniji osnov
    .opt-c = Da Konvenciju primijene samo ako žena dokaže da je spol bio glavni osnov diskriminacije
    .opt-d = Da zakonski priznaju i zabrane međusobno ukrštene oblike diskriminacije i njihov višestruki negativni uticaj
    .feedback = Paragraf 6 Opće preporuke br. 32 ističe da je diskriminacija na osnovu spola ili roda često povezana s drugim faktorima i pojačana njima, kao što su rasa, etnička pripadnost, vjera, zdravlje, dob, klasa ili to što je žena lezbejka, biseksualna ili transrodna osoba. Države ugovornice moraju zakonski priznati takve ukrštene oblike diskriminacije i njihov višestruki negativni uticaj na žene o kojima je riječ te ih zabraniti.
    .opt-a-feedback = Svođenje predmeta na jedan osnov prikriva zajedničko dejstvo različitih osnova. Opća preporuka br. 32 zahtijeva da države priznaju ukrštenu diskriminaciju kao takvu.
    .opt-c-feedback = CEDAW obuhvata žene koje se istovremeno suočavaju s diskriminacijom po više osnova; ne zahtijeva se da spol bude dominantan osnov.

q-eu-statistics-sex = Koji akt EU obavezuje države članice da Eurostatu dostavljaju statističke podatke o migracijama i međunarodnoj zaštiti razvrstane po dobi i spolu?
    .opt-a = Direktiva 2011/36/EU
    .opt-b = Uredba (EZ) br. 862/2007
    .opt-c = Uredba (EU) br. 604/2013
    .opt-d = Direktiva 2001/55/EZ
    .feedback = Uredba (EZ) br. 862/2007 o statistici Zajednice o migracijama i međunarodnoj zaštiti, izmijenjena Uredbom (EU) 2020/851, zahtijeva da se, između ostalog, statistički podaci o migracionim tokovima i zahtjevima za međunarodnu zaštitu razvrstavaju po dobi i spolu. Podaci razvrstani po spolu osnova su rodno odgovorne migracione politike.
    .opt-a-feedback = Direktiva 2011/36/EU je Direktiva EU o sprečavanju i suzbijanju trgovine ljudima. To nije opći akt o statistici migracija i azila.
    .opt-c-feedback = Uredba (EU) br. 604/2013 (Dublin III) utvrđivala je kriterije za određivanje države članice odgovorne za razmatranje zahtjeva za azil; od 1. jula 2026. godine zamijenjena je Uredbom (EU) 2024/1351 o upravljanju azilom i migracijama, ali se i dalje primjenjuje na zahtjeve registrovane prije tog datuma.
    .opt-d-feedback = Direktiva 2001/55/EZ je Direktiva o privremenoj zaštiti u situacijama masovnog priliva.

q-sdg-disaggregation = Podcilj 17.18 ciljeva održivog razvoja poziva na podatke razvrstane prema nizu karakteristika. Koje se od navedenih nalaze na tom spisku? Označite sve tačne odgovore.
    .opt-a = Vjera
    .opt-b = Rod
    .opt-c = Političko mišljenje
    .opt-d = Migracioni status
    .opt-e = Dob
    .feedback = Podcilj 17.18 Agende 2030 (A/RES/70/1) pozivao je na jačanje podrške izgradnji kapaciteta, do 2020. godine, kako bi se znatno povećala dostupnost kvalitetnih, pravovremenih i pouzdanih podataka razvrstanih po prihodima, rodu, dobi, rasi, etničkoj pripadnosti, migracionom statusu, invaliditetu, geografskoj lokaciji i drugim karakteristikama relevantnim u nacionalnom kontekstu. Vjera i političko mišljenje nisu na tom spisku.

q-women-share-migrants = Prema podacima UN DESA-e (International Migrant Stock 2020), koliki su procenat svih međunarodnih migranata u svijetu 2020. godine činile žene i djevojčice? Navedite cijeli broj.
    .feedback = UN DESA je procijenila da je 2020. godine bilo 281 milion međunarodnih migranata i da su žene i djevojčice činile oko 48 posto njih, nešto manje od polovine. Prihvataju se odgovori od 47 do 49. Ovaj podatak pokazuje da migracione politike koje polaze od pretpostavke da je tipičan migrant muškarac ne obuhvataju oko polovine svih migranata. Prema podacima UN DESA-e (International Migrant Stock 2024), sredinom 2024. godine bilo je oko 304 miliona međunarodnih migranata.

q-gender-mainstreaming = Dopunite definiciju uvođenja rodne perspektive koju je 1997. godine usvojilo Ekonomsko i socijalno vijeće UN-a (ECOSOC).
    .text = Uvođenje rodne perspektive je proces procjene posljedica svake planirane aktivnosti, uključujući zakonodavstvo, politike ili programe, u svim oblastima i na svim nivoima, za { $g1 }. Njegov krajnji cilj je postizanje { $g2 }.
    .opt-g1a = samo žene
    .opt-g1b = žene i muškarce
    .opt-g1c = državni budžet
    .opt-g2a = jednakog broja zaposlenih žena i muškaraca
    .opt-g2b = manjeg broja neregularnih migranata
    .opt-g2c = rodne ravnopravnosti
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
    .opt-b = Samostalnu boravišnu dozvolu, na zahtjev, bez obzira na to koliko je brak trajao
    .opt-c = Automatsko sticanje državljanstva zemlje prijema, bez ikakvog zahtjeva
    .opt-d = Potpomognuti povratak u zemlju porijekla zajedno s djecom
    .feedback = Član 59(1) zahtijeva od strana da osiguraju da žrtvama čiji boravišni status zavisi od statusa supružnika ili partnera, u slučaju razvoda braka ili prestanka veze, u posebno teškim okolnostima i na zahtjev, bude izdata samostalna boravišna dozvola, bez obzira na trajanje braka ili veze. Prema članu 59(2), žrtve mogu postići obustavu postupka protjerivanja kako bi mogle podnijeti zahtjev za takvu dozvolu. Opća preporuka CEDAW br. 26 (paragraf 26(f)) također poziva na nezavisan boravišni status za žene koje bježe od nasilnog supružnika ili poslodavca. Član 78(2) dopušta stranama da zadrže pravo da ne primjenjuju član 59. ili da ga primjenjuju samo u određenim slučajevima ili pod određenim uslovima, pa provjerite da li je vaša država stavila takvu rezervu.
    .opt-a-feedback = Član 59(1) glasi „bez obzira na trajanje braka ili veze“. Pravilo o minimalnom trajanju ne smije onemogućiti pristup samostalnoj dozvoli.
    .opt-c-feedback = Konvencija zahtijeva boravišnu dozvolu, a ne državljanstvo. Uslove i trajanje dozvole utvrđuje nacionalno pravo.
    .opt-d-feedback = Svrha člana 59. je da žrtvi omogući da napusti nasilnu vezu a da ne izgubi pravo na boravak, a ne da je vrati.

q-istanbul-asylum = Šta član 60. Istanbulske konvencije zahtijeva da strane osiguraju u pogledu rodno zasnovanog nasilja nad ženama u postupcima azila?
    .opt-a = Da se ono tretira kao novi, šesti osnov progona, dodat osnovama navedenim u Konvenciji o statusu izbjeglica iz 1951. godine
    .opt-b = Da ono može dovesti samo do humanitarne boravišne dozvole, a nikada do statusa izbjeglice ili supsidijarne zaštite
    .opt-c = Da ga razmatraju samo krivični sudovi i da se izostavi iz razmatranja zahtjeva za azil
    .opt-d = Da se ono može priznati kao oblik progona prema Konvenciji o statusu izbjeglica iz 1951. godine i kao ozbiljna šteta za supsidijarnu zaštitu
    .feedback = Član 60(1) zahtijeva od strana da osiguraju da se rodno zasnovano nasilje nad ženama može priznati kao oblik progona u smislu definicije izbjeglice iz Konvencije iz 1951. godine i kao oblik ozbiljne štete koji daje osnov za komplementarnu ili supsidijarnu zaštitu. Član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od osnova iz Konvencije, a član 60(3) rodno osjetljive postupke prijema, službe podrške, rodne smjernice i rodno osjetljive postupke azila.
    .opt-a-feedback = Konvencija ne dodaje novi osnov. Umjesto toga, član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od postojećih osnova.
    .opt-b-feedback = Član 60(1) izričito otvara žrtvama rodno zasnovanog nasilja pristup i statusu izbjeglice i supsidijarnoj zaštiti.

q-istanbul-non-refoulement = Prema članu 61(2) Istanbulske konvencije, zaštita od vraćanja u zemlju u kojoj bi život žrtve bio ugrožen primjenjuje se samo na žene koje imaju regularan boravišni status.
    .feedback = Netačno. Član 61(2) štiti žrtve nasilja nad ženama kojima je potrebna zaštita „bez obzira na njihov status ili boravište“: ni pod kojim okolnostima ne smiju biti vraćene u zemlju u kojoj bi njihov život bio ugrožen ili u kojoj bi mogle biti podvrgnute torturi ili nečovječnom ili ponižavajućem postupanju ili kažnjavanju. Član 61(1) zahtijeva od strana da poštuju princip non-refoulement u skladu sa svojim postojećim obavezama prema međunarodnom pravu.

q-grevio = Koje nezavisno stručno tijelo prati kako strane provode Istanbulsku konvenciju? Navedite njegovu skraćenicu.
    .feedback = GREVIO, Grupa eksperata za borbu protiv nasilja nad ženama i nasilja u porodici, osnovana je članom 66. Istanbulske konvencije. Njeni izvještaji o evaluaciji obuhvataju i Poglavlje VII Konvencije o migracijama i azilu (članovi 59. do 61.).

q-cedaw-nationality = Koji član CEDAW-a daje ženama jednaka prava kao muškarcima da stiču, mijenjaju ili zadrže svoje državljanstvo te jednaka prava u pogledu državljanstva njihove djece?
    .opt-a = Član 6.
    .opt-b = Član 11.
    .opt-c = Član 9.
    .opt-d = Član 15.
    .feedback = Član 9(1) CEDAW-a daje ženama jednaka prava kao muškarcima da stiču, mijenjaju ili zadrže svoje državljanstvo, a član 9(2) daje ženama jednaka prava kao muškarcima u pogledu državljanstva njihove djece. Opća preporuka br. 32 (2014) upozorava da zakoni o državljanstvu koji ženama onemogućavaju da prenesu državljanstvo na djecu ili supružnike mogu dovesti do apatridije i poziva države da povuku rezerve na član 9.
    .opt-a-feedback = Član 6. obavezuje države da suzbijaju sve oblike trgovine ženama i iskorištavanja prostitucije žena.
    .opt-b-feedback = Član 11. odnosi se na diskriminaciju žena u oblasti zapošljavanja.
    .opt-d-feedback = Član 15. odnosi se na jednakost pred zakonom; njegov stav 4 obuhvata slobodu kretanja i izbora boravišta i prebivališta, a ne državljanstvo.

q-gr26-categories = Opća preporuka CEDAW br. 26 (2008) obuhvata žene radnice migrantice koje migriraju samostalno i one koje se pridružuju muževima ili drugim članovima porodice koji su također radnici. Koju treću kategoriju obuhvata?
    .opt-a = Žene radnice migrantice bez dokumenata
    .opt-b = Žene koje putuju u inostranstvo samo kao turistkinje
    .opt-c = Žene diplomate i konzularno osoblje
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

## Kategorija: zaštita

q-psg-definition = Koja je tvrdnja tačna prema Smjernicama UNHCR-a br. 2 (2002) o pripadnosti određenoj društvenoj grupi?
    .opt-a = Članovi grupe moraju se međusobno poznavati i djelovati zajedno kao povezana i organizovana grupa
    .opt-b = Članovi grupe dijele zajedničku karakteristiku osim rizika od progona ili ih društvo percipira kao grupu
    .opt-c = Grupa se može definisati samo progonom koji trpe njeni članovi, a ne nekom drugom karakteristikom
    .opt-d = Podnosilac zahtjeva mora dokazati da je svaki član grupe pojedinačno izložen riziku od progona
    .feedback = UNHCR definiše određenu društvenu grupu kao grupu osoba koje dijele zajedničku karakteristiku osim rizika od progona ili koje društvo percipira kao grupu. Ta karakteristika često je urođena, nepromjenjiva ili na drugi način temeljna za identitet, savjest ili ostvarivanje ljudskih prava. Spol je primjer takve karakteristike.
    .opt-a-feedback = Smjernice br. 2 potvrđuju da se ne zahtijeva povezanost grupe: članovi se ne moraju poznavati niti se međusobno družiti.
    .opt-c-feedback = Grupa se ne može definisati isključivo progonom koji trpe njeni članovi, iako progon može doprinijeti tome da grupa postane vidljiva u društvu.
    .opt-d-feedback = Nije potrebno da svaki član grupe bude izložen riziku. Podnosilac zahtjeva mora pokazati da je njegov ili njen vlastiti strah od progona osnovan.

q-women-group-size = Prema stavu UNHCR-a, žene u određenoj zemlji ne mogu činiti određenu društvenu grupu jer bi takva grupa bila prevelika.
    .feedback = Netačno. Smjernice UNHCR-a br. 1 i br. 2 (2002) navode da žene mogu činiti određenu društvenu grupu: spol je urođena i nepromjenjiva karakteristika, a prema ženama se često postupa drugačije nego prema muškarcima. Veličina grupe nije relevantan kriterij; i drugi osnovi iz Konvencije, kao što su vjera ili političko mišljenje, obuhvataju veoma velike grupe. Sud pravde EU došao je do saglasnog zaključka u predmetu WS (C-621/21, 2024): žene u cjelini mogu se smatrati određenom društvenom grupom.

q-cjeu-ws = Šta je Sud pravde EU odlučio u predmetu WS (C-621/21, 16. januar 2024) u vezi sa ženama i osnovom „pripadnost određenoj društvenoj grupi“?
    .opt-a = Žene mogu činiti određenu društvenu grupu samo ako dijele i dodatnu karakteristiku, npr. etničku pripadnost
    .opt-b = Rodno zasnovano nasilje može dovesti samo do supsidijarne zaštite, a nikada do statusa izbjeglice
    .opt-c = Istanbulska konvencija i CEDAW nisu relevantni za tumačenje prava EU o azilu
    .opt-d = Žene u cjelini mogu činiti određenu društvenu grupu ako su u zemlji porijekla izložene nasilju zbog svog roda
    .feedback = U predmetu WS Veliko vijeće je zaključilo da se, prema članu 10(1)(d) Direktive 2011/95/EU, za žene u cjelini može smatrati da pripadaju određenoj društvenoj grupi ako se utvrdi da su u zemlji porijekla zbog svog roda izložene fizičkom ili psihičkom nasilju, uključujući seksualno nasilje i nasilje u porodici. Sud je Direktivu tumačio u skladu s CEDAW-om i Istanbulskom konvencijom.
    .opt-a-feedback = Dodatna karakteristika nije potrebna, iako žene koje je dijele (na primjer, to što su pobjegle od prisilnog braka) također mogu činiti određenu društvenu grupu.
    .opt-b-feedback = Sud je prihvatio da takve žene mogu ispunjavati uslove za status izbjeglice. Supsidijarna zaštita razmatra se tek ako uslovi za status izbjeglice nisu ispunjeni.
    .opt-c-feedback = Sud je Direktivu tumačio u svjetlu CEDAW-a, koji su ratifikovale sve države članice EU, i Istanbulske konvencije, koja obavezuje EU.

q-non-state-actors = Žena se boji teškog nasilja od strane svog muža. Organi vlasti u njenoj zemlji ne štite žene u takvim slučajevima jer to smatraju privatnom porodičnom stvari. Koje su tvrdnje tačne prema Smjernicama UNHCR-a br. 1 (2002)? Označite sve tačne odgovore. Pogrešni odgovori umanjuju broj bodova.
    .opt-a = Nasilje u porodici je privatna stvar i ne spada pod definiciju izbjeglice
    .opt-b = Njen zahtjev može biti uspješan samo ako je njen muž državni službenik
    .opt-c = Progon može poticati od nedržavnog aktera ako država ne može ili ne želi pružiti zaštitu
    .opt-d = Veza s osnovom iz Konvencije može postojati ako je država ne štiti iz razloga iz Konvencije
    .feedback = Smjernice UNHCR-a br. 1 priznaju da progon mogu počiniti nedržavni akteri, npr. članovi porodice, ako država ne može ili ne želi pružiti djelotvornu zaštitu. Uzročna veza („iz razloga“) postoji ili kada joj nedržavni akter nanosi štetu iz razloga iz Konvencije ili kada je država ne štiti iz razloga iz Konvencije. Pravo EU slijedilo je isti pristup u članovima 6(c) i 9(3) Direktive 2011/95/EU, a Uredba (EU) 2024/1347, koja se primjenjuje od 1. jula 2026. godine, zadržava ga (članovi 6. i 9.).
    .opt-a-feedback = Nasilje u porodici može predstavljati progon kada državna zaštita nije dostupna. Nazivanje takvog nasilja „privatnim“ ne isključuje ga iz definicije izbjeglice.
    .opt-b-feedback = Progonitelj ne mora biti predstavnik države. Bitno je da li je dostupna djelotvorna zaštita države.

q-qd-gender = Dopunite dvije odredbe Direktive EU o kvalifikaciji 2011/95/EU (koja se primjenjivala do 30. juna 2026. godine, a od 1. jula 2026. godine zamijenjena je Uredbom (EU) 2024/1347).
    .text = Prema članu 9(2)(f), djela progona mogu imati oblik djela { $g1 } prirode ili djela specifičnih za djecu. Prema članu 10(1)(d), pri utvrđivanju pripadnosti određenoj društvenoj grupi dužna pažnja posvećuje se rodnim aspektima, uključujući { $g2 }.
    .opt-g1a = rodno specifične
    .opt-g1b = čisto ekonomske
    .opt-g1c = vojne
    .opt-g2a = rodni identitet
    .opt-g2b = bračni status
    .opt-g2c = nivo obrazovanja
    .feedback = Član 9(2)(f) Direktive 2011/95/EU među moguća djela progona ubraja djela rodno specifične prirode ili djela specifična za djecu. Član 10(1)(d) zahtijeva da se rodnim aspektima, uključujući rodni identitet, posveti dužna pažnja u svrhu utvrđivanja pripadnosti određenoj društvenoj grupi ili utvrđivanja karakteristike takve grupe. Uredba (EU) 2024/1347 preuzima ova pravila o djelima progona i razlozima progona u svojim članovima 9. i 10.

q-sogi-concealment = Muškarac homoseksualne orijentacije navodi da bi bio u opasnosti kada bi u zemlji porijekla otvoreno živio. Smije li organ nadležan za azil očekivati da progon izbjegne skrivanjem svoje seksualne orijentacije?
    .opt-a = Da, ako je svoju seksualnu orijentaciju skrivao prije napuštanja zemlje
    .opt-b = Da, ako se zakoni protiv istospolnih odnosa u praksi rijetko primjenjuju
    .opt-c = Ne, od podnosioca zahtjeva ne može se očekivati da skriva svoju seksualnu orijentaciju
    .opt-d = Da, ako nije javna ličnost niti aktivista za ljudska prava
    .feedback = Smjernice UNHCR-a br. 9 (2012) navode da država od podnosioca zahtjeva ne može očekivati niti zahtijevati da promijeni ili skriva svoj identitet kako bi izbjegao progon. Sud pravde EU složio se s tim u predmetu X, Y i Z (C-199/12 do C-201/12, 7. novembar 2013): organi vlasti ne mogu razumno očekivati da podnosilac zahtjeva u zemlji porijekla skriva svoju homoseksualnost ili da bude suzdržan u njenom izražavanju. Isto rezonovanje primjenjuje se na lezbejke te biseksualne, transrodne i interspolne podnosioce zahtjeva.
    .opt-a-feedback = Skrivanje u prošlosti može i samo biti reakcija na strah. Test je šta bi se desilo kada bi otvoreno živio, a ne da li je ranije uspijevao da se skriva.
    .opt-b-feedback = Učestalost primjene zakona relevantna je za procjenu rizika, ali nije razlog da se od podnosioca zahtjeva traži da skriva svoj identitet.

q-criminalisation-per-se = Prema stavu Suda pravde EU u predmetu X, Y i Z (2013), samo postojanje zakona kojim se homoseksualni odnosi propisuju kao krivično djelo uvijek predstavlja progon, bez obzira na to da li se zakon primjenjuje.
    .feedback = Netačno. Sud je zaključio da inkriminacija kao takva ne predstavlja djelo progona, ali da to jeste kazna zatvora za homoseksualne odnose koja se u zemlji porijekla stvarno izriče, jer je riječ o nesrazmjernoj ili diskriminatornoj kazni (član 9(2)(c) Direktive 2004/83/EZ). Smjernice UNHCR-a br. 9 (2012) dodaju da i zakoni koji se rijetko primjenjuju mogu, zavisno od okolnosti, stvoriti nepodnošljivu situaciju za podnosioca zahtjeva, pa svaki predmet zahtijeva pažljivu pojedinačnu procjenu.

q-sogi-credibility = U predmetu A, B i C (C-148/13 do C-150/13, 2. decembar 2014) Sud pravde EU postavio je granice načinu na koji organi mogu ocjenjivati vjerodostojnost navedene seksualne orijentacije. Koje je prakse isključio? Označite sve tačne odgovore.
    .opt-a = Detaljna pitanja o seksualnim praksama podnosioca zahtjeva
    .opt-b = Otvorena pitanja o tome kako je podnosilac zahtjeva postao svjestan svoje orijentacije
    .opt-c = Prihvatanje „testova“ ili snimaka seksualnih činova kao dokaza
    .opt-d = Uzimanje izjava podnosioca zahtjeva kao polazne tačke ocjene
    .opt-e = Ocjenu zasnovanu isključivo na stereotipnim predstavama o homoseksualcima
    .feedback = Sud je zaključio da pravo EU isključuje ocjenu zasnovanu isključivo na pitanjima utemeljenim na stereotipnim predstavama, detaljno ispitivanje o seksualnim praksama i dokaze kao što su izvođenje seksualnih činova, „testovi“ ili snimci, jer se time krše ljudsko dostojanstvo i pravo na privatni život. Izjave podnosioca zahtjeva polazna su tačka ocjene, a kasno otkrivanje samo po sebi ne dokazuje nedostatak vjerodostojnosti.
    .opt-b-feedback = Otvorena, obzirna pitanja o vlastitom iskustvu identiteta preporučuju Smjernice UNHCR-a br. 9; Sud ih nije isključio.
    .opt-d-feedback = Sud ovo nije isključio: naveo je da su izjave podnosioca zahtjeva samo polazna tačka ocjene i da ih možda treba potvrditi.

q-refugee-definition-article = Koja odredba Konvencije o statusu izbjeglica iz 1951. godine sadrži definiciju izbjeglice, uključujući pet osnova progona?
    .opt-a = Član 1.A stav 2.
    .opt-b = Član 1.F
    .opt-c = Član 31.
    .opt-d = Član 33. stav 1.
    .feedback = Član 1.A stav 2. definiše izbjeglicu kao osobu koja se, zbog osnovanog straha od progona zbog svoje rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj grupi ili političkog mišljenja, nalazi izvan zemlje svog državljanstva i koja ne može ili se, zbog tog straha, ne želi staviti pod zaštitu te zemlje. Spol i rod nisu navedeni, ali Smjernice UNHCR-a br. 1 (2002) potvrđuju da pravilno tumačena definicija obuhvata i zahtjeve povezane s rodom.
    .opt-b-feedback = Član 1.F je klauzula o isključenju: Konvencija se ne primjenjuje na osobu za koju postoje ozbiljni razlozi da se smatra da je počinila zločin protiv mira, ratni zločin ili zločin protiv čovječnosti, teško nepolitičko krivično djelo izvan zemlje utočišta prije prijema u nju, ili djela suprotna ciljevima i principima Ujedinjenih nacija.
    .opt-c-feedback = Član 31. odnosi se na izbjeglice koje se nezakonito nalaze u zemlji utočišta: države ne smiju kažnjavati zbog nezakonitog ulaska ili boravka izbjeglice koje dolaze direktno s teritorije na kojoj su im život ili sloboda bili ugroženi, pod uslovom da se bez odlaganja jave vlastima i navedu opravdane razloge.
    .opt-d-feedback = Član 33. stav 1. zabranjuje protjerivanje ili vraćanje (non-refoulement): nijedna država ne smije protjerati ili vratiti izbjeglicu na granice teritorija na kojima bi njegov ili njen život ili sloboda bili ugroženi zbog rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj grupi ili političkog mišljenja. Ponavlja pet osnova, ali ne definiše ko je izbjeglica.

## Kategorija: postupci

q-same-sex-interviewer = Kada su, prema članu 15(3)(b) Direktive EU o postupcima azila 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine), države članice morale, kad god je to moguće, osigurati da lični intervju vodi osoba istog spola kao podnosilac zahtjeva?
    .opt-a = Kada to podnosilac zahtjeva zatraži, osim ako zahtjev nije povezan s teškoćama u iznošenju razloga za zahtjev
    .opt-b = Samo kada je podnosilac zahtjeva dijete bez pratnje, a zahtjev je u ime djeteta podnio staratelj
    .opt-c = U svakom slučaju, automatski, bez obzira na to da li je podnosilac zahtjeva to zatražio
    .opt-d = Samo kada podnosilac zahtjeva priloži medicinski nalaz koji pokazuje da pati od traume
    .feedback = Član 15(3)(b) zahtijeva od država članica da, kad god je to moguće, osiguraju da intervju vodi osoba istog spola ako podnosilac zahtjeva to zatraži, osim ako organ nadležan za odlučivanje ima razloga vjerovati da se zahtjev zasniva na razlozima koji nisu povezani s teškoćama podnosioca u sveobuhvatnom iznošenju razloga za zahtjev. Uredba o postupku azila (EU) 2024/1348, koja je od 12. juna 2026. godine zamijenila Direktivu, zadržava taj pristup: kada podnosilac to zatraži i kada je moguće, osobe koje vode intervju i tumači trebaju biti spola koji podnosilac preferira (uvodna izjava 21).
    .opt-c-feedback = Prema članu 15(3)(b) ova garancija zavisi od zahtjeva podnosioca. Smjernice UNHCR-a br. 1 (paragraf 36(iii)) kao dobra praksa idu dalje: podnosioce zahtjeva treba obavijestiti da mogu izabrati osobu koja vodi intervju i tumača istog spola, a ženama podnositeljicama zahtjeva oni trebaju biti osigurani automatski.
    .opt-d-feedback = Medicinski dokaz nije potreban. Dovoljan je sam zahtjev, osim ako organ nadležan za odlučivanje ima razloga vjerovati da se zahtjev zasniva na razlozima koji nisu povezani s teškoćama u iznošenju razloga za zahtjev.

q-same-sex-interpreter = Prema pravu EU o postupku azila (Direktiva 2013/32/EU do 11. juna 2026. godine i Uredba (EU) 2024/1348 od 12. juna 2026. godine), podnosilac zahtjeva može zatražiti tumača istog spola, koji bi mu trebao biti osiguran kad god je to moguće.
    .feedback = Tačno. Član 15(3)(c) Direktive 2013/32/EU zahtijevao je od država članica da izaberu tumača koji može osigurati odgovarajuću komunikaciju i da, kad god je to moguće, osiguraju tumača istog spola ako podnosilac zahtjeva to zatraži, osim ako organ nadležan za odlučivanje ima razloga vjerovati da se zahtjev zasniva na razlozima koji nisu povezani s teškoćama u iznošenju razloga za zahtjev. Smjernice UNHCR-a br. 1 (2002) preporučuju da s podnositeljicama zahtjeva razgovaraju osobe i tumači istog spola. Uredba (EU) 2024/1348 to zadržava: kada podnosilac to zatraži i kada je moguće, tumači trebaju biti spola koji podnosilac preferira (uvodna izjava 21), a na intervjuu mora biti prisutan tumač koji može osigurati odgovarajuću komunikaciju (član 13(5)).

q-separate-interview = Žena podnosi zahtjev za azil zajedno sa svojim mužem. Koji je glavni zaštitni razlog da joj se ponudi zaseban i povjerljiv lični intervju?
    .opt-a = Organ mora uporediti njen iskaz s iskazom njenog muža kako bi otkrio nedosljednosti
    .opt-b = Ona može imati vlastite razloge za zaštitu, npr. progon na osnovu roda, koje ne može otkriti pred članovima porodice
    .opt-c = Pravo EU ne dopušta da muž i žena budu obuhvaćeni jednim zahtjevom za međunarodnu zaštitu
    .opt-d = Zaseban intervju potreban je samo kada muž i žena govore različite jezike
    .feedback = Žene su možda pretrpjele progon, uključujući seksualno nasilje, o kojem ne mogu govoriti pred mužem ili drugim rođacima, a mogu imati i vlastiti zahtjev. Član 14(1) Direktive 2013/32/EU davao je svakoj punoljetnoj izdržavanoj osobi mogućnost ličnog intervjua, a član 15(1) propisivao je da se intervju po pravilu obavlja bez prisustva članova porodice. Smjernice UNHCR-a br. 1 (2002) i Opća preporuka CEDAW br. 32 (2014) također pozivaju na to da se sa ženama razgovara odvojeno. Uvodna izjava 21 Uredbe (EU) 2024/1348, koja se primjenjuje od 12. juna 2026. godine, navodi da podnosiocima zahtjeva treba pružiti djelotvornu mogućnost da intervju obave odvojeno od supružnika, partnera ili drugih članova porodice.
    .opt-a-feedback = Poređenje iskaza nije svrha ove garancije. Zaseban intervju postoji kako bi ona mogla sigurno iznijeti vlastite razloge.
    .opt-c-feedback = Pravo EU dopušta da se zahtjev podnese u ime izdržavanih osoba; ono zahtijeva da svaka punoljetna izdržavana osoba ima mogućnost ličnog intervjua (član 14(1)).

q-survivor-centred = Koji skup vodećih principa čini osnovu pristupa usmjerenog na preživjele rodno zasnovanog nasilja u humanitarnim okolnostima i situacijama raseljenja?
    .opt-a = Sigurnost, povjerljivost, poštovanje i nediskriminacija
    .opt-b = Brzina, prikupljanje dokaza, medijacija i pomirenje
    .opt-c = Obavezno prijavljivanje, pristanak porodice, diskrecija i povratak
    .opt-d = Neutralnost, nepristrasnost, nezavisnost i humanost
    .feedback = Međuagencijske smjernice o rodno zasnovanom nasilju u vanrednim situacijama (Smjernice IASC-a iz 2005. i 2015. godine) navode četiri vodeća principa za rad s preživjelima: sigurnost preživjele osobe, povjerljivost, poštovanje želja, prava i dostojanstva preživjele osobe te nediskriminaciju. Preživjela osoba odlučuje koje će usluge koristiti, a informacije o njoj se, po pravilu, dijele samo uz njen informisani pristanak.
    .opt-b-feedback = Medijacija ili pomirenje između preživjele osobe i počinioca mogu preživjelu izložiti daljnjoj šteti i pritisku; to nije princip pristupa usmjerenog na preživjele.
    .opt-d-feedback = To su opći humanitarni principi koji usmjeravaju cjelokupno humanitarno djelovanje. Oni nisu specifični principi za rad s preživjelima rodno zasnovanog nasilja.

q-reception-gbv = Član 18. Direktive EU o uslovima prijema 2013/33/EU (koja se primjenjivala do 11. juna 2026. godine) utvrđivao je pravila o smještaju podnosilaca zahtjeva. Koje od navedenih obaveza je sadržavala ta Direktiva? Označite sve tačne odgovore.
    .opt-a = Uzimati u obzir pitanja specifična za rod i dob u smještajnim centrima
    .opt-b = Preduzimati mjere za sprečavanje napada i rodno zasnovanog nasilja, uključujući seksualne napade i uznemiravanje
    .opt-c = Nikada ne smještati žene i muškarce u odvojene zgrade, jer bi to bilo diskriminatorno
    .opt-d = Žrtvi napada pružiti medicinsku njegu tek nakon što napad prijavi policiji
    .feedback = Član 18(3) zahtijeva od država članica da u smještajnim centrima uzmu u obzir pitanja specifična za rod i dob te situaciju ranjivih osoba, a član 18(4) zahtijeva odgovarajuće mjere za sprečavanje napada i rodno zasnovanog nasilja, uključujući seksualne napade i uznemiravanje. Član 25(1) zahtijeva potrebno medicinsko i psihološko liječenje osoba koje su bile žrtve silovanja ili drugih teških djela nasilja, bez ikakvog uslova prijave policiji. Direktiva (EU) 2024/1346, koja je od 12. juna 2026. godine zamijenila Direktivu 2013/33/EU, zadržava ove zaštitne mjere u svojim pravilima o smještaju (član 20.).
    .opt-c-feedback = Direktiva ne zabranjuje odvojene prostore; odvojen i siguran smještaj može biti način da se odgovori na potrebe specifične za rod.
    .opt-d-feedback = Pristup liječenju prema članu 25(1) ne zavisi od prijave policiji. Uslovljavanje njege prijavom odvratilo bi preživjele od traženja pomoći.

q-interview-stages = Poredajte faze rodno osjetljivog ličnog intervjua u postupku azila redoslijedom koji preporučuje praktični vodič EUAA (ranije EASO) o ličnom intervjuu.
    .item-prepare = Proučiti spis i osigurati osobu koja vodi intervju i tumača spola koji je podnositeljica zatražila
    .item-open = Predstaviti sve prisutne i objasniti svrhu intervjua i pravila o povjerljivosti
    .item-narrative = Pozvati podnositeljicu da slobodno iznese razloge svog zahtjeva
    .item-clarify = Postaviti konkretna pitanja radi razjašnjenja praznina, nedostajućih detalja i nedosljednosti
    .item-close = Dati podnositeljici priliku da dopuni ili ispravi informacije i objasniti naredne korake
    .feedback = Praktični vodič EASO (sada EUAA) o ličnom intervjuu slijedi pet faza: pripremu, otvaranje intervjua i davanje informacija, vođenje intervjua, ispitivanje suštine zahtjeva te zatvaranje intervjua s radnjama nakon intervjua. Slobodno izlaganje prije konkretnih pitanja omogućava podnositeljici da svoju priču ispriča vlastitim riječima i smanjuje uticaj pretpostavki osobe koja vodi intervju.

q-separated-child = Djevojčica od 15 godina dolazi bez roditelja. Putuje sa svojom punoljetnom tetkom. Kako se ona razvrstava prema Općem komentaru br. 6 (2005) Komiteta za prava djeteta?
    .opt-a = Kao dijete bez pratnje
    .opt-b = Kao dijete u pratnji bez posebnih potreba za zaštitom
    .opt-c = Kao razdvojeno dijete
    .opt-d = Kao punoljetna osoba za potrebe postupka azila
    .feedback = Opći komentar br. 6 (paragrafi 7–8) definiše djecu bez pratnje kao djecu odvojenu od oba roditelja i drugih srodnika o kojoj se ne brine odrasla osoba koja je po zakonu ili običaju za to odgovorna. Razdvojena djeca odvojena su od oba roditelja ili od osobe koja se o njima prethodno primarno brinula po zakonu ili običaju, ali ne nužno i od drugih srodnika, pa ih mogu pratiti drugi odrasli članovi porodice. Odnos s odraslom osobom u pratnji ipak treba provjeriti, jer razdvojene djevojčice mogu biti izložene riziku od trgovine ljudima, eksploatacije ili prisilnog braka. Imajte na umu da pravo EU o azilu primjenjuje drugačiji kriterij: dijete je bez pratnje ako nije u pratnji odrasle osobe koja je za njega odgovorna po zakonu ili prema praksi dotične države članice, pa nacionalni organi istu djevojčicu mogu tretirati kao maloljetnicu bez pratnje i imenovati joj predstavnika.
    .opt-a-feedback = Ona nije bez pratnje, jer se o njoj brine odrasla srodnica. Međutim, odvojena je od roditelja i i dalje su joj potrebne mjere zaštite.
    .opt-b-feedback = Razdvojena djeca su, prema Općem komentaru br. 6, grupa s posebnim potrebama za zaštitom, čak i kada je prisutan srodnik.
    .opt-d-feedback = Prema članu 1. Konvencije o pravima djeteta, dijete je svako ljudsko biće mlađe od 18 godina.

q-guardian-timing = Prema Općem komentaru br. 6 (2005) Komiteta za prava djeteta, staratelj djevojčici bez pratnje treba biti imenovan tek nakon odluke o njenom zahtjevu za azil.
    .feedback = Netačno. Paragraf 33 Općeg komentara br. 6 navodi da staratelja ili savjetnika treba imenovati čim se dijete bez pratnje ili razdvojeno dijete identifikuje i da ta funkcija traje dok dijete ne postane punoljetno ili trajno ne napusti teritoriju. Član 25(1)(a) Direktive 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine) također je zahtijevao da se što prije preduzmu mjere kako bi predstavnik zastupao maloljetnika bez pratnje i pomagao mu. Instrumenti Pakta koji su je zamijenili zadržavaju obavezu da se djetetu bez pratnje što prije imenuje predstavnik. Rano imenovanje pomaže u zaštiti djevojčica od trgovine ljudima, eksploatacije i zlostavljanja.

q-interview-conditions = Dopunite pravila o uslovima ličnog intervjua iz člana 15. Direktive EU o postupcima azila 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine).
    .text = Lični intervju po pravilu se obavlja bez prisustva { $g1 } i odvija se u uslovima koji osiguravaju odgovarajuću { $g2 }.
    .opt-g1a = tumača
    .opt-g1b = članova porodice
    .opt-g1c = pravnog savjetnika
    .opt-g2a = javnost
    .opt-g2b = brzinu
    .opt-g2c = povjerljivost
    .feedback = Član 15(1) propisuje da se lični intervju po pravilu obavlja bez prisustva članova porodice, osim ako organ nadležan za odlučivanje smatra da je njihovo prisustvo potrebno za odgovarajuće razmatranje. Član 15(2) zahtijeva uslove koji osiguravaju odgovarajuću povjerljivost. Ova pravila pomažu ženama, a posebno preživjelima seksualnog nasilja, da slobodno govore. Tumač je po pravilu prisutan, a član 23(3) dopušta podnosiocu zahtjeva da dovede pravnog savjetnika. Uredba (EU) 2024/1348, koja se primjenjuje od 12. juna 2026. godine, zadržava zahtjev da uslovi osiguravaju odgovarajuću privatnost i povjerljivost (član 13(3)) i mogućnost da se intervju obavi odvojeno od članova porodice (uvodna izjava 21).

## Kategorija: rad i trgovina ljudima

q-trafficking-elements = Član 3(a) Protokola UN-a o trgovini ljudima (2000) definiše trgovinu ljudima kroz tri elementa. Povežite svaki element s primjerom.
    .left-act = Radnja
    .left-means = Sredstvo
    .left-purpose = Svrha
    .right-recruit = Vrbovanje, prevoz ili skrivanje žene
    .right-deceive = Njeno obmanjivanje ili zloupotreba njenog položaja ranjivosti
    .right-exploit = Prinudni rad ili seksualna eksploatacija
    .right-border = Prelazak granice bez važeće vize ili pasoša
    .feedback = Protokol definiše trgovinu ljudima kao radnju (vrbovanje, prevoz, transfer, skrivanje ili prihvat osoba), izvršenu određenim sredstvima (prijetnja ili upotreba sile, prinuda, otmica, prevara, obmana, zloupotreba ovlasti ili položaja ranjivosti, ili davanje ili primanje novca ili koristi radi dobijanja pristanka osobe koja ima kontrolu nad drugom osobom), u svrhu eksploatacije (u najmanju ruku, iskorištavanja prostitucije drugih ili drugih oblika seksualne eksploatacije, prinudnog rada ili usluga, ropstva ili praksi sličnih ropstvu, služenja ili odstranjivanja organa). Nezakonit prelazak granice nije element trgovine ljudima; omogućavanje nezakonitog ulaska radi finansijske ili druge materijalne koristi je krijumčarenje migranata prema zasebnom Protokolu o krijumčarenju migranata.

q-child-trafficking-means = Prema članu 3(c) Protokola UN-a o trgovini ljudima (2000), vrbovanje djevojčice od 16 godina u svrhu eksploatacije predstavlja trgovinu ljudima čak i ako nije korišteno nijedno sredstvo, kao što su sila ili obmana.
    .feedback = Tačno. Član 3(c) propisuje da vrbovanje, prevoz, transfer, skrivanje ili prihvat djeteta u svrhu eksploatacije predstavlja trgovinu ljudima čak i ako ne uključuje nijedno od sredstava navedenih u članu 3(a). Prema članu 3(d), dijete je svaka osoba mlađa od 18 godina.

q-consent-irrelevant = Žena je pristala da radi u inostranstvu kao konobarica. Po dolasku joj je poslodavac oduzeo pasoš i prisilio je na prostituciju kako bi otplatila „dug“. Kakvo je pravno dejstvo njenog prvobitnog pristanka na putovanje i rad?
    .opt-a = Zbog pristanka ona je krijumčarena migrantica, a ne žrtva trgovine ljudima
    .opt-b = Zbog pristanka se trgovina ljudima može dokazati samo ako je bila fizički prisiljena
    .opt-c = Zbog pristanka je ona odgovorna za rad bez dozvole
    .opt-d = Njen pristanak je irelevantan, jer su korištene obmana i prinuda
    .feedback = Prema članu 3(b) Protokola o trgovini ljudima, pristanak žrtve na namjeravanu eksploataciju je irelevantan ako je korišteno bilo koje od sredstava navedenih u članu 3(a). Obmana u vezi s poslom, dužničko ropstvo i oduzimanje pasoša ukazuju na trgovinu ljudima. Član 26. Konvencije Vijeća Evrope o borbi protiv trgovine ljudima (2005) zahtijeva od strana da predvide mogućnost nekažnjavanja žrtava za učešće u nezakonitim aktivnostima u mjeri u kojoj su na to bile prisiljene.
    .opt-a-feedback = Krijumčarenje se odnosi na omogućavanje nezakonitog ulaska radi zarade i po pravilu se završava dolaskom. Ovdje je svrha bila eksploatacija, pa je riječ o trgovini ljudima.
    .opt-b-feedback = Fizička sila samo je jedno od mogućih sredstava. Obmana, zloupotreba položaja ranjivosti i dužničko ropstvo su dovoljni.
    .opt-c-feedback = Princip nekažnjavanja (član 26. Konvencije Vijeća Evrope) štiti žrtve od kažnjavanja za nezakonita djela koja su bile prisiljene počiniti.

q-greta = Koja grupa nezavisnih stručnjaka prati provedbu Konvencije Vijeća Evrope o borbi protiv trgovine ljudima (2005)? Navedite njenu skraćenicu.
    .feedback = GRETA, Grupa eksperata za borbu protiv trgovine ljudima, osnovana je članom 36. Konvencije (CETS br. 197). Ona u uzastopnim krugovima ocjenjuje strane i objavljuje izvještaje o zemljama, uključujući izvještaje o identifikaciji žena i djevojčica žrtava trgovine ljudima i pružanju pomoći njima.

q-reflection-period = Koliko dana, prema članu 13. Konvencije Vijeća Evrope o borbi protiv trgovine ljudima (2005), iznosi najkraći period oporavka i razmišljanja za pretpostavljenu žrtvu?
    .feedback = Član 13(1) zahtijeva od strana da u svom unutrašnjem pravu predvide period oporavka i razmišljanja od najmanje 30 dana kada postoje opravdani razlozi za vjerovanje da je osoba žrtva. Tokom tog perioda protiv osobe se ne može izvršiti nalog za protjerivanje, a ona ima pravo na pomoć iz člana 12. Taj period omogućava žrtvi da se oporavi, izbjegne uticaj trgovaca ljudima i donese informisanu odluku o saradnji s organima vlasti.

q-c189-rights = Šta od navedenog Konvencija ILO-a br. 189 o radnicima u domaćinstvu (2011) garantuje radnicima u domaćinstvu? Označite sve tačne odgovore.
    .opt-a = Da zadrže vlastite putne i lične isprave
    .opt-b = Da s poslodavcem slobodno dogovore da li će stanovati u domaćinstvu
    .opt-c = Poslodavac smije zadržati njihove plate do isteka ugovora kao garanciju
    .opt-d = Da ne budu obavezni ostati u domaćinstvu tokom odmora ili godišnjeg odmora
    .opt-e = Radnici migranti u domaćinstvu dobijaju pisani ugovor tek nakon dolaska
    .feedback = Član 9. Konvencije br. 189 zahtijeva mjere kojima se osigurava da radnici u domaćinstvu mogu slobodno dogovoriti s poslodavcem da li će stanovati u domaćinstvu, da nisu obavezni ostati u domaćinstvu ili s članovima domaćinstva tokom dnevnog i sedmičnog odmora ili godišnjeg odmora te da imaju pravo zadržati svoje putne i lične isprave. Član 12(1) zahtijeva isplatu u redovnim razmacima, najmanje jednom mjesečno. Član 8(1) zahtijeva da radnici migranti u domaćinstvu koji su vrbovani u jednoj zemlji za rad u drugoj prije prelaska državne granice dobiju pisanu ponudu za posao ili ugovor, izvršiv u zemlji rada. U preambuli se navodi da rad u domaćinstvu uglavnom obavljaju žene i djevojčice, od kojih su mnoge migrantice.
    .opt-c-feedback = Član 12(1) zahtijeva da se radnicima u domaćinstvu plata isplaćuje direktno u redovnim razmacima, najmanje jednom mjesečno. Zadržavanje plate također je pokazatelj prinudnog rada.
    .opt-e-feedback = Član 8(1) zahtijeva da se pisana ponuda za posao ili ugovor dobije prije prelaska državne granice.

q-c189-weekly-rest = Koliko najmanje uzastopnih sati, prema članu 10(2) Konvencije ILO-a br. 189 o radnicima u domaćinstvu (2011), mora trajati sedmični odmor radnika u domaćinstvu?
    .feedback = Član 10(2) propisuje da sedmični odmor traje najmanje 24 uzastopna sata. Član 10(1) zahtijeva mjere za postizanje jednakog tretmana radnika u domaćinstvu i radnika općenito u pogledu radnog vremena, naknade za prekovremeni rad, dnevnog i sedmičnog odmora i plaćenog godišnjeg odmora, a član 10(3) vrijeme koje radnik provodi na raspolaganju domaćinstvu smatra radnim vremenom u mjeri utvrđenoj nacionalnim pravom. Radnici migranti u domaćinstvu koji stanuju kod poslodavca, od kojih su većina žene, posebno su izloženi prekomjernom radnom vremenu.

q-gr26-bans = Neke zemlje porijekla zabranjuju ili ograničavaju iseljavanje žena radi rada u domaćinstvu kako bi ih zaštitile. Šta Opća preporuka CEDAW br. 26 (2008) preporučuje tim zemljama?
    .opt-a = Da od žena zahtijevaju dozvolu muškog staratelja prije napuštanja zemlje
    .opt-b = Da ukinu zabrane zasnovane na spolu i diskriminatorna ograničenja migracije žena
    .opt-c = Da ženama dopuste radnu migraciju samo kao izdržavanim članovima porodice muških radnika migranata
    .opt-d = Da zadrže zabrane dok sve zemlje odredišta ne ratifikuju Konvenciju ILO-a br. 189
    .feedback = Opća preporuka br. 26 preporučuje zemljama porijekla da ukinu zabrane zasnovane na spolu i diskriminatorna ograničenja migracije žena na osnovu dobi, bračnog statusa, trudnoće ili materinstva te da ukinu zahtjeve da žene moraju dobiti dozvolu supružnika ili muškog staratelja za izdavanje pasoša ili putovanje. Zabrane ne otklanjaju razloge za migraciju i mogu žene potisnuti u neregularne i rizičnije kanale.
    .opt-a-feedback = Opća preporuka br. 26 izričito poziva na ukidanje zahtjeva za dozvolom muža ili muškog staratelja.
    .opt-d-feedback = Obaveze iz CEDAW-a primjenjuju se direktno na svaku državu ugovornicu; ne zavise od toga šta ratifikuju druge države.

q-sdg-remittance-cost = Podcilj 10.c ciljeva održivog razvoja nastoji do 2030. godine smanjiti transakcijske troškove doznaka migranata na manje od koliko posto? Navedite broj.
    .feedback = Podcilj 10.c Agende 2030 (A/RES/70/1) glasi: do 2030. godine smanjiti transakcijske troškove doznaka migranata na manje od 3 posto i ukinuti koridore za doznake s troškovima većim od 5 posto. Cilj 20 Globalnog sporazuma o migracijama obavezuje države na brži, sigurniji i jeftiniji prenos doznaka i na finansijsku uključenost migranata.
