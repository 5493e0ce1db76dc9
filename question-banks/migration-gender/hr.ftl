course-title = Migracije i rod
course-description = Rodno osjetljivo upravljanje migracijama: međunarodni standardi, rodno uvjetovano proganjanje, sigurni i povjerljivi postupci, trgovanje ljudima, žene radnice migrantice i podaci razvrstani po spolu.

quiz-migration-gender-final = Završna provjera znanja
    .description = Dvadeset pitanja iz cijelog tečaja, po četiri iz svake teme. Na raspolaganju imate 30 minuta, a za prolaz je potrebno 60 posto bodova.

## Kategorija: načela

q-gender-and-sex = Na što se prema Smjernicama UNHCR-a o međunarodnoj zaštiti br. 1 (2002.) odnosi pojam „rod” (engl. gender)?
    .opt-a = Na odnos između žena i muškaraca utemeljen na društveno ili kulturno oblikovanim identitetima, statusu, ulogama i odgovornostima
    .opt-b = Na biološke osobine s kojima se osoba rađa i koje je čine ženom ili muškarcem
    .opt-c = Na spol koji su nadležna tijela upisala u izvadak iz matice rođenih i osobne isprave osobe
    .opt-d = Na sposobnost osobe za emocionalnu i seksualnu privlačnost prema osobama određenog spola ili roda
    .feedback = Smjernice UNHCR-a br. 1 (stavak 3.) definiraju rod kao odnos između žena i muškaraca utemeljen na društveno ili kulturno oblikovanim i definiranim identitetima, statusu, ulogama i odgovornostima koji se pripisuju jednom ili drugom spolu, dok je spol biološka odrednica. Rod stoga nije nepromjenjiv ni urođen: njegovo značenje oblikuju društvo i kultura, a ono se s vremenom mijenja.
    .opt-b-feedback = To je opis spola, a ne roda. Smjernice spol shvaćaju kao biološku odrednicu, a rod kao društveni i kulturni konstrukt.
    .opt-d-feedback = To je opis seksualne orijentacije. UNHCR se zahtjevima utemeljenima na seksualnoj orijentaciji i rodnom identitetu bavi u Smjernicama br. 9 (2012.).

q-gcm-victimhood = Jedno od vodećih načela Globalnog sporazuma o sigurnim, urednim i zakonitim migracijama (2018.) priznaje neovisnost, djelovanje i vodstvo žena migrantica. Od kojeg se pristupa njime želi odmaknuti?
    .opt-a = Od promatranja žena migrantica prvenstveno kao radnica
    .opt-b = Od promatranja žena migrantica prvenstveno kao članica obitelji
    .opt-c = Od promatranja žena migrantica prvenstveno kao žrtava
    .opt-d = Od promatranja žena migrantica prvenstveno kao nositeljica prava
    .feedback = Stavak 15(g) Globalnog sporazuma o migracijama (A/RES/73/195) navodi da Sporazum uključuje rodnu perspektivu te promiče ravnopravnost spolova i osnaživanje svih žena i djevojčica, priznajući njihovu neovisnost, djelovanje i vodstvo, kako bi se odmaknuo od pristupa koji žene migrantice promatra prvenstveno kroz prizmu žrtve.
    .opt-d-feedback = Sporazum se ne odmiče od ljudskih prava: „ljudska prava” i sama su jedno od njegovih vodećih načela (stavak 15(f)), a načelo rodne osjetljivosti zahtijeva da se ljudska prava žena, muškaraca, djevojčica i dječaka poštuju u svim fazama migracije.

q-equal-not-identical = Rodno osjetljivo upravljanje migracijama znači primjenu potpuno istih pravila i usluga na žene i muškarce, bez obzira na njihove različite situacije i potrebe.
    .feedback = Netočno. Rodno osjetljivo upravljanje teži stvarnoj ravnopravnosti: utvrđuje specifične potrebe žena, muškaraca, djevojčica i dječaka u svim fazama migracije i odgovara na njih (Globalni sporazum o migracijama, stavak 15(g)). Konvencija o uklanjanju svih oblika diskriminacije žena (CEDAW) definira diskriminaciju žena kao svako razlikovanje, isključivanje ili ograničavanje na temelju spola koje za posljedicu ili cilj ima ugrožavanje prava žena (članak 1.), a države stranke dužne su je ukloniti (članak 2.), pa i formalno jednaka pravila mogu biti diskriminirajuća. Članak 4(1) potvrđuje da privremene posebne mjere za ubrzanje stvarne ravnopravnosti nisu diskriminacija.

q-gcm-guiding-principles = Koja su od navedenih vodeća načela iz stavka 15. Globalnog sporazuma o migracijama (2018.)? Označite sve točne odgovore.
    .opt-a = Rodna osjetljivost
    .opt-b = Osjetljivost na potrebe djece
    .opt-c = Pravno obvezujuće kvote za prihvat
    .opt-d = Prednost sigurnosti pred ljudskim pravima
    .opt-e = Privremeni boravak kao pravilo za sve migrante
    .opt-f = Nacionalna suverenost
    .feedback = Stavak 15. navodi deset horizontalnih i međusobno ovisnih vodećih načela: usmjerenost na ljude, međunarodna suradnja, nacionalna suverenost, vladavina prava i pravični postupak, održivi razvoj, ljudska prava, rodna osjetljivost, osjetljivost na potrebe djece, pristup koji uključuje cijelu vladu i pristup koji uključuje cijelo društvo.
    .opt-c-feedback = Sporazum je pravno neobvezujući okvir suradnje (stavak 7.). Ne utvrđuje kvote.
    .opt-d-feedback = Ljudska prava jedno su od vodećih načela (stavak 15(f)); Sporazum ne stavlja sigurnost iznad njih.

q-intersecting-discrimination = Tražiteljica međunarodne zaštite diskriminirana je zato što je žena, zbog svojeg etničkog podrijetla i zato što je osoba s invaliditetom. Što od država stranaka u pogledu takve diskriminacije zahtijeva Opća preporuka CEDAW-a br. 32 (2014.)?
    .opt-a = Utvrditi jedan, najteži razlog diskriminacije i baviti se samo njime
    .opt-b = Slučaj rješavati samo na temelju propisa o pravima osoba s invaliditetom jer je invaliditet najspecifičniji razlog
    .opt-c = Primijeniti Konvenciju samo ako žena dokaže da je spol bio glavni razlog diskriminacije
    .opt-d = Pravno priznati intersekcijske oblike diskriminacije i njihov složeni negativni učinak te ih zabraniti
    .feedback = Stavak 6. Opće preporuke br. 32 navodi da je diskriminacija na temelju spola ili roda često povezana s drugim čimbenicima i njima pojačana, kao što su rasa, etnička pripadnost, vjera, zdravlje, dob, klasa ili to što je žena lezbijka, biseksualna ili transrodna osoba. Države stranke moraju pravno priznati takve intersekcijske oblike diskriminacije i njihov složeni negativni učinak na pogođene žene te ih zabraniti.
    .opt-a-feedback = Svođenjem slučaja na jedan razlog skriva se zajednički učinak različitih razloga. Opća preporuka br. 32 zahtijeva od država da intersekcijsku diskriminaciju priznaju kao takvu.
    .opt-c-feedback = CEDAW obuhvaća žene koje su istodobno diskriminirane po više osnova; ne zahtijeva da spol bude prevladavajući razlog.

