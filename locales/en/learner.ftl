### The learner's pages: quizzes, answering, summary and result.

dashboard-title = Your quizzes
# Variables:
#   $name (String) - the learner's name
dashboard-welcome = Welcome, { $name }. Choose a quiz to begin or to continue.

# Variables:
#   $count (Number) - questions per attempt
quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
# Variables:
#   $minutes (Number) - the time limit
quiz-time-limit = { $minutes ->
    [one] Time limit: { $minutes } minute
   *[other] Time limit: { $minutes } minutes
}
quiz-no-time-limit = No time limit
# Variables:
#   $used (Number) - attempts already started
#   $allowed (Number) - attempts allowed
quiz-attempts-used = Attempts: { $used } of { $allowed }
# Variables:
#   $used (Number) - attempts already started
quiz-attempts-unlimited = Attempts: { $used } (no limit)
quiz-attempts-unlimited-short = No limit
# Variables:
#   $percent (String) - the best result, formatted
quiz-best-score = Best result: { $percent } %
quiz-in-progress = You have an attempt in progress.
# Variables:
#   $languages (String) - the languages the quiz is offered in, as a list
quiz-not-offered = Not available in this language yet. Offered in: { $languages }.
quiz-fact-questions = Questions
quiz-fact-time = Time limit
quiz-fact-pass = Pass mark
quiz-fact-attempts = Attempts left
# Variables:
#   $count (Number) - attempts left
attempts-left = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
quiz-start-button = Start the quiz
quiz-resume-button = Continue your attempt
# Variables:
#   $minutes (Number) - the time limit
quiz-start-timed-note = { $minutes ->
    [one] The clock starts when you press the button and keeps running if you close the browser. You will have { $minutes } minute.
   *[other] The clock starts when you press the button and keeps running if you close the browser. You will have { $minutes } minutes.
}
quiz-your-attempts = Your attempts
attempt-column-number = Attempt
attempt-column-started = Started
attempt-column-state = State
attempt-column-score = Result
attempt-state-in-progress = In progress
attempt-state-submitted = Submitted
attempt-state-expired = Closed at the time limit

# Variables:
#   $number (Number) - the question's place on the paper
#   $total (Number) - questions on the paper
attempt-question-of = Question { $number } of { $total }
# Variables:
#   $minutes (Number) - whole minutes left, rounded up
#   $deadline (String) - the deadline, as date and time
attempt-time-left = { $minutes ->
    [one] Time left: { $minutes } minute (until { $deadline })
   *[other] Time left: { $minutes } minutes (until { $deadline })
}
# Variables:
#   $deadline (String) - the deadline, as date and time
attempt-countdown-label = Time left (until { $deadline }):
# Variables:
#   $minutes (Number) - whole minutes left when the warning is given (5 or 1)
attempt-time-warning = { $minutes ->
    [one] { $minutes } minute left. Your answers are saved as you go.
   *[other] { $minutes } minutes left. Your answers are saved as you go.
}
attempt-time-up = Time is up. Your answers are being saved and the result will open.
attempt-form-has-errors = Some answers could not be saved. Please correct the questions marked below; your other answers were saved.
attempt-next = Save and next
attempt-previous = Save and previous
attempt-save = Save
attempt-finish = Finish attempt
attempt-navigation = Questions of this attempt
# The navigation button of a question: its number and state in words (the colour and flag mark show the
# same).
# Variables:
#   $number (Number) - the question's place on the paper
#   $state (String) - answered, unanswered, answered-flagged or flagged
attempt-nav-question = { $state ->
    [answered] Question { $number }, answered
    [answered-flagged] Question { $number }, answered, flagged for review
    [flagged] Question { $number }, not answered, flagged for review
   *[unanswered] Question { $number }, not answered
}

