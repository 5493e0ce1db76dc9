### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = Test za određivanje razine engleskog jezika
placement-card = Prilagodljivi test koji na temelju otprilike 15 do 30 pitanja utvrđuje Vašu razinu znanja engleskog jezika (od A1 do C2 prema ZEROJ-u).
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = Pitanja se prilagođavaju Vašim odgovorima: nakon točnog odgovora dobivate teže pitanje, a nakon netočnog lakše. Na svako pitanje odgovorite najbolje što možete; na prethodna se pitanja ne možete vratiti. Rezultat je Vaša razina prema Zajedničkom europskom referentnom okviru za jezike (ZEROJ). Iz gramatike, vokabulara i čitanja test postavlja tek po nekoliko pitanja, pa razinu za vještinu daje samo kad su ti odgovori dovoljni da je pouzdano utvrde, a inače raspon razina na koji upućuju.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] Najviše { $max } pitanje
    [few] Najviše { $max } pitanja
   *[other] Najviše { $max } pitanja
}
placement-start-button = Započnite test za određivanje razine
placement-resume-button = Nastavite test za određivanje razine
placement-your-results = Vaši prethodni rezultati
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Vaša razina: { $level }
# Variables:
#   $number (Number) - the question's number
#   $max (Number) - the most questions the test can have
placement-progress = Pitanje { $number } (od najviše { $max })
# Variables:
#   $minutes (Number) - minutes left
placement-time-left = { $minutes ->
    [one] Preostalo vrijeme: { $minutes } minuta
    [few] Preostalo vrijeme: { $minutes } minute
   *[other] Preostalo vrijeme: { $minutes } minuta
}
placement-instruction-grammar = Odaberite odgovor kojim se rečenica pravilno dopunjuje.
placement-instruction-vocabulary = Odaberite riječ ili izraz koji najbolje odgovara.
placement-instruction-reading = Pročitajte tekst, a zatim odaberite najbolji odgovor.
placement-next = Odgovorite i nastavite
placement-result-title = Vaš rezultat na testu za određivanje razine engleskog jezika
placement-expired-note = Vrijeme je isteklo pa je Vaša razina određena na temelju pitanja na koja ste do tada odgovorili.
placement-no-level = Razina nije određena: do isteka vremena odgovorili ste na premalo pitanja.
placement-no-level-help = Za određivanje razine potrebno je više odgovora. Ponovno započnite test kada budete imali otprilike pola sata.
placement-skills-heading = Po vještinama
placement-skill-column = Vještina
placement-level-column = Razina
placement-skill-grammar = Gramatika
placement-skill-vocabulary = Vokabular
placement-skill-reading = Čitanje
placement-skill-general = Općenito
placement-not-enough-evidence = Nedovoljno podataka
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, u skladu s Vašom ukupnom razinom
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, ispod Vaše ukupne razine
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, iznad Vaše ukupne razine
# Under the skills table, when a skill shows a range.
placement-skill-range-note = Raspon poput B1–B2 znači da Vas odgovori iz te vještine smještaju negdje unutar njega, ali ih je bilo premalo da bi se utvrdila jedna razina. „U skladu s Vašom ukupnom razinom“ znači da se slažu s razinom koju daje cijeli test; „ispod“ ili „iznad“ znači da upućuju na nižu ili višu razinu, i to na temelju tek nekoliko pitanja.
# Under the skills table, when a skill has no level.
placement-skill-note = „Nedovoljno podataka“ znači da je iz te vještine odgovoreno na premalo pitanja da bi se njezina razina pouzdano utvrdila. Vaša ukupna razina temelji se na svim Vašim odgovorima.
placement-cando-below-a1 = Tek počinjete učiti engleski jezik. Na tečaju razine A1 naučit ćete prve riječi i izraze koji su Vam potrebni.
placement-cando-a1 = Možete razumjeti i koristiti poznate svakodnevne izraze i vrlo jednostavne fraze, predstaviti se i odgovarati na jednostavna pitanja o osobnim podacima, ako sugovornik govori polako i razgovijetno.
placement-cando-a2 = Možete razumjeti rečenice i često korištene izraze o poznatim temama (osobni i obiteljski podaci, kupovina, posao) te komunicirati u jednostavnim i uobičajenim situacijama koje zahtijevaju jednostavnu razmjenu informacija.
placement-cando-b1 = Možete razumjeti glavne misli jasnoga standardnog govora ili teksta o poznatim temama s kojima se redovito susrećete na poslu ili u slobodno vrijeme, snaći se u većini situacija tijekom putovanja te napisati jednostavan, povezan tekst o poznatim temama.
placement-cando-b2 = Možete razumjeti glavne ideje složenih tekstova, uključujući stručne rasprave u svojem području, komunicirati s određenim stupnjem tečnosti i spontanosti te napisati jasan, detaljan tekst o širokom rasponu tema.
placement-cando-c1 = Možete razumjeti širok spektar zahtjevnih, dužih tekstova i prepoznati prikrivena značenja, izražavati se tečno i spontano te fleksibilno i učinkovito koristiti jezik u društvene, akademske i profesionalne svrhe.
placement-cando-c2 = Možete s lakoćom razumjeti praktički sve što čujete ili pročitate, suvislo sažeti informacije iz različitih izvora te se izražavati spontano, vrlo tečno i precizno, čak i u složenim situacijama.