q-eu-statistics-sex = Koji akt EU-a obvezuje države članice da Eurostatu dostavljaju statističke podatke o migracijama i međunarodnoj zaštiti razvrstane po dobi i spolu?
    .opt-a = Direktiva 2011/36/EU
    .opt-b = Uredba (EZ) br. 862/2007
    .opt-c = Uredba (EU) br. 604/2013
    .opt-d = Direktiva 2001/55/EZ
    .feedback = Uredba (EZ) br. 862/2007 o statističkim podacima Zajednice o migracijama i međunarodnoj zaštiti, izmijenjena Uredbom (EU) 2020/851, zahtijeva da se, među ostalim, statistički podaci o migracijskim tokovima i zahtjevima za međunarodnu zaštitu razvrstavaju po dobi i spolu. Podaci razvrstani po spolu temelj su rodno osjetljive migracijske politike.
    .opt-a-feedback = Direktiva 2011/36/EU jest Direktiva EU-a o sprečavanju i suzbijanju trgovanja ljudima. Nije opći akt o statistici migracija i azila.
    .opt-c-feedback = Uredba (EU) br. 604/2013 (Dublin III) utvrđivala je kriterije za određivanje države članice odgovorne za razmatranje zahtjeva za međunarodnu zaštitu; od 1. srpnja 2026. zamijenjena je Uredbom (EU) 2024/1351 o upravljanju azilom i migracijama, ali se i dalje primjenjuje na zahtjeve registrirane prije tog datuma.
    .opt-d-feedback = Direktiva 2001/55/EZ jest Direktiva o privremenoj zaštiti u situacijama masovnog priljeva.

q-sdg-disaggregation = Podcilj 17.18 ciljeva održivog razvoja poziva na podatke razvrstane prema nizu obilježja. Koja se od navedenih obilježja nalaze na tom popisu? Označite sve točne odgovore.
    .opt-a = Vjera
    .opt-b = Rod
    .opt-c = Političko mišljenje
    .opt-d = Migracijski status
    .opt-e = Dob
    .feedback = Podcilj 17.18 Programa održivog razvoja do 2030. (A/RES/70/1) pozivao je na jačanje potpore izgradnji kapaciteta do 2020. kako bi se znatno povećala dostupnost visokokvalitetnih, pravodobnih i pouzdanih podataka razvrstanih prema dohotku, rodu, dobi, rasi, etničkoj pripadnosti, migracijskom statusu, invaliditetu, zemljopisnom položaju i drugim obilježjima važnima u nacionalnom kontekstu. Vjera i političko mišljenje nisu na tom popisu.

q-women-share-migrants = Koliki su postotak svih međunarodnih migranata u svijetu 2020. činile žene i djevojčice prema podacima UN DESA-e (International Migrant Stock 2020)? Upišite cijeli broj.
    .feedback = UN DESA procijenio je da je 2020. bilo 281 milijun međunarodnih migranata te da su žene i djevojčice činile oko 48 posto njih, nešto manje od polovine. Prihvaćaju se odgovori od 47 do 49. Taj podatak pokazuje da migracijske politike koje polaze od pretpostavke da je tipičan migrant muškarac zanemaruju otprilike polovinu svih migranata. Prema podacima UN DESA-e (International Migrant Stock 2024) sredinom 2024. bilo je oko 304 milijuna međunarodnih migranata.

q-gender-mainstreaming = Dovršite definiciju uvođenja rodne perspektive (engl. gender mainstreaming) koju je 1997. usuglasilo Ekonomsko i socijalno vijeće UN-a (ECOSOC).
    .text = Uvođenje rodne perspektive proces je procjene učinaka svake planirane aktivnosti, uključujući zakonodavstvo, politike ili programe, na { $g1 } u svim područjima i na svim razinama. Njegov je krajnji cilj postići { $g2 }.
    .opt-g1a = samo žene
    .opt-g1b = žene i muškarce
    .opt-g1c = državni proračun
    .opt-g2a = jednak broj zaposlenih žena i muškaraca
    .opt-g2b = manji broj nezakonitih migranata
    .opt-g2c = ravnopravnost spolova
    .feedback = Usuglašeni zaključci ECOSOC-a 1997/2 definiraju uvođenje rodne perspektive kao proces procjene učinaka svake planirane aktivnosti na žene i muškarce, u svim područjima i na svim razinama, kako bi žene i muškarci imali jednaku korist i kako se nejednakost ne bi održavala. Krajnji je cilj ravnopravnost spolova. Uvođenje rodne perspektive stoga nije ograničeno na projekte za žene, a uravnotežen sastav osoblja samo je jedno od mogućih sredstava.

q-istanbul-definitions = Povežite svaki pojam s njegovom definicijom iz članka 3. Istanbulske konvencije (2011.).
    .left-domestic = Nasilje u obitelji
    .left-gender = Rod
    .left-gbv = Rodno utemeljeno nasilje nad ženama
    .left-women = Žene
    .right-family = Tjelesno, seksualno, psihičko ili ekonomsko nasilje u obitelji ili kućanstvu ili između bivših ili sadašnjih bračnih drugova ili partnera
    .right-roles = Društveno oblikovane uloge, ponašanja, aktivnosti i osobine koje određeno društvo smatra prikladnima za žene i muškarce
    .right-because-woman = Nasilje usmjereno protiv žene zato što je žena ili nasilje koje nerazmjerno pogađa žene
    .right-girls = Pojam koji obuhvaća i djevojčice mlađe od 18 godina
    .right-public = Nasilje koje se čini isključivo na javnim mjestima i koje čine isključivo nepoznate osobe
    .feedback = Članak 3. Istanbulske konvencije definira nasilje u obitelji u točki (b), neovisno o tome dijeli li počinitelj ili je dijelio isto boravište sa žrtvom; rod u točki (c); rodno utemeljeno nasilje nad ženama u točki (d); a u točki (f) navodi da pojam „žene” uključuje djevojčice mlađe od 18 godina. Nasilje nad ženama obuhvaća djela u javnom i u privatnom životu (točka (a)), pa je posljednja definicija pogrešna.

## Kategorija: instrumenti

q-instruments-chronology = Poredajte ove instrumente prema redoslijedu donošenja, počevši od najranijeg.
    .item-refugee-convention = Konvencija o statusu izbjeglica
    .item-cedaw = Konvencija o uklanjanju svih oblika diskriminacije žena (CEDAW)
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih obitelji
    .item-trafficking-protocol = Protokol za sprečavanje, suzbijanje i kažnjavanje trgovanja ljudima, posebice ženama i djecom
    .item-gcm = Globalni sporazum o sigurnim, urednim i zakonitim migracijama
    .feedback = Konvencija o statusu izbjeglica donesena je 28. srpnja 1951.; CEDAW 18. prosinca 1979. (rezolucija Opće skupštine 34/180); Konvencija o radnicima migrantima 18. prosinca 1990. (rezolucija 45/158); Protokol o trgovanju ljudima, kojim se dopunjuje Konvencija UN-a protiv transnacionalnog organiziranog kriminaliteta, 15. studenoga 2000. (rezolucija 55/25); a Globalni sporazum o migracijama u Marakešu 10. prosinca 2018., nakon čega ga je Opća skupština potvrdila rezolucijom 73/195 od 19. prosinca 2018.

q-gender-guidance-chronology = Poredajte ove tekstove o rodu, migracijama i azilu kronološki, počevši od najranijeg.
    .item-unhcr-gl1 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 1 o rodno uvjetovanom proganjanju
    .item-cedaw-gr26 = Opća preporuka CEDAW-a br. 26 o ženama radnicama migranticama
    .item-istanbul = Istanbulska konvencija Vijeća Europe o nasilju nad ženama (otvaranje za potpisivanje)
    .item-cedaw-gr32 = Opća preporuka CEDAW-a br. 32
    .item-cjeu-ws = Presuda Suda Europske unije u predmetu WS (C-621/21)
    .feedback = Smjernice UNHCR-a br. 1: 7. svibnja 2002. Opća preporuka CEDAW-a br. 26: 5. prosinca 2008. Istanbulska konvencija: otvorena za potpisivanje 11. svibnja 2011. (na snazi od 1. kolovoza 2014.). Opća preporuka CEDAW-a br. 32: 5. studenoga 2014. Presuda Suda EU-a u predmetu WS: 16. siječnja 2024.

