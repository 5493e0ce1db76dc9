//! Item analysis pages (issue 13): a quiz assignment's items for its instructors, a whole quiz's items
//! and the placement items for administrators, each table also as CSV; and the placement recalibration
//! preview. Every route takes the `Instructor` or `Admin` guard; assignment pages ask `policy`, so an
//! assignment outside the instructor's cohorts answers 404.
//!
//! The placement items page is for administrators only, though it names no learner: its figures pool
//! the tests of every cohort, so an instructor would see (with few tests, nearly individual) results of
//! learners outside their cohorts; and what it leads to, recalibrating the bank, is an administrator's.
//!
//! Figures are computed by `analysis` and `placement::fit`; this module formats them (page: the
//! reader's decimal separator; CSV: a dot) and never computes a statistic itself.

use std::io::Cursor;

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use rocket::{get, post, routes, Route, State};
use serde_json::{json, Value};

use super::error::AppError;
use super::guards::{Admin, CheckedForm, Instructor, Lang};
use super::pages::{base_context, Page, PageMeta};
use super::policy::{scope_of, visible_assignment};
use super::state::App;
use super::teach::task_title;
use crate::analysis::{Flag, QuizAnalysis, MIN_ATTEMPTS_TO_JUDGE};
use crate::assignments::Task;
use crate::bank::{Course, QuestionKind};
use crate::db::analysis::{closed_counts, AttemptScope, Which};
use crate::db::users::User;
use crate::i18n::format::format_decimal;
use crate::i18n::Locale;
use crate::ids::{AssignmentId, ChoiceId, QuizId};
use crate::placement::fit::{FitFlag, FIT_HIGH, FIT_LOW, MIN_FIT_RESPONSES};
use crate::service::analysis::{placement_items, quiz_analysis, PlacementItemStats};

pub fn routes() -> Vec<Route> {
    routes![
        assignment_items,
        assignment_items_csv,
        quizzes_page,
        quiz_items,
        quiz_items_csv,
        placement_page,
        placement_csv,
        recalibrate,
    ]
}

/// Longest prompt shown in the questions table; the CSV carries it whole.
const PROMPT_CHARS: usize = 90;

fn which_of(attempts: Option<&str>) -> Which {
    match attempts {
        Some("all") => Which::All,
        _ => Which::First,
    }
}

fn which_str(w: Which) -> &'static str {
    match w {
        Which::All => "all",
        Which::First => "first",
    }
}

/// The order of the questions table (the CSV keeps the paper's order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sort {
    /// As on the paper.
    Number,
    /// Hardest first.
    Facility,
    /// Weakest (most negative) discrimination first; undefined ones last.
    Discrimination,
    /// Flagged questions first, most flags first.
    Flags,
}

impl Sort {
    const ALL: [Sort; 4] = [
        Sort::Number,
        Sort::Facility,
        Sort::Discrimination,
        Sort::Flags,
    ];

    fn of(s: Option<&str>) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|k| Some(k.as_str()) == s)
            .unwrap_or(Sort::Number)
    }

    fn as_str(self) -> &'static str {
        match self {
            Sort::Number => "number",
            Sort::Facility => "facility",
            Sort::Discrimination => "discrimination",
            Sort::Flags => "flags",
        }
    }

    /// Sorts rows in place; ties keep the paper's order.
    fn apply(self, rows: &mut [QuestionRow]) {
        match self {
            Sort::Number => rows.sort_by_key(|q| q.number),
            Sort::Facility => rows.sort_by(|a, b| a.facility.total_cmp(&b.facility)),
            Sort::Discrimination => {
                rows.sort_by(
                    |a, b| match (a.judged_discrimination(), b.judged_discrimination()) {
                        (Some(x), Some(y)) => x.total_cmp(&y),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    },
                )
            }
            Sort::Flags => rows.sort_by_key(|q| std::cmp::Reverse(q.flags.len())),
        }
    }
}

fn flag_str(f: Flag) -> &'static str {
    match f {
        Flag::TooFewAttempts => "too-few-attempts",
        Flag::NegativeDiscrimination => "negative-discrimination",
        Flag::TooEasy => "too-easy",
        Flag::TooHard => "too-hard",
    }
}

fn fit_flag_str(f: FitFlag) -> &'static str {
    match f {
        FitFlag::TooFewResponses => "too-few-responses",
        FitFlag::Underfit => "underfit",
        FitFlag::Overfit => "overfit",
    }
}

