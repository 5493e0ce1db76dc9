//! The test application: the real Rocket app on a fresh database (SQLite file by default, a new PostgreSQL
//! database when `ISPIT_TEST_POSTGRES_URL` names a server), a manual clock, and one method per user action.

use std::collections::BTreeMap;

use ispit::assessment::answer::{key_answer_in, Answer, GapAnswer};
use ispit::assessment::paper::{Paper, PaperQuestion};
use ispit::auth::{hash_password, Role, Roles};
use ispit::bank::{Bank, Question, QuestionKind};
use ispit::db::users::{insert_user, NewUser};
use ispit::i18n::{Locale, Texts};
use ispit::ids::{AttemptId, ChoiceId, UserId};
use ispit::web::state::{App, Clock};
use rocket::figment::Figment;
use rocket::http::{ContentType, Header, Status};
use rocket::local::asynchronous::Client;

pub const PASSWORD: &str = "a-good-password";
pub const FIXTURE_BANKS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/banks");

pub struct TestApp {
    pub client: Client,
    pub clock: Clock,
    _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: Status,
    pub body: String,
    pub location: Option<String>,
}

fn start_time() -> jiff::Timestamp {
    "2026-11-27T09:00:00Z".parse().expect("timestamp")
}

async fn fresh_database_url(dir: &tempfile::TempDir) -> String {
    match std::env::var("ISPIT_TEST_POSTGRES_URL") {
        Ok(admin) if !admin.is_empty() => {
            use sqlx::Connection;
            sqlx::any::install_default_drivers();
            let name = format!(
                "ispit_test_{}",
                ispit::auth::random_token().get(..16).unwrap_or("x")
            );
            let mut conn = sqlx::AnyConnection::connect(&admin)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .expect("create test database");
            let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
            format!("{base}/{name}")
        }
        _ => format!("sqlite:{}/test.db", dir.path().display()),
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|f| f).await
    }

    /// The app with settings changed from the defaults (another banks folder, say).
    pub async fn spawn_with(settings: impl FnOnce(Figment) -> Figment) -> TestApp {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = fresh_database_url(&dir).await;
        let figment: Figment = ispit::web::config::figment()
            .merge(("database_url", url))
            .merge(("data_dir", dir.path().display().to_string()))
            .merge(("demo_accounts", false))
            .merge(("secret_key", "ab".repeat(32)))
            .merge(("log_level", "off"))
            .merge(("db_max_connections", 4))
            // No background mail worker: tests send the outbox when they choose (`deliver_mail`).
            .merge(("mail_poll_seconds", 0));
        let figment = settings(figment);
        let clock = Clock::manual(start_time());
        let app = ispit::web::prepare(&figment, clock.clone())
            .await
            .expect("app prepares");
        let rocket = ispit::web::build(figment, app);
        let client = Client::tracked(rocket).await.expect("rocket launches");
        TestApp {
            client,
            clock,
            _dir: dir,
        }
    }

    /// The app on the test fixture banks (`tests/fixtures/banks`): the grading course, whose expected
    /// scores are worked out by hand in the tests.
    pub async fn spawn_fixtures() -> TestApp {
        Self::spawn_with(|f| f.merge(("banks_dir", FIXTURE_BANKS))).await
    }

    pub fn app(&self) -> &App {
        self.client.rocket().state::<App>().expect("app state")
    }

    /// One pass of the mail worker now (the tests run no background worker); returns how many emails it
    /// tried.
    pub async fn deliver_mail(&self) -> usize {
        let app = self.app();
        let public = app.settings.public_base().to_string();
        let bank = app.bank();
        let ctx = ispit::mail::compose::Context {
            bank: &bank,
            ui: &app.ui,
            zone: &app.zone,
            public_url: &public,
            certifier: Some(&app.certifier),
        };
        ispit::service::mail::run_once(&app.db, &app.mailer, &ctx, &app.clock)
            .await
            .expect("a mail pass")
    }

    /// The bank the server uses now. The server may replace it (the question import); each call hands
    /// out the bank of the moment for the rest of the test (one `Arc` clone leaked per call, a few bytes),
    /// so that tests keep borrowing it as `&Bank`.
    pub fn bank(&self) -> &'static Bank {
        Box::leak(Box::new(self.app().bank()))
    }

    pub fn ui(&self) -> &Texts {
        &self.app().ui
    }

    pub async fn add_user(&self, email: &str, locale: Option<Locale>) -> UserId {
        let hash = hash_password(PASSWORD).expect("hash");
        let user = NewUser {
            email,
            display_name: "Test Learner",
            password_hash: &hash,
            roles: Roles::only(Role::Learner),
            locale,
        };
        insert_user(&self.app().db, &user, 0)
            .await
            .expect("insert user")
    }

    /// An account with the given roles and name (password [`PASSWORD`]).
    pub async fn add_staff(&self, email: &str, name: &str, roles: &[Role]) -> UserId {
        let hash = hash_password(PASSWORD).expect("hash");
        let user = NewUser {
            email,
            display_name: name,
            password_hash: &hash,
            roles: Roles::of(roles.iter().copied()).expect("at least one role"),
            locale: None,
        };
        insert_user(&self.app().db, &user, 0)
            .await
            .expect("insert user")
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&'static str, &str)]) -> Reply {
        let mut req = self.client.get(path.to_string());
        for (k, v) in headers {
            req = req.header(Header::new(*k, v.to_string()));
        }
        reply(req.dispatch().await).await
    }

    /// The CSRF token this browser's pages carry.
    pub async fn csrf(&self) -> String {
        let page = self.get("/login").await;
        extract_csrf(&page.body).expect("csrf field on the login page")
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut body = form_urlencoded::Serializer::new(String::new());
        for (k, v) in fields {
            body.append_pair(k, v);
        }
        let res = self
            .client
            .post(path.to_string())
            .header(ContentType::Form)
            .body(body.finish())
            .dispatch()
            .await;
        reply(res).await
    }

    /// Posts a form built at run time (owned names and values).
    pub async fn post_pairs(&self, path: &str, fields: &[(String, String)]) -> Reply {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post_form(path, &fields).await
    }

    /// Posts a form with this browser's CSRF token added.
    pub async fn submit_form(&self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self.csrf().await;
        let mut all = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form(path, &all).await
    }

    pub async fn login(&self, email: &str) -> Reply {
        self.submit_form(
            "/login",
            &[
                ("email", email),
                ("password", PASSWORD),
                ("next", "/quizzes"),
            ],
        )
        .await
    }

    pub async fn logout(&self) {
        self.submit_form("/logout", &[]).await;
    }

    /// Starts (or resumes) a quiz through its page; returns the attempt id.
    pub async fn start(&self, quiz: &str) -> AttemptId {
        let r = self
            .submit_form(&format!("/quizzes/{quiz}/start"), &[])
            .await;
        assert_eq!(r.status, Status::SeeOther, "start refused: {}", r.body);
        let location = r.location.expect("redirect to the attempt");
        let id = location.trim_start_matches("/attempts/");
        AttemptId(id.parse().expect("attempt id in the redirect"))
    }

    pub async fn attempt(&self, id: AttemptId) -> ispit::db::attempts::AttemptRow {
        let row = ispit::db::attempts::find_attempt(&self.app().db, id)
            .await
            .expect("query")
            .expect("attempt exists");
        remember(&row.paper);
        row
    }

    /// A cohort named `name` with these members, made in one transaction.
    pub async fn cohort(
        &self,
        name: &str,
        members: &[(UserId, ispit::db::cohorts::MemberRole)],
    ) -> ispit::ids::CohortId {
        let db = &self.app().db;
        let cohort = ispit::db::cohorts::create_cohort(db, name, 0)
            .await
            .expect("cohort");
        let mut tx = db.begin_write().await.expect("tx");
        for (user, role) in members {
            ispit::db::cohorts::put_member(tx.conn(), cohort, *user, *role, 0)
                .await
                .expect("member");
        }
        tx.commit().await.expect("commit");
        cohort
    }

    /// Takes `quiz` over the API as the holder of `token`: starts an attempt, saves each `(question,
    /// answer)` (each save must be acknowledged with 204) and submits. Returns the attempt and the
    /// submit's reply (checked to be 200).
    pub async fn take_over_api(
        &self,
        token: &str,
        quiz: &str,
        answers: &[(&str, &Answer)],
    ) -> (AttemptId, serde_json::Value) {
        let (status, paper) = self
            .json(
                "POST",
                &format!("/api/v1/quizzes/{quiz}/attempts"),
                token,
                None,
            )
            .await;
        assert_eq!(status, Status::Created, "{paper}");
        let id = AttemptId(paper["id"].as_i64().expect("attempt id"));
        self.attempt(id).await;
        for (question, answer) in answers {
            let n = question_number(question);
            let body = answer_json(self.bank(), quiz, question, answer);
            let (status, reply) = self
                .json(
                    "PUT",
                    &format!("/api/v1/attempts/{id}/answers/{n}"),
                    token,
                    Some(body),
                )
                .await;
            assert_eq!(status, Status::NoContent, "{question}: {reply}");
        }
        let (status, result) = self
            .json(
                "POST",
                &format!("/api/v1/attempts/{id}/submit"),
                token,
                None,
            )
            .await;
        assert_eq!(status, Status::Ok, "{result}");
        (id, result)
    }

    pub async fn json(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> (Status, serde_json::Value) {
        let mut req = match method {
            "GET" => self.client.get(path.to_string()),
            "POST" => self.client.post(path.to_string()),
            "PUT" => self.client.put(path.to_string()),
            other => panic!("method {other}"),
        };
        if !token.is_empty() {
            req = req.header(Header::new("Authorization", format!("Bearer {token}")));
        }
        if let Some(b) = body {
            req = req.header(ContentType::JSON).body(b.to_string());
        }
        let res = req.dispatch().await;
        let status = res.status();
        let text = res.into_string().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }

    /// An API token for a learner with the test password.
    pub async fn api_token(&self, email: &str) -> String {
        let (status, body) = self
            .json(
                "POST",
                "/api/v1/tokens",
                "",
                Some(serde_json::json!({"email": email, "password": PASSWORD})),
            )
            .await;
        assert_eq!(status, Status::Created, "{body}");
        body["token"].as_str().expect("token").to_string()
    }
}