q-istanbul-residence = Dozvola boravka žene migrantice ovisi o statusu njezina supruga. On je nasilan i ona napušta brak. Što stranke prema članku 59(1) Istanbulske konvencije moraju za nju osigurati u posebno teškim okolnostima?
    .opt-a = Samostalnu dozvolu boravka, ali samo ako je brak trajao najmanje tri godine
    .opt-b = Samostalnu dozvolu boravka, na zahtjev, bez obzira na to koliko je brak trajao
    .opt-c = Automatsko državljanstvo zemlje domaćina, bez ikakvog zahtjeva
    .opt-d = Potpomognuti povratak u zemlju podrijetla zajedno s djecom
    .feedback = Članak 59(1) zahtijeva od stranaka da osiguraju da žrtve čiji boravišni status ovisi o statusu bračnog druga ili partnera, u slučaju prestanka braka ili veze, u posebno teškim okolnostima, na zahtjev dobiju samostalnu dozvolu boravka bez obzira na trajanje braka ili veze. Prema članku 59(2) žrtve mogu ishoditi odgodu postupka protjerivanja kako bi mogle zatražiti takvu dozvolu. Opća preporuka CEDAW-a br. 26 (stavak 26(f)) na sličan način poziva na samostalan boravišni status za žene koje bježe od nasilnog supruga ili poslodavca. Članak 78(2) dopušta strankama da zadrže pravo ne primjenjivati članak 59. ili ga primjenjivati samo u određenim slučajevima ili pod određenim uvjetima, pa provjerite je li vaša država stavila takvu rezervu.
    .opt-a-feedback = Članak 59(1) glasi „bez obzira na trajanje braka ili veze”. Pravilo o najkraćem trajanju braka ne smije onemogućiti pristup samostalnoj dozvoli.
    .opt-c-feedback = Konvencija zahtijeva dozvolu boravka, a ne državljanstvo. Uvjete i trajanje dozvole utvrđuje nacionalno pravo.
    .opt-d-feedback = Svrha članka 59. jest omogućiti žrtvi da napusti nasilnu vezu bez gubitka prava na boravak, a ne vratiti je.

q-istanbul-asylum = Što članak 60. Istanbulske konvencije zahtijeva od stranaka da osiguraju u pogledu rodno utemeljenog nasilja nad ženama u postupcima azila?
    .opt-a = Da se smatra novim, šestim razlogom proganjanja, dodanim razlozima navedenima u Konvenciji o statusu izbjeglica iz 1951.
    .opt-b = Da može dovesti samo do humanitarne dozvole boravka, a nikada do statusa izbjeglice ili supsidijarne zaštite
    .opt-c = Da o njemu odlučuju samo kazneni sudovi i da se izostavlja iz razmatranja zahtjeva za azil
    .opt-d = Da se ono može priznati kao oblik proganjanja u smislu Konvencije o statusu izbjeglica iz 1951. i kao ozbiljna nepravda za supsidijarnu zaštitu
    .feedback = Članak 60(1) zahtijeva od stranaka da osiguraju da se rodno utemeljeno nasilje nad ženama može priznati kao oblik proganjanja u smislu definicije izbjeglice iz Konvencije iz 1951. i kao oblik ozbiljne nepravde na temelju koje se odobrava komplementarna ili supsidijarna zaštita. Članak 60(2) zahtijeva rodno osjetljivo tumačenje svakog konvencijskog razloga, a članak 60(3) rodno osjetljive postupke prihvata, usluge podrške, rodne smjernice i rodno osjetljive postupke azila.
    .opt-a-feedback = Konvencija ne dodaje novi razlog. Umjesto toga, članak 60(2) zahtijeva rodno osjetljivo tumačenje svakog od postojećih razloga.
    .opt-b-feedback = Članak 60(1) žrtvama rodno utemeljenog nasilja izričito otvara pristup i statusu izbjeglice i supsidijarnoj zaštiti.

q-istanbul-non-refoulement = Prema članku 61(2) Istanbulske konvencije zaštita od vraćanja u zemlju u kojoj bi život žrtve bio ugrožen primjenjuje se samo na žene koje imaju zakonit boravišni status.
    .feedback = Netočno. Članak 61(2) štiti žrtve nasilja nad ženama kojima je potrebna zaštita „bez obzira na njihov status ili boravište”: ni pod kojim se okolnostima ne smiju vratiti u zemlju u kojoj bi im život bio ugrožen ili u kojoj bi mogle biti podvrgnute mučenju ili nečovječnom ili ponižavajućem postupanju ili kažnjavanju. Članak 61(1) zahtijeva od stranaka da poštuju načelo zabrane prisilnog udaljenja ili vraćanja (non-refoulement) u skladu sa svojim postojećim obvezama prema međunarodnom pravu.

q-grevio = Koje neovisno stručno tijelo prati kako stranke provode Istanbulsku konvenciju? Navedite njegovu kraticu.
    .feedback = GREVIO, Skupina stručnjaka za djelovanje protiv nasilja nad ženama i nasilja u obitelji, osnovana je člankom 66. Istanbulske konvencije. Njezina izvješća o evaluaciji obuhvaćaju i poglavlje VII. Konvencije o migracijama i azilu (članci od 59. do 61.).

q-cedaw-nationality = Koji članak Konvencije o uklanjanju svih oblika diskriminacije žena (CEDAW) ženama daje jednaka prava kao muškarcima u pogledu stjecanja, promjene ili zadržavanja državljanstva te jednaka prava u pogledu državljanstva njihove djece?
    .opt-a = Članak 6.
    .opt-b = Članak 11.
    .opt-c = Članak 9.
    .opt-d = Članak 15.
    .feedback = Članak 9(1) CEDAW-a ženama jamči jednaka prava kao muškarcima u pogledu stjecanja, promjene ili zadržavanja državljanstva, a članak 9(2) jednaka prava kao muškarcima u pogledu državljanstva njihove djece. Opća preporuka br. 32 (2014.) upozorava da zakoni o državljanstvu koji ženama onemogućuju prenošenje državljanstva na djecu ili bračne drugove mogu uzrokovati apatridiju te poziva države da povuku svoje rezerve na članak 9.
    .opt-a-feedback = Članak 6. obvezuje države da suzbijaju sve oblike trgovanja ženama i iskorištavanja prostitucije žena.
    .opt-b-feedback = Članak 11. odnosi se na diskriminaciju žena u području zapošljavanja.
    .opt-d-feedback = Članak 15. odnosi se na jednakost pred zakonom; njegov stavak 4. obuhvaća slobodu kretanja i izbor boravišta i prebivališta, a ne državljanstvo.

q-gr26-categories = Opća preporuka CEDAW-a br. 26 (2008.) obuhvaća žene radnice migrantice koje migriraju samostalno i one koje se pridružuju suprugu ili drugim članovima obitelji koji su također radnici. Koju treću skupinu obuhvaća?
    .opt-a = Žene radnice migrantice bez dokumenata
    .opt-b = Žene koje u inozemstvo putuju isključivo kao turistkinje
    .opt-c = Žene diplomatkinje i konzularno osoblje
    .opt-d = Interno raseljene žene u vlastitoj zemlji
    .feedback = Opća preporuka br. 26 odnosi se na žene radnice migrantice koje mogu biti izložene zlostavljanju i diskriminaciji: na one koje migriraju samostalno, na one koje se pridružuju suprugu ili drugim članovima obitelji koji su također radnici te na žene radnice migrantice bez dokumenata, koje mogu pripadati bilo kojoj od prvih dviju skupina. Naglašava da CEDAW štiti sve žene, uključujući migrantice, od diskriminacije na temelju spola i roda.
    .opt-d-feedback = Interno raseljene žene nisu prešle međunarodnu granicu. Opća preporuka br. 26 odnosi se na žene koje radi zaposlenja migriraju u drugu zemlju.

