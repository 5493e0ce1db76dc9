### The administrator's page for adding a language to a course: download a course's prose file (Fluent),
### have it translated, upload the translation, check every question in that language, confirm. The
### problems found in the file are written in English by the bank's validator (as `ispit validate` prints
### them); the page shows them as they are, after the messages below. Language names ($language) are
### given in their own language ("Македонски").

# The page's title and the link to it in the staff menu.
questions-translate-title = Translate a course
staff-nav-questions-translate = Translate a course
questions-translate-intro = Download a course's English prose file from the list below and have it translated: keep every line's name (before the equals sign) and the names in braces such as { "{" } $g1 { "}" }, and translate only the texts. Then upload the translated file here. You will first see every question as learners in that language will see it, or every problem in the file with its line. Nothing is written until you confirm.

## The form.

questions-translate-course-label = Course
questions-translate-language-label = Language of the translation
questions-translate-file-label = Translated file (.ftl)
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
questions-translate-file-hint = One file saved as UTF-8 text, at most { $limit } MiB. If the course already has a translation in this language, it is replaced.
questions-translate-preview-button = Check the translation
questions-translate-error-course = Choose a course from the list.
questions-translate-error-locale = Choose a language from the list.
questions-translate-error-no-file = Choose the translated file.
# Variables:
#   $limit (Number) - the largest file accepted, in MiB
questions-translate-error-too-large = Upload one file of at most { $limit } MiB.
questions-translate-error-bad-form = The confirmation could not be read. Upload the file again.

## The check (nothing written yet).

questions-translate-preview-title = Checking the translation
# Variables:
#   $course (String) - the course's title
questions-translate-preview-course = Course: { $course }
# Variables:
#   $language (String) - the language's name in that language, e.g. Македонски
questions-translate-preview-language = Language: { $language }
questions-translate-plan-error-title = The translation cannot be checked
# Variables:
#   $count (Number) - how many problems were found
questions-translate-problems-title = { $count ->
    [one] One problem prevents the translation from being added
   *[other] { $count } problems prevent the translation from being added
}
questions-translate-problems-intro = Correct the file and upload it again. Each message gives the file and line it refers to; "translations missing" lists the texts the file still lacks.
questions-translate-replaces = The course already has a translation in this language. Confirming replaces it.
# Variables:
#   $count (Number) - how many questions the course has
questions-translate-summary = { $count ->
    [one] The course's question as learners in this language will see it, with its right answer:
   *[other] The course's { $count } questions as learners in this language will see them, with their right answers:
}
questions-translate-confirm-button = Add the translation
questions-translate-changed-notice = The course or its translation has changed since the check, or the translation has already been added. Check the result below before confirming again.
questions-translate-write-error = The files could not be written, so nothing was changed:

## After confirming.

# Variables:
#   $course (String) - the course's title
#   $language (String) - the language's name in that language, e.g. Македонски
questions-translate-done = Translation added: { $course }, { $language }.
questions-translate-done-in-use = Learners who use this language now see the course's quizzes in it.
questions-translate-another-title = Translate another course

## The prose files to download.

questions-translate-files-title = Files to translate
questions-translate-files-intro = The texts of each course, one file per language. Translate the English file, or download an existing translation to correct it.
questions-translate-col-course = Course
questions-translate-col-files = Files
