course-title = Migracije i rod
course-description = Rodno odgovorno upravljanje migracijama: međunarodni standardi, rodno zasnovani progon, bezbjedni i povjerljivi postupci, trgovina ljudima, žene radnice migrantkinje i podaci razvrstani po polu.

quiz-migration-gender-final = Završni test
    .description = Dvadeset pitanja iz cijelog kursa, po četiri iz svake teme. Imate 30 minuta, a za prolaz vam je potrebno 60 odsto.

## Category: principles

q-gender-and-sex = Prema Smjernicama UNHCR-a o međunarodnoj zaštiti br. 1 (2002), na šta se odnosi pojam „rod“?
    .opt-a = Na odnos između žena i muškaraca zasnovan na društveno ili kulturno konstruisanim identitetima, statusu, ulogama i odgovornostima
    .opt-b = Na biološke karakteristike sa kojima se osoba rađa i na osnovu kojih je ženskog ili muškog pola
    .opt-c = Na pol koji su organi upisali u izvod iz matične knjige rođenih i u lične isprave osobe
    .opt-d = Na sposobnost osobe da osjeća emocionalnu i seksualnu privlačnost prema osobama određenog pola ili roda
    .feedback = Smjernice UNHCR-a br. 1 (paragraf 3) definišu rod kao odnos između žena i muškaraca zasnovan na društveno ili kulturno konstruisanim i definisanim identitetima, statusu, ulogama i odgovornostima koji se pripisuju jednom ili drugom polu, dok je pol biološka odrednica. Rod stoga nije statičan ni urođen: njegovo značenje oblikuju društvo i kultura i ono se mijenja tokom vremena.
    .opt-b-feedback = Ovo opisuje pol, a ne rod. Smjernice pol tretiraju kao biološku odrednicu, a rod kao društveni i kulturni konstrukt.
    .opt-d-feedback = Ovo opisuje seksualnu orijentaciju. UNHCR se zahtjevima zasnovanim na seksualnoj orijentaciji i rodnom identitetu bavi u Smjernicama br. 9 (2012).

q-gcm-victimhood = Jedno od vodećih načela Globalnog dogovora o migracijama (2018) priznaje nezavisnost, aktivnu ulogu i liderstvo žena migrantkinja. Od kojeg pristupa ono nastoji da se udalji?
    .opt-a = Od posmatranja žena migrantkinja prvenstveno kao radnica
    .opt-b = Od posmatranja žena migrantkinja prvenstveno kao članova porodice
    .opt-c = Od posmatranja žena migrantkinja prvenstveno kao žrtava
    .opt-d = Od posmatranja žena migrantkinja prvenstveno kao nosilaca prava
    .feedback = Paragraf 15(g) Globalnog dogovora o migracijama (A/RES/73/195) navodi da Dogovor uvodi rodnu perspektivu i promoviše rodnu ravnopravnost i osnaživanje svih žena i djevojčica, priznajući njihovu nezavisnost, aktivnu ulogu i liderstvo, kako bi se prevazišlo posmatranje žena migrantkinja prvenstveno iz ugla žrtve.
    .opt-d-feedback = Dogovor se ne udaljava od ljudskih prava: „ljudska prava“ su i sama jedno od njegovih vodećih načela (paragraf 15(f)), a rodno odgovorno načelo zahtijeva da se ljudska prava žena, muškaraca, djevojčica i dječaka poštuju u svim fazama migracije.

q-equal-not-identical = Rodno odgovorno upravljanje migracijama znači primjenu potpuno istih pravila i usluga na žene i muškarce, bez obzira na njihove različite situacije i potrebe.
    .feedback = Netačno. Rodno odgovorno upravljanje teži suštinskoj ravnopravnosti: ono prepoznaje i uzima u obzir specifične potrebe žena, muškaraca, djevojčica i dječaka u svim fazama migracije (Globalni dogovor o migracijama, paragraf 15(g)). CEDAW definiše diskriminaciju žena kao svako pravljenje razlike, isključenje ili ograničenje po osnovu pola koje za posljedicu ili cilj ima ugrožavanje prava žena (član 1), a države ugovornice dužne su da je otklone (član 2), pa i formalno jednaka pravila mogu biti diskriminatorna. Član 4(1) potvrđuje da privremene posebne mjere za ubrzanje stvarne (de facto) ravnopravnosti ne predstavljaju diskriminaciju.

q-gcm-guiding-principles = Koja su od navedenih vodeća načela navedena u paragrafu 15 Globalnog dogovora o migracijama (2018)? Označite sve tačne odgovore.
    .opt-a = Rodna odgovornost
    .opt-b = Osjetljivost na potrebe djece
    .opt-c = Pravno obavezujuće kvote za prijem
    .opt-d = Prednost bezbjednosti nad ljudskim pravima
    .opt-e = Privremeni boravak kao pravilo za sve migrante
    .opt-f = Nacionalni suverenitet
    .feedback = Paragraf 15 navodi deset međusobno povezanih i međuzavisnih vodećih načela: usmjerenost na ljude, međunarodna saradnja, nacionalni suverenitet, vladavina prava i pravičan postupak, održivi razvoj, ljudska prava, rodna odgovornost, osjetljivost na potrebe djece, pristup cijele vlade i pristup cijelog društva.
    .opt-c-feedback = Dogovor je pravno neobavezujući okvir za saradnju (paragraf 7). On ne utvrđuje kvote.
    .opt-d-feedback = Ljudska prava su jedno od vodećih načela (paragraf 15(f)); Dogovor ne stavlja bezbjednost iznad njih.

q-intersecting-discrimination = Žena koja traži međunarodnu zaštitu diskriminisana je zato što je žena, zbog svog etničkog porijekla i zato što je osoba sa invaliditetom. Šta Opšta preporuka CEDAW br. 32 (2014) nalaže državama ugovornicama u pogledu takve diskriminacije?
    .opt-a = Da utvrde jedan, najozbiljniji osnov diskriminacije i bave se samo tim osnovom
    .opt-b = Da slučaj rješavaju isključivo prema propisima o invaliditetu, jer je to najspecifičniji osnov
    .opt-c = Da Konvenciju primjenjuju samo ako žena dokaže da je pol bio glavni osnov diskriminacije
    .opt-d = Da pravno priznaju ukrštene oblike diskriminacije i njihov kumulativni negativni uticaj i da ih zabrane
    .feedback = Paragraf 6 Opšte preporuke br. 32 navodi da je diskriminacija po osnovu pola ili roda često povezana sa drugim faktorima, kao što su rasa, etnička pripadnost, vjera, zdravlje, starost, klasa ili to što je žena lezbejka, biseksualna ili transrodna osoba, i da je ti faktori dodatno pojačavaju. Države ugovornice moraju pravno priznati takve ukrštene (intersekcijske) oblike diskriminacije i njihov kumulativni negativni uticaj na pogođene žene i zabraniti ih.
    .opt-a-feedback = Svođenje slučaja na jedan osnov prikriva zajedničko dejstvo različitih osnova. Opšta preporuka br. 32 zahtijeva od država da ukrštenu diskriminaciju priznaju kao takvu.
    .opt-c-feedback = CEDAW obuhvata žene koje se istovremeno suočavaju sa diskriminacijom po više osnova; ne zahtijeva se da pol bude preovlađujući osnov.