# Variables:
#   $number (Number) - the question's place on the paper
question-number = Question { $number }
# A description on the paper (text to read, nothing to answer), in place of "Question N".
question-information = Information
# Its navigation button.
# Variables:
#   $number (Number) - its place on the paper
attempt-nav-information = Item { $number }: information
# Variables:
#   $points (String) - points the question is worth, formatted
#   $count (Number) - the same as a number, for plural forms
question-points = ({ $points } pt.)
question-hint-multiple = Choose every answer that applies. Each right choice earns a share of the points and each wrong choice takes a share away; this question never scores below 0.
question-flag = Flag for review
question-hint-multiple-negative = Choose every answer that applies. Each right choice earns a share of the points and each wrong choice takes a share away; this question can score below 0.
# The same for a question graded as in Moodle: each choice has its own weight, and a wrong one may cost nothing.
question-hint-multiple-weighted = Choose every answer that applies. Right choices earn a share of the points and a wrong choice may take a share away; this question never scores below 0.
question-hint-multiple-weighted-negative = Choose every answer that applies. Right choices earn a share of the points and a wrong choice may take a share away; this question can score below 0.
# A single choice where some wrong answers cost points (a negative weight).
question-hint-single-negative = Choose one answer. Some wrong answers cost points: this question can score below 0.
question-hint-matching = Choose the matching answer for each item.
question-hint-gaps = Choose the word or phrase that completes each gap.
question-hint-gaps-typed = Complete each gap with the right word, phrase or number.
question-hint-ordering = Give each item its position, from 1 (first) onwards. Use each position once.
question-your-answer = Your answer
question-your-number = Your answer (a number)
answer-true = True
answer-false = False
choose-option = Choose…
choose-position = Position…
# Variables:
#   $number (Number) - which gap in the sentence
gap-label = Gap { $number }
answer-error-invalid-choice = This answer is not one of the choices offered.
answer-error-not-a-number = Please enter a number, for example 12 or 3.5.
answer-error-too-long = This answer is too long.
answer-error-bad-order = Give each position exactly once.

summary-title = Review before submitting
# Variables:
#   $count (Number) - questions left unanswered
summary-unanswered = { $count ->
    [one] { $count } question is not answered yet.
   *[other] { $count } questions are not answered yet.
}
summary-all-answered = You have answered every question.
summary-column-question = Question
summary-column-status = Status
summary-answered = Answered
# The summary's status of a description.
summary-information = No answer needed
summary-not-answered = Not answered
summary-flagged = flagged for review
summary-back = Return to the questions
summary-submit-note = Once you submit, you can no longer change your answers.
summary-submit-confirm = Submit all your answers and finish? You will no longer be able to change them.
# Variables:
#   $until (String) - date and time at which the grace period ends
summary-overdue = Time is up: your answers can no longer be changed. Submit the attempt by { $until }; after that it will be submitted automatically with the answers saved before the time limit.
summary-submit-button = Submit all and finish

result-title = Your result
result-expired-note = The time limit passed, so the attempt was submitted with the answers saved by then.
result-refused-expired = The answers sent after the time limit were not accepted.
result-refused-submitted = This attempt had already been submitted, so the answers sent afterwards were not saved.
# Variables:
#   $score (String) - points earned, formatted
#   $max (String) - points possible, formatted
result-score = { $score } of { $max } points
# Variables:
#   $percent (String) - the result in percent, formatted
#   $pass (Number) - the pass mark in percent
result-percent = { $percent } % (pass mark { $pass } %)
result-passed = Passed
result-failed = Not passed
result-recorded = Your answers have been recorded.
# Variables:
#   $started (String) - when the attempt began
#   $closed (String) - when it was closed
result-times = Started { $started }, finished { $closed }.
result-review-heading = Your answers
result-back-to-quiz = Back to the quiz
review-correct = Correct
review-partial = Partly correct
review-incorrect = Incorrect
# Variables:
#   $awarded (String) - points earned on the question
#   $points (String) - points the question is worth
#   $count (Number) - the same as a number, for plural forms
review-points = { $awarded } / { $points } pt.
review-your-choice = (your choice)
review-right-option = (right answer)
# Variables:
#   $position (Number) - the position the learner gave
review-your-position = (you put it at { $position })
review-your-answer = Your answer:
review-no-answer = no answer
review-correct-answer = Right answer:

# An essay: where the learner writes, and that an instructor marks it later.
question-hint-essay = Write your answer in the box. An instructor grades it after you submit; until then your result is not final.
# An essay answered but not yet graded, in the review.
review-pending = Awaiting grading
# Before the grader's comment on an essay.
review-comment = Instructor's comment:
# The score while essays await grading.
# Variables:
#   $score (String) - points so far, formatted
#   $max (String) - the maximum, formatted
result-score-so-far = Points so far: { $score } of { $max }
# Variables:
#   $count (Number) - answers awaiting grading
result-awaiting-grading = { $count ->
    [one] One answer awaits grading by an instructor. Your final score and result will follow.
   *[other] { $count } answers await grading by an instructor. Your final score and result will follow.
}
