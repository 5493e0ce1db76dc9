### The English placement test. Items are in English; everything around them is in the learner's language.

placement-title = English placement test
placement-card = An adaptive test that finds your English level (CEFR A1 to C2) in about 15 to 30 questions.
# What the result gives: the overall level, and per skill a level or a range of levels.
placement-intro-by-skill = The questions adapt to your answers: a right answer brings a harder question, a wrong one an easier one. Answer each question as well as you can; you cannot go back. Your result is a level of the Common European Framework of Reference (CEFR). For grammar, vocabulary and reading the test asks only a few questions each, so it gives a level for a skill only where those answers are enough to tell it reliably, and otherwise the range of levels they point to.
# Variables:
#   $max (Number) - the most questions the test can have
placement-length = { $max ->
    [one] At most { $max } question
   *[other] At most { $max } questions
}
placement-start-button = Start the placement test
placement-resume-button = Continue the placement test
placement-your-results = Your earlier results
# Variables:
#   $level (String) - a CEFR level such as B1
placement-result-level = Your level: { $level }
# Variables:
#   $number (Number) - the question's number
#   $max (Number) - the most questions the test can have
placement-progress = Question { $number } (at most { $max })
# Variables:
#   $minutes (Number) - minutes left
placement-time-left = { $minutes ->
    [one] Time left: { $minutes } minute
   *[other] Time left: { $minutes } minutes
}
placement-instruction-grammar = Choose the answer that correctly completes the sentence.
placement-instruction-vocabulary = Choose the word or phrase that best fits.
placement-instruction-reading = Read the text, then choose the best answer.
placement-next = Answer and continue
placement-result-title = Your English placement result
placement-expired-note = The time limit passed, so your level is based on the questions answered by then.
placement-no-level = No level yet: too few questions were answered before the time ran out.
placement-no-level-help = A level needs more answers to rest on. Start the test again when you have about half an hour.
placement-skills-heading = By skill
placement-skill-column = Skill
placement-level-column = Level
placement-skill-grammar = Grammar
placement-skill-vocabulary = Vocabulary
placement-skill-reading = Reading
placement-skill-general = General
placement-not-enough-evidence = Not enough evidence
# A skill without a level of its own: the range of levels its answers point to, read against the overall level.
# Variables:
#   $low (String) - the lowest CEFR level of the range, such as B1
#   $high (String) - the highest, such as B2
placement-skill-range-fits = { $low }–{ $high }, in line with your overall level
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-below = { $low }–{ $high }, below your overall level
# Variables:
#   $low (String) - the lowest CEFR level of the range
#   $high (String) - the highest
placement-skill-range-above = { $low }–{ $high }, above your overall level
# Under the skills table, when a skill shows a range.
placement-skill-range-note = A range such as B1–B2 means that your answers in that skill place you somewhere in it, but they were too few to tell one level. “In line with your overall level” means that they agree with the level your whole test gives; “below” or “above” means that they point lower or higher, on only a few questions.
# Under the skills table, when a skill has no level.
placement-skill-note = “Not enough evidence” means that too few questions of that skill were answered to tell its level reliably. Your overall level rests on all your answers.
placement-cando-below-a1 = You are just starting with English. The A1 course will give you the first words and phrases you need.
placement-cando-a1 = You can understand and use familiar everyday expressions and very basic phrases, introduce yourself and answer simple questions about personal details, if the other person talks slowly and clearly.
placement-cando-a2 = You can understand sentences and frequent expressions about familiar matters (personal and family information, shopping, work), and deal with simple, routine exchanges of information.
placement-cando-b1 = You can understand the main points of clear standard input on familiar matters met at work or in leisure, deal with most situations while travelling, and write simple connected text on familiar topics.
placement-cando-b2 = You can understand the main ideas of complex texts, including technical discussions in your field, interact with a degree of fluency and spontaneity, and write clear, detailed text on a wide range of subjects.
placement-cando-c1 = You can understand a wide range of demanding, longer texts and recognise implicit meaning, express yourself fluently and spontaneously, and use language flexibly and effectively for social, academic and professional purposes.
placement-cando-c2 = You can understand with ease virtually everything heard or read, summarise information from different sources coherently, and express yourself spontaneously, very fluently and precisely, even in complex situations.