q-eu-statistics-sex = Koji akt EU obavezuje države članice da Eurostatu dostavljaju statističke podatke o migracijama i međunarodnoj zaštiti razvrstane po starosti i polu?
    .opt-a = Direktiva 2011/36/EU
    .opt-b = Uredba (EZ) br. 862/2007
    .opt-c = Uredba (EU) br. 604/2013
    .opt-d = Direktiva 2001/55/EZ
    .feedback = Uredba (EZ) br. 862/2007 o statistici Zajednice o migracijama i međunarodnoj zaštiti, izmijenjena Uredbom (EU) 2020/851, zahtijeva, između ostalog, da statistički podaci o migracionim tokovima i o zahtjevima za međunarodnu zaštitu budu razvrstani po starosti i polu. Podaci razvrstani po polu osnov su rodno odgovorne migracione politike.
    .opt-a-feedback = Direktiva 2011/36/EU je Direktiva EU o suzbijanju trgovine ljudima. Ona nije opšti akt o statistici migracija i azila.
    .opt-c-feedback = Uredba (EU) br. 604/2013 (Dablin III) utvrđivala je kriterijume za određivanje države članice odgovorne za razmatranje zahtjeva za međunarodnu zaštitu; od 1. jula 2026. godine zamijenjena je Uredbom (EU) 2024/1351 o upravljanju azilom i migracijama, ali se i dalje primjenjuje na zahtjeve registrovane prije tog datuma.
    .opt-d-feedback = Direktiva 2001/55/EZ je Direktiva o privremenoj zaštiti u situacijama masovnog priliva.

q-sdg-disaggregation = Podcilj 17.18 ciljeva održivog razvoja poziva na razvrstavanje podataka prema nizu karakteristika. Koje se od navedenih nalaze na tom spisku? Označite sve tačne odgovore.
    .opt-a = Vjera
    .opt-b = Rod
    .opt-c = Političko mišljenje
    .opt-d = Migracioni status
    .opt-e = Starost
    .feedback = Podcilj 17.18 Agende 2030 (A/RES/70/1) pozivao je na jačanje podrške izgradnji kapaciteta, do 2020. godine, kako bi se znatno povećala dostupnost kvalitetnih, blagovremenih i pouzdanih podataka razvrstanih po prihodima, rodu, starosti, rasi, etničkoj pripadnosti, migracionom statusu, invaliditetu, geografskoj lokaciji i drugim karakteristikama relevantnim u nacionalnom kontekstu. Vjera i političko mišljenje nijesu na tom spisku.

q-women-share-migrants = Prema podacima UN DESA (International Migrant Stock 2020), koliki su procenat svih međunarodnih migranata u svijetu 2020. godine činile žene i djevojčice? Navedite cijeli broj.
    .feedback = UN DESA je procijenio da je 2020. godine u svijetu bilo 281 milion međunarodnih migranata i da su žene i djevojčice činile oko 48 odsto njih, nešto manje od polovine. Prihvataju se odgovori od 47 do 49. Ovaj podatak pokazuje da migracione politike koje polaze od pretpostavke da je tipični migrant muškarac zanemaruju otprilike polovinu svih migranata. Prema podacima UN DESA (International Migrant Stock 2024), sredinom 2024. godine bilo je oko 304 miliona međunarodnih migranata.

q-gender-mainstreaming = Dopunite definiciju uvođenja rodne perspektive (gender mainstreaming) koju je 1997. godine usvojio Ekonomski i socijalni savjet UN (ECOSOC).
    .text = Uvođenje rodne perspektive je proces procjene posljedica svake planirane aktivnosti, uključujući zakonodavstvo, politike ili programe, po { $g1 }, u svim oblastima i na svim nivoima. Njegov krajnji cilj je postizanje { $g2 }.
    .opt-g1a = samo žene
    .opt-g1b = žene i muškarce
    .opt-g1c = državni budžet
    .opt-g2a = jednakog broja zaposlenih žena i muškaraca
    .opt-g2b = manjeg broja neregularnih migranata
    .opt-g2c = rodne ravnopravnosti
    .feedback = Usaglašeni zaključci ECOSOC-a 1997/2 definišu uvođenje rodne perspektive kao proces procjene posljedica svake planirane aktivnosti po žene i muškarce, u svim oblastima i na svim nivoima, kako bi žene i muškarci imali jednaku korist i kako se nejednakost ne bi održavala. Krajnji cilj je rodna ravnopravnost. Uvođenje rodne perspektive stoga nije ograničeno na projekte za žene, a uravnotežena kadrovska struktura samo je jedno od mogućih sredstava.

q-istanbul-definitions = Povežite svaki pojam sa njegovom definicijom iz člana 3 Istanbulske konvencije (2011).
    .left-domestic = Nasilje u porodici
    .left-gender = Rod
    .left-gbv = Rodno zasnovano nasilje nad ženama
    .left-women = Žene
    .right-family = Fizičko, seksualno, psihičko ili ekonomsko nasilje u porodici ili domaćinstvu, odnosno između bivših ili sadašnjih supružnika ili partnera
    .right-roles = Društveno konstruisane uloge, ponašanja, aktivnosti i osobine koje određeno društvo smatra primjerenim za žene i muškarce
    .right-because-woman = Nasilje usmjereno protiv žene zato što je žena ili nasilje koje nesrazmjerno pogađa žene
    .right-girls = Pojam koji obuhvata i djevojčice mlađe od 18 godina
    .right-public = Nasilje koje se vrši samo na javnim mjestima i samo od strane nepoznatih osoba
    .feedback = Član 3 Istanbulske konvencije definiše nasilje u porodici u tački (b), bez obzira na to da li učinilac dijeli ili je dijelio isto prebivalište sa žrtvom; rod u tački (c); rodno zasnovano nasilje nad ženama u tački (d); a u tački (f) navodi da pojam „žene“ obuhvata i djevojčice mlađe od 18 godina. Nasilje nad ženama obuhvata djela u javnom i u privatnom životu (tačka (a)), pa je posljednja definicija pogrešna.

## Category: instruments

q-instruments-chronology = Poređajte ove instrumente prema datumu usvajanja, počev od najranijeg.
    .item-refugee-convention = Konvencija o statusu izbjeglica
    .item-cedaw = Konvencija o eliminaciji svih oblika diskriminacije žena (CEDAW)
    .item-icrmw = Međunarodna konvencija o zaštiti prava svih radnika migranata i članova njihovih porodica
    .item-trafficking-protocol = Protokol za prevenciju, suzbijanje i kažnjavanje trgovine ljudskim bićima, naročito ženama i djecom
    .item-gcm = Globalni dogovor o bezbjednim, urednim i regularnim migracijama
    .feedback = Konvencija o statusu izbjeglica usvojena je 28. jula 1951. godine; CEDAW 18. decembra 1979. godine (rezolucija Generalne skupštine 34/180); Konvencija o radnicima migrantima 18. decembra 1990. godine (rezolucija 45/158); Protokol o trgovini ljudima, kojim se dopunjuje Konvencija UN protiv transnacionalnog organizovanog kriminala, 15. novembra 2000. godine (rezolucija 55/25); a Globalni dogovor o migracijama u Marakešu 10. decembra 2018. godine, nakon čega ga je Generalna skupština potvrdila rezolucijom 73/195 od 19. decembra 2018. godine.

q-gender-guidance-chronology = Poređajte ove tekstove o rodu, migracijama i azilu hronološki, počev od najranijeg.
    .item-unhcr-gl1 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 1 o rodno zasnovanom progonu
    .item-cedaw-gr26 = Opšta preporuka CEDAW br. 26 o ženama radnicama migrantkinjama
    .item-istanbul = Istanbulska konvencija Savjeta Evrope o nasilju nad ženama (otvorena za potpisivanje)
    .item-cedaw-gr32 = Opšta preporuka CEDAW br. 32
    .item-cjeu-ws = Presuda Suda pravde Evropske unije u predmetu WS (C-621/21)
    .feedback = Smjernice UNHCR-a br. 1: 7. maj 2002. godine. Opšta preporuka CEDAW br. 26: 5. decembar 2008. godine. Istanbulska konvencija: otvorena za potpisivanje 11. maja 2011. godine (na snazi od 1. avgusta 2014. godine). Opšta preporuka CEDAW br. 32: 5. novembar 2014. godine. Presuda Suda pravde EU (SPEU) u predmetu WS: 16. januar 2024. godine.