q-instrument-topics = Povežite svaki instrument s njegovim glavnim predmetom.
    .left-gr32 = Opća preporuka CEDAW-a br. 32 (2014.)
    .left-gr35 = Opća preporuka CEDAW-a br. 35 (2017.)
    .left-gl9 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 9 (2012.)
    .left-c189 = Konvencija MOR-a br. 189 (2011.)
    .right-asylum-nationality = Status izbjeglice, azil, državljanstvo i apatridija žena
    .right-violence = Rodno uvjetovano nasilje nad ženama (ažuriranje Opće preporuke br. 19)
    .right-sogi = Zahtjevi za status izbjeglice utemeljeni na seksualnoj orijentaciji i/ili rodnom identitetu
    .right-domestic-work = Dostojanstven rad za kućne radnike
    .right-children = Zahtjevi za azil koje podnose djeca
    .feedback = Opća preporuka br. 32 (CEDAW/C/GC/32) obuhvaća rodne aspekte statusa izbjeglice, azila, državljanstva i apatridije žena. Opća preporuka br. 35 (CEDAW/C/GC/35) o rodno uvjetovanom nasilju nad ženama ažurira Opću preporuku br. 19 (1992.). Smjernice UNHCR-a br. 9 (HCR/GIP/12/09) odnose se na zahtjeve utemeljene na seksualnoj orijentaciji i/ili rodnom identitetu. Konvencija Međunarodne organizacije rada (MOR) br. 189 jest Konvencija o kućnim radnicima. Zahtjevi djece za azil predmet su Smjernica UNHCR-a br. 8 (2009.).

## Kategorija: zaštita

q-psg-definition = Koja je tvrdnja točna prema Smjernicama UNHCR-a br. 2 (2002.) o pripadnosti određenoj društvenoj skupini?
    .opt-a = Članovi skupine moraju se međusobno poznavati i djelovati zajedno kao povezana i organizirana skupina
    .opt-b = Skupina dijeli zajedničku osobinu različitu od rizika od proganjanja ili je društvo doživljava kao skupinu
    .opt-c = Skupina se smije definirati samo proganjanjem koje trpe njezini članovi, a ne nekom drugom osobinom
    .opt-d = Podnositelj zahtjeva mora dokazati da je svaki član skupine pojedinačno izložen riziku od proganjanja
    .feedback = UNHCR definira određenu društvenu skupinu kao skupinu osoba koje dijele zajedničku osobinu različitu od rizika od proganjanja ili koje društvo doživljava kao skupinu. Ta je osobina često urođena, nepromjenjiva ili na neki drugi način temeljna za identitet, savjest ili ostvarivanje ljudskih prava. Spol je primjer takve osobine.
    .opt-a-feedback = Smjernice br. 2 potvrđuju da ne postoji zahtjev povezanosti skupine: članovi se ne moraju međusobno poznavati niti se družiti.
    .opt-c-feedback = Skupina se ne može definirati isključivo proganjanjem koje trpe njezini članovi, iako proganjanje može pridonijeti tome da skupina postane vidljiva u društvu.
    .opt-d-feedback = Ne mora svaki član skupine biti izložen riziku. Podnositelj ili podnositeljica zahtjeva mora dokazati da je njegov ili njezin strah od proganjanja osnovan.

q-women-group-size = Prema stajalištu UNHCR-a žene u određenoj zemlji ne mogu činiti određenu društvenu skupinu jer bi takva skupina bila prevelika.
    .feedback = Netočno. Smjernice UNHCR-a br. 1 i br. 2 (2002.) navode da žene mogu činiti određenu društvenu skupinu: spol je urođena i nepromjenjiva osobina, a prema ženama se često postupa drukčije nego prema muškarcima. Veličina skupine nije relevantan kriterij; i drugi konvencijski razlozi, kao što su vjera ili političko mišljenje, obuhvaćaju vrlo velike skupine. Sud EU-a došao je do podudarnog zaključka u predmetu WS (C-621/21, 2024.): žene u cjelini mogu se smatrati određenom društvenom skupinom.

q-cjeu-ws = Što je Sud Europske unije odlučio u predmetu WS (C-621/21, 16. siječnja 2024.) o ženama i razlogu „pripadnost određenoj društvenoj skupini”?
    .opt-a = Žene mogu činiti određenu društvenu skupinu samo ako dijele i dodatnu osobinu, kao što je etnička pripadnost
    .opt-b = Rodno uvjetovano nasilje može dovesti samo do supsidijarne zaštite, a nikada do statusa izbjeglice
    .opt-c = Istanbulska konvencija i CEDAW nisu relevantni za tumačenje prava EU-a o azilu
    .opt-d = Žene u cjelini mogu činiti određenu društvenu skupinu ako su u zemlji podrijetla izložene nasilju zbog toga što su žene
    .feedback = U predmetu WS veliko vijeće presudilo je da se, na temelju članka 10(1)(d) Direktive 2011/95/EU, žene u cjelini mogu smatrati pripadnicama određene društvene skupine ako se utvrdi da su u zemlji podrijetla zbog svojeg spola izložene tjelesnom ili psihičkom nasilju, uključujući seksualno nasilje i nasilje u obitelji. Sud je Direktivu tumačio u skladu s CEDAW-om i Istanbulskom konvencijom.
    .opt-a-feedback = Dodatna osobina nije potrebna, iako žene koje dijele takvu osobinu (primjerice to što su pobjegle od prisilnog braka) također mogu činiti određenu društvenu skupinu.
    .opt-b-feedback = Sud je prihvatio da takve žene mogu ispunjavati uvjete za status izbjeglice. Supsidijarna zaštita mora se razmotriti tek ako uvjeti za status izbjeglice nisu ispunjeni.
    .opt-c-feedback = Sud je Direktivu tumačio u svjetlu CEDAW-a, koji su ratificirale sve države članice EU-a, i Istanbulske konvencije, koja obvezuje EU.

q-non-state-actors = Žena se boji teškog nasilja svojeg supruga. Nadležna tijela u njezinoj zemlji ne štite žene u takvim slučajevima jer to smatraju privatnom obiteljskom stvari. Koje su tvrdnje točne prema Smjernicama UNHCR-a br. 1 (2002.)? Označite sve točne odgovore. Netočni odgovori umanjuju bodove.
    .opt-a = Nasilje u obitelji privatna je stvar i ne ulazi u definiciju izbjeglice
    .opt-b = Njezin zahtjev može biti uspješan samo ako je njezin suprug državni službenik
    .opt-c = Proganjanje može počiniti nedržavni subjekt ako država ne može ili ne želi pružiti zaštitu
    .opt-d = Uzročna veza s konvencijskim razlogom može postojati ako joj država ne pruža zaštitu zbog konvencijskog razloga
    .feedback = Smjernice UNHCR-a br. 1 priznaju da proganjanje mogu počiniti nedržavni subjekti, primjerice članovi obitelji, ako država ne može ili ne želi pružiti djelotvornu zaštitu. Uzročna veza („zbog”) postoji ako joj nedržavni subjekt nanosi štetu zbog konvencijskog razloga ili ako joj država zbog konvencijskog razloga ne pruža zaštitu. Pravo EU-a slijedilo je isti pristup u člancima 6(c) i 9(3) Direktive 2011/95/EU, a Uredba (EU) 2024/1347, koja se primjenjuje od 1. srpnja 2026., zadržava ga (članci 6. i 9.).
    .opt-a-feedback = Nasilje u obitelji može predstavljati proganjanje ako zaštita države nije dostupna. Nazivanje takvog nasilja „privatnim” ne isključuje ga iz definicije izbjeglice.
    .opt-b-feedback = Progonitelj ne mora biti državni službenik. Bitno je je li dostupna djelotvorna zaštita države.

q-qd-gender = Dovršite dvije odredbe Direktive EU-a o kvalifikaciji 2011/95/EU (koja se primjenjivala do 30. lipnja 2026., a od 1. srpnja 2026. zamijenjena je Uredbom (EU) 2024/1347).
    .text = Prema članku 9(2)(f) djela proganjanja mogu imati oblik djela { $g1 } naravi ili djela specifičnih za djecu. Prema članku 10(1)(d) pri utvrđivanju pripadnosti određenoj društvenoj skupini na odgovarajući se način uzimaju u obzir rodni aspekti, uključujući { $g2 }.
    .opt-g1a = rodno specifične
    .opt-g1b = isključivo gospodarske
    .opt-g1c = vojne
    .opt-g2a = rodni identitet
    .opt-g2b = bračno stanje
    .opt-g2c = razinu obrazovanja
    .feedback = Članak 9(2)(f) Direktive 2011/95/EU među mogućim djelima proganjanja navodi djela rodno specifične naravi ili djela specifična za djecu. Članak 10(1)(d) zahtijeva da se rodni aspekti, uključujući rodni identitet, na odgovarajući način uzmu u obzir pri utvrđivanju pripadnosti određenoj društvenoj skupini ili pri utvrđivanju osobine takve skupine. Uredba (EU) 2024/1347 preuzima ta pravila o djelima proganjanja i razlozima proganjanja u svojim člancima 9. i 10.

