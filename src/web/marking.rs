//! Essay marking from the attempt's review (`/teach/attempts/<id>`): an instructor who may see the attempt
//! gives each answered essay its points (from 0 to the question's points; a decimal comma is fine) and an
//! optional comment for the learner. A second mark replaces the first. The score, the pass and the number
//! of essays still awaited change with each mark; the last one sends the result email and, when the
//! quiz certifies and the learner passed, the certificate.

use rocket::response::Redirect;
use rocket::{post, routes, Either, Route, State};

use super::error::AppError;
use super::guards::{CheckedForm, Instructor, Lang};
use super::pages::{Page, PageMeta};
use super::policy::{scope_of, visible_attempt};
use super::results::{attempt_review_page, TypedMark};
use super::state::App;
use crate::bank::Points;
use crate::db::attempts::Marked;
use crate::i18n::format::parse_decimal;
use crate::ids::AttemptId;
use crate::service::attempts::{mark_essay, MarkRefusal};

pub fn routes() -> Vec<Route> {
    routes![mark]
}

/// Longest comment kept; a longer one is refused rather than cut.
pub const MAX_COMMENT_CHARS: usize = 5_000;

/// `number` is the essay's number on the paper.
#[post("/teach/attempts/<id>/marks/<number>", data = "<form>")]
async fn mark(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AttemptId,
    number: usize,
    form: CheckedForm,
) -> Result<Either<Redirect, Page>, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let (a, learner) = visible_attempt(app, &scope, id).await?;
    let pq = number
        .checked_sub(1)
        .and_then(|i| a.paper.questions.get(i))
        .ok_or(AppError::NotFound)?;
    let error = match refusal(app, lang, &staff, &a, &pq.id, &form).await? {
        Ok(completed) => {
            if completed {
                app.mail_wake.notify_one();
                app.certify_attempt(a.id).await;
            }
            return Ok(Either::Left(Redirect::to(format!(
                "/teach/attempts/{}#q{number}",
                a.id
            ))));
        }
        Err(error) => error,
    };
    let typed = TypedMark {
        number,
        points: form.get("points").unwrap_or_default().trim().to_string(),
        comment: form.get("comment").unwrap_or_default().to_string(),
        error,
    };
    attempt_review_page(&req, app, lang, &staff.0, &a, &learner, Some(typed))
        .await
        .map(Either::Right)
}

/// Parses and stores the mark: `Ok(completed)` when stored (the last mark the attempt awaited), else the
/// Fluent id of the reason it was refused.
async fn refusal(
    app: &App,
    lang: Lang,
    staff: &Instructor,
    a: &crate::db::attempts::AttemptRow,
    question: &crate::ids::QuestionId,
    form: &CheckedForm,
) -> Result<Result<bool, &'static str>, AppError> {
    let comment = form.get("comment").unwrap_or_default();
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Ok(Err("marking-error-comment-long"));
    }
    // Points to the thousandth, as every score is kept.
    let Some(points) = parse_decimal(form.get("points").unwrap_or_default(), lang.0)
        .filter(|p| p.is_finite() && (p * 1000.0 - (p * 1000.0).round()).abs() < 1e-6)
    else {
        return Ok(Err("marking-error-points"));
    };
    let outcome = mark_essay(
        &app.db,
        &app.bank(),
        a,
        question,
        Points::from_f64(points),
        comment,
        staff.0.id,
        app.clock.now(),
    )
    .await?;
    match outcome {
        Ok(Marked::Stored { completed }) => Ok(Ok(completed)),
        Ok(Marked::NotClosed) | Err(MarkRefusal::Open) => Ok(Err("marking-error-open")),
        Err(MarkRefusal::OutOfRange) => Ok(Err("marking-error-points")),
        Err(MarkRefusal::NotMarkable) => Err(AppError::NotFound),
    }
}
