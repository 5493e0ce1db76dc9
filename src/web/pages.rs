//! Building and rendering HTML pages: the context every page shares (locale, language picker, CSRF token,
//! signed-in user) and a responder that renders a template with it.

use std::io::Cursor;

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use serde::Serialize;
use serde_json::{Map, Value};

use super::guards::csrf_token;
use super::state::App;
use crate::db::users::User;
use crate::i18n::Locale;

/// A page's template data, built up field by field.
#[derive(Debug, Clone, Default)]
pub struct Ctx(Map<String, Value>);

impl Ctx {
    pub fn with(mut self, key: &str, value: impl Serialize) -> Ctx {
        self.0.insert(
            key.to_string(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self
    }

    pub fn into_value(self) -> Value {
        Value::Object(self.0)
    }
}

/// What a page needs to know of its request: where it is (for the language picker) and the CSRF token.
#[derive(Debug, Clone)]
pub struct PageMeta {
    path: String,
    query: Vec<(String, String)>,
    csrf: String,
}

impl PageMeta {
    pub fn of(req: &Request<'_>) -> PageMeta {
        // Keep the other query parameters (e.g. `page`) when switching language.
        let query = req
            .uri()
            .query()
            .map(|q| {
                q.segments()
                    .filter(|(k, _)| *k != "lang")
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        PageMeta {
            path: req.uri().path().to_string(),
            query,
            csrf: csrf_token(req),
        }
    }
}

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for PageMeta {
    type Error = std::convert::Infallible;
    async fn from_request(req: &'r Request<'_>) -> rocket::request::Outcome<Self, Self::Error> {
        rocket::request::Outcome::Success(PageMeta::of(req))
    }
}

/// What every page needs: `lang` (read by the `t` helper), the picker, the CSRF token and the user.
pub fn base_context(meta: &PageMeta, locale: Locale, user: Option<&User>) -> Ctx {
    let (path, other) = (&meta.path, &meta.query);
    let languages: Vec<Value> = Locale::ALL
        .iter()
        .map(|l| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            for (k, v) in other {
                query.append_pair(k, v);
            }
            query.append_pair("lang", l.tag());
            serde_json::json!({
                "tag": l.tag(),
                "name": l.native_name(),
                "href": format!("{path}?{}", query.finish()),
                "current": *l == locale,
            })
        })
        .collect();
    Ctx::default()
        .with("lang", locale.tag())
        .with("languages", languages)
        .with("csrf", &meta.csrf)
        .with(
            "user",
            user.map(|u| {
                use crate::auth::Role;
                serde_json::json!({
                    "name": u.display_name,
                    "email": u.email,
                    "is_admin": u.roles.has(Role::Admin),
                    "is_instructor": u.roles.has(Role::Instructor) || u.roles.has(Role::Admin),
                })
            }),
        )
}

/// A rendered page with its status.
pub struct Page {
    pub template: &'static str,
    pub ctx: Ctx,
    pub status: Status,
}

impl Page {
    pub fn new(template: &'static str, ctx: Ctx) -> Page {
        Page {
            template,
            ctx,
            status: Status::Ok,
        }
    }

    pub fn status(mut self, status: Status) -> Page {
        self.status = status;
        self
    }
}

impl<'r> Responder<'r, 'static> for Page {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let app = req
            .rocket()
            .state::<App>()
            .ok_or(Status::InternalServerError)?;
        match app.renderer.render(self.template, &self.ctx.into_value()) {
            Ok(html) => {
                let mut response = Response::build();
                response
                    .status(self.status)
                    .header(ContentType::HTML)
                    .raw_header("Cache-Control", "no-store")
                    .sized_body(html.len(), Cursor::new(html));
                if self.status == Status::ServiceUnavailable {
                    response
                        .raw_header("Retry-After", super::error::RETRY_AFTER_SECONDS.to_string());
                }
                response.ok()
            }
            Err(e) => {
                tracing::error!(template = self.template, error = %e, "page failed to render");
                Err(Status::InternalServerError)
            }
        }
    }
}
