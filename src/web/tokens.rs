//! The administrators' page of tokens for scripts: issue one for an account (it acts with that account's
//! roles through the API), see the live ones, revoke. A token is shown once, in the reply to the form that
//! issued it (pages are never stored by the browser: `Cache-Control: no-store`); only its hash is kept.
//! Every route takes the `Admin` guard; it never shows a token or its hash afterwards.

use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, CheckedForm, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::auth::{random_token, token_hash, Email};
use crate::db::tokens::{self, NewScriptToken, ScriptToken};
use crate::db::users::{self, User};
use crate::i18n::format::format_datetime;
use crate::people::clean_name;

/// A token's lifetime when the field is left empty, and the longest allowed, in days.
pub const DEFAULT_DAYS: i64 = 90;
pub const MAX_DAYS: i64 = 365;
/// The longest label, in characters.
pub const MAX_LABEL: usize = 100;

pub fn routes() -> Vec<Route> {
    routes![tokens_page, issue_token, revoke_token]
}

/// The lifetime field: empty for the default, else 1 to [`MAX_DAYS`] whole days.
fn parse_days(typed: &str) -> Option<i64> {
    match typed.trim() {
        "" => Some(DEFAULT_DAYS),
        t => t.parse::<i64>().ok().filter(|d| (1..=MAX_DAYS).contains(d)),
    }
}

/// The label: spaces collapsed, 1 to [`MAX_LABEL`] characters.
fn parse_label(typed: &str) -> Option<String> {
    clean_name(typed).filter(|l| l.chars().count() <= MAX_LABEL)
}

/// A form key as this page makes them (64 hex digits): anything else is not one of ours.
fn is_form_key(k: &str) -> bool {
    k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The issue form as typed, and its problems (field, Fluent id).
#[derive(Debug, Default, serde::Serialize)]
struct IssueForm {
    label: String,
    email: String,
    days: String,
    #[serde(skip)]
    errors: Vec<(&'static str, &'static str)>,
}

/// What the page shows above the list after the form was sent.
enum Outcome {
    None,
    /// The new token, shown this once.
    Issued {
        token: String,
        label: String,
        account: String,
        expires_at: i64,
    },
    /// The form had issued its token already (a double click or a re-sent form): nothing new was made.
    AlreadyIssued(Option<ScriptToken>),
}

async fn page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    form: &IssueForm,
    outcome: Outcome,
    revoked: bool,
) -> Result<Page, AppError> {
    let when = |s: i64| {
        jiff::Timestamp::from_second(s)
            .map(|t| format_datetime(t, &app.zone, lang.0))
            .unwrap_or_default()
    };
    let live: Vec<Value> = tokens::live_script_tokens(&app.db, app.clock.now().as_second())
        .await?
        .iter()
        .map(|t| {
            json!({
                "key": t.key,
                "label": t.label,
                "account": t.account_email,
                "account_name": t.account_name,
                "issuer": t.issuer_email,
                "created": when(t.created_at),
                "expires": when(t.expires_at),
            })
        })
        .collect();
    let errors: serde_json::Map<String, Value> = form
        .errors
        .iter()
        .map(|(field, id)| (field.to_string(), json!(id)))
        .collect();
    let (issued, already, status) = match outcome {
        Outcome::None if form.errors.is_empty() => (None, None, Status::Ok),
        Outcome::None => (None, None, Status::UnprocessableEntity),
        Outcome::Issued {
            token,
            label,
            account,
            expires_at,
        } => (
            Some(json!({
                "token": token,
                "label": label,
                "account": account,
                "expires": when(expires_at),
            })),
            None,
            Status::Ok,
        ),
        Outcome::AlreadyIssued(t) => (
            None,
            Some(json!({
                "label": t.as_ref().map(|t| t.label.clone()),
                "account": t.as_ref().map(|t| t.account_email.clone()),
            })),
            Status::Conflict,
        ),
    };
    let ctx = base_context(req, lang.0, Some(admin))
        .with("tokens", live)
        .with("issued", issued)
        // The header a script sends: protocol, not prose, so it is not in Fluent.
        .with("auth_header", "Authorization: Bearer …")
        .with("already", already)
        .with("revoked", revoked)
        .with("form", form)
        .with("errors", errors)
        .with("has_errors", !form.errors.is_empty())
        .with("default_days", DEFAULT_DAYS)
        .with("max_days", MAX_DAYS)
        .with("max_label", MAX_LABEL)
        // A fresh key for every form shown: each one issues at most one token.
        .with("key", random_token());
    Ok(Page::new("pages/admin-tokens", ctx).status(status))
}

