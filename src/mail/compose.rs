//! How an email reads: subject, plain text and HTML, in the recipient's language and script, from the
//! handlebars templates in `templates/email/` and the Fluent messages in `locales/*/email.ftl`. The plain
//! text goes through a registry that does not escape HTML (a reader would see `&amp;`); the HTML through
//! one that does. Both are strict: a misspelt variable fails the tests instead of mailing a blank.

use std::path::Path;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use handlebars::Handlebars;
use jiff::{tz::TimeZone, Timestamp};
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use serde_json::{json, Value};

use super::{Payload, TaskRef};
use crate::bank::Bank;
use crate::i18n::format::{format_datetime, format_decimal};
use crate::i18n::{Locale, Texts};
use crate::placement::cefr::Level;
use crate::web::render::{templates_in, translate_helper, TemplateError};

/// An email ready to be wrapped in MIME.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A file attached to an email (a certificate's PDF).
#[derive(Debug, Clone)]
pub struct File {
    pub name: String,
    pub content_type: ContentType,
    pub bytes: Vec<u8>,
}

/// What composing needs from the running server.
pub struct Context<'a> {
    pub bank: &'a Bank,
    pub ui: &'a Texts,
    pub zone: &'a TimeZone,
    /// The server's address as learners reach it, without a trailing slash.
    pub public_url: &'a str,
    /// Prints the PDFs that certificate emails carry.
    pub certifier: Option<&'a crate::service::certificates::Certifier>,
}

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("email template: {0}")]
    Render(#[from] handlebars::RenderError),
    #[error("the link's token was removed after an earlier try; a new link must be asked for")]
    SecretRemoved,
}

pub struct Composer {
    html: Handlebars<'static>,
    text: Handlebars<'static>,
}

impl Composer {
    /// Reads `templates/email/*.hbs`: `<kind>-html` and `<kind>-text` for each kind, and the frames.
    pub fn load(templates: &Path, ui: Arc<Texts>) -> Result<Composer, TemplateError> {
        let dir = templates.join("email");
        let mut html = Handlebars::new();
        let mut text = Handlebars::new();
        html.set_strict_mode(true);
        text.set_strict_mode(true);
        text.register_escape_fn(handlebars::no_escape);
        html.register_helper("t", translate_helper(ui.clone(), true));
        text.register_helper("t", translate_helper(ui, false));
        for (name, path) in templates_in(&dir)? {
            let source = std::fs::read_to_string(&path)
                .map_err(|e| TemplateError::Io(path.display().to_string(), e))?;
            let name = format!("email/{name}");
            let registry = if name.ends_with("-text") {
                &mut text
            } else {
                &mut html
            };
            registry
                .register_template_string(&name, source)
                .map_err(|e| TemplateError::Syntax(name.clone(), Box::new(e)))?;
        }
        Ok(Composer { html, text })
    }

    /// The email for `payload` to a person called `name`, in `locale`.
    pub fn compose(
        &self,
        ctx: &Context<'_>,
        payload: &Payload,
        name: &str,
        locale: Locale,
    ) -> Result<Composed, ComposeError> {
        if payload.secret_removed() {
            return Err(ComposeError::SecretRemoved);
        }
        let (template, subject, data) = content(ctx, payload, locale);
        let mut data = data;
        if let Value::Object(map) = &mut data {
            map.insert("lang".into(), json!(locale.tag()));
            map.insert("name".into(), json!(name));
            map.insert("subject".into(), json!(subject));
        }
        Ok(Composed {
            text: self.text.render(&format!("email/{template}-text"), &data)?,
            html: self.html.render(&format!("email/{template}-html"), &data)?,
            subject,
        })
    }
}

