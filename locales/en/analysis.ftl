### Item analysis: a quiz's questions (Moodle's quiz statistics), the placement test's items, CSV downloads.

staff-nav-analysis = Item analysis
# The link on an assignment's page to its item analysis.
analysis-link = Item analysis of this quiz

analysis-title = Item analysis
# Variables:
#   $title (String) - the quiz's title, with its course
analysis-page-title = Item analysis: { $title }
analysis-back-assignment = Back to the assignment
analysis-back-quizzes = Back to the quizzes

analysis-attempts-label = Attempts analysed
analysis-attempts-first = Each learner's first attempt
analysis-attempts-all = All attempts
analysis-attempts-button = Show

analysis-explain-title = What the figures mean
analysis-explain = Facility: the average score on a question, as a share of its points. Discrimination: the correlation between the score on a question and the score on the rest of the quiz; good questions are answered better by learners who do better overall. Point-biserial: the same correlation for questions that are either right or wrong. α and KR-20: how consistently the questions measure the same thing (0 to 1; 0.7 or more is usual for a course quiz).

# Variables:
#   $count (Number) - attempts submitted so far
#   $min (Number) - the fewest attempts the figures are shown for (20)
analysis-too-few = { $count ->
    [one] One attempt so far. Figures from fewer than { $min } attempts would mislead, so they are shown once { $min } learners have submitted the quiz.
   *[other] { $count } attempts so far. Figures from fewer than { $min } attempts would mislead, so they are shown once { $min } learners have submitted the quiz.
}
analysis-no-attempts = Nobody has submitted this quiz yet.

analysis-summary = The quiz as a whole
analysis-attempts = Attempts
analysis-mean = Mean score
analysis-median = Median score
analysis-sd = Standard deviation of the scores
analysis-alpha = Cronbach's α
analysis-kr20 = KR-20
# Shown instead of a KR-20 value when some questions give partial credit (KR-20 needs right-or-wrong questions).
analysis-kr20-none = Not applicable: some questions give partial credit
# Variables:
#   $count (Number) - questions every analysed attempt had
analysis-reliability-note = { $count ->
    [one] α and KR-20 are computed over the one question every attempt had.
   *[other] α and KR-20 are computed over the { $count } questions every attempt had.
}
analysis-reliability-questions = Questions in α and KR-20
# Shown where a figure cannot be computed (for example a correlation when everyone scored the same).
analysis-undefined = —
analysis-undefined-note = A dash means the figure cannot be computed: for example, a correlation when every learner scored the same on the question.
# Variables:
#   $value (String) - a number, already formatted, or a range such as 10–20
analysis-percent = { $value } %
# Variables:
#   $table (String) - the title of the table
analysis-csv = Download “{ $table }” as CSV

analysis-distribution = Score distribution
# The short description of the score chart.
# Variables:
#   $count (Number) - attempts
#   $mean (String) - the mean score in per cent, already formatted
analysis-distribution-desc = { $count ->
    [one] One attempt, score { $mean } %.
   *[other] { $count } attempts, mean score { $mean } %.
}
analysis-score-axis = Score (%)
analysis-col-range = Score
analysis-col-count = Attempts
analysis-col-share = Share

analysis-questions = Questions
analysis-sort-hint = Select a linked column heading to sort the questions by it.
analysis-col-number = No.
analysis-col-id = Id
analysis-col-question = Question
analysis-col-type = Type
analysis-col-n = Attempts
analysis-col-facility = Facility
analysis-col-sd = SD
analysis-col-discrimination = Discrimination
analysis-col-point-biserial = Point-biserial
analysis-col-blanks = Left blank
analysis-col-flags = To review
analysis-no-flags = Nothing
# Variables:
#   $type (String) - the question type: single, multiple, true-false, short, numerical, matching, gap-fill, ordering
analysis-type = { $type ->
    [single] Single choice
    [multiple] Multiple choice
    [true-false] True or false
    [short] Short answer
    [numerical] Numerical
    [matching] Matching
    [gap-fill] Gap fill
    [ordering] Ordering
   *[other] Removed from the bank
}
# Variables:
#   $flag (String) - too-easy, too-hard, negative-discrimination or too-few-attempts
analysis-flag = { $flag ->
    [too-easy] Too easy
    [too-hard] Too hard
    [negative-discrimination] Negative discrimination
   *[too-few-attempts] Too few attempts
}
# Why a question is flagged.
# Variables:
#   $flag (String) - as in analysis-flag
#   $facility (String) - the question's facility in per cent, already formatted
#   $discrimination (String) - its discrimination index, already formatted
#   $n (Number) - attempts that had the question
#   $min (Number) - the fewest attempts a question is judged on (20)
analysis-flag-reason = { $flag ->
    [too-easy] Facility { $facility } % is above 90 %: it tells learners apart very little.
    [too-hard] Facility { $facility } % is below 20 %: check the key and the wording.
    [negative-discrimination] Discrimination { $discrimination } is below zero: learners who did better on the rest of the quiz did worse here. Check the key.
   *[too-few-attempts] { $n ->
        [one] Only one attempt had this question; it is judged from { $min }.
       *[other] Only { $n } attempts had this question; it is judged from { $min }.
    }
}

