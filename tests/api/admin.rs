//! The administrators' pages: accounts and cohorts, driven through the forms as an administrator uses them.

use ispit::auth::Role;
use ispit::db::{cohorts, users};
use rocket::http::Status;

use crate::helpers::TestApp;

async fn as_admin() -> TestApp {
    let t = TestApp::spawn().await;
    t.add_staff("admin@example.org", "Jelena Marić", &[Role::Admin])
        .await;
    assert_eq!(t.login("admin@example.org").await.status, Status::SeeOther);
    t
}

async fn user(t: &TestApp, email: &str) -> Option<users::User> {
    users::find_user_by_email(&t.app().db, email)
        .await
        .expect("query")
}

#[rocket::async_test]
async fn an_administrator_creates_an_account_that_can_sign_in() {
    let t = as_admin().await;
    let page = t.get("/admin/users/new").await;
    assert_eq!(page.status, Status::Ok);
    assert!(
        page.body.contains("name=\"role-learner\" checked"),
        "learner ticked by default"
    );
    let r = t
        .submit_form(
            "/admin/users",
            &[
                ("name", "  Марија   Петровска "),
                ("email", "Marija.Petrovska@Example.org"),
                ("language", "mk"),
                ("role-learner", "on"),
                ("role-instructor", "on"),
                ("password", "lozinka-2026"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let created = user(&t, "marija.petrovska@example.org")
        .await
        .expect("stored");
    assert_eq!(
        r.location,
        Some(format!("/admin/users/{}?saved=true", created.id))
    );
    assert_eq!(created.display_name, "Марија Петровска");
    assert_eq!(created.locale, Some(ispit::i18n::Locale::Mk));
    assert_eq!(created.roles.bits(), 1 | 2);
    assert!(!created.disabled);
    let shown = t.get(r.location.as_deref().expect("location")).await;
    assert!(shown.body.contains("Saved."), "{}", shown.body);
    assert!(shown.body.contains("value=\"Марија Петровска\""));

    t.logout().await;
    let signed_in = t
        .submit_form(
            "/login",
            &[
                ("email", "marija.petrovska@example.org"),
                ("password", "lozinka-2026"),
                ("next", "/quizzes"),
            ],
        )
        .await;
    assert_eq!(signed_in.location.as_deref(), Some("/quizzes"));
}

#[rocket::async_test]
async fn a_wrong_account_form_comes_back_with_each_problem_and_stores_nothing() {
    let t = as_admin().await;
    let r = t
        .submit_form(
            "/admin/users",
            &[
                ("name", "   "),
                ("email", "not-an-address"),
                ("language", "de"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    for message in [
        "Enter the person&#x27;s name.",
        "Enter an e-mail address such as name@example.org.",
        "Choose one of the languages in the list.",
        "Choose at least one role.",
        "The password needs at least 10 characters.",
    ] {
        assert!(
            r.body.contains(message),
            "missing {message:?} in {}",
            r.body
        );
    }
    assert!(
        r.body.contains("value=\"not-an-address\""),
        "what was typed is kept"
    );
    assert_eq!(
        users::list_users(&t.app().db, None)
            .await
            .expect("list")
            .len(),
        1
    );

    // The address of an existing account, in another case, is refused at the field.
    let r = t
        .submit_form(
            "/admin/users",
            &[
                ("name", "Other"),
                ("email", "ADMIN@example.org"),
                ("role-learner", "on"),
                ("password", "lozinka-2026"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r
        .body
        .contains("Another account already has this e-mail address."));
    assert_eq!(
        users::list_users(&t.app().db, None)
            .await
            .expect("list")
            .len(),
        1
    );
}

#[rocket::async_test]
async fn learners_and_instructors_are_refused_and_visitors_sent_to_sign_in() {
    let t = TestApp::spawn().await;
    t.add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    t.add_user("learner@example.org", None).await;
    let r = t.get("/admin/users").await;
    assert_eq!(r.status, Status::SeeOther);
    assert_eq!(r.location.as_deref(), Some("/login?next=%2Fadmin%2Fusers"));
    for who in ["learner@example.org", "teacher@example.org"] {
        t.login(who).await;
        let r = t.get("/admin/users").await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        assert!(
            r.body
                .contains("Your account does not have access to this page."),
            "{who}: {}",
            r.body
        );
        let r = t.submit_form("/admin/cohorts", &[("name", "Sneaky")]).await;
        assert_eq!(r.status, Status::Forbidden, "{who}");
        t.logout().await;
    }
    assert!(cohorts::list_cohorts(&t.app().db)
        .await
        .expect("list")
        .is_empty());
}

async fn sessions_of(t: &TestApp, id: ispit::ids::UserId) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) AS n FROM sessions WHERE user_id = $1")
        .bind(id.0)
        .fetch_one(&t.app().db.pool)
        .await
        .expect("count")
        .try_get("n")
        .expect("n")
}

#[rocket::async_test]
async fn disabling_an_account_signs_it_out_everywhere_and_keeps_it_out() {
    let t = TestApp::spawn().await;
    t.add_staff("admin@example.org", "Jelena Marić", &[Role::Admin])
        .await;
    let id = t.add_user("learner@example.org", None).await;
    // The learner signs in (their session stays on the server when this browser signs in as the admin).
    t.login("learner@example.org").await;
    assert_eq!(sessions_of(&t, id).await, 1);
    t.login("admin@example.org").await;

    let r = t
        .submit_form(
            &format!("/admin/users/{id}"),
            &[
                ("name", "Test Learner"),
                ("email", "learner@example.org"),
                ("role-learner", "on"),
                ("disabled", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    assert!(
        user(&t, "learner@example.org")
            .await
            .expect("kept")
            .disabled
    );
    assert_eq!(
        sessions_of(&t, id).await,
        0,
        "every session of the learner ended"
    );
    t.logout().await;
    let again = t.login("learner@example.org").await;
    assert_eq!(
        again.status,
        Status::Unauthorized,
        "cannot sign in while disabled"
    );
    assert_eq!(sessions_of(&t, id).await, 0);

    // Enabled again, the same password works.
    t.login("admin@example.org").await;
    let r = t
        .submit_form(
            &format!("/admin/users/{id}"),
            &[
                ("name", "Test Learner"),
                ("email", "learner@example.org"),
                ("role-learner", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther);
    t.logout().await;
    assert_eq!(
        t.login("learner@example.org").await.status,
        Status::SeeOther
    );
    assert_eq!(t.get("/quizzes").await.status, Status::Ok);
}

#[rocket::async_test]
async fn an_administrator_cannot_lock_themselves_out() {
    let t = as_admin().await;
    let me = user(&t, "admin@example.org").await.expect("admin").id;
    for fields in [
        vec![("role-admin", "on"), ("disabled", "on")],
        vec![("role-learner", "on")],
    ] {
        let mut all = vec![("name", "Jelena Marić"), ("email", "admin@example.org")];
        all.extend(fields);
        let r = t.submit_form(&format!("/admin/users/{me}"), &all).await;
        assert_eq!(r.status, Status::UnprocessableEntity);
        assert!(r.body.contains("You cannot disable your own account"));
    }
    let me = user(&t, "admin@example.org").await.expect("admin");
    assert!(me.roles.has(Role::Admin) && !me.disabled);
}

#[rocket::async_test]
async fn cohorts_are_created_named_once_and_filled_with_learners_and_instructors() {
    let t = as_admin().await;
    let learner = t.add_user("learner@example.org", None).await;
    t.add_staff("teacher@example.org", "Ivana", &[Role::Instructor])
        .await;
    let name = "Ministry of Security BiH — English 2026";
    let r = t.submit_form("/admin/cohorts", &[("name", name)]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let list = cohorts::list_cohorts(&t.app().db).await.expect("list");
    assert_eq!(list.len(), 1);
    let id = list[0].id;
    assert_eq!(list[0].name, name);
    assert_eq!(r.location, Some(format!("/admin/cohorts/{id}")));

    let again = t
        .submit_form("/admin/cohorts", &[("name", &format!(" {name} "))])
        .await;
    assert_eq!(again.status, Status::UnprocessableEntity);
    assert!(again
        .body
        .contains("A cohort with this name already exists."));
    let empty = t.submit_form("/admin/cohorts", &[("name", "  ")]).await;
    assert_eq!(empty.status, Status::UnprocessableEntity);
    assert_eq!(
        cohorts::list_cohorts(&t.app().db)
            .await
            .expect("list")
            .len(),
        1
    );

    let members = format!("/admin/cohorts/{id}/members");
    // A double click adds the learner once.
    for _ in 0..2 {
        let r = t
            .submit_form(
                &members,
                &[("email", "Learner@example.org"), ("role", "learner")],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    }
    let r = t
        .submit_form(
            &members,
            &[("email", "nobody@example.org"), ("role", "learner")],
        )
        .await;
    assert_eq!(r.status, Status::UnprocessableEntity);
    assert!(r.body.contains("No account has this e-mail address."));
    let r = t
        .submit_form(
            &members,
            &[("email", "learner@example.org"), ("role", "instructor")],
        )
        .await;
    assert_eq!(
        r.status,
        Status::UnprocessableEntity,
        "a learner cannot instruct"
    );
    assert!(r.body.contains("This account is not an instructor"));
    let r = t
        .submit_form(
            &members,
            &[("email", "teacher@example.org"), ("role", "instructor")],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther);

    let found = cohorts::members(&t.app().db, id).await.expect("members");
    let shown: Vec<(&str, cohorts::MemberRole)> =
        found.iter().map(|(u, r)| (u.email.as_str(), *r)).collect();
    assert_eq!(
        shown,
        vec![
            ("learner@example.org", cohorts::MemberRole::Learner),
            ("teacher@example.org", cohorts::MemberRole::Instructor)
        ]
    );
    let page = t.get(&format!("/admin/cohorts/{id}")).await;
    assert!(
        page.body.contains("1 learner, 1 instructor"),
        "{}",
        page.body
    );

    // The learner's account page lists the cohort, and how they belong to it.
    let account = t.get(&format!("/admin/users/{learner}")).await;
    assert!(
        account.body.contains(&format!(
            "<a href=\"/admin/cohorts/{id}\">{name}</a> (Learner)"
        )),
        "{}",
        account.body
    );

    let remove = format!("/admin/cohorts/{id}/members/{learner}/remove");
    assert_eq!(t.submit_form(&remove, &[]).await.status, Status::SeeOther);
    assert_eq!(
        t.submit_form(&remove, &[]).await.status,
        Status::SeeOther,
        "twice is harmless"
    );
    assert_eq!(
        cohorts::members(&t.app().db, id)
            .await
            .expect("members")
            .len(),
        1
    );

    let r = t
        .submit_form(
            &format!("/admin/cohorts/{id}"),
            &[("name", "Uprava granične policije — 2026")],
        )
        .await;
    assert_eq!(r.status, Status::SeeOther);
    let renamed = cohorts::find_cohort(&t.app().db, id)
        .await
        .expect("q")
        .expect("exists");
    assert_eq!(renamed.name, "Uprava granične policije — 2026");
    assert_eq!(t.get("/admin/cohorts/999").await.status, Status::NotFound);
}

/// How many replies were (a redirect to what was made, the form again with "taken").
fn tally(statuses: &[Status]) -> (usize, usize) {
    let count = |want| statuses.iter().filter(|s| **s == want).count();
    (count(Status::SeeOther), count(Status::UnprocessableEntity))
}

/// Twenty clicks at once on "Create" (a cohort, an account): one is made, every other click is told the name
/// or address is taken, by the database's unique keys rather than by a check before the insert.
#[rocket::async_test]
async fn twenty_creations_at_once_make_one_cohort_and_one_account() {
    use rocket::futures::future::join_all;
    use rocket::http::ContentType;
    let t = as_admin().await;
    let csrf = t.csrf().await;
    let post = |path: &'static str, body: String| {
        let t = &t;
        async move {
            let r = t
                .client
                .post(path)
                .header(ContentType::Form)
                .body(body)
                .dispatch()
                .await;
            r.status()
        }
    };
    let cohort = format!("_csrf={csrf}&name=MUP+CG+%E2%80%94+English+2026");
    let statuses = join_all((0..20).map(|_| post("/admin/cohorts", cohort.clone()))).await;
    assert_eq!(tally(&statuses), (1, 19), "{statuses:?}");
    assert_eq!(
        cohorts::list_cohorts(&t.app().db)
            .await
            .expect("list")
            .len(),
        1
    );

    let account = format!(
        "_csrf={csrf}&name=Milo%C5%A1&email=milos%40example.org&role-learner=on&password=lozinka-2026"
    );
    let statuses = join_all((0..20).map(|_| post("/admin/users", account.clone()))).await;
    assert_eq!(tally(&statuses), (1, 19), "{statuses:?}");
    assert_eq!(
        users::list_users(&t.app().db, None)
            .await
            .expect("list")
            .len(),
        2
    );
}

/// With the database gone the administrator is told it is unavailable (503), not refused or signed out,
/// and nothing they posted is taken as done.
#[rocket::async_test]
async fn an_outage_answers_503_on_the_admin_pages_and_keeps_the_session() {
    let t = as_admin().await;
    let csrf = t.csrf().await;
    t.app().db.close().await;
    let page = t.get("/admin/users").await;
    assert_eq!(page.status, Status::ServiceUnavailable);
    assert!(page.location.is_none(), "no redirect to the sign-in page");
    let posted = t
        .post_form(
            "/admin/cohorts",
            &[("_csrf", csrf.as_str()), ("name", "Nova")],
        )
        .await;
    assert_eq!(posted.status, Status::ServiceUnavailable);
    assert!(
        t.client.cookies().get("ispit_session").is_some(),
        "still signed in"
    );
}
