### Results for instructors: an assignment's results (table, chart, CSV), a learner's page, an attempt's review.

results-yes = Yes
results-no = No
# Shown where a learner finished the placement test without a level (too few answers).
results-no-level = No level
# A skill of the placement test with too few answers to tell its level.
results-not-enough-evidence = Not enough evidence
# A skill without a level of its own: the range of levels its answers leave open, such as B1–B2,
# read against the learner's overall level.
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-fits = { $range }, in line with the overall level
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-below = { $range }, below the overall level
# Variables:
#   $range (String) - one level or a range, such as B1–B2
results-skill-above = { $range }, above the overall level
results-in-progress = In progress
# Variables:
#   $level (String) - a CEFR level such as B1
results-level = Level: { $level }
# θ is the ability estimate of the placement test: its symbol in column headings (keep the Greek letter),
# and its name where the symbol is explained.
results-theta = θ
results-theta-long = Ability estimate (theta)
# The abbreviation of "standard error" in column headings.
results-se = SE
results-se-long = Standard error of the ability estimate
# Variables:
#   $theta (String) - the ability estimate, already formatted
#   $se (String) - its standard error, already formatted
results-theta-se = { $theta } ± { $se }
# Variables:
#   $minutes (Number) - whole minutes
#   $seconds (Number) - the seconds left over (0-59)
results-duration = { $minutes } min { $seconds } s
# Variables:
#   $number (Number) - the attempt's number (1 for the first)
results-attempt-link = Attempt { $number }
# Variables:
#   $state (String) - in-progress, submitted or expired
results-attempt-state = { $state ->
    [in-progress] In progress
    [submitted] Submitted
   *[expired] Closed when the time ran out
}
# Variables:
#   $state (String) - in-progress, finished or expired
results-placement-state = { $state ->
    [in-progress] In progress
    [finished] Finished
   *[expired] Closed when the time ran out
}

## Column headings

results-col-items = Items answered
results-col-passed = Passed
results-col-time = Time taken
results-col-score = Score
results-col-quiz = Quiz
results-col-started = Started
results-col-closed = Ended
results-col-date = Date

## An assignment's results

results-filter-status = Show learners whose status is
results-filter-all = Any status
results-filter-button = Show
# Variables:
#   $shown (Number) - learners shown
#   $total (Number) - all the assignment's learners
results-shown-of = { $shown } of { $total } learners shown
results-none-match = No learner has this status.
results-csv-link = Download as CSV (for spreadsheets)

results-chart-table-caption = The chart's figures
results-chart-col-learners = Learners
results-chart-col-share = Share
results-chart-levels-title = CEFR levels of the learners
# Variables:
#   $tested (Number) - learners who finished the placement test
#   $total (Number) - all the assignment's learners
results-chart-levels-desc = { $tested } of { $total } learners have finished the test. The table below gives the figures.
results-chart-levels-axis = CEFR level
results-chart-scores-title = Best scores of the learners
# Variables:
#   $scored (Number) - learners with a scored attempt
#   $total (Number) - all the assignment's learners
results-chart-scores-desc = { $scored } of { $total } learners have a score, in bands of 10 %. The table below gives the figures.
results-chart-scores-axis = Score band (%)

## The CSV file: the start of its name and its header row

# The start of the file's name (letters, digits and hyphens read best in every system).
results-csv-file = results
results-csv-name = Name
results-csv-email = E-mail
results-csv-status = Status
results-csv-attempts = Attempts
results-csv-percent = Best score (%)
results-csv-passed = Passed
results-csv-seconds = Time taken (seconds)
results-csv-level = CEFR level
results-csv-theta = Theta
results-csv-se = SE
results-csv-items = Items answered
# Variables:
#   $skill (String) - a skill of the placement test, such as Grammar
results-csv-skill-level = { $skill }: level
# Variables:
#   $skill (String) - a skill of the placement test
results-csv-skill-theta = { $skill }: theta
# Variables:
#   $skill (String) - a skill of the placement test
results-csv-skill-se = { $skill }: SE
# Variables:
#   $skill (String) - a skill of the placement test
results-csv-skill-items = { $skill }: items

## A learner's page

results-learner-cohorts = Cohorts:
results-learner-no-assignments = Nothing is assigned to this learner.
results-learner-attempts = Quiz attempts
results-learner-no-attempts = No quiz attempts yet.
results-learner-placement = Placement tests over time
results-learner-placement-note = Oldest first. θ is the ability estimate and SE its standard error: the smaller the SE, the surer the estimate.
results-learner-no-placement = No placement test yet.
results-learner-assign-title = Assign a test to this learner

## One attempt's review

# Variables:
#   $name (String) - the learner's name
results-review-title = Quiz attempt of { $name }
# Variables:
#   $name (String) - the learner's name
results-back-to-learner = Back to { $name }
results-review-in-progress = This attempt is still in progress: the answers shown are those saved so far, and it has no score yet.
results-review-note = The questions as the learner saw them, in the language of the attempt, with the right answers and the points given. "Your" in the questions means the learner's.
results-review-no-questions = The questions of this quiz are no longer in the question bank; only the score is kept.
results-review-heading = The learner's answers and the key
# Variables:
#   $name (String) - the learner's name
results-placement-title = Placement test of { $name }
results-steps-heading = Step by step
results-col-step = Step
results-col-item = Question
results-col-answer = Learner's answer
results-col-key = Right answer
results-col-right = Result
results-no-steps = No question has been answered yet.

# Grading an essay on the attempt's review.
marking-heading = Grade this answer
marking-heading-again = Change the grade
marking-grader-info = Information for graders:
# Variables:
#   $max (String) - the question's points, formatted
marking-points = Points (0 to { $max })
marking-comment = Comment for the learner (optional)
marking-save = Save the grade
# Variables:
#   $max (String) - the question's points, formatted
marking-error-points = Enter points from 0 to { $max }, with at most three decimals.
marking-error-open = The attempt is still in progress. Answers are graded after the learner submits.
marking-error-comment-long = The comment is too long: keep it to 5,000 characters or fewer.
# Variables:
#   $count (Number) - answers awaiting a grade
marking-awaiting = { $count ->
    [one] One answer awaits a grade. The result is decided when every answer has one.
   *[other] { $count } answers await a grade. The result is decided when every answer has one.
}
