//! From the text of `course.toml` and the course's `.ftl` files to a checked [`Course`], or every problem
//! found, each with its file, line and column. Pure: the caller reads the files.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::pattern::{Folding, Pattern};
use super::{
    short_answer_match, Course, DrawRule, Gap, Layout, OrderingScoring, PartialNumber,
    PartialPattern, Points, Question, QuestionKind, Quiz, ReviewOptions, Weights, WEIGHT_SUM_SLACK,
};
use crate::diagnostic::Diagnostic;
use crate::i18n::{self, Locale, Source, Texts};
use crate::ids::{is_slug, ChoiceId, CourseId, QuestionId, QuizId};

/// The only format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCourse {
    format: Spanned<u32>,
    id: Spanned<String>,
    /// The locales the course promises: each needs a complete prose file.
    locales: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    quizzes: Vec<Spanned<RawQuiz>>,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    id: Spanned<String>,
    time_limit_minutes: Option<Spanned<u32>>,
    grace_period_minutes: Option<Spanned<u32>>,
    pass_percent: Spanned<u32>,
    #[serde(default)]
    attempts: u32,
    #[serde(default = "default_layout")]
    layout: Layout,
    #[serde(default = "yes")]
    shuffle_questions: bool,
    #[serde(default = "yes")]
    shuffle_options: bool,
    locales: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    review: ReviewOptions,
    #[serde(default)]
    draw: Vec<Spanned<RawDraw>>,
    /// Email the learner their result when an attempt closes.
    #[serde(default)]
    email_result: bool,
    /// Issue a certificate (and email it) when an attempt passes.
    #[serde(default)]
    certificate: bool,
}

fn default_layout() -> Layout {
    Layout::OnePerPage
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDraw {
    category: Spanned<String>,
    count: Spanned<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
/// One gap: `options` and `correct` (chosen), `accept` (and `accept_by_locale`) with its folding (typed
/// words), or `answer` and
/// `tolerance` (a typed number). Which keys go together is checked when the gap is read.
struct RawGap {
    options: Option<Spanned<Vec<String>>>,
    correct: Option<Spanned<String>>,
    accept: Option<SpannedList>,
    accept_by_locale: Option<Spanned<BTreeMap<Spanned<String>, SpannedStrings>>>,
    case_sensitive: Option<Spanned<bool>>,
    diacritics_sensitive: Option<Spanned<bool>>,
    answer: Option<Spanned<f64>>,
    tolerance: Option<Spanned<f64>>,
}

/// One entry of `partial`: a short answer's `pattern`, or a numerical `answer` and `tolerance`, with the
/// fraction of the points it earns. Which keys apply is checked by question type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartial {
    pattern: Option<Spanned<String>>,
    answer: Option<Spanned<f64>>,
    tolerance: Option<Spanned<f64>>,
    fraction: Spanned<f64>,
}

/// Strings, each with its place in `course.toml`.
type SpannedStrings = Vec<Spanned<String>>;

/// A list of ids (or patterns), each with its place in `course.toml`.
type SpannedList = Spanned<SpannedStrings>;

/// How many different values a list holds (a listed-twice value is reported on its own).
fn distinct(values: &SpannedList) -> usize {
    values
        .get_ref()
        .iter()
        .map(|v| v.get_ref())
        .collect::<BTreeSet<_>>()
        .len()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    points: Option<Spanned<f64>>,
    category: Spanned<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[allow(dead_code)]
    source: Option<String>,
    options: Option<SpannedList>,
    correct: Option<Spanned<toml::Value>>,
    negative_marking: Option<Spanned<bool>>,
    weights: Option<Spanned<BTreeMap<Spanned<String>, Spanned<f64>>>>,
    accept: Option<SpannedList>,
    accept_by_locale: Option<Spanned<BTreeMap<Spanned<String>, SpannedStrings>>>,
    case_sensitive: Option<Spanned<bool>>,
    diacritics_sensitive: Option<Spanned<bool>>,
    must_accept: Option<SpannedList>,
    must_refuse: Option<SpannedList>,
    must_accept_by_locale: Option<Spanned<BTreeMap<Spanned<String>, SpannedStrings>>>,
    must_refuse_by_locale: Option<Spanned<BTreeMap<Spanned<String>, SpannedStrings>>>,
    answer: Option<Spanned<f64>>,
    tolerance: Option<Spanned<f64>>,
    left: Option<SpannedList>,
    right: Option<SpannedList>,
    pairs: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
    gaps: Option<Spanned<BTreeMap<Spanned<String>, RawGap>>>,
    items: Option<SpannedList>,
    ordering_scoring: Option<Spanned<OrderingScoring>>,
    partial: Option<Spanned<Vec<Spanned<RawPartial>>>>,
}

impl RawQuestion {
    /// Type-specific keys present in the table, with their spans.
    fn present_keys(&self) -> Vec<(&'static str, Range<usize>)> {
        let mut keys = Vec::new();
        macro_rules! key {
            ($field:ident) => {
                if let Some(v) = &self.$field {
                    keys.push((stringify!($field), v.span()));
                }
            };
        }
        key!(options);
        key!(correct);
        key!(negative_marking);
        key!(weights);
        key!(accept);
        key!(accept_by_locale);
        key!(case_sensitive);
        key!(diacritics_sensitive);
        key!(must_accept);
        key!(must_refuse);
        key!(must_accept_by_locale);
        key!(must_refuse_by_locale);
        key!(answer);
        key!(tolerance);
        key!(left);
        key!(right);
        key!(pairs);
        key!(gaps);
        key!(items);
        key!(ordering_scoring);
        key!(partial);
        keys
    }
}

/// A parsed course and the problems that do not stop it from loading (incomplete translations).
#[derive(Debug)]
pub struct ParsedCourse {
    pub course: Course,
    pub warnings: Vec<Diagnostic>,
    /// Where each quiz's id is written (line, column), for problems that span courses.
    pub quiz_places: BTreeMap<QuizId, (usize, usize)>,
}

struct Ctx<'a> {
    path: &'a Path,
    source: &'a str,
    problems: Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(Diagnostic::at_offset(
            self.path,
            self.source,
            span.start,
            message,
        ));
    }

    fn slug<T: std::str::FromStr>(
        &mut self,
        value: &str,
        span: Range<usize>,
        what: &str,
    ) -> Option<T> {
        match value.parse::<T>() {
            Ok(v) => Some(v),
            Err(_) => {
                self.error(
                    span,
                    format!(
                        "{what} `{value}` is not a valid id: use lowercase letters, digits and '-'"
                    ),
                );
                None
            }
        }
    }

    /// The ids of a list, each fault reported at the value that has it.
    fn choice_ids(&mut self, values: &SpannedList, what: &str) -> Vec<ChoiceId> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for v in values.get_ref() {
            let (value, span) = (v.get_ref(), v.span());
            if !seen.insert(value.clone()) {
                self.error(span, format!("{what} `{value}` is listed twice"));
                continue;
            }
            if let Some(id) = self.slug::<ChoiceId>(value, span, what) {
                out.push(id);
            }
        }
        out
    }
}