q-istanbul-residence = Dozvola boravka žene migrantkinje zavisi od statusa njenog supruga. On je nasilan i ona napušta brak. Šta su strane ugovornice, prema članu 59(1) Istanbulske konvencije, dužne da joj obezbijede u posebno teškim okolnostima?
    .opt-a = Samostalnu dozvolu boravka, ali samo ako je brak trajao najmanje tri godine
    .opt-b = Samostalnu dozvolu boravka, na zahtjev, bez obzira na to koliko je brak trajao
    .opt-c = Automatsko državljanstvo zemlje prijema, bez podnošenja zahtjeva
    .opt-d = Potpomognut povratak u zemlju porijekla zajedno sa djecom
    .feedback = Član 59(1) obavezuje strane ugovornice da obezbijede da se žrtvama čiji boravišni status zavisi od statusa supružnika ili partnera, u slučaju razvoda braka ili prekida veze, u posebno teškim okolnostima, na zahtjev, izda samostalna dozvola boravka, bez obzira na trajanje braka ili veze. Prema članu 59(2), žrtve mogu ostvariti obustavu postupka protjerivanja kako bi mogle podnijeti zahtjev za takvu dozvolu. Opšta preporuka CEDAW br. 26 (paragraf 26(f)) slično poziva na samostalan boravišni status za žene koje bježe od supruga ili poslodavca koji ih zlostavlja. Član 78(2) dozvoljava stranama ugovornicama da zadrže pravo da ne primjenjuju član 59 ili da ga primjenjuju samo u određenim slučajevima ili pod određenim uslovima, pa provjerite da li je vaša država stavila takvu rezervu.
    .opt-a-feedback = Član 59(1) glasi „bez obzira na trajanje braka ili veze“. Pravilo o minimalnom trajanju ne smije onemogućiti pristup samostalnoj dozvoli.
    .opt-c-feedback = Konvencija zahtijeva dozvolu boravka, a ne državljanstvo. Uslove i trajanje dozvole utvrđuje nacionalno zakonodavstvo.
    .opt-d-feedback = Svrha člana 59 je da žrtvi omogući da napusti nasilnu vezu bez gubitka prava na boravak, a ne da je vrati.

q-istanbul-asylum = Šta član 60 Istanbulske konvencije obavezuje strane ugovornice da obezbijede u vezi sa rodno zasnovanim nasiljem nad ženama u postupcima azila?
    .opt-a = Da se ono tretira kao novi, šesti osnov progona, dodat osnovima navedenim u Konvenciji o statusu izbjeglica iz 1951. godine
    .opt-b = Da ono može dovesti samo do humanitarne dozvole boravka, a nikada do statusa izbjeglice ili supsidijarne zaštite
    .opt-c = Da ga razmatraju samo krivični sudovi i da se ono izostavlja iz razmatranja zahtjeva za azil
    .opt-d = Da se ono može priznati kao oblik progona u smislu Konvencije o statusu izbjeglica iz 1951. godine i kao ozbiljna šteta za supsidijarnu zaštitu
    .feedback = Član 60(1) obavezuje strane ugovornice da obezbijede da se rodno zasnovano nasilje nad ženama može priznati kao oblik progona u smislu definicije izbjeglice iz Konvencije iz 1951. godine i kao oblik ozbiljne štete koji daje pravo na komplementarnu ili supsidijarnu zaštitu. Član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od osnova iz Konvencije, a član 60(3) rodno osjetljive procedure prijema, službe podrške, rodne smjernice i rodno osjetljive postupke azila.
    .opt-a-feedback = Konvencija ne dodaje novi osnov. Umjesto toga, član 60(2) zahtijeva rodno osjetljivo tumačenje svakog od postojećih osnova.
    .opt-b-feedback = Član 60(1) izričito otvara žrtvama rodno zasnovanog nasilja pristup i statusu izbjeglice i supsidijarnoj zaštiti.

q-istanbul-non-refoulement = Prema članu 61(2) Istanbulske konvencije, zaštita od vraćanja u zemlju u kojoj bi život žrtve bio ugrožen primjenjuje se samo na žene koje imaju regularan boravišni status.
    .feedback = Netačno. Član 61(2) štiti žrtve nasilja nad ženama kojima je potrebna zaštita „bez obzira na njihov status ili boravište“: one ni pod kojim okolnostima ne smiju biti vraćene u zemlju u kojoj bi njihov život bio ugrožen ili u kojoj bi mogle biti podvrgnute torturi ili nečovječnom ili ponižavajućem postupanju ili kažnjavanju. Član 61(1) obavezuje strane ugovornice da poštuju načelo non-refoulement u skladu sa svojim postojećim obavezama prema međunarodnom pravu.

q-grevio = Koje nezavisno ekspertsko tijelo prati kako strane ugovornice sprovode Istanbulsku konvenciju? Navedite njegovu skraćenicu.
    .feedback = GREVIO, Grupa eksperata za borbu protiv nasilja nad ženama i nasilja u porodici, osnovana je članom 66 Istanbulske konvencije. Njeni izvještaji o ocjeni obuhvataju i Poglavlje VII Konvencije o migracijama i azilu (članovi 59 do 61).

q-cedaw-nationality = Koji član CEDAW daje ženama jednaka prava kao muškarcima da steknu, promijene ili zadrže državljanstvo, kao i jednaka prava u pogledu državljanstva njihove djece?
    .opt-a = Član 6
    .opt-b = Član 11
    .opt-c = Član 9
    .opt-d = Član 15
    .feedback = Član 9(1) CEDAW daje ženama jednaka prava kao muškarcima da steknu, promijene ili zadrže državljanstvo, a član 9(2) jednaka prava kao muškarcima u pogledu državljanstva njihove djece. Opšta preporuka br. 32 (2014) upozorava da zakoni o državljanstvu koji ženama onemogućavaju da prenesu državljanstvo na djecu ili supružnike mogu dovesti do apatridije i poziva države da povuku rezerve na član 9.
    .opt-a-feedback = Član 6 obavezuje države da suzbijaju sve oblike trgovine ženama i iskorišćavanja prostitucije žena.
    .opt-b-feedback = Član 11 odnosi se na diskriminaciju žena u oblasti zapošljavanja.
    .opt-d-feedback = Član 15 odnosi se na jednakost pred zakonom; njegov stav 4 obuhvata slobodu kretanja i izbor boravišta i prebivališta, a ne državljanstvo.

q-gr26-categories = Opšta preporuka CEDAW br. 26 (2008) obuhvata žene radnice migrantkinje koje migriraju samostalno i one koje se pridružuju suprugu ili drugim članovima porodice koji su takođe radnici. Koju treću kategoriju obuhvata?
    .opt-a = Žene radnice migrantkinje bez dokumenata
    .opt-b = Žene koje putuju u inostranstvo samo kao turistkinje
    .opt-c = Žene diplomate i žene u konzularnom osoblju
    .opt-d = Žene interno raseljene u sopstvenoj zemlji
    .feedback = Opšta preporuka br. 26 odnosi se na žene radnice migrantkinje koje mogu biti izložene riziku od zlostavljanja i diskriminacije: one koje migriraju samostalno, one koje se pridružuju suprugu ili drugim članovima porodice koji su takođe radnici i žene radnice migrantkinje bez dokumenata, koje mogu pripadati bilo kojoj od prve dvije grupe. Ona naglašava da CEDAW štiti sve žene, uključujući migrantkinje, od diskriminacije po osnovu pola i roda.
    .opt-d-feedback = Interno raseljene žene nijesu prešle međunarodnu granicu. Opšta preporuka br. 26 odnosi se na žene koje radi zaposlenja migriraju u drugu zemlju.