q-sogi-concealment = Homoseksualni muškarac navodi da bi bio u opasnosti kada bi u zemlji podrijetla živio otvoreno. Smije li tijelo nadležno za azil očekivati da izbjegne proganjanje tako da skriva svoju seksualnu orijentaciju?
    .opt-a = Da, ako je svoju seksualnu orijentaciju skrivao prije nego što je napustio zemlju
    .opt-b = Da, ako se zakoni protiv istospolnih odnosa u praksi rijetko primjenjuju
    .opt-c = Ne, od podnositelja zahtjeva ne može se očekivati da skriva svoju seksualnu orijentaciju
    .opt-d = Da, ako nije javna osoba ili aktivist za ljudska prava
    .feedback = Smjernice UNHCR-a br. 9 (2012.) navode da država od podnositelja zahtjeva ne može očekivati ni zahtijevati da promijeni ili skriva svoj identitet kako bi izbjegao proganjanje. Sud EU-a složio se s time u predmetu X, Y i Z (C-199/12 do C-201/12, 7. studenoga 2013.): nadležna tijela ne mogu razumno očekivati da podnositelj zahtjeva skriva svoju homoseksualnost u zemlji podrijetla ili da bude suzdržan u njezinu izražavanju. Isto obrazloženje vrijedi za lezbijke te biseksualne, transrodne i interspolne podnositelje zahtjeva.
    .opt-a-feedback = Skrivanje u prošlosti može i samo biti posljedica straha. Kriterij je što bi se dogodilo kada bi živio otvoreno, a ne je li se prije uspijevao skrivati.
    .opt-b-feedback = Učestalost primjene zakona relevantna je za procjenu rizika, ali nije razlog da se od podnositelja zahtjeva traži da skriva svoj identitet.

q-criminalisation-per-se = Prema stajalištu Suda EU-a u predmetu X, Y i Z (2013.) samo postojanje zakona kojim se kažnjavaju homoseksualni činovi uvijek predstavlja proganjanje, neovisno o tome primjenjuje li se taj zakon.
    .feedback = Netočno. Sud je presudio da kriminalizacija sama po sebi nije djelo proganjanja, ali da to jest kazna zatvora za homoseksualne činove koja se u zemlji podrijetla stvarno izriče, jer je riječ o nerazmjernoj ili diskriminirajućoj kazni (članak 9(2)(c) Direktive 2004/83/EZ). Smjernice UNHCR-a br. 9 (2012.) dodaju da i zakoni koji se rijetko primjenjuju mogu, ovisno o okolnostima, stvoriti nepodnošljivu situaciju za podnositelja zahtjeva, pa svaki slučaj treba pažljivo pojedinačno procijeniti.

q-sogi-credibility = U predmetu A, B i C (C-148/13 do C-150/13, 2. prosinca 2014.) Sud EU-a postavio je granice načinu na koji nadležna tijela smiju procjenjivati vjerodostojnost navodne seksualne orijentacije. Koje je prakse isključio? Označite sve točne odgovore.
    .opt-a = Detaljna pitanja o seksualnim praksama podnositelja zahtjeva
    .opt-b = Otvorena pitanja o tome kako je podnositelj zahtjeva postao svjestan svoje orijentacije
    .opt-c = Prihvaćanje „testova” ili snimki seksualnih činova kao dokaza
    .opt-d = Uzimanje vlastitih izjava podnositelja zahtjeva kao polazišta procjene
    .opt-e = Procjenu utemeljenu isključivo na stereotipnim predodžbama o homoseksualcima
    .feedback = Sud je presudio da se pravu EU-a protivi procjena utemeljena isključivo na pitanjima koja se temelje na stereotipnim predodžbama, detaljno ispitivanje o seksualnim praksama te dokazi kao što su izvođenje seksualnih činova, „testovi” ili snimke, jer povređuju ljudsko dostojanstvo i pravo na privatni život. Izjave podnositelja zahtjeva polazište su procjene, a samo kasno otkrivanje ne dokazuje nedostatak vjerodostojnosti.
    .opt-b-feedback = Otvorena, osjetljivo postavljena pitanja o vlastitom doživljaju identiteta preporučuju Smjernice UNHCR-a br. 9; Sud ih nije isključio.
    .opt-d-feedback = Sud to nije isključio: naveo je da su izjave podnositelja zahtjeva samo polazište procjene i da ih možda treba potvrditi.

q-refugee-definition-article = Koja odredba Konvencije o statusu izbjeglica iz 1951. sadržava definiciju izbjeglice, uključujući pet razloga proganjanja?
    .opt-a = Članak 1.A stavak 2.
    .opt-b = Članak 1.F
    .opt-c = Članak 31.
    .opt-d = Članak 33. stavak 1.
    .feedback = Članak 1.A stavak 2. definira izbjeglicu kao osobu koja se zbog osnovanog straha od proganjanja zbog svoje rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj skupini ili političkog mišljenja nalazi izvan zemlje svojeg državljanstva i ne može ili se zbog tog straha ne želi staviti pod zaštitu te zemlje. Spol i rod nisu navedeni, ali Smjernice UNHCR-a br. 1 (2002.) potvrđuju da definicija, pravilno tumačena, obuhvaća i zahtjeve povezane s rodom.
    .opt-b-feedback = Članak 1.F klauzula je o isključenju: Konvencija se ne primjenjuje na osobu za koju postoje ozbiljni razlozi za sumnju da je počinila zločin protiv mira, ratni zločin ili zločin protiv čovječnosti, teško nepolitičko kazneno djelo izvan zemlje utočišta prije nego što je u nju primljena, ili djela suprotna ciljevima i načelima Ujedinjenih naroda.
    .opt-c-feedback = Članak 31. odnosi se na izbjeglice koje nezakonito borave u zemlji utočišta: države ne smiju kažnjavati zbog nezakonitog ulaska ili boravka izbjeglice koje dolaze izravno s područja na kojem su im život ili sloboda bili ugroženi, pod uvjetom da se bez odgode jave vlastima i navedu opravdane razloge.
    .opt-d-feedback = Članak 33. stavak 1. zabranjuje protjerivanje ili vraćanje (non-refoulement): nijedna država ne smije protjerati ili vratiti izbjeglicu na granice područja na kojima bi njegov ili njezin život ili sloboda bili ugroženi zbog rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj skupini ili političkog mišljenja. Ponavlja pet razloga, ali ne definira tko je izbjeglica.

## Kategorija: postupci

q-same-sex-interviewer = Kada su države članice prema članku 15(3)(b) Direktive EU-a o postupcima azila 2013/32/EU (koja se primjenjivala do 11. lipnja 2026.) morale, kad god je to moguće, osigurati da osobni razgovor vodi osoba istog spola kao podnositelj zahtjeva?
    .opt-a = Kada to podnositelj zahtjeva zatraži, osim ako zahtjev nije povezan s teškoćama u iznošenju razloga za zahtjev
    .opt-b = Samo ako je podnositelj zahtjeva dijete bez pratnje i ako je to u ime djeteta zatražio skrbnik
    .opt-c = U svakom slučaju, automatski, neovisno o tome je li podnositelj zahtjeva išta zatražio
    .opt-d = Samo ako podnositelj zahtjeva priloži liječničko izvješće iz kojeg je vidljivo da pati od traume
    .feedback = Članak 15(3)(b) zahtijeva od država članica da, kad god je to moguće, osiguraju da razgovor vodi osoba istog spola ako podnositelj zahtjeva to zatraži, osim ako tijelo odlučivanja ima razloga vjerovati da se taj zahtjev temelji na razlozima koji nisu povezani s teškoćama podnositelja zahtjeva da cjelovito iznese razloge za svoj zahtjev. Uredba o postupku azila (EU) 2024/1348, koja je od 12. lipnja 2026. zamijenila Direktivu, zadržava taj pristup: ako podnositelj zahtjeva to zatraži i ako je moguće, osobe koje vode razgovor i prevoditelji trebali bi biti spola kojem podnositelj zahtjeva daje prednost (uvodna izjava 21).
    .opt-c-feedback = Prema članku 15(3)(b) to jamstvo ovisi o zahtjevu podnositelja. Smjernice UNHCR-a br. 1 (stavak 36(iii)) kao dobra praksa idu dalje: podnositelje zahtjeva treba obavijestiti da mogu izabrati osobu koja vodi razgovor i prevoditelja istog spola, a podnositeljicama zahtjeva treba ih osigurati automatski.
    .opt-d-feedback = Liječnička dokumentacija nije potrebna. Dovoljan je sam zahtjev, osim ako tijelo odlučivanja ima razloga vjerovati da se zahtjev temelji na razlozima koji nisu povezani s teškoćama u iznošenju razloga za zahtjev.

