### The administrator's page for importing questions from GIFT, Moodle XML, Aiken and QTI files into a course
### of the bank. The problems found in the files, the reasons a question is not imported, the notes and the
### problems of the bank are written in English by the importer (as `ispit import` prints them); the page
### shows them as they are, after the messages below.

# The page's title and the link to it in the staff menu.
questions-import-title = Import questions
staff-nav-questions-import = Import questions
questions-import-intro = Upload question files exported from Moodle or written in GIFT, Aiken or QTI. You will first see every question as it will appear, with its right answers, and every problem found in the files. Nothing is written until you confirm, and then the course's files are written together or not at all.

## The form.

questions-import-format-legend = Format of the files
# Variables:
#   $format (String) - gift, moodlexml, aiken, qti3 or qti21
questions-import-format = { $format ->
    [gift] GIFT (Moodle)
    [moodlexml] Moodle XML
    [aiken] Aiken
    [qti3] QTI 3.0
   *[qti21] QTI 2.1
}
questions-import-files-label = Question files
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
#   $count (Number) - the most files accepted at once
questions-import-files-hint = Up to { $count } files in the same format, each at most { $limit } MiB. Text files must be saved as UTF-8. QTI items may also come as a content package (a ZIP file with its manifest).
questions-import-course-legend = Course
questions-import-course-label = Add the questions to
questions-import-course-new = A new course (enter its ID and title below)
questions-import-new-course-id-label = ID of the new course
questions-import-new-course-id-hint = Lowercase Latin letters, digits and hyphens, for example refugee-law-basics. It is also the name of the course's folder in the bank.
questions-import-new-course-title-label = Title of the new course (in English)
questions-import-quiz-label = Quiz (optional)
questions-import-quiz-hint = Enter an ID, for example refugee-law-check, to add a quiz that draws every imported question (pass mark 60 %, no time limit, unlimited attempts; these can be changed in the course file afterwards). Quiz IDs must be unique in the whole bank.
questions-import-locales-legend = Languages to read
questions-import-locales-hint = Questions are always imported in English. A Moodle XML file with multilingual content, or a QTI package with its items in several languages, can also provide its translations: select the languages to read from it. A question is then added only if it is the same question in every selected language.
questions-import-preview-button = Show what would be imported
questions-import-error-no-file = Choose at least one file.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
questions-import-error-too-large = A file is larger than { $limit } MiB. Split it into smaller files and import them one after another.
# Variables:
#   $count (Number) - the most files accepted at once
questions-import-error-too-many = At most { $count } files can be imported at once. Import the others afterwards.
questions-import-error-format = Choose the format of the files.
questions-import-error-course = Choose a course from the list, or a new course.
questions-import-error-course-id = Enter an ID for the new course: lowercase Latin letters, digits and hyphens, not starting with a hyphen.
questions-import-error-course-exists = A course with this ID already exists. Choose it from the list instead.
questions-import-error-folder-taken = The bank already has a folder with this name. Choose another ID.
questions-import-error-course-title = Enter a title for the new course.
questions-import-error-quiz = A quiz ID may contain only lowercase Latin letters, digits and hyphens, and may not start with a hyphen.
questions-import-error-locales = Choose languages from the list only.
questions-import-error-locales-format = Only Moodle XML files and QTI packages contain several languages. Clear the other languages, or choose one of these formats.
questions-import-error-bad-form = The confirmation could not be read. Upload the files again.

## The preview (dry run).