q-instrument-topics = Povežite svaki instrument sa njegovim glavnim predmetom.
    .left-gr32 = Opšta preporuka CEDAW br. 32 (2014)
    .left-gr35 = Opšta preporuka CEDAW br. 35 (2017)
    .left-gl9 = Smjernice UNHCR-a o međunarodnoj zaštiti br. 9 (2012)
    .left-c189 = Konvencija MOR-a (ILO) br. 189 (2011)
    .right-asylum-nationality = Izbjeglički status, azil, državljanstvo i apatridija žena
    .right-violence = Rodno zasnovano nasilje nad ženama, kojom se ažurira Opšta preporuka br. 19
    .right-sogi = Zahtjevi za status izbjeglice zasnovani na seksualnoj orijentaciji i/ili rodnom identitetu
    .right-domestic-work = Dostojanstven rad za kućne radnike
    .right-children = Zahtjevi za azil koje podnose djeca
    .feedback = Opšta preporuka br. 32 (CEDAW/C/GC/32) obuhvata rodne dimenzije izbjegličkog statusa, azila, državljanstva i apatridije žena. Opšta preporuka br. 35 (CEDAW/C/GC/35) o rodno zasnovanom nasilju nad ženama ažurira Opštu preporuku br. 19 (1992). Smjernice UNHCR-a br. 9 (HCR/GIP/12/09) odnose se na zahtjeve zasnovane na seksualnoj orijentaciji i/ili rodnom identitetu. Konvencija MOR-a br. 189 je Konvencija o kućnim radnicima. Zahtjevi za azil koje podnose djeca predmet su Smjernica UNHCR-a br. 8 (2009).

## Category: protection

q-psg-definition = Prema Smjernicama UNHCR-a br. 2 (2002) o pripadnosti određenoj društvenoj grupi, koja je tvrdnja tačna?
    .opt-a = Članovi grupe moraju se međusobno poznavati i djelovati zajedno kao povezana i organizovana grupa
    .opt-b = Grupa dijeli zajedničku karakteristiku koja nije rizik od progona ili je društvo doživljava kao grupu
    .opt-c = Grupa se može definisati samo progonom koji trpe njeni članovi, a nikakvom drugom karakteristikom
    .opt-d = Podnosilac zahtjeva mora dokazati da je svaki član grupe pojedinačno izložen riziku od progona
    .feedback = UNHCR definiše određenu društvenu grupu kao grupu lica koja dijele zajedničku karakteristiku različitu od rizika da budu progonjena ili koju društvo doživljava kao grupu. Ta karakteristika je često urođena, nepromjenljiva ili na drugi način suštinska za identitet, savjest ili ostvarivanje ljudskih prava. Pol je primjer takve karakteristike.
    .opt-a-feedback = Smjernice br. 2 potvrđuju da ne postoji zahtjev povezanosti: članovi ne moraju da se poznaju niti da se međusobno druže.
    .opt-c-feedback = Grupa se ne može definisati isključivo progonom koji trpe njeni članovi, iako progon može doprinijeti tome da grupa postane vidljiva u društvu.
    .opt-d-feedback = Ne mora svaki član grupe biti izložen riziku. Podnosilac zahtjeva mora pokazati da je njegov ili njen strah od progona osnovan.

q-women-group-size = Prema stavu UNHCR-a, žene u određenoj zemlji ne mogu činiti određenu društvenu grupu jer bi takva grupa bila prevelika.
    .feedback = Netačno. Smjernice UNHCR-a br. 1 i br. 2 (2002) navode da žene mogu činiti određenu društvenu grupu: pol je urođena i nepromjenljiva karakteristika, a prema ženama se često postupa drugačije nego prema muškarcima. Veličina grupe nije relevantan kriterijum; i drugi osnovi iz Konvencije, kao što su vjera ili političko mišljenje, obuhvataju veoma velike grupe. SPEU je došao do saglasnog zaključka u predmetu WS (C-621/21, 2024): žene u cjelini mogu se smatrati određenom društvenom grupom.

q-cjeu-ws = Šta je Sud pravde EU odlučio u predmetu WS (C-621/21, 16. januar 2024) u vezi sa ženama i osnovom „pripadnost određenoj društvenoj grupi“?
    .opt-a = Žene mogu činiti određenu društvenu grupu samo ako dijele i dodatnu karakteristiku, kao što je etnička pripadnost
    .opt-b = Rodno zasnovano nasilje može dovesti samo do supsidijarne zaštite, a nikada do statusa izbjeglice
    .opt-c = Istanbulska konvencija i CEDAW nemaju značaj za tumačenje prava EU o azilu
    .opt-d = Žene u cjelini mogu činiti određenu društvenu grupu ako su u zemlji porijekla izložene nasilju zbog svog roda
    .feedback = U predmetu WS Veliko vijeće je presudilo da se, prema članu 10(1)(d) Direktive 2011/95/EU, za žene u cjelini može smatrati da pripadaju određenoj društvenoj grupi ako se utvrdi da su u zemlji porijekla izložene fizičkom ili psihičkom nasilju, uključujući seksualno nasilje i nasilje u porodici, zbog svog roda. Sud je Direktivu tumačio u skladu sa CEDAW i Istanbulskom konvencijom.
    .opt-a-feedback = Dodatna karakteristika nije potrebna, iako žene koje dijele takvu karakteristiku (na primjer, to što su pobjegle od prinudnog braka) takođe mogu činiti određenu društvenu grupu.
    .opt-b-feedback = Sud je prihvatio da takve žene mogu ispunjavati uslove za status izbjeglice. Supsidijarna zaštita razmatra se samo ako uslovi za status izbjeglice nijesu ispunjeni.
    .opt-c-feedback = Sud je Direktivu tumačio u svjetlu CEDAW, koju su ratifikovale sve države članice EU, i Istanbulske konvencije, koja obavezuje EU.

q-non-state-actors = Žena se plaši teškog nasilja od strane supruga. Organi u njenoj zemlji ne štite žene u takvim slučajevima jer to smatraju privatnom porodičnom stvari. Koje su tvrdnje tačne prema Smjernicama UNHCR-a br. 1 (2002)? Označite sve tačne odgovore. Netačni odgovori smanjuju broj bodova.
    .opt-a = Nasilje u porodici je privatna stvar i nije obuhvaćeno definicijom izbjeglice
    .opt-b = Njen zahtjev može biti usvojen samo ako je njen suprug državni službenik
    .opt-c = Progon može poticati od nedržavnog aktera ako država ne može ili ne želi da pruži zaštitu
    .opt-d = Veza sa osnovom iz Konvencije postoji i ako joj država ne pruža zaštitu iz razloga predviđenog Konvencijom
    .feedback = Smjernice UNHCR-a br. 1 priznaju da progon mogu vršiti nedržavni akteri, kao što su članovi porodice, ako država ne može ili ne želi da pruži djelotvornu zaštitu. Uzročna veza („zbog“) postoji ako joj nedržavni akter nanosi štetu iz razloga predviđenog Konvencijom ili ako joj država ne pruža zaštitu iz razloga predviđenog Konvencijom. Pravo EU slijedilo je isti pristup u članovima 6(c) i 9(3) Direktive 2011/95/EU, a Uredba (EU) 2024/1347, koja se primjenjuje od 1. jula 2026. godine, zadržava ga (članovi 6 i 9).
    .opt-a-feedback = Nasilje u porodici može predstavljati progon kada zaštita države nije dostupna. Nazivanje tog nasilja „privatnim“ ne isključuje ga iz definicije izbjeglice.
    .opt-b-feedback = Progonitelj ne mora biti predstavnik države. Bitno je da li je dostupna djelotvorna zaštita države.

q-qd-gender = Dopunite dvije odredbe Direktive EU o kvalifikaciji 2011/95/EU (koja se primjenjivala do 30. juna 2026. godine, a od 1. jula 2026. godine zamijenjena je Uredbom (EU) 2024/1347).
    .text = Prema članu 9(2)(f), djela progona mogu imati oblik djela { $g1 } prirode ili djela specifičnih za djecu. Prema članu 10(1)(d), pri utvrđivanju pripadnosti određenoj društvenoj grupi dužna pažnja posvećuje se aspektima povezanim sa rodom, uključujući { $g2 }.
    .opt-g1a = rodno specifične
    .opt-g1b = isključivo ekonomske
    .opt-g1c = vojne
    .opt-g2a = rodni identitet
    .opt-g2b = bračni status
    .opt-g2c = nivo obrazovanja
    .feedback = Član 9(2)(f) Direktive 2011/95/EU navodi djela rodno specifične prirode ili djela specifična za djecu među mogućim djelima progona. Član 10(1)(d) zahtijeva da se aspektima povezanim sa rodom, uključujući rodni identitet, posveti dužna pažnja u svrhu utvrđivanja pripadnosti određenoj društvenoj grupi ili identifikovanja karakteristike takve grupe. Uredba (EU) 2024/1347 preuzima ova pravila o djelima progona i razlozima progona u svojim članovima 9 i 10.