q-same-sex-interpreter = Prema pravu EU-a o postupku azila (Direktiva 2013/32/EU do 11. lipnja 2026. i Uredba (EU) 2024/1348 od 12. lipnja 2026.) podnositelj zahtjeva može zatražiti prevoditelja istog spola, kojeg bi mu trebalo osigurati kad god je to moguće.
    .feedback = Točno. Članak 15(3)(c) Direktive 2013/32/EU zahtijevao je od država članica da odaberu prevoditelja koji može osigurati odgovarajuću komunikaciju i da, kad god je to moguće, osiguraju prevoditelja istog spola ako podnositelj zahtjeva to zatraži, osim ako tijelo odlučivanja ima razloga vjerovati da se zahtjev temelji na razlozima koji nisu povezani s teškoćama u iznošenju razloga za zahtjev. Smjernice UNHCR-a br. 1 (2002.) preporučuju da razgovore s podnositeljicama zahtjeva vode osobe istog spola i da prevoditelji budu istog spola. Uredba (EU) 2024/1348 to zadržava: ako podnositelj zahtjeva to zatraži i ako je moguće, prevoditelji bi trebali biti spola kojem podnositelj zahtjeva daje prednost (uvodna izjava 21), a na razgovoru mora biti prisutan prevoditelj koji može osigurati odgovarajuću komunikaciju (članak 13(5)).

q-separate-interview = Žena podnosi zahtjev za međunarodnu zaštitu zajedno sa suprugom. Koji je glavni zaštitni razlog da joj se ponudi zaseban i povjerljiv osobni razgovor?
    .opt-a = Nadležno tijelo mora usporediti njezin iskaz s iskazom supruga kako bi otkrilo nedosljednosti
    .opt-b = Ona može imati vlastite razloge za zaštitu, primjerice rodno uvjetovano proganjanje, koje ne može iznijeti pred članovima obitelji
    .opt-c = Pravo EU-a ne dopušta da supruga i suprug budu obuhvaćeni jednim zahtjevom za međunarodnu zaštitu
    .opt-d = Zaseban razgovor potreban je samo ako suprug i supruga govore različitim jezicima
    .feedback = Žene su možda pretrpjele proganjanje, uključujući seksualno nasilje, o kojem ne mogu govoriti pred suprugom ili drugim rođacima, a mogu imati i vlastiti zahtjev. Članak 14(1) Direktive 2013/32/EU davao je svakoj uzdržavanoj odrasloj osobi mogućnost osobnog razgovora, a članak 15(1) propisivao je da se razgovor u pravilu održava bez prisutnosti članova obitelji. Smjernice UNHCR-a br. 1 (2002.) i Opća preporuka CEDAW-a br. 32 (2014.) također pozivaju na to da se sa ženama razgovara zasebno. Uvodna izjava 21 Uredbe (EU) 2024/1348, koja se primjenjuje od 12. lipnja 2026., navodi da bi podnositeljima zahtjeva trebalo pružiti djelotvornu mogućnost da razgovor obave odvojeno od bračnih drugova, partnera ili drugih članova obitelji.
    .opt-a-feedback = Uspoređivanje iskaza nije svrha tog jamstva. Zaseban razgovor postoji kako bi ona mogla na siguran način iznijeti vlastite razloge.
    .opt-c-feedback = Pravo EU-a dopušta podnošenje zahtjeva u ime uzdržavanih osoba; zahtijeva samo da svaka uzdržavana odrasla osoba ima mogućnost osobnog razgovora (članak 14(1)).

q-survivor-centred = Koji skup vodećih načela čini temelj pristupa usmjerenog na preživjele osobe rodno uvjetovanog nasilja u humanitarnim okolnostima i situacijama raseljenja?
    .opt-a = Sigurnost, povjerljivost, poštovanje i nediskriminacija
    .opt-b = Brzina, prikupljanje dokaza, posredovanje i pomirenje
    .opt-c = Obvezno prijavljivanje, pristanak obitelji, diskrecija i povratak
    .opt-d = Neutralnost, nepristranost, neovisnost i humanost
    .feedback = Međuagencijske smjernice o rodno uvjetovanom nasilju u izvanrednim situacijama (smjernice Međuagencijskog stalnog odbora, IASC, iz 2005. i 2015.) navode četiri vodeća načela rada s preživjelim osobama: sigurnost preživjele osobe, povjerljivost, poštovanje njezinih želja, prava i dostojanstva te nediskriminaciju. Preživjela osoba odlučuje koje će usluge koristiti, a informacije o njoj u pravilu se dijele samo uz njezin informirani pristanak.
    .opt-b-feedback = Posredovanje ili pomirenje između preživjele osobe i počinitelja može preživjelu osobu izložiti daljnjoj šteti i pritisku; to nije načelo pristupa usmjerenog na preživjele osobe.
    .opt-d-feedback = To su opća humanitarna načela kojima se vodi svako humanitarno djelovanje. Nisu posebna načela za rad s preživjelim osobama rodno uvjetovanog nasilja.

q-reception-gbv = Članak 18. Direktive EU-a o uvjetima prihvata 2013/33/EU (koja se primjenjivala do 11. lipnja 2026.) utvrđivao je pravila o smještaju podnositelja zahtjeva. Koje je od navedenih obveza sadržavala ta Direktiva? Označite sve točne odgovore.
    .opt-a = U smještajnim centrima uzeti u obzir pitanja specifična za spol i dob
    .opt-b = Poduzeti mjere za sprečavanje napada i rodno uvjetovanog nasilja, uključujući spolne napade i uznemiravanje
    .opt-c = Nikada ne smještati žene i muškarce u zasebne zgrade jer bi to bilo diskriminirajuće
    .opt-d = Žrtvi napada pružiti medicinsku skrb tek nakon što napad prijavi policiji
    .feedback = Članak 18(3) zahtijeva od država članica da u smještajnim centrima uzmu u obzir pitanja specifična za spol i dob te položaj ranjivih osoba, a članak 18(4) zahtijeva odgovarajuće mjere za sprečavanje napada i rodno uvjetovanog nasilja, uključujući spolne napade i uznemiravanje. Članak 25(1) zahtijeva potrebno medicinsko i psihološko liječenje osoba koje su bile izložene silovanju ili drugim teškim oblicima nasilja, bez ikakvog uvjeta prijave policiji. Direktiva (EU) 2024/1346, koja je od 12. lipnja 2026. zamijenila Direktivu 2013/33/EU, zadržava te zaštitne mjere u svojim pravilima o smještaju (članak 20.).
    .opt-c-feedback = Direktiva ne zabranjuje zaseban smještaj; zaseban i siguran smještaj može biti način da se uvaže pitanja specifična za spol.
    .opt-d-feedback = Pristup liječenju prema članku 25(1) ne ovisi o prijavi policiji. Uvjetovanje skrbi prijavom odvratilo bi preživjele osobe od traženja pomoći.

