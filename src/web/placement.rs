//! The English placement test pages: intro, one item per page, and the result (overall and per-skill CEFR
//! level with a can-do description). Learners see levels; θ and SE are stored for instructors and audit.

use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{CheckedForm, Lang, Learner};
use super::pages::{base_context, Page, PageMeta};
use super::state::App;
use crate::assessment::attempt::minutes_left;
use crate::placement::attempt::{item_token, PlacementState};
use crate::placement::bank::PlacementBank;
use crate::placement::cefr::Level;
use crate::service::placement::{self as service, Next};

pub fn routes() -> Vec<Route> {
    routes![intro, start, item_page, answer, result]
}

fn bank(app: &App) -> Result<&PlacementBank, AppError> {
    app.placement.as_deref().ok_or(AppError::NotFound)
}

#[get("/placement")]
async fn intro(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
) -> Result<Page, AppError> {
    let bank = bank(app)?;
    let attempts = crate::db::placement::find_user_placements(&app.db, user.0.id).await?;
    let open = attempts.iter().any(|a| a.state.is_open());
    let done: Vec<Value> = attempts
        .iter()
        .filter(|a| !a.state.is_open())
        .map(|a| json!({"id": a.id, "level": a.level.map(Level::label)}))
        .collect();
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with("open", open)
        .with("results", done)
        .with("minutes", bank.time_limit_seconds.map(|s| s / 60))
        .with("max_items", bank.config.max_items);
    Ok(Page::new("pages/placement-intro", ctx))
}

#[post("/placement/start", data = "<_form>")]
async fn start(
    app: &State<App>,
    lang: Lang,
    user: Learner,
    _form: CheckedForm,
) -> Result<Redirect, AppError> {
    let id = service::start(
        &app.db,
        bank(app)?,
        user.0.id,
        lang.0,
        app.clock.now(),
        rand::random(),
        None,
    )
    .await?;
    Ok(Redirect::to(format!("/placement/{id}")))
}

#[get("/placement/<id>")]
async fn item_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    id: i64,
) -> Result<Either<Page, Redirect>, AppError> {
    let bank = bank(app)?;
    let now = app.clock.now();
    let a = service::load(&app.db, bank, user.0.id, id, now).await?;
    let (index, step_no) = match service::next(&app.db, bank, &a, now).await? {
        Next::Finished => {
            app.mail_wake.notify_one();
            app.certify_placement(id).await;
            return Ok(Either::Right(Redirect::to(format!(
                "/placement/{id}/result"
            ))));
        }
        Next::Item { index, step_no } => (index, step_no),
    };
    let item = &bank.pool.items[index];
    let text = &bank.texts[index];
    let passage = text
        .passage
        .as_ref()
        .and_then(|p| bank.passages.get(p))
        .map(|p| {
            json!({
                "title": p.title,
                "paragraphs": p.paragraphs(),
            })
        });
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with("attempt", id)
        .with("step", step_no)
        .with("max_items", bank.config.max_items)
        .with("item", item_token(a.seed, &item.id))
        .with(
            "instruction",
            format!("placement-instruction-{}", item.skill),
        )
        .with("passage", passage)
        .with("stem", &text.stem)
        .with(
            "options",
            // Shown in this attempt's own order, numbered by shown position.
            service::shown_order(&a, index, bank)
                .into_iter()
                .enumerate()
                .filter_map(|(shown, i)| {
                    Some(json!({"number": shown + 1, "label": text.options.get(i)?}))
                })
                .collect::<Vec<_>>(),
        )
        .with(
            "minutes_left",
            minutes_left(
                a.deadline
                    .and_then(|d| jiff::Timestamp::from_second(d).ok()),
                now,
            ),
        );
    Ok(Either::Left(Page::new("pages/placement-item", ctx)))
}

#[post("/placement/<id>", data = "<form>")]
async fn answer(
    app: &State<App>,
    user: Learner,
    id: i64,
    form: CheckedForm,
) -> Result<Redirect, AppError> {
    let bank = bank(app)?;
    let now = app.clock.now();
    let a = service::load(&app.db, bank, user.0.id, id, now).await?;
    let step: i64 = form
        .get("step")
        .and_then(|s| s.parse().ok())
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    let item = form
        .get("item")
        .ok_or(AppError::Invalid("error-unprocessable"))?;
    // No choice made (the radio is `required`; this is for clients that skip that): the same item again.
    if let Some(choice) = form.get("choice").and_then(|c| c.parse::<usize>().ok()) {
        service::answer(&app.db, bank, &a, step, item, choice, now).await?;
    }
    Ok(Redirect::to(format!("/placement/{id}")))
}

#[get("/placement/<id>/result")]
async fn result(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    user: Learner,
    id: i64,
) -> Result<Either<Page, Redirect>, AppError> {
    let bank = bank(app)?;
    let a = service::load(&app.db, bank, user.0.id, id, app.clock.now()).await?;
    if a.state.is_open() {
        return Ok(Either::Right(Redirect::to(format!("/placement/{id}"))));
    }
    let report: Vec<Value> = crate::placement::report::skill_lines(a.level, a.report.as_deref())
        .into_iter()
        .map(|line| json!(line))
        .collect();
    let certificate =
        super::badges::certificate_of(app, &format!("placement:{id}"), user.0.id, lang.0).await?;
    let ctx = base_context(&req, lang.0, Some(&user.0))
        .with("certificate", certificate)
        .with("level", a.level.map(Level::label))
        .with(
            "cando",
            a.level
                .map(|l| format!("placement-cando-{}", l.as_str().to_lowercase())),
        )
        .with("expired", a.state == PlacementState::Expired)
        .with(
            "skill_without_evidence",
            report
                .iter()
                .any(|s| s["level"].is_null() && s["range"].is_null()),
        )
        .with(
            "skill_with_range",
            report.iter().any(|s| !s["range"].is_null()),
        )
        .with("skills", report);
    Ok(Either::Left(Page::new("pages/placement-result", ctx)))
}
