//! The staff JSON API and the administrators' script tokens: an administrator issues a token on the page,
//! a script lists cohorts, assigns (once per Idempotency-Key, even twenty at once), reads results worked
//! out by hand, sets accommodations; revoking, expiry and disabling stop a token at once; a learner's token
//! is refused, an instructor's sees only their cohorts (404 elsewhere); a browser session must send the CSRF
//! header on writes; invalid bodies answer 422 JSON naming their fields.

use ispit::assessment::answer::Answer;
use ispit::auth::Role;
use ispit::db::cohorts::MemberRole;
use ispit::ids::{AttemptId, ChoiceId, CohortId, UserId};
use rocket::http::{ContentType, Header, Status};
use serde_json::{json, Value};

use crate::helpers::{answer_json, question_number, TestApp};

/// A centre: an administrator; a cohort with its instructor (Ivana) and two learners (Ana, Marko); a second
/// cohort with its own instructor (Petar) and learner.
struct Centre {
    t: TestApp,
    cohort: CohortId,
    other: CohortId,
    ivana: UserId,
    petar: UserId,
    ana: UserId,
    marko: UserId,
    stranger: UserId,
}

async fn centre_on(t: TestApp) -> Centre {
    t.add_staff("ada@example.org", "Ada Admin", &[Role::Admin])
        .await;
    let ivana = t
        .add_staff("ivana@example.org", "Ivana Kovač", &[Role::Instructor])
        .await;
    let petar = t
        .add_staff("petar@example.org", "Petar Jović", &[Role::Instructor])
        .await;
    let ana = t.add_user("ana@example.org", None).await;
    let marko = t.add_user("marko@example.org", None).await;
    let stranger = t.add_user("stranger@example.org", None).await;
    let cohort = t
        .cohort(
            "MUP RS — English 2026",
            &[
                (ivana, MemberRole::Instructor),
                (ana, MemberRole::Learner),
                (marko, MemberRole::Learner),
            ],
        )
        .await;
    let other = t
        .cohort(
            "Ministry of Security BiH — English 2026",
            &[
                (petar, MemberRole::Instructor),
                (stranger, MemberRole::Learner),
            ],
        )
        .await;
    Centre {
        t,
        cohort,
        other,
        ivana,
        petar,
        ana,
        marko,
        stranger,
    }
}

async fn centre() -> Centre {
    centre_on(TestApp::spawn().await).await
}

