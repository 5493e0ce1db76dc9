//! The English placement test through the pages: adaptive items one per page, every step stored with θ
//! and SE, a CEFR level at the end, overall and per skill.

use rocket::http::Status;

use fluent_bundle::FluentArgs;
use ispit::i18n::Locale;
use ispit::placement::attempt::PlacementState;
use ispit::placement::cat::SkillReport;
use ispit::placement::cefr::Level;

use crate::helpers::TestApp;

/// Answers the placement test as a learner of ability `theta` would on average: right when the item is
/// easier than `theta`. Returns the attempt id and the number of items answered.
pub async fn take(app: &TestApp, theta: f64) -> (i64, usize) {
    let r = app.submit_form("/placement/start", &[]).await;
    assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    let location = r.location.expect("redirect");
    let id: i64 = location
        .trim_start_matches("/placement/")
        .parse()
        .expect("id");
    let bank = app.app().placement.clone().expect("placement bank");
    for answered in 0..100 {
        let page = app.get(&format!("/placement/{id}")).await;
        if page.status == Status::SeeOther {
            assert_eq!(
                page.location.as_deref(),
                Some(format!("/placement/{id}/result").as_str())
            );
            return (id, answered);
        }
        assert_eq!(page.status, Status::Ok);
        let item = field(&page.body, "item");
        let step = field(&page.body, "step");
        // The page names no item: the test finds it as the server does, from the stored steps.
        let a = ispit::db::placement::find_placement(&app.app().db, id)
            .await
            .expect("q")
            .expect("attempt");
        let steps = ispit::db::placement::find_steps(&app.app().db, id)
            .await
            .expect("steps");
        let index = ispit::service::placement::session(&bank, &a, &steps)
            .next_item()
            .expect("an item is shown");
        let text = &bank.texts[index];
        let right = bank.pool.items[index].params.b < theta;
        let stored = if right {
            text.correct
        } else {
            (text.correct + 1) % text.options.len()
        };
        let choice = shown_number(&page.body, &text.options[stored]);
        let r = app
            .submit_form(
                &format!("/placement/{id}"),
                &[
                    ("step", step.as_str()),
                    ("item", item.as_str()),
                    ("choice", &choice.to_string()),
                ],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
    }
    panic!("the placement test did not end");
}

/// The number the page gives the option labelled `label`.
pub fn shown_number(html: &str, label: &str) -> usize {
    let label = handlebars::html_escape(label);
    html.split("<label class=\"option\"")
        .skip(1)
        .find(|l| l.contains(&format!("<span>{label}</span>")))
        .map(|l| field(l, "choice"))
        .expect("option shown")
        .parse()
        .expect("number")
}

pub fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).expect("field") + marker.len();
    html[start..start + html[start..].find('"').expect("quote")].to_string()
}

