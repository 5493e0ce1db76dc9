//! The test application: the real Rocket app on a fresh database (SQLite file by default, a new PostgreSQL
//! database when `ISPIT_TEST_POSTGRES_URL` names a server), a manual clock, and one method per user action.

use std::collections::BTreeMap;

use ispit::assessment::answer::{key_answer_in, Answer};
use ispit::auth::{hash_password, Role};
use ispit::bank::{Bank, QuestionKind};
use ispit::db::users::{insert_user, NewUser};
use ispit::i18n::{Locale, Texts};
use ispit::ids::{AttemptId, UserId};
use ispit::web::state::{App, Clock};
use rocket::figment::Figment;
use rocket::http::{ContentType, Header, Status};
use rocket::local::asynchronous::Client;

pub const PASSWORD: &str = "a-good-password";

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
            .merge(("db_max_connections", 4));
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

    pub fn app(&self) -> &App {
        self.client.rocket().state::<App>().expect("app state")
    }

    pub fn bank(&self) -> &Bank {
        &self.app().bank
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
            role: Role::Learner,
            locale,
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
        ispit::db::attempts::find_attempt(&self.app().db, id)
            .await
            .expect("query")
            .expect("attempt exists")
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
    /// A bearer token for the API, for a user added with [`TestApp::add_user`].
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

/// Form fields answering a question with `answer` (the inverse of the question page's form).
pub fn answer_fields(
    bank: &Bank,
    quiz: &str,
    question: &str,
    answer: &Answer,
) -> Vec<(String, String)> {
    let (course, _) = bank.quiz(&quiz.parse().expect("quiz id")).expect("quiz");
    let q = course
        .question(&question.parse().expect("question id"))
        .expect("question");
    let name = format!("a.{question}");
    let mut out = vec![("shown".to_string(), question.to_string())];
    match (answer, &q.kind) {
        (Answer::Single(c), _) => out.push((name, c.to_string())),
        (Answer::Multiple(set), _) => out.extend(set.iter().map(|c| (name.clone(), c.to_string()))),
        (Answer::TrueFalse(b), _) => out.push((name, b.to_string())),
        (Answer::Short(t), _) => out.push((name, t.clone())),
        (Answer::Numerical { text, .. }, _) => out.push((name, text.clone())),
        (Answer::Matching(m), _) | (Answer::GapFill(m), _) => out.extend(
            m.iter()
                .map(|(k, v)| (format!("{name}.{k}"), v.to_string())),
        ),
        (Answer::Ordering(order), QuestionKind::Ordering { .. }) => out.extend(
            order
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("{name}.{item}"), (i + 1).to_string())),
        ),
        (Answer::Ordering(_), _) => {}
    }
    out
}

/// The key's answer to every question of an attempt's paper.
pub fn right_answers(
    bank: &Bank,
    quiz: &str,
    paper: &ispit::assessment::paper::Paper,
    locale: Locale,
) -> BTreeMap<String, Answer> {
    let (course, _) = bank.quiz(&quiz.parse().expect("quiz id")).expect("quiz");
    paper
        .questions
        .iter()
        .map(|pq| {
            let q = course.question(&pq.id).expect("question");
            (pq.id.to_string(), key_answer_in(q, locale))
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