q-interview-stages = Poredajte faze rodno osjetljivog osobnog razgovora u postupku azila redoslijedom koji preporučuje praktični vodič EUAA-e (prije EASO-a) o osobnom razgovoru.
    .item-prepare = Proučiti spis i osigurati osobu koja vodi razgovor i prevoditelja spola koji je podnositeljica zahtjeva zatražila
    .item-open = Predstaviti sve prisutne i objasniti svrhu razgovora i pravila o povjerljivosti
    .item-narrative = Pozvati podnositeljicu zahtjeva da slobodno iznese razloge svojeg zahtjeva
    .item-clarify = Postaviti konkretna pitanja radi razjašnjenja praznina, nedostajućih pojedinosti i nedosljednosti
    .item-close = Dati podnositeljici zahtjeva priliku da dopuni ili ispravi podatke i objasniti joj sljedeće korake
    .feedback = Praktični vodič EASO-a (danas EUAA-e) o osobnom razgovoru predviđa pet faza: pripremu, otvaranje razgovora i davanje informacija, vođenje razgovora, ispitivanje sadržaja zahtjeva te zaključivanje razgovora i radnje nakon razgovora. Slobodan iskaz prije konkretnih pitanja omogućuje podnositeljici zahtjeva da svoju priču ispriča vlastitim riječima i smanjuje utjecaj pretpostavki osobe koja vodi razgovor.

q-separated-child = Djevojčica od 15 godina dolazi bez roditelja. Putuje sa svojom punoljetnom tetom. Kako je treba razvrstati prema Općem komentaru br. 6 (2005.) Odbora za prava djeteta?
    .opt-a = Kao dijete bez pratnje
    .opt-b = Kao dijete u pratnji bez posebnih potreba za zaštitom
    .opt-c = Kao odvojeno dijete
    .opt-d = Kao odraslu osobu za potrebe postupka azila
    .feedback = Opći komentar br. 6 (stavci 7. i 8.) definira djecu bez pratnje kao djecu odvojenu od obaju roditelja i drugih srodnika o kojoj ne skrbi odrasla osoba koja je za to odgovorna prema zakonu ili običaju. Odvojena djeca odvojena su od obaju roditelja ili od svojeg prijašnjeg zakonskog ili uobičajenog primarnog skrbnika, ali ne nužno i od drugih srodnika, pa mogu biti u pratnji drugih odraslih članova obitelji. Odnos s odraslom osobom u pratnji ipak treba provjeriti jer odvojene djevojčice mogu biti izložene riziku od trgovanja ljudima, iskorištavanja ili prisilnog braka. Imajte na umu da pravo EU-a o azilu primjenjuje drukčiji kriterij: dijete je bez pratnje ako nije u pratnji odrasle osobe koja je za njega odgovorna prema zakonu ili praksi dotične države članice, pa nacionalna tijela istu djevojčicu mogu smatrati maloljetnicom bez pratnje i imenovati joj zastupnika.
    .opt-a-feedback = Ona nije dijete bez pratnje jer o njoj skrbi odrasla srodnica. Ipak je odvojena od roditelja i i dalje su joj potrebne mjere zaštite.
    .opt-b-feedback = Odvojena djeca skupina su s posebnim potrebama za zaštitom prema Općem komentaru br. 6, čak i kada je prisutan srodnik.
    .opt-d-feedback = Prema članku 1. Konvencije o pravima djeteta dijete je svako ljudsko biće mlađe od 18 godina.

q-guardian-timing = Prema Općem komentaru br. 6 (2005.) Odbora za prava djeteta skrbnika za djevojčicu bez pratnje treba imenovati tek nakon donošenja odluke o njezinu zahtjevu za azil.
    .feedback = Netočno. Stavak 33. Općeg komentara br. 6 navodi da skrbnika ili savjetnika treba imenovati čim se dijete bez pratnje ili odvojeno dijete identificira te da ta dužnost traje dok dijete ne postane punoljetno ili trajno ne napusti državno područje. Članak 25(1)(a) Direktive 2013/32/EU (koja se primjenjivala do 11. lipnja 2026.) također je zahtijevao da se što prije poduzmu mjere kako bi maloljetnika bez pratnje zastupao i pomagao mu zastupnik. Instrumenti Pakta koji su je zamijenili zadržavaju obvezu da se djetetu bez pratnje što prije imenuje zastupnik. Pravodobno imenovanje pomaže zaštititi djevojčice od trgovanja ljudima, iskorištavanja i zlostavljanja.

q-interview-conditions = Dovršite pravila o uvjetima osobnog razgovora iz članka 15. Direktive EU-a o postupcima azila 2013/32/EU (koja se primjenjivala do 11. lipnja 2026.).
    .text = Osobni razgovor u pravilu se održava bez prisutnosti { $g1 } i u uvjetima koji osiguravaju odgovarajuću { $g2 }.
    .opt-g1a = prevoditelja
    .opt-g1b = članova obitelji
    .opt-g1c = pravnog savjetnika
    .opt-g2a = javnost
    .opt-g2b = brzinu
    .opt-g2c = povjerljivost
    .feedback = Članak 15(1) propisuje da se osobni razgovor u pravilu održava bez prisutnosti članova obitelji, osim ako tijelo odlučivanja smatra da je njihova prisutnost potrebna za odgovarajuće razmatranje zahtjeva. Članak 15(2) zahtijeva uvjete koji osiguravaju odgovarajuću povjerljivost. Ta pravila pomažu ženama, a posebno preživjelima seksualnog nasilja, da slobodno govore. Prevoditelj je u pravilu prisutan, a članak 23(3) dopušta podnositelju zahtjeva da dovede pravnog savjetnika. Uredba (EU) 2024/1348, koja se primjenjuje od 12. lipnja 2026., zadržava zahtjev da uvjeti osiguravaju odgovarajuću privatnost i povjerljivost (članak 13(3)) te mogućnost da se razgovor obavi odvojeno od članova obitelji (uvodna izjava 21).

## Kategorija: rad i trgovanje ljudima

q-trafficking-elements = Članak 3(a) Protokola UN-a o trgovanju ljudima (2000.) definira trgovanje ljudima kroz tri elementa. Povežite svaki element s primjerom.
    .left-act = Radnja
    .left-means = Sredstvo
    .left-purpose = Svrha
    .right-recruit = Vrbovanje, prijevoz ili skrivanje žene
    .right-deceive = Obmanjivanje žene ili zlouporaba njezina ranjivog položaja
    .right-exploit = Prisilni rad ili seksualno iskorištavanje
    .right-border = Prelazak granice bez valjane vize ili putovnice
    .feedback = Protokol definira trgovanje ljudima kao radnju (vrbovanje, prijevoz, premještanje, skrivanje ili primanje osoba) počinjenu određenim sredstvima (prijetnjom silom ili uporabom sile, prisilom, otmicom, prijevarom, obmanom, zlouporabom ovlasti ili ranjivog položaja, odnosno davanjem ili primanjem novca ili koristi radi dobivanja pristanka osobe koja ima nadzor nad drugom osobom) u svrhu iskorištavanja (koje obuhvaća najmanje iskorištavanje prostitucije drugih osoba ili druge oblike seksualnog iskorištavanja, prisilni rad ili usluge, ropstvo ili postupke slične ropstvu, služenje ili odstranjivanje organa). Nezakonit prelazak granice nije element trgovanja ljudima; omogućivanje nezakonitog ulaska radi stjecanja financijske ili druge materijalne koristi jest krijumčarenje migranata prema zasebnom Protokolu o krijumčarenju migranata.

q-child-trafficking-means = Prema članku 3(c) Protokola UN-a o trgovanju ljudima (2000.) vrbovanje djevojčice od 16 godina u svrhu iskorištavanja jest trgovanje ljudima čak i ako nije upotrijebljeno nijedno sredstvo, kao što su sila ili obmana.
    .feedback = Točno. Članak 3(c) propisuje da vrbovanje, prijevoz, premještanje, skrivanje ili primanje djeteta u svrhu iskorištavanja predstavlja trgovanje ljudima čak i ako ne uključuje nijedno od sredstava navedenih u članku 3(a). Prema članku 3(d) dijete je svaka osoba mlađa od 18 godina.

