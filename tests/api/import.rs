//! Importing learners from a CSV file: the administrator's upload page (preview, confirm, the passwords shown
//! once) and `ispit user import`, with the fixtures in `tests/fixtures/import/`. Expected rows, lines and
//! cohorts are read off the fixture files by hand.

use std::collections::BTreeSet;

use ispit::auth::Role;
use ispit::db::{cohorts, users};
use ispit::i18n::Locale;
use rocket::http::{ContentType, Header, Status};

use crate::helpers::{Reply, TestApp};

const EXCEL: &[u8] = include_bytes!("../fixtures/import/learners-excel-semicolon.csv");
const PROBLEMS: &[u8] = include_bytes!("../fixtures/import/learners-problems.csv");
const ENGLISH_2026: &str = "Ministry of Security BiH — English 2026";
const ASYLUM_B1: &str = "Western Balkans Asylum Officers — English B1";

/// The Excel fixture's rows: line, address, name, language, cohort (read off the file).
const EXCEL_ROWS: [(usize, &str, &str, Locale, &str); 10] = [
    (
        2,
        "jelena.markovic@example.org",
        "Јелена Марковић",
        Locale::SrCyrl,
        ASYLUM_B1,
    ),
    (
        3,
        "nikola.jovanovic@example.org",
        "Nikola Jovanović",
        Locale::SrLatn,
        ASYLUM_B1,
    ),
    (
        4,
        "amra.begic@example.org",
        "Amra Begić",
        Locale::Bs,
        ENGLISH_2026,
    ),
    (
        5,
        "dragana.kovacevic@example.net",
        "Dragana Kovačević",
        Locale::SrLatn,
        ENGLISH_2026,
    ),
    (
        6,
        "sanja.djuric@example.org",
        "Sanja Đurić",
        Locale::En,
        ENGLISH_2026,
    ),
    (
        8,
        "milos.vujovic@example.net",
        "Miloš Vujović",
        Locale::Cnr,
        ASYLUM_B1,
    ),
    (
        9,
        "aleksandar.stojanovski@example.org",
        "Александар Стојановски",
        Locale::Mk,
        ASYLUM_B1,
    ),
    (
        10,
        "arber.ramadani@example.org",
        "Arbër Ramadani",
        Locale::Sq,
        ASYLUM_B1,
    ),
    (
        11,
        "blerina.cela@example.net",
        "Blerina Çela",
        Locale::Sq,
        ASYLUM_B1,
    ),
    (
        12,
        "ivana.horvat@example.net",
        "Ivana Horvat",
        Locale::Hr,
        ASYLUM_B1,
    ),
];

const BOUNDARY: &str = "ispit-test-boundary-7MA4YWxkTrZu0gW";

