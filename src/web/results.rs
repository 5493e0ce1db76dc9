//! Results for instructors (issue 13): an assignment's learners with their status and result (sorted,
//! filtered, charted, exported as CSV), a learner's page with every attempt and their placement history, and
//! one attempt's review with the key. Every route takes the `Instructor` guard and asks `policy`; anything
//! outside the instructor's cohorts answers 404.
//!
//! An assignment's page reads a fixed number of queries whatever its size (the roster, the attempts under
//! it, each once), and the CSV is written in one pass over the same lines. This module never writes a result;
//! it only reads what the learners' pages and the placement engine stored.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeMap;

use jiff::Timestamp;
use rocket::http::{Header, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Either, Responder, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{CheckedForm, Instructor, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::policy::{
    scope_of, sees_assignment_of_visible_learner, visible_assignment, visible_assignments,
    visible_attempt, visible_learner, visible_placement,
};
use super::state::App;
use super::teach::{
    create_assignment, errors_json, read_assign_form, task_options, task_title, AssignForm,
};
use crate::assessment::attempt::AttemptState;
use crate::assessment::view::question_view_marked;
use crate::assignments::form::OverrideForm;
use crate::assignments::{status, Status as TaskStatus, Task};
use crate::bank::ReviewOptions;
use crate::charts::{bar_chart, bin_labels, histogram, summary_rows, Bar};
use crate::db::assignments::{self as rows, AssignmentRow, QuizOutcome, Target};
use crate::db::cohorts::{self, MemberRole};
use crate::db::placement::PlacementRow;
use crate::db::users::User;
use crate::i18n::format::{format_datetime, format_decimal};
use crate::i18n::Locale;
use crate::ids::{AssignmentId, AttemptId, UserId};
use crate::placement::attempt::PlacementState;
use crate::placement::bank::SKILLS;
use crate::placement::cefr::Level;

pub fn routes() -> Vec<Route> {
    routes![
        results_csv,
        learner_page,
        assign_to_learner,
        attempt_review,
        placement_review
    ]
}

// ---------------------------------------------------------------------------------------------------------
// Sorting and filtering (pure)

/// The column an assignment's results are sorted by (`?sort=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Status,
    /// The best score of a quiz; θ of the placement test.
    Score,
    /// The CEFR level of the placement test (then θ).
    Level,
    /// Time taken by the attempt whose result is shown.
    Time,
}

impl SortKey {
    pub fn parse(s: &str) -> Option<SortKey> {
        Some(match s {
            "name" => SortKey::Name,
            "status" => SortKey::Status,
            "score" => SortKey::Score,
            "level" => SortKey::Level,
            "time" => SortKey::Time,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Status => "status",
            SortKey::Score => "score",
            SortKey::Level => "level",
            SortKey::Time => "time",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dir {
    #[default]
    Asc,
    Desc,
}

impl Dir {
    fn as_str(self) -> &'static str {
        match self {
            Dir::Asc => "asc",
            Dir::Desc => "desc",
        }
    }
}

const STATUSES: [TaskStatus; 5] = [
    TaskStatus::NotYetOpen,
    TaskStatus::Open,
    TaskStatus::InProgress,
    TaskStatus::Submitted,
    TaskStatus::Overdue,
];

fn parse_status(s: &str) -> Option<TaskStatus> {
    STATUSES.into_iter().find(|st| st.as_str() == s)
}

/// How an assignment's results are shown: `?sort=…&dir=…&status=…`. Anything not understood is ignored
/// (the default view), so a hand-edited link never fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResultsQuery {
    pub sort: SortKey,
    pub dir: Dir,
    pub status: Option<TaskStatus>,
}

impl ResultsQuery {
    pub fn parse(sort: Option<&str>, dir: Option<&str>, status: Option<&str>) -> ResultsQuery {
        ResultsQuery {
            sort: sort.and_then(SortKey::parse).unwrap_or_default(),
            dir: if dir == Some("desc") {
                Dir::Desc
            } else {
                Dir::Asc
            },
            status: status.and_then(parse_status),
        }
    }

    /// The query string of this view (for links that keep it).
    fn query_string(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("sort", self.sort.as_str());
        q.append_pair("dir", self.dir.as_str());
        if let Some(s) = self.status {
            q.append_pair("status", s.as_str());
        }
        q.finish()
    }
}

/// What a line is sorted on: each key is `None` where the learner has no value (never tried, no level),
/// and those lines come last whichever the direction, so "best first" and "worst first" both start with
/// real results. Ties go by name, then account, always ascending.
#[derive(Debug, Clone, PartialEq)]
pub struct SortKeys {
    pub name: String,
    pub id: i64,
    /// The status's place in `STATUSES` (not yet open, open, in progress, submitted, overdue).
    pub status: usize,
    pub score: Option<f64>,
    /// (level's rank, θ) of the placement test.
    pub level: Option<(usize, f64)>,
    pub seconds: Option<i64>,
}

fn missing_last<T>(
    a: Option<T>,
    b: Option<T>,
    dir: Dir,
    cmp: impl Fn(&T, &T) -> Ordering,
) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match dir {
            Dir::Asc => cmp(&a, &b),
            Dir::Desc => cmp(&b, &a),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn by_name(a: &SortKeys, b: &SortKeys) -> Ordering {
    a.name
        .to_lowercase()
        .cmp(&b.name.to_lowercase())
        .then(a.id.cmp(&b.id))
}

/// Sorts `items` by the view's column and direction.
pub fn sort_by_keys<T>(items: &mut [T], keys: impl Fn(&T) -> &SortKeys, sort: SortKey, dir: Dir) {
    items.sort_by(|x, y| {
        let (a, b) = (keys(x), keys(y));
        let first = match sort {
            SortKey::Name => match dir {
                Dir::Asc => by_name(a, b),
                Dir::Desc => by_name(b, a),
            },
            SortKey::Status => missing_last(Some(a.status), Some(b.status), dir, Ord::cmp),
            SortKey::Score => missing_last(a.score, b.score, dir, f64::total_cmp),
            SortKey::Level => missing_last(a.level, b.level, dir, |p, q| {
                p.0.cmp(&q.0).then(p.1.total_cmp(&q.1))
            }),
            SortKey::Time => missing_last(a.seconds, b.seconds, dir, Ord::cmp),
        };
        first.then_with(|| by_name(a, b))
    });
}

// ---------------------------------------------------------------------------------------------------------
// CSV (pure)

/// A text cell a spreadsheet could read as a formula gets a leading apostrophe (OWASP, "CSV Injection"):
/// one starting with `=`, `+`, `-`, `@`, a tab or a carriage return. Only text that comes from people
/// (names, e-mail addresses, titles) goes through here; the numbers we write ourselves (a θ of -0.53) do not.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `Content-Disposition` for a download named `name` (which ends in its extension): an ASCII fallback
/// (Cyrillic transliterated, diacritics dropped, anything else outside letters, digits, `_` and `.` a single
/// `-`) and the exact name in RFC 5987's `filename*=UTF-8''…` (RFC 6266 §4.3: browsers that know it prefer it).
pub fn attachment(name: &str) -> String {
    use crate::i18n::translit::{cyrillic_to_latin, strip_diacritics};
    let mut ascii = String::with_capacity(name.len());
    for c in strip_diacritics(&cyrillic_to_latin(name)).chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '_' | '.') {
            c
        } else {
            '-'
        };
        if !(c == '-' && ascii.ends_with('-')) {
            ascii.push(c);
        }
    }
    let mut encoded = String::new();
    for b in name.bytes() {
        // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A number for the CSV: a dot as the decimal separator whatever the page's language, at most `places`
/// decimals, so the file reads the same into any spreadsheet or script.
fn csv_number(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if s.contains('.') {
        let t = s.trim_end_matches('0').trim_end_matches('.');
        if t == "-0" {
            "0".into()
        } else {
            t.to_string()
        }
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------------------------
// An assignment's results

/// The per-skill part of a placement attempt's stored report, as the engine wrote it (rows stored before a
/// field existed read it as its default).
type StoredSkill = crate::placement::cat::SkillReport;

/// How one skill reads in a results cell: its level when its own answers decide one; otherwise the range of
/// levels they leave open, against the overall level; `None` when the skill has no answers ("not enough
/// evidence").
fn skill_text(
    app: &App,
    s: &StoredSkill,
    overall: Option<Level>,
    locale: Locale,
) -> Option<String> {
    use crate::placement::cat::SkillStanding;
    if let Some(level) = s.level {
        return Some(level.label().to_string());
    }
    let r = s.range?;
    // Level codes are the same in every language; the dash joins them.
    let range = if r.low == r.high {
        r.low.label().to_string()
    } else {
        format!("{}–{}", r.low.label(), r.high.label())
    };
    let Some(overall) = overall else {
        return Some(range);
    };
    let id = match s.standing(overall) {
        SkillStanding::Fits(_) => "results-skill-fits",
        SkillStanding::Below(_) => "results-skill-below",
        SkillStanding::Above(_) => "results-skill-above",
        SkillStanding::Level(l) => return Some(l.label().to_string()),
        SkillStanding::Unknown => return None,
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("range", range);
    Some(app.ui.format(locale, id, None, Some(&args)))
}

fn stored_skills(report: Option<&str>) -> Vec<StoredSkill> {
    report
        .and_then(|r| serde_json::from_str::<Vec<StoredSkill>>(r).ok())
        .unwrap_or_default()
}

/// The best quiz attempt of a learner (Moodle's default grading method: the highest grade).
struct Best {
    attempt: AttemptId,
    percent: f64,
    passed: Option<bool>,
    seconds: Option<i64>,
}

/// The latest finished placement test of a learner.
struct Placed {
    attempt: i64,
    level: Option<Level>,
    theta: Option<f64>,
    se: Option<f64>,
    items: i64,
    seconds: Option<i64>,
    skills: Vec<StoredSkill>,
}

/// One learner's line, before formatting.
struct Line {
    user: User,
    current: bool,
    status: TaskStatus,
    attempts: u32,
    allowed: Option<u32>,
    over: Option<crate::assignments::Override>,
    /// (review link, attempt number, essays awaiting a grade), oldest first.
    links: Vec<(String, usize, i64)>,
    best: Option<Best>,
    placed: Option<Placed>,
    keys: SortKeys,
}

fn span(from: i64, to: Option<i64>) -> Option<i64> {
    to.map(|t| (t - from).max(0))
}

fn line(
    app: &App,
    a: &AssignmentRow,
    entry: &rows::RosterEntry,
    quiz: &[&QuizOutcome],
    placement: &[&(PlacementRow, i64)],
) -> Line {
    let terms = a.terms.with(entry.over.as_ref());
    let standing = crate::service::results::standing(quiz, placement);
    let (progress, attempts) = (standing.progress, standing.progress.attempts);
    let st = status(&terms, &progress, app.clock.now());
    let best = standing.best.and_then(|q| {
        Some(Best {
            attempt: q.id,
            percent: q.score_milli? as f64 * 100.0 / q.max_milli.filter(|m| *m > 0)? as f64,
            passed: q.passed,
            seconds: span(q.started_at, q.closed_at),
        })
    });
    let placed = standing.placed.map(|(p, items)| Placed {
        attempt: p.id,
        level: p.level,
        theta: p.theta,
        se: p.se,
        items: *items,
        seconds: span(p.started_at, p.finished_at),
        skills: stored_skills(p.report.as_deref()),
    });
    let links: Vec<(String, usize, i64)> = quiz
        .iter()
        .map(|q| (format!("/teach/attempts/{}", q.id), q.awaiting_grading))
        .chain(
            placement
                .iter()
                .map(|(p, _)| (format!("/teach/placement/{}", p.id), 0)),
        )
        .zip(1..)
        .map(|((href, awaiting), n)| (href, n, awaiting))
        .collect();
    let keys = SortKeys {
        name: entry.user.display_name.clone(),
        id: entry.user.id.0,
        status: STATUSES.iter().position(|s| *s == st).unwrap_or(0),
        score: match a.task {
            Task::Quiz(_) => best.as_ref().map(|b| b.percent),
            Task::Placement => placed.as_ref().and_then(|p| p.theta),
        },
        level: match a.task {
            Task::Quiz(_) => best.as_ref().map(|b| (0, b.percent)),
            Task::Placement => placed
                .as_ref()
                .and_then(|p| Some((p.level?.index(), p.theta.unwrap_or(0.0)))),
        },
        seconds: match a.task {
            Task::Quiz(_) => best.as_ref().and_then(|b| b.seconds),
            Task::Placement => placed.as_ref().and_then(|p| p.seconds),
        },
    };
    Line {
        user: entry.user.clone(),
        current: entry.current,
        status: st,
        attempts,
        allowed: terms.attempts_allowed,
        over: entry.over,
        links,
        best,
        placed,
        keys,
    }
}

/// Every learner an assignment concerns, with their line, in roster order (by name). Three queries
/// whatever the number of learners: the roster and the attempts under the assignment.
async fn lines(app: &App, a: &AssignmentRow) -> Result<Vec<Line>, AppError> {
    let roster = rows::roster(&app.db, a).await?;
    let quiz = match a.task {
        Task::Quiz(_) => rows::quiz_outcomes(&app.db, a.id).await?,
        Task::Placement => Vec::new(),
    };
    let placement = match a.task {
        Task::Placement => crate::db::placement::for_assignment(&app.db, a.id).await?,
        Task::Quiz(_) => Vec::new(),
    };
    let mut quiz_by: BTreeMap<UserId, Vec<&QuizOutcome>> = BTreeMap::new();
    for q in &quiz {
        quiz_by.entry(q.user_id).or_default().push(q);
    }
    let mut placement_by: BTreeMap<UserId, Vec<&(PlacementRow, i64)>> = BTreeMap::new();
    for p in &placement {
        placement_by.entry(p.0.user_id).or_default().push(p);
    }
    Ok(roster
        .iter()
        .map(|e| {
            line(
                app,
                a,
                e,
                quiz_by.get(&e.user.id).map_or(&[][..], |v| &v[..]),
                placement_by.get(&e.user.id).map_or(&[][..], |v| &v[..]),
            )
        })
        .collect())
}

fn when(app: &App, seconds: Option<i64>, locale: Locale) -> Option<String> {
    seconds
        .and_then(|s| Timestamp::from_second(s).ok())
        .map(|t| format_datetime(t, &app.zone, locale))
}

/// A time taken in words ("12 min 5 s"), in the page's language.
fn duration(app: &App, seconds: i64, locale: Locale) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("minutes", seconds / 60);
    args.set("seconds", seconds % 60);
    app.ui.format(locale, "results-duration", None, Some(&args))
}

fn skill_title(app: &App, skill: &str, locale: Locale) -> String {
    app.ui
        .format(locale, &format!("placement-skill-{skill}"), None, None)
}

fn line_json(app: &App, l: &Line, locale: Locale) -> Value {
    let over = l.over.as_ref().map(|o| {
        json!({
            "due": o.due_at.map(|t| format_datetime(t, &app.zone, locale)),
            "attempts": o.attempts_allowed,
            "minutes": o.time_limit_seconds.map(|s| s / 60),
            "form": OverrideForm::of(o, &app.zone),
        })
    });
    let placed = l.placed.as_ref().map(|p| {
        let by_skill: BTreeMap<&str, &StoredSkill> =
            p.skills.iter().map(|s| (s.skill.as_str(), s)).collect();
        json!({
            "href": format!("/teach/placement/{}", p.attempt),
            "level": p.level.map(Level::label),
            "theta": p.theta.map(|t| format_decimal(t, 2, locale)),
            "se": p.se.map(|s| format_decimal(s, 2, locale)),
            "items": p.items,
            "time": p.seconds.map(|s| duration(app, s, locale)),
            "skills": SKILLS.iter().map(|k| {
                let s = by_skill.get(k);
                json!({
                    // A skill the test never reached is "not enough evidence" too.
                    "text": s.and_then(|s| skill_text(app, s, p.level, locale)),
                })
            }).collect::<Vec<_>>(),
        })
    });
    let best = l.best.as_ref().map(|b| {
        json!({
            "href": format!("/teach/attempts/{}", b.attempt),
            "percent": format_decimal(b.percent, 1, locale),
            "passed": b.passed,
            "time": b.seconds.map(|s| duration(app, s, locale)),
        })
    });
    json!({
        "id": l.user.id.0,
        "name": l.user.display_name,
        "email": l.user.email,
        "current": l.current,
        "status": l.status.as_str(),
        "attempts": l.attempts,
        "allowed": l.allowed,
        "links": l.links.iter().map(|(href, n, awaiting)| json!({"href": href, "number": n, "awaiting": *awaiting > 0})).collect::<Vec<_>>(),
        "best": best,
        "placed": placed,
        "override": over,
    })
}

/// The columns one can sort by, with their header link and `aria-sort`.
fn sort_columns(base: &str, q: &ResultsQuery, placement: bool) -> Value {
    let keys: &[SortKey] = if placement {
        &[
            SortKey::Name,
            SortKey::Status,
            SortKey::Level,
            SortKey::Score,
            SortKey::Time,
        ]
    } else {
        &[
            SortKey::Name,
            SortKey::Status,
            SortKey::Score,
            SortKey::Time,
        ]
    };
    let mut out = serde_json::Map::new();
    for &k in keys {
        let current = q.sort == k;
        // The current column's link turns the order round; another column's starts ascending.
        let dir = if current && q.dir == Dir::Asc {
            Dir::Desc
        } else {
            Dir::Asc
        };
        let next = ResultsQuery {
            sort: k,
            dir,
            status: q.status,
        };
        out.insert(
            k.as_str().to_string(),
            json!({
                "href": format!("{base}?{}#results", next.query_string()),
                "aria_sort": if current {
                    if q.dir == Dir::Asc { "ascending" } else { "descending" }
                } else {
                    "none"
                },
                "current": current,
                // A visible hint of the order; `aria-sort` says it to assistive technology.
                "arrow": match (current, q.dir) {
                    (false, _) => "",
                    (true, Dir::Asc) => "▲",
                    (true, Dir::Desc) => "▼",
                },
            }),
        );
    }
    Value::Object(out)
}

/// A chart with the rows of its text table, localized.
fn chart_json(
    id: &str,
    title: &str,
    description: &str,
    bars: &[Bar],
    axis: &str,
    locale: Locale,
) -> Value {
    json!({
        "id": id,
        "title": title,
        "axis": axis,
        "svg": bar_chart(id, title, description, bars, axis).into_string(),
        "rows": summary_rows(bars).into_iter().map(|r| json!({
            "label": r.label,
            "count": r.count,
            "share": format_decimal(r.share_percent, 1, locale),
        })).collect::<Vec<_>>(),
    })
}

fn tr(
    app: &App,
    locale: Locale,
    id: &str,
    args: &[(&str, fluent_bundle::FluentValue<'static>)],
) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    app.ui.format(locale, id, None, Some(&a))
}

/// The chart of an assignment's results, over every learner (not only those the filter shows): the CEFR
/// levels of the placement test, or the histogram of best quiz scores in ten bins of 10 %.
fn results_chart(app: &App, a: &AssignmentRow, lines: &[Line], locale: Locale) -> Value {
    match a.task {
        Task::Placement => {
            let tested: Vec<&Placed> = lines.iter().filter_map(|l| l.placed.as_ref()).collect();
            // Pre-A1 only where the test can place there (a bank with a below-A1 cut) or someone is there.
            let pre_a1 = app
                .placement
                .as_ref()
                .is_some_and(|b| b.cuts.below_a1.is_some())
                || tested.iter().any(|p| p.level == Some(Level::BelowA1));
            let mut bars: Vec<Bar> = Level::ALL
                .into_iter()
                .filter(|l| *l != Level::BelowA1 || pre_a1)
                .map(|l| Bar {
                    label: l.label().to_string(),
                    count: tested.iter().filter(|p| p.level == Some(l)).count() as u64,
                })
                .collect();
            bars.push(Bar {
                label: app.ui.format(locale, "results-no-level", None, None),
                count: tested.iter().filter(|p| p.level.is_none()).count() as u64,
            });
            let title = app
                .ui
                .format(locale, "results-chart-levels-title", None, None);
            let desc = tr(
                app,
                locale,
                "results-chart-levels-desc",
                &[
                    ("tested", (tested.len() as i64).into()),
                    ("total", (lines.len() as i64).into()),
                ],
            );
            let axis = app
                .ui
                .format(locale, "results-chart-levels-axis", None, None);
            chart_json("levels", &title, &desc, &bars, &axis, locale)
        }
        Task::Quiz(_) => {
            let scores: Vec<f64> = lines
                .iter()
                .filter_map(|l| l.best.as_ref().map(|b| b.percent))
                .collect();
            let counts = histogram(&scores, 0.0, 100.0, 10);
            let bars: Vec<Bar> = bin_labels(0.0, 100.0, 10)
                .into_iter()
                .zip(counts)
                .map(|(label, count)| Bar { label, count })
                .collect();
            let title = app
                .ui
                .format(locale, "results-chart-scores-title", None, None);
            let desc = tr(
                app,
                locale,
                "results-chart-scores-desc",
                &[
                    ("scored", (scores.len() as i64).into()),
                    ("total", (lines.len() as i64).into()),
                ],
            );
            let axis = app
                .ui
                .format(locale, "results-chart-scores-axis", None, None);
            chart_json("scores", &title, &desc, &bars, &axis, locale)
        }
    }
}

/// What an assignment's page shows of its results: `rows` (filtered and sorted), `learners` (everyone, for
/// the accommodations form), the sort links, the status filter, the chart and the CSV link.
pub(crate) async fn assignment_results(
    app: &App,
    a: &AssignmentRow,
    q: &ResultsQuery,
    locale: Locale,
) -> Result<Value, AppError> {
    let mut all = lines(app, a).await?;
    let chart = results_chart(app, a, &all, locale);
    let learners: Vec<Value> = all
        .iter()
        .map(|l| json!({"id": l.user.id.0, "name": l.user.display_name, "email": l.user.email, "current": l.current}))
        .collect();
    let total = all.len();
    all.retain(|l| q.status.is_none_or(|s| l.status == s));
    sort_by_keys(&mut all, |l| &l.keys, q.sort, q.dir);
    let rows: Vec<Value> = all.iter().map(|l| line_json(app, l, locale)).collect();
    let base = format!("/teach/assignments/{}", a.id);
    let filter: Vec<Value> = STATUSES
        .iter()
        .map(|s| json!({"value": s.as_str(), "selected": q.status == Some(*s)}))
        .collect();
    Ok(json!({
        "rows": rows,
        "shown": rows.len(),
        "total": total,
        "learners": learners,
        "sort": sort_columns(&base, q, a.task == Task::Placement),
        "sort_key": q.sort.as_str(),
        "dir": q.dir.as_str(),
        "filter": filter,
        "filtered": q.status.is_some(),
        "skills": SKILLS.iter().map(|s| skill_title(app, s, locale)).collect::<Vec<_>>(),
        "chart": chart,
        "csv": format!("{base}/results.csv?{}", q.query_string()),
    }))
}

/// A CSV download.
#[derive(Responder)]
#[response(content_type = "text/csv; charset=utf-8")]
struct Csv {
    body: Vec<u8>,
    disposition: Header<'static>,
    cache: Header<'static>,
}

/// The results as CSV: UTF-8 with a byte-order mark (so spreadsheets read Cyrillic and ć right), the header
/// row in the page's language, one row per learner as the page shows them (same sort and filter), numbers
/// with a dot as the decimal separator (machine-readable, whatever the language), a skill's level left as
/// the "not enough evidence" marker when it has none.
#[get("/teach/assignments/<id>/results.csv?<sort>&<dir>&<status>")]
async fn results_csv(
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AssignmentId,
    sort: Option<&str>,
    dir: Option<&str>,
    status: Option<&str>,
) -> Result<Csv, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let a = visible_assignment(app, &scope, id).await?;
    let q = ResultsQuery::parse(sort, dir, status);
    let locale = lang.0;
    let mut all = lines(app, &a).await?;
    all.retain(|l| q.status.is_none_or(|s| l.status == s));
    sort_by_keys(&mut all, |l| &l.keys, q.sort, q.dir);
    let t = |id: &str| app.ui.format(locale, id, None, None);
    let placement = a.task == Task::Placement;
    let mut header: Vec<String> = vec![
        t("results-csv-name"),
        t("results-csv-email"),
        t("results-csv-status"),
        t("results-csv-attempts"),
    ];
    if placement {
        header.extend([
            t("results-csv-level"),
            t("results-csv-theta"),
            t("results-csv-se"),
            t("results-csv-items"),
            t("results-csv-seconds"),
        ]);
        for s in SKILLS {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("skill", skill_title(app, s, locale));
            for part in [
                "results-csv-skill-level",
                "results-csv-skill-theta",
                "results-csv-skill-se",
                "results-csv-skill-items",
            ] {
                header.push(app.ui.format(locale, part, None, Some(&args)));
            }
        }
    } else {
        header.extend([
            t("results-csv-percent"),
            t("results-csv-passed"),
            t("results-csv-seconds"),
        ]);
    }
    let no_evidence = t("results-not-enough-evidence");
    let yes = t("results-yes");
    let no = t("results-no");
    let mut body = Vec::with_capacity(64 + all.len() * 96);
    body.extend_from_slice(b"\xEF\xBB\xBF");
    let mut w = csv::Writer::from_writer(body);
    let write_err = |e: csv::Error| AppError::Internal(format!("writing CSV: {e}"));
    w.write_record(&header).map_err(write_err)?;
    for l in &all {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("status", l.status.as_str());
        let mut rec: Vec<String> = vec![
            neutralise(&l.user.display_name).into_owned(),
            neutralise(&l.user.email).into_owned(),
            app.ui
                .format(locale, "assignment-status", None, Some(&args)),
            l.attempts.to_string(),
        ];
        let opt = |x: Option<f64>| x.map(|v| csv_number(v, 4)).unwrap_or_default();
        if placement {
            let p = l.placed.as_ref();
            rec.push(match p {
                Some(p) => p
                    .level
                    .map_or_else(|| no_evidence.clone(), |l| l.label().to_string()),
                None => String::new(),
            });
            rec.push(opt(p.and_then(|p| p.theta)));
            rec.push(opt(p.and_then(|p| p.se)));
            rec.push(p.map(|p| p.items.to_string()).unwrap_or_default());
            rec.push(
                p.and_then(|p| p.seconds)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            );
            for k in SKILLS {
                let s = p.and_then(|p| p.skills.iter().find(|s| s.skill == k));
                match (p, s) {
                    (None, _) => rec.extend(std::iter::repeat_n(String::new(), 4)),
                    (Some(_), None) => rec.extend([
                        no_evidence.clone(),
                        String::new(),
                        String::new(),
                        "0".into(),
                    ]),
                    (Some(p), Some(s)) => rec.extend([
                        skill_text(app, s, p.level, locale).unwrap_or_else(|| no_evidence.clone()),
                        csv_number(s.theta, 4),
                        csv_number(s.se, 4),
                        s.items.to_string(),
                    ]),
                }
            }
        } else {
            let b = l.best.as_ref();
            rec.push(opt(b.map(|b| b.percent)));
            rec.push(match b.and_then(|b| b.passed) {
                Some(true) => yes.clone(),
                Some(false) => no.clone(),
                None => String::new(),
            });
            rec.push(
                b.and_then(|b| b.seconds)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            );
        }
        w.write_record(&rec).map_err(write_err)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| AppError::Internal(format!("writing CSV: {e}")))?;
    let title = task_title(app, &a.task, locale);
    let name = format!("{}-{}-{}.csv", t("results-csv-file"), a.id, title);
    Ok(Csv {
        body,
        disposition: Header::new("Content-Disposition", attachment(&name)),
        cache: Header::new("Cache-Control", "no-store"),
    })
}

// ---------------------------------------------------------------------------------------------------------
// A learner's page

async fn learner_context(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    learner: User,
    form: AssignForm,
) -> Result<Page, AppError> {
    let locale = lang.0;
    let scope = scope_of(app, staff).await?;
    let memberships: Vec<Value> = cohorts::memberships_of(&app.db, learner.id)
        .await?
        .into_iter()
        .filter(|(c, role)| *role == MemberRole::Learner && scope.sees_cohort(c.id))
        .map(|(c, _)| json!({"id": c.id, "name": c.name}))
        .collect();
    let now = app.clock.now();
    let assignments: Vec<Value> = rows::for_learner(&app.db, learner.id)
        .await?
        .into_iter()
        .filter(|la| sees_assignment_of_visible_learner(&scope, &la.assignment))
        .map(|la| {
            let st = status(&la.terms(), &la.progress, now);
            json!({
                "id": la.assignment.id,
                "title": task_title(app, &la.assignment.task, locale),
                "status": st.as_str(),
                "attempts": la.progress.attempts,
                "due": la.terms().due_at.map(|t| format_datetime(t, &app.zone, locale)),
            })
        })
        .collect();
    // Practice, and what was made under assignments the viewer sees: another cohort's results stay its own.
    let quiz_rows = crate::db::attempts::find_user_attempts(&app.db, learner.id).await?;
    let mut tests = crate::db::placement::for_user(&app.db, learner.id).await?;
    let seen = visible_assignments(
        app,
        &scope,
        quiz_rows
            .iter()
            .filter_map(|a| a.assignment_id)
            .chain(tests.iter().filter_map(|(p, _)| p.assignment_id)),
    )
    .await?;
    let in_scope = |id: Option<crate::ids::AssignmentId>| id.is_none_or(|id| seen.contains(&id));
    tests.retain(|(p, _)| in_scope(p.assignment_id));
    let attempts: Vec<Value> = quiz_rows
        .iter()
        .filter(|a| in_scope(a.assignment_id))
        .map(|a| {
            let pct = match (a.score_milli, a.max_milli) {
                (Some(s), Some(m)) if m > 0 => {
                    Some(format_decimal(s as f64 * 100.0 / m as f64, 1, locale))
                }
                _ => None,
            };
            json!({
                "id": a.id,
                "quiz": task_title(app, &Task::Quiz(a.quiz_id.clone()), locale),
                "number": a.attempt_no,
                "started": when(app, Some(a.started_at), locale),
                "state": a.state.as_str(),
                "percent": pct,
                "passed": a.passed,
                "time": span(a.started_at, a.closed_at).map(|s| duration(app, s, locale)),
            })
        })
        .collect();
    // Oldest first: a history reads forward in time.
    tests.sort_by_key(|(p, _)| (p.started_at, p.id));
    let placements: Vec<Value> = tests
        .iter()
        .map(|(p, items)| {
            json!({
                "id": p.id,
                "date": when(app, Some(p.finished_at.unwrap_or(p.started_at)), locale),
                "open": p.state == PlacementState::InProgress,
                "state": p.state.as_str(),
                "level": p.level.map(Level::label),
                "theta": p.theta.map(|t| format_decimal(t, 2, locale)),
                "se": p.se.map(|s| format_decimal(s, 2, locale)),
                "items": items,
            })
        })
        .collect();
    let status = if form.errors.is_empty() {
        Status::Ok
    } else {
        Status::UnprocessableEntity
    };
    let ctx = base_context(req, locale, Some(staff))
        .with(
            "learner",
            json!({"id": learner.id.0, "name": learner.display_name, "email": learner.email}),
        )
        .with("cohorts", memberships)
        .with("assignments", assignments)
        .with("attempts", attempts)
        .with("placements", placements)
        .with("tasks", task_options(app, locale, &form.task))
        .with("form", &form.terms)
        .with("errors", errors_json(&form.errors))
        .with("has_errors", !form.errors.is_empty())
        .with("zone", app.zone.iana_name().unwrap_or("UTC"))
        .with(
            "action",
            format!("/teach/learners/{}/assignments", learner.id.0),
        )
        .with(
            "key",
            form.key.clone().unwrap_or_else(crate::auth::random_token),
        );
    Ok(Page::new("pages/teach-learner", ctx).status(status))
}

#[get("/teach/learners/<id>")]
async fn learner_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: i64,
) -> Result<Page, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let learner = visible_learner(app, &scope, UserId(id)).await?;
    learner_context(&req, app, lang, &staff.0, learner, AssignForm::default()).await
}

/// Assigns the placement test or a quiz to this one learner (the same form as a cohort's).
#[post("/teach/learners/<id>/assignments", data = "<form>")]
async fn assign_to_learner(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: i64,
    form: CheckedForm,
) -> Result<Either<Redirect, Page>, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let learner = visible_learner(app, &scope, UserId(id)).await?;
    let (typed, parsed) = read_assign_form(app, &form);
    let Some((task, terms)) = parsed else {
        return learner_context(&req, app, lang, &staff.0, learner, typed)
            .await
            .map(Either::Right);
    };
    create_assignment(
        app,
        &staff.0,
        Target::Learner(learner.id),
        (task, terms),
        &form,
    )
    .await
    .map(Either::Left)
}

// ---------------------------------------------------------------------------------------------------------
// One attempt's review with the key

/// A quiz attempt as the learner saw it, in the attempt's own language (the paper's words as the learner
/// read them; the page around it is in the viewer's), with the key and the points given whatever the quiz's
/// review settings (they limit learners, not staff). An attempt in progress shows its saved answers.
#[get("/teach/attempts/<id>")]
async fn attempt_review(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AttemptId,
) -> Result<Page, AppError> {
    let scope = scope_of(app, &staff.0).await?;
    let (a, learner) = visible_attempt(app, &scope, id).await?;
    attempt_review_page(&req, app, lang, &staff.0, &a, &learner, None).await
}

/// An essay mark as typed, refused, shown again in its form with the reason.
pub struct TypedMark {
    /// The question's number on the paper.
    pub number: usize,
    pub points: String,
    pub comment: String,
    /// The Fluent id of the reason.
    pub error: &'static str,
}

/// The attempt's review for staff, with a marking form under each answered essay (once the attempt is
/// closed); `typed` shows a refused mark again in its form.
pub async fn attempt_review_page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    a: &crate::db::attempts::AttemptRow,
    learner: &User,
    typed: Option<TypedMark>,
) -> Result<Page, AppError> {
    let locale = lang.0;
    let quiz_title = task_title(app, &Task::Quiz(a.quiz_id.clone()), locale);
    let answers = crate::db::attempts::find_responses(&app.db, a.id).await?;
    let marks = super::learner::essay_marks(app, a).await?;
    let closed = a.state.is_closed();
    let bank = app.bank();
    let questions: Vec<Value> = match bank.quiz(&a.quiz_id) {
        Some((course, _)) => a
            .paper
            .questions
            .iter()
            .enumerate()
            .filter_map(|(i, pq)| {
                let mark = marks.get(&pq.id);
                let view = question_view_marked(
                    course,
                    pq,
                    i + 1,
                    answers.get(&pq.id),
                    a.locale,
                    Some(ReviewOptions::default()),
                    mark,
                )?;
                let mut v = serde_json::to_value(&view).ok()?;
                let q = course.question(&pq.id)?;
                // A written essay of a closed attempt is what `mark_essay` accepts a grade for.
                let essay = matches!(q.kind, crate::bank::QuestionKind::Essay);
                let written = crate::assessment::answer::Answer::is_written_essay(answers.get(&pq.id));
                if essay && closed && written {
                    let again = typed.as_ref().filter(|t| t.number == i + 1);
                    v["marking"] = json!({
                        "max": format_decimal(q.points.as_f64(), 2, locale),
                        "points": match again {
                            Some(t) => t.points.clone(),
                            None => mark
                                .map(|m| format_decimal(m.points.as_f64(), 3, locale))
                                .unwrap_or_default(),
                        },
                        "comment": again.map_or_else(
                            || mark.map(|m| m.comment.clone()).unwrap_or_default(),
                            |t| t.comment.clone(),
                        ),
                        "error": again.map(|t| app.ui.format(locale, t.error, None, Some(&{
                            let mut args = fluent_bundle::FluentArgs::new();
                            args.set("max", format_decimal(q.points.as_f64(), 2, locale));
                            args
                        }))),
                        "marked": mark.is_some(),
                        "grader_info": course.texts.has(a.locale.source(), &q.message_id(), Some("grader-info"))
                            .then(|| course.texts.format(locale, &q.message_id(), Some("grader-info"), None)),
                    });
                }
                Some(v)
            })
            .collect(),
        // A quiz taken out of the bank: its words are gone, its score stays.
        None => Vec::new(),
    };
    let open = a.state == AttemptState::InProgress;
    let (score, max) = (a.score_milli, a.max_milli);
    let percent = match (score, max) {
        (Some(s), Some(m)) if m > 0 => Some(format_decimal(s as f64 * 100.0 / m as f64, 1, locale)),
        _ => None,
    };
    let ctx = base_context(req, locale, Some(staff))
        .with(
            "learner",
            json!({"id": learner.id.0, "name": learner.display_name}),
        )
        .with("quiz_title", quiz_title)
        .with("number", a.attempt_no)
        .with("state", a.state.as_str())
        .with("open", open)
        .with(
            "score",
            score.map(|s| format_decimal(s as f64 / 1000.0, 2, locale)),
        )
        .with(
            "max",
            max.map(|m| format_decimal(m as f64 / 1000.0, 2, locale)),
        )
        .with("percent", percent)
        .with("passed", a.passed)
        .with("awaiting_grading", a.awaiting_grading)
        .with("attempt", a.id)
        .with("started", when(app, Some(a.started_at), locale))
        .with("closed", when(app, a.closed_at, locale))
        .with(
            "time",
            span(a.started_at, a.closed_at).map(|s| duration(app, s, locale)),
        )
        .with("paper_lang", a.locale.tag())
        .with("questions", questions);
    let status = if typed.is_some() {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    Ok(Page::new("pages/teach-attempt", ctx).status(status))
}

/// A placement test step by step: each item, the learner's answer, the right one, and θ and SE after it.
#[get("/teach/placement/<id>")]
async fn placement_review(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: i64,
) -> Result<Page, AppError> {
    let locale = lang.0;
    let scope = scope_of(app, &staff.0).await?;
    let (p, learner) = visible_placement(app, &scope, id).await?;
    let steps = crate::db::placement::find_steps(&app.db, p.id).await?;
    let bank = app.placement.as_deref();
    let steps: Vec<Value> = steps
        .iter()
        .map(|s| {
            let index = bank.and_then(|b| b.item_index(&s.item_id));
            let item = bank
                .zip(index)
                .map(|(b, i)| (&b.pool.items[i], &b.texts[i]));
            json!({
                "number": s.step_no,
                "item": s.item_id,
                "skill": item.map(|(it, _)| format!("placement-skill-{}", it.skill)),
                "level": item.and_then(|(it, _)| it.level).map(Level::label),
                "stem": item.map(|(_, t)| t.stem.clone()),
                "passage": item
                    .and_then(|(_, t)| t.passage.as_ref())
                    .and_then(|id| bank.and_then(|b| b.passages.get(id)))
                    .map(|p| p.title.clone()),
                "key": item.and_then(|(_, t)| t.options.get(t.correct).cloned()),
                "answer": s.answer,
                "correct": s.correct,
                "theta": format_decimal(s.theta, 2, locale),
                "se": format_decimal(s.se, 2, locale),
            })
        })
        .collect();
    let skills: Vec<Value> = stored_skills(p.report.as_deref())
        .iter()
        .map(|s| {
            json!({
                "skill": format!("placement-skill-{}", s.skill),
                "level": skill_text(app, s, p.level, locale),
                "theta": format_decimal(s.theta, 2, locale),
                "se": format_decimal(s.se, 2, locale),
                "items": s.items,
            })
        })
        .collect();
    let ctx = base_context(&req, locale, Some(&staff.0))
        .with(
            "learner",
            json!({"id": learner.id.0, "name": learner.display_name}),
        )
        .with("open", p.state == PlacementState::InProgress)
        .with("state", p.state.as_str())
        .with("level", p.level.map(Level::label))
        .with("theta", p.theta.map(|t| format_decimal(t, 2, locale)))
        .with("se", p.se.map(|s| format_decimal(s, 2, locale)))
        .with("started", when(app, Some(p.started_at), locale))
        .with("finished", when(app, p.finished_at, locale))
        .with(
            "time",
            span(p.started_at, p.finished_at).map(|s| duration(app, s, locale)),
        )
        .with("skills", skills)
        .with("steps", steps);
    Ok(Page::new("pages/teach-placement", ctx))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str, id: i64, score: Option<f64>, seconds: Option<i64>) -> SortKeys {
        SortKeys {
            name: name.into(),
            id,
            status: 3,
            score,
            level: None,
            seconds,
        }
    }

    fn names(v: &[SortKeys]) -> Vec<&str> {
        v.iter().map(|k| k.name.as_str()).collect()
    }

    #[test]
    fn names_sort_without_regard_to_case_and_ties_go_by_account() {
        let mut v = vec![
            keys("marko", 3, None, None),
            keys("Ana", 2, None, None),
            keys("Ana", 1, None, None),
        ];
        sort_by_keys(&mut v, |k| k, SortKey::Name, Dir::Asc);
        assert_eq!(
            v.iter().map(|k| k.id).collect::<Vec<_>>(),
            [1, 2, 3],
            "Ana (1), Ana (2), marko"
        );
        sort_by_keys(&mut v, |k| k, SortKey::Name, Dir::Desc);
        assert_eq!(names(&v), ["marko", "Ana", "Ana"]);
    }

    #[test]
    fn learners_without_a_score_come_last_in_both_directions() {
        let mut v = vec![
            keys("Ana", 1, Some(40.0), None),
            keys("Bojan", 2, None, None),
            keys("Cvijeta", 3, Some(100.0), None),
            keys("Dino", 4, Some(0.0), None),
        ];
        sort_by_keys(&mut v, |k| k, SortKey::Score, Dir::Asc);
        assert_eq!(names(&v), ["Dino", "Ana", "Cvijeta", "Bojan"]);
        sort_by_keys(&mut v, |k| k, SortKey::Score, Dir::Desc);
        assert_eq!(names(&v), ["Cvijeta", "Ana", "Dino", "Bojan"]);
    }

    #[test]
    fn levels_sort_by_rank_then_theta_and_equal_keys_by_name() {
        let mut v = vec![
            SortKeys {
                level: Some((3, 0.2)),
                ..keys("Zora", 1, None, None)
            },
            SortKeys {
                level: Some((2, 0.1)),
                ..keys("Ana", 2, None, None)
            },
            SortKeys {
                level: Some((3, -0.1)),
                ..keys("Bojan", 3, None, None)
            },
            SortKeys {
                level: Some((3, 0.2)),
                ..keys("Emir", 4, None, None)
            },
        ];
        sort_by_keys(&mut v, |k| k, SortKey::Level, Dir::Desc);
        // B1 at 0.2 (Emir before Zora by name), B1 at -0.1, then A2.
        assert_eq!(names(&v), ["Emir", "Zora", "Bojan", "Ana"]);
    }

    #[test]
    fn time_and_status_sort_too() {
        let mut v = vec![
            SortKeys {
                status: 4,
                ..keys("Ana", 1, None, Some(600))
            },
            SortKeys {
                status: 1,
                ..keys("Bojan", 2, None, Some(65))
            },
            SortKeys {
                status: 3,
                ..keys("Cvijeta", 3, None, None)
            },
        ];
        sort_by_keys(&mut v, |k| k, SortKey::Time, Dir::Asc);
        assert_eq!(names(&v), ["Bojan", "Ana", "Cvijeta"]);
        sort_by_keys(&mut v, |k| k, SortKey::Status, Dir::Asc);
        assert_eq!(names(&v), ["Bojan", "Cvijeta", "Ana"]);
    }

    #[test]
    fn a_query_not_understood_falls_back_to_the_default_view() {
        assert_eq!(
            ResultsQuery::parse(Some("shoe-size"), Some("sideways"), Some("lost")),
            ResultsQuery::default()
        );
        let q = ResultsQuery::parse(Some("score"), Some("desc"), Some("in-progress"));
        assert_eq!(
            q,
            ResultsQuery {
                sort: SortKey::Score,
                dir: Dir::Desc,
                status: Some(TaskStatus::InProgress)
            }
        );
        assert_eq!(q.query_string(), "sort=score&dir=desc&status=in-progress");
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_get_an_apostrophe() {
        // OWASP's list: =, +, -, @, tab, carriage return at the start.
        for evil in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(neutralise(evil), format!("'{evil}"));
        }
        for fine in ["Ана Јовић", "a=b", " =1", "", "ana@example.org"] {
            assert_eq!(neutralise(fine), fine);
        }
    }

    #[test]
    fn a_download_name_has_an_ascii_fallback_and_the_exact_utf8_name() {
        assert_eq!(
            attachment("rezultati-7-Миграције.csv"),
            "attachment; filename=\"rezultati-7-Migracije.csv\"; \
             filename*=UTF-8''rezultati-7-%D0%9C%D0%B8%D0%B3%D1%80%D0%B0%D1%86%D0%B8%D1%98%D0%B5.csv"
        );
        // A quote or a space can neither end the quoted name nor split the header; ć and đ lose their marks.
        assert!(attachment("Ćurić đak.csv").starts_with("attachment; filename=\"Curic-dak.csv\";"));
        assert_eq!(
            attachment("a \"b\";c.csv"),
            "attachment; filename=\"a-b-c.csv\"; filename*=UTF-8''a%20%22b%22%3Bc.csv"
        );
    }

    #[test]
    fn csv_numbers_use_a_dot_and_no_trailing_zeros() {
        assert_eq!(csv_number(66.666_666_7, 4), "66.6667");
        assert_eq!(csv_number(100.0, 4), "100");
        assert_eq!(csv_number(-0.53, 4), "-0.53");
        assert_eq!(csv_number(-0.000_01, 4), "0");
    }
}