async fn reply(res: rocket::local::asynchronous::LocalResponse<'_>) -> Reply {
    let status = res.status();
    let location = res.headers().get_one("Location").map(str::to_string);
    let body = res.into_string().await.unwrap_or_default();
    Reply {
        status,
        body,
        location,
    }
}

pub fn extract_csrf(html: &str) -> Option<String> {
    let marker = "name=\"_csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

thread_local! {
    /// The paper questions last seen by `TestApp::attempt` or `right_answers`, by question id, with their
    /// numbers: pages and the API address questions and choices by shown numbers, and `answer_fields`
    /// (whose callers name questions by id) finds them here.
    static PAPERS: std::cell::RefCell<BTreeMap<String, (usize, PaperQuestion)>> =
        const { std::cell::RefCell::new(BTreeMap::new()) };
}

fn remember(paper: &Paper) {
    PAPERS.with(|p| {
        let mut p = p.borrow_mut();
        for (i, pq) in paper.questions.iter().enumerate() {
            p.insert(pq.id.to_string(), (i + 1, pq.clone()));
        }
    });
}

fn remembered(question: &str) -> (usize, PaperQuestion) {
    PAPERS
        .with(|p| p.borrow().get(question).cloned())
        .unwrap_or_else(|| {
            panic!("{question}: read its attempt first (TestApp::attempt or right_answers)")
        })
}

/// The number a question has on the paper last read that holds it.
pub fn question_number(question: &str) -> usize {
    remembered(question).0
}

/// Where an answer's ids are shown on a paper question (1-based), worked out here from the paper and the
/// bank (not with the server's own mapping), so the tests check that mapping.
pub struct Shown<'a> {
    q: &'a Question,
    pq: &'a PaperQuestion,
}