analysis-options = Option choices
analysis-options-hint = How often each option was chosen, for the questions with options. The correct options are marked.
# Variables:
#   $number (Number) - the question's number in the table above
analysis-options-caption = Option choices for question { $number }
analysis-col-option = Option
analysis-col-option-id = Option id
analysis-col-key = Correct
analysis-key = correct
analysis-col-figure = Figure
analysis-col-value = Value
analysis-yes = Yes
analysis-no = No

analysis-quizzes-title = Item analysis
analysis-quizzes-hint = Every quiz in the question banks, with its submitted attempts. Instructors find the analysis of their own assignments on each assignment's page.
analysis-col-quiz = Quiz
analysis-col-closed = Submitted attempts
analysis-placement-link = Items of the placement test

analysis-placement-title = Placement test items
# Variables:
#   $count (Number) - finished placement tests
analysis-placement-tests = { $count ->
    [one] From one finished placement test.
   *[other] From { $count } finished placement tests.
}
analysis-placement-explain = Given: in how many finished tests the item was used; exposure is that share of all finished tests. Observed right: the share of those learners who answered it right; expected right: the share the model predicts from the item's difficulty and each learner's final ability estimate. Infit and outfit compare each answer with that prediction: 1 is as expected; above 1, answers are more surprising than expected (a guessable or ambiguous item, or a wrong key); below 1, more predictable than expected.
# Variables:
#   $low (String) - the lower bound, already formatted (0.7)
#   $high (String) - the upper bound, already formatted (1.3)
#   $min (Number) - the fewest responses an item is judged on (30)
analysis-fit-bounds = Items with infit or outfit outside { $low }–{ $high } are flagged (the range Wright and Linacre give for multiple-choice tests), once they have at least { $min } responses.
analysis-col-item = Item
analysis-col-skill = Skill
analysis-col-level = Level
analysis-col-a = Discrimination (a)
analysis-col-b = Difficulty (b)
analysis-col-given = Given
analysis-col-exposure = Exposure
analysis-col-responses = Responses
analysis-col-observed = Observed right
analysis-col-expected = Expected right
analysis-col-infit = Infit
analysis-col-outfit = Outfit
# Variables:
#   $flag (String) - too-few-responses, underfit or overfit
analysis-fit-flag = { $flag ->
    [underfit] More surprising than expected
    [overfit] More predictable than expected
   *[too-few-responses] Too few responses
}

analysis-recalibrate-title = Recalibrate the difficulties
analysis-recalibrate-hint = Estimates every item's difficulty anew from the finished tests, exactly as the command ispit placement calibrate does, and shows what would change. Nothing is changed here.
analysis-recalibrate-min = Fewest responses for a difficulty to change
analysis-recalibrate-min-hint = Items with fewer responses keep their difficulty. 30 is a minimum; 100 or more gives steadier estimates.
analysis-recalibrate-button = Recalibrate
analysis-error-min = Enter a whole number of 1 or more.
analysis-recalibrate-result = What recalibration would change
# Variables:
#   $persons (Number) - learners whose answers were used
#   $iterations (Number) - rounds of the estimation
#   $changed (Number) - difficulties that would change
analysis-recalibrate-summary = { $changed ->
    [one] One difficulty would change.
   *[other] { $changed } difficulties would change.
} Answers of { $persons } learners were used ({ $iterations } rounds of estimation).
analysis-recalibrate-not-applied = The bank has not been changed. The server keeps the bank it loaded when it started, and several servers may share this database, so the new difficulties are applied on the server by an operator, with this command, and take effect when every ispit server is restarted:
analysis-col-old-b = Difficulty now
analysis-col-new-b = Estimated difficulty
analysis-col-change = Change
analysis-col-se = Standard error
analysis-col-would-change = Would change
analysis-misfit = Misfit
# Variables:
#   $count (Number) - items with no usable responses
analysis-recalibrate-unestimated = { $count ->
    [one] One item had no usable responses (none, or all right or all wrong) and keeps its difficulty.
   *[other] { $count } items had no usable responses (none, or all right or all wrong) and keep their difficulty.
}

# The link from a placement-test assignment's page to the items as its tests gave them.
analysis-link-placement = Item analysis of the placement test