questions-import-preview-title = What would be imported
# Variables:
#   $name (String) - an uploaded file's name
questions-import-file-name = File: { $name }
# Variables:
#   $course (String) - the course's ID
questions-import-preview-course = Into the course: { $course }
# Variables:
#   $course (String) - the new course's ID
questions-import-preview-new-course = Into a new course: { $course }
# Followed by the importer's message, in English.
questions-import-plan-error-title = The import cannot be prepared
# Variables:
#   $count (Number) - how many problems the files have
questions-import-problems-title = { $count ->
    [one] The files have one problem
   *[other] The files have { $count } problems
}
questions-import-problems-intro = The parts of the files listed here cannot be read and will not be imported; the other questions can still be imported. Each message is in English and begins with the file and line (and, in XML files, the column) it refers to.
questions-import-bank-problems-title = The bank would not load with these questions
questions-import-bank-problems-intro = Nothing can be imported until these problems are solved. Each message is in English and begins with the bank file and line it refers to.
# Variables:
#   $total (Number) - questions read from the files
#   $added (Number) - questions that would be added
#   $refused (Number) - questions that would not be imported
questions-import-summary = Questions read: { $total }. To be added: { $added }. Not imported: { $refused }.
# Variables:
#   $file (String) - the file's name
#   $line (Number) - the line where the question starts
questions-import-question-place = { $file }, line { $line }
# Variables:
#   $id (String) - the question's ID in the bank
questions-import-added-as = Added as { $id }
# Variables:
#   $type (String) - the question type in the bank
questions-import-type = { $type ->
    [single] Single choice
    [multiple] Multiple choice
    [true-false] True or false
    [short] Short answer
    [numerical] Numerical
    [matching] Matching
    [gap-fill] Gap fill
    [ordering] Ordering
    [essay] Essay
    [description] Description
   *[other] { $type }
}
# Followed by the importer's reason, in English.
questions-import-not-imported = Not imported:
# Followed by the importer's note, in English.
questions-import-note = Note:
# Shown beside a right option.
questions-import-right = right answer
# Shown beside the answer of a gap the learner types in (not chosen from a list).
questions-import-typed = typed in by the learner
# Variables:
#   $weight (String) - the option's weight in percent, formatted
questions-import-weight = { $weight } % of the points
questions-import-option-feedback = Feedback:
questions-import-pairs = Right pairs:
questions-import-distractors = Answers that match no item:
# Variables:
#   $gap (Number) - the gap's number in the text
questions-import-gap = Gap { $gap }:
questions-import-order = The right order:
# Variables:
#   $key (String) - true or false
questions-import-true-false-key = { $key ->
    [true] Right answer: true
   *[other] Right answer: false
}
questions-import-accepted = Accepted answers (* stands for any text):
questions-import-numbers = Accepted values:
# Variables:
#   $value (String) - the value, formatted
#   $tolerance (String) - the tolerance, formatted
questions-import-number = { $value } ± { $tolerance }
# Variables:
#   $percent (String) - the share of the points, formatted
questions-import-share = ({ $percent } % of the points)
questions-import-feedback = General feedback:
# Variables:
#   $points (String) - the question's points, formatted
#   $count (Number) - the same as a number, for the plural form
questions-import-points = { $count ->
    [one] { $points } point
   *[other] { $points } points
}
# Variables:
#   $category (String) - the question's category in the bank
questions-import-category = Category: { $category }
questions-import-tags = Tags:
questions-import-nothing = No question in these files can be imported.
# Variables:
#   $count (Number) - how many questions would be added
questions-import-confirm-intro = { $count ->
    [one] Nothing has been written yet. Confirm to add the question marked as added to the course. Learners will be able to take it at once.
   *[other] Nothing has been written yet. Confirm to add the { $count } questions marked as added to the course. Learners will be able to take them at once.
}
questions-import-confirm-button = Confirm the import
questions-import-changed-notice = The course was changed after the preview you confirmed (for example, by the same import confirmed twice), so nothing was imported. This is what the files would do now; check it and confirm again.
# Followed by the error, in English.
questions-import-write-error = The files could not be written, so nothing was imported:
questions-import-another-title = Import other files

## After the import.

questions-import-done-title = Questions imported
# Variables:
#   $count (Number) - questions added
#   $course (String) - the course's title
questions-import-done-summary = { $count ->
    [one] One question was added to { $course }.
   *[other] { $count } questions were added to { $course }.
}
questions-import-done-in-use = Learners can take the new questions now.
questions-import-reload-failed-title = The server still uses the previous questions
questions-import-reload-failed = The files were written, but the bank does not load now, so the server keeps using the questions it had before. Correct these problems (the messages are in English) and restart the server:
# Variables:
#   $quiz (String) - the quiz's ID
questions-import-done-quiz = Open the quiz { $quiz }
questions-import-done-list-title = Questions added
questions-import-col-id = ID
questions-import-col-type = Type
questions-import-another = Import more questions