impl<'a> Shown<'a> {
    pub fn new(q: &'a Question, pq: &'a PaperQuestion) -> Self {
        Shown { q, pq }
    }

    fn choices(&self) -> Vec<ChoiceId> {
        if !self.pq.order.is_empty() {
            return self.pq.order.clone();
        }
        match &self.q.kind {
            QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } => {
                options.clone()
            }
            QuestionKind::Matching { right, .. } => right.clone(),
            QuestionKind::Ordering { items, .. } => items.clone(),
            _ => Vec::new(),
        }
    }

    /// The shown number of an option, matching answer or ordering item.
    pub fn choice(&self, id: &ChoiceId) -> usize {
        1 + self
            .choices()
            .iter()
            .position(|c| c == id)
            .unwrap_or_else(|| panic!("{id} is not shown in {}", self.pq.id))
    }

    /// A matching prompt's number (bank order).
    pub fn prompt(&self, id: &ChoiceId) -> usize {
        let QuestionKind::Matching { left, .. } = &self.q.kind else {
            panic!("{} is not matching", self.pq.id)
        };
        1 + left.iter().position(|c| c == id).expect("prompt")
    }

    /// A gap's address (its place among the gaps) and what its field carries: a choice's shown number
    /// in it (a JSON number), or the text typed (a string).
    pub fn gap(&self, gap: &ChoiceId, given: &GapAnswer) -> (usize, serde_json::Value) {
        let QuestionKind::GapFill { gaps } = &self.q.kind else {
            panic!("{} is not gap-fill", self.pq.id)
        };
        let g = 1 + gaps.keys().position(|k| k == gap).expect("gap");
        let choice = match given {
            GapAnswer::Typed { text } => return (g, serde_json::json!(text)),
            GapAnswer::Choice(c) => c,
        };
        let order = self
            .pq
            .gap_orders
            .get(gap)
            .cloned()
            .unwrap_or_else(|| gaps[gap].options().to_vec());
        (
            g,
            serde_json::json!(1 + order.iter().position(|c| c == choice).expect("choice")),
        )
    }

    /// Form fields (part, value) giving `answer`, as the question's form names them.
    pub fn form(&self, answer: &Answer) -> Vec<(String, String)> {
        match answer {
            Answer::Single(c) => vec![(String::new(), self.choice(c).to_string())],
            Answer::Multiple(set) => set
                .iter()
                .map(|c| (String::new(), self.choice(c).to_string()))
                .collect(),
            Answer::TrueFalse(b) => vec![(String::new(), b.to_string())],
            Answer::Short(t) | Answer::Essay(t) => vec![(String::new(), t.clone())],
            Answer::Numerical { text, .. } => vec![(String::new(), text.clone())],
            Answer::Matching(m) => m
                .iter()
                .map(|(l, r)| (self.prompt(l).to_string(), self.choice(r).to_string()))
                .collect(),
            Answer::GapFill(m) => m
                .iter()
                .map(|(g, given)| {
                    let (gap, value) = self.gap(g, given);
                    let value = match value {
                        serde_json::Value::String(text) => text,
                        number => number.to_string(),
                    };
                    (gap.to_string(), value)
                })
                .collect(),
            Answer::Ordering(order) => order
                .iter()
                .enumerate()
                .map(|(place, item)| (self.choice(item).to_string(), (place + 1).to_string()))
                .collect(),
        }
    }

    /// The API's JSON for `answer`.
    pub fn json(&self, answer: &Answer) -> serde_json::Value {
        use serde_json::json;
        let (kind, value) = match answer {
            Answer::Single(c) => ("single", json!(self.choice(c))),
            Answer::Multiple(set) => (
                "multiple",
                json!(set.iter().map(|c| self.choice(c)).collect::<Vec<_>>()),
            ),
            Answer::TrueFalse(b) => ("true-false", json!(b)),
            Answer::Short(t) => ("short", json!(t)),
            Answer::Essay(t) => ("essay", json!(t)),
            Answer::Numerical { text, value } => {
                ("numerical", json!({"text": text, "value": value}))
            }
            Answer::Matching(m) => (
                "matching",
                serde_json::Value::Object(
                    m.iter()
                        .map(|(l, r)| (self.prompt(l).to_string(), json!(self.choice(r))))
                        .collect(),
                ),
            ),
            Answer::GapFill(m) => (
                "gap-fill",
                serde_json::Value::Object(
                    m.iter()
                        .map(|(g, given)| {
                            let (gap, value) = self.gap(g, given);
                            (gap.to_string(), value)
                        })
                        .collect(),
                ),
            ),
            Answer::Ordering(order) => (
                "ordering",
                json!(order.iter().map(|i| self.choice(i)).collect::<Vec<_>>()),
            ),
        };
        json!({"type": kind, "value": value})
    }
}