/// The template, the subject and the template's data for each kind of email.
fn content(ctx: &Context<'_>, payload: &Payload, locale: Locale) -> (&'static str, String, Value) {
    let t = |id: &str, args: &[(&str, FluentValue<'static>)]| {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        ctx.ui.format(locale, id, None, Some(&fa))
    };
    let when = |s: i64| {
        Timestamp::from_second(s)
            .ok()
            .map(|at| format_datetime(at, ctx.zone, locale))
    };
    let home = format!("{}/", ctx.public_url);
    match payload {
        Payload::Invitation {
            task,
            opens_at,
            due_at,
            ..
        } => {
            let title = task_title(ctx, task, locale);
            let subject = t(
                "email-invitation-subject",
                &[("title", title.clone().into())],
            );
            (
                "invitation",
                subject,
                json!({
                    "title": title,
                    "opens": opens_at.and_then(when),
                    "due": due_at.and_then(when),
                    "link": home,
                }),
            )
        }
        Payload::Reminder { task, due_at, .. } => {
            let title = task_title(ctx, task, locale);
            let due = when(*due_at).unwrap_or_default();
            let subject = t(
                "email-reminder-subject",
                &[
                    ("title", title.clone().into()),
                    ("when", due.clone().into()),
                ],
            );
            (
                "reminder",
                subject,
                json!({ "title": title, "due": due, "link": home }),
            )
        }
        Payload::QuizResult {
            attempt,
            quiz,
            expired,
            score_milli,
            max_milli,
            passed,
            show_score,
        } => {
            let title = task_title(ctx, &TaskRef::Quiz { quiz: quiz.clone() }, locale);
            let subject = t("email-result-subject", &[("title", title.clone().into())]);
            let score = *score_milli as f64 / 1000.0;
            let max = *max_milli as f64 / 1000.0;
            let percent = if *max_milli > 0 {
                score / max * 100.0
            } else {
                0.0
            };
            (
                "quiz-result",
                subject,
                json!({
                    "title": title,
                    "expired": expired,
                    "show_score": show_score,
                    "passed": passed,
                    "score": format_decimal(score, 2, locale),
                    "max": format_decimal(max, 2, locale),
                    "percent": format_decimal(percent, 1, locale),
                    "link": format!("{}/attempts/{attempt}/result", ctx.public_url),
                }),
            )
        }
        Payload::Certificate {
            code,
            course,
            level,
            ..
        } => {
            let title = match (course, level) {
                (Some(course), _) => course.clone(),
                (None, Some(level)) => t(
                    "email-certificate-placement-title",
                    &[("level", level.label().into())],
                ),
                (None, None) => String::new(),
            };
            let link = format!("{}/verify/{code}", ctx.public_url);
            (
                "certificate",
                t(
                    "email-certificate-subject",
                    &[("title", title.clone().into())],
                ),
                json!({ "title": title, "code": code, "link": link }),
            )
        }
        Payload::PlacementResult {
            attempt,
            level,
            report,
            finished_at,
        } => {
            let overall = *level;
            let skills = crate::placement::report::skill_lines(overall, report.as_deref());
            (
                "placement-result",
                t("email-placement-subject", &[]),
                json!({
                    "level": overall.map(Level::label),
                    "date": when(*finished_at),
                    "skills": skills,
                    "link": format!("{}/placement/{attempt}/result", ctx.public_url),
                }),
            )
        }
        Payload::PasswordReset { token, expires_at } => (
            "password-reset",
            t("email-reset-subject", &[]),
            json!({
                "expires": when(*expires_at),
                "link": format!("{}/password/reset/{token}", ctx.public_url),
            }),
        ),
        Payload::SignInLink { token, expires_at } => (
            "sign-in-link",
            t("email-sign-in-subject", &[]),
            json!({
                "expires": when(*expires_at),
                "link": format!("{}/sign-in/{token}", ctx.public_url),
            }),
        ),
    }
}

/// The name of what was assigned, as the learner's pages show it.
pub fn task_title(ctx: &Context<'_>, task: &TaskRef, locale: Locale) -> String {
    match task {
        TaskRef::Placement => ctx.ui.format(locale, "placement-title", None, None),
        TaskRef::Quiz { quiz } => match quiz.parse().ok().and_then(|q| ctx.bank.quiz(&q)) {
            Some((course, quiz)) => {
                let title = course
                    .texts
                    .format(locale, &format!("quiz-{}", quiz.id), None, None);
                format!("{} — {}", course.title(locale), title)
            }
            // A quiz taken out of the bank after the email was queued: its id still names it.
            None => quiz.clone(),
        },
    }
}

/// The MIME message: multipart/alternative (plain text first, then HTML), inside multipart/mixed when
/// files are attached.
pub fn message(
    composed: &Composed,
    from: &Mailbox,
    to: &Mailbox,
    message_id: &str,
    files: &[File],
) -> Result<Message, lettre::error::Error> {
    let alternative =
        MultiPart::alternative_plain_html(composed.text.clone(), composed.html.clone());
    let builder = Message::builder()
        .from(from.clone())
        .to(to.clone())
        .subject(composed.subject.clone())
        .message_id(Some(message_id.to_string()));
    if files.is_empty() {
        return builder.multipart(alternative);
    }
    let mut mixed = MultiPart::mixed().multipart(alternative);
    for f in files {
        let part: SinglePart =
            Attachment::new(f.name.clone()).body(f.bytes.clone(), f.content_type.clone());
        mixed = mixed.singlepart(part);
    }
    builder.multipart(mixed)
}