/// How a request authenticates.
#[derive(Clone, Copy)]
enum Auth<'a> {
    Bearer(&'a str),
    /// The browser's session cookie, and this CSRF header when given.
    Session(Option<&'a str>),
}

struct JsonReply {
    status: Status,
    body: Value,
    content_type: Option<String>,
    location: Option<String>,
}

async fn call(
    t: &TestApp,
    method: &str,
    path: &str,
    auth: Auth<'_>,
    headers: &[(&'static str, &str)],
    body: Option<&str>,
) -> JsonReply {
    let path = path.to_string();
    let mut req = match method {
        "GET" => t.client.get(path),
        "POST" => t.client.post(path),
        "PUT" => t.client.put(path),
        "DELETE" => t.client.delete(path),
        other => panic!("method {other}"),
    };
    match auth {
        Auth::Bearer(token) => {
            req = req.header(Header::new("Authorization", format!("Bearer {token}")))
        }
        Auth::Session(Some(csrf)) => {
            req = req.header(Header::new("X-CSRF-Token", csrf.to_string()))
        }
        Auth::Session(None) => {}
    }
    for (k, v) in headers {
        req = req.header(Header::new(*k, v.to_string()));
    }
    if let Some(b) = body {
        req = req.header(ContentType::JSON).body(b);
    }
    let res = req.dispatch().await;
    let status = res.status();
    let content_type = res.content_type().map(|c| c.to_string());
    let location = res.headers().get_one("Location").map(str::to_string);
    let text = res.into_string().await.unwrap_or_default();
    JsonReply {
        status,
        body: serde_json::from_str(&text).unwrap_or(Value::Null),
        content_type,
        location,
    }
}

async fn get(t: &TestApp, path: &str, token: &str) -> JsonReply {
    call(t, "GET", path, Auth::Bearer(token), &[], None).await
}

async fn send(t: &TestApp, method: &str, path: &str, token: &str, body: Value) -> JsonReply {
    call(
        t,
        method,
        path,
        Auth::Bearer(token),
        &[],
        Some(&body.to_string()),
    )
    .await
}

/// The token shown on the page after issuing it (the text of its read-only field).
fn shown_token(html: &str) -> Option<String> {
    let at = html.find("id=\"issued-token\"")?;
    let rest = &html[at..];
    let start = rest.find('>')? + 1;
    let end = rest.find("</textarea>")?;
    Some(rest[start..end].to_string())
}

/// The hidden `key` of the issue form.
fn form_key(html: &str) -> String {
    let at = html.find("name=\"key\" value=\"").expect("key field") + 18;
    html[at..at + 64].to_string()
}

/// Ada issues a token for `email` on the page (signed in as her for the while); returns the token shown.
async fn issue(t: &TestApp, email: &str, label: &str, days: &str) -> String {
    t.login("ada@example.org").await;
    let page = t.get("/admin/tokens").await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let key = form_key(&page.body);
    let r = t
        .submit_form(
            "/admin/tokens",
            &[
                ("key", &key),
                ("label", label),
                ("email", email),
                ("days", days),
            ],
        )
        .await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    let token = shown_token(&r.body).expect("the token, shown once");
    t.logout().await;
    token
}

async fn count(t: &TestApp, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sql)
        .fetch_one(&t.app().db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

async fn assignments(t: &TestApp) -> i64 {
    count(t, "SELECT COUNT(*) AS n FROM assignments").await
}

const QUIZ: &str = "migration-governance-final";

#[rocket::async_test]
async fn an_administrator_issues_a_token_and_a_script_lists_cohorts_and_assigns_once_per_key() {
    let c = centre().await;
    let t = &c.t;
    // The page that shows the token is never stored by the browser.
    t.login("ada@example.org").await;
    let page = t.get("/admin/tokens").await;
    let key = form_key(&page.body);
    let csrf = t.csrf().await;
    let res = t
        .client
        .post("/admin/tokens")
        .header(ContentType::Form)
        .body(format!(
            "_csrf={csrf}&key={key}&label=Nightly+export&email=ivana%40example.org&days="
        ))
        .dispatch()
        .await;
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.headers().get_one("Cache-Control"), Some("no-store"));
    let html = res.into_string().await.expect("page");
    let token = shown_token(&html).expect("token shown");
    assert_eq!(token.len(), 64, "{html}");
    // 90 days by default: 27 November 09:00 UTC + 90 days = 25 February 2027 (10:00 in Belgrade).
    assert!(
        html.contains("“Nightly export” for ivana@example.org"),
        "{html}"
    );
    let expires = count(t, "SELECT expires_at AS n FROM api_tokens").await;
    let issued = t.app().clock.now().as_second();
    assert_eq!(expires - issued, 90 * 86_400);
    // Listed afterwards, never shown again.
    let list = t.get("/admin/tokens").await;
    assert!(list.body.contains("Nightly export"), "{}", list.body);
    assert!(list.body.contains("ada@example.org"), "issued by");
    assert!(!list.body.contains(&token), "the token is shown only once");
    assert!(
        !list.body.contains(&ispit::auth::token_hash(&token)),
        "nor its hash"
    );
    t.logout().await;

    // The script: Ivana's cohorts only, with their counts.
    let r = get(t, "/api/v1/cohorts", &token).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert_eq!(
        r.body,
        json!({"cohorts": [{
            "id": c.cohort.0, "name": "MUP RS — English 2026", "learner_count": 2, "instructor_count": 1
        }]})
    );
    let r = get(t, &format!("/api/v1/cohorts/{}", c.cohort), &token).await;
    assert_eq!(r.status, Status::Ok);
    // Learners first, then instructors, each by name.
    let members: Vec<(i64, &str)> = r.body["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| {
            (
                m["id"].as_i64().expect("id"),
                m["role"].as_str().expect("role"),
            )
        })
        .collect();
    assert_eq!(
        members,
        vec![
            (c.ana.0, "learner"),
            (c.marko.0, "learner"),
            (c.ivana.0, "instructor")
        ],
        "both test learners are named Test Learner: by id then"
    );

    // Assigning: the times are RFC 3339 with any offset, stored as instants.
    let path = format!("/api/v1/cohorts/{}/assignments", c.cohort);
    let new = json!({
        "task": {"quiz": QUIZ},
        "opens_at": "2026-11-28T09:00:00+01:00",
        // A fraction of a second is dropped, as stored: the retry below still matches.
        "due_at": "2026-12-01T17:30:00.750+01:00",
        "attempts_allowed": 2,
        "time_limit_minutes": 45,
    })
    .to_string();
    let key = [("Idempotency-Key", "export-2026-11-27-a")];
    let first = call(t, "POST", &path, Auth::Bearer(&token), &key, Some(&new)).await;
    assert_eq!(first.status, Status::Created, "{}", first.body);
    let id = first.body["id"].as_i64().expect("id");
    assert_eq!(
        first.location.as_deref(),
        Some(format!("/api/v1/assignments/{id}").as_str())
    );
    assert_eq!(first.body["task"], json!({"quiz": QUIZ}));
    assert_eq!(first.body["cohort"], json!(c.cohort.0));
    assert_eq!(first.body["opens_at"], json!("2026-11-28T08:00:00Z"));
    assert_eq!(first.body["due_at"], json!("2026-12-01T16:30:00Z"));
    assert_eq!(first.body["attempts_allowed"], json!(2));
    assert_eq!(first.body["time_limit_minutes"], json!(45));
    assert_eq!(first.body["withdrawn"], json!(false));
    // The same key again: the same assignment, nothing new.
    let again = call(t, "POST", &path, Auth::Bearer(&token), &key, Some(&new)).await;
    assert_eq!(again.status, Status::Created);
    assert_eq!(again.body, first.body);
    assert_eq!(assignments(t).await, 1);
    // The same key with another request is refused, naming the header.
    let other = json!({"task": "placement"}).to_string();
    let r = call(t, "POST", &path, Auth::Bearer(&token), &key, Some(&other)).await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert!(
        r.body["error"]["fields"]["Idempotency-Key"]
            .as_str()
            .expect("the header's problem")
            .contains("already used"),
        "{}",
        r.body
    );
    assert_eq!(assignments(t).await, 1);

    // Twenty at once with a new key: one assignment, every reply naming it.
    let key = [("Idempotency-Key", "export-2026-11-27-b")];
    let replies = rocket::futures::future::join_all(
        (0..20).map(|_| call(t, "POST", &path, Auth::Bearer(&token), &key, Some(&new))),
    )
    .await;
    let ids: std::collections::BTreeSet<Option<i64>> =
        replies.iter().map(|r| r.body["id"].as_i64()).collect();
    assert!(
        replies.iter().all(|r| r.status == Status::Created),
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(assignments(t).await, 2);
    // Without a key, each request is its own assignment.
    let r = send(t, "POST", &path, &token, json!({"task": {"quiz": QUIZ}})).await;
    assert_eq!(r.status, Status::Created);
    assert_eq!(assignments(t).await, 3);

    let r = get(t, &path, &token).await;
    assert_eq!(r.body["assignments"].as_array().map(Vec::len), Some(3));
    let r = get(t, &format!("/api/v1/assignments/{id}"), &token).await;
    assert_eq!(r.body, first.body);
    // Withdrawn (twice is once): off the cohort's list, still readable.
    for _ in 0..2 {
        let r = send(
            t,
            "POST",
            &format!("/api/v1/assignments/{id}/withdraw"),
            &token,
            json!(null),
        )
        .await;
        assert_eq!(r.status, Status::Ok, "{}", r.body);
        assert_eq!(r.body["withdrawn"], json!(true));
    }
    let r = get(t, &path, &token).await;
    assert_eq!(r.body["assignments"].as_array().map(Vec::len), Some(2));
}

#[rocket::async_test]
async fn a_double_clicked_issue_makes_one_token_and_says_so() {
    let c = centre().await;
    let t = &c.t;
    t.login("ada@example.org").await;
    let page = t.get("/admin/tokens").await;
    let key = form_key(&page.body);
    let csrf = t.csrf().await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("key", key.as_str()),
        ("label", "Moodle sync"),
        ("email", "petar@example.org"),
        ("days", "30"),
    ];
    let replies =
        rocket::futures::future::join_all((0..20).map(|_| t.post_form("/admin/tokens", &fields)))
            .await;
    let shown: Vec<String> = replies
        .iter()
        .filter_map(|r| shown_token(&r.body))
        .collect();
    assert_eq!(shown.len(), 1, "one reply shows the one token");
    assert_eq!(
        replies
            .iter()
            .filter(|r| r.status == Status::Conflict)
            .count(),
        19
    );
    let told = replies
        .iter()
        .find(|r| r.status == Status::Conflict)
        .expect("a second reply");
    assert!(
        told.body
            .contains("This form has already issued the token “Moodle sync” for petar@example.org"),
        "{}",
        told.body
    );
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM api_tokens").await, 1);
    // The one token works, for 30 days.
    let r = get(t, "/api/v1/cohorts", &shown[0]).await;
    assert_eq!(r.status, Status::Ok);
    t.app().clock.advance(30 * 86_400 - 1);
    assert_eq!(
        get(t, "/api/v1/cohorts", &shown[0]).await.status,
        Status::Ok
    );
    t.app().clock.advance(1);
    assert_eq!(
        get(t, "/api/v1/cohorts", &shown[0]).await.status,
        Status::Unauthorized,
        "expired at its 30th day"
    );
}

#[rocket::async_test]
async fn the_issue_form_names_every_problem_and_issues_nothing() {
    let c = centre().await;
    let t = &c.t;
    t.login("ada@example.org").await;
    let page = t.get("/admin/tokens").await;
    let key = form_key(&page.body);
    let r = t
        .submit_form(
            "/admin/tokens",
            &[
                ("key", &key),
                ("label", "   "),
                ("email", "nobody@example.org"),
                ("days", "366"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    for message in [
        "Enter a label of 1 to 100 characters.",
        "No account has this e-mail address.",
        "Enter a whole number of days from 1 to 365, or leave the field empty.",
    ] {
        assert!(r.body.contains(message), "{message}: {}", r.body);
    }
    assert!(shown_token(&r.body).is_none());
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM api_tokens").await, 0);
    // Not an administrator: no page, no token.
    t.logout().await;
    t.login("ivana@example.org").await;
    assert_eq!(t.get("/admin/tokens").await.status, Status::Forbidden);
    let r = t
        .submit_form(
            "/admin/tokens",
            &[
                ("key", &key),
                ("label", "x"),
                ("email", "ivana@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::Forbidden);
    assert_eq!(count(t, "SELECT COUNT(*) AS n FROM api_tokens").await, 0);
}

#[rocket::async_test]
async fn revoking_or_disabling_the_account_stops_a_token_at_once() {
    let c = centre().await;
    let t = &c.t;
    let token = issue(t, "ivana@example.org", "Report", "").await;
    let keep = issue(t, "petar@example.org", "Other", "").await;
    assert_eq!(get(t, "/api/v1/cohorts", &token).await.status, Status::Ok);
    t.login("ada@example.org").await;
    let page = t.get("/admin/tokens").await;
    // The revoke form of "Report" (the list is newest first: "Other", then "Report").
    let at = page
        .body
        .find("Revoke the token “Report”")
        .expect("its button");
    let form_at = page.body[..at]
        .rfind("action=\"/admin/tokens/")
        .expect("its form")
        + 8;
    let action = &page.body[form_at..form_at + page.body[form_at..].find('"').expect("end")];
    assert!(action.ends_with("/revoke"), "{action}");
    let r = t.submit_form(action, &[]).await;
    assert_eq!(r.status, Status::SeeOther);
    let r = get(t, "/api/v1/cohorts", &token).await;
    assert_eq!(r.status, Status::Unauthorized);
    assert_eq!(
        r.content_type.as_deref(),
        Some("application/json"),
        "JSON, never a sign-in page"
    );
    assert_eq!(r.body["error"]["code"], json!("unauthorized"));
    // Revoking twice is revoking once; the other token still works.
    assert_eq!(t.submit_form(action, &[]).await.status, Status::SeeOther);
    assert_eq!(get(t, "/api/v1/cohorts", &keep).await.status, Status::Ok);
    let page = t.get("/admin/tokens").await;
    assert!(!page.body.contains("Revoke the token “Report”"));
    // Disabling Petar's account stops his token too.
    let r = t
        .submit_form(
            &format!("/admin/users/{}", c.petar),
            &[
                ("email", "petar@example.org"),
                ("name", "Petar Jović"),
                ("role-instructor", "on"),
                ("disabled", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    assert_eq!(
        get(t, "/api/v1/cohorts", &keep).await.status,
        Status::Unauthorized
    );
}

#[rocket::async_test]
async fn a_learners_token_is_refused_and_no_token_is_unauthorized() {
    let c = centre().await;
    let t = &c.t;
    let learner = t.api_token("ana@example.org").await;
    let issued = issue(t, "ana@example.org", "Ana's script", "7").await;
    let a = format!("/api/v1/cohorts/{}/assignments", c.cohort);
    for token in [learner.as_str(), issued.as_str()] {
        for (method, path) in [
            ("GET", "/api/v1/cohorts".to_string()),
            ("GET", format!("/api/v1/cohorts/{}", c.cohort)),
            ("GET", a.clone()),
            ("POST", a.clone()),
        ] {
            let body = json!({"task": "placement"}).to_string();
            let r = call(t, method, &path, Auth::Bearer(token), &[], Some(&body)).await;
            assert_eq!(r.status, Status::Forbidden, "{method} {path}");
            assert_eq!(r.body["error"]["code"], json!("no-permission"));
        }
    }
    assert_eq!(assignments(t).await, 0);
    let r = call(t, "GET", "/api/v1/cohorts", Auth::Session(None), &[], None).await;
    assert_eq!(r.status, Status::Unauthorized);
    assert_eq!(r.body["error"]["code"], json!("unauthorized"));
}

#[rocket::async_test]
async fn an_instructors_token_sees_only_their_cohorts() {
    let c = centre().await;
    let t = &c.t;
    let ivana = issue(t, "ivana@example.org", "Ivana", "").await;
    let petar = issue(t, "petar@example.org", "Petar", "").await;
    let r = send(
        t,
        "POST",
        &format!("/api/v1/cohorts/{}/assignments", c.cohort),
        &ivana,
        json!({"task": {"quiz": QUIZ}}),
    )
    .await;
    assert_eq!(r.status, Status::Created);
    let id = r.body["id"].as_i64().expect("id");

    let r = get(t, "/api/v1/cohorts", &petar).await;
    let names: Vec<&str> = r.body["cohorts"]
        .as_array()
        .expect("cohorts")
        .iter()
        .map(|c| c["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, vec!["Ministry of Security BiH — English 2026"]);
    let mine = format!("/api/v1/cohorts/{}", c.cohort);
    let theirs = format!("/api/v1/assignments/{id}");
    let ana = c.ana.0;
    for (method, path, body) in [
        ("GET", mine.clone(), None),
        ("GET", format!("{mine}/assignments"), None),
        (
            "POST",
            format!("{mine}/assignments"),
            Some(json!({"task": {"quiz": QUIZ}})),
        ),
        ("GET", theirs.clone(), None),
        ("GET", format!("{theirs}/results"), None),
        ("POST", format!("{theirs}/withdraw"), None),
        (
            "PUT",
            format!("{theirs}/overrides/{ana}"),
            Some(json!({"attempts_allowed": 9})),
        ),
        ("DELETE", format!("{theirs}/overrides/{ana}"), None),
        ("GET", "/api/v1/cohorts/999999".to_string(), None),
        ("GET", "/api/v1/assignments/999999".to_string(), None),
    ] {
        let body = body.map(|b| b.to_string());
        let r = call(t, method, &path, Auth::Bearer(&petar), &[], body.as_deref()).await;
        assert_eq!(r.status, Status::NotFound, "{method} {path}");
        assert_eq!(
            r.body["error"]["code"],
            json!("not-found"),
            "{method} {path}"
        );
    }
    assert_eq!(assignments(t).await, 1);
    let r = get(t, &theirs, &ivana).await;
    assert_eq!(r.body["withdrawn"], json!(false), "nobody withdrew it");
    // Memberships are the administrators': an instructor is refused even on their own cohort.
    let r = send(
        t,
        "PUT",
        &format!("{mine}/members/{}", c.stranger),
        &ivana,
        json!({"role": "learner"}),
    )
    .await;
    assert_eq!(r.status, Status::Forbidden);
    // An accommodation only for someone the assignment is given to.
    let r = send(
        t,
        "PUT",
        &format!("{theirs}/overrides/{}", c.stranger),
        &ivana,
        json!({"attempts_allowed": 3}),
    )
    .await;
    assert_eq!(r.status, Status::NotFound);
}

#[rocket::async_test]
async fn an_administrator_sets_memberships_as_on_the_pages() {
    let c = centre().await;
    let t = &c.t;
    let ada = issue(t, "ada@example.org", "Admin script", "").await;
    // An administrator sees every cohort.
    let r = get(t, "/api/v1/cohorts", &ada).await;
    assert_eq!(r.body["cohorts"].as_array().map(Vec::len), Some(2));
    let path = format!("/api/v1/cohorts/{}/members/{}", c.other, c.ana);
    let r = send(t, "PUT", &path, &ada, json!({"role": "learner"})).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert_eq!(r.body["learner_count"], json!(2));
    // A learner's account cannot instruct.
    let r = send(t, "PUT", &path, &ada, json!({"role": "instructor"})).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body["error"]["fields"]["role"].is_string(), "{}", r.body);
    let r = send(t, "PUT", &path, &ada, json!({"role": "teacher"})).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    // Ivana may instruct the other cohort too.
    let r = send(
        t,
        "PUT",
        &format!("/api/v1/cohorts/{}/members/{}", c.other, c.ivana),
        &ada,
        json!({"role": "instructor"}),
    )
    .await;
    assert_eq!(r.status, Status::Ok);
    assert_eq!(r.body["instructor_count"], json!(2));
    for _ in 0..2 {
        let r = call(t, "DELETE", &path, Auth::Bearer(&ada), &[], None).await;
        assert_eq!(r.status, Status::NoContent);
    }
    let r = get(t, &format!("/api/v1/cohorts/{}", c.other), &ada).await;
    assert_eq!(r.body["learner_count"], json!(1));
    let r = send(
        t,
        "PUT",
        &format!("/api/v1/cohorts/999999/members/{}", c.ana),
        &ada,
        json!({"role": "learner"}),
    )
    .await;
    assert_eq!(r.status, Status::NotFound);
    let r = send(
        t,
        "PUT",
        &format!("/api/v1/cohorts/{}/members/999999", c.other),
        &ada,
        json!({"role": "learner"}),
    )
    .await;
    assert_eq!(r.status, Status::NotFound);
}

#[rocket::async_test]
async fn a_browser_session_must_send_the_csrf_header_on_writes() {
    let c = centre().await;
    let t = &c.t;
    t.login("ivana@example.org").await;
    let csrf = t.csrf().await;
    let path = format!("/api/v1/cohorts/{}/assignments", c.cohort);
    let body = json!({"task": {"quiz": QUIZ}}).to_string();
    let r = call(t, "GET", &path, Auth::Session(None), &[], None).await;
    assert_eq!(r.status, Status::Ok, "reading needs no header");
    let r = call(t, "POST", &path, Auth::Session(None), &[], Some(&body)).await;
    assert_eq!(r.status, Status::Forbidden);
    assert_eq!(r.content_type.as_deref(), Some("application/json"));
    let r = call(
        t,
        "POST",
        &path,
        Auth::Session(Some("not-the-token")),
        &[],
        Some(&body),
    )
    .await;
    assert_eq!(r.status, Status::Forbidden);
    assert_eq!(assignments(t).await, 0);
    let r = call(
        t,
        "POST",
        &path,
        Auth::Session(Some(&csrf)),
        &[],
        Some(&body),
    )
    .await;
    assert_eq!(r.status, Status::Created, "{}", r.body);
    assert_eq!(assignments(t).await, 1);
}

#[rocket::async_test]
async fn an_invalid_body_answers_422_json_naming_each_field() {
    let c = centre().await;
    let t = &c.t;
    let token = issue(t, "ivana@example.org", "Ivana", "").await;
    let path = format!("/api/v1/cohorts/{}/assignments", c.cohort);
    // Not JSON at all.
    let r = call(
        t,
        "POST",
        &path,
        Auth::Bearer(&token),
        &[],
        Some("{\"task\": "),
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert_eq!(r.content_type.as_deref(), Some("application/json"));
    assert_eq!(r.body["error"]["code"], json!("invalid"));
    // Every problem named by its field, in the caller's language.
    let r = send(
        t,
        "POST",
        &path,
        &token,
        json!({
            "task": {"quiz": "no-such-quiz"},
            "opens_at": "tomorrow at nine",
            "due_at": "2026-11-27T09:00:00Z",
            "attempts_allowed": 0,
            "time_limit_minutes": "45",
        }),
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity, "{}", r.body);
    assert_eq!(r.body["error"]["code"], json!("invalid"));
    let fields = r.body["error"]["fields"].as_object().expect("fields");
    let named: Vec<&str> = fields.keys().map(String::as_str).collect();
    assert_eq!(
        named,
        vec![
            "attempts_allowed",
            "due_at",
            "opens_at",
            "task",
            "time_limit_minutes"
        ]
    );
    assert_eq!(
        fields["due_at"],
        json!("This due time has already passed."),
        "now, to the second, is past"
    );
    assert_eq!(
        fields["attempts_allowed"],
        json!("Enter a whole number from 1 to 50, or leave the field empty.")
    );
    // Due before the opening; a misspelt field; not an object.
    let r = send(
        t,
        "POST",
        &path,
        &token,
        json!({"task": "placement", "opens_at": "2026-12-02T10:00:00Z", "due_at": "2026-12-02T10:00:00Z"}),
    )
    .await;
    assert_eq!(
        r.body["error"]["fields"]["due_at"],
        json!("The due time must come after the opening time.")
    );
    let r = send(
        t,
        "POST",
        &path,
        &token,
        json!({"task": "placement", "due": null}),
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body["error"]["fields"]["due"].is_string(), "{}", r.body);
    let r = send(t, "POST", &path, &token, json!(["placement"])).await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body["error"]["fields"]["body"].is_string(), "{}", r.body);
    // A bad Idempotency-Key is named too.
    let body = json!({"task": "placement"}).to_string();
    let r = call(
        t,
        "POST",
        &path,
        Auth::Bearer(&token),
        &[("Idempotency-Key", "with space")],
        Some(&body),
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body["error"]["fields"]["Idempotency-Key"].is_string());
    // In Serbian when asked.
    let r = call(
        t,
        "POST",
        &format!("{path}?lang=sr-Cyrl"),
        Auth::Bearer(&token),
        &[],
        Some(&json!({"task": "placement", "attempts_allowed": 51}).to_string()),
    )
    .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert_eq!(
        r.body["error"]["message"],
        json!("Део послатих података није исправан. Проверите их и покушајте поново.")
    );
    assert_eq!(assignments(t).await, 0);
}

fn c(id: &str) -> ChoiceId {
    id.parse().expect("choice id")
}

/// A learner takes an assignment of the pass-mark quiz (five one-point questions, key "a"): through the
/// dashboard's start button, then answers the first `right` questions with the key and the rest wrong,
/// through the learner API, and submits.
async fn take(t: &TestApp, email: &str, assignment: i64, right: usize) {
    t.login(email).await;
    let r = t
        .submit_form(&format!("/assignments/{assignment}/start"), &[])
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let id: i64 = r
        .location
        .expect("the attempt")
        .trim_start_matches("/attempts/")
        .parse()
        .expect("attempt id");
    t.logout().await;
    let token = t.api_token(email).await;
    let attempt = t.attempt(AttemptId(id)).await;
    for (i, pq) in attempt.paper.questions.iter().enumerate() {
        let q = pq.id.to_string();
        let answer = Answer::Single(c(if i < right { "a" } else { "b" }));
        let body = answer_json(t.bank(), "grading-pass-mark", &q, &answer);
        let r = send(
            t,
            "PUT",
            &format!("/api/v1/attempts/{id}/answers/{}", question_number(&q)),
            &token,
            body,
        )
        .await;
        assert_eq!(r.status, Status::NoContent, "{}", r.body);
    }
    let r = send(
        t,
        "POST",
        &format!("/api/v1/attempts/{id}/submit"),
        &token,
        json!(null),
    )
    .await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
}

#[rocket::async_test]
async fn quiz_results_give_each_learner_status_attempts_and_best_score_by_hand() {
    let c = centre_on(TestApp::spawn_fixtures().await).await;
    let t = &c.t;
    let token = issue(t, "ivana@example.org", "Results", "").await;
    let r = send(
        t,
        "POST",
        &format!("/api/v1/cohorts/{}/assignments", c.cohort),
        &token,
        json!({"task": {"quiz": "grading-pass-mark"}, "attempts_allowed": 3, "due_at": "2026-12-04T18:00:00+01:00"}),
    )
    .await;
    assert_eq!(r.status, Status::Created, "{}", r.body);
    let id = r.body["id"].as_i64().expect("id");
    // Ana: 2 of 5 (40 %, below the 60 % pass mark), then 4 of 5 (80 %, passed). Marko: nothing yet, but
    // two more attempts and 20 minutes as his accommodation.
    take(t, "ana@example.org", id, 2).await;
    take(t, "ana@example.org", id, 4).await;
    let r = send(
        t,
        "PUT",
        &format!("/api/v1/assignments/{id}/overrides/{}", c.marko),
        &token,
        json!({"attempts_allowed": 5, "time_limit_minutes": 20}),
    )
    .await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert_eq!(
        r.body,
        json!({"learner": c.marko.0, "override": {"due_at": null, "attempts_allowed": 5, "time_limit_minutes": 20}})
    );

    let r = get(t, &format!("/api/v1/assignments/{id}/results"), &token).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    assert_eq!(r.body["assignment"]["id"], json!(id));
    let learners = r.body["learners"].as_array().expect("learners");
    assert_eq!(learners.len(), 2);
    let of = |u: UserId| {
        learners
            .iter()
            .find(|l| l["id"] == json!(u.0))
            .expect("listed")
    };
    let ana = of(c.ana);
    assert_eq!(ana["status"], json!("submitted"));
    assert_eq!(ana["attempts"], json!(2));
    assert_eq!(ana["attempts_allowed"], json!(3));
    assert_eq!(ana["override"], json!(null));
    assert_eq!(ana["best"]["score"], json!(4.0));
    assert_eq!(ana["best"]["max_score"], json!(5.0));
    assert_eq!(ana["best"]["percent"], json!(80.0));
    assert_eq!(ana["best"]["passed"], json!(true));
    assert_eq!(ana["placement"], json!(null));
    let marko = of(c.marko);
    assert_eq!(marko["status"], json!("open"));
    assert_eq!(marko["attempts"], json!(0));
    assert_eq!(marko["attempts_allowed"], json!(5));
    assert_eq!(marko["override"]["time_limit_minutes"], json!(20));
    assert_eq!(marko["best"], json!(null));
    // His accommodations cleared: back to the assignment's terms.
    let r = call(
        t,
        "DELETE",
        &format!("/api/v1/assignments/{id}/overrides/{}", c.marko),
        Auth::Bearer(&token),
        &[],
        None,
    )
    .await;
    assert_eq!(r.status, Status::NoContent);
    // Past the due time, Marko (who never started) is overdue; Ana stays submitted.
    t.app().clock.advance(8 * 86_400);
    let r = get(t, &format!("/api/v1/assignments/{id}/results"), &token).await;
    let learners = r.body["learners"].as_array().expect("learners");
    let marko = learners
        .iter()
        .find(|l| l["id"] == json!(c.marko.0))
        .expect("listed");
    assert_eq!(marko["status"], json!("overdue"));
    assert_eq!(marko["attempts_allowed"], json!(3));
}

#[rocket::async_test]
async fn placement_results_give_level_theta_se_items_and_skills_as_stored() {
    use ispit::db::placement::{self, PlacementResult, StepRow};
    use ispit::placement::attempt::PlacementState;
    use ispit::placement::cefr::Level;
    let c = centre().await;
    let t = &c.t;
    let token = issue(t, "ivana@example.org", "Placement", "").await;
    let r = send(
        t,
        "POST",
        &format!("/api/v1/cohorts/{}/assignments", c.cohort),
        &token,
        json!({"task": "placement"}),
    )
    .await;
    assert_eq!(r.status, Status::Created, "{}", r.body);
    let id = r.body["id"].as_i64().expect("id");
    // Ana's finished test, written as the service writes it: three steps, θ 0.42, SE 0.31, B1, two skills.
    let db = &t.app().db;
    let now = t.app().clock.now();
    let placement::PlacementInsert::Started(attempt) = placement::insert_placement(
        db,
        c.ana,
        ispit::i18n::Locale::En,
        7,
        now.as_second(),
        None,
        Some((ispit::ids::AssignmentId(id), None)),
    )
    .await
    .expect("insert") else {
        panic!("not started")
    };
    for n in 1..=3 {
        let step = StepRow {
            step_no: n,
            item_id: format!("item-{n}"),
            answer: "1".into(),
            correct: n != 2,
            theta: 0.1 * n as f64,
            se: 1.0 / n as f64,
        };
        assert!(placement::insert_step(db, attempt, &step, now)
            .await
            .expect("step"));
    }
    let report = json!([
        {"skill": "reading", "items": 2, "theta": 0.5, "se": 0.4, "level": "B1"},
        {"skill": "listening", "items": 1, "theta": -0.25, "se": 0.9, "level": null,
         "range": {"low": "A2", "high": "B2"}},
        // Stored before ranges existed: no `range` field at all.
        {"skill": "grammar", "items": 0, "theta": 0.0, "se": 1.2, "level": null},
    ]);
    let finished = placement::finish_placement(
        db,
        attempt,
        now.as_second() + 600,
        &PlacementResult {
            state: PlacementState::Finished,
            theta: 0.42,
            se: 0.31,
            level: Some(Level::B1),
            report: &report.to_string(),
        },
        &[],
    )
    .await
    .expect("finish");
    assert!(finished);

    let r = get(t, &format!("/api/v1/assignments/{id}/results"), &token).await;
    assert_eq!(r.status, Status::Ok, "{}", r.body);
    let learners = r.body["learners"].as_array().expect("learners");
    let ana = learners
        .iter()
        .find(|l| l["id"] == json!(c.ana.0))
        .expect("listed");
    assert_eq!(ana["status"], json!("submitted"));
    assert_eq!(ana["attempts"], json!(1));
    assert_eq!(
        ana["placement"],
        json!({
            "attempt": attempt, "state": "finished", "level": "B1", "theta": 0.42, "se": 0.31, "items": 3,
            "skills": [
                {"skill": "reading", "items": 2, "theta": 0.5, "se": 0.4, "level": "B1", "range": null},
                {"skill": "listening", "items": 1, "theta": -0.25, "se": 0.9, "level": null,
                 "range": {"low": "A2", "high": "B2"}},
                {"skill": "grammar", "items": 0, "theta": 0.0, "se": 1.2, "level": null, "range": null},
            ],
        })
    );
    assert_eq!(ana["best"], json!(null));
    let marko = learners
        .iter()
        .find(|l| l["id"] == json!(c.marko.0))
        .expect("listed");
    assert_eq!(marko["placement"], json!(null));
    assert_eq!(marko["status"], json!("open"));
}