q-sogi-concealment = Gej muškarac navodi da bi bio u opasnosti kada bi u zemlji porijekla živio otvoreno. Može li organ nadležan za azil očekivati od njega da progon izbjegne tako što će skrivati svoju seksualnu orijentaciju?
    .opt-a = Da, ako je skrivao svoju seksualnu orijentaciju prije nego što je napustio zemlju
    .opt-b = Da, ako se zakoni protiv istopolnih odnosa u praksi rijetko primjenjuju
    .opt-c = Ne, od podnosioca zahtjeva ne može se očekivati da skriva svoju seksualnu orijentaciju
    .opt-d = Da, ako nije javna ličnost niti aktivista za ljudska prava
    .feedback = Smjernice UNHCR-a br. 9 (2012) navode da država ne može očekivati ni zahtijevati od podnosioca zahtjeva da promijeni ili skriva svoj identitet kako bi izbjegao progon. SPEU je zauzeo isti stav u predmetu X, Y i Z (C-199/12 do C-201/12, 7. novembar 2013): organi ne mogu razumno očekivati od podnosioca zahtjeva da u zemlji porijekla skriva svoju homoseksualnost ili da bude uzdržan u njenom izražavanju. Isto rezonovanje primjenjuje se na lezbejke, biseksualne, transrodne i interpolne podnosioce zahtjeva.
    .opt-a-feedback = Skrivanje u prošlosti može i samo biti posljedica straha. Odlučujuće je šta bi se desilo kada bi živio otvoreno, a ne da li je ranije uspijevao da se skriva.
    .opt-b-feedback = Učestalost primjene zakona relevantna je za procjenu rizika, ali nije razlog da se od podnosioca zahtjeva zahtijeva da skriva svoj identitet.

q-criminalisation-per-se = Prema stavu SPEU u predmetu X, Y i Z (2013), samo postojanje zakona kojim se homoseksualne radnje kriminalizuju uvijek predstavlja progon, bez obzira na to da li se zakon primjenjuje.
    .feedback = Netačno. Sud je presudio da kriminalizacija sama po sebi ne predstavlja djelo progona, ali da ga predstavlja kazna zatvora za homoseksualne radnje koja se u zemlji porijekla stvarno izriče, jer je to nesrazmjerna ili diskriminatorna kazna (član 9(2)(c) Direktive 2004/83/EZ). Smjernice UNHCR-a br. 9 (2012) dodaju da i zakoni koji se rijetko primjenjuju mogu, u zavisnosti od okolnosti, stvoriti nepodnošljivu situaciju za podnosioca zahtjeva, pa je u svakom slučaju potrebna pažljiva pojedinačna procjena.

q-sogi-credibility = U predmetu A, B i C (C-148/13 do C-150/13, 2. decembar 2014) SPEU je postavio granice načinu na koji organi mogu ocjenjivati vjerodostojnost navedene seksualne orijentacije. Koje je prakse isključio? Označite sve tačne odgovore.
    .opt-a = Detaljna pitanja o seksualnim praksama podnosioca zahtjeva
    .opt-b = Otvorena pitanja o tome kako je podnosilac zahtjeva postao svjestan svoje orijentacije
    .opt-c = Prihvatanje „testova“ ili snimaka seksualnih radnji kao dokaza
    .opt-d = Uzimanje izjava samog podnosioca zahtjeva kao polazne tačke procjene
    .opt-e = Procjena zasnovana isključivo na stereotipnim predstavama o homoseksualcima
    .feedback = Sud je presudio da pravo EU isključuje procjenu zasnovanu samo na pitanjima koja počivaju na stereotipnim predstavama, detaljno ispitivanje o seksualnim praksama i dokaze kao što su izvođenje seksualnih radnji, „testovi“ ili snimci, jer se time povređuju ljudsko dostojanstvo i pravo na privatni život. Izjave podnosioca zahtjeva polazna su tačka procjene, a kasno otkrivanje samo po sebi ne dokazuje nedostatak vjerodostojnosti.
    .opt-b-feedback = Otvorena, obazriva pitanja o ličnom iskustvu identiteta podnosioca zahtjeva preporučuju Smjernice UNHCR-a br. 9; Sud ih nije isključio.
    .opt-d-feedback = Sud ovo nije isključio: naveo je da su izjave podnosioca zahtjeva samo polazna tačka procjene i da ih možda treba potvrditi.

q-refugee-definition-article = Koja odredba Konvencije o statusu izbjeglica iz 1951. godine sadrži definiciju izbjeglice, uključujući pet osnova progona?
    .opt-a = Član 1A stav 2
    .opt-b = Član 1F
    .opt-c = Član 31
    .opt-d = Član 33 stav 1
    .feedback = Član 1A stav 2 definiše izbjeglicu kao lice koje se, zbog osnovanog straha od progona zbog rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj grupi ili političkog mišljenja, nalazi van zemlje čije državljanstvo ima i ne može ili, zbog tog straha, ne želi da se stavi pod zaštitu te zemlje. Pol i rod nijesu navedeni, ali Smjernice UNHCR-a br. 1 (2002) potvrđuju da definicija, pravilno protumačena, obuhvata zahtjeve povezane sa rodom.
    .opt-b-feedback = Član 1F je klauzula o isključenju: Konvencija se ne primjenjuje na lice za koje postoje ozbiljni razlozi da se smatra da je izvršilo zločin protiv mira, ratni zločin ili zločin protiv čovječnosti, teško nepolitičko krivično djelo van zemlje utočišta prije prijema u nju, ili djela suprotna ciljevima i načelima Ujedinjenih nacija.
    .opt-c-feedback = Član 31 odnosi se na izbjeglice koje se nezakonito nalaze u zemlji utočišta: države ne smiju kažnjavati zbog nezakonitog ulaska ili boravka izbjeglice koje dolaze neposredno sa teritorije na kojoj su im život ili sloboda bili ugroženi, pod uslovom da se bez odlaganja jave vlastima i navedu opravdane razloge.
    .opt-d-feedback = Član 33 stav 1 zabranjuje protjerivanje ili vraćanje (non-refoulement): nijedna država ne smije protjerati ili vratiti izbjeglicu na granice teritorija na kojima bi njegov ili njen život ili sloboda bili ugroženi zbog rase, vjere, nacionalnosti, pripadnosti određenoj društvenoj grupi ili političkog mišljenja. Ponavlja pet osnova, ali ne definiše ko je izbjeglica.

## Category: procedures

q-same-sex-interviewer = Prema članu 15(3)(b) Direktive EU o postupcima azila 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine), kada su države članice, kad god je to moguće, morale da obezbijede da lični intervju vodi osoba istog pola kao podnosilac zahtjeva?
    .opt-a = Kada podnosilac zahtjeva to zatraži, osim ako zahtjev nije povezan sa teškoćama u iznošenju razloga zahtjeva
    .opt-b = Samo kada je podnosilac zahtjeva dijete bez pratnje i kada je staratelj to zatražio u ime djeteta
    .opt-c = U svakom slučaju, automatski, bez obzira na to da li je podnosilac zahtjeva išta zatražio
    .opt-d = Samo kada podnosilac zahtjeva podnese ljekarski izvještaj koji pokazuje da pati od traume
    .feedback = Član 15(3)(b) obavezuje države članice da, kad god je to moguće, obezbijede da intervju vodi osoba istog pola ako podnosilac zahtjeva to zatraži, osim ako nadležni organ ima razloga da vjeruje da je taj zahtjev zasnovan na razlozima koji nijesu povezani sa teškoćama podnosioca da na sveobuhvatan način iznese razloge svog zahtjeva. Uredba o postupku azila (EU) 2024/1348, koja je od 12. juna 2026. godine zamijenila Direktivu, zadržava ovaj pristup: kada podnosilac zahtjeva to zatraži i kada je moguće, lica koja vode intervju i prevodioci treba da budu pola koji podnosilac zahtjeva želi (uvodna izjava 21).
    .opt-c-feedback = Prema članu 15(3)(b) ova garancija zavisi od zahtjeva podnosioca. Smjernice UNHCR-a br. 1 (paragraf 36(iii)) kao dobra praksa idu dalje: podnosioce zahtjeva treba obavijestiti da mogu izabrati lice koje vodi intervju i prevodioca istog pola, a ženama podnositeljkama zahtjeva oni treba da budu obezbijeđeni automatski.
    .opt-d-feedback = Nijesu potrebni medicinski dokazi. Sam zahtjev je dovoljan, osim ako nadležni organ ima razloga da vjeruje da je zahtjev zasnovan na razlozima koji nijesu povezani sa teškoćama u iznošenju razloga zahtjeva.