#[rocket::async_test]
async fn a_learner_is_placed_and_every_step_is_stored() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", Some(ispit::i18n::Locale::Mk))
        .await;
    app.login("ana@example.org").await;
    let (id, answered) = take(&app, 0.9).await;
    let bank = app.app().placement.clone().expect("bank");
    assert!(answered >= bank.config.min_items && answered <= bank.config.max_items);
    let steps = ispit::db::placement::find_steps(&app.app().db, id)
        .await
        .expect("steps");
    assert_eq!(steps.len(), answered, "every response is stored");
    assert!(steps.iter().all(|s| s.se > 0.0 && s.theta.is_finite()));
    let a = ispit::db::placement::find_placement(&app.app().db, id)
        .await
        .expect("q")
        .expect("attempt");
    assert_eq!(a.state, PlacementState::Finished);
    let level = a.level.expect("level").as_str();
    assert!(
        ["B1", "B2"].contains(&level),
        "θ 0.9 places near B2, got {level}"
    );
    let result = app.get(&format!("/placement/{id}/result")).await;
    assert_eq!(result.status, Status::Ok);
    let heading = app.ui().format(
        ispit::i18n::Locale::Mk,
        "placement-result-title",
        None,
        None,
    );
    assert!(result.body.contains(&handlebars::html_escape(&heading)));
    assert!(result.body.contains(&format!("data-level=\"{level}\"")));
    // Each skill shows its own level, or the range of levels its answers leave open read against the
    // overall level (below it, above it, or in line with it), or, with no answers, "not enough evidence";
    // the note on ranges and the note on missing evidence each appear exactly when a line needs it.
    let stored: Vec<SkillReport> =
        serde_json::from_str(a.report.as_deref().expect("report")).expect("json");
    assert_eq!(stored.len(), 3, "grammar, reading, vocabulary: {stored:?}");
    let overall = a.level.expect("level");
    let say = |id: &str, args: Option<&FluentArgs>| {
        handlebars::html_escape(&app.ui().format(Locale::Mk, id, None, args))
    };
    for s in &stored {
        match (s.level, s.range) {
            (Some(l), _) => assert!(result.body.contains(&format!("<td>{}</td>", l.label()))),
            (None, Some(r)) => {
                let id = if r.high < overall {
                    "placement-skill-range-below"
                } else if r.low > overall {
                    "placement-skill-range-above"
                } else {
                    "placement-skill-range-fits"
                };
                let mut args = FluentArgs::new();
                args.set("low", r.low.label());
                args.set("high", r.high.label());
                assert!(
                    result.body.contains(&say(id, Some(&args))),
                    "{id} for {s:?}"
                );
            }
            (None, None) => assert_eq!(s.items, 0, "a skill with answers has a level or a range"),
        }
    }
    let ranged = stored
        .iter()
        .any(|s| s.level.is_none() && s.range.is_some());
    let empty = stored
        .iter()
        .any(|s| s.level.is_none() && s.range.is_none());
    assert_eq!(
        result
            .body
            .contains(&say("placement-skill-range-note", None)),
        ranged,
        "{stored:?}"
    );
    assert_eq!(
        result.body.contains(&say("placement-skill-note", None)),
        empty
    );
    assert_eq!(
        result
            .body
            .contains(&say("placement-not-enough-evidence", None)),
        empty
    );
}

#[rocket::async_test]
async fn strong_and_weak_learners_land_at_the_ends() {
    let app = TestApp::spawn().await;
    app.add_user("a@example.org", None).await;
    app.add_user("b@example.org", None).await;
    app.login("a@example.org").await;
    let (strong, _) = take(&app, 9.0).await;
    app.logout().await;
    app.login("b@example.org").await;
    let (weak, _) = take(&app, -9.0).await;
    let db = &app.app().db;
    let strong = ispit::db::placement::find_placement(db, strong)
        .await
        .expect("q")
        .expect("a");
    let weak = ispit::db::placement::find_placement(db, weak)
        .await
        .expect("q")
        .expect("a");
    assert_eq!(strong.level.map(Level::as_str), Some("C2"));
    assert!(["below-A1", "A1"].contains(&weak.level.map_or("", Level::as_str)));
}

#[rocket::async_test]
async fn answers_are_checked_and_counted_once() {
    let app = TestApp::spawn().await;
    app.add_user("a@example.org", None).await;
    app.add_user("b@example.org", None).await;
    app.login("a@example.org").await;
    let r = app.submit_form("/placement/start", &[]).await;
    let id: i64 = r
        .location
        .expect("redirect")
        .trim_start_matches("/placement/")
        .parse()
        .expect("id");
    // Starting again resumes the same test.
    let again = app.submit_form("/placement/start", &[]).await;
    assert_eq!(again.location, Some(format!("/placement/{id}")));
    let page = app.get(&format!("/placement/{id}")).await;
    let (item, step) = (field(&page.body, "item"), field(&page.body, "step"));
    let fields = [
        ("step", step.as_str()),
        ("item", item.as_str()),
        ("choice", "1"),
    ];
    // The answer, then the same post again (a double click): both lead on to the next item.
    for _ in 0..2 {
        let r = app.submit_form(&format!("/placement/{id}"), &fields).await;
        assert_eq!(r.status, Status::SeeOther, "{}", r.body);
        assert_eq!(r.location, Some(format!("/placement/{id}")));
    }
    let steps = ispit::db::placement::find_steps(&app.app().db, id)
        .await
        .expect("steps");
    assert_eq!(steps.len(), 1, "a double post is one answer");
    // An answer to an item that is not the one shown is refused.
    let r = app
        .submit_form(
            &format!("/placement/{id}"),
            &[("step", "2"), ("item", "not-this-one"), ("choice", "1")],
        )
        .await;
    assert_eq!(r.status, Status::NotFound);
    // Someone else's test is not found.
    app.logout().await;
    app.login("b@example.org").await;
    assert_eq!(
        app.get(&format!("/placement/{id}")).await.status,
        Status::NotFound
    );
}