/// A `multipart/form-data` body as a browser sends it: the text fields, then the file (if any).
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((file_name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                 Content-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn multipart_type() -> ContentType {
    ContentType::new("multipart", "form-data").with_params(("boundary", BOUNDARY))
}

/// Posts a multipart body; returns the reply and its Cache-Control header.
async fn post_multipart(
    t: &TestApp,
    path: &str,
    body: Vec<u8>,
    headers: &[(&'static str, &str)],
) -> (Reply, Option<String>) {
    let mut req = t
        .client
        .post(path.to_string())
        .header(multipart_type())
        .body(body);
    for (k, v) in headers {
        req = req.header(Header::new(*k, v.to_string()));
    }
    let res = req.dispatch().await;
    let status = res.status();
    let location = res.headers().get_one("Location").map(str::to_string);
    let cache = res.headers().get_one("Cache-Control").map(str::to_string);
    let body = res.into_string().await.unwrap_or_default();
    (
        Reply {
            status,
            body,
            location,
        },
        cache,
    )
}

/// Uploads a file on the import page with this browser's token.
async fn upload(t: &TestApp, name: &str, bytes: &[u8]) -> Reply {
    let csrf = t.csrf().await;
    post_multipart(
        t,
        "/admin/import",
        multipart(&[("_csrf", &csrf)], Some((name, bytes))),
        &[],
    )
    .await
    .0
}

/// The value of a hidden field on a page, as the browser would send it back (entities decoded).
fn hidden(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(
        html[start..start + end]
            .replace("&#x3D;", "=")
            .replace("&#x2F;", "/")
            .replace("&#x27;", "'")
            .replace("&#x60;", "`")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// The confirmation form of a preview, as fields to post.
fn confirmation(html: &str) -> Vec<(String, String)> {
    ["file_name", "fingerprint", "content"]
        .iter()
        .map(|name| {
            let value = hidden(html, name)
                .unwrap_or_else(|| panic!("the preview's form has `{name}`:\n{html}"));
            (name.to_string(), value)
        })
        .collect()
}

async fn confirm(t: &TestApp, fields: &[(String, String)]) -> (Reply, Option<String>) {
    let csrf = t.csrf().await;
    let mut all: Vec<(&str, &str)> = vec![("_csrf", &csrf)];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    post_multipart(t, "/admin/import/confirm", multipart(&all, None), &[]).await
}

/// An administrator signed in, and the fixtures' two cohorts.
async fn as_admin() -> TestApp {
    let t = TestApp::spawn().await;
    t.add_staff("admin@example.org", "Jelena Marić", &[Role::Admin])
        .await;
    for name in [ENGLISH_2026, ASYLUM_B1] {
        cohorts::create_cohort(&t.app().db, name, 0)
            .await
            .expect("cohort");
    }
    assert_eq!(t.login("admin@example.org").await.status, Status::SeeOther);
    t
}

/// Every account's address.
async fn addresses(t: &TestApp) -> BTreeSet<String> {
    users::list_users(&t.app().db, None)
        .await
        .expect("list")
        .into_iter()
        .map(|u| u.email)
        .collect()
}

/// Every membership as (cohort, address, role).
async fn memberships(t: &TestApp) -> BTreeSet<(String, String, &'static str)> {
    let mut out = BTreeSet::new();
    for c in cohorts::list_cohorts(&t.app().db).await.expect("cohorts") {
        for (u, role) in cohorts::members(&t.app().db, c.id).await.expect("members") {
            out.insert((c.name.clone(), u.email, role.as_str()));
        }
    }
    out
}

/// The `email → password` table of the result page.
fn passwords(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<tr><td>") {
        rest = &rest[at + "<tr><td>".len()..];
        let Some((email, after)) = rest.split_once("</td><td><code>") else {
            break;
        };
        let Some((password, _)) = after.split_once("</code>") else {
            break;
        };
        out.push((email.to_string(), password.to_string()));
    }
    out
}

async fn sign_in(t: &TestApp, email: &str, password: &str) -> Status {
    t.submit_form(
        "/login",
        &[
            ("email", email),
            ("password", password),
            ("next", "/quizzes"),
        ],
    )
    .await
    .status
}

#[rocket::async_test]
async fn the_excel_file_is_previewed_row_by_row_and_imported_only_when_confirmed() {
    let t = as_admin().await;
    let page = t.get("/admin/import").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body.contains("CSV UTF-8 (comma delimited)") && page.body.contains("Text CSV"),
        "the hint names the spreadsheets' CSV types: {}",
        page.body
    );
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    let users_page = t.get("/admin/users").await;
    assert!(users_page.body.contains("href=\"/admin/import\""));

    let preview = upload(&t, "learners.csv", EXCEL).await;
    assert_eq!(preview.status, Status::Ok, "{}", preview.body);
    let body = &preview.body;
    assert!(
        body.contains("The cells are separated by semicolons."),
        "{body}"
    );
    assert!(body.contains("column 5 “institution”"), "{body}");
    assert!(
        body.contains("New accounts: 10. Accounts changed: 0. Unchanged: 0."),
        "{body}"
    );
    for (line, email, name, locale, cohort) in EXCEL_ROWS {
        let row = format!(
            "<td>{line}</td>\n    <td>{email}</td>\n    <td>{name}</td>\n    \
             <td><span lang=\"{}\">{}</span></td>\n    <td>{cohort}</td>\n    \
             <td><span class=\"badge\">New account</span></td>",
            locale.tag(),
            locale.native_name()
        );
        assert!(
            body.contains(&row),
            "row of line {line}:\n{row}\nin\n{body}"
        );
    }
    assert!(!body.contains("line 7"), "the empty row 7 is skipped");
    assert_eq!(
        addresses(&t).await,
        BTreeSet::from(["admin@example.org".to_string()]),
        "nothing written by the preview"
    );

    let (done, cache) = confirm(&t, &confirmation(body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    assert_eq!(
        cache.as_deref(),
        Some("no-store"),
        "the passwords are not cached"
    );
    assert!(done.body.contains("shown only this once"), "{}", done.body);
    assert!(
        done.body
            .contains("New accounts: 10. Accounts changed: 0. Unchanged: 0."),
        "{}",
        done.body
    );
    let shown = passwords(&done.body);
    let shown_emails: Vec<&str> = shown.iter().map(|(e, _)| e.as_str()).collect();
    let expected: Vec<&str> = EXCEL_ROWS.iter().map(|r| r.1).collect();
    assert_eq!(
        shown_emails, expected,
        "one password per new account, in file order"
    );

    let mut all: BTreeSet<String> = expected.iter().map(|e| e.to_string()).collect();
    all.insert("admin@example.org".to_string());
    assert_eq!(addresses(&t).await, all);
    let want: BTreeSet<(String, String, &str)> = EXCEL_ROWS
        .iter()
        .map(|r| (r.4.to_string(), r.1.to_string(), "learner"))
        .collect();
    assert_eq!(memberships(&t).await, want);
    // The same file again changes nothing: the preview says so and offers nothing to confirm.
    let again = upload(&t, "learners.csv", EXCEL).await;
    assert!(
        again
            .body
            .contains("Nothing to import: every row already matches its account."),
        "{}",
        again.body
    );
    assert!(
        !again.body.contains("/admin/import/confirm"),
        "{}",
        again.body
    );
    for (_, email, name, locale, _) in EXCEL_ROWS {
        let user = users::find_user_by_email(&t.app().db, email)
            .await
            .expect("query")
            .expect("created");
        assert_eq!(user.display_name, name);
        assert_eq!(user.locale, Some(locale));
        assert_eq!(user.roles.iter().collect::<Vec<_>>(), vec![Role::Learner]);
        assert!(
            !user.password_hash.contains(&shown[0].1),
            "stored as a hash only"
        );
    }

    // The learners sign in with the passwords shown (two of them: a Cyrillic and a Latin name), and a
    // password shown for one account does not open another.
    t.logout().await;
    let (jelena, nikola) = (&shown[0], &shown[1]);
    assert_eq!(
        sign_in(&t, &jelena.0, &nikola.1).await,
        Status::Unauthorized
    );
    assert_eq!(sign_in(&t, &jelena.0, &jelena.1).await, Status::SeeOther);
    t.logout().await;
    assert_eq!(sign_in(&t, &nikola.0, &nikola.1).await, Status::SeeOther);
}

#[rocket::async_test]
async fn a_file_with_problems_names_each_line_offers_no_confirmation_and_a_forged_one_writes_nothing(
) {
    let t = as_admin().await;
    let preview = upload(&t, "problems.csv", PROBLEMS).await;
    assert_eq!(preview.status, Status::UnprocessableEntity);
    let body = &preview.body;
    assert!(body.contains("The file has 8 problems"), "{body}");
    // One per line 3 to 10, read off the fixture's notes column.
    for (line, message) in [
        (3, "The e-mail address is missing."),
        (4, "“adnan.example.org” is not an e-mail address."),
        (5, "The name is missing."),
        (6, "“srpski” is not a language offered here."),
        (7, "There is no cohort “Border Police 2025”."),
        (8, "This e-mail address is already on line 2."),
        (9, "This row has 1 cell where the header has 5;"),
        (10, "The name runs over more than one line;"),
    ] {
        let shown = format!("<li><strong>Line {line}</strong>: {message}");
        assert!(body.contains(&shown), "{shown}\nin\n{body}");
    }
    assert!(
        !body.contains("/admin/import/confirm"),
        "no confirmation with problems"
    );
    // The valid rows are still listed, so the administrator sees the whole file.
    for email in [
        "petar.petrovic@example.org",
        "edona.berisha@example.net",
        "nora.gashi@example.org",
    ] {
        assert!(body.contains(&format!("<td>{email}</td>")), "{email}");
    }

    // A confirmation made up by hand for this file: planned again, refused again.
    use base64::Engine;
    let content = base64::engine::general_purpose::STANDARD.encode(PROBLEMS);
    let forged = [
        ("file_name".to_string(), "problems.csv".to_string()),
        ("fingerprint".to_string(), "0".repeat(64)),
        ("content".to_string(), content),
    ];
    let (r, _) = confirm(&t, &forged).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("The file has 8 problems"), "{}", r.body);
    assert_eq!(
        addresses(&t).await,
        BTreeSet::from(["admin@example.org".to_string()])
    );
    assert!(memberships(&t).await.is_empty());

    // A confirmation whose content is not base64 is answered on the page.
    let broken = [
        ("file_name".to_string(), "x.csv".to_string()),
        ("fingerprint".to_string(), "0".repeat(64)),
        ("content".to_string(), "not base64!".to_string()),
    ];
    let (r, _) = confirm(&t, &broken).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(
        r.body
            .contains("The confirmation could not be read. Upload the file again."),
        "{}",
        r.body
    );
}

#[rocket::async_test]
async fn accounts_changed_after_the_preview_show_the_new_plan_and_nothing_is_written() {
    let t = as_admin().await;
    let preview = upload(&t, "learners.csv", EXCEL).await;
    assert_eq!(preview.status, Status::Ok);
    let previewed = confirmation(&preview.body);
    // Meanwhile someone creates Amra's account (named otherwise, no language, no cohort).
    t.add_user("amra.begic@example.org", None).await;

    let (r, _) = confirm(&t, &previewed).await;
    assert_eq!(r.status, Status::Conflict, "{}", r.body);
    assert!(
        r.body
            .contains("Accounts or cohorts were changed after the preview you confirmed"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("New accounts: 9. Accounts changed: 1. Unchanged: 0."),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("Name: Test Learner → Amra Begić"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Language: Bosanski"), "{}", r.body);
    assert!(
        r.body
            .contains(&format!("Joins the cohort “{ENGLISH_2026}”")),
        "{}",
        r.body
    );
    assert_eq!(
        addresses(&t).await,
        BTreeSet::from([
            "admin@example.org".to_string(),
            "amra.begic@example.org".to_string()
        ]),
        "nothing imported"
    );
    assert!(memberships(&t).await.is_empty());

    // The new plan, confirmed, is applied: Amra updated (no new password for her), nine created.
    let (done, _) = confirm(&t, &confirmation(&r.body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    assert!(done
        .body
        .contains("New accounts: 9. Accounts changed: 1. Unchanged: 0."));
    let shown = passwords(&done.body);
    assert_eq!(shown.len(), 9);
    assert!(shown.iter().all(|(e, _)| e != "amra.begic@example.org"));
    let amra = users::find_user_by_email(&t.app().db, "amra.begic@example.org")
        .await
        .expect("query")
        .expect("exists");
    assert_eq!(amra.display_name, "Amra Begić");
    assert_eq!(amra.locale, Some(Locale::Bs));
    assert!(memberships(&t).await.contains(&(
        ENGLISH_2026.to_string(),
        "amra.begic@example.org".to_string(),
        "learner"
    )));
}

/// Accounts that exist are updated and keep what they had: an instructor of a cohort named in her row
/// becomes a learner too but stays that cohort's instructor; a learner's language changes and he joins a
/// cohort. No password for either. (The conditional updates, on both engines.)
#[rocket::async_test]
async fn existing_accounts_are_updated_and_keep_what_they_had() {
    let t = as_admin().await;
    let db = &t.app().db;
    let vesna = t
        .add_staff("vesna.ilic@example.org", "Vesna Ilić", &[Role::Instructor])
        .await;
    let english = cohorts::list_cohorts(db)
        .await
        .expect("cohorts")
        .into_iter()
        .find(|c| c.name == ENGLISH_2026)
        .expect("cohort")
        .id;
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(
        tx.conn(),
        english,
        vesna,
        cohorts::MemberRole::Instructor,
        0,
    )
    .await
    .expect("member");
    tx.commit().await.expect("commit");
    t.add_user("goran.nikolic@example.net", Some(Locale::SrLatn))
        .await;
    let file = format!(
        "email,name,language,cohort\n\
         vesna.ilic@example.org,Vesna Ilić,,{ENGLISH_2026}\n\
         goran.nikolic@example.net,Test Learner,sr-Cyrl,{ASYLUM_B1}\n"
    );
    let preview = upload(&t, "staff.csv", file.as_bytes()).await;
    assert_eq!(preview.status, Status::Ok, "{}", preview.body);
    let body = &preview.body;
    assert!(
        body.contains("<ul class=\"changes\"><li>Becomes a learner</li></ul>"),
        "{body}"
    );
    assert!(
        body.contains(&format!(
            "<ul class=\"changes\"><li>Language: Srpski (latinica) → Српски (ћирилица)</li>\
             <li>Joins the cohort “{ASYLUM_B1}”</li></ul>"
        )),
        "{body}"
    );
    let (done, _) = confirm(&t, &confirmation(body)).await;
    assert_eq!(done.status, Status::Ok, "{}", done.body);
    assert!(done
        .body
        .contains("New accounts: 0. Accounts changed: 2. Unchanged: 0."));
    assert!(done
        .body
        .contains("No account was created, so there are no passwords to hand out."));
    let vesna = users::find_user(db, vesna)
        .await
        .expect("query")
        .expect("exists");
    assert_eq!(
        vesna.roles.iter().collect::<Vec<_>>(),
        vec![Role::Learner, Role::Instructor]
    );
    let goran = users::find_user_by_email(db, "goran.nikolic@example.net")
        .await
        .expect("query")
        .expect("exists");
    assert_eq!(goran.locale, Some(Locale::SrCyrl));
    assert_eq!(goran.display_name, "Test Learner");
    assert_eq!(
        memberships(&t).await,
        BTreeSet::from([
            (
                ENGLISH_2026.to_string(),
                "vesna.ilic@example.org".to_string(),
                "instructor"
            ),
            (
                ASYLUM_B1.to_string(),
                "goran.nikolic@example.net".to_string(),
                "learner"
            ),
        ])
    );
}

/// Between the plan and its transaction another request creates one of the accounts, or renames one the
/// plan updates: the apply fails as a whole, says which address, and leaves nothing of itself behind. On
/// SQLite and PostgreSQL alike (the address is unique in the database; the update checks the old name).
#[rocket::async_test]
async fn a_change_between_plan_and_apply_fails_the_whole_apply_cleanly() {
    use ispit::db::import::ApplyError;
    use ispit::service::import::{apply, plan_file, ImportError};
    let t = as_admin().await;
    let db = &t.app().db;
    let plan = plan_file(db, EXCEL).await.expect("plan");
    assert!(plan.can_apply());
    t.add_user("ivana.horvat@example.net", None).await;
    match apply(db, &plan, 0).await {
        Err(ImportError::Apply(ApplyError::EmailTaken(email))) => {
            assert_eq!(email.as_str(), "ivana.horvat@example.net")
        }
        other => panic!("expected the address to be taken, got {other:?}"),
    }
    let expected = BTreeSet::from([
        "admin@example.org".to_string(),
        "ivana.horvat@example.net".to_string(),
    ]);
    assert_eq!(addresses(&t).await, expected, "the nine others not created");
    assert!(memberships(&t).await.is_empty());

    // A plan that renames Ivana and creates someone else; Ivana is renamed by someone else meanwhile.
    let file = "email,name,language,cohort\n\
                nova@example.org,Nova Nović,hr,\n\
                ivana.horvat@example.net,Ivana Horvat,hr,\n";
    let plan = plan_file(db, file.as_bytes()).await.expect("plan");
    assert_eq!(plan.counts(), (1, 1, 0));
    let ivana = users::find_user_by_email(db, "ivana.horvat@example.net")
        .await
        .expect("query")
        .expect("exists");
    let edit = users::UserEdit {
        email: "ivana.horvat@example.net",
        display_name: "Ivana Horvat Kovač",
        roles: ivana.roles,
        locale: None,
        disabled: false,
    };
    users::update_user(db, ivana.id, &edit, 0)
        .await
        .expect("renamed");
    match apply(db, &plan, 0).await {
        Err(ImportError::Apply(ApplyError::Changed(email))) => {
            assert_eq!(email.as_str(), "ivana.horvat@example.net")
        }
        other => panic!("expected a changed account, got {other:?}"),
    }
    assert_eq!(addresses(&t).await, expected, "Nova not created");
    let ivana = users::find_user_by_email(db, "ivana.horvat@example.net")
        .await
        .expect("query")
        .expect("exists");
    assert_eq!(ivana.display_name, "Ivana Horvat Kovač");
    assert_eq!(ivana.locale, None);
}

#[rocket::async_test]
async fn a_file_over_one_mib_is_refused_on_the_page_in_the_administrator_s_language() {
    let t = as_admin().await;
    // Exactly 1 MiB is accepted: a header and one learner whose name is padded with spaces to the limit.
    let mut exact = b"email,name,language,cohort\nnova@example.org,Nova".to_vec();
    let tail = b" Novi\xC4\x87,hr,\n";
    exact.resize(1024 * 1024 - tail.len(), b' ');
    exact.extend_from_slice(tail);
    assert_eq!(exact.len(), 1024 * 1024);
    let r = upload(&t, "exact.csv", &exact).await;
    assert_eq!(r.status, Status::Ok);
    assert!(r.body.contains("<td>Nova Nović</td>"), "spaces tidied");

    let mut over = exact.clone();
    over.push(b'\n');
    let csrf = t.csrf().await;
    for (bytes, what) in [(over, "one byte over"), (vec![b'x'; 17 << 20], "17 MiB")] {
        let (r, _) = post_multipart(
            &t,
            "/admin/import",
            multipart(&[("_csrf", &csrf)], Some(("big.csv", &bytes))),
            &[("Accept-Language", "hr")],
        )
        .await;
        assert_eq!(r.status, Status::PayloadTooLarge, "{what}");
        assert!(
            r.body.contains("Datoteka je veća od 1 MiB."),
            "{what}: localized message on the import page: {}",
            r.body
        );
        assert!(r.body.contains("name=\"file\""), "{what}: the form again");
    }
    assert_eq!(
        addresses(&t).await,
        BTreeSet::from(["admin@example.org".to_string()])
    );
}

#[rocket::async_test]
async fn uploads_and_confirmations_need_this_browser_s_token() {
    let t = as_admin().await;
    let preview = upload(&t, "learners.csv", EXCEL).await;
    let fields = confirmation(&preview.body);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let forged = "ab".repeat(32);
    for token in [None, Some(forged.as_str())] {
        let mut with: Vec<(&str, &str)> = token.map(|t| ("_csrf", t)).into_iter().collect();
        let (r, _) = post_multipart(
            &t,
            "/admin/import",
            multipart(&with, Some(("learners.csv", EXCEL))),
            &[],
        )
        .await;
        assert_eq!(r.status, Status::Forbidden, "upload, token {token:?}");
        with.extend_from_slice(&fields);
        let (r, _) = post_multipart(&t, "/admin/import/confirm", multipart(&with, None), &[]).await;
        assert_eq!(r.status, Status::Forbidden, "confirm, token {token:?}");
    }
    // Not multipart at all (an url-encoded form with the right token) is a bad request.
    let r = t.submit_form("/admin/import", &[("file", "x")]).await;
    assert_eq!(r.status, Status::BadRequest);
    assert_eq!(
        addresses(&t).await,
        BTreeSet::from(["admin@example.org".to_string()])
    );
}

#[rocket::async_test]
async fn learners_and_instructors_cannot_import() {
    let t = TestApp::spawn().await;
    t.add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    t.add_user("learner@example.org", None).await;
    let r = t.get("/admin/import").await;
    assert_eq!(r.status, Status::SeeOther, "visitors are sent to sign in");
    for who in ["learner@example.org", "teacher@example.org"] {
        t.login(who).await;
        let r = t.get("/admin/import").await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        let r = upload(&t, "learners.csv", EXCEL).await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        let page = t.get("/quizzes").await;
        assert!(!page.body.contains("/admin/import"), "{who}: no menu link");
        t.logout().await;
    }
    assert_eq!(addresses(&t).await.len(), 2);
}

/// Twenty clicks at once on Confirm: the file is imported once; every other click is shown the plan as it
/// is now (everyone exists, nothing to create) with the notice, never an error page, and no account or
/// membership is doubled.
#[rocket::async_test]
async fn twenty_confirmations_at_once_import_the_file_once() {
    use rocket::futures::future::join_all;
    let t = as_admin().await;
    // Two learners keep the twenty imports' password hashing short.
    let file = format!(
        "email;name;language;cohort\r\n\
         mirela.kovac@example.org;Mirela Kovač;hr;{ENGLISH_2026}\r\n\
         dritan.hoxha@example.net;Dritan Hoxha;sq;{ASYLUM_B1}\r\n"
    );
    let preview = upload(&t, "two.csv", file.as_bytes()).await;
    assert_eq!(preview.status, Status::Ok, "{}", preview.body);
    let fields = confirmation(&preview.body);
    let replies = join_all((0..20).map(|_| confirm(&t, &fields))).await;
    let statuses: Vec<Status> = replies.iter().map(|(r, _)| r.status).collect();
    let count = |s| statuses.iter().filter(|x| **x == s).count();
    assert_eq!(
        (count(Status::Ok), count(Status::Conflict)),
        (1, 19),
        "{statuses:?}"
    );
    for (r, _) in replies.iter().filter(|(r, _)| r.status == Status::Conflict) {
        assert!(r.body.contains("Accounts or cohorts were changed"));
        assert!(r
            .body
            .contains("New accounts: 0. Accounts changed: 0. Unchanged: 2."));
    }
    assert_eq!(addresses(&t).await.len(), 3);
    assert_eq!(
        memberships(&t).await,
        BTreeSet::from([
            (
                ENGLISH_2026.to_string(),
                "mirela.kovac@example.org".to_string(),
                "learner"
            ),
            (
                ASYLUM_B1.to_string(),
                "dritan.hoxha@example.net".to_string(),
                "learner"
            ),
        ])
    );
}

/// `ispit user import` on a temporary SQLite database, as a script runs it.
#[rocket::async_test]
async fn the_command_line_plans_imports_and_refuses_a_file_with_a_bad_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("ispit.db").display());
    {
        let db = ispit::db::Db::connect(&url, Default::default())
            .await
            .expect("db");
        for name in [ENGLISH_2026, ASYLUM_B1] {
            cohorts::create_cohort(&db, name, 0).await.expect("cohort");
        }
        db.close().await;
    }
    let run = |args: &[&std::path::Path]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ispit"))
            .args(["user", "import"])
            .args(args)
            .env("ISPIT_DATABASE_URL", &url)
            .env("ISPIT_DATA_DIR", dir.path())
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let count = || async {
        let db = ispit::db::Db::connect(&url, Default::default())
            .await
            .expect("db");
        let n = users::list_users(&db, None).await.expect("list").len();
        db.close().await;
        n
    };
    let excel = std::path::Path::new("tests/fixtures/import/learners-excel-semicolon.csv");

    let (code, out, err) = run(&[excel, "--dry-run".as_ref()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "", "nothing on standard output in a dry run");
    assert!(
        err.contains("line 2: create jelena.markovic@example.org\n"),
        "{err}"
    );
    assert!(
        err.contains("line 12: create ivana.horvat@example.net\n"),
        "{err}"
    );
    assert!(err.contains("10 to create, 0 to update, 0 unchanged; dry run"));
    assert_eq!(count().await, 0, "a dry run writes nothing");

    // A copy with one bad address on line 5: nothing imported, the line named.
    let bad = dir.path().join("bad.csv");
    let text = String::from_utf8(EXCEL.to_vec()).expect("utf-8");
    std::fs::write(
        &bad,
        text.replace("dragana.kovacevic@example.net", "dragana.kovacevic"),
    )
    .expect("write");
    let (code, out, err) = run(&[&bad]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(out, "");
    assert!(
        err.contains(&format!(
            "{}:5: “dragana.kovacevic” is not an e-mail address.\n",
            bad.display()
        )),
        "{err}"
    );
    assert_eq!(count().await, 0, "one bad row imports nothing");

    let (code, out, err) = run(&[excel]);
    assert_eq!(code, Some(0), "{err}");
    let lines: Vec<(&str, &str)> = out
        .lines()
        .map(|l| l.split_once('\t').expect("email<TAB>password"))
        .collect();
    let emails: Vec<&str> = lines.iter().map(|(e, _)| *e).collect();
    let expected: Vec<&str> = EXCEL_ROWS.iter().map(|r| r.1).collect();
    assert_eq!(emails, expected);
    assert!(lines.iter().all(|(_, p)| p.len() == 16));
    assert!(
        err.contains("imported: 10 created, 0 updated, 0 unchanged"),
        "{err}"
    );
    assert_eq!(count().await, 10);
    // The password printed is the account's.
    let db = ispit::db::Db::connect(&url, Default::default())
        .await
        .expect("db");
    let jelena = users::find_user_by_email(&db, lines[0].0)
        .await
        .expect("query")
        .expect("created");
    db.close().await;
    assert!(ispit::auth::verify_password(
        &jelena.password_hash,
        lines[0].1
    ));

    // Again: every row is now unchanged, nothing is created, nothing printed on standard output.
    let (code, out, err) = run(&[excel]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "");
    assert!(
        err.contains("line 2: unchanged jelena.markovic@example.org\n"),
        "{err}"
    );

    let (code, _, err) = run(&[&dir.path().join("missing.csv")]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("missing.csv: "), "{err}");
}