q-same-sex-interpreter = Prema pravu EU o postupku azila (Direktiva 2013/32/EU do 11. juna 2026. godine i Uredba (EU) 2024/1348 od 12. juna 2026. godine), podnosilac zahtjeva može tražiti prevodioca istog pola, koji bi trebalo da mu bude obezbijeđen kad god je to moguće.
    .feedback = Tačno. Član 15(3)(c) Direktive 2013/32/EU obavezivao je države članice da izaberu prevodioca koji može da obezbijedi odgovarajuću komunikaciju i da, kad god je to moguće, obezbijede prevodioca istog pola ako podnosilac zahtjeva to zatraži, osim ako nadležni organ ima razloga da vjeruje da je zahtjev zasnovan na razlozima koji nijesu povezani sa teškoćama u iznošenju razloga zahtjeva. Smjernice UNHCR-a br. 1 (2002) preporučuju da sa ženama podnositeljkama zahtjeva intervju vode i prevode osobe istog pola. Uredba (EU) 2024/1348 to zadržava: kada podnosilac zahtjeva to zatraži i kada je moguće, prevodioci treba da budu pola koji podnosilac zahtjeva želi (uvodna izjava 21), a na intervjuu mora biti prisutan prevodilac koji može da obezbijedi odgovarajuću komunikaciju (član 13(5)).

q-separate-interview = Žena podnosi zahtjev za međunarodnu zaštitu zajedno sa suprugom. Koji je glavni zaštitni razlog da joj se ponudi poseban i povjerljiv lični intervju?
    .opt-a = Nadležni organ treba da uporedi njenu izjavu sa izjavom supruga kako bi otkrio nedosljednosti
    .opt-b = Ona može imati sopstvene razloge za zaštitu, kao što je rodno zasnovani progon, koje ne može iznijeti pred članovima porodice
    .opt-c = Pravo EU ne dozvoljava da supružnici budu obuhvaćeni jednim zahtjevom za međunarodnu zaštitu
    .opt-d = Poseban intervju je potreban samo kada suprug i supruga govore različitim jezicima
    .feedback = Žene su mogle pretrpjeti progon, uključujući seksualno nasilje, o kojem ne mogu govoriti pred suprugom ili drugim rođacima, i mogu imati sopstveni zahtjev. Član 14(1) Direktive 2013/32/EU davao je svakom punoljetnom izdržavanom licu mogućnost ličnog intervjua, a član 15(1) propisivao je da se intervju po pravilu obavlja bez prisustva članova porodice. Smjernice UNHCR-a br. 1 (2002) i Opšta preporuka CEDAW br. 32 (2014) takođe pozivaju da se intervju sa ženama obavlja odvojeno. Uvodna izjava 21 Uredbe (EU) 2024/1348, koja se primjenjuje od 12. juna 2026. godine, navodi da podnosiocima zahtjeva treba pružiti djelotvornu mogućnost da intervju obave odvojeno od supružnika, partnera ili drugih članova porodice.
    .opt-a-feedback = Upoređivanje izjava nije svrha ove garancije. Poseban intervju postoji da bi ona mogla bezbjedno da iznese sopstvene razloge.
    .opt-c-feedback = Pravo EU dozvoljava da se zahtjev podnese i u ime izdržavanih lica; ono zahtijeva da svako punoljetno izdržavano lice ima mogućnost ličnog intervjua (član 14(1)).

q-survivor-centred = Koji skup vodećih načela čini osnovu pristupa usmjerenog na preživjele u oblasti rodno zasnovanog nasilja u humanitarnim situacijama i situacijama raseljenja?
    .opt-a = Bezbjednost, povjerljivost, poštovanje i nediskriminacija
    .opt-b = Brzina, prikupljanje dokaza, posredovanje i pomirenje
    .opt-c = Obavezno prijavljivanje, pristanak porodice, diskrecija i povratak
    .opt-d = Neutralnost, nepristrasnost, nezavisnost i humanost
    .feedback = Međuagencijske smjernice o rodno zasnovanom nasilju u vanrednim situacijama (Smjernice IASC iz 2005. i 2015. godine) navode četiri vodeća načela rada sa preživjelima: bezbjednost preživjele osobe, povjerljivost, poštovanje želja, prava i dostojanstva preživjele osobe i nediskriminaciju. Preživjela osoba odlučuje koje će usluge koristiti, a informacije o njoj se, po pravilu, dijele samo uz njen informisani pristanak.
    .opt-b-feedback = Posredovanje ili pomirenje između preživjele osobe i učinioca može preživjelu izložiti daljoj šteti i pritisku; to nije načelo pristupa usmjerenog na preživjele.
    .opt-d-feedback = Ovo su opšta humanitarna načela kojima se rukovodi svako humanitarno djelovanje. Ona nijesu posebna načela za rad sa osobama koje su preživjele rodno zasnovano nasilje.

q-reception-gbv = Član 18 Direktive EU o uslovima prijema 2013/33/EU (koja se primjenjivala do 11. juna 2026. godine) utvrđivao je pravila o smještaju podnosilaca zahtjeva. Koje od navedenih obaveza je sadržala ta Direktiva? Označite sve tačne odgovore.
    .opt-a = Uzeti u obzir pitanja specifična za rod i uzrast u centrima za smještaj
    .opt-b = Preduzeti mjere za sprječavanje napada i rodno zasnovanog nasilja, uključujući seksualni napad i uznemiravanje
    .opt-c = Nikada ne smještati žene i muškarce u odvojene zgrade, jer bi to bilo diskriminatorno
    .opt-d = Žrtvi napada pružiti medicinsku njegu tek nakon što napad prijavi policiji
    .feedback = Član 18(3) obavezuje države članice da u centrima za smještaj uzmu u obzir pitanja specifična za rod i uzrast, kao i položaj ranjivih lica, a član 18(4) da preduzmu odgovarajuće mjere za sprječavanje napada i rodno zasnovanog nasilja, uključujući seksualni napad i uznemiravanje. Član 25(1) zahtijeva neophodno medicinsko i psihološko liječenje lica koja su bila izložena silovanju ili drugim teškim oblicima nasilja, bez ikakvog uslova da je podnesena prijava policiji. Direktiva (EU) 2024/1346, koja je od 12. juna 2026. godine zamijenila Direktivu 2013/33/EU, zadržava ove zaštitne mjere u svojim pravilima o smještaju (član 20).
    .opt-c-feedback = Direktiva ne zabranjuje odvojene objekte; odvojen i bezbjedan smještaj može biti način da se odgovori na potrebe specifične za rod.
    .opt-d-feedback = Pristup liječenju prema članu 25(1) ne zavisi od prijave policiji. Uslovljavanje njege prijavom odvraćalo bi preživjele od traženja pomoći.