/// Parses one course. `toml_path` names `course.toml` in diagnostics; `ftl` holds each stored locale's
/// prose file. Every problem is returned at once; nothing is half-loaded.
pub fn parse_course(
    dir: &Path,
    toml_path: &Path,
    toml_text: &str,
    ftl: &BTreeMap<Locale, Source>,
) -> Result<ParsedCourse, Vec<Diagnostic>> {
    let mut ctx = Ctx {
        path: toml_path,
        source: toml_text,
        problems: Vec::new(),
    };
    let raw: RawCourse = match toml::from_str(toml_text) {
        Ok(raw) => raw,
        Err(e) => {
            // One line per problem: the parser's message may have several.
            let offset = e.span().map_or(0, |s| s.start);
            ctx.error(
                offset..offset,
                e.message().lines().collect::<Vec<_>>().join("; "),
            );
            return Err(ctx.problems);
        }
    };
    if *raw.format.get_ref() != FORMAT_VERSION {
        ctx.error(
            raw.format.span(),
            format!(
                "unsupported format version {} (this ispit reads version {FORMAT_VERSION})",
                raw.format.get_ref()
            ),
        );
        return Err(ctx.problems);
    }
    let course_id = ctx.slug::<CourseId>(raw.id.get_ref(), raw.id.span(), "course id");
    if let Some(dir_name) = dir.file_name().and_then(|n| n.to_str()) {
        if raw.id.get_ref() != dir_name {
            ctx.error(
                raw.id.span(),
                format!(
                    "course id `{}` must equal its folder name `{dir_name}`",
                    raw.id.get_ref()
                ),
            );
        }
    }

    let mut questions = Vec::new();
    let mut seen = BTreeMap::new();
    for raw_q in &raw.questions {
        let id = raw_q.get_ref().id.get_ref();
        if let Some(first) = seen.insert(id.clone(), raw_q.span()) {
            let (line, _) = crate::diagnostic::line_col(toml_text, first.start);
            ctx.error(
                raw_q.get_ref().id.span(),
                format!("question id `{id}` is used twice (first on line {line})"),
            );
            continue;
        }
        if let Some(q) = parse_question(&mut ctx, raw_q.get_ref()) {
            questions.push((q, raw_q.span()));
        }
    }
    if raw.questions.is_empty() {
        ctx.error(0..0, "the course has no questions");
    }

    // Counted from the raw tables, so one broken question does not also break every draw rule.
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    for raw_q in &raw.questions {
        *by_category
            .entry(raw_q.get_ref().category.get_ref().as_str())
            .or_default() += 1;
    }
    let broken: Vec<String> = raw
        .questions
        .iter()
        .map(|r| format!("q-{}", r.get_ref().id.get_ref()))
        .filter(|m| !questions.iter().any(|(q, _)| &q.message_id() == m))
        .collect();
    let mut quizzes = Vec::new();
    for raw_quiz in &raw.quizzes {
        if let (Some(quiz), Some(course)) = (
            parse_quiz(&mut ctx, raw_quiz.get_ref(), &by_category),
            course_id.clone(),
        ) {
            quizzes.push((Quiz { course, ..quiz }, raw_quiz));
        }
    }

    // The prose, checked against what the structure needs.
    let mut texts_problems = Vec::new();
    let texts = match Texts::parse(&ftl.iter().map(|(l, s)| (*l, vec![s.clone()])).collect()) {
        Ok(t) => Some(t),
        Err(p) => {
            texts_problems.extend(p);
            None
        }
    };
    let mut warnings = Vec::new();
    let mut problems = ctx.problems;
    problems.extend(texts_problems);
    let declared = declared_locales(&mut problems, dir, toml_path, toml_text, &raw, ftl);
    let Some(texts) = texts else {
        return Err(problems);
    };
    if !ftl.contains_key(&Locale::En) {
        problems.push(Diagnostic::in_file(
            &dir.join("en.ftl"),
            "missing: every course needs its English prose",
        ));
    }
    let mut expected = expected_messages(
        &quizzes.iter().map(|(q, _)| q).collect::<Vec<_>>(),
        &questions.iter().map(|(q, _)| q).collect::<Vec<_>>(),
    );
    for id in broken {
        // Already reported in course.toml; its prose cannot be checked against a structure we lack.
        expected.entry(id).or_insert(ExpectedAttrs {
            lenient: true,
            ..Default::default()
        });
    }
    let mut complete_questions: BTreeMap<Locale, BTreeSet<String>> = BTreeMap::new();
    // An optional attribute (feedback) the English prose has is part of every translation.
    let english_attributes = |id: &str| -> BTreeSet<String> {
        texts
            .index(Locale::En)
            .and_then(|index| index.messages.get(id))
            .map(|info| info.attributes.iter().cloned().collect())
            .unwrap_or_default()
    };
    for (&locale, source) in ftl {
        let Some(index) = texts.index(locale) else {
            continue;
        };
        let mut missing = Vec::new();
        for (id, attrs) in &expected {
            let Some(info) = index.messages.get(id) else {
                missing.push(id.clone());
                continue;
            };
            if attrs.lenient {
                continue;
            }
            // At the attribute's line when the problem is in one, else at the message's.
            let locate = |problems: &mut Vec<Diagnostic>, attribute: &str, msg: String| {
                let offset = Some(attribute)
                    .filter(|a| !a.is_empty())
                    .and_then(|a| i18n::attribute_offset(&source.text, id, a))
                    .or_else(|| i18n::message_offset(&source.text, id))
                    .unwrap_or(0);
                problems.push(Diagnostic::at_offset(
                    &source.path,
                    &source.text,
                    offset,
                    msg,
                ));
            };
            if !info.has_value {
                locate(&mut problems, "", format!("message `{id}` needs a value"));
            }
            let mut complete = info.has_value;
            let english = english_attributes(id);
            let translated_optional = attrs.optional.intersection(&english);
            let expected_here: BTreeSet<&String> =
                attrs.required.iter().chain(translated_optional).collect();
            for a in expected_here {
                if !info.attributes.contains(a) {
                    missing.push(format!("{id}.{a}"));
                    complete = false;
                }
            }
            for a in &info.attributes {
                if !attrs.required.contains(a) && !attrs.optional.contains(a) {
                    locate(
                        &mut problems,
                        a,
                        format!("attribute `.{a}` of `{id}` is not used by the question (obsolete or misspelt?)"),
                    );
                }
            }
            for (attr, vars) in &info.variables {
                let allowed = attrs.variables.get(attr).cloned().unwrap_or_default();
                if vars != &allowed {
                    let place = if attr.is_empty() {
                        id.clone()
                    } else {
                        format!("{id}.{attr}")
                    };
                    locate(
                        &mut problems,
                        attr,
                        format!(
                            "`{place}` uses variables {} but should use {}",
                            fmt_set(vars),
                            fmt_set(&allowed)
                        ),
                    );
                }
            }
            if complete {
                complete_questions
                    .entry(locale)
                    .or_default()
                    .insert(id.clone());
            }
        }
        for id in index.messages.keys() {
            if !expected.contains_key(id) {
                let offset = i18n::message_offset(&source.text, id).unwrap_or(0);
                problems.push(Diagnostic::at_offset(
                    &source.path,
                    &source.text,
                    offset,
                    format!(
                        "message `{id}` belongs to no question or quiz (obsolete or misspelt?)"
                    ),
                ));
            }
        }
        if !missing.is_empty() {
            // English and the declared locales are promised: name every gap. Elsewhere a translation in
            // progress only narrows the offer, and a sample of what is left is enough.
            let promised = locale == Locale::En || declared.contains(&locale);
            let shown = if promised { missing.len() } else { 5 };
            let list = missing
                .iter()
                .take(shown)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            let more = missing.len().saturating_sub(shown);
            let text = if more > 0 {
                format!("{list} and {more} more")
            } else {
                list
            };
            let count = match missing.len() {
                1 => "1 translation missing".to_string(),
                n => format!("{n} translations missing"),
            };
            let d = Diagnostic::in_file(&source.path, format!("{count}: {text}"));
            if promised {
                problems.push(d);
            } else {
                warnings.push(d);
            }
        }
    }

    let questions: Vec<Question> = questions.into_iter().map(|(q, _)| q).collect();
    let mut ready = Vec::new();
    let mut quiz_places = BTreeMap::new();
    for (mut quiz, raw_quiz) in quizzes {
        quiz_places.insert(
            quiz.id.clone(),
            crate::diagnostic::line_col(toml_text, raw_quiz.get_ref().id.span().start),
        );
        let needed = quiz_messages(&quiz, &questions);
        let complete: BTreeSet<Locale> = Locale::ALL
            .into_iter()
            .filter(|l| {
                complete_questions
                    .get(&l.source())
                    .is_some_and(|have| needed.iter().all(|m| have.contains(m)))
            })
            .collect();
        match &raw_quiz.get_ref().locales {
            Some(listed) => {
                let mut chosen = BTreeSet::new();
                for tag in listed.get_ref() {
                    match tag.get_ref().parse::<Locale>() {
                        Ok(l) if complete.contains(&l) => {
                            chosen.insert(l);
                        }
                        Ok(l) => problems.push(Diagnostic::at_offset(
                            toml_path,
                            toml_text,
                            tag.span().start,
                            format!(
                                "quiz `{}` is offered in `{l}`, but its prose is incomplete there",
                                quiz.id
                            ),
                        )),
                        Err(e) => problems.push(Diagnostic::at_offset(
                            toml_path,
                            toml_text,
                            tag.span().start,
                            e.to_string(),
                        )),
                    }
                }
                quiz.locales = chosen;
            }
            None => quiz.locales = complete,
        }
        ready.push(quiz);
    }

    if !problems.is_empty() {
        problems.sort();
        problems.dedup();
        return Err(problems);
    }
    let Some(id) = course_id else {
        return Err(problems);
    };
    Ok(ParsedCourse {
        course: Course {
            id,
            dir: dir.to_path_buf(),
            quizzes: ready,
            questions,
            texts,
        },
        warnings,
        quiz_places,
    })
}

/// Checks the course's `locales` declaration: known stored locales, each listed once, each with its prose
/// file. Returns the declared locales (completeness is checked with the other prose checks).
fn declared_locales(
    problems: &mut Vec<Diagnostic>,
    dir: &Path,
    toml_path: &Path,
    toml_text: &str,
    raw: &RawCourse,
    ftl: &BTreeMap<Locale, Source>,
) -> BTreeSet<Locale> {
    let mut declared = BTreeSet::new();
    let Some(listed) = &raw.locales else {
        return declared;
    };
    let mut problem = |offset: usize, message: String| {
        problems.push(Diagnostic::at_offset(toml_path, toml_text, offset, message));
    };
    for tag in listed.get_ref() {
        let offset = tag.span().start;
        match tag.get_ref().parse::<Locale>() {
            Ok(Locale::SrLatn) => problem(
                offset,
                "sr-Latn is derived from sr-Cyrl by transliteration: declare sr-Cyrl".to_string(),
            ),
            Ok(l) if !declared.insert(l) => {
                problem(offset, format!("locale `{l}` is declared twice"))
            }
            Ok(l) if !ftl.contains_key(&l) => problem(
                offset,
                format!(
                    "locale `{l}` is declared but its prose file {} is missing",
                    dir.join(format!("{}.ftl", l.tag())).display()
                ),
            ),
            Ok(_) => {}
            Err(e) => problem(offset, e.to_string()),
        }
    }
    declared
}

fn fmt_set(s: &BTreeSet<String>) -> String {
    if s.is_empty() {
        "none".to_string()
    } else {
        s.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Default)]
struct ExpectedAttrs {
    required: BTreeSet<String>,
    optional: BTreeSet<String>,
    /// Variables allowed per attribute ("" = value); absent means none.
    variables: BTreeMap<String, BTreeSet<String>>,
    /// The question behind it did not parse: only the message's presence is checked.
    lenient: bool,
}

fn expected_messages(
    quizzes: &[&Quiz],
    questions: &[&Question],
) -> BTreeMap<String, ExpectedAttrs> {
    let mut out = BTreeMap::new();
    out.insert("course-title".to_string(), ExpectedAttrs::default());
    out.insert("course-description".to_string(), ExpectedAttrs::default());
    for quiz in quizzes {
        out.insert(
            format!("quiz-{}", quiz.id),
            ExpectedAttrs {
                required: ["description".to_string()].into(),
                ..Default::default()
            },
        );
    }
    for q in questions {
        let (required, optional) = q.kind.attributes();
        let mut variables = BTreeMap::new();
        if let QuestionKind::GapFill { gaps } = &q.kind {
            variables.insert(
                "text".to_string(),
                gaps.keys().map(|g| g.to_string()).collect(),
            );
        }
        out.insert(
            q.message_id(),
            ExpectedAttrs {
                required,
                optional,
                variables,
                lenient: false,
            },
        );
    }
    out
}

fn quiz_messages(quiz: &Quiz, questions: &[Question]) -> Vec<String> {
    let categories: BTreeSet<&str> = quiz.draw.iter().map(|d| d.category.as_str()).collect();
    [
        "course-title".to_string(),
        "course-description".to_string(),
        format!("quiz-{}", quiz.id),
    ]
    .into_iter()
    .chain(
        questions
            .iter()
            .filter(|q| categories.contains(q.category.as_str()))
            .map(Question::message_id),
    )
    .collect()
}

fn parse_quiz(
    ctx: &mut Ctx<'_>,
    raw: &RawQuiz,
    by_category: &BTreeMap<&str, usize>,
) -> Option<Quiz> {
    let id = ctx.slug::<QuizId>(raw.id.get_ref(), raw.id.span(), "quiz id");
    if *raw.pass_percent.get_ref() > 100 {
        ctx.error(
            raw.pass_percent.span(),
            "pass_percent must be between 0 and 100",
        );
    }
    if let Some(t) = &raw.time_limit_minutes {
        if *t.get_ref() == 0 {
            ctx.error(
                t.span(),
                "time_limit_minutes must be at least 1 (leave it out for no limit)",
            );
        }
    }
    if let Some(g) = &raw.grace_period_minutes {
        if *g.get_ref() == 0 {
            ctx.error(
                g.span(),
                "grace_period_minutes must be at least 1 (leave it out for none)",
            );
        } else if raw.time_limit_minutes.is_none() {
            ctx.error(
                g.span(),
                "grace_period_minutes needs a time_limit_minutes to follow",
            );
        }
    }
    if raw.draw.is_empty() {
        ctx.error(
            raw.id.span(),
            "the quiz draws no questions: add [[quizzes.draw]] rules",
        );
    }
    let mut draw = Vec::new();
    let mut seen = BTreeSet::new();
    for rule in &raw.draw {
        let r = rule.get_ref();
        let (category, count) = (r.category.get_ref(), *r.count.get_ref());
        let available = by_category.get(category.as_str()).copied().unwrap_or(0);
        if !seen.insert(category.clone()) {
            ctx.error(
                r.category.span(),
                format!("category `{category}` is drawn from twice"),
            );
        } else if available == 0 {
            ctx.error(
                r.category.span(),
                format!("no question has category `{category}`"),
            );
        } else if count == 0 || count > available {
            ctx.error(
                r.count.span(),
                format!(
                    "draws {count} from category `{category}`, which has {available} {}",
                    if available == 1 {
                        "question"
                    } else {
                        "questions"
                    }
                ),
            );
        }
        draw.push(DrawRule {
            category: category.clone(),
            count,
        });
    }
    Some(Quiz {
        id: id?,
        course: "placeholder".parse().ok()?,
        time_limit_seconds: raw
            .time_limit_minutes
            .as_ref()
            .map(|m| i64::from(*m.get_ref()) * 60),
        grace_seconds: raw
            .grace_period_minutes
            .as_ref()
            .map(|m| i64::from(*m.get_ref()) * 60),
        pass_percent: u8::try_from(*raw.pass_percent.get_ref())
            .unwrap_or(100)
            .min(100),
        attempts_allowed: (raw.attempts > 0).then_some(raw.attempts),
        layout: raw.layout,
        shuffle_questions: raw.shuffle_questions,
        shuffle_options: raw.shuffle_options,
        review: raw.review,
        draw,
        locales: BTreeSet::new(),
        email_result: raw.email_result,
        certificate: raw.certificate,
    })
}

