### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = Test za određivanje nivoa engleskog jezika
placement-card = Prilagodljivi test koji na osnovu otprilike 15 do 30 pitanja utvrđuje Vaš nivo znanja engleskog jezika (od A1 do C2 prema ZEROJ-u).
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = Pitanja se prilagođavaju Vašim odgovorima: nakon tačnog odgovora dobijate teže pitanje, a nakon netačnog lakše. Na svako pitanje odgovorite najbolje što možete; na prethodna pitanja ne možete se vratiti. Rezultat je Vaš nivo prema Zajedničkom evropskom referentnom okviru za jezike (ZEROJ). Iz gramatike, vokabulara i čitanja test postavlja tek po nekoliko pitanja, pa nivo za vještinu daje samo kada su ti odgovori dovoljni da ga pouzdano utvrde, a inače raspon nivoa na koji upućuju.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] Najviše { $max } pitanje
    [few] Najviše { $max } pitanja
   *[other] Najviše { $max } pitanja
}
placement-start-button = Započnite test za određivanje nivoa
placement-resume-button = Nastavite test za određivanje nivoa
placement-your-results = Vaši raniji rezultati
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Vaš nivo: { $level }
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
placement-instruction-grammar = Izaberite odgovor kojim se rečenica pravilno dopunjava.
placement-instruction-vocabulary = Izaberite riječ ili izraz koji najbolje odgovara.
placement-instruction-reading = Pročitajte tekst, a zatim izaberite najbolji odgovor.
placement-next = Odgovorite i nastavite
placement-result-title = Vaš rezultat na testu za određivanje nivoa engleskog jezika
placement-expired-note = Vrijeme je isteklo, pa je Vaš nivo određen na osnovu pitanja na koja ste do tada odgovorili.
placement-no-level = Nivo nije određen: do isteka vremena odgovorili ste na premalo pitanja.
placement-no-level-help = Za određivanje nivoa potrebno je više odgovora. Ponovo započnite test kada budete imali oko pola sata.
placement-skills-heading = Po vještinama
placement-skill-column = Vještina
placement-level-column = Nivo
placement-skill-grammar = Gramatika
placement-skill-vocabulary = Vokabular
placement-skill-reading = Čitanje
placement-skill-general = Opće
placement-not-enough-evidence = Nedovoljno podataka
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, u skladu s Vašim ukupnim nivoom
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, ispod Vašeg ukupnog nivoa
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, iznad Vašeg ukupnog nivoa
# Under the skills table, when a skill shows a range.
placement-skill-range-note = Raspon kao što je B1–B2 znači da Vas odgovori iz te vještine smještaju negdje unutar njega, ali ih je bilo premalo da bi se utvrdio jedan nivo. „U skladu s Vašim ukupnim nivoom“ znači da se slažu s nivoom koji daje cijeli test; „ispod“ ili „iznad“ znači da upućuju na niži ili viši nivo, i to na osnovu tek nekoliko pitanja.
# Under the skills table, when a skill has no level.
placement-skill-note = „Nedovoljno podataka“ znači da je iz te vještine odgovoreno na premalo pitanja da bi se njen nivo pouzdano utvrdio. Vaš ukupni nivo zasniva se na svim Vašim odgovorima.
placement-cando-below-a1 = Tek počinjete učiti engleski jezik. Na kursu nivoa A1 naučit ćete prve riječi i izraze koji su Vam potrebni.
placement-cando-a1 = Možete razumjeti i koristiti poznate svakodnevne izraze i sasvim jednostavne fraze, predstaviti se i odgovoriti na jednostavna pitanja o ličnim podacima, ako sagovornik govori polako i razgovijetno.
placement-cando-a2 = Možete razumjeti rečenice i često korištene izraze o poznatim temama (lični i porodični podaci, kupovina, posao) i snaći se u jednostavnoj, uobičajenoj razmjeni informacija.
placement-cando-b1 = Možete razumjeti glavne misli jasnog govora ili teksta na standardnom jeziku o poznatim temama s kojima se susrećete na poslu ili u slobodno vrijeme, snaći se u većini situacija na putovanju i napisati jednostavan, povezan tekst o poznatim temama.
placement-cando-b2 = Možete razumjeti glavne ideje složenih tekstova, uključujući stručne rasprave iz svoje oblasti, komunicirati s izvjesnim stepenom tečnosti i spontanosti i pisati jasne, detaljne tekstove o širokom spektru tema.
placement-cando-c1 = Možete razumjeti širok spektar zahtjevnih, dužih tekstova i prepoznati implicitno značenje, izražavati se tečno i spontano te jezik koristiti fleksibilno i djelotvorno u društvene, akademske i profesionalne svrhe.
placement-cando-c2 = Možete s lakoćom razumjeti praktično sve što čujete ili pročitate, povezano sažeti informacije iz različitih izvora i izražavati se spontano, vrlo tečno i precizno, čak i u složenim situacijama.