q-interview-stages = Poređajte faze rodno osjetljivog ličnog intervjua u postupku azila redom koji preporučuje praktični vodič EUAA (ranije EASO) o ličnom intervjuu.
    .item-prepare = Proučiti spis i obezbijediti lice koje vodi intervju i prevodioca pola koji je podnosilac zahtjeva tražio
    .item-open = Predstaviti sve prisutne i objasniti svrhu intervjua i pravila o povjerljivosti
    .item-narrative = Pozvati podnosioca zahtjeva da slobodno iznese razloge svog zahtjeva
    .item-clarify = Postaviti konkretna pitanja radi razjašnjenja praznina, nedostajućih detalja i nedosljednosti
    .item-close = Dati podnosiocu zahtjeva priliku da dopuni ili ispravi informacije i objasniti naredne korake
    .feedback = Praktični vodič EASO (sada EUAA) o ličnom intervjuu predviđa pet faza: pripremu, otvaranje intervjua i pružanje informacija, vođenje intervjua, ispitivanje suštine zahtjeva i zatvaranje intervjua sa aktivnostima nakon intervjua. Slobodno izlaganje prije konkretnih pitanja omogućava podnositeljki zahtjeva da svoju priču ispriča sopstvenim riječima i smanjuje uticaj pretpostavki lica koje vodi intervju.

q-separated-child = Djevojčica od 15 godina dolazi bez roditelja. Putuje sa punoljetnom tetkom. Kako se ona klasifikuje prema Opštem komentaru br. 6 (2005) Komiteta za prava djeteta?
    .opt-a = Kao dijete bez pratnje
    .opt-b = Kao dijete u pratnji bez posebnih potreba za zaštitom
    .opt-c = Kao razdvojeno dijete
    .opt-d = Kao punoljetno lice za potrebe postupka azila
    .feedback = Opšti komentar br. 6 (paragrafi 7-8) definiše djecu bez pratnje kao djecu odvojenu od oba roditelja i drugih srodnika, o kojoj se ne stara odrasla osoba koja je za to odgovorna po zakonu ili običaju. Razdvojena djeca su odvojena od oba roditelja ili od prethodnog zakonskog ili uobičajenog primarnog staratelja, ali ne nužno i od drugih srodnika, pa mogu biti u pratnji drugih odraslih članova porodice. Odnos sa odraslom osobom u pratnji ipak treba provjeriti, jer su razdvojene djevojčice izložene riziku od trgovine ljudima, eksploatacije ili prinudnog braka. Imajte u vidu da pravo EU o azilu primjenjuje drugačiji kriterijum: dijete je bez pratnje ako nije u pratnji odrasle osobe koja je za njega odgovorna po zakonu ili prema praksi države članice o kojoj je riječ, pa nacionalni organi istu djevojčicu mogu tretirati kao maloljetnicu bez pratnje i odrediti joj zastupnika.
    .opt-a-feedback = Ona nije bez pratnje, jer se o njoj stara odrasla srodnica. Međutim, odvojena je od roditelja i i dalje su joj potrebne mjere zaštite.
    .opt-b-feedback = Razdvojena djeca su, prema Opštem komentaru br. 6, grupa sa posebnim potrebama za zaštitom, čak i kada je srodnik prisutan.
    .opt-d-feedback = Prema članu 1 Konvencije o pravima djeteta, dijete je svako ljudsko biće mlađe od 18 godina.

q-guardian-timing = Prema Opštem komentaru br. 6 (2005) Komiteta za prava djeteta, staratelj djevojčici bez pratnje treba da bude postavljen tek nakon donošenja odluke o njenom zahtjevu za azil.
    .feedback = Netačno. Paragraf 33 Opšteg komentara br. 6 navodi da staratelja ili savjetnika treba postaviti čim se dijete bez pratnje ili razdvojeno dijete identifikuje i da ta funkcija traje dok dijete ne postane punoljetno ili trajno ne napusti teritoriju. Član 25(1)(a) Direktive 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine) takođe je zahtijevao da se što prije preduzmu mjere kako bi zastupnik zastupao maloljetnika bez pratnje i pružao mu pomoć. Instrumenti Pakta koji su je zamijenili zadržavaju obavezu da se djetetu bez pratnje što prije odredi zastupnik. Rano postavljanje staratelja pomaže u zaštiti djevojčica od trgovine ljudima, eksploatacije i zlostavljanja.

q-interview-conditions = Dopunite pravila o uslovima ličnog intervjua iz člana 15 Direktive EU o postupcima azila 2013/32/EU (koja se primjenjivala do 11. juna 2026. godine).
    .text = Lični intervju se po pravilu obavlja bez prisustva { $g1 } i odvija se u uslovima koji obezbjeđuju odgovarajuću { $g2 }.
    .opt-g1a = prevodioca
    .opt-g1b = članova porodice
    .opt-g1c = pravnog savjetnika
    .opt-g2a = javnost
    .opt-g2b = brzinu
    .opt-g2c = povjerljivost
    .feedback = Član 15(1) propisuje da se lični intervju po pravilu obavlja bez prisustva članova porodice, osim ako nadležni organ smatra da je njihovo prisustvo neophodno za odgovarajuće razmatranje. Član 15(2) zahtijeva uslove koji obezbjeđuju odgovarajuću povjerljivost. Ova pravila pomažu ženama, a naročito osobama koje su preživjele seksualno nasilje, da slobodno govore. Prevodilac je po pravilu prisutan, a član 23(3) dozvoljava podnosiocu zahtjeva da povede pravnog savjetnika. Uredba (EU) 2024/1348, koja se primjenjuje od 12. juna 2026. godine, zadržava zahtjev da uslovi obezbjeđuju odgovarajuću privatnost i povjerljivost (član 13(3)) i mogućnost da se intervju obavi odvojeno od članova porodice (uvodna izjava 21).

## Category: labour-trafficking

q-trafficking-elements = Član 3(a) Protokola UN o trgovini ljudima (2000) definiše trgovinu ljudima kroz tri elementa. Povežite svaki element sa primjerom.
    .left-act = Radnja
    .left-means = Sredstvo
    .left-purpose = Svrha
    .right-recruit = Vrbovanje, prevoz ili skrivanje žene
    .right-deceive = Njeno obmanjivanje ili zloupotreba njenog teškog položaja
    .right-exploit = Prinudni rad ili seksualna eksploatacija
    .right-border = Prelazak granice bez važeće vize ili pasoša
    .feedback = Protokol definiše trgovinu ljudima kao radnju (vrbovanje, prevoz, transfer, skrivanje ili prihvat lica), izvršenu određenim sredstvima (prijetnja silom ili upotreba sile, prinuda, otmica, prevara, obmana, zloupotreba ovlašćenja ili teškog položaja, ili davanje ili primanje novca ili koristi radi dobijanja pristanka lica koje ima kontrolu nad drugim licem), u svrhu eksploatacije (koja obuhvata, kao minimum, eksploataciju prostitucije drugih lica ili druge oblike seksualne eksploatacije, prinudni rad ili usluge, ropstvo ili odnose slične ropstvu, služenje ili uklanjanje organa). Neregularni prelazak granice nije element trgovine ljudima; obezbjeđivanje nezakonitog ulaska radi finansijske ili druge materijalne koristi predstavlja krijumčarenje migranata prema posebnom Protokolu o krijumčarenju.

q-child-trafficking-means = Prema članu 3(c) Protokola UN o trgovini ljudima (2000), vrbovanje djevojčice od 16 godina u svrhu eksploatacije predstavlja trgovinu ljudima čak i ako nijesu korišćena nikakva sredstva, kao što su sila ili obmana.
    .feedback = Tačno. Član 3(c) propisuje da vrbovanje, prevoz, transfer, skrivanje ili prihvat djeteta u svrhu eksploatacije predstavlja trgovinu ljudima čak i ako ne uključuje nijedno od sredstava navedenih u članu 3(a). Prema članu 3(d), dijete je svako lice mlađe od 18 godina.