/// The answers an author says a short-answer question must accept or refuse, tried as a learner's would be
/// scored: the general lists in every locale, the per-locale lists in theirs. A failing example is a problem
/// at the example, naming the pattern that let a refused answer in.
fn check_examples(
    ctx: &mut Ctx<'_>,
    raw: &RawQuestion,
    accept: &[Pattern],
    accept_by_locale: &BTreeMap<Locale, Vec<Pattern>>,
    folding: Folding,
) {
    let mut lists: Vec<(&Spanned<String>, bool, Vec<Locale>)> = Vec::new();
    for (list, must) in [(&raw.must_accept, true), (&raw.must_refuse, false)] {
        for example in list.iter().flat_map(|l| l.get_ref()) {
            lists.push((example, must, Locale::STORED.to_vec()));
        }
    }
    for (by, must) in [
        (&raw.must_accept_by_locale, true),
        (&raw.must_refuse_by_locale, false),
    ] {
        for (tag, list) in by.iter().flat_map(|b| b.get_ref()) {
            match tag.get_ref().parse::<Locale>() {
                Ok(Locale::SrLatn) => ctx.error(
                    tag.span(),
                    "sr-Latn examples are tried through sr-Cyrl; list them under sr-Cyrl",
                ),
                Ok(l) => lists.extend(list.iter().map(|e| (e, must, vec![l]))),
                Err(e) => ctx.error(tag.span(), e.to_string()),
            }
        }
    }
    for (example, must, locales) in lists {
        let text = example.get_ref();
        let failed = locales.into_iter().find_map(|l| {
            let matched = short_answer_match(accept, accept_by_locale, folding, l, text);
            match (must, matched) {
                (true, None) => Some(format!(
                    "`{text}` must be accepted, but no pattern accepts it in {l}"
                )),
                (false, Some(p)) => Some(format!(
                    "`{text}` must be refused, but pattern `{}` accepts it in {l}",
                    p.source()
                )),
                _ => None,
            }
        });
        if let Some(message) = failed {
            ctx.error(example.span(), message);
        }
    }
}

/// The `weights` of a choice question: each names an option and lies in [-1, 1], else it is refused where
/// it is written. Weights naming no option are left out; the others are kept, so that checks against the
/// key speak of the weight as written.
fn parse_weights(
    ctx: &mut Ctx<'_>,
    raw: &Spanned<BTreeMap<Spanned<String>, Spanned<f64>>>,
    options: &[ChoiceId],
) -> Weights {
    let mut out = BTreeMap::new();
    for (name, weight) in raw.get_ref() {
        let Some(id) = name
            .get_ref()
            .parse::<ChoiceId>()
            .ok()
            .filter(|id| options.contains(id))
        else {
            ctx.error(
                name.span(),
                format!(
                    "`weights` names `{}`, which is not one of the options",
                    name.get_ref()
                ),
            );
            continue;
        };
        let w = *weight.get_ref();
        if !(-1.0..=1.0).contains(&w) {
            ctx.error(
                weight.span(),
                format!("weight of `{id}` must be between -1 and 1"),
            );
        }
        out.insert(id, w);
    }
    Weights(out)
}

/// A weighted multiple-choice question's key: `correct` lists exactly the options of positive weight, and
/// those weights sum to 1 (within [`WEIGHT_SUM_SLACK`]), as Moodle asks of a multi-answer question.
fn check_multiple_weights(
    ctx: &mut Ctx<'_>,
    weights_span: Range<usize>,
    correct_span: Range<usize>,
    options: &[ChoiceId],
    correct: &BTreeSet<ChoiceId>,
    weights: &Weights,
) {
    let positive: BTreeSet<ChoiceId> = options
        .iter()
        .filter(|o| weights.of(o) > 0.0)
        .cloned()
        .collect();
    if positive.is_empty() {
        ctx.error(weights_span, "`weights` gives no option a positive weight");
        return;
    }
    if &positive != correct {
        let listed = positive
            .iter()
            .map(|o| format!("`{o}`"))
            .collect::<Vec<_>>()
            .join(", ");
        ctx.error(
            correct_span,
            format!("`correct` must list exactly the options of positive weight: {listed}"),
        );
    }
    let sum: f64 = positive.iter().map(|o| weights.of(o)).sum();
    if (sum - 1.0).abs() > WEIGHT_SUM_SLACK {
        let shown = (sum * 1e6).round() / 1e6;
        ctx.error(
            weights_span,
            format!("the positive weights sum to {shown}; they must sum to 1"),
        );
    }
}

/// A key of a table as written, with its place.
type KeyAt<'a> = (&'a str, Range<usize>);

/// One gap of a gap-fill question, of the kind its keys say: chosen (`options`, `correct`), typed words
/// (`accept`, with `case_sensitive` and `diacritics_sensitive`) or a typed number (`answer`, `tolerance`).
fn read_gap(ctx: &mut Ctx<'_>, name_at: &Spanned<String>, gap: &RawGap) -> Option<Gap> {
    let name = name_at.get_ref();
    let choice_keys = [
        gap.options.as_ref().map(|o| ("options", o.span())),
        gap.correct.as_ref().map(|c| ("correct", c.span())),
    ];
    let text_keys = [
        gap.accept.as_ref().map(|a| ("accept", a.span())),
        gap.accept_by_locale
            .as_ref()
            .map(|a| ("accept_by_locale", a.span())),
        gap.case_sensitive
            .as_ref()
            .map(|c| ("case_sensitive", c.span())),
        gap.diacritics_sensitive
            .as_ref()
            .map(|d| ("diacritics_sensitive", d.span())),
    ];
    let number_keys = [
        gap.answer.as_ref().map(|a| ("answer", a.span())),
        gap.tolerance.as_ref().map(|t| ("tolerance", t.span())),
    ];
    let kinds: Vec<(&str, &[Option<KeyAt>])> = [
        ("chosen", &choice_keys[..]),
        ("typed words", &text_keys[..]),
        ("a typed number", &number_keys[..]),
    ]
    .into_iter()
    .filter(|(_, keys)| keys.iter().any(Option::is_some))
    .collect();
    let kind = match kinds.as_slice() {
        [] => {
            ctx.error(
                name_at.span(),
                format!("gap `{name}` needs `options` and `correct` (chosen), `accept` (typed words) or `answer` (a typed number)"),
            );
            return None;
        }
        [(kind, _)] => *kind,
        [(first, _), (_, keys), ..] => {
            let (key, span) = keys.iter().flatten().next().cloned()?;
            ctx.error(
                span,
                format!("`{key}` does not apply to gap `{name}`: its other keys make it {first}"),
            );
            return None;
        }
    };
    match kind {
        "chosen" => {
            let (Some(options_at), Some(correct)) = (&gap.options, &gap.correct) else {
                let lacking = if gap.options.is_none() {
                    "options"
                } else {
                    "correct"
                };
                ctx.error(name_at.span(), format!("gap `{name}` needs `{lacking}`"));
                return None;
            };
            let raw_options = options_at.get_ref();
            let options: Vec<ChoiceId> =
                raw_options.iter().filter_map(|o| o.parse().ok()).collect();
            if options.len() != raw_options.len() || options.len() < 2 {
                ctx.error(
                    options_at.span(),
                    format!("gap `{name}` needs at least two options with valid ids"),
                );
            }
            match correct.get_ref().parse::<ChoiceId>() {
                Ok(c) if options.contains(&c) => Some(Gap::Choice {
                    options,
                    correct: c,
                }),
                _ => {
                    ctx.error(
                        correct.span(),
                        format!(
                            "correct choice `{}` of gap `{name}` is not one of its options",
                            correct.get_ref()
                        ),
                    );
                    None
                }
            }
        }
        "typed words" => {
            let folding = folding_of(
                gap.case_sensitive.as_ref(),
                gap.diacritics_sensitive.as_ref(),
            );
            let Some(accept_at) = &gap.accept else {
                ctx.error(name_at.span(), format!("gap `{name}` needs `accept`"));
                return None;
            };
            let accept = compile_patterns(ctx, accept_at.get_ref(), folding);
            if accept_at.get_ref().is_empty() {
                ctx.error(
                    accept_at.span(),
                    format!("gap `{name}` needs at least one pattern to accept"),
                );
            }
            let accept_by_locale = locale_patterns(ctx, gap.accept_by_locale.as_ref(), folding);
            (!accept.is_empty()).then_some(Gap::Text {
                accept,
                accept_by_locale,
                folding,
            })
        }
        _ => {
            let Some(answer) = &gap.answer else {
                ctx.error(name_at.span(), format!("gap `{name}` needs `answer`"));
                return None;
            };
            if !answer.get_ref().is_finite() {
                ctx.error(answer.span(), "answer must be a number");
                return None;
            }
            Some(Gap::Number {
                answer: *answer.get_ref(),
                tolerance: checked_tolerance(ctx, gap.tolerance.as_ref()),
            })
        }
    }
}

/// How typed text is compared, from `case_sensitive` and `diacritics_sensitive` (both off when absent).
fn folding_of(case: Option<&Spanned<bool>>, diacritics: Option<&Spanned<bool>>) -> Folding {
    Folding {
        case_sensitive: case.is_some_and(|v| *v.get_ref()),
        diacritics_sensitive: diacritics.is_some_and(|v| *v.get_ref()),
    }
}

/// Patterns accepted in one language only (`accept_by_locale`), by locale; sr-Latn's come from sr-Cyrl's.
fn locale_patterns(
    ctx: &mut Ctx<'_>,
    by: Option<&Spanned<BTreeMap<Spanned<String>, SpannedStrings>>>,
    folding: Folding,
) -> BTreeMap<Locale, Vec<Pattern>> {
    let mut out = BTreeMap::new();
    for (tag, list) in by.map(Spanned::get_ref).into_iter().flatten() {
        match tag.get_ref().parse::<Locale>() {
            Ok(Locale::SrLatn) => ctx.error(
                tag.span(),
                "sr-Latn patterns are derived from sr-Cyrl; list them under sr-Cyrl",
            ),
            Ok(l) => {
                let patterns = compile_patterns(ctx, list, folding);
                out.insert(l, patterns);
            }
            Err(e) => ctx.error(tag.span(), e.to_string()),
        }
    }
    out
}

