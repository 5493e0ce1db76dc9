//! The administrator's question import page: preview (the dry run), confirm, and the server using the new
//! bank at once. Each test runs on a fresh database and its own copy of `question-banks/` (never the
//! repository's). Lines, ids and texts expected here are read off the fixtures in
//! `tests/fixtures/import/page/` by hand.

use std::path::{Path, PathBuf};

use ispit::auth::Role;
use ispit::i18n::Locale;
use rocket::http::{ContentType, Header, Status};

use crate::helpers::{Reply, TestApp};

const GIFT: &[u8] = include_bytes!("../fixtures/import/page/asylum-basics.gift");
const MOODLE_MK: &[u8] = include_bytes!("../fixtures/import/page/palermo-mk.xml");
/// One more question for a course the GIFT fixture made.
const ONE_MORE: &[u8] =
    b"::gcm-marrakech::The Global Compact for Migration was adopted at an intergovernmental \
conference in Marrakech.{T}\n";
const COURSE: &str = "asylum-basics";
const QUIZ: &str = "asylum-basics-check";
const BOUNDARY: &str = "ispit-questions-boundary-c1A0dQ";
const ADMIN: &str = "admin@example.org";

/// The app on a temporary copy of the bundled banks, and that copy.
async fn spawn_on_copy() -> (TestApp, tempfile::TempDir) {
    let banks = tempfile::tempdir().expect("temp dir");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks"),
        banks.path(),
    );
    let root = banks.path().display().to_string();
    let t = TestApp::spawn_with(|f| f.merge(("banks_dir", root))).await;
    (t, banks)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// An administrator signed in, on a copy of the banks.
async fn as_admin() -> (TestApp, tempfile::TempDir) {
    let (t, banks) = spawn_on_copy().await;
    t.add_staff(ADMIN, "Jelena Marić", &[Role::Admin]).await;
    assert_eq!(t.login(ADMIN).await.status, Status::SeeOther);
    (t, banks)
}