#[get("/admin/tokens?<revoked>")]
async fn tokens_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    revoked: Option<bool>,
) -> Result<Page, AppError> {
    let form = IssueForm::default();
    page(
        &req,
        app,
        lang,
        &admin.0,
        &form,
        Outcome::None,
        revoked.unwrap_or(false),
    )
    .await
}

/// Issues a token and shows it once (the reply is the page itself, not a redirect: the token must not sit
/// in a URL or a stored page). The form's key makes a double-click issue one token, the database deciding.
#[post("/admin/tokens", data = "<form>")]
async fn issue_token(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    form: CheckedForm,
) -> Result<Page, AppError> {
    let mut typed = IssueForm {
        label: form.get("label").unwrap_or_default().to_string(),
        email: form.get("email").unwrap_or_default().trim().to_string(),
        days: form.get("days").unwrap_or_default().to_string(),
        errors: Vec::new(),
    };
    let key = form
        .get("key")
        .filter(|k| is_form_key(k))
        .ok_or(AppError::Invalid("error-unprocessable"))?
        .to_string();
    let label = parse_label(&typed.label);
    if label.is_none() {
        typed.errors.push(("label", "tokens-error-label"));
    }
    let account = match Email::parse(&typed.email) {
        Ok(email) => users::find_user_by_email(&app.db, email.as_str()).await?,
        Err(_) => None,
    };
    match &account {
        None => typed.errors.push(("email", "admin-error-no-such-account")),
        Some(u) if u.disabled => typed.errors.push(("email", "tokens-error-disabled")),
        Some(_) => {}
    }
    let days = parse_days(&typed.days);
    if days.is_none() {
        typed.errors.push(("days", "tokens-error-days"));
    }
    let (Some(label), Some(account), Some(days)) = (label, account, days) else {
        return page(&req, app, lang, &admin.0, &typed, Outcome::None, false).await;
    };
    if !typed.errors.is_empty() {
        return page(&req, app, lang, &admin.0, &typed, Outcome::None, false).await;
    }
    let token = random_token();
    let now = app.clock.now().as_second();
    let expires_at = now + days * 86_400;
    let new = NewScriptToken {
        token_hash: &token_hash(&token),
        user: account.id,
        label: &label,
        issued_by: admin.0.id,
        form_key: &key,
        expires_at,
    };
    let outcome = if tokens::insert_script_token(&app.db, &new, now).await? {
        tracing::info!(label = %label, account = %account.email, by = %admin.0.email, "script token issued");
        Outcome::Issued {
            token,
            label,
            account: account.email,
            expires_at,
        }
    } else {
        Outcome::AlreadyIssued(tokens::find_script_token(&app.db, &key).await?)
    };
    page(
        &req,
        app,
        lang,
        &admin.0,
        &IssueForm::default(),
        outcome,
        false,
    )
    .await
}

/// Revokes a token at once: the next request with it is refused (401). Revoking twice is revoking once.
#[post("/admin/tokens/<key>/revoke", data = "<_form>")]
async fn revoke_token(
    app: &State<App>,
    admin: Admin,
    key: &str,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    if !is_form_key(key) {
        return Err(AppError::NotFound);
    }
    if tokens::revoke_script_token(&app.db, key).await? {
        tracing::info!(by = %admin.0.email, "script token revoked");
    }
    Ok(Redirect::to("/admin/tokens?revoked=true"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lifetime_is_the_default_when_empty_and_else_one_to_the_maximum() {
        assert_eq!(parse_days(""), Some(90));
        assert_eq!(parse_days("  "), Some(90));
        assert_eq!(parse_days("1"), Some(1));
        assert_eq!(parse_days("365"), Some(365));
        assert_eq!(parse_days("366"), None);
        assert_eq!(parse_days("0"), None);
        assert_eq!(parse_days("-3"), None);
        assert_eq!(parse_days("30.5"), None);
        assert_eq!(parse_days("thirty"), None);
    }

    #[test]
    fn a_label_is_one_to_a_hundred_characters_spaces_collapsed() {
        assert_eq!(
            parse_label("  Nightly   export "),
            Some("Nightly export".to_string())
        );
        assert_eq!(parse_label("   "), None);
        assert!(
            parse_label(&"ž".repeat(100)).is_some(),
            "characters, not bytes"
        );
        assert_eq!(parse_label(&"x".repeat(101)), None);
    }

    #[test]
    fn only_keys_made_by_the_page_name_a_token() {
        assert!(is_form_key(&"a1".repeat(32)));
        assert!(!is_form_key(&"a1".repeat(31)));
        assert!(!is_form_key(&"zz".repeat(32)));
        assert!(!is_form_key("../../etc"));
    }
}