q-consent-irrelevant = Žena je pristala da radi u inostranstvu kao konobarica. Po dolasku joj je poslodavac oduzeo pasoš i primorao je na prostituciju kako bi otplatila „dug“. Kakvo je pravno dejstvo njenog prvobitnog pristanka na putovanje i rad?
    .opt-a = Njen pristanak čini je krijumčarenom migrantkinjom, a ne žrtvom trgovine ljudima
    .opt-b = Zbog njenog pristanka trgovina ljudima može se dokazati samo ako je bila fizički prisiljena
    .opt-c = Njen pristanak čini je odgovornom za rad bez dozvole
    .opt-d = Njen pristanak je bez značaja, jer su korišćene obmana i prinuda
    .feedback = Prema članu 3(b) Protokola o trgovini ljudima, pristanak žrtve na namjeravanu eksploataciju je bez značaja ako je korišćeno bilo koje od sredstava iz člana 3(a). Obmana u vezi sa poslom, dužničko ropstvo i oduzimanje pasoša ukazuju na trgovinu ljudima. Član 26 Konvencije Savjeta Evrope o borbi protiv trgovine ljudima (2005) obavezuje strane ugovornice da predvide mogućnost nekažnjavanja žrtava za njihovo učešće u nezakonitim aktivnostima u mjeri u kojoj su na to bile primorane.
    .opt-a-feedback = Krijumčarenje se odnosi na obezbjeđivanje nezakonitog ulaska radi sticanja dobiti i obično se završava dolaskom. Ovdje je svrha bila eksploatacija, što ovaj slučaj čini trgovinom ljudima.
    .opt-b-feedback = Fizička sila je samo jedno od mogućih sredstava. Obmana, zloupotreba teškog položaja i dužničko ropstvo su dovoljni.
    .opt-c-feedback = Načelo nekažnjavanja (član 26 Konvencije Savjeta Evrope) štiti žrtve od kažnjavanja za nezakonite radnje koje su bile primorane da počine.

q-greta = Koja grupa nezavisnih eksperata prati sprovođenje Konvencije Savjeta Evrope o borbi protiv trgovine ljudima (2005)? Navedite njenu skraćenicu.
    .feedback = GRETA, Grupa eksperata za borbu protiv trgovine ljudima, osnovana je članom 36 Konvencije (CETS br. 197). Ona ocjenjuje strane ugovornice u uzastopnim krugovima i objavljuje izvještaje o zemljama, uključujući i izvještaje o identifikaciji žena i djevojčica žrtava trgovine ljudima i pomoći koja im se pruža.

q-reflection-period = Prema članu 13 Konvencije Savjeta Evrope o borbi protiv trgovine ljudima (2005), koliko dana najmanje traje period oporavka i razmišljanja za pretpostavljenu žrtvu?
    .feedback = Član 13(1) obavezuje strane ugovornice da u domaćem pravu predvide period oporavka i razmišljanja od najmanje 30 dana kada postoje opravdani razlozi za vjerovanje da je lice žrtva. Tokom tog perioda prema tom licu ne može se izvršiti nikakva odluka o protjerivanju, a ono ima pravo na pomoć iz člana 12. Ovaj period omogućava žrtvi da se oporavi, izbjegne uticaj trgovaca ljudima i donese informisanu odluku o saradnji sa nadležnim organima.

q-c189-rights = Šta od navedenog Konvencija MOR-a (ILO) br. 189 o kućnim radnicima (2011) garantuje kućnim radnicima? Označite sve tačne odgovore.
    .opt-a = Da zadrže sopstvene putne i lične isprave
    .opt-b = Da se slobodno dogovore sa poslodavcem o tome da li će živjeti u domaćinstvu
    .opt-c = Poslodavac može zadržati njihovu zaradu do isteka ugovora kao garanciju
    .opt-d = Da ne budu obavezni da ostaju u domaćinstvu tokom odmora ili odsustva
    .opt-e = Kućni radnici migranti dobijaju pisani ugovor tek nakon dolaska
    .feedback = Član 9 Konvencije br. 189 zahtijeva mjere kojima se obezbjeđuje da kućni radnici mogu slobodno da se dogovore sa poslodavcem o tome da li će stanovati u domaćinstvu, da nijesu obavezni da ostaju u domaćinstvu ili sa članovima domaćinstva tokom dnevnog i sedmičnog odmora ili godišnjeg odmora i da imaju pravo da zadrže svoje putne i lične isprave. Član 12(1) zahtijeva isplatu u redovnim intervalima, najmanje jednom mjesečno. Član 8(1) zahtijeva da kućni radnici migranti koji su angažovani u jednoj zemlji za rad u drugoj dobiju pisanu ponudu za posao ili ugovor, izvršiv u zemlji rada, prije prelaska državne granice. U preambuli se navodi da kućne poslove uglavnom obavljaju žene i djevojčice, od kojih su mnoge migrantkinje.
    .opt-c-feedback = Član 12(1) zahtijeva da se kućnim radnicima zarada isplaćuje direktno, u redovnim intervalima, najmanje jednom mjesečno. Zadržavanje zarade je i indikator prinudnog rada.
    .opt-e-feedback = Član 8(1) zahtijeva da pisana ponuda za posao ili ugovor budu primljeni prije prelaska državne granice.

q-c189-weekly-rest = Prema članu 10(2) Konvencije MOR-a (ILO) br. 189 o kućnim radnicima (2011), koliko najmanje uzastopnih časova traje sedmični odmor kućnih radnika?
    .feedback = Član 10(2) propisuje da sedmični odmor traje najmanje 24 uzastopna časa. Član 10(1) zahtijeva mjere usmjerene na jednak tretman kućnih radnika i radnika uopšte u pogledu radnog vremena, naknade za prekovremeni rad, dnevnog i sedmičnog odmora i plaćenog godišnjeg odmora, a član 10(3) vrijeme koje radnik provodi na raspolaganju domaćinstvu smatra radnim vremenom u mjeri utvrđenoj nacionalnim zakonodavstvom. Kućni radnici migranti koji žive u domaćinstvu poslodavca, a među njima su većinom žene, posebno su izloženi prekomjernom radnom vremenu.

q-gr26-bans = Neke zemlje porijekla zabranjuju ili ograničavaju iseljavanje žena radi obavljanja kućnih poslova kako bi ih zaštitile. Šta Opšta preporuka CEDAW br. 26 (2008) preporučuje tim zemljama?
    .opt-a = Da od žena zahtijevaju dozvolu muškog staratelja prije napuštanja zemlje
    .opt-b = Da ukinu zabrane zasnovane na polu i diskriminatorna ograničenja migracije žena
    .opt-c = Da ženama dozvole radnu migraciju samo kao izdržavanim članovima porodice muških radnika migranata
    .opt-d = Da zadrže zabrane dok sve zemlje odredišta ne ratifikuju Konvenciju MOR-a br. 189
    .feedback = Opšta preporuka br. 26 preporučuje zemljama porijekla da ukinu zabrane zasnovane na polu i diskriminatorna ograničenja migracije žena po osnovu starosti, bračnog statusa, trudnoće ili materinstva, kao i zahtjeve da žene pribave dozvolu supruga ili muškog staratelja za dobijanje pasoša ili putovanje. Zabrane ne otklanjaju razloge za migraciju i mogu žene gurnuti u neregularne i rizičnije kanale.
    .opt-a-feedback = Opšta preporuka br. 26 izričito poziva na ukidanje zahtjeva za dozvolu supruga ili muškog staratelja.
    .opt-d-feedback = Obaveze iz CEDAW neposredno se primjenjuju na svaku državu ugovornicu; one ne zavise od toga šta su druge države ratifikovale.

q-sdg-remittance-cost = Podcilj 10.c ciljeva održivog razvoja ima za cilj da se do 2030. godine transakcioni troškovi doznaka migranata smanje na manje od koliko odsto? Navedite broj.
    .feedback = Podcilj 10.c Agende 2030 (A/RES/70/1) glasi: do 2030. godine smanjiti transakcione troškove doznaka migranata na manje od 3 odsto i ukinuti koridore za doznake sa troškovima većim od 5 odsto. Cilj 20 Globalnog dogovora o migracijama obavezuje države na brži, bezbjedniji i jeftiniji transfer doznaka i na finansijsku uključenost migranata.