/// Accept patterns as written, each that would accept anything refused at its place.
fn compile_patterns(ctx: &mut Ctx<'_>, list: &[Spanned<String>], folding: Folding) -> Vec<Pattern> {
    list.iter()
        .filter_map(|s| {
            let p = Pattern::new(s.get_ref(), folding);
            if p.is_empty() {
                ctx.error(
                    s.span(),
                    format!("pattern `{}` would accept anything", p.source()),
                );
                return None;
            }
            Some(p)
        })
        .collect()
}

/// A tolerance as written: zero when absent, refused when negative or not a number.
fn checked_tolerance(ctx: &mut Ctx<'_>, tolerance: Option<&Spanned<f64>>) -> f64 {
    let Some(t) = tolerance else {
        return 0.0;
    };
    let value = *t.get_ref();
    if !(value.is_finite() && value >= 0.0) {
        ctx.error(t.span(), "tolerance must be zero or positive");
    }
    value
}

/// Which question a `partial` list belongs to, and so which keys its entries take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartialOf {
    Short,
    Numerical,
}

impl PartialOf {
    fn type_name(self) -> &'static str {
        match self {
            PartialOf::Short => "short",
            PartialOf::Numerical => "numerical",
        }
    }

    /// The key an entry needs, and where full marks are written instead.
    fn key_and_full(self) -> (&'static str, &'static str) {
        match self {
            PartialOf::Short => ("pattern", "accept"),
            PartialOf::Numerical => ("answer", "answer"),
        }
    }
}

/// The entries of `partial` with their fractions, each checked for what its question type asks: the key it
/// needs (`pattern`, or `answer` with an optional `tolerance`), no key of the other type, and a fraction
/// strictly between 0 and 1 (full marks belong in `accept` or `answer`). An entry without its key is left
/// out.
fn partial_entries<'r>(
    ctx: &mut Ctx<'_>,
    raw: &'r RawQuestion,
    of: PartialOf,
) -> Vec<(&'r RawPartial, f64)> {
    let (key, full) = of.key_and_full();
    let type_name = of.type_name();
    let mut out = Vec::new();
    for entry in raw.partial.iter().flat_map(|p| p.get_ref()) {
        let e = entry.get_ref();
        let foreign = match of {
            PartialOf::Short => vec![
                ("answer", e.answer.as_ref().map(|v| v.span())),
                ("tolerance", e.tolerance.as_ref().map(|v| v.span())),
            ],
            PartialOf::Numerical => vec![("pattern", e.pattern.as_ref().map(|v| v.span()))],
        };
        for (name, span) in foreign {
            if let Some(span) = span {
                ctx.error(
                    span,
                    format!(
                        "`{name}` does not apply to a partial answer of a `{type_name}` question"
                    ),
                );
            }
        }
        let fraction = *e.fraction.get_ref();
        if !(fraction > 0.0 && fraction < 1.0) {
            ctx.error(
                e.fraction.span(),
                format!(
                    "fraction must be greater than 0 and less than 1 (full marks belong in `{full}`)"
                ),
            );
        }
        let has_key = match of {
            PartialOf::Short => e.pattern.is_some(),
            PartialOf::Numerical => e.answer.is_some(),
        };
        if has_key {
            out.push((e, fraction));
        } else {
            ctx.error(
                entry.span(),
                format!("a partial answer of a `{type_name}` question needs `{key}`"),
            );
        }
    }
    out
}

fn parse_question(ctx: &mut Ctx<'_>, raw: &RawQuestion) -> Option<Question> {
    let id = ctx.slug::<QuestionId>(raw.id.get_ref(), raw.id.span(), "question id");
    let kind_name = raw.kind.get_ref().as_str();
    let allowed: &[&str] = match kind_name {
        "single" => &["options", "correct", "weights"],
        "multiple" => &["options", "correct", "negative_marking", "weights"],
        "true-false" => &["correct"],
        "short" => &[
            "accept",
            "accept_by_locale",
            "case_sensitive",
            "diacritics_sensitive",
            "must_accept",
            "must_refuse",
            "must_accept_by_locale",
            "must_refuse_by_locale",
            "partial",
        ],
        "numerical" => &["answer", "tolerance", "partial"],
        "matching" => &["left", "right", "pairs"],
        "gap-fill" => &["gaps"],
        "ordering" => &["items", "ordering_scoring"],
        "description" | "essay" => &[],
        other => {
            ctx.error(
                raw.kind.span(),
                format!(
                    "unknown question type `{other}`: expected single, multiple, true-false, short, numerical, matching, gap-fill, ordering, essay or description"
                ),
            );
            return None;
        }
    };
    for (key, span) in raw.present_keys() {
        if !allowed.contains(&key) {
            ctx.error(
                span,
                format!("`{key}` does not apply to a `{kind_name}` question"),
            );
        }
    }
    let points = match &raw.points {
        // Nothing is asked, so nothing is scored (Moodle's descriptions have no mark either).
        Some(p) if kind_name == "description" => {
            ctx.error(p.span(), "a description has no points: leave out `points`");
            Points(0)
        }
        None if kind_name == "description" => Points(0),
        Some(p) if !(p.get_ref().is_finite() && *p.get_ref() > 0.0) => {
            ctx.error(p.span(), "points must be a positive number");
            Points(1000)
        }
        // Points are kept in thousandths: less than half of one would be worth nothing.
        Some(p) if Points::from_f64(*p.get_ref()).0 == 0 => {
            ctx.error(
                p.span(),
                format!(
                    "points are kept in thousandths: {} would be worth 0",
                    p.get_ref()
                ),
            );
            Points(1000)
        }
        Some(p) => Points::from_f64(*p.get_ref()),
        None => Points(1000),
    };
    let whole = raw.id.span();
    let article = if kind_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let missing = |ctx: &mut Ctx<'_>, key: &str| {
        ctx.error(
            whole.clone(),
            format!("{article} `{kind_name}` question needs `{key}`"),
        );
    };
    let kind = match kind_name {
        "single" | "multiple" => {
            let Some(options) = &raw.options else {
                missing(ctx, "options");
                return None;
            };
            let ids = ctx.choice_ids(options, "option");
            if distinct(options) < 2 {
                ctx.error(
                    options.span(),
                    "a choice question needs at least two options",
                );
            }
            let weights = raw.weights.as_ref().map(|w| parse_weights(ctx, w, &ids));
            let Some(correct) = &raw.correct else {
                missing(ctx, "correct");
                return None;
            };
            let as_option = |ctx: &mut Ctx<'_>, v: &toml::Value| -> Option<ChoiceId> {
                let s = v.as_str()?;
                let id = s.parse::<ChoiceId>().ok().filter(|id| ids.contains(id));
                if id.is_none() {
                    ctx.error(
                        correct.span(),
                        format!("correct answer `{s}` is not one of the options"),
                    );
                }
                id
            };
            if kind_name == "single" {
                let Some(c) = correct.get_ref().as_str().map(|_| correct.get_ref()) else {
                    ctx.error(
                        correct.span(),
                        "`correct` of a single-choice question is one option id, e.g. \"b\"",
                    );
                    return None;
                };
                let key = as_option(ctx, c)?;
                if let Some(w) = &weights {
                    let weight = w.of(&key);
                    // Exactly 1, as Moodle asks of a single-answer question's best choice.
                    if weight != 1.0 {
                        ctx.error(
                            correct.span(),
                            format!(
                                "correct answer `{key}` must weigh 1 in `weights` (it weighs {weight})"
                            ),
                        );
                    }
                }
                QuestionKind::Single {
                    correct: key,
                    options: ids,
                    weights,
                }
            } else {
                let Some(list) = correct.get_ref().as_array() else {
                    ctx.error(
                        correct.span(),
                        "`correct` of a multiple-choice question is a list of option ids",
                    );
                    return None;
                };
                let mut set = BTreeSet::new();
                for v in list {
                    if v.as_str().is_none() {
                        ctx.error(correct.span(), "`correct` must list option ids as strings");
                    }
                    if let Some(id) = as_option(ctx, v) {
                        set.insert(id);
                    }
                }
                if list.is_empty() {
                    ctx.error(
                        correct.span(),
                        "a multiple-choice question needs at least one correct option",
                    );
                }
                if set.len() == ids.len() {
                    ctx.error(
                        correct.span(),
                        "every option is correct: add at least one wrong option",
                    );
                }
                if let (Some(w), Some(raw_w)) = (&weights, &raw.weights) {
                    // A key with a fault of its own was reported above: comparing it would add noise.
                    if set.len() == list.len() {
                        check_multiple_weights(ctx, raw_w.span(), correct.span(), &ids, &set, w);
                    }
                }
                QuestionKind::Multiple {
                    options: ids,
                    correct: set,
                    negative_marking: raw.negative_marking.as_ref().is_some_and(|n| *n.get_ref()),
                    weights,
                }
            }
        }
        "true-false" => match raw
            .correct
            .as_ref()
            .map(|c| (c.get_ref().as_bool(), c.span()))
        {
            Some((Some(b), _)) => QuestionKind::TrueFalse { correct: b },
            Some((None, span)) => {
                ctx.error(span, "`correct` of a true-false question is true or false");
                return None;
            }
            None => {
                missing(ctx, "correct");
                return None;
            }
        },
        "short" => {
            let folding = folding_of(
                raw.case_sensitive.as_ref(),
                raw.diacritics_sensitive.as_ref(),
            );
            let accept = raw
                .accept
                .as_ref()
                .map(|a| compile_patterns(ctx, a.get_ref(), folding))
                .unwrap_or_default();
            let accept_by_locale = locale_patterns(ctx, raw.accept_by_locale.as_ref(), folding);
            if accept.is_empty() && accept_by_locale.is_empty() {
                missing(ctx, "accept");
            }
            check_examples(ctx, raw, &accept, &accept_by_locale, folding);
            let partial = partial_entries(ctx, raw, PartialOf::Short)
                .into_iter()
                .filter_map(|(entry, fraction)| {
                    let source = entry.pattern.as_ref()?;
                    let pattern = Pattern::new(source.get_ref(), folding);
                    if pattern.is_empty() {
                        ctx.error(
                            source.span(),
                            format!("pattern `{}` would accept anything", pattern.source()),
                        );
                        return None;
                    }
                    Some(PartialPattern { pattern, fraction })
                })
                .collect();
            QuestionKind::Short {
                accept,
                accept_by_locale,
                folding,
                partial,
            }
        }
        "numerical" => {
            let Some(answer) = &raw.answer else {
                missing(ctx, "answer");
                return None;
            };
            let tolerance = checked_tolerance(ctx, raw.tolerance.as_ref());
            let partial = partial_entries(ctx, raw, PartialOf::Numerical)
                .into_iter()
                .filter_map(|(entry, fraction)| {
                    Some(PartialNumber {
                        answer: *entry.answer.as_ref()?.get_ref(),
                        tolerance: checked_tolerance(ctx, entry.tolerance.as_ref()),
                        fraction,
                    })
                })
                .collect();
            QuestionKind::Numerical {
                answer: *answer.get_ref(),
                tolerance,
                partial,
            }
        }
        "matching" => {
            let (Some(left), Some(right), Some(pairs)) = (&raw.left, &raw.right, &raw.pairs) else {
                missing(ctx, "left, right and pairs");
                return None;
            };
            let l = ctx.choice_ids(left, "left item");
            let r = ctx.choice_ids(right, "right item");
            if distinct(left) < 2 {
                ctx.error(
                    left.span(),
                    "a matching question needs at least two left items",
                );
            }
            let mut map = BTreeMap::new();
            for (k, v) in pairs.get_ref() {
                match (
                    k.get_ref().parse::<ChoiceId>(),
                    v.get_ref().parse::<ChoiceId>(),
                ) {
                    (Ok(k), Ok(v)) if l.contains(&k) && r.contains(&v) => {
                        map.insert(k, v);
                    }
                    _ => ctx.error(
                        k.span(),
                        format!(
                            "pair `{} = \"{}\"` must join a left item to a right item",
                            k.get_ref(),
                            v.get_ref()
                        ),
                    ),
                }
            }
            for item in &l {
                // A pair that names the item but is wrong was reported above.
                if !pairs.get_ref().keys().any(|k| k.get_ref() == item.as_str()) {
                    ctx.error(pairs.span(), format!("left item `{item}` has no pair"));
                }
            }
            QuestionKind::Matching {
                left: l,
                right: r,
                pairs: map,
            }
        }
        "gap-fill" => {
            let Some(gaps) = &raw.gaps else {
                missing(ctx, "gaps");
                return None;
            };
            let mut out = BTreeMap::new();
            for (name_at, gap) in gaps.get_ref() {
                let name = name_at.get_ref();
                let Some(gap_id) = ctx.slug::<ChoiceId>(name, name_at.span(), "gap") else {
                    continue;
                };
                if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
                    ctx.error(
                        name_at.span(),
                        format!("gap `{name}` must start with a letter (it is a Fluent variable)"),
                    );
                    // Its prose could not name it: checking the prose against it would only add noise.
                    continue;
                }
                if let Some(read) = read_gap(ctx, name_at, gap) {
                    out.insert(gap_id, read);
                }
            }
            if gaps.get_ref().is_empty() {
                ctx.error(gaps.span(), "a gap-fill question needs at least one gap");
            }
            QuestionKind::GapFill { gaps: out }
        }
        "ordering" => {
            let Some(items) = &raw.items else {
                missing(ctx, "items");
                return None;
            };
            let ids = ctx.choice_ids(items, "item");
            if distinct(items) < 2 {
                ctx.error(
                    items.span(),
                    "an ordering question needs at least two items",
                );
            }
            QuestionKind::Ordering {
                items: ids,
                scoring: raw
                    .ordering_scoring
                    .as_ref()
                    .map_or(OrderingScoring::Partial, |s| *s.get_ref()),
            }
        }
        "description" => QuestionKind::Description,
        "essay" => QuestionKind::Essay,
        _ => return None,
    };
    let category = raw.category.get_ref().clone();
    if !is_slug(&category) {
        ctx.error(
            raw.category.span(),
            format!("category `{category}` is not a valid id"),
        );
    }
    Some(Question {
        id: id?,
        points,
        category,
        tags: raw.tags.clone(),
        kind,
    })
}

