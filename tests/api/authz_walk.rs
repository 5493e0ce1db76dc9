//! The authorization walk: every route of the route table, requested by each kind of visitor, against the
//! table below. A route the table does not name fails the test, so a new route cannot ship without a rule.
//!
//! Visitors: nobody signed in, the learner who owns the resources, a learner of another cohort, the
//! instructor of the learner's cohort, an instructor of another cohort, an administrator. Each visitor walks
//! a world of their own (the same people and resources), so one visitor's writes cannot change another's
//! outcome. Reads are walked before writes, and signing out last.
//!
//! Outcomes are about authorization only: `Allowed` is any answer past the checks (a page, a redirect that is
//! not to the sign-in page, a 409 for a closed attempt, a 422 for the empty form sent); the others are the
//! refusals: sent to sign in (303 to /login, or 401 from the API), 403, 404 (what a resource outside one's
//! scope answers, so ids cannot be probed).

use std::collections::BTreeMap;

use ispit::auth::Role;
use ispit::db::assignments::{insert_assignment, NewAssignment, Target};
use ispit::db::cohorts::{self, MemberRole};
use ispit::ids::{AssignmentId, CohortId, UserId};
use rocket::http::{ContentType, Header, Method, Status};

use crate::helpers::{extract_csrf, TestApp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Anonymous,
    Learner,
    OtherLearner,
    Instructor,
    OtherInstructor,
    Admin,
}

const EVERYONE: [Who; 6] = [
    Who::Anonymous,
    Who::Learner,
    Who::OtherLearner,
    Who::Instructor,
    Who::OtherInstructor,
    Who::Admin,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Allowed,
    SignIn,
    Forbidden,
    NotFound,
}

use Outcome::{Allowed as A, Forbidden as F, NotFound as N, SignIn as S};

/// Outcomes in the order of [`EVERYONE`].
type Row = [Outcome; 6];

/// Open to all.
const PUBLIC: Row = [A, A, A, A, A, A];
/// For anyone signed in (every role may take quizzes).
const SIGNED_IN: Row = [S, A, A, A, A, A];
/// The learner's own attempt: nobody else's, staff included (they read it on the staff pages).
const OWN: Row = [S, A, N, N, N, N];
/// Something given to the learner's cohort, which only its learners can start.
const ASSIGNED: Row = [S, A, N, N, N, N];
/// The instructors' pages of the learner's cohort.
const STAFF: Row = [S, F, F, A, N, A];
/// The instructors' pages that list only what the viewer may see.
const STAFF_HOME: Row = [S, F, F, A, A, A];
/// The administrators' pages.
const ADMIN: Row = [S, F, F, F, F, A];
/// The administrators' pages of something the world does not hold.
const ADMIN_NONE: Row = [S, F, F, F, F, N];