fn shown_question<'b>(bank: &'b Bank, quiz: &str, question: &str) -> &'b Question {
    let (course, _) = bank.quiz(&quiz.parse().expect("quiz id")).expect("quiz");
    course
        .question(&question.parse().expect("question id"))
        .expect("question")
}

/// Form fields answering a question with `answer` (the inverse of the question page's form), on the
/// paper last read that holds the question: its number and the shown numbers of its choices.
pub fn answer_fields(
    bank: &Bank,
    quiz: &str,
    question: &str,
    answer: &Answer,
) -> Vec<(String, String)> {
    let q = shown_question(bank, quiz, question);
    let (number, pq) = remembered(question);
    let name = format!("a.{number}");
    let mut out = vec![("shown".to_string(), number.to_string())];
    for (part, value) in Shown::new(q, &pq).form(answer) {
        let key = if part.is_empty() {
            name.clone()
        } else {
            format!("{name}.{part}")
        };
        out.push((key, value));
    }
    out
}

/// The API's JSON body answering a question with `answer`, on the paper last read that holds it; PUT it
/// to `…/answers/{question_number(question)}`.
pub fn answer_json(bank: &Bank, quiz: &str, question: &str, answer: &Answer) -> serde_json::Value {
    let q = shown_question(bank, quiz, question);
    let (_, pq) = remembered(question);
    Shown::new(q, &pq).json(answer)
}