/// A `multipart/form-data` body as a browser sends it: the text fields, then each file of `files`.
fn multipart(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (file_name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; \
                 filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post_multipart(
    t: &TestApp,
    path: &str,
    body: Vec<u8>,
    headers: &[(&'static str, &str)],
) -> Reply {
    let mut req = t
        .client
        .post(path.to_string())
        .header(ContentType::new("multipart", "form-data").with_params(("boundary", BOUNDARY)))
        .body(body);
    for (k, v) in headers {
        req = req.header(Header::new(*k, v.to_string()));
    }
    let res = req.dispatch().await;
    let status = res.status();
    let location = res.headers().get_one("Location").map(str::to_string);
    let body = res.into_string().await.unwrap_or_default();
    Reply {
        status,
        body,
        location,
    }
}

/// The choices of the form (besides the files), as the page names them.
struct Form<'a> {
    format: &'a str,
    course: &'a str,
    new_course_id: &'a str,
    new_course_title: &'a str,
    quiz: &'a str,
    locales: &'a [&'a str],
}

impl<'a> Form<'a> {
    /// The GIFT fixture into a new course with a quiz.
    fn gift() -> Form<'static> {
        Form {
            format: "gift",
            course: "",
            new_course_id: COURSE,
            new_course_title: "Protection basics",
            quiz: QUIZ,
            locales: &[],
        }
    }

    fn fields(&self) -> Vec<(&'static str, &'a str)> {
        let mut fields = vec![
            ("format", self.format),
            ("course", self.course),
            ("new_course_id", self.new_course_id),
            ("new_course_title", self.new_course_title),
            ("quiz", self.quiz),
        ];
        fields.extend(self.locales.iter().map(|l| ("locale", *l)));
        fields
    }
}

/// Uploads files for a preview with this browser's token.
async fn preview(t: &TestApp, form: &Form<'_>, files: &[(&str, &[u8])]) -> Reply {
    let csrf = t.csrf().await;
    let mut fields = vec![("_csrf", csrf.as_str())];
    fields.extend(form.fields());
    post_multipart(t, "/admin/questions/import", multipart(&fields, files), &[]).await
}

/// Decodes what handlebars escapes in an attribute value.
fn unescape(value: &str) -> String {
    value
        .replace("&#x3D;", "=")
        .replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&#x60;", "`")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The hidden fields of the preview's confirmation form, in order (without the token), as the browser
/// would send them back.
fn confirmation(html: &str) -> Vec<(String, String)> {
    confirmation_to(html, "/admin/questions/import/confirm")
}

/// The hidden fields of the form posting to `action`.
fn confirmation_to(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("the preview offers a confirmation:\n{html}"));
    let form = &html[start..];
    let form = &form[..form.find("</form>").expect("form ends")];
    let mut fields = Vec::new();
    let mut rest = form;
    let marker = "<input type=\"hidden\" name=\"";
    while let Some(at) = rest.find(marker) {
        rest = &rest[at + marker.len()..];
        let name_end = rest.find('"').expect("name ends");
        let name = rest[..name_end].to_string();
        let value_at = rest.find("value=\"").expect("value") + "value=\"".len();
        let value_end = value_at + rest[value_at..].find('"').expect("value ends");
        if name != "_csrf" {
            fields.push((name, unescape(&rest[value_at..value_end])));
        }
        rest = &rest[value_end..];
    }
    fields
}

async fn confirm(t: &TestApp, fields: &[(String, String)]) -> Reply {
    confirm_to(t, "/admin/questions/import/confirm", fields).await
}

async fn confirm_to(t: &TestApp, path: &str, fields: &[(String, String)]) -> Reply {
    let csrf = t.csrf().await;
    let mut all: Vec<(&str, &str)> = vec![("_csrf", &csrf)];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    post_multipart(t, path, multipart(&all, &[]), &[]).await
}

/// What `look` reads of the course the server uses now.
fn in_use<T>(t: &TestApp, course: &str, look: impl FnOnce(&ispit::bank::Course) -> T) -> T {
    let bank = t.app().bank();
    let found = bank.courses.iter().find(|c| c.id.as_str() == course);
    look(found.unwrap_or_else(|| panic!("{course} is in use")))
}

fn course_dir(banks: &tempfile::TempDir, course: &str) -> PathBuf {
    banks.path().join(course)
}

/// How many questions a course's `course.toml` holds.
fn question_count(banks: &tempfile::TempDir, course: &str) -> usize {
    std::fs::read_to_string(course_dir(banks, course).join("course.toml"))
        .expect("course.toml")
        .matches("[[questions]]")
        .count()
}

#[rocket::async_test]
async fn visitors_are_sent_to_sign_in_and_learners_and_instructors_are_refused() {
    let (t, banks) = spawn_on_copy().await;
    t.add_staff("teacher@example.org", "Ivana Horvat", &[Role::Instructor])
        .await;
    t.add_user("learner@example.org", Some(Locale::En)).await;
    let r = t.get("/admin/questions/import").await;
    assert_eq!(r.status, Status::SeeOther, "visitors are sent to sign in");
    assert!(r.location.is_some_and(|l| l.starts_with("/login")));
    for who in ["learner@example.org", "teacher@example.org"] {
        t.login(who).await;
        let r = t.get("/admin/questions/import").await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        let r = preview(&t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        let page = t.get("/quizzes").await;
        assert!(
            !page.body.contains("/admin/questions/import"),
            "{who}: no menu link"
        );
        t.logout().await;
    }
    assert!(!course_dir(&banks, COURSE).exists());
    // The administrator has the page and its link in the staff menu.
    t.add_staff(ADMIN, "Jelena Marić", &[Role::Admin]).await;
    t.login(ADMIN).await;
    let page = t.get("/admin/questions/import").await;
    assert_eq!(page.status, Status::Ok);
    assert!(page
        .body
        .contains("<a href=\"/admin/questions/import\">Import questions</a>"));
}

#[rocket::async_test]
async fn uploads_and_confirmations_without_this_browser_s_token_are_refused_and_write_nothing() {
    let (t, banks) = as_admin().await;
    let good = preview(&t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(good.status, Status::Ok, "{}", good.body);
    let fields = confirmation(&good.body);
    let forged = "ab".repeat(32);
    for token in [None, Some(forged.as_str())] {
        let mut with: Vec<(&str, &str)> = token.map(|t| ("_csrf", t)).into_iter().collect();
        with.extend(Form::gift().fields());
        let r = post_multipart(
            &t,
            "/admin/questions/import",
            multipart(&with, &[("asylum-basics.gift", GIFT)]),
            &[],
        )
        .await;
        assert_eq!(r.status, Status::Forbidden, "preview, token {token:?}");
        let mut with: Vec<(&str, &str)> = token.map(|t| ("_csrf", t)).into_iter().collect();
        with.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let r = post_multipart(
            &t,
            "/admin/questions/import/confirm",
            multipart(&with, &[]),
            &[],
        )
        .await;
        assert_eq!(r.status, Status::Forbidden, "confirm, token {token:?}");
    }
    assert!(!course_dir(&banks, COURSE).exists(), "nothing written");
    assert!(t.app().bank().quiz(&QUIZ.parse().expect("id")).is_none());
}

/// The GIFT fixture: its one broken question (line 18) is named at its line, the five others are shown as
/// they will be in the bank, with their keys; nothing is written until the confirmation, which writes a
/// course the bank loads and that a learner can take at once.
#[rocket::async_test]
async fn a_gift_file_is_previewed_with_its_broken_question_then_imported_and_taken_at_once() {
    let (t, banks) = as_admin().await;
    let r = preview(&t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    let body = &r.body;
    // The reader's message, as it is, at the file and line of the broken question.
    assert!(
        body.contains(
            "asylum-basics.gift:18: the answers must be between { and }: one of the two is missing"
        ),
        "{body}"
    );
    assert!(body.contains("The files have one problem"), "{body}");
    assert!(
        body.contains("Questions read: 5. To be added: 5. Not imported: 0."),
        "{body}"
    );
    // Each question at its line, added under the id its name gives, with its type.
    for (line, id, kind) in [
        (7, "non-refoulement", "True or false"),
        (9, "cat-adopted", "Numerical"),
        (11, "gcm-objectives", "Single choice"),
        (20, "palermo-elements", "Matching"),
        (27, "refugee-definition", "Short answer"),
    ] {
        let place = format!("asylum-basics.gift, line {line}");
        let at = body
            .find(&place)
            .unwrap_or_else(|| panic!("{place} is listed:\n{body}"));
        let card = &body[at..];
        let card = &card[..card.find("<li class=\"card\"").unwrap_or(card.len())];
        assert!(card.contains(&format!("Added as {id}")), "{card}");
        assert!(card.contains(kind), "{card}");
        assert!(
            card.contains("Category: protection-basics"),
            "the category's slug: {card}"
        );
    }
    // As they will appear: stems, options and the right answers marked, in English.
    assert!(body.contains(
        "<p class=\"stem\" lang=\"en\">How many objectives does the Global Compact for Safe, Orderly and \
         Regular Migration set out?</p>"
    ));
    assert!(body.contains(
        "<li class=\"key\"><span lang=\"en\">23</span> <span class=\"mark\">right answer</span>"
    ));
    assert!(body.contains("<li><span lang=\"en\">17</span>"));
    assert!(body.contains("Right answer: true"));
    assert!(body.contains("<li class=\"key\" lang=\"en\">Means → Deception</li>"));
    assert!(
        body.contains("<li lang=\"en\">Nationality</li>"),
        "the distractor"
    );
    assert!(body.contains(
        "<code lang=\"en\">Article 1A(2)</code> <span class=\"mark\">(100 % of the points)</span>"
    ));
    assert!(body.contains(
        "<code lang=\"en\">Article 1</code> <span class=\"mark\">(50 % of the points)</span>"
    ));
    assert!(body.contains("1984 ± 0"), "{body}");
    // The feedback on the half-right short answer is not kept: said as a note, in the importer's words.
    assert!(body.contains("Note:"), "{body}");
    assert!(
        !course_dir(&banks, COURSE).exists(),
        "a preview writes nothing"
    );

    let done = confirm(&t, &confirmation(body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    assert!(done
        .body
        .contains("5 questions were added to Protection basics."));
    assert!(done.body.contains(&format!("<a href=\"/quizzes/{QUIZ}\">")));
    // What the server and `ispit validate` load.
    let loaded = ispit::bank::load_banks(banks.path()).expect("the bank loads");
    let (course, quiz) = loaded
        .bank
        .quiz(&QUIZ.parse().expect("id"))
        .expect("the quiz is in the bank");
    assert_eq!(course.id.as_str(), COURSE);
    assert_eq!(course.questions.len(), 5);
    assert_eq!(quiz.question_count(), 5);
    ispit::web::load_content(banks.path(), "locales".as_ref()).expect("content validates");

    // The server uses the new bank at once: a learner starts the quiz on its page and over the API.
    t.logout().await;
    t.add_user("learner@example.org", Some(Locale::En)).await;
    t.login("learner@example.org").await;
    let list = t.get("/quizzes").await;
    assert!(list.body.contains(&format!("/quizzes/{QUIZ}")), "listed");
    let id = t.start(QUIZ).await;
    let attempt = t.attempt(id).await;
    assert_eq!(attempt.paper.questions.len(), 5);
    let token = t.api_token("learner@example.org").await;
    let (status, quizzes) = t.json("GET", "/api/v1/quizzes", &token, None).await;
    assert_eq!(status, Status::Ok);
    assert!(quizzes.to_string().contains(QUIZ), "{quizzes}");
}

/// Between the preview and the confirmation someone edits the course: the confirmation shows the plan as it
/// is now and writes nothing.
#[rocket::async_test]
async fn a_course_changed_after_the_preview_is_not_written() {
    let (t, banks) = as_admin().await;
    let first = preview(&t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(
        confirm(&t, &confirmation(&first.body)).await.status,
        Status::Ok
    );
    let into_course = Form {
        course: COURSE,
        new_course_id: "",
        new_course_title: "",
        quiz: "",
        ..Form::gift()
    };
    let second = preview(&t, &into_course, &[("marrakech.gift", ONE_MORE)]).await;
    assert_eq!(second.status, Status::Ok, "{}", second.body);
    assert!(second.body.contains("Added as gcm-marrakech"));
    let toml = course_dir(&banks, COURSE).join("course.toml");
    let edited = format!(
        "{}\n# Reviewed by the trainer.\n",
        std::fs::read_to_string(&toml).expect("read")
    );
    std::fs::write(&toml, &edited).expect("edit");
    let r = confirm(&t, &confirmation(&second.body)).await;
    assert_eq!(r.status, Status::Conflict, "{}", r.body);
    assert!(r.body.contains("The course was changed after the preview"));
    assert!(
        r.body.contains("Added as gcm-marrakech"),
        "the plan as it is now"
    );
    assert_eq!(std::fs::read_to_string(&toml).expect("read"), edited);
    assert!(
        !std::fs::read_to_string(course_dir(&banks, COURSE).join("en.ftl"))
            .expect("read")
            .contains("q-gcm-marrakech")
    );
    assert_eq!(
        t.app()
            .bank()
            .courses
            .iter()
            .find(|c| c.id.as_str() == COURSE)
            .map(|c| c.questions.len()),
        Some(5)
    );
}

/// Twenty clicks at once on Confirm: one writes, the nineteen others plan on what it wrote, differ from
/// their preview and write nothing.
#[rocket::async_test]
async fn twenty_confirmations_at_once_add_the_questions_once() {
    use rocket::futures::future::join_all;
    let (t, banks) = as_admin().await;
    let first = preview(&t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(
        confirm(&t, &confirmation(&first.body)).await.status,
        Status::Ok
    );
    let into_course = Form {
        course: COURSE,
        new_course_id: "",
        new_course_title: "",
        quiz: "",
        ..Form::gift()
    };
    let second = preview(&t, &into_course, &[("marrakech.gift", ONE_MORE)]).await;
    assert_eq!(second.status, Status::Ok, "{}", second.body);
    let fields = confirmation(&second.body);
    let replies = join_all((0..20).map(|_| confirm(&t, &fields))).await;
    let statuses: Vec<Status> = replies.iter().map(|r| r.status).collect();
    let count = |s| statuses.iter().filter(|x| **x == s).count();
    assert_eq!(
        (count(Status::Ok), count(Status::Conflict)),
        (1, 19),
        "{statuses:?}"
    );
    assert_eq!(question_count(&banks, COURSE), 6);
    let en = std::fs::read_to_string(course_dir(&banks, COURSE).join("en.ftl")).expect("read");
    assert_eq!(en.matches("q-gcm-marrakech").count(), 1, "{en}");
    let in_use = in_use(&t, COURSE, |c| c.questions.len());
    assert_eq!(in_use, 6, "the server uses what was written");
}

/// A Moodle XML file with Macedonian in its multilang spans, read with Macedonian ticked: the new course
/// has its Macedonian prose file and declares Macedonian.
#[rocket::async_test]
async fn a_moodle_xml_file_read_in_macedonian_gives_the_course_its_mk_prose() {
    let (t, banks) = as_admin().await;
    let form = Form {
        format: "moodlexml",
        course: "",
        new_course_id: "palermo-protocol",
        new_course_title: "The Palermo Protocol",
        quiz: "",
        locales: &["mk"],
    };
    let r = preview(&t, &form, &[("palermo-mk.xml", MOODLE_MK)]).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert!(r
        .body
        .contains("Questions read: 2. To be added: 2. Not imported: 0."));
    // The preview is in English.
    assert!(r.body.contains(
        "<p class=\"stem\" lang=\"en\">Which convention does the Palermo Protocol supplement?</p>"
    ));
    let done = confirm(&t, &confirmation(&r.body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    let dir = course_dir(&banks, "palermo-protocol");
    let mk = std::fs::read_to_string(dir.join("mk.ftl")).expect("mk.ftl written");
    assert!(
        mk.contains("Која конвенција ја дополнува Протоколот од Палермо?"),
        "{mk}"
    );
    assert!(mk.contains("Конвенцијата на ОН против транснационалниот организиран криминал"));
    let toml = std::fs::read_to_string(dir.join("course.toml")).expect("course.toml");
    assert!(toml.contains("locales = [\"en\", \"mk\"]"), "{toml}");
    assert!(in_use(&t, "palermo-protocol", |c| c
        .texts
        .locales()
        .contains(&Locale::Mk)));
}

/// Over 2 MiB, or more than eight files: said on the page in the administrator's language (Macedonian
/// here), never a bare 413; nothing is written. Exactly 2 MiB is taken.
#[rocket::async_test]
async fn files_over_the_limits_are_refused_on_the_page_in_the_administrator_s_language() {
    let (t, banks) = as_admin().await;
    let mut exact = b"// padding\n".to_vec();
    exact.resize(2 * 1024 * 1024 - ONE_MORE.len() - 1, b'/');
    exact.push(b'\n');
    exact.extend_from_slice(ONE_MORE);
    assert_eq!(exact.len(), 2 * 1024 * 1024);
    let r = preview(&t, &Form::gift(), &[("exact.gift", &exact)]).await;
    assert_eq!(r.status, Status::Ok, "exactly 2 MiB is read");
    assert!(r.body.contains("Added as gcm-marrakech"));

    let mut over = exact.clone();
    over.push(b'\n');
    let nine: Vec<(&str, &[u8])> = (0..9).map(|_| ("one.gift", ONE_MORE)).collect();
    let csrf = t.csrf().await;
    let mut fields = vec![("_csrf", csrf.as_str())];
    fields.extend(Form::gift().fields());
    for (files, what, message) in [
        (
            vec![("big.gift", over.as_slice())],
            "one byte over",
            "Една од датотеките е поголема од 2 MiB.",
        ),
        (
            nine,
            "nine files",
            "Наеднаш може да се увезат најмногу 8 датотеки.",
        ),
    ] {
        let r = post_multipart(
            &t,
            "/admin/questions/import",
            multipart(&fields, &files),
            &[("Accept-Language", "mk")],
        )
        .await;
        assert_eq!(r.status, Status::PayloadTooLarge, "{what}");
        assert!(r.body.contains(message), "{what}: {}", r.body);
        assert!(r.body.contains("name=\"files\""), "{what}: the form again");
    }
    assert!(!course_dir(&banks, COURSE).exists(), "nothing written");
}

/// A quiz id another course has: the bank would not load, so the preview says why (the bank's own message)
/// and offers no confirmation; nothing is written.
#[rocket::async_test]
async fn a_quiz_id_taken_by_another_course_is_refused_with_the_bank_s_problem() {
    let (t, banks) = as_admin().await;
    let form = Form {
        quiz: "migration-gender-final",
        ..Form::gift()
    };
    let r = preview(&t, &form, &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert!(r
        .body
        .contains("The bank would not load with these questions"));
    assert!(
        r.body
            .contains("quiz id &#x60;migration-gender-final&#x60; is also used in"),
        "{}",
        r.body
    );
    // Named from the bank folder, not from where the server keeps it or the check's temporary copy.
    assert!(!r.body.contains(&banks.path().display().to_string()));
    assert!(!r.body.contains("/admin/questions/import/confirm"));
    // The questions are still shown.
    assert!(r.body.contains("Added as non-refoulement"));
    assert!(!course_dir(&banks, COURSE).exists(), "nothing written");
}

/// English questions into a course that declares six more languages: the bank would not load until they
/// are translated, so the preview says why (the course's own problems) instead of failing, and offers no
/// confirmation.
#[rocket::async_test]
async fn questions_for_a_course_in_seven_languages_are_refused_until_translated() {
    let (t, banks) = as_admin().await;
    let form = Form {
        course: "migration-governance",
        new_course_id: "",
        new_course_title: "",
        quiz: "",
        ..Form::gift()
    };
    let before = question_count(&banks, "migration-governance");
    let r = preview(&t, &form, &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert!(
        r.body
            .contains("The bank would not load with these questions"),
        "{}",
        r.body
    );
    assert!(r.body.contains("migration-governance/mk.ftl"), "{}", r.body);
    assert!(!r.body.contains("/admin/questions/import/confirm"));
    assert_eq!(
        question_count(&banks, "migration-governance"),
        before,
        "nothing written"
    );
}

/// The form's own problems are said beside their fields, in the administrator's language.
#[rocket::async_test]
async fn the_form_s_problems_are_said_beside_their_fields() {
    let (t, banks) = as_admin().await;
    let form = Form {
        new_course_id: "Asylum Basics",
        new_course_title: "",
        quiz: "Check!",
        locales: &["mk"],
        ..Form::gift()
    };
    let r = preview(&t, &form, &[]).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    for (id, message) in [
        ("files-error", "Choose at least one file."),
        ("new-course-id-error", "Enter an ID for the new course"),
        (
            "new-course-title-error",
            "Enter a title for the new course.",
        ),
        ("quiz-error", "A quiz ID may contain only"),
        (
            "locales-error",
            "Only Moodle XML files and QTI packages contain several languages.",
        ),
    ] {
        assert!(
            r.body
                .contains(&format!("<p class=\"field-error\" id=\"{id}\">{message}")),
            "{id}: {}",
            r.body
        );
    }
    // An existing course's id for a new course.
    let form = Form {
        new_course_id: "migration-gender",
        ..Form::gift()
    };
    let r = preview(&t, &form, &[("asylum-basics.gift", GIFT)]).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("A course with this ID already exists."));
    assert_eq!(
        std::fs::read_dir(banks.path()).expect("read").count(),
        4,
        "nothing written"
    );
}

// ----- the course translation page (/admin/questions/translate) -----

const MK_FTL: &[u8] = include_bytes!("../fixtures/import/page/asylum-basics.mk.ftl");

/// The translation form: the course, the language and the file, with this browser's token.
async fn check_translation(t: &TestApp, course: &str, locale: &str, ftl: &[u8]) -> Reply {
    let csrf = t.csrf().await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("course", course),
        ("locale", locale),
    ];
    let body = multipart(&fields, &[("asylum-basics.mk.ftl", ftl)]);
    post_multipart(t, "/admin/questions/translate", body, &[]).await
}

/// The GIFT course imported, as a trainer has it before translating.
async fn gift_course(t: &TestApp) {
    let r = preview(t, &Form::gift(), &[("asylum-basics.gift", GIFT)]).await;
    let done = confirm(t, &confirmation(&r.body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
}

/// The trainer downloads the course's English prose, a translator sends it back in Macedonian: first
/// with a question left untranslated (refused at its file, nothing written), then complete (every
/// question shown in Macedonian with its key); confirmed, the course is offered in Macedonian at once,
/// and the same confirmation again writes nothing.
#[rocket::async_test]
async fn a_course_is_translated_into_macedonian_and_offered_in_it_at_once() {
    let (t, banks) = as_admin().await;
    gift_course(&t).await;
    let dir = course_dir(&banks, COURSE);

    let en = t
        .client
        .get(format!("/admin/questions/courses/{COURSE}/en.ftl"))
        .dispatch()
        .await;
    assert_eq!(en.status(), Status::Ok);
    assert_eq!(
        en.headers().get_one("Content-Disposition"),
        Some("attachment; filename=\"asylum-basics.en.ftl\"")
    );
    let en = en.into_string().await.unwrap_or_default();
    assert_eq!(
        en,
        std::fs::read_to_string(dir.join("en.ftl")).expect("en.ftl"),
        "the course's own file"
    );
    for missing in ["mk.ftl", "sr-Latn.ftl", "x.ftl", "en.txt"] {
        let path = format!("/admin/questions/courses/{COURSE}/{missing}");
        let r = t.client.get(path).dispatch().await;
        assert_eq!(r.status(), Status::NotFound, "{missing}");
    }

    // The file cut before its last question (refugee-definition), which the quiz's title follows.
    let mk = std::str::from_utf8(MK_FTL).expect("UTF-8");
    let cut = mk.find("q-refugee-definition").expect("last question");
    let r = check_translation(&t, COURSE, "mk", &mk.as_bytes()[..cut]).await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert!(
        r.body
            .contains("asylum-basics/mk.ftl:1:1: 2 translations missing: q-refugee-definition, quiz-asylum-basics-check"),
        "{}",
        r.body
    );
    assert!(r.body.contains(&format!("{COURSE}/mk.ftl")), "{}", r.body);
    assert!(!r.body.contains("/admin/questions/translate/confirm"));
    assert!(!dir.join("mk.ftl").exists(), "nothing written");

    let r = check_translation(&t, COURSE, "mk", MK_FTL).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert!(r.body.contains(
        "<p class=\"stem\" lang=\"mk\">Колку цели утврдува Глобалниот договор за безбедна, уредна и регуларна миграција?</p>"
    ), "{}", r.body);
    assert!(
        r.body.contains("<li class=\"key\"><span lang=\"mk\">23</span> <span class=\"mark\">right answer</span>"),
        "{}",
        r.body
    );
    assert!(!dir.join("mk.ftl").exists(), "a check writes nothing");

    let fields = confirmation_to(&r.body, "/admin/questions/translate/confirm");
    let done = confirm_to(&t, "/admin/questions/translate/confirm", &fields).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    assert!(done.body.contains("Translation added"), "{}", done.body);
    assert_eq!(
        std::fs::read(dir.join("mk.ftl")).expect("mk.ftl written"),
        MK_FTL
    );
    let toml = std::fs::read_to_string(dir.join("course.toml")).expect("course.toml");
    assert!(toml.contains("locales = [\"en\", \"mk\"]"), "{toml}");
    let (course_in_mk, quiz_in_mk) = in_use(&t, COURSE, |c| {
        let quiz = c.quizzes.iter().find(|q| q.id.as_str() == QUIZ);
        (
            c.texts.locales().contains(&Locale::Mk),
            quiz.is_some_and(|q| q.locales.contains(&Locale::Mk)),
        )
    });
    assert!(course_in_mk, "in use at once");
    assert!(quiz_in_mk, "the quiz is offered in Macedonian");

    // A double click: the second confirmation finds the translation there and writes nothing.
    let modified = std::fs::metadata(dir.join("mk.ftl"))
        .and_then(|m| m.modified())
        .ok();
    let again = confirm_to(&t, "/admin/questions/translate/confirm", &fields).await;
    assert_eq!(again.status, Status::Conflict, "{}", again.body);
    assert!(again
        .body
        .contains("already has a translation in this language"));
    assert_eq!(
        std::fs::metadata(dir.join("mk.ftl"))
            .and_then(|m| m.modified())
            .ok(),
        modified
    );
}

/// The form's refusals: English or Serbian Latin (made from Cyrillic) are not translations to upload, a
/// course not in the bank, no file, a file that is not text; and only administrators reach the page and
/// the files, with this browser's token.
#[rocket::async_test]
async fn translations_that_cannot_be_checked_are_refused_on_the_page() {
    let (t, banks) = as_admin().await;
    gift_course(&t).await;
    for (course, locale, error) in [
        (COURSE, "en", "Choose a language from the list."),
        (COURSE, "sr-Latn", "Choose a language from the list."),
        ("no-such-course", "mk", "Choose a course from the list."),
    ] {
        let r = check_translation(&t, course, locale, MK_FTL).await;
        assert_eq!(r.status, Status::UnprocessableEntity, "{course} {locale}");
        assert!(r.body.contains(error), "{course} {locale}: {}", r.body);
    }
    // A line Fluent cannot read: the validator's message at its place, nothing offered.
    let broken = format!(
        "q-broken = {{ $oops\n{}",
        std::str::from_utf8(MK_FTL).expect("UTF-8")
    );
    let r = check_translation(&t, COURSE, "mk", broken.as_bytes()).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    // Fluent notices the missing brace where the next line starts.
    let at = "asylum-basics/mk.ftl:2:1: Fluent syntax error: Expected a token starting with";
    assert!(r.body.contains(at), "{}", r.body);
    assert!(!r.body.contains("/admin/questions/translate/confirm"));
    let r = check_translation(&t, COURSE, "mk", b"\xff\xfe\x00").await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("the file is not UTF-8 text"), "{}", r.body);
    let csrf = t.csrf().await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("course", COURSE),
        ("locale", "mk"),
    ];
    let r = post_multipart(
        &t,
        "/admin/questions/translate",
        multipart(&fields, &[]),
        &[],
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("Choose the translated file."), "{}", r.body);
    // Without the token: refused before anything is read.
    let body = multipart(
        &[("course", COURSE), ("locale", "mk")],
        &[("mk.ftl", MK_FTL)],
    );
    let r = post_multipart(&t, "/admin/questions/translate", body, &[]).await;
    assert_eq!(r.status, Status::Forbidden, "{}", r.body);
    assert!(!course_dir(&banks, COURSE).join("mk.ftl").exists());

    t.add_staff("instructor@example.org", "Ana", &[Role::Instructor])
        .await;
    assert_eq!(
        t.login("instructor@example.org").await.status,
        Status::SeeOther
    );
    for path in [
        "/admin/questions/translate".to_string(),
        format!("/admin/questions/courses/{COURSE}/en.ftl"),
    ] {
        let r = t.client.get(path.clone()).dispatch().await;
        assert_eq!(r.status(), Status::Forbidden, "{path}");
    }
}

/// A QTI 3 package with each item in English and Macedonian (as `ispit export --to qti3` writes it), read
/// with Macedonian ticked: the new course has both languages.
#[rocket::async_test]
async fn a_qti_package_in_two_languages_gives_the_course_both() {
    use ispit::interchange::{from_bank, to_qti};
    let (t, banks) = as_admin().await;
    let zip = in_use(&t, "migration-gender", |course| {
        let toml = std::fs::read_to_string(course.dir.join("course.toml")).expect("course.toml");
        let exported = from_bank::export(course, &toml, &[Locale::En, Locale::Mk]);
        let labels = |_: Locale| ["true".to_string(), "false".to_string()];
        to_qti::write_package("migration-gender", &exported, &labels).expect("package")
    });
    let form = Form {
        format: "qti3",
        new_course_id: "gender-copy",
        new_course_title: "Migration and Gender",
        quiz: "",
        locales: &["mk"],
        ..Form::gift()
    };
    let r = preview(&t, &form, &[("gender.zip", &zip)]).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert!(r
        .body
        .contains("Questions read: 46. To be added: 46. Not imported: 0."));
    let done = confirm(&t, &confirmation(&r.body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    let mk = std::fs::read_to_string(course_dir(&banks, "gender-copy").join("mk.ftl")).expect("mk");
    assert_eq!(mk.matches("\nq-").count(), 46);
    assert!(in_use(&t, "gender-copy", |c| c
        .texts
        .locales()
        .contains(&Locale::Mk)));
}

/// A Cloze question with a chosen gap, typed words and a typed number: the preview shows each typed gap's
/// key and says the learner types it; confirmed, the bank holds the typed gaps.
#[rocket::async_test]
async fn a_cloze_question_with_typed_gaps_is_previewed_with_their_keys_and_added() {
    let (t, banks) = as_admin().await;
    let form = Form {
        format: "moodlexml",
        course: "",
        new_course_id: "palermo-cloze",
        new_course_title: "The Palermo Protocol",
        quiz: "",
        locales: &[],
    };
    let xml = "<quiz><question type=\"cloze\"><name><text>Palermo</text></name><questiontext format=\"html\"><text><![CDATA[<p>Smuggling involves {1:MULTICHOICE:=illegal entry~exploitation}; trafficking has the purpose of {1:SHORTANSWER:=exploitation~=exploitation of persons}; the Protocol dates from {1:NUMERICAL:=2000:1}.</p>]]></text></questiontext></question></quiz>";
    let r = preview(&t, &form, &[("cloze.xml", xml.as_bytes())]).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert!(
        r.body
            .contains("Questions read: 1. To be added: 1. Not imported: 0."),
        "{}",
        r.body
    );
    for key in ["exploitation | exploitation of persons", "2000 ± 1"] {
        assert!(
            r.body.contains(&format!(
                "<span lang=\"en\" class=\"key\">{key}</span> <span class=\"mark\">right answer; typed in by the learner</span>"
            )),
            "{key}: {}",
            r.body
        );
    }
    let done = confirm(&t, &confirmation(&r.body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    let toml = std::fs::read_to_string(course_dir(&banks, "palermo-cloze").join("course.toml"))
        .expect("course.toml");
    assert!(
        toml.contains("g2 = { accept = [\"exploitation\", \"exploitation of persons\"], case_sensitive = false }"),
        "{toml}"
    );
    assert!(
        toml.contains("g3 = { answer = 2000.0, tolerance = 1.0 }"),
        "{toml}"
    );
}