/// Answers `n` items of an open placement test (the first option shown each time).
async fn answer_some(app: &TestApp, id: i64, n: usize) {
    for _ in 0..n {
        let page = app.get(&format!("/placement/{id}")).await;
        assert_eq!(page.status, Status::Ok);
        let (item, step) = (field(&page.body, "item"), field(&page.body, "step"));
        let r = app
            .submit_form(
                &format!("/placement/{id}"),
                &[
                    ("step", step.as_str()),
                    ("item", item.as_str()),
                    ("choice", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, Status::SeeOther);
    }
}

pub(crate) async fn start(app: &TestApp) -> i64 {
    let r = app.submit_form("/placement/start", &[]).await;
    r.location
        .expect("redirect")
        .trim_start_matches("/placement/")
        .parse()
        .expect("id")
}

#[rocket::async_test]
async fn a_test_cut_short_by_its_time_limit_reports_no_level_and_can_be_taken_again() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", Some(ispit::i18n::Locale::Hr))
        .await;
    app.login("ana@example.org").await;
    let id = start(&app).await;
    answer_some(&app, id, 3).await;
    let limit = app
        .app()
        .placement
        .as_ref()
        .and_then(|b| b.time_limit_seconds)
        .expect("the bundled test has a time limit");
    let shown = app.get(&format!("/placement/{id}")).await;
    let (item, step) = (field(&shown.body, "item"), field(&shown.body, "step"));
    app.app().clock.advance(limit + 1);
    // An answer sent after the time is refused, with a message in the learner's language.
    let late = app
        .submit_form(
            &format!("/placement/{id}"),
            &[
                ("step", step.as_str()),
                ("item", item.as_str()),
                ("choice", "1"),
            ],
        )
        .await;
    assert_eq!(late.status, Status::Conflict, "{}", late.body);
    assert!(late.body.contains("<html lang=\"hr\">"));
    let steps = ispit::db::placement::find_steps(&app.app().db, id)
        .await
        .expect("steps");
    assert_eq!(steps.len(), 3, "the late answer is not counted");
    // The next page is the result: no level on three answers, and a way to start again.
    let r = app.get(&format!("/placement/{id}")).await;
    assert_eq!(r.location, Some(format!("/placement/{id}/result")));
    let result = app.get(&format!("/placement/{id}/result")).await;
    assert_eq!(result.status, Status::Ok);
    let no_level = app
        .ui()
        .format(ispit::i18n::Locale::Hr, "placement-no-level", None, None);
    assert!(
        result.body.contains(&handlebars::html_escape(&no_level)),
        "{}",
        result.body
    );
    assert!(result.body.contains("data-level=\"none\""));
    assert!(result.body.contains("action=\"/placement/start\""));
    let row = ispit::db::placement::find_placement(&app.app().db, id)
        .await
        .expect("q")
        .expect("row");
    assert_eq!((row.state.as_str(), row.level), ("expired", None));
    assert!(
        row.theta.is_some() && row.se.is_some(),
        "θ and SE are kept for the record"
    );
    // Starting again opens a new test.
    let again = start(&app).await;
    assert_ne!(again, id);
}

#[rocket::async_test]
async fn a_test_that_runs_out_of_time_after_enough_answers_still_places() {
    let app = TestApp::spawn().await;
    app.add_user("ana@example.org", None).await;
    app.login("ana@example.org").await;
    let id = start(&app).await;
    let min = app
        .app()
        .placement
        .as_ref()
        .map(|b| b.config.min_items)
        .expect("bank");
    answer_some(&app, id, min).await;
    app.app().clock.advance(3 * 3600);
    let result = app.get(&format!("/placement/{id}/result")).await;
    let note = app.ui().format(
        ispit::i18n::Locale::En,
        "placement-expired-note",
        None,
        None,
    );
    assert!(
        result.body.contains(&handlebars::html_escape(&note)),
        "{}",
        result.body
    );
    let row = ispit::db::placement::find_placement(&app.app().db, id)
        .await
        .expect("q")
        .expect("row");
    let level = row
        .level
        .expect("a level after the minimum number of answers");
    assert!(result
        .body
        .contains(&format!("data-level=\"{}\"", level.label())));
}