/// A message of the interface with string and number arguments.
fn text(app: &App, locale: Locale, id: &str, args: &[(&str, Value)]) -> String {
    let mut fa = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        match v {
            Value::Number(n) => match n.as_i64() {
                Some(i) => fa.set(*k, i),
                None => fa.set(*k, n.as_f64().unwrap_or_default()),
            },
            Value::String(s) => fa.set(*k, s.clone()),
            other => fa.set(*k, other.to_string()),
        }
    }
    app.ui.format(locale, id, None, Some(&fa))
}

/// A number for the CSV: a dot, at most `places` decimals, no thousands separator.
fn csv_number(x: f64, places: usize) -> String {
    format_decimal(x, places, Locale::En).replace(',', "")
}

/// A text cell made safe for spreadsheets (OWASP, "CSV Injection"): a cell starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be read as a formula, so it gets a leading `'`. Applied to
/// every text cell (prompts, labels, names); numbers are written by `csv_number` and left alone, so a
/// negative correlation stays a number.
fn csv_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A CSV table: a header and rows, written UTF-8 with a byte-order mark (so spreadsheet programs read
/// the letters of every locale right) by the `csv` crate (quoting as RFC 4180).
struct CsvTable {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl CsvTable {
    fn into_bytes(self) -> Result<Vec<u8>, AppError> {
        let mut out = Vec::from("\u{feff}".as_bytes());
        {
            let mut w = csv::Writer::from_writer(&mut out);
            let header: Vec<String> = self.header.iter().map(|h| csv_text(h)).collect();
            w.write_record(&header)
                .map_err(|e| AppError::Internal(e.to_string()))?;
            for row in &self.rows {
                w.write_record(row)
                    .map_err(|e| AppError::Internal(e.to_string()))?;
            }
            w.flush().map_err(|e| AppError::Internal(e.to_string()))?;
        }
        Ok(out)
    }
}

/// A CSV download.
pub struct Csv {
    filename: String,
    body: Vec<u8>,
}

impl<'r> Responder<'r, 'static> for Csv {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Response::build()
            .status(Status::Ok)
            .header(ContentType::CSV)
            .raw_header(
                "Content-Disposition",
                format!("attachment; filename=\"{}\"", self.filename),
            )
            .raw_header("Cache-Control", "no-store")
            .sized_body(self.body.len(), Cursor::new(self.body))
            .ok()
    }
}

fn csv_reply(table: CsvTable) -> Result<Csv, AppError> {
    let filename = format!("{}.csv", table.name);
    Ok(Csv {
        filename,
        body: table.into_bytes()?,
    })
}

// ---------------------------------------------------------------------------------------------------
// Quizzes

/// Whose attempts a quiz analysis covers, and where its pages live.
enum Subject {
    Assignment(AssignmentId, QuizId),
    Quiz(QuizId),
}

impl Subject {
    fn quiz(&self) -> &QuizId {
        match self {
            Subject::Assignment(_, q) | Subject::Quiz(q) => q,
        }
    }

    fn scope(&self) -> AttemptScope<'_> {
        match self {
            Subject::Assignment(id, _) => AttemptScope::Assignment(*id),
            Subject::Quiz(q) => AttemptScope::Quiz(q),
        }
    }

    fn path(&self) -> String {
        match self {
            Subject::Assignment(id, _) => format!("/teach/assignments/{id}/items"),
            Subject::Quiz(q) => format!("/admin/quizzes/{q}/items"),
        }
    }

    fn file_stem(&self) -> String {
        match self {
            Subject::Assignment(id, q) => format!("{q}-assignment-{id}"),
            Subject::Quiz(q) => q.to_string(),
        }
    }
}

/// The assignment, if it is one of the staff member's and a quiz.
async fn quiz_assignment(app: &App, staff: &User, id: AssignmentId) -> Result<Subject, AppError> {
    let scope = scope_of(app, staff).await?;
    let a = visible_assignment(app, &scope, id).await?;
    match a.task {
        Task::Quiz(q) => Ok(Subject::Assignment(a.id, q)),
        Task::Placement => Err(AppError::NotFound),
    }
}

/// A question's figures and words, in the page's locale.
struct QuestionRow {
    number: usize,
    id: String,
    prompt: String,
    kind_text: String,
    n: usize,
    facility: f64,
    sd: Option<f64>,
    discrimination: Option<f64>,
    point_biserial: Option<f64>,
    blank_share: f64,
    flags: Vec<Flag>,
    /// (option id, label, key, count, share) in the bank's order; empty for non-choice questions.
    options: Vec<(String, String, bool, usize, f64)>,
}

impl QuestionRow {
    /// The discrimination, unless the question had too few attempts to be judged.
    fn judged_discrimination(&self) -> Option<f64> {
        self.discrimination
            .filter(|_| !self.flags.contains(&Flag::TooFewAttempts))
    }
}