/// The rule of every route, by method and URI as Rocket lists them.
fn rules() -> BTreeMap<(&'static str, &'static str), Row> {
    BTreeMap::from([
        // Public pages, files and probes.
        (("GET", "/?<lang>"), SIGNED_IN),
        (("GET", "/login?<next>"), PUBLIC),
        // Sent without credentials, a sign-in lands back on the sign-in page for everyone.
        (("POST", "/login"), [S, S, S, S, S, S]),
        (("GET", "/healthz"), PUBLIC),
        (("GET", "/readyz"), PUBLIC),
        (("GET", "/static/ispit.css"), PUBLIC),
        (("GET", "/static/ispit.js"), PUBLIC),
        (("GET", "/static/favicon.svg"), PUBLIC),
        (("GET", "/favicon.ico"), PUBLIC),
        (("GET", "/api/openapi.json"), PUBLIC),
        // Certificate verification is public; the walk's code names no certificate, which every visitor
        // is told alike (the found case is in tests/api/certificates.rs).
        (("GET", "/verify?<code>"), PUBLIC),
        (("GET", "/verify/<code>"), [N, N, N, N, N, N]),
        (("GET", "/verify/<code>/record.json"), [N, N, N, N, N, N]),
        (("GET", "/.well-known/ispit-certificate-keys.json"), PUBLIC),
        // A certificate's PDF: its learner's (and administrators'); none exists here.
        (("GET", "/certificates/<code>/pdf"), [S, N, N, N, N, N]),
        // Its Open Badges credential (JWT and JSON) likewise; none exists here.
        (
            ("GET", "/certificates/<code>/badge.jwt"),
            [S, N, N, N, N, N],
        ),
        (
            ("GET", "/certificates/<code>/badge.json"),
            [S, N, N, N, N, N],
        ),
        // One badge key's JWK is public; the walk's key id names no key, which everyone is told alike.
        (
            ("GET", "/.well-known/ispit-certificate-keys/<kid>"),
            [N, N, N, N, N, N],
        ),
        // Exchanging a password for a token: the refusal of a wrong password is its own test.
        (("POST", "/api/v1/tokens"), PUBLIC),
        // The learner's pages.
        (("GET", "/quizzes"), SIGNED_IN),
        (("GET", "/quizzes/<quiz_id>"), SIGNED_IN),
        (("POST", "/quizzes/<quiz_id>/start"), SIGNED_IN),
        (("POST", "/assignments/<id>/start"), ASSIGNED),
        (("GET", "/attempts/<id>?<page>"), OWN),
        (("POST", "/attempts/<id>"), OWN),
        (("GET", "/attempts/<id>/summary?<refused>"), OWN),
        (("POST", "/attempts/<id>/submit"), OWN),
        (("GET", "/attempts/<id>/result?<refused>"), OWN),
        (("GET", "/placement"), SIGNED_IN),
        (("POST", "/placement/start"), SIGNED_IN),
        (("GET", "/placement/<id>"), OWN),
        (("POST", "/placement/<id>"), OWN),
        (("GET", "/placement/<id>/result"), OWN),
        // Forgotten passwords: anyone may ask for a link and use one (the walk's reset link is live, and
        // its form sent empty is answered 422; its sign-in link is used, answered 410 Gone).
        (("GET", "/password/forgot?<sent>"), PUBLIC),
        (("POST", "/password/forgot"), PUBLIC),
        (("GET", "/password/reset/<token>"), PUBLIC),
        (("POST", "/password/reset/<token>"), PUBLIC),
        (("GET", "/sign-in/<token>"), PUBLIC),
        (("POST", "/sign-in/<token>"), PUBLIC),
        // Signing out lands on the sign-in page, signed in or not.
        (("POST", "/logout"), [S, S, S, S, S, S]),
        // The learner's API.
        (("GET", "/api/v1/quizzes"), SIGNED_IN),
        (("POST", "/api/v1/quizzes/<quiz_id>/attempts"), SIGNED_IN),
        (("GET", "/api/v1/attempts/<id>"), OWN),
        (("PUT", "/api/v1/attempts/<id>/answers/<question>"), OWN),
        (("POST", "/api/v1/attempts/<id>/submit"), OWN),
        (("GET", "/api/v1/attempts/<id>/result"), OWN),
        // Instructors.
        (("GET", "/teach"), STAFF_HOME),
        (("GET", "/teach/cohorts/<id>"), STAFF),
        (("POST", "/teach/cohorts/<id>/assignments"), STAFF),
        (
            ("GET", "/teach/assignments/<id>?<sort>&<dir>&<status>"),
            STAFF,
        ),
        (
            (
                "GET",
                "/teach/assignments/<id>/results.csv?<sort>&<dir>&<status>",
            ),
            STAFF,
        ),
        (("GET", "/teach/learners/<id>"), STAFF),
        (("POST", "/teach/learners/<id>/assignments"), STAFF),
        // The learner's own attempts, read by the staff who follow them.
        (("GET", "/teach/attempts/<id>"), STAFF),
        // Grading an essay of such an attempt.
        (("POST", "/teach/attempts/<id>/marks/<number>"), STAFF),
        (("GET", "/teach/placement/<id>"), STAFF),
        (("POST", "/teach/assignments/<id>/overrides"), STAFF),
        (("POST", "/teach/assignments/<id>/withdraw"), STAFF),
        (
            ("GET", "/teach/assignments/<id>/items?<attempts>&<sort>"),
            STAFF,
        ),
        (
            (
                "GET",
                "/teach/assignments/<id>/items.csv?<table>&<attempts>",
            ),
            STAFF,
        ),
        // Administrators.
        (("GET", "/admin/users?<q>&<saved>"), ADMIN),
        (("GET", "/admin/users/new"), ADMIN),
        (("POST", "/admin/users"), ADMIN),
        (("GET", "/admin/users/<id>?<saved>"), ADMIN),
        (("POST", "/admin/users/<id>"), ADMIN),
        (("POST", "/admin/users/<id>/password"), ADMIN),
        (("GET", "/admin/cohorts"), ADMIN),
        (("POST", "/admin/cohorts"), ADMIN),
        (("GET", "/admin/cohorts/<id>"), ADMIN),
        (("POST", "/admin/cohorts/<id>"), ADMIN),
        (("POST", "/admin/cohorts/<id>/members"), ADMIN),
        (("POST", "/admin/cohorts/<id>/members/<user>/remove"), ADMIN),
        (("GET", "/admin/import"), ADMIN),
        (("POST", "/admin/import"), ADMIN),
        (("POST", "/admin/import/confirm"), ADMIN),
        (("GET", "/admin/questions/import"), ADMIN),
        (("POST", "/admin/questions/import"), ADMIN),
        (("POST", "/admin/questions/import/confirm"), ADMIN),
        (("GET", "/admin/questions/translate?<course>"), ADMIN),
        (("GET", "/admin/questions/courses/<course>/<file>"), ADMIN),
        (("POST", "/admin/questions/translate"), ADMIN),
        (("POST", "/admin/questions/translate/confirm"), ADMIN),
        (("GET", "/admin/tokens?<revoked>"), ADMIN),
        (("GET", "/admin/quizzes"), ADMIN),
        (
            ("GET", "/admin/quizzes/<quiz>/items?<attempts>&<sort>"),
            ADMIN,
        ),
        (
            ("GET", "/admin/quizzes/<quiz>/items.csv?<table>&<attempts>"),
            ADMIN,
        ),
        (("GET", "/admin/placement/items"), ADMIN),
        (("GET", "/admin/placement/items.csv"), ADMIN),
        (("POST", "/admin/placement/recalibrate"), ADMIN),
        (("POST", "/admin/tokens"), ADMIN),
        (("POST", "/admin/tokens/<key>/revoke"), ADMIN),
        // Certificates and email. The walk's world has no certificate, email or batch, so the
        // administrator's answer about one is 404 (the found cases are in admin_certificates.rs).
        (("GET", "/admin/certificates?<q>&<revoked>"), ADMIN),
        (("POST", "/admin/certificates/<id>/revoke"), ADMIN_NONE),
        (("GET", "/admin/certificates/send?<target>&<again>"), ADMIN),
        (("POST", "/admin/certificates/send"), ADMIN),
        (("GET", "/admin/mail?<status>"), ADMIN),
        (("GET", "/admin/mail/<id>?<resent>"), ADMIN_NONE),
        (("POST", "/admin/mail/<id>/resend"), ADMIN_NONE),
        (("GET", "/admin/mail/batches/<id>"), ADMIN_NONE),
        // The staff API, under the same rules as the pages.
        (("GET", "/api/v1/cohorts"), STAFF_HOME),
        (("GET", "/api/v1/cohorts/<id>"), STAFF),
        (("GET", "/api/v1/cohorts/<id>/assignments"), STAFF),
        (("POST", "/api/v1/cohorts/<id>/assignments"), STAFF),
        (("PUT", "/api/v1/cohorts/<id>/members/<user>"), ADMIN),
        (("DELETE", "/api/v1/cohorts/<id>/members/<user>"), ADMIN),
        (("GET", "/api/v1/assignments/<id>"), STAFF),
        (("GET", "/api/v1/assignments/<id>/results"), STAFF),
        (("GET", "/api/v1/assignments/<id>/items?<attempts>"), STAFF),
        (("POST", "/api/v1/assignments/<id>/withdraw"), STAFF),
        (("PUT", "/api/v1/assignments/<id>/overrides/<user>"), STAFF),
        (
            ("DELETE", "/api/v1/assignments/<id>/overrides/<user>"),
            STAFF,
        ),
    ])
}