/// A loaded course with its `course.toml` and where its quiz ids are written.
pub type PlacedCourse = (Course, PathBuf, BTreeMap<QuizId, (usize, usize)>);

/// Checks what spans courses: quiz ids are unique across the whole bank (course ids are, being folder
/// names). A repeated quiz id is reported where it is written, naming where it was first used.
pub fn check_bank(courses: &[PlacedCourse]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut quiz_ids: BTreeMap<&QuizId, (&Path, usize)> = BTreeMap::new();
    for (course, toml_path, places) in courses {
        for quiz in &course.quizzes {
            let (line, col) = places.get(&quiz.id).copied().unwrap_or((1, 1));
            if let Some((first, first_line)) = quiz_ids.insert(&quiz.id, (toml_path, line)) {
                problems.push(Diagnostic {
                    file: toml_path.clone(),
                    line,
                    col,
                    message: format!(
                        "quiz id `{}` is also used in {}:{first_line}",
                        quiz.id,
                        first.display()
                    ),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = r#"format = 1
id = "demo"

[[quizzes]]
id = "demo-final"
pass_percent = 50
[[quizzes.draw]]
category = "basics"
count = 2

[[questions]]
id = "one"
type = "single"
category = "basics"
options = ["a", "b"]
correct = "b"

[[questions]]
id = "two"
type = "gap-fill"
points = 2
category = "basics"
gaps = { g1 = { options = ["x", "y"], correct = "y" } }
"#;

    const EN: &str = "course-title = Demo\ncourse-description = D\nquiz-demo-final = Final\n    .description = D\nq-one = Pick b\n    .opt-a = A\n    .opt-b = B\n    .feedback = B is right.\nq-two = Fill\n    .text = The { $g1 } sentence.\n    .opt-x = X\n    .opt-y = Y\n    .feedback = F\n";

    fn ftl(pairs: &[(Locale, &str)]) -> BTreeMap<Locale, Source> {
        pairs
            .iter()
            .map(|(l, t)| {
                (
                    *l,
                    Source {
                        path: PathBuf::from(format!("demo/{}.ftl", l.tag())),
                        text: t.to_string(),
                    },
                )
            })
            .collect()
    }

    fn parse(toml: &str, files: &[(Locale, &str)]) -> Result<ParsedCourse, Vec<Diagnostic>> {
        parse_course(
            Path::new("demo"),
            Path::new("demo/course.toml"),
            toml,
            &ftl(files),
        )
    }

    fn messages(r: Result<ParsedCourse, Vec<Diagnostic>>) -> Vec<String> {
        r.expect_err("should fail")
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn a_grace_period_follows_a_time_limit() {
        let with = |lines: &str| {
            TOML.replacen(
                "pass_percent = 50\n",
                &format!("pass_percent = 50\n{lines}"),
                1,
            )
        };
        let parsed = parse(
            &with("time_limit_minutes = 10\ngrace_period_minutes = 3\n"),
            &[(Locale::En, EN)],
        )
        .expect("valid");
        assert_eq!(parsed.course.quizzes[0].grace_seconds, Some(180));
        let plain = parse(TOML, &[(Locale::En, EN)]).expect("valid");
        assert_eq!(plain.course.quizzes[0].grace_seconds, None);
        let alone = messages(parse(
            &with("grace_period_minutes = 3\n"),
            &[(Locale::En, EN)],
        ));
        assert!(
            alone
                .iter()
                .any(|m| m.contains("needs a time_limit_minutes")),
            "{alone:?}"
        );
        let zero = messages(parse(
            &with("time_limit_minutes = 10\ngrace_period_minutes = 0\n"),
            &[(Locale::En, EN)],
        ));
        assert!(zero.iter().any(|m| m.contains("at least 1")), "{zero:?}");
    }

    #[test]
    fn parses_a_valid_course() {
        let parsed = parse(TOML, &[(Locale::En, EN)]).expect("valid");
        let course = parsed.course;
        assert_eq!(course.questions.len(), 2);
        assert_eq!(course.questions[1].points, Points(2000));
        let quiz = &course.quizzes[0];
        assert_eq!(quiz.question_count(), 2);
        assert_eq!(quiz.locales, [Locale::En].into());
        assert_eq!(quiz.layout, Layout::OnePerPage);
        assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn toml_syntax_errors_have_positions() {
        let msgs = messages(parse("format = 1\nid = \"demo\n", &[(Locale::En, EN)]));
        assert!(msgs[0].starts_with("demo/course.toml:2:"), "{msgs:?}");
    }

    #[test]
    fn unknown_keys_and_wrong_keys_are_refused() {
        let bad = TOML.replace("correct = \"b\"", "correct = \"b\"\ntolerance = 1");
        let msgs = messages(parse(&bad, &[(Locale::En, EN)]));
        assert!(
            msgs.iter().any(|m| m.starts_with("demo/course.toml:17:")
                && m.contains("`tolerance` does not apply")),
            "{msgs:?}"
        );
        let bad = TOML.replace("pass_percent = 50", "pass_percent = 50\ncolour = \"red\"");
        let msgs = messages(parse(&bad, &[(Locale::En, EN)]));
        assert!(msgs[0].contains("colour"), "{msgs:?}");
    }

    #[test]
    fn a_description_has_no_points_and_no_answer_keys() {
        let with = |extra: &str| {
            format!(
                "{TOML}\n[[questions]]\nid = \"case\"\ntype = \"description\"\ncategory = \"case\"\n{extra}"
            )
        };
        let en = format!("{EN}q-case = Read the case.\n");
        let parsed = parse(&with(""), &[(Locale::En, &en)]).expect("valid");
        let case = parsed
            .course
            .questions
            .iter()
            .find(|q| q.id.as_str() == "case")
            .expect("the description");
        assert!(matches!(case.kind, QuestionKind::Description));
        assert_eq!(case.points, Points(0));
        let msgs = messages(parse(&with("points = 1"), &[(Locale::En, &en)]));
        assert_eq!(
            msgs,
            ["demo/course.toml:29:10: a description has no points: leave out `points`"]
        );
        let msgs = messages(parse(&with("correct = true"), &[(Locale::En, &en)]));
        assert_eq!(
            msgs,
            ["demo/course.toml:29:11: `correct` does not apply to a `description` question"]
        );
    }

    #[test]
    fn wrong_answer_keys_are_located() {
        let bad = TOML.replace("correct = \"b\"", "correct = \"c\"");
        let msgs = messages(parse(&bad, &[(Locale::En, EN)]));
        assert_eq!(
            msgs,
            vec![
                "demo/course.toml:16:11: correct answer `c` is not one of the options".to_string()
            ]
        );
    }

    #[test]
    fn draws_beyond_the_category_are_refused() {
        let bad = TOML.replace("count = 2", "count = 3");
        let msgs = messages(parse(&bad, &[(Locale::En, EN)]));
        assert!(
            msgs[0].contains("draws 3 from category `basics`, which has 2"),
            "{msgs:?}"
        );
    }

    #[test]
    fn duplicate_question_ids_are_refused() {
        let bad = TOML.replace("id = \"two\"", "id = \"one\"");
        let msgs = messages(parse(&bad, &[(Locale::En, EN)]));
        assert!(
            msgs.iter()
                .any(|m| m.contains("used twice (first on line 11)")),
            "{msgs:?}"
        );
    }

    #[test]
    fn english_must_be_complete_and_obsolete_text_is_an_error() {
        let msgs = messages(parse(
            TOML,
            &[(Locale::En, &EN.replace("    .opt-b = B\n", ""))],
        ));
        assert!(
            msgs[0].contains("1 translation missing: q-one.opt-b"),
            "{msgs:?}"
        );
        let msgs = messages(parse(
            TOML,
            &[(Locale::En, &format!("{EN}q-three = Old\n"))],
        ));
        assert!(
            msgs[0].starts_with("demo/en.ftl:14:1: message `q-three` belongs to no question"),
            "{msgs:?}"
        );
    }

    #[test]
    fn gap_variables_must_match_the_gaps() {
        let bad = EN.replace("{ $g1 }", "{ $g2 }");
        let msgs = messages(parse(TOML, &[(Locale::En, &bad)]));
        assert!(
            msgs[0].contains("uses variables $g2 but should use $g1"),
            "{msgs:?}"
        );
    }

    #[test]
    fn incomplete_translations_only_narrow_the_offer() {
        let mk_partial = "course-title = Демо\ncourse-description = Д\nquiz-demo-final = Финален\n    .description = Д\nq-one = Избери б\n    .opt-a = А\n    .opt-b = Б\n    .feedback = Б.\n";
        let parsed = parse(TOML, &[(Locale::En, EN), (Locale::Mk, mk_partial)]).expect("loads");
        assert_eq!(parsed.course.quizzes[0].locales, [Locale::En].into());
        assert_eq!(parsed.warnings.len(), 1);
        assert!(parsed.warnings[0].message.contains("q-two"));
        // Listing an incomplete locale explicitly is an error.
        let listed = TOML.replace(
            "pass_percent = 50",
            "pass_percent = 50\nlocales = [\"en\", \"mk\"]",
        );
        let msgs = messages(parse(
            &listed,
            &[(Locale::En, EN), (Locale::Mk, mk_partial)],
        ));
        assert!(
            msgs[0].contains("offered in `mk`, but its prose is incomplete"),
            "{msgs:?}"
        );
    }

    #[test]
    fn declared_locales_must_be_present_and_complete() {
        let declared = TOML.replace(
            "id = \"demo\"\n",
            "id = \"demo\"\nlocales = [\"en\", \"mk\", \"sq\", \"sr-Latn\", \"en\"]\n",
        );
        let mk_partial = EN.replace("    .opt-b = B\n", "");
        let msgs = messages(parse(
            &declared,
            &[(Locale::En, EN), (Locale::Mk, &mk_partial)],
        ));
        assert!(
            msgs.contains(&"demo/course.toml:3:24: locale `sq` is declared but its prose file demo/sq.ftl is missing".to_string()),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"demo/mk.ftl:1:1: 1 translation missing: q-one.opt-b".to_string()),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("demo/course.toml:3:30: sr-Latn is derived")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("demo/course.toml:3:41: locale `en` is declared twice")),
            "{msgs:?}"
        );
        // Complete and declared: loads, and offers the quiz there.
        let declared = TOML.replace(
            "id = \"demo\"\n",
            "id = \"demo\"\nlocales = [\"en\", \"mk\"]\n",
        );
        let parsed = parse(&declared, &[(Locale::En, EN), (Locale::Mk, EN)]).expect("loads");
        assert!(parsed.course.quizzes[0].offered_in(Locale::Mk));
    }

    #[test]
    fn serbian_latin_follows_serbian_cyrillic() {
        let sr = EN.replace("= Demo", "= Демо");
        let parsed = parse(TOML, &[(Locale::En, EN), (Locale::SrCyrl, &sr)]).expect("loads");
        let quiz = &parsed.course.quizzes[0];
        assert!(quiz.offered_in(Locale::SrCyrl) && quiz.offered_in(Locale::SrLatn));
        assert_eq!(parsed.course.title(Locale::SrLatn), "Demo");
    }

    #[test]
    fn quiz_settings_are_checked_and_converted() {
        let en = [(Locale::En, EN)];
        let with = |lines: &str| {
            TOML.replacen(
                "pass_percent = 50\n",
                &format!("pass_percent = 50\n{lines}"),
                1,
            )
        };
        let quiz = |toml: &str| parse(toml, &en).expect("valid").course.quizzes[0].clone();
        let timed = quiz(&with("time_limit_minutes = 10\nattempts = 2\n"));
        assert_eq!(timed.time_limit_seconds, Some(600));
        assert_eq!(timed.attempts_allowed, Some(2));
        let plain = quiz(TOML);
        assert_eq!(
            (plain.time_limit_seconds, plain.attempts_allowed),
            (None, None)
        );
        assert_eq!(plain.pass_percent, 50);
        assert_eq!(
            quiz(&TOML.replace("pass_percent = 50", "pass_percent = 100")).pass_percent,
            100
        );

        let fails = |toml: &str, expected: &str| {
            let msgs = messages(parse(toml, &en));
            assert!(
                msgs.iter().any(|m| m.contains(expected)),
                "{expected}: {msgs:?}"
            );
        };
        fails(
            &TOML.replace("pass_percent = 50", "pass_percent = 101"),
            "pass_percent must be between 0 and 100",
        );
        fails(
            &with("time_limit_minutes = 0\n"),
            "time_limit_minutes must be at least 1",
        );
        fails(
            &TOML.replace("count = 2", "count = 0"),
            "draws 0 from category `basics`, which has 2 questions",
        );
        fails(
            &TOML.replace(
                "category = \"basics\"\ncount = 2",
                "category = \"other\"\ncount = 1",
            ),
            "no question has category `other`",
        );
        fails(
            &TOML.replace(
                "count = 2\n",
                "count = 1\n[[quizzes.draw]]\ncategory = \"basics\"\ncount = 1\n",
            ),
            "category `basics` is drawn from twice",
        );
        fails(
            &TOML.replace("[[quizzes.draw]]\ncategory = \"basics\"\ncount = 2\n", ""),
            "the quiz draws no questions",
        );
    }

    #[test]
    fn each_malformed_question_is_refused_with_its_reason() {
        let en = [(Locale::En, EN)];
        let base =
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n";
        assert!(TOML.contains(base));
        let cases: &[(&str, &str)] = &[
            ("type = \"hotspot\"\ncategory = \"basics\"\n", "unknown question type `hotspot`"),
            (
                "type = \"single\"\npoints = 0\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
                "points must be a positive number",
            ),
            (
                "type = \"single\"\npoints = -1\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
                "points must be a positive number",
            ),
            (
                "type = \"single\"\npoints = 0.0004\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
                "points are kept in thousandths: 0.0004 would be worth 0",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\"]\ncorrect = \"a\"\n",
                "a choice question needs at least two options",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"a\", \"b\"]\ncorrect = \"b\"\n",
                "option `a` is listed twice",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"B\"]\ncorrect = \"a\"\n",
                "option `B` is not a valid id",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\n",
                "a `single` question needs `correct`",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\ncorrect = \"b\"\n",
                "a `single` question needs `options`",
            ),
            (
                "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = [\"b\"]\n",
                "`correct` of a single-choice question is one option id",
            ),
            (
                "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
                "`correct` of a multiple-choice question is a list of option ids",
            ),
            (
                "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = [1]\n",
                "`correct` must list option ids as strings",
            ),
            (
                "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = []\n",
                "needs at least one correct option",
            ),
            (
                "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = [\"a\", \"b\"]\n",
                "every option is correct",
            ),
            (
                "type = \"true-false\"\ncategory = \"basics\"\ncorrect = \"yes\"\n",
                "`correct` of a true-false question is true or false",
            ),
            (
                "type = \"true-false\"\ncategory = \"basics\"\n",
                "a `true-false` question needs `correct`",
            ),
            (
                "type = \"short\"\ncategory = \"basics\"\naccept = [\"*\"]\n",
                "pattern `*` would accept anything",
            ),
            (
                "type = \"short\"\ncategory = \"basics\"\naccept = [\"x\"]\naccept_by_locale = { sr-Latn = [\"x\"] }\n",
                "sr-Latn patterns are derived from sr-Cyrl",
            ),
            (
                "type = \"short\"\ncategory = \"basics\"\naccept = [\"x\"]\naccept_by_locale = { de = [\"x\"] }\n",
                "unknown locale `de`",
            ),
            (
                "type = \"short\"\ncategory = \"basics\"\n",
                "a `short` question needs `accept`",
            ),
            (
                "type = \"numerical\"\ncategory = \"basics\"\n",
                "a `numerical` question needs `answer`",
            ),
            (
                "type = \"numerical\"\ncategory = \"basics\"\nanswer = 1\ntolerance = -1\n",
                "tolerance must be zero or positive",
            ),
            (
                "type = \"matching\"\ncategory = \"basics\"\nleft = [\"l1\", \"l2\"]\n",
                "needs `left, right and pairs`",
            ),
            (
                "type = \"matching\"\ncategory = \"basics\"\nleft = [\"l1\"]\nright = [\"r1\", \"r2\"]\npairs = { l1 = \"r1\" }\n",
                "a matching question needs at least two left items",
            ),
            (
                "type = \"matching\"\ncategory = \"basics\"\nleft = [\"l1\", \"l2\"]\nright = [\"r1\", \"r2\"]\npairs = { l1 = \"r9\", l2 = \"r2\" }\n",
                "pair `l1 = \"r9\"` must join a left item to a right item",
            ),
            (
                "type = \"matching\"\ncategory = \"basics\"\nleft = [\"l1\", \"l2\"]\nright = [\"r1\", \"r2\"]\npairs = { l1 = \"r1\" }\n",
                "left item `l2` has no pair",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\n",
                "a `gap-fill` question needs `gaps`",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { 1g = { options = [\"x\", \"y\"], correct = \"y\" } }\n",
                "gap `1g` must start with a letter",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { options = [\"x\"], correct = \"x\" } }\n",
                "gap `g1` needs at least two options with valid ids",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { options = [\"x\", \"Y\"], correct = \"x\" } }\n",
                "gap `g1` needs at least two options with valid ids",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { options = [\"x\", \"y\"], correct = \"z\" } }\n",
                "correct choice `z` of gap `g1` is not one of its options",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = {}\n",
                "a gap-fill question needs at least one gap",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { options = [\"x\", \"y\"], correct = \"x\", accept = [\"x\"] } }\n",
                "`accept` does not apply to gap `g1`: its other keys make it chosen",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { accept = [\"x\"], answer = 1 } }\n",
                "`answer` does not apply to gap `g1`: its other keys make it typed words",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = {} }\n",
                "gap `g1` needs `options` and `correct` (chosen), `accept` (typed words) or `answer` (a typed number)",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { correct = \"x\" } }\n",
                "gap `g1` needs `options`",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { case_sensitive = true } }\n",
                "gap `g1` needs `accept`",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { accept = [\"**\"] } }\n",
                "pattern `**` would accept anything",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { accept = [] } }\n",
                "gap `g1` needs at least one pattern to accept",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { accept = [\"x\"], accept_by_locale = { sr-Latn = [\"x\"] } } }\n",
                "sr-Latn patterns are derived from sr-Cyrl",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { accept_by_locale = { mk = [\"x\"] } } }\n",
                "gap `g1` needs `accept`",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { tolerance = 1 } }\n",
                "gap `g1` needs `answer`",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { answer = 1951, tolerance = -1 } }\n",
                "tolerance must be zero or positive",
            ),
            (
                "type = \"gap-fill\"\ncategory = \"basics\"\ngaps = { g1 = { answer = nan } }\n",
                "answer must be a number",
            ),
            (
                "type = \"ordering\"\ncategory = \"basics\"\n",
                "`ordering` question needs `items`",
            ),
            (
                "type = \"ordering\"\ncategory = \"basics\"\nitems = [\"i1\"]\n",
                "an ordering question needs at least two items",
            ),
        ];
        for (body, expected) in cases {
            let msgs = messages(parse(&TOML.replace(base, body), &en));
            assert!(
                msgs.iter().any(|m| m.contains(expected)),
                "{expected}: {msgs:?}"
            );
        }
    }

    #[test]
    fn typed_gaps_are_read_with_their_folding_and_tolerance() {
        // Question `two`'s one gap typed in: words, with case kept; then a number within 0.5.
        let base = "gaps = { g1 = { options = [\"x\", \"y\"], correct = \"y\" } }";
        let typed_en = EN.replace("    .opt-x = X\n    .opt-y = Y\n", "");
        let en = [(Locale::En, typed_en.as_str())];
        let gap_of = |gap: &str| {
            let parsed = parse(
                &TOML.replace(base, &format!("gaps = {{ g1 = {gap} }}")),
                &en,
            )
            .unwrap_or_else(|e| panic!("{e:?}"));
            let q = parsed
                .course
                .questions
                .iter()
                .find(|q| q.id.as_str() == "two");
            match q.map(|q| &q.kind) {
                Some(QuestionKind::GapFill { gaps }) => gaps.values().next().cloned(),
                other => panic!("{other:?}"),
            }
        };
        match gap_of("{ accept = [\"Palermo*\"], case_sensitive = true }") {
            Some(Gap::Text {
                accept, folding, ..
            }) => {
                assert_eq!(accept[0].source(), "Palermo*");
                assert!(folding.case_sensitive && !folding.diacritics_sensitive);
                assert!(accept[0].matches("Palermo Protocol", folding));
                assert!(!accept[0].matches("palermo Protocol", folding));
            }
            other => panic!("{other:?}"),
        }
        match gap_of(
            "{ accept = [\"exploitation\"], accept_by_locale = { mk = [\"експлоатациј*\"] } }",
        ) {
            Some(Gap::Text {
                accept_by_locale, ..
            }) => {
                let mk: Vec<&str> = accept_by_locale[&Locale::Mk]
                    .iter()
                    .map(|p| p.source())
                    .collect();
                assert_eq!(mk, ["експлоатациј*"]);
            }
            other => panic!("{other:?}"),
        }
        match gap_of("{ answer = 1951, tolerance = 0.5 }") {
            Some(Gap::Number { answer, tolerance }) => {
                assert_eq!((answer, tolerance), (1951.0, 0.5))
            }
            other => panic!("{other:?}"),
        }
        // The tolerance defaults to 0.
        match gap_of("{ answer = 1951 }") {
            Some(Gap::Number { tolerance, .. }) => assert_eq!(tolerance, 0.0),
            other => panic!("{other:?}"),
        }
        // A typed gap has no options in the prose: question `two`'s `.opt-x` and `.opt-y` are then extra.
        let msgs = messages(parse(
            &TOML.replace(base, "gaps = { g1 = { answer = 1951 } }"),
            &[(Locale::En, EN)],
        ));
        assert_eq!(
            msgs,
            [
                "demo/en.ftl:11:1: attribute `.opt-x` of `q-two` is not used by the question (obsolete or misspelt?)",
                "demo/en.ftl:12:1: attribute `.opt-y` of `q-two` is not used by the question (obsolete or misspelt?)",
            ]
        );
    }

    #[test]
    fn question_settings_are_read() {
        let en = [(Locale::En, EN)];
        let base = "type = \"single\"\ncategory = \"basics\"\n";
        let parsed = parse(
            &TOML.replace(
                base,
                "type = \"single\"\npoints = 1.5\ncategory = \"basics\"\n",
            ),
            &en,
        )
        .expect("valid");
        assert_eq!(parsed.course.questions[0].points, Points(1500));
    }

    #[test]
    fn quizzes_belong_to_their_course_and_shuffle_by_default() {
        let parsed = parse(TOML, &[(Locale::En, EN)]).expect("valid");
        let quiz = &parsed.course.quizzes[0];
        assert_eq!(quiz.course.as_str(), "demo");
        assert!(quiz.shuffle_questions && quiz.shuffle_options);
        let fixed = TOML.replace(
            "pass_percent = 50\n",
            "pass_percent = 50\nshuffle_questions = false\nshuffle_options = false\n",
        );
        let parsed = parse(&fixed, &[(Locale::En, EN)]).expect("valid");
        let quiz = &parsed.course.quizzes[0];
        assert!(!quiz.shuffle_questions && !quiz.shuffle_options);
    }

    #[test]
    fn an_undeclared_translation_in_progress_warns_with_a_sample() {
        // Croatian has the title and the two question stems only: 9 texts missing, in id order, the first
        // five named.
        let hr = "course-title = Demo\nq-one = Odaberi b\nq-two = Popuni\n";
        let parsed = parse(TOML, &[(Locale::En, EN), (Locale::Hr, hr)]).expect("loads");
        let warnings: Vec<String> = parsed.warnings.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            warnings,
            ["demo/hr.ftl:1:1: 9 translations missing: course-description, q-one.feedback, q-one.opt-a, \
              q-one.opt-b, q-two.feedback and 4 more"]
        );
        assert!(!parsed.course.quizzes[0].offered_in(Locale::Hr));
    }

    #[test]
    fn a_short_answer_may_accept_only_per_locale() {
        let body =
            "type = \"short\"\ncategory = \"basics\"\naccept_by_locale = { mk = [\"Женева\"] }\n";
        let toml = TOML.replace(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
            body,
        );
        let en = EN.replace("    .opt-a = A\n    .opt-b = B\n", "");
        let parsed = parse(&toml, &[(Locale::En, &en)]).expect("valid");
        let QuestionKind::Short {
            accept,
            accept_by_locale,
            ..
        } = &parsed.course.questions[0].kind
        else {
            panic!("a short question");
        };
        assert!(accept.is_empty());
        assert_eq!(accept_by_locale[&Locale::Mk][0].source(), "Женева");
    }

    /// Question `one` turned into a short answer with `body` (after `type`).
    fn short_one(body: &str) -> Result<ParsedCourse, Vec<Diagnostic>> {
        let toml = TOML.replace(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
            &format!("type = \"short\"\ncategory = \"basics\"\n{body}"),
        );
        let en = EN.replace("    .opt-a = A\n    .opt-b = B\n", "");
        parse(&toml, &[(Locale::En, &en)])
    }

    #[test]
    fn examples_that_hold_let_the_course_load() {
        let parsed = short_one(
            "accept = [\"UNHCR\", \"the UNHCR\"]\naccept_by_locale = { mk = [\"Женева\"] }\n\
             must_accept = [\"unhcr\", \"УНХЦР\", \"The  UNHCR\"]\nmust_refuse = [\"UNHCR office\", \"Geneva\"]\n\
             must_accept_by_locale = { mk = [\"женева\"] }\nmust_refuse_by_locale = { hr = [\"Ženeva\"] }\n",
        );
        assert!(parsed.is_ok(), "{:?}", parsed.err());
    }

    #[test]
    fn an_example_the_patterns_get_wrong_is_a_problem_at_the_example() {
        // Line 15 is `accept`; the examples follow on lines 17–20.
        let msgs = messages(short_one(
            "accept = [\"*1A(2)\"]\naccept_by_locale = { hr = [\"*članak 1*\"] }\n\
             must_accept = [\"Article 1A(2).\"]\nmust_refuse = [\"11A(2)\"]\n\
             must_refuse_by_locale = { hr = [\"članak 12\"] }\nmust_accept_by_locale = { mk = [\"член 1 А став 2\"] }\n",
        ));
        assert_eq!(
            msgs,
            vec![
                "demo/course.toml:17:16: `Article 1A(2).` must be accepted, but no pattern accepts it in en",
                "demo/course.toml:18:16: `11A(2)` must be refused, but pattern `*1A(2)` accepts it in en",
                "demo/course.toml:19:33: `članak 12` must be refused, but pattern `*članak 1*` accepts it in hr",
                "demo/course.toml:20:33: `член 1 А став 2` must be accepted, but no pattern accepts it in mk",
            ]
        );
    }

    #[test]
    fn a_general_example_must_hold_in_every_locale() {
        // Accepted in English through the general pattern, but Macedonian's own pattern lets in a refusal.
        let msgs = messages(short_one(
            "accept = [\"IMRF\"]\naccept_by_locale = { mk = [\"*форум*\"] }\nmust_refuse = [\"форум\"]\n",
        ));
        assert_eq!(
            msgs,
            vec!["demo/course.toml:17:16: `форум` must be refused, but pattern `*форум*` accepts it in mk"]
        );
        let msgs = messages(short_one(
            "accept = [\"IMRF\"]\nmust_accept_by_locale = { sr-Latn = [\"IMRF\"], de = [\"IMRF\"] }\n",
        ));
        assert_eq!(
            msgs,
            vec![
                "demo/course.toml:16:27: sr-Latn examples are tried through sr-Cyrl; list them under sr-Cyrl",
                "demo/course.toml:16:47: unknown locale `de`",
            ]
        );
    }

    #[test]
    fn an_unused_attribute_is_reported_at_its_own_line() {
        // `.opt-c` is inserted after `.opt-b` (line 7), so it is line 8; `q-one` itself is on line 5.
        let en = EN.replace("    .opt-b = B\n", "    .opt-b = B\n    .opt-c = C\n");
        let msgs = messages(parse(TOML, &[(Locale::En, &en)]));
        assert_eq!(
            msgs,
            vec![
                "demo/en.ftl:8:1: attribute `.opt-c` of `q-one` is not used by the question (obsolete or misspelt?)"
            ]
        );
    }

    #[test]
    fn an_ordering_question_of_exactly_two_items_is_valid() {
        let toml = TOML.replace(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
            "type = \"ordering\"\ncategory = \"basics\"\nitems = [\"i2\", \"i1\"]\n",
        );
        let en = EN.replace(
            "    .opt-a = A\n    .opt-b = B\n",
            "    .item-i1 = First\n    .item-i2 = Second\n",
        );
        let parsed = parse(&toml, &[(Locale::En, &en)]).expect("two items are enough");
        let QuestionKind::Ordering { items, scoring } = &parsed.course.questions[0].kind else {
            panic!("an ordering question");
        };
        let ids: Vec<&str> = items.iter().map(|i| i.as_str()).collect();
        assert_eq!(ids, ["i2", "i1"]);
        assert_eq!(*scoring, OrderingScoring::Partial);
    }

    #[test]
    fn a_quiz_id_used_in_two_courses_is_reported_where_it_is_written_again() {
        let parsed = || parse(TOML, &[(Locale::En, EN)]).expect("valid");
        let first = parsed();
        // `id = "demo-final"` is line 5; the value starts at column 6.
        let quiz_id = first.course.quizzes[0].id.clone();
        assert_eq!(first.quiz_places[&quiz_id], (5, 6));
        let placed =
            |course, path: &str, places| -> PlacedCourse { (course, PathBuf::from(path), places) };
        let msgs: Vec<String> = check_bank(&[
            placed(first.course, "a/course.toml", first.quiz_places),
            placed(parsed().course, "b/course.toml", [(quiz_id, (9, 7))].into()),
        ])
        .iter()
        .map(|d| d.to_string())
        .collect();
        assert_eq!(
            msgs,
            ["b/course.toml:9:7: quiz id `demo-final` is also used in a/course.toml:5"]
        );
        // Different quiz ids do not clash.
        let mut other = parsed().course;
        other.quizzes[0].id = "demo-other".parse().expect("a valid id");
        let clean = check_bank(&[
            placed(parsed().course, "a/course.toml", BTreeMap::new()),
            placed(other, "c/course.toml", BTreeMap::new()),
        ]);
        assert!(clean.is_empty(), "{clean:?}");
    }

    /// Question `one` (lines 11–16) with `body` in place of its type and keys from line 13 on, and English
    /// prose for `options`.
    fn question_one(body: &str, options: &[&str]) -> Result<ParsedCourse, Vec<Diagnostic>> {
        let toml = TOML.replace(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n",
            body,
        );
        let prose: String = options
            .iter()
            .map(|o| format!("    .opt-{o} = {}\n", o.to_uppercase()))
            .collect();
        let en = EN.replace("    .opt-a = A\n    .opt-b = B\n", &prose);
        parse(&toml, &[(Locale::En, &en)])
    }

    #[test]
    fn weights_and_partial_answers_are_read() {
        let parsed = question_one(
            "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\"]\n\
             correct = [\"a\", \"b\"]\nweights = { a = 0.5, b = 0.5, c = -1 }\n",
            &["a", "b", "c"],
        )
        .expect("valid");
        let QuestionKind::Multiple {
            weights: Some(w), ..
        } = &parsed.course.questions[0].kind
        else {
            panic!("a weighted multiple-choice question");
        };
        let id = |s: &str| s.parse::<ChoiceId>().expect("id");
        assert_eq!(
            w.0,
            [(id("a"), 0.5), (id("b"), 0.5), (id("c"), -1.0)].into()
        );
        // Moodle's thirds (3 × 0.3333333 = 0.9999999) and fifths written to five places pass.
        for weights in [
            "{ a = 0.3333333, b = 0.3333333, c = 0.3333333 }",
            "{ a = 0.33333, b = 0.33333, c = 0.33333, d = -0.5 }",
        ] {
            let body = format!(
                "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\", \"d\"]\n\
                 correct = [\"a\", \"b\", \"c\"]\nweights = {weights}\n"
            );
            let parsed = question_one(&body, &["a", "b", "c", "d"]);
            assert!(parsed.is_ok(), "{weights}: {:?}", parsed.err());
        }
        let parsed = question_one(
            "type = \"short\"\ncategory = \"basics\"\naccept = [\"Palermo Protocol\"]\n\
             partial = [{ pattern = \"Palermo*\", fraction = 0.5 }]\n",
            &[],
        )
        .expect("valid");
        let QuestionKind::Short { partial, .. } = &parsed.course.questions[0].kind else {
            panic!("a short question");
        };
        assert_eq!(partial.len(), 1);
        assert_eq!(
            (partial[0].pattern.source(), partial[0].fraction),
            ("Palermo*", 0.5)
        );
        let parsed = question_one(
            "type = \"numerical\"\ncategory = \"basics\"\nanswer = 1951\n\
             partial = [{ answer = 1967, fraction = 0.5 }, { answer = 1950, tolerance = 2, fraction = 0.25 }]\n",
            &[],
        )
        .expect("valid");
        let QuestionKind::Numerical { partial, .. } = &parsed.course.questions[0].kind else {
            panic!("a numerical question");
        };
        assert_eq!(
            partial,
            &[
                PartialNumber {
                    answer: 1967.0,
                    tolerance: 0.0,
                    fraction: 0.5
                },
                PartialNumber {
                    answer: 1950.0,
                    tolerance: 2.0,
                    fraction: 0.25
                }
            ]
        );
    }

    #[test]
    fn a_weighted_single_choice_key_must_weigh_one() {
        // `correct` is line 16; its value starts at column 11.
        let msgs = messages(question_one(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\"]\ncorrect = \"b\"\n\
             weights = { a = 1, b = 0.5 }\n",
            &["a", "b", "c"],
        ));
        assert_eq!(
            msgs,
            ["demo/course.toml:16:11: correct answer `b` must weigh 1 in `weights` (it weighs 0.5)"]
        );
        // Unlisted, the key weighs 0.
        let msgs = messages(question_one(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\"]\ncorrect = \"b\"\n\
             weights = { a = 0.5 }\n",
            &["a", "b", "c"],
        ));
        assert_eq!(
            msgs,
            ["demo/course.toml:16:11: correct answer `b` must weigh 1 in `weights` (it weighs 0)"]
        );
    }

    #[test]
    fn weights_must_name_options_and_lie_between_minus_one_and_one() {
        // Line 17: `weights = { b = 1, z = 0.5, c = -1.5 }`; `z` is at column 20, `-1.5` at 33.
        let msgs = messages(question_one(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\"]\ncorrect = \"b\"\n\
             weights = { b = 1, z = 0.5, c = -1.5 }\n",
            &["a", "b", "c"],
        ));
        assert_eq!(
            msgs,
            [
                "demo/course.toml:17:20: `weights` names `z`, which is not one of the options",
                "demo/course.toml:17:33: weight of `c` must be between -1 and 1",
            ]
        );
    }

    #[test]
    fn a_weighted_multiple_choice_key_is_the_positive_weights_summing_to_one() {
        let multiple = |correct: &str, weights: &str| {
            messages(question_one(
                &format!(
                    "type = \"multiple\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\", \"d\"]\n\
                     correct = {correct}\nweights = {weights}\n"
                ),
                &["a", "b", "c", "d"],
            ))
        };
        // `correct` (line 16) and `weights` (line 17) values both start at column 11.
        assert_eq!(
            multiple("[\"a\", \"b\"]", "{ a = 0.5, c = 0.5, d = -1 }"),
            ["demo/course.toml:16:11: `correct` must list exactly the options of positive weight: `a`, `c`"]
        );
        // 0.5 + 0.4 = 0.9.
        assert_eq!(
            multiple("[\"a\", \"b\"]", "{ a = 0.5, b = 0.4, c = -1 }"),
            ["demo/course.toml:17:11: the positive weights sum to 0.9; they must sum to 1"]
        );
        // 3 × 0.333 = 0.999: 0.001 short, beyond the 0.0001 allowed.
        assert_eq!(
            multiple(
                "[\"a\", \"b\", \"c\"]",
                "{ a = 0.333, b = 0.333, c = 0.333 }"
            ),
            ["demo/course.toml:17:11: the positive weights sum to 0.999; they must sum to 1"]
        );
        // 0.6 + 0.6 = 1.2: over is refused as well as under.
        assert_eq!(
            multiple("[\"a\", \"b\"]", "{ a = 0.6, b = 0.6 }"),
            ["demo/course.toml:17:11: the positive weights sum to 1.2; they must sum to 1"]
        );
        assert_eq!(
            multiple("[\"a\"]", "{ c = -1 }"),
            ["demo/course.toml:17:11: `weights` gives no option a positive weight"]
        );
    }

    #[test]
    fn weights_and_partial_answers_apply_to_their_types_only() {
        // Line 16 holds the misplaced key; its value starts at column 11 (`weights = `, `partial = `).
        let msgs = messages(question_one(
            "type = \"true-false\"\ncategory = \"basics\"\ncorrect = true\nweights = { a = 1 }\n",
            &[],
        ));
        assert_eq!(
            msgs,
            ["demo/course.toml:16:11: `weights` does not apply to a `true-false` question"]
        );
        let msgs = messages(question_one(
            "type = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\"]\ncorrect = \"b\"\n\
             partial = [{ pattern = \"a\", fraction = 0.5 }]\n",
            &["a", "b"],
        ));
        assert_eq!(
            msgs,
            ["demo/course.toml:17:11: `partial` does not apply to a `single` question"]
        );
    }

    #[test]
    fn short_answer_partial_patterns_are_checked_where_written() {
        // Lines 17–20 hold the four entries, each opening at column 3.
        let msgs = messages(question_one(
            "type = \"short\"\ncategory = \"basics\"\naccept = [\"Palermo Protocol\"]\npartial = [\n\
             \x20 { pattern = \"Palermo*\", fraction = 1 },\n\
             \x20 { pattern = \"*\", fraction = 0.5 },\n\
             \x20 { fraction = 0.5 },\n\
             \x20 { pattern = \"UN*\", answer = 2000, fraction = 0.25 },\n]\n",
            &[],
        ));
        assert_eq!(
            msgs,
            [
                // `1` after `  { pattern = "Palermo*", fraction = `: column 38.
                "demo/course.toml:17:38: fraction must be greater than 0 and less than 1 (full marks belong in `accept`)",
                // The pattern's opening quote: column 15.
                "demo/course.toml:18:15: pattern `*` would accept anything",
                "demo/course.toml:19:3: a partial answer of a `short` question needs `pattern`",
                // `2000` after `  { pattern = "UN*", answer = `: column 31.
                "demo/course.toml:20:31: `answer` does not apply to a partial answer of a `short` question",
            ]
        );
    }

    #[test]
    fn numerical_partial_answers_are_checked_where_written() {
        let msgs = messages(question_one(
            "type = \"numerical\"\ncategory = \"basics\"\nanswer = 1951\npartial = [\n\
             \x20 { answer = 1967, tolerance = -1, fraction = 0.5 },\n\
             \x20 { pattern = \"1967\", answer = 1967, fraction = 0 },\n\
             \x20 { tolerance = 2, fraction = -0.25 },\n]\n",
            &[],
        ));
        assert_eq!(
            msgs,
            [
                // `-1` after `  { answer = 1967, tolerance = `: column 32.
                "demo/course.toml:17:32: tolerance must be zero or positive",
                // The pattern's opening quote at 15; `0` after `, answer = 1967, fraction = ` at 49.
                "demo/course.toml:18:15: `pattern` does not apply to a partial answer of a `numerical` question",
                "demo/course.toml:18:49: fraction must be greater than 0 and less than 1 (full marks belong in `answer`)",
                "demo/course.toml:19:3: a partial answer of a `numerical` question needs `answer`",
                // `-0.25` after `  { tolerance = 2, fraction = `: column 31.
                "demo/course.toml:19:31: fraction must be greater than 0 and less than 1 (full marks belong in `answer`)",
            ]
        );
    }
}