fn options_of(
    app: &App,
    course: &Course,
    kind: &QuestionKind,
    message: &str,
    locale: Locale,
) -> Vec<(ChoiceId, String, bool)> {
    let label = |id: &ChoiceId| {
        course
            .texts
            .format(locale, message, Some(&format!("opt-{id}")), None)
    };
    match kind {
        QuestionKind::Single {
            options, correct, ..
        } => options
            .iter()
            .map(|o| (o.clone(), label(o), o == correct))
            .collect(),
        QuestionKind::Multiple {
            options, correct, ..
        } => options
            .iter()
            .map(|o| (o.clone(), label(o), correct.contains(o)))
            .collect(),
        QuestionKind::TrueFalse { correct } => [true, false]
            .iter()
            .filter_map(|b| {
                let id: ChoiceId = b.to_string().parse().ok()?;
                let word = app.ui.format(locale, &format!("answer-{b}"), None, None);
                Some((id, word, b == correct))
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn question_rows(app: &App, quiz: &QuizId, a: &QuizAnalysis, locale: Locale) -> Vec<QuestionRow> {
    let bank = app.bank();
    let course = bank.quiz(quiz).map(|(c, _)| c);
    a.questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let question = course.and_then(|c| c.question(&q.question).map(|x| (c, x)));
            let (prompt, kind, options) = match question {
                Some((c, x)) => {
                    let msg = x.message_id();
                    let options = options_of(app, c, &x.kind, &msg, locale)
                        .into_iter()
                        .map(|(id, label, key)| {
                            let f = q.options.iter().find(|o| o.option == id);
                            (
                                id.to_string(),
                                label,
                                key,
                                f.map_or(0, |f| f.count),
                                f.map_or(0.0, |f| f.share),
                            )
                        })
                        .collect();
                    (
                        c.texts.format(locale, &msg, None, None),
                        x.kind.type_name(),
                        options,
                    )
                }
                None => (q.question.to_string(), "unknown", Vec::new()),
            };
            QuestionRow {
                number: i + 1,
                id: q.question.to_string(),
                prompt,
                kind_text: text(app, locale, "analysis-type", &[("type", json!(kind))]),
                n: q.n,
                facility: q.facility,
                sd: q.sd,
                discrimination: q.discrimination,
                point_biserial: q.point_biserial,
                blank_share: q.blank_share,
                flags: q.flags.clone(),
                options,
            }
        })
        .collect()
}

/// A correlation for the page: two decimals, three below 0.01, and a negative one keeps its sign even
/// when it rounds to zero (a question flagged for a negative discrimination must not show "0").
fn correlation(r: f64, locale: Locale) -> String {
    let places = if r.abs() < 0.01 { 3 } else { 2 };
    let s = format_decimal(r, places, locale);
    if r < 0.0 && !s.starts_with('-') {
        format!("-{s}")
    } else {
        s
    }
}

fn short(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= PROMPT_CHARS {
        s
    } else {
        let cut: String = s.chars().take(PROMPT_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

async fn quiz_page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    subject: Subject,
    which: Which,
    sort: Sort,
) -> Result<Page, AppError> {
    let bank = app.bank();
    let locale = lang.0;
    let a = quiz_analysis(&app.db, &bank, subject.quiz(), subject.scope(), which).await?;
    let title = task_title(app, &Task::Quiz(subject.quiz().clone()), locale);
    let n = a.summary.n;
    let enough = n >= MIN_ATTEMPTS_TO_JUDGE;
    let pct = |x: f64| format_decimal(x * 100.0, 1, locale);
    let dec = |x: f64| format_decimal(x, 2, locale);
    let summary = json!({
        "mean": a.summary.mean.map(pct),
        "median": a.summary.median.map(pct),
        "sd": a.summary.sd.map(pct),
        "alpha": a.summary.alpha.map(dec),
        "kr20": a.summary.kr20.map(dec),
        "k": a.summary.reliability_questions.len(),
    });
    let labels = crate::charts::bin_labels(0.0, 100.0, 10);
    let bars: Vec<crate::charts::Bar> = labels
        .iter()
        .zip(a.summary.histogram)
        .map(|(label, count)| crate::charts::Bar {
            label: label.clone(),
            count: count as u64,
        })
        .collect();
    let chart = enough.then(|| {
        crate::charts::bar_chart(
            "scores",
            &text(app, locale, "analysis-distribution", &[]),
            &text(
                app,
                locale,
                "analysis-distribution-desc",
                &[
                    ("count", json!(n)),
                    ("mean", json!(a.summary.mean.map(pct).unwrap_or_default())),
                ],
            ),
            &bars,
            &text(app, locale, "analysis-score-axis", &[]),
        )
        .into_string()
    });
    let distribution: Vec<Value> = crate::charts::summary_rows(&bars)
        .into_iter()
        .map(|r| {
            json!({ "label": r.label, "count": r.count,
                    "share": format_decimal(r.share_percent, 1, locale) })
        })
        .collect();
    let mut rows = question_rows(app, subject.quiz(), &a, locale);
    sort.apply(&mut rows);
    let questions: Vec<Value> = rows
        .into_iter()
        .map(|q| {
            let judged = !q.flags.contains(&Flag::TooFewAttempts);
            json!({
                "number": q.number,
                "id": q.id,
                "prompt": short(&q.prompt),
                "type": q.kind_text,
                "n": q.n,
                "facility": pct(q.facility),
                "sd": q.sd.map(pct),
                "discrimination": q.discrimination.filter(|_| judged).map(|r| correlation(r, locale)),
                "point_biserial": q.point_biserial.filter(|_| judged).map(|r| correlation(r, locale)),
                "blanks": pct(q.blank_share),
                "flags": q.flags.iter().map(|f| json!({ "flag": flag_str(*f) })).collect::<Vec<_>>(),
                "options": q.options.iter().map(|(id, label, key, count, share)| json!({
                    "id": id, "label": label, "key": key, "count": count, "share": pct(*share),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let path = subject.path();
    let back = match &subject {
        Subject::Assignment(id, _) => json!({ "href": format!("/teach/assignments/{id}"),
            "text": text(app, locale, "analysis-back-assignment", &[]) }),
        Subject::Quiz(_) => json!({ "href": "/admin/quizzes",
            "text": text(app, locale, "analysis-back-quizzes", &[]) }),
    };
    let w = which_str(which);
    let csv = |table: &str| format!("{path}.csv?table={table}&attempts={w}");
    let sorts: serde_json::Map<String, Value> = Sort::ALL
        .iter()
        .map(|k| {
            let href = format!("{path}?attempts={w}&sort={}#questions", k.as_str());
            (
                k.as_str().to_string(),
                json!({ "href": href, "current": *k == sort }),
            )
        })
        .collect();
    let ctx = base_context(req, locale, Some(staff))
        .with("title", &title)
        .with("back", back)
        .with("action", &path)
        .with("which", w)
        .with("sort", sort.as_str())
        .with("sorts", sorts)
        .with("all", which == Which::All)
        .with("n", n)
        .with("min", MIN_ATTEMPTS_TO_JUDGE)
        .with("enough", enough)
        .with("summary", summary)
        .with("chart", chart)
        .with("distribution", distribution)
        .with("questions", questions)
        .with(
            "csv",
            json!({
                "summary": csv("summary"),
                "distribution": csv("distribution"),
                "questions": csv("questions"),
                "options": csv("options"),
            }),
        );
    Ok(Page::new("pages/analysis-quiz", ctx))
}

/// The CSV of one table of a quiz's analysis. With fewer attempts than the minimum, the tables of
/// figures have their header and no rows, as the page shows none.
async fn quiz_csv(
    app: &App,
    locale: Locale,
    subject: Subject,
    table: Option<&str>,
    which: Which,
) -> Result<Csv, AppError> {
    let bank = app.bank();
    let a = quiz_analysis(&app.db, &bank, subject.quiz(), subject.scope(), which).await?;
    let enough = a.summary.n >= MIN_ATTEMPTS_TO_JUDGE;
    let h = |id: &str| text(app, locale, id, &[]);
    let pct = |x: f64| csv_number(x * 100.0, 2);
    let r4 = |x: Option<f64>| x.map(|x| csv_number(x, 4)).unwrap_or_default();
    let stem = subject.file_stem();
    let table = match table.unwrap_or("questions") {
        "summary" => {
            let s = &a.summary;
            let mut rows = vec![vec![h("analysis-attempts"), s.n.to_string()]];
            if enough {
                let p = |x: Option<f64>| x.map(pct).unwrap_or_default();
                rows.extend([
                    vec![h("analysis-mean"), p(s.mean)],
                    vec![h("analysis-median"), p(s.median)],
                    vec![h("analysis-sd"), p(s.sd)],
                    vec![h("analysis-alpha"), r4(s.alpha)],
                    vec![h("analysis-kr20"), r4(s.kr20)],
                    vec![
                        h("analysis-reliability-questions"),
                        s.reliability_questions.len().to_string(),
                    ],
                ]);
            }
            CsvTable {
                name: format!("{stem}-summary"),
                header: vec![h("analysis-col-figure"), h("analysis-col-value")],
                rows,
            }
        }
        "distribution" => {
            let labels = crate::charts::bin_labels(0.0, 100.0, 10);
            let total: usize = a.summary.histogram.iter().sum();
            let rows = if enough {
                labels
                    .iter()
                    .zip(a.summary.histogram)
                    .map(|(l, c)| {
                        vec![
                            csv_text(l),
                            c.to_string(),
                            csv_number(100.0 * c as f64 / total.max(1) as f64, 2),
                        ]
                    })
                    .collect()
            } else {
                Vec::new()
            };
            CsvTable {
                name: format!("{stem}-distribution"),
                header: vec![
                    h("analysis-col-range"),
                    h("analysis-col-count"),
                    h("analysis-col-share"),
                ],
                rows,
            }
        }
        "questions" => {
            let rows = if enough {
                question_rows(app, subject.quiz(), &a, locale)
                    .into_iter()
                    .map(|q| {
                        let judged = !q.flags.contains(&Flag::TooFewAttempts);
                        let flags: Vec<String> = q
                            .flags
                            .iter()
                            .map(|f| {
                                text(
                                    app,
                                    locale,
                                    "analysis-flag",
                                    &[("flag", json!(flag_str(*f)))],
                                )
                            })
                            .collect();
                        vec![
                            q.number.to_string(),
                            csv_text(&q.id),
                            csv_text(&q.prompt),
                            csv_text(&q.kind_text),
                            q.n.to_string(),
                            pct(q.facility),
                            q.sd.map(pct).unwrap_or_default(),
                            r4(q.discrimination.filter(|_| judged)),
                            r4(q.point_biserial.filter(|_| judged)),
                            pct(q.blank_share),
                            csv_text(&flags.join("; ")),
                        ]
                    })
                    .collect()
            } else {
                Vec::new()
            };
            CsvTable {
                name: format!("{stem}-questions"),
                header: [
                    "analysis-col-number",
                    "analysis-col-id",
                    "analysis-col-question",
                    "analysis-col-type",
                    "analysis-col-n",
                    "analysis-col-facility",
                    "analysis-col-sd",
                    "analysis-col-discrimination",
                    "analysis-col-point-biserial",
                    "analysis-col-blanks",
                    "analysis-col-flags",
                ]
                .iter()
                .map(|id| h(id))
                .collect(),
                rows,
            }
        }
        "options" => {
            let mut rows = Vec::new();
            if enough {
                for q in question_rows(app, subject.quiz(), &a, locale) {
                    for (id, label, key, count, share) in &q.options {
                        rows.push(vec![
                            q.number.to_string(),
                            csv_text(&q.id),
                            csv_text(id),
                            csv_text(label),
                            csv_text(&h(if *key { "analysis-yes" } else { "analysis-no" })),
                            count.to_string(),
                            pct(*share),
                        ]);
                    }
                }
            }
            CsvTable {
                name: format!("{stem}-options"),
                header: [
                    "analysis-col-number",
                    "analysis-col-id",
                    "analysis-col-option-id",
                    "analysis-col-option",
                    "analysis-col-key",
                    "analysis-col-count",
                    "analysis-col-share",
                ]
                .iter()
                .map(|id| h(id))
                .collect(),
                rows,
            }
        }
        _ => return Err(AppError::NotFound),
    };
    csv_reply(table)
}

#[get("/teach/assignments/<id>/items?<attempts>&<sort>")]
async fn assignment_items(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AssignmentId,
    attempts: Option<&str>,
    sort: Option<&str>,
) -> Result<Page, AppError> {
    if let Some(a) = placement_assignment(app, &staff.0, id).await? {
        return placement_assignment_page(&req, app, lang, &staff.0, a).await;
    }
    let subject = quiz_assignment(app, &staff.0, id).await?;
    let (which, sort) = (which_of(attempts), Sort::of(sort));
    quiz_page(&req, app, lang, &staff.0, subject, which, sort).await
}

/// The assignment, if it is one of the staff member's and the placement test; `None` for a quiz.
async fn placement_assignment(
    app: &App,
    staff: &User,
    id: AssignmentId,
) -> Result<Option<AssignmentId>, AppError> {
    let scope = scope_of(app, staff).await?;
    let a = visible_assignment(app, &scope, id).await?;
    Ok((a.task == Task::Placement).then_some(a.id))
}

/// The placement items as the tests of one assignment gave them: exposure within the assignment, observed
/// against expected proportion right and fit. An instructor's view of their cohort's test; the bank-wide
/// table and recalibration stay with administrators.
async fn placement_assignment_page(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    staff: &User,
    id: AssignmentId,
) -> Result<Page, AppError> {
    let bank = placement_bank(app)?;
    let (mut stats, tests) = placement_items(&app.db, &bank, Some(id)).await?;
    stats.retain(|s| s.given > 0);
    let ctx = base_context(req, lang.0, Some(staff))
        .with("assignment", id.0)
        .with("tests", tests)
        .with("items", placement_rows(&bank, &stats, tests, lang.0))
        .with("min_responses", MIN_FIT_RESPONSES)
        .with("low", format_decimal(FIT_LOW, 1, lang.0))
        .with("high", format_decimal(FIT_HIGH, 1, lang.0))
        .with("csv_href", format!("/teach/assignments/{id}/items.csv"));
    Ok(Page::new("pages/analysis-placement-assignment", ctx))
}

#[get("/teach/assignments/<id>/items.csv?<table>&<attempts>")]
async fn assignment_items_csv(
    app: &State<App>,
    lang: Lang,
    staff: Instructor,
    id: AssignmentId,
    table: Option<&str>,
    attempts: Option<&str>,
) -> Result<Csv, AppError> {
    if let Some(a) = placement_assignment(app, &staff.0, id).await? {
        return placement_table(app, lang.0, Some(a)).await;
    }
    let subject = quiz_assignment(app, &staff.0, id).await?;
    quiz_csv(app, lang.0, subject, table, which_of(attempts)).await
}

/// Every quiz of the bank with its number of submitted attempts, and the placement items.
#[get("/admin/quizzes")]
async fn quizzes_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
) -> Result<Page, AppError> {
    let counts = closed_counts(&app.db).await?;
    let quizzes: Vec<Value> = app
        .bank()
        .quizzes()
        .map(|(_, q)| {
            json!({
                "id": q.id.to_string(),
                "title": task_title(app, &Task::Quiz(q.id.clone()), lang.0),
                "closed": counts.get(q.id.as_str()).copied().unwrap_or(0),
            })
        })
        .collect();
    let ctx = base_context(&req, lang.0, Some(&admin.0))
        .with("quizzes", quizzes)
        .with("placement", app.placement.is_some());
    Ok(Page::new("pages/analysis-quizzes", ctx))
}

/// A quiz of the bank, or 404.
fn bank_quiz(app: &App, quiz: QuizId) -> Result<Subject, AppError> {
    let bank = app.bank();
    bank.quiz(&quiz)
        .map(|_| Subject::Quiz(quiz.clone()))
        .ok_or(AppError::NotFound)
}

#[get("/admin/quizzes/<quiz>/items?<attempts>&<sort>")]
async fn quiz_items(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    quiz: QuizId,
    attempts: Option<&str>,
    sort: Option<&str>,
) -> Result<Page, AppError> {
    let subject = bank_quiz(app, quiz)?;
    let (which, sort) = (which_of(attempts), Sort::of(sort));
    quiz_page(&req, app, lang, &admin.0, subject, which, sort).await
}

#[get("/admin/quizzes/<quiz>/items.csv?<table>&<attempts>")]
async fn quiz_items_csv(
    app: &State<App>,
    lang: Lang,
    _admin: Admin,
    quiz: QuizId,
    table: Option<&str>,
    attempts: Option<&str>,
) -> Result<Csv, AppError> {
    let subject = bank_quiz(app, quiz)?;
    quiz_csv(app, lang.0, subject, table, which_of(attempts)).await
}

// ---------------------------------------------------------------------------------------------------
// Placement

/// The placement bank, or 404 when the server has none.
fn placement_bank(
    app: &App,
) -> Result<std::sync::Arc<crate::placement::bank::PlacementBank>, AppError> {
    app.placement.clone().ok_or(AppError::NotFound)
}

fn placement_rows(
    bank: &crate::placement::bank::PlacementBank,
    stats: &[PlacementItemStats],
    tests: usize,
    locale: Locale,
) -> Vec<Value> {
    let dec = |x: f64| format_decimal(x, 2, locale);
    let pct = |x: f64| format_decimal(x * 100.0, 1, locale);
    stats
        .iter()
        .map(|s| {
            let item = &bank.pool.items[s.index];
            json!({
                "id": item.id,
                "skill": item.skill,
                "level": item.level.map(|l| l.as_str()),
                "b": dec(item.params.b),
                "given": s.given,
                "exposure": (tests > 0).then(|| pct(s.given as f64 / tests as f64)),
                "responses": s.fit.responses,
                "observed": s.fit.observed.map(pct),
                "expected": s.fit.expected.map(pct),
                "infit": s.fit.infit.map(dec),
                "outfit": s.fit.outfit.map(dec),
                "flags": s.fit.flags.iter().map(|f| json!({ "flag": fit_flag_str(*f) })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The recalibration form as typed, its problem, and its result.
#[derive(Default)]
struct Recalibration {
    min: String,
    error: Option<&'static str>,
    result: Option<Value>,
}

async fn placement_context(
    req: &PageMeta,
    app: &App,
    lang: Lang,
    admin: &User,
    form: Recalibration,
) -> Result<Page, AppError> {
    let bank = placement_bank(app)?;
    let (stats, tests) = placement_items(&app.db, &bank, None).await?;
    let status = if form.error.is_some() {
        Status::UnprocessableEntity
    } else {
        Status::Ok
    };
    let ctx = base_context(req, lang.0, Some(admin))
        .with("tests", tests)
        .with("items", placement_rows(&bank, &stats, tests, lang.0))
        .with("min_responses", MIN_FIT_RESPONSES)
        .with("low", format_decimal(FIT_LOW, 1, lang.0))
        .with("high", format_decimal(FIT_HIGH, 1, lang.0))
        .with(
            "min",
            if form.min.is_empty() {
                MIN_FIT_RESPONSES.to_string()
            } else {
                form.min
            },
        )
        .with("error", form.error)
        .with("calibration", form.result);
    Ok(Page::new("pages/analysis-placement", ctx).status(status))
}

#[get("/admin/placement/items")]
async fn placement_page(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
) -> Result<Page, AppError> {
    placement_context(&req, app, lang, &admin.0, Recalibration::default()).await
}

#[get("/admin/placement/items.csv")]
async fn placement_csv(app: &State<App>, lang: Lang, _admin: Admin) -> Result<Csv, AppError> {
    placement_table(app, lang.0, None).await
}

/// The placement items table as CSV: of every test, or of the tests taken under one assignment (then only
/// the items those tests gave).
async fn placement_table(
    app: &App,
    locale: Locale,
    under: Option<AssignmentId>,
) -> Result<Csv, AppError> {
    let bank = placement_bank(app)?;
    let (mut stats, tests) = placement_items(&app.db, &bank, under).await?;
    if under.is_some() {
        stats.retain(|s| s.given > 0);
    }
    let h = |id: &str| text(app, locale, id, &[]);
    let r4 = |x: Option<f64>| x.map(|x| csv_number(x, 4)).unwrap_or_default();
    let rows = stats
        .iter()
        .map(|s| {
            let item = &bank.pool.items[s.index];
            let flags: Vec<String> = s
                .fit
                .flags
                .iter()
                .map(|f| {
                    text(
                        app,
                        locale,
                        "analysis-fit-flag",
                        &[("flag", json!(fit_flag_str(*f)))],
                    )
                })
                .collect();
            vec![
                csv_text(&item.id),
                csv_text(&item.skill),
                item.level
                    .map(|l| l.as_str())
                    .unwrap_or_default()
                    .to_string(),
                csv_number(item.params.a, 4),
                csv_number(item.params.b, 4),
                s.given.to_string(),
                if tests > 0 {
                    csv_number(100.0 * s.given as f64 / tests as f64, 2)
                } else {
                    String::new()
                },
                s.fit.responses.to_string(),
                s.fit
                    .observed
                    .map(|x| csv_number(100.0 * x, 2))
                    .unwrap_or_default(),
                s.fit
                    .expected
                    .map(|x| csv_number(100.0 * x, 2))
                    .unwrap_or_default(),
                r4(s.fit.infit),
                r4(s.fit.outfit),
                csv_text(&flags.join("; ")),
            ]
        })
        .collect();
    csv_reply(CsvTable {
        name: match under {
            Some(a) => format!("placement-items-assignment-{a}"),
            None => "placement-items".into(),
        },
        header: [
            "analysis-col-item",
            "analysis-col-skill",
            "analysis-col-level",
            "analysis-col-a",
            "analysis-col-b",
            "analysis-col-given",
            "analysis-col-exposure",
            "analysis-col-responses",
            "analysis-col-observed",
            "analysis-col-expected",
            "analysis-col-infit",
            "analysis-col-outfit",
            "analysis-col-flags",
        ]
        .iter()
        .map(|id| h(id))
        .collect(),
        rows,
    })
}

/// Most responses the form accepts as its minimum (beyond any bank's use; keeps the number sane).
const MAX_MIN_RESPONSES: u64 = 1_000_000;

/// Runs the calibration of `ispit placement calibrate` on the stored responses and shows what it would
/// change, with the command that applies it. Nothing is written: the running servers keep the bank they
/// loaded at start (several may share this database), and the bank's files are content an operator
/// changes on purpose, so the page gives the operator the command instead of a second button.
#[post("/admin/placement/recalibrate", data = "<form>")]
async fn recalibrate(
    req: PageMeta,
    app: &State<App>,
    lang: Lang,
    admin: Admin,
    form: CheckedForm,
) -> Result<Page, AppError> {
    let bank = placement_bank(app)?;
    let typed = form.get("min").unwrap_or_default().trim().to_string();
    let min = match typed.parse::<u64>() {
        Ok(n) if (1..=MAX_MIN_RESPONSES).contains(&n) => n,
        _ => {
            let form = Recalibration {
                min: typed,
                error: Some("analysis-error-min"),
                result: None,
            };
            return placement_context(&req, app, lang, &admin.0, form).await;
        }
    };
    let patterns = crate::db::placement::find_all_patterns(&app.db).await?;
    // Joint estimation over every stored test is seconds of arithmetic on a large centre: off the
    // async workers.
    let report = rocket::tokio::task::spawn_blocking({
        let bank = bank.clone();
        move || crate::cli::placement::calibrate(&bank, &patterns)
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let result = calibration_view(&report, min, lang.0);
    let form = Recalibration {
        min: min.to_string(),
        error: None,
        result: Some(result),
    };
    placement_context(&req, app, lang, &admin.0, form).await
}

/// The calibration report as the page shows it: each item's difficulty now and as estimated, and
/// whether `--apply-min-responses min` would write it (the CLI's rule: at least `min` responses).
fn calibration_view(report: &Value, min: u64, locale: Locale) -> Value {
    let dec = |x: f64| format_decimal(x, 3, locale);
    let opt = |v: &Value| v.as_f64().map(|x| format_decimal(x, 2, locale));
    let mut changed = 0;
    let items: Vec<&Value> = report["items"].as_array().into_iter().flatten().collect();
    // Items without usable responses (none, or all right or all wrong) keep their difficulty and are
    // counted rather than listed: on a young bank that is most of them.
    let (estimated, unestimated): (Vec<&Value>, Vec<&Value>) =
        items.into_iter().partition(|i| i["se"].is_number());
    let rows: Vec<Value> = estimated
        .into_iter()
        .map(|i| {
            let old = i["old_b"].as_f64().unwrap_or_default();
            let new = i["b"].as_f64().unwrap_or(old);
            let responses = i["responses"].as_u64().unwrap_or(0);
            let writes = responses >= min && i["se"].is_number();
            let change = new - old;
            let moves = writes && change.abs() >= 0.0005;
            changed += usize::from(moves);
            json!({
                "id": i["id"],
                "old_b": dec(old),
                "b": dec(new),
                "change": format_decimal(change, 3, locale),
                "se": opt(&i["se"]),
                "responses": responses,
                "infit": opt(&i["infit"]),
                "outfit": opt(&i["outfit"]),
                "misfit": i["misfit"].as_bool().unwrap_or(false),
                "changes": moves,
            })
        })
        .collect();
    json!({
        "persons": report["persons_used"],
        "iterations": report["iterations"],
        "changed": changed,
        "rows": rows,
        "unestimated": unestimated.len(),
        "command": format!(
            "ispit placement calibrate --out calibration.json --apply-min-responses {min}"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_that_a_spreadsheet_would_run_get_a_quote() {
        for risky in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_text(risky), format!("'{risky}"), "{risky:?}");
        }
        for safe in ["Pass question 1.", "", "a=b", " =x", "'quoted"] {
            assert_eq!(csv_text(safe), safe);
        }
    }

    #[test]
    fn csv_numbers_use_a_dot_and_no_grouping() {
        assert_eq!(csv_number(12345.678, 2), "12345.68");
        assert_eq!(csv_number(-0.25, 4), "-0.25");
        assert_eq!(csv_number(85.0, 2), "85");
    }

    #[test]
    fn a_table_is_utf8_with_a_bom_and_quoted_as_rfc_4180() {
        let bytes = CsvTable {
            name: "t".into(),
            header: vec!["Питање".into(), "=x".into()],
            rows: vec![vec!["a, \"b\"".into(), "1.5".into()]],
        }
        .into_bytes()
        .expect("written");
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert_eq!(text, "\u{feff}Питање,'=x\n\"a, \"\"b\"\"\",1.5\n");
    }

    #[test]
    fn small_negative_correlations_keep_their_sign() {
        assert_eq!(correlation(0.7206, Locale::En), "0.72");
        assert_eq!(correlation(-0.0042, Locale::En), "-0.004");
        assert_eq!(correlation(-0.0002, Locale::En), "-0");
        assert_eq!(correlation(-0.25, Locale::Hr), "-0,25");
        assert_eq!(correlation(0.0, Locale::En), "0");
    }

    #[test]
    fn long_prompts_are_shortened_on_a_word_boundary_free_cut() {
        assert_eq!(short("  A   short\nprompt "), "A short prompt");
        let long = "x".repeat(200);
        let s = short(&long);
        assert_eq!(s.chars().count(), PROMPT_CHARS);
        assert!(s.ends_with('…'));
    }
}