q-consent-irrelevant = Žena je pristala raditi u inozemstvu kao konobarica. Po dolasku joj je poslodavac oduzeo putovnicu i prisilio je na prostituciju kako bi otplatila „dug”. Koji je pravni učinak njezina početnog pristanka na putovanje i rad?
    .opt-a = Zbog njezina pristanka ona je krijumčarena migrantica, a ne žrtva trgovanja ljudima
    .opt-b = Zbog njezina pristanka trgovanje ljudima može se dokazati samo ako je fizički prisiljena
    .opt-c = Zbog njezina pristanka ona je odgovorna za rad bez dozvole
    .opt-d = Njezin pristanak nije relevantan jer su upotrijebljene obmana i prisila
    .feedback = Prema članku 3(b) Protokola o trgovanju ljudima pristanak žrtve na namjeravano iskorištavanje nije relevantan ako je upotrijebljeno bilo koje od sredstava iz članka 3(a). Obmana u pogledu posla, dužničko ropstvo i oduzimanje putovnice upućuju na trgovanje ljudima. Članak 26. Konvencije Vijeća Europe o suzbijanju trgovanja ljudima (2005.) zahtijeva od stranaka da predvide mogućnost nekažnjavanja žrtava za sudjelovanje u nezakonitim aktivnostima u mjeri u kojoj su na to bile prisiljene.
    .opt-a-feedback = Krijumčarenje se odnosi na omogućivanje nezakonitog ulaska radi stjecanja koristi i u pravilu završava dolaskom. Ovdje je svrha bila iskorištavanje, pa je riječ o trgovanju ljudima.
    .opt-b-feedback = Fizička sila samo je jedno od mogućih sredstava. Dovoljni su obmana, zlouporaba ranjivog položaja i dužničko ropstvo.
    .opt-c-feedback = Načelo nekažnjavanja (članak 26. Konvencije Vijeća Europe) štiti žrtve od kažnjavanja za nezakonite radnje koje su bile prisiljene počiniti.

q-greta = Koja skupina neovisnih stručnjaka prati provedbu Konvencije Vijeća Europe o suzbijanju trgovanja ljudima (2005.)? Navedite njezinu kraticu.
    .feedback = GRETA, Skupina stručnjaka za suzbijanje trgovanja ljudima, osnovana je člankom 36. Konvencije (CETS br. 197). Ona ocjenjuje stranke u uzastopnim krugovima i objavljuje izvješća o pojedinim zemljama, među ostalim o identifikaciji žena i djevojčica žrtava trgovanja ljudima i pomoći koja im se pruža.

q-reflection-period = Koliko dana najmanje traje razdoblje oporavka i razmišljanja za pretpostavljenu žrtvu prema članku 13. Konvencije Vijeća Europe o suzbijanju trgovanja ljudima (2005.)?
    .feedback = Članak 13(1) zahtijeva od stranaka da u nacionalnom pravu predvide razdoblje oporavka i razmišljanja od najmanje 30 dana kada postoje opravdani razlozi za vjerovanje da je osoba žrtva. Tijekom tog razdoblja protiv nje se ne smije izvršiti nijedna odluka o protjerivanju, a ona ima pravo na pomoć iz članka 12. To razdoblje žrtvi omogućuje da se oporavi, oslobodi utjecaja trgovaca ljudima i donese informiranu odluku o suradnji s nadležnim tijelima.

q-c189-rights = Što od navedenoga Konvencija Međunarodne organizacije rada (MOR) br. 189 o kućnim radnicima (2011.) jamči kućnim radnicima? Označite sve točne odgovore.
    .opt-a = Zadržati vlastite putne i osobne isprave
    .opt-b = Slobodno se s poslodavcem dogovoriti hoće li stanovati u kućanstvu
    .opt-c = Poslodavac smije zadržati njihovu plaću do isteka ugovora kao jamstvo
    .opt-d = Ne biti obvezni ostati u kućanstvu tijekom odmora ili dopusta
    .opt-e = Kućni radnici migranti dobivaju pisani ugovor tek nakon dolaska
    .feedback = Članak 9. Konvencije br. 189 zahtijeva mjere kojima se osigurava da se kućni radnici mogu slobodno dogovoriti s poslodavcem o tome hoće li stanovati u kućanstvu, da nisu obvezni ostati u kućanstvu ili s članovima kućanstva tijekom dnevnog i tjednog odmora ili godišnjeg odmora te da imaju pravo zadržati svoje putne i osobne isprave. Članak 12(1) zahtijeva isplatu plaće u redovitim razmacima, najmanje jednom mjesečno. Članak 8(1) zahtijeva da kućni radnici migranti koji se zapošljavaju u jednoj zemlji za rad u drugoj dobiju pisanu ponudu za posao ili ugovor o radu, provediv u zemlji rada, prije prelaska državne granice. U preambuli se navodi da kućanske poslove pretežno obavljaju žene i djevojčice, od kojih su mnoge migrantice.
    .opt-c-feedback = Članak 12(1) zahtijeva da se kućnim radnicima plaća izravno, u redovitim razmacima, najmanje jednom mjesečno. Zadržavanje plaće ujedno je pokazatelj prisilnog rada.
    .opt-e-feedback = Članak 8(1) zahtijeva da se pisana ponuda za posao ili ugovor o radu dobije prije prelaska državne granice.

q-c189-weekly-rest = Koliko najmanje uzastopnih sati prema članku 10(2) Konvencije Međunarodne organizacije rada (MOR) br. 189 o kućnim radnicima (2011.) traje tjedni odmor kućnih radnika?
    .feedback = Članak 10(2) propisuje da tjedni odmor traje najmanje 24 uzastopna sata. Članak 10(1) zahtijeva mjere za postizanje jednakog postupanja prema kućnim radnicima i radnicima općenito u pogledu radnog vremena, naknade za prekovremeni rad, dnevnog i tjednog odmora te plaćenog godišnjeg odmora, a članak 10(3) vrijeme u kojem su na raspolaganju kućanstvu smatra radnim vremenom u mjeri utvrđenoj nacionalnim pravom. Kućni radnici migranti koji stanuju u kućanstvu, od kojih su većina žene, posebno su izloženi prekomjernom radnom vremenu.

q-gr26-bans = Neke zemlje podrijetla zabranjuju ili ograničavaju iseljavanje žena radi obavljanja kućanskih poslova kako bi ih zaštitile. Što tim zemljama preporučuje Opća preporuka CEDAW-a br. 26 (2008.)?
    .opt-a = Zahtijevati da žene prije napuštanja zemlje dobiju dopuštenje muškog skrbnika
    .opt-b = Ukinuti zabrane koje se odnose samo na žene i diskriminirajuća ograničenja migracije žena
    .opt-c = Dopustiti ženama da radi rada migriraju samo kao uzdržavane članice obitelji muških radnika migranata
    .opt-d = Zadržati zabrane dok sve zemlje odredišta ne ratificiraju Konvenciju MOR-a br. 189
    .feedback = Opća preporuka br. 26 preporučuje zemljama podrijetla da ukinu zabrane koje se odnose samo na žene i diskriminirajuća ograničenja migracije žena na temelju dobi, bračnog stanja, trudnoće ili majčinstva te da ukinu zahtjeve da žene za izdavanje putovnice ili putovanje dobiju dopuštenje supruga ili muškog skrbnika. Zabrane ne uklanjaju razloge za migraciju i mogu žene potisnuti u nezakonite i rizičnije kanale.
    .opt-a-feedback = Opća preporuka br. 26 izričito poziva na ukidanje zahtjeva za dopuštenjem supruga ili muškog skrbnika.
    .opt-d-feedback = Obveze iz CEDAW-a izravno se primjenjuju na svaku državu stranku; ne ovise o tome što ratificiraju druge države.

q-sdg-remittance-cost = Na manje od kojeg postotka podcilj 10.c ciljeva održivog razvoja nastoji do 2030. smanjiti transakcijske troškove doznaka migranata? Upišite broj.
    .feedback = Podcilj 10.c Programa održivog razvoja do 2030. (A/RES/70/1) glasi: do 2030. smanjiti transakcijske troškove doznaka migranata na manje od 3 posto i ukinuti koridore za doznake s troškovima većima od 5 posto. U cilju 20 Globalnog sporazuma o migracijama države se obvezuju na brže, sigurnije i jeftinije slanje doznaka i na financijsku uključenost migranata.