/// The key's answer to every question of an attempt's paper.
pub fn right_answers(
    bank: &Bank,
    quiz: &str,
    paper: &ispit::assessment::paper::Paper,
    locale: Locale,
) -> BTreeMap<String, Answer> {
    remember(paper);
    let (course, _) = bank.quiz(&quiz.parse().expect("quiz id")).expect("quiz");
    paper
        .questions
        .iter()
        .filter_map(|pq| {
            let q = course.question(&pq.id).expect("question");
            Some((pq.id.to_string(), key_answer_in(q, locale)?))
        })
        .collect()
}

/// Copies a folder tree (content fixtures that a test then breaks on purpose).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

/// Whether an outside checking tool runs here (`cmd args` exits 0): poppler's `pdftotext`, `zbarimg`,
/// `openssl`, Python's `jsonschema`. `cargo test` on a machine without one skips the checks that need it,
/// saying so on standard error; `.ci/run` installs them all and sets `ISPIT_REQUIRE_TOOLS=1`, under which a
/// missing tool fails the test instead.
pub fn outside_tool(cmd: &str, args: &[&str]) -> bool {
    let ok = std::process::Command::new(cmd)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("ISPIT_REQUIRE_TOOLS").is_none(),
            "`{cmd} {}` must work here (ISPIT_REQUIRE_TOOLS is set)",
            args.join(" ")
        );
        eprintln!(
            "skipping the checks that need `{cmd} {}`: not installed here (.ci/run installs it)",
            args.join(" ")
        );
    }
    ok
}
