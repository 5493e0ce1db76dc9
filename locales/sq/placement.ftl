### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = Test për përcaktimin e nivelit të anglishtes
placement-card = Test përshtatës që me rreth 15 deri në 30 pyetje përcakton nivelin tuaj të njohjes së anglishtes (shkalla KPERGJ, nga A1 deri në C2).
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = Pyetjet përshtaten me përgjigjet tuaja: pas një përgjigjeje të saktë vjen një pyetje më e vështirë, pas një përgjigjeje të gabuar një pyetje më e lehtë. Përgjigjuni secilës pyetje sa më mirë që të mundeni; nuk mund të ktheheni te pyetjet e mëparshme. Rezultati juaj është një nivel i Kuadrit të Përbashkët Evropian të Referencës për Gjuhët (KPERGJ). Për gramatikën, fjalorin dhe leximin testi bën vetëm pak pyetje për secilën, prandaj jep një nivel për një aftësi vetëm kur ato përgjigje mjaftojnë për ta përcaktuar me siguri, përndryshe intervalin e niveleve që ato tregojnë.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] Deri në { $max } pyetje
   *[other] Deri në { $max } pyetje
}
placement-start-button = Filloni testin e nivelit
placement-resume-button = Vazhdoni testin e nivelit
placement-your-results = Rezultatet tuaja të mëparshme
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Niveli juaj: { $level }
# Variables:
#   $number (Number) - the question's number
#   $max (Number) - the most questions the test can have
placement-progress = Pyetja { $number } (maksimumi { $max })
# Variables:
#   $minutes (Number) - minutes left
placement-time-left = { $minutes ->
    [one] Koha e mbetur: { $minutes } minutë
   *[other] Koha e mbetur: { $minutes } minuta
}
placement-instruction-grammar = Zgjidhni përgjigjen që e plotëson saktë fjalinë.
placement-instruction-vocabulary = Zgjidhni fjalën ose shprehjen që përshtatet më mirë.
placement-instruction-reading = Lexoni tekstin, pastaj zgjidhni përgjigjen më të mirë.
placement-next = Përgjigjuni dhe vazhdoni
placement-result-title = Rezultati juaj në testin e nivelit të anglishtes
placement-expired-note = Koha mbaroi, prandaj niveli juaj u përcaktua në bazë të pyetjeve të cilave u ishit përgjigjur deri atëherë.
placement-no-level = Niveli nuk u përcaktua: deri në mbarimin e kohës iu përgjigjët shumë pak pyetjeve.
placement-no-level-help = Për të përcaktuar nivelin nevojiten më shumë përgjigje. Filloni testin përsëri kur të keni rreth gjysmë ore në dispozicion.
placement-skills-heading = Sipas aftësive
placement-skill-column = Aftësia
placement-level-column = Niveli
placement-skill-grammar = Gramatika
placement-skill-vocabulary = Fjalori
placement-skill-reading = Leximi
placement-skill-general = E përgjithshme
placement-not-enough-evidence = Të dhëna të pamjaftueshme
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, në përputhje me nivelin tuaj të përgjithshëm
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, nën nivelin tuaj të përgjithshëm
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, mbi nivelin tuaj të përgjithshëm
# Under the skills table, when a skill shows a range.
placement-skill-range-note = Një interval si B1–B2 do të thotë se përgjigjet tuaja në atë aftësi ju vendosin diku brenda tij, por ishin shumë pak për të përcaktuar një nivel të vetëm. «Në përputhje me nivelin tuaj të përgjithshëm» do të thotë se ato pajtohen me nivelin që jep i gjithë testi; «nën» ose «mbi» do të thotë se ato tregojnë një nivel më të ulët ose më të lartë, bazuar vetëm në pak pyetje.
# Under the skills table, when a skill has no level.
placement-skill-note = «Të dhëna të pamjaftueshme» do të thotë se janë dhënë përgjigje për shumë pak pyetje të asaj aftësie për ta përcaktuar nivelin e saj me siguri. Niveli juaj i përgjithshëm mbështetet në të gjitha përgjigjet tuaja.
placement-cando-below-a1 = Sapo keni filluar me anglishten. Kursi i nivelit A1 do t'ju mësojë fjalët dhe shprehjet e para që ju nevojiten.
placement-cando-a1 = Mund të kuptoni dhe të përdorni shprehje të njohura të përditshme dhe fraza shumë të thjeshta, të prezantoni veten dhe t'u përgjigjeni pyetjeve të thjeshta për të dhënat personale, nëse bashkëbiseduesi flet ngadalë dhe qartë.
placement-cando-a2 = Mund të kuptoni fjali dhe shprehje të përdorura shpesh për tema të njohura (të dhëna personale dhe familjare, blerje, punë) dhe të përballoni shkëmbime të thjeshta e rutinore informacioni.
placement-cando-b1 = Mund të kuptoni pikat kryesore të një ligjërimi ose teksti të qartë në gjuhë standarde për tema të njohura që hasni në punë ose në kohën e lirë, të përballoni shumicën e situatave gjatë udhëtimit dhe të shkruani tekst të thjeshtë e të lidhur për tema të njohura.
placement-cando-b2 = Mund të kuptoni idetë kryesore të teksteve komplekse, përfshirë diskutime teknike në fushën tuaj, të bashkëbisedoni me njëfarë rrjedhshmërie dhe spontaniteti dhe të shkruani tekste të qarta e të hollësishme për një gamë të gjerë temash.
placement-cando-c1 = Mund të kuptoni një gamë të gjerë tekstesh të gjata e të vështira dhe të dalloni kuptimet e nënkuptuara, të shpreheni rrjedhshëm dhe spontanisht dhe ta përdorni gjuhën në mënyrë fleksibile dhe efektive për qëllime shoqërore, akademike dhe profesionale.
placement-cando-c2 = Mund të kuptoni me lehtësi pothuajse gjithçka që dëgjoni ose lexoni, të përmblidhni në mënyrë koherente informacione nga burime të ndryshme dhe të shpreheni spontanisht, shumë rrjedhshëm dhe saktë, edhe në situata të ndërlikuara.