/// The people and resources every visitor's world holds.
struct World {
    t: TestApp,
    learner: UserId,
    cohort: CohortId,
    assignment: AssignmentId,
    attempt: String,
    placement: String,
}

/// The learner's emailed links in every world: a live reset link and a used sign-in link (a live one would
/// sign the visitor in as the learner for the rest of the walk).
const RESET_TOKEN: &str = "1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f";
const SIGN_IN_TOKEN: &str = "2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e";

const QUIZ: &str = "migration-governance-final";

fn email(who: Who) -> &'static str {
    match who {
        Who::Anonymous => "",
        Who::Learner => "learner@example.org",
        Who::OtherLearner => "other.learner@example.org",
        Who::Instructor => "instructor@example.org",
        Who::OtherInstructor => "other.instructor@example.org",
        Who::Admin => "admin@example.org",
    }
}

async fn world() -> World {
    let t = TestApp::spawn().await;
    let learner = t.add_user(email(Who::Learner), None).await;
    let other_learner = t.add_user(email(Who::OtherLearner), None).await;
    let instructor = t
        .add_staff(email(Who::Instructor), "Instructor", &[Role::Instructor])
        .await;
    let other_instructor = t
        .add_staff(email(Who::OtherInstructor), "Other", &[Role::Instructor])
        .await;
    t.add_staff(email(Who::Admin), "Admin", &[Role::Admin])
        .await;
    let db = &t.app().db;
    let cohort = cohorts::create_cohort(db, "Cohort", 0)
        .await
        .expect("cohort");
    let other = cohorts::create_cohort(db, "Other cohort", 0)
        .await
        .expect("cohort");
    let mut tx = db.begin_write().await.expect("tx");
    for (c, u, role) in [
        (cohort, learner, MemberRole::Learner),
        (cohort, instructor, MemberRole::Instructor),
        (other, other_learner, MemberRole::Learner),
        (other, other_instructor, MemberRole::Instructor),
    ] {
        cohorts::put_member(tx.conn(), c, u, role, 0)
            .await
            .expect("member");
    }
    use ispit::auth::links::Purpose;
    for (token, purpose) in [
        (RESET_TOKEN, Purpose::Reset),
        (SIGN_IN_TOKEN, Purpose::SignIn),
    ] {
        let hash = ispit::auth::token_hash(token);
        ispit::db::links::insert_link(tx.conn(), &hash, learner, purpose, 0, 4_000_000_000)
            .await
            .expect("link");
    }
    ispit::db::links::use_link(
        tx.conn(),
        &ispit::auth::token_hash(SIGN_IN_TOKEN),
        Purpose::SignIn,
        0,
    )
    .await
    .expect("use the sign-in link")
    .expect("it was usable");
    tx.commit().await.expect("commit");
    let assignment = insert_assignment(
        db,
        &NewAssignment {
            task: ispit::assignments::Task::Quiz(QUIZ.parse().expect("quiz id")),
            target: Target::Cohort(cohort),
            terms: ispit::assignments::Terms::default(),
            created_by: instructor,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("created");
    // The learner's own quiz attempt (under the assignment) and placement test, in progress.
    t.login(email(Who::Learner)).await;
    let r = t
        .submit_form(&format!("/assignments/{assignment}/start"), &[])
        .await;
    let attempt = r
        .location
        .expect("attempt")
        .trim_start_matches("/attempts/")
        .to_string();
    let r = t.submit_form("/placement/start", &[]).await;
    let placement = r
        .location
        .expect("placement")
        .trim_start_matches("/placement/")
        .to_string();
    t.logout().await;
    World {
        t,
        learner,
        cohort,
        assignment,
        attempt,
        placement,
    }
}

/// The route's URI with its parameters filled from the world (the query dropped). Panics on a parameter it
/// does not know, so a new route gets a value here with its rule.
fn fill(uri: &str, w: &World) -> String {
    let path = uri.split('?').next().unwrap_or(uri);
    let quiz = QUIZ.to_string();
    let mut out = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        if !seg.starts_with('<') {
            out.push(seg.to_string());
            continue;
        }
        let before = if i > 0 { segments[i - 1] } else { "" };
        let value = match (*seg, before) {
            ("<id>", "attempts") => w.attempt.clone(),
            ("<id>", "placement") => w.placement.clone(),
            ("<id>", "users") | ("<id>", "learners") => w.learner.to_string(),
            ("<id>", "cohorts") => w.cohort.to_string(),
            ("<id>", "assignments") => w.assignment.to_string(),
            ("<user>", _) => w.learner.to_string(),
            // No certificate, email or batch exists in the world.
            ("<id>", "certificates") | ("<id>", "mail") | ("<id>", "batches") => "1".to_string(),
            // A token's form key: none issued in this world, which a revoke must survive.
            ("<key>", _) => "0".repeat(64),
            // A well-formed certificate code that no certificate has.
            ("<code>", _) => "7K3QD-M0XPA-9RT1W".to_string(),
            // A key id (RFC 7638 thumbprint) that no key has.
            ("<kid>", _) => "WJV4nT5yWnaikaRP1bY6eZg0wVeqNFM5P7vWBi-2Ec8".to_string(),
            ("<quiz_id>" | "<quiz>", _) => quiz.clone(),
            // The question's number on the paper (of an essay to grade, too).
            ("<question>", _) | ("<number>", "marks") => "1".to_string(),
            ("<token>", "reset") => RESET_TOKEN.to_string(),
            ("<token>", "sign-in") => SIGN_IN_TOKEN.to_string(),
            // A bundled course and its English prose file.
            ("<course>", "courses") => "migration-governance".to_string(),
            ("<file>", _) => "en.ftl".to_string(),
            (param, before) => {
                panic!("no value for {param} after /{before}/ in {uri}: add one to fill()")
            }
        };
        out.push(value);
    }
    out.join("/")
}

fn classify(status: Status, location: Option<&str>) -> Outcome {
    match status.code {
        401 => Outcome::SignIn,
        303 if location.is_some_and(|l| l.starts_with("/login")) => Outcome::SignIn,
        403 => Outcome::Forbidden,
        404 => Outcome::NotFound,
        _ => Outcome::Allowed,
    }
}

/// Signs the visitor in (pages: the session cookie; API: a bearer token) and returns the token.
async fn sign_in(w: &World, who: Who) -> Option<String> {
    if who == Who::Anonymous {
        return None;
    }
    w.t.login(email(who)).await;
    Some(w.t.api_token(email(who)).await)
}

async fn request(w: &World, method: &str, path: &str, token: Option<&str>) -> Outcome {
    let client = &w.t.client;
    let method: Method = method.parse().expect("method");
    let mut req = client.req(method, path.to_string());
    if path.starts_with("/api/") {
        if let Some(token) = token {
            req = req.header(Header::new("Authorization", format!("Bearer {token}")));
        }
        if method != Method::Get {
            req = req.header(ContentType::JSON).body("{}");
        }
    } else if method != Method::Get {
        // A valid CSRF token, so that what decides is the route's own check.
        let page = w.t.get("/login").await;
        let csrf = extract_csrf(&page.body).expect("csrf");
        req = req.header(ContentType::Form).body(format!("_csrf={csrf}"));
    }
    let res = req.dispatch().await;
    let status = res.status();
    let location = res.headers().get_one("Location").map(str::to_string);
    classify(status, location.as_deref())
}

#[rocket::async_test]
async fn every_route_answers_each_visitor_as_its_rule_says() {
    let rules = rules();
    let mut unruled = Vec::new();
    let mut wrong = Vec::new();
    for (i, who) in EVERYONE.iter().copied().enumerate() {
        let w = world().await;
        let token = sign_in(&w, who).await;
        let mut routes: Vec<(String, String)> =
            w.t.client
                .rocket()
                .routes()
                .map(|r| (r.method.as_str().to_string(), r.uri.to_string()))
                .collect();
        routes.sort();
        routes.dedup();
        // Reads first, then writes, the administrators' last (one takes the learner off the cohort), and
        // signing out at the very end.
        routes.sort_by_key(|(m, u)| {
            (
                m != "GET",
                u == "/logout",
                u.starts_with("/admin/"),
                u.clone(),
            )
        });
        for (method, uri) in &routes {
            let Some(row) = rules.get(&(method.as_str(), uri.as_str())) else {
                if i == 0 {
                    unruled.push(format!("{method} {uri}"));
                }
                continue;
            };
            let path = fill(uri, &w);
            let got = request(&w, method, &path, token.as_deref()).await;
            if got != row[i] {
                wrong.push(format!(
                    "{who:?} {method} {path}: expected {:?}, got {got:?}",
                    row[i]
                ));
            }
        }
    }
    assert!(
        unruled.is_empty(),
        "routes without a rule in tests/api/authz_walk.rs:\n{}",
        unruled.join("\n")
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
