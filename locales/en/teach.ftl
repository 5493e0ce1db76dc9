### The instructors' pages (cohorts, assignments, results) and the assignments on a learner's dashboard.

staff-nav-teach = My cohorts

teach-title = My cohorts
teach-all-cohorts-note = As an administrator you see every cohort.
teach-no-cohorts = You do not teach any cohort yet. An administrator adds instructors to cohorts.
teach-back = Back to my cohorts
# Variables:
#   $name (String) - the cohort's name
teach-back-to-cohort = Back to { $name }
teach-learners = Learners
teach-no-learners = No learners yet.
teach-assignments = Assignments
teach-no-assignments = Nothing has been assigned to this cohort yet.

teach-assign-title = Assign a test
teach-assign-task = Test
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-times-hint = Times are in the centre's time zone ({ $zone }). Leave the opening empty to open at once, and the due time empty for no due time.
teach-assign-opens = Opens
teach-assign-due = Due
teach-assign-attempts = Attempts allowed
teach-assign-attempts-hint = Leave empty for no limit.
teach-assign-minutes = Time limit in minutes
teach-assign-minutes-hint = Leave empty to keep the test's own time limit.
teach-assign-button = Assign

# Variables:
#   $when (String) - a date and time, already formatted
teach-opens-at = Opening: { $when }
teach-open-now = Opening: at once
# Variables:
#   $when (String) - a date and time, already formatted
teach-due-at = Due: { $when }
teach-no-due = No due time
# Variables:
#   $count (Number) - attempts allowed
teach-attempts-allowed = { $count ->
    [one] { $count } attempt allowed
   *[other] { $count } attempts allowed
}
teach-attempts-unlimited = Unlimited attempts

# Variables:
#   $name (String) - the cohort's name
teach-assigned-to-cohort = Assigned to the cohort { $name }.
# Variables:
#   $name (String) - the learner's name
teach-assigned-to-learner = Assigned to { $name }.
teach-withdrawn = Withdrawn: learners no longer see this assignment. Attempts made under it are kept.
teach-results = Learners and results
teach-col-status = Status
teach-col-attempts = Attempts
teach-col-level = CEFR level
teach-col-score = Best score
teach-col-accommodations = Accommodations
teach-left-cohort = No longer in the cohort
# Variables:
#   $used (Number) - attempts made
#   $allowed (Number) - attempts allowed
teach-attempts-of = { $used } of { $allowed }
# Variables:
#   $percent (String) - a score in percent, already formatted
teach-percent = { $percent } %

teach-override-title = Accommodations for one learner
teach-override-hint = A later due time, more attempts or another time limit for one learner. Each value set replaces the assignment's; leave every field empty to remove the learner's accommodations.
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-override-times-hint = The due time is in the centre's time zone ({ $zone }). A field left empty takes the assignment's value.
teach-override-learner = Learner
teach-override-button = Save the accommodations
teach-withdraw-title = Withdraw the assignment
teach-withdraw-hint = Learners will no longer see it or be able to start it. Attempts already made, and their results, are kept; an attempt in progress runs to its own deadline.
teach-withdraw-button = Withdraw

teach-error-task = Choose a test from the list.
teach-error-datetime = Enter a date and time, such as 2026-12-10 09:00.
teach-error-due-before-opening = The due time must come after the opening time.
teach-error-due-past = This due time has already passed.
teach-error-attempts = Enter a whole number from 1 to 50, or leave the field empty.
teach-error-minutes = Enter a whole number of minutes from 1 to 600, or leave the field empty.
teach-error-learner = Choose a learner from the list.

## On the learner's dashboard

dashboard-assigned = Assigned to you
dashboard-catalogue = All quizzes
# Variables:
#   $status (String) - not-yet-open, open, in-progress, submitted or overdue
assignment-status = { $status ->
    [not-yet-open] Not yet open
    [open] Open
    [in-progress] In progress
    [submitted] Submitted
   *[overdue] Overdue
}
assignment-start = Start
assignment-continue = Continue
assignment-error-not-open = This assignment is not open yet.
assignment-error-closed = This assignment is closed: its due time has passed.
assignment-error-other-attempt-open = You already have an attempt at this test in progress that was started outside this assignment (from All quizzes, or under another assignment). Finish that attempt first; then you can start this assignment.
