//! Importing learners from a CSV file written by a spreadsheet: bytes in, a [`Plan`] out.
//!
//! The plan says, row by row, what would be created or changed, and lists every problem with the physical
//! line it is on. The shell shows the plan as a dry run and applies it, in one transaction, only when
//! [`Plan::can_apply`]: one problem anywhere and nothing is imported. This module must never read a file,
//! touch the database or write English for people: problems are [`ProblemKind`]s, rendered by the shell
//! through the Fluent messages named by [`ProblemKind::message_id`] and [`Change::message_id`], which are in
//! `locales/<tag>/admin.ftl`.
//!
//! What the file may be:
//! - UTF-8, with or without a byte order mark. Anything else (Windows-1250 from an older Excel, UTF-16 from
//!   Excel's "Unicode text", a workbook saved under a `.csv` name) is refused as a whole, with a guess of what
//!   it is; it is never decoded with replacement characters.
//! - Comma, semicolon or tab separated, detected from the header row (outside quotes); Excel's `sep=;` first
//!   line is honoured. Quoting follows RFC 4180 (the `csv` crate): delimiters, doubled quotes and line
//!   breaks inside quotes.
//! - A header row naming at least `email` (or `e-mail`, `mail`), `name`, `language` and `cohort`, in any
//!   order and case; other columns are listed in [`Plan::ignored_columns`] and otherwise ignored.
//!
//! Cells are trimmed. Rows whose cells are all empty are skipped. An empty `language` means no preferred
//! language for a new learner (the browser decides) and leaves an existing user's language alone; an empty
//! `cohort` means no cohort. The import only adds: it never takes a user out of a cohort, a role away or a
//! language they chose.
//!
//! Languages are read with [`match_language_tag`], as the browser's tags are: `sr-Cyrl`, `sr-Latn`, `bs`,
//! `hr`, `cnr`, `mk`, `sq`, `en` in any case, and also `sr` and `sr-RS` (Serbian Cyrillic, the official
//! script), `sr-ME` (Montenegrin), `sh` (Serbian Latin), `en-GB`. The dry run shows the locale each row
//! resolved to, so `sr` meaning Cyrillic is visible before anything is written. `me` is refused: it is the
//! country code of Montenegro, not a language tag (the language is `cnr`), and guessing would hide a typo.

use std::collections::{BTreeSet, HashMap};

use super::normalise_name;
use fluent_bundle::FluentArgs;

use crate::auth::Email;
use crate::i18n::locale::match_language_tag;
use crate::i18n::Locale;

/// What the database holds that the plan depends on (the shell loads it).
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub users: HashMap<Email, KnownUser>,
    /// Cohort names, as stored.
    pub cohorts: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownUser {
    pub name: String,
    pub locale: Option<Locale>,
    /// Names of the cohorts the user belongs to.
    pub cohorts: BTreeSet<String>,
    pub is_learner: bool,
}

/// The result of reading a file: what would happen, and everything that stops it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The delimiter the file uses, once known.
    pub delimiter: Option<char>,
    /// Columns of the header that the import does not use.
    pub ignored_columns: Vec<IgnoredColumn>,
    /// One entry per valid, non-empty data row, in file order. A row with a problem has none.
    pub rows: Vec<RowPlan>,
    /// Every problem found, in file order (whole-file problems first).
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoredColumn {
    /// 1-based position in the header (a spreadsheet's column A is 1).
    pub number: usize,
    /// The header cell, trimmed; empty for a column without a name.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowPlan {
    /// 1-based physical line of the file where the row starts.
    pub line: usize,
    pub email: Email,
    pub name: String,
    pub locale: Option<Locale>,
    /// The cohort's name as stored (the file may differ in letter case).
    pub cohort: Option<String>,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A new user with the learner role.
    Create,
    /// An existing user; exactly these changes, in this order: name, language, cohort, role.
    Update(Vec<Change>),
    /// An existing user whom the row would not change.
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Name { from: String, to: String },
    Language { from: Option<Locale>, to: Locale },
    JoinsCohort(String),
    BecomesLearner,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// 1-based physical line where the row (or the header) starts; `None` for the file as a whole.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProblemKind {
    /// The file is not UTF-8. `guess` names its likely encoding (`encoding_rs` names: `windows-1250`,
    /// `windows-1251`, `UTF-16LE`…), `None` when it does not look like text at all.
    NotUtf8 {
        guess: Option<&'static str>,
    },
    /// An Excel workbook (`.xlsx` or `.xls`) rather than a CSV export of one.
    Workbook,
    /// No header row: the file is empty or blank.
    Empty,
    /// A header but not a single learner.
    NoRows,
    /// The header row is not split by a comma, semicolon or tab.
    UnknownDelimiter,
    /// A required column (`email`, `name`, `language`, `cohort`) is not in the header.
    MissingColumn(&'static str),
    /// A required column appears twice in the header (as written, the second time).
    DuplicateColumn(String),
    /// A row with another number of cells than the header: often a row written with another delimiter.
    WrongFieldCount {
        expected: usize,
        found: usize,
    },
    MissingEmail,
    BadEmail(String),
    MissingName,
    /// A name with a line break in it, most often a quote left open that swallowed the rows after it.
    NameWithLineBreak,
    UnknownLanguage(String),
    UnknownCohort(String),
    /// The address was already on an earlier line of the file.
    DuplicateEmail {
        first_line: usize,
    },
    /// The CSV reader stopped (not expected with UTF-8 text; kept so that nothing is lost silently).
    Unreadable,
}

impl Plan {
    /// Whether the plan may be applied: all or nothing, so only when there is no problem at all.
    pub fn can_apply(&self) -> bool {
        self.problems.is_empty() && !self.rows.is_empty()
    }

    /// A digest of everything the plan says (rows, actions, problems, delimiter, ignored columns), as 64 hex
    /// digits: a plan shown in a dry run and one made again at confirmation have the same fingerprint only
    /// if they would do the same. Stable for one build (it hashes the derived `Debug` text, which holds no
    /// map, so no iteration order); across versions a difference only asks for another look.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(format!("{self:?}").as_bytes()))
    }

    /// How many rows create an account, update one and leave one as it is.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |f: fn(&Action) -> bool| self.rows.iter().filter(|r| f(&r.action)).count();
        (
            count(|a| matches!(a, Action::Create)),
            count(|a| matches!(a, Action::Update(_))),
            count(|a| matches!(a, Action::Unchanged)),
        )
    }

    fn refused(line: Option<usize>, kind: ProblemKind) -> Plan {
        Plan {
            delimiter: None,
            ignored_columns: Vec::new(),
            rows: Vec::new(),
            problems: vec![Problem { line, kind }],
        }
    }
}

impl ProblemKind {
    /// The Fluent message (in `admin.ftl`) that describes the problem to an administrator.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProblemKind::NotUtf8 { guess: Some(_) } => "import-problem-not-utf8",
            ProblemKind::NotUtf8 { guess: None } => "import-problem-not-text",
            ProblemKind::Workbook => "import-problem-workbook",
            ProblemKind::Empty => "import-problem-empty",
            ProblemKind::NoRows => "import-problem-no-rows",
            ProblemKind::UnknownDelimiter => "import-problem-unknown-delimiter",
            ProblemKind::MissingColumn(_) => "import-problem-missing-column",
            ProblemKind::DuplicateColumn(_) => "import-problem-duplicate-column",
            ProblemKind::WrongFieldCount { .. } => "import-problem-wrong-field-count",
            ProblemKind::MissingEmail => "import-problem-missing-email",
            ProblemKind::BadEmail(_) => "import-problem-bad-email",
            ProblemKind::MissingName => "import-problem-missing-name",
            ProblemKind::NameWithLineBreak => "import-problem-name-line-break",
            ProblemKind::UnknownLanguage(_) => "import-problem-unknown-language",
            ProblemKind::UnknownCohort(_) => "import-problem-unknown-cohort",
            ProblemKind::DuplicateEmail { .. } => "import-problem-duplicate-email",
            ProblemKind::Unreadable => "import-problem-unreadable",
        }
    }

    /// The variables of [`Self::message_id`]'s message.
    pub fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            ProblemKind::NotUtf8 { guess: Some(guess) } => args.set("guess", *guess),
            ProblemKind::MissingColumn(column) => args.set("column", *column),
            ProblemKind::DuplicateColumn(column) => args.set("column", column.clone()),
            ProblemKind::WrongFieldCount { expected, found } => {
                args.set("expected", *expected);
                args.set("found", *found);
            }
            ProblemKind::BadEmail(value)
            | ProblemKind::UnknownLanguage(value)
            | ProblemKind::UnknownCohort(value) => args.set("value", value.clone()),
            ProblemKind::DuplicateEmail { first_line } => args.set("first_line", *first_line),
            ProblemKind::NotUtf8 { guess: None }
            | ProblemKind::Workbook
            | ProblemKind::Empty
            | ProblemKind::NoRows
            | ProblemKind::UnknownDelimiter
            | ProblemKind::MissingEmail
            | ProblemKind::MissingName
            | ProblemKind::NameWithLineBreak
            | ProblemKind::Unreadable => {}
        }
        args
    }
}

impl Change {
    /// The Fluent message (in `admin.ftl`) that describes the change in the dry run.
    pub fn message_id(&self) -> &'static str {
        match self {
            Change::Name { .. } => "import-change-name",
            Change::Language { from: Some(_), .. } => "import-change-language",
            Change::Language { from: None, .. } => "import-change-language-set",
            Change::JoinsCohort(_) => "import-change-joins-cohort",
            Change::BecomesLearner => "import-change-becomes-learner",
        }
    }

    /// The variables of [`Self::message_id`]'s message (languages as their own names).
    pub fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            Change::Name { from, to } => {
                args.set("from", from.clone());
                args.set("to", to.clone());
            }
            Change::Language { from, to } => {
                if let Some(from) = from {
                    args.set("from", from.native_name());
                }
                args.set("to", to.native_name());
            }
            Change::JoinsCohort(cohort) => args.set("cohort", cohort.clone()),
            Change::BecomesLearner => {}
        }
        args
    }
}

/// The columns the import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Email,
    Name,
    Language,
    Cohort,
}

impl Column {
    const ALL: [Column; 4] = [
        Column::Email,
        Column::Name,
        Column::Language,
        Column::Cohort,
    ];

    fn name(self) -> &'static str {
        match self {
            Column::Email => "email",
            Column::Name => "name",
            Column::Language => "language",
            Column::Cohort => "cohort",
        }
    }

    fn from_header(cell: &str) -> Option<Column> {
        match cell.trim().to_lowercase().as_str() {
            "email" | "e-mail" | "mail" => Some(Column::Email),
            "name" => Some(Column::Name),
            "language" => Some(Column::Language),
            "cohort" => Some(Column::Cohort),
            _ => None,
        }
    }
}

const DELIMITERS: [char; 3] = [',', ';', '\t'];

/// Reads a CSV file of learners against what the database holds and plans the import.
pub fn plan(bytes: &[u8], dir: &Directory) -> Plan {
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(problem) => return Plan::refused(problem.line, problem.kind),
    };
    // Excel reads (and some tools write) a first line `sep=;` naming the delimiter.
    let (declared, body, lines_before) = match text.split_once('\n') {
        Some((first, rest)) => match declared_delimiter(first) {
            Some(d) => (Some(d), rest, 1),
            None => (None, text, 0),
        },
        None => (None, text, 0),
    };
    if body.trim().is_empty() {
        return Plan::refused(None, ProblemKind::Empty);
    }
    let Some(delimiter) = declared.or_else(|| detect_delimiter(body)) else {
        let header_line = lines_before + first_non_blank_line(body);
        // A single cell that names a column is a one-column file: say which columns are missing.
        let only_cell = first_record_line(body);
        if Column::from_header(only_cell).is_some() {
            return Plan {
                delimiter: None,
                ignored_columns: Vec::new(),
                rows: Vec::new(),
                problems: missing_columns(&[only_cell], header_line),
            };
        }
        return Plan::refused(Some(header_line), ProblemKind::UnknownDelimiter);
    };
    let mut plan = Plan {
        delimiter: Some(delimiter),
        ignored_columns: Vec::new(),
        rows: Vec::new(),
        problems: Vec::new(),
    };
    let mut reader = csv_reader(body, delimiter);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        // A blank body was refused above, so the reader has a first record.
        _ => return Plan::refused(None, ProblemKind::Empty),
    };
    let lines = LineIndex::new(body);
    let header_line = lines_before + header.position().map_or(1, |p| lines.line_at(p.byte()));
    let header: Vec<&str> = header.iter().collect();
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(header.len());
    for (i, cell) in header.iter().enumerate() {
        let column = Column::from_header(cell);
        if column.is_some() && columns.contains(&column) {
            plan.problems.push(Problem {
                line: Some(header_line),
                kind: ProblemKind::DuplicateColumn(cell.trim().to_string()),
            });
        }
        if column.is_none() {
            plan.ignored_columns.push(IgnoredColumn {
                number: i + 1,
                name: cell.trim().to_string(),
            });
        }
        columns.push(column);
    }
    plan.problems.extend(missing_columns(&header, header_line));
    if !plan.problems.is_empty() {
        return plan;
    }
    let index = |c: Column| columns.iter().position(|x| *x == Some(c)).unwrap_or(0);
    let (email_at, name_at, language_at, cohort_at) = (
        index(Column::Email),
        index(Column::Name),
        index(Column::Language),
        index(Column::Cohort),
    );

    let mut first_seen: HashMap<Email, usize> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                plan.problems.push(Problem {
                    line: e.position().map(|p| lines_before + lines.line_at(p.byte())),
                    kind: ProblemKind::Unreadable,
                });
                break;
            }
        };
        let line = lines_before + record.position().map_or(0, |p| lines.line_at(p.byte()));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut problem = |kind| {
            plan.problems.push(Problem {
                line: Some(line),
                kind,
            })
        };
        if record.len() != header.len() {
            problem(ProblemKind::WrongFieldCount {
                expected: header.len(),
                found: record.len(),
            });
            continue;
        }
        let cell = |at: usize| record.get(at).unwrap_or_default().trim();
        let mut valid = true;

        let email = match cell(email_at) {
            "" => None,
            raw => Email::parse(raw).ok(),
        };
        match (&email, cell(email_at)) {
            (None, "") => problem(ProblemKind::MissingEmail),
            (None, raw) => problem(ProblemKind::BadEmail(raw.to_string())),
            (Some(email), _) => {
                if let Some(first_line) = first_seen.get(email) {
                    problem(ProblemKind::DuplicateEmail {
                        first_line: *first_line,
                    });
                    valid = false;
                } else {
                    first_seen.insert(email.clone(), line);
                }
            }
        }
        valid &= email.is_some();

        let raw_name = cell(name_at);
        let name = normalise_name(raw_name);
        if name.is_empty() {
            problem(ProblemKind::MissingName);
            valid = false;
        } else if raw_name.contains(['\n', '\r']) {
            problem(ProblemKind::NameWithLineBreak);
            valid = false;
        }

        let locale = match cell(language_at) {
            "" => None,
            tag => {
                let locale = match_language_tag(tag);
                if locale.is_none() {
                    problem(ProblemKind::UnknownLanguage(tag.to_string()));
                    valid = false;
                }
                locale
            }
        };

        let cohort = match cell(cohort_at) {
            "" => None,
            raw => {
                let cohort = find_cohort(raw, &dir.cohorts);
                if cohort.is_none() {
                    problem(ProblemKind::UnknownCohort(raw.to_string()));
                    valid = false;
                }
                cohort
            }
        };

        if let (true, Some(email)) = (valid, email) {
            let action = action(dir.users.get(&email), &name, locale, cohort.as_deref());
            plan.rows.push(RowPlan {
                line,
                email,
                name,
                locale,
                cohort,
                action,
            });
        }
    }
    if plan.rows.is_empty() && plan.problems.is_empty() {
        plan.problems.push(Problem {
            line: None,
            kind: ProblemKind::NoRows,
        });
    }
    plan
}

/// What a valid row does to the user it names, if any.
fn action(
    known: Option<&KnownUser>,
    name: &str,
    locale: Option<Locale>,
    cohort: Option<&str>,
) -> Action {
    let Some(user) = known else {
        return Action::Create;
    };
    let mut changes = Vec::new();
    if user.name != name {
        changes.push(Change::Name {
            from: user.name.clone(),
            to: name.to_string(),
        });
    }
    if let Some(to) = locale.filter(|l| user.locale != Some(*l)) {
        changes.push(Change::Language {
            from: user.locale,
            to,
        });
    }
    if let Some(cohort) = cohort.filter(|c| !user.cohorts.contains(*c)) {
        changes.push(Change::JoinsCohort(cohort.to_string()));
    }
    if !user.is_learner {
        changes.push(Change::BecomesLearner);
    }
    if changes.is_empty() {
        Action::Unchanged
    } else {
        Action::Update(changes)
    }
}

/// The text of a UTF-8 file without its byte order mark, or why the file cannot be read as one.
fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    let whole_file = |kind| Problem { line: None, kind };
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            return Err(whole_file(ProblemKind::NotUtf8 {
                guess: Some(encoding.name()),
            }));
        }
    }
    // A zip archive (.xlsx) or an OLE compound file (.xls).
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Err(whole_file(ProblemKind::Workbook));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // NUL is valid UTF-8 but no spreadsheet writes it in text: UTF-16 without a byte order mark.
        Ok(text) if text.contains('\0') => Err(whole_file(ProblemKind::NotUtf8 {
            guess: utf16_without_bom(bytes),
        })),
        Ok(text) => Ok(text),
        Err(e) => {
            if bytes.contains(&0) {
                return Err(whole_file(ProblemKind::NotUtf8 {
                    guess: utf16_without_bom(bytes),
                }));
            }
            // A single-byte encoding: name the line of the first byte that is not UTF-8.
            let before = &bytes[..e.valid_up_to()];
            let line = before.iter().filter(|b| **b == b'\n').count() + 1;
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let guess = detector.guess(None, chardetng::Utf8Detection::Deny).name();
            Err(Problem {
                line: Some(line),
                kind: ProblemKind::NotUtf8 { guess: Some(guess) },
            })
        }
    }
}

/// Whether zero bytes say UTF-16. Every ASCII character (addresses, digits, delimiters) has a zero high byte,
/// at odd offsets in little-endian and even ones in big-endian; a zero low byte means U+0000, U+0100, U+0400…,
/// which no name, address or tag uses. So: zeros at one parity only, in at least a quarter of the code units.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let units = bytes.len() / 2;
    match (zeros_at(0), zeros_at(1)) {
        (0, odd) if odd * 4 >= units => Some(encoding_rs::UTF_16LE.name()),
        (even, 0) if even * 4 >= units => Some(encoding_rs::UTF_16BE.name()),
        _ => None,
    }
}

/// Physical line numbers from byte offsets. `csv::Position::line` cannot be used: it falls one line behind
/// for every CRLF before the record (BurntSushi/rust-csv#395, open as of csv 1.4), and Excel writes CRLF.
struct LineIndex<'a> {
    text: &'a str,
    /// Byte offsets of every `\n`.
    newlines: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let newlines = text.match_indices('\n').map(|(i, _)| i).collect();
        LineIndex { text, newlines }
    }

    /// 1-based line of the record the reader says starts at `byte`. The reader may leave the `\n` of a
    /// CRLF unconsumed and report it as the start; no record starts with a line break (blank lines are
    /// skipped), so the record starts after any there.
    fn line_at(&self, byte: u64) -> usize {
        let start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        let skipped = self.text.as_bytes()[start..]
            .iter()
            .take_while(|b| **b == b'\r' || **b == b'\n')
            .count();
        self.newlines.partition_point(|nl| *nl < start + skipped) + 1
    }
}

/// The delimiter named by an Excel `sep=` line.
fn declared_delimiter(line: &str) -> Option<char> {
    let rest = line.trim_end_matches('\r').strip_prefix("sep=")?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(d), None) if DELIMITERS.contains(&d) => Some(d),
        _ => None,
    }
}

/// The delimiter that splits the header row (the first record, quotes respected) into the most of the
/// required columns, then into the most cells; none when no candidate splits it at all.
fn detect_delimiter(body: &str) -> Option<char> {
    DELIMITERS
        .into_iter()
        .filter_map(|d| {
            let header = csv_reader(body, d).records().next()?.ok()?;
            let known = header
                .iter()
                .filter(|cell| Column::from_header(cell).is_some())
                .count();
            (header.len() > 1).then_some(((known, header.len()), d))
        })
        .max_by_key(|(score, _)| *score)
        .map(|(_, d)| d)
}

fn csv_reader(body: &str, delimiter: char) -> csv::Reader<&[u8]> {
    let mut builder = csv::ReaderBuilder::new();
    builder.has_headers(false).flexible(true);
    // The candidates are ASCII, so each is one byte.
    if let Ok(byte) = u8::try_from(delimiter) {
        builder.delimiter(byte);
    }
    builder.from_reader(body.as_bytes())
}

/// 1-based line of the first line with something on it.
fn first_non_blank_line(body: &str) -> usize {
    body.lines()
        .position(|l| !l.trim().is_empty())
        .map_or(1, |i| i + 1)
}

fn first_record_line(body: &str) -> &str {
    body.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
}

fn missing_columns(header: &[&str], header_line: usize) -> Vec<Problem> {
    Column::ALL
        .into_iter()
        .filter(|c| !header.iter().any(|h| Column::from_header(h) == Some(*c)))
        .map(|c| Problem {
            line: Some(header_line),
            kind: ProblemKind::MissingColumn(c.name()),
        })
        .collect()
}

/// The stored cohort a cell names: the exact name, or else the only one equal to it ignoring letter case
/// and runs of white space.
fn find_cohort(raw: &str, cohorts: &BTreeSet<String>) -> Option<String> {
    if cohorts.contains(raw) {
        return Some(raw.to_string());
    }
    let fold = |s: &str| normalise_name(s).to_lowercase();
    let wanted = fold(raw);
    let mut matches = cohorts.iter().filter(|c| fold(c) == wanted);
    match (matches.next(), matches.next()) {
        (Some(only), None) => Some(only.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(s: &str) -> Email {
        Email::parse(s).expect("a valid address in the test")
    }

    /// Two cohorts and nobody yet.
    fn directory() -> Directory {
        Directory {
            users: HashMap::new(),
            cohorts: [
                "Ministry of Security BiH — English 2026".to_string(),
                "Border Police MK — Albanian A2".to_string(),
            ]
            .into_iter()
            .collect(),
        }
    }

    fn problems(plan: &Plan) -> Vec<(Option<usize>, ProblemKind)> {
        plan.problems
            .iter()
            .map(|p| (p.line, p.kind.clone()))
            .collect()
    }

    /// A directory where `mira@example.net` exists: Mira Kostić, Serbian Latin, in the English cohort, a
    /// learner; and `ilir@example.net`, an instructor in no cohort without a language.
    fn directory_with_users() -> Directory {
        let mut dir = directory();
        dir.users.insert(
            email("mira@example.net"),
            KnownUser {
                name: "Mira Kostić".to_string(),
                locale: Some(Locale::SrLatn),
                cohorts: ["Ministry of Security BiH — English 2026".to_string()]
                    .into_iter()
                    .collect(),
                is_learner: true,
            },
        );
        dir.users.insert(
            email("ilir@example.net"),
            KnownUser {
                name: "Ilir Krasniqi".to_string(),
                locale: None,
                cohorts: BTreeSet::new(),
                is_learner: false,
            },
        );
        dir
    }

    fn with_bom(text: &str) -> Vec<u8> {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        bytes
    }

    fn row(
        line: usize,
        address: &str,
        name: &str,
        locale: Option<Locale>,
        cohort: Option<&str>,
    ) -> RowPlan {
        RowPlan {
            line,
            email: email(address),
            name: name.to_string(),
            locale,
            cohort: cohort.map(str::to_string),
            action: Action::Create,
        }
    }

    const ENGLISH_2026: &str = "Ministry of Security BiH — English 2026";
    const ALBANIAN_A2: &str = "Border Police MK — Albanian A2";

    // --- Files as spreadsheets write them ---

    #[test]
    fn excel_in_a_regional_setting_writes_semicolons_crlf_and_a_bom() {
        let file = with_bom(
            "email;name;language;cohort\r\n\
             jovana.petrovic@example.org;Јована Петровић;sr-Cyrl;Ministry of Security BiH — English 2026\r\n\
             emina.hadzic@example.org;Emina Hadžić;bs;Ministry of Security BiH — English 2026\r\n\
             arben.hoxha@example.net;Arben Hoxha;sq;Border Police MK — Albanian A2\r\n",
        );
        let plan = plan(&file, &directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(plan.delimiter, Some(';'));
        assert_eq!(plan.ignored_columns, vec![]);
        assert_eq!(
            plan.rows,
            vec![
                row(
                    2,
                    "jovana.petrovic@example.org",
                    "Јована Петровић",
                    Some(Locale::SrCyrl),
                    Some(ENGLISH_2026)
                ),
                row(
                    3,
                    "emina.hadzic@example.org",
                    "Emina Hadžić",
                    Some(Locale::Bs),
                    Some(ENGLISH_2026)
                ),
                row(
                    4,
                    "arben.hoxha@example.net",
                    "Arben Hoxha",
                    Some(Locale::Sq),
                    Some(ALBANIAN_A2)
                ),
            ]
        );
        assert!(plan.can_apply());
    }

    #[test]
    fn a_comma_file_without_bom_with_lf_and_a_quoted_name_holding_a_comma() {
        let file = "Email,Name,Language,Cohort\n\
                    \"marko.vukovic@example.org\",\"Vuković, Marko\",cnr,\n\
                    ana.ilievska@example.org,\"Ана \"\"Анче\"\" Илиевска\",mk,Border Police MK — Albanian A2\n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(plan.delimiter, Some(','));
        assert_eq!(
            plan.rows,
            vec![
                row(
                    2,
                    "marko.vukovic@example.org",
                    "Vuković, Marko",
                    Some(Locale::Cnr),
                    None
                ),
                row(
                    3,
                    "ana.ilievska@example.org",
                    "Ана \"Анче\" Илиевска",
                    Some(Locale::Mk),
                    Some(ALBANIAN_A2)
                ),
            ]
        );
    }

    #[test]
    fn a_line_break_inside_quotes_keeps_the_next_row_on_its_physical_line() {
        let file = with_bom(
            "email;name;notes;language;cohort\r\n\
             ivana.babic@example.org;Ivana Babić;\"first line\r\nsecond line; still notes\r\nthird\";hr;\r\n\
             \r\n\
             luka.maric@example.org;Luka Marić;;hr;\r\n\
             bad-address;Niko Nikić;;hr;\r\n",
        );
        let plan = plan(&file, &directory());
        assert_eq!(
            plan.rows,
            vec![
                row(
                    2,
                    "ivana.babic@example.org",
                    "Ivana Babić",
                    Some(Locale::Hr),
                    None
                ),
                row(
                    6,
                    "luka.maric@example.org",
                    "Luka Marić",
                    Some(Locale::Hr),
                    None
                ),
            ]
        );
        assert_eq!(
            problems(&plan),
            vec![(Some(7), ProblemKind::BadEmail("bad-address".to_string()))]
        );
        assert_eq!(
            plan.ignored_columns,
            vec![IgnoredColumn {
                number: 3,
                name: "notes".to_string()
            }]
        );
    }

    #[test]
    fn a_tab_separated_file_is_read_too() {
        let file = "email\tname\tlanguage\tcohort\nana@example.org\tAna Anić\ten\t\n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(plan.delimiter, Some('\t'));
        assert_eq!(
            plan.rows,
            vec![row(
                2,
                "ana@example.org",
                "Ana Anić",
                Some(Locale::En),
                None
            )]
        );
    }

    #[test]
    fn excel_s_sep_line_names_the_delimiter_and_counts_as_a_line() {
        // Without the `sep=` line the header would split on its one comma, not on the semicolons.
        let file = "sep=;\r\nemail;name, as in the passport;name;language;cohort\r\nana@example.org;x;Ana Anić;;\r\n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(plan.delimiter, Some(';'));
        assert_eq!(
            plan.rows,
            vec![row(3, "ana@example.org", "Ana Anić", None, None)]
        );
    }

    #[test]
    fn a_sep_line_naming_another_character_is_not_a_sep_line() {
        let file = "sep=|\nemail|name|language|cohort\nana@example.org|Ana|en|\n";
        assert_eq!(
            problems(&plan(file.as_bytes(), &directory())),
            vec![(Some(1), ProblemKind::UnknownDelimiter)]
        );
    }

    #[test]
    fn the_delimiter_is_the_one_that_finds_the_columns_not_the_most_frequent() {
        // Three commas inside the header's cells, three semicolons between them.
        let file = "email;\"name, surname\";\"language, as a tag\";cohort,x\n";
        assert_eq!(plan(file.as_bytes(), &directory()).delimiter, Some(';'));
        let file = "email;name;language;cohort\n";
        assert_eq!(plan(file.as_bytes(), &directory()).delimiter, Some(';'));
    }

    #[test]
    fn blank_rows_are_skipped_and_cells_trimmed_and_names_tidied() {
        let file = "email;name;language;cohort\n\n;;;\n  ; ;;\n  Ana@Example.ORG ;  Ana \u{a0}  Anić ; SR-latn ;  ministry of security bih — english 2026 \n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(
            plan.rows,
            vec![row(
                5,
                "ana@example.org",
                "Ana Anić",
                Some(Locale::SrLatn),
                Some(ENGLISH_2026)
            )]
        );
    }

    #[test]
    fn a_decomposed_name_is_composed() {
        // "ć" as c + combining acute, as some Mac software writes it.
        let file = "email,name,language,cohort\nana@example.org,Ana Anic\u{301},,\n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(plan.rows[0].name, "Ana Ani\u{107}");
    }

    #[test]
    fn ignored_columns_are_reported_with_their_position() {
        let file =
            "No.;email;Institution;name;language;cohort;\n1;ana@example.org;MUP RS;Ana Anić;;;\n";
        let plan = plan(file.as_bytes(), &directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(
            plan.ignored_columns,
            vec![
                IgnoredColumn {
                    number: 1,
                    name: "No.".to_string()
                },
                IgnoredColumn {
                    number: 3,
                    name: "Institution".to_string()
                },
                IgnoredColumn {
                    number: 7,
                    name: String::new()
                },
            ]
        );
        assert_eq!(plan.rows.len(), 1);
    }

    // --- Languages ---

    #[test]
    fn language_tags_are_read_as_the_browser_s_are() {
        let cases = [
            ("sr-Cyrl", Some(Locale::SrCyrl)),
            ("sr-Latn", Some(Locale::SrLatn)),
            ("sr", Some(Locale::SrCyrl)),
            ("sr-RS", Some(Locale::SrCyrl)),
            ("sr-ME", Some(Locale::Cnr)),
            ("CNR", Some(Locale::Cnr)),
            ("bs", Some(Locale::Bs)),
            ("hr", Some(Locale::Hr)),
            ("mk", Some(Locale::Mk)),
            ("sq", Some(Locale::Sq)),
            ("en-GB", Some(Locale::En)),
            ("", None),
        ];
        for (tag, expected) in cases {
            let file = format!("email,name,language,cohort\nana@example.org,Ana,{tag},\n");
            let plan = plan(file.as_bytes(), &directory());
            assert_eq!(problems(&plan), vec![], "{tag}");
            assert_eq!(plan.rows[0].locale, expected, "{tag}");
        }
        for tag in ["me", "srpski", "de"] {
            let file = format!("email,name,language,cohort\nana@example.org,Ana,{tag},\n");
            assert_eq!(
                problems(&plan(file.as_bytes(), &directory())),
                vec![(Some(2), ProblemKind::UnknownLanguage(tag.to_string()))]
            );
        }
    }

    // --- Encodings ---

    #[test]
    fn a_windows_1250_file_is_refused_with_its_encoding_named() {
        let mut file = b"email;name;language;cohort\r\ndjordje.cosic@example.org;".to_vec();
        // "Đorđe Ćosić" in Windows-1250.
        file.extend_from_slice(b"\xD0or\xF0e \xC6osi\xE6;sr-Latn;\r\n");
        assert_eq!(
            problems(&plan(&file, &directory())),
            vec![(
                Some(2),
                ProblemKind::NotUtf8 {
                    guess: Some("windows-1250")
                }
            )]
        );
    }

    #[test]
    fn a_windows_1251_file_is_refused_with_its_encoding_named() {
        let mut file = b"email;name;language;cohort\r\nmarija@example.org;".to_vec();
        // "Марија" in Windows-1251.
        file.extend_from_slice(b"\xCC\xE0\xF0\xE8\xBC\xE0;sr-Cyrl;\r\n");
        assert_eq!(
            problems(&plan(&file, &directory())),
            vec![(
                Some(2),
                ProblemKind::NotUtf8 {
                    guess: Some("windows-1251")
                }
            )]
        );
    }

    /// "email\tname\n", "Ана" and "ë" as UTF-16: each ASCII letter a zero byte and itself; А = U+0410,
    /// н = U+043D, а = U+0430 (bytes that are ASCII too), ë = U+00EB (a byte that is not).
    const UTF16LE: &[u8] = b"e\0m\0a\0i\0l\0\t\0n\0a\0m\0e\0\n\0\x10\x04\x3D\x04\x30\x04\xEB\0";
    const UTF16BE: &[u8] = b"\0e\0m\0a\0i\0l\0\t\0n\0a\0m\0e\0\n\x04\x10\x04\x3D\x04\x30\0\xEB";

    #[test]
    fn utf16_from_excel_s_unicode_text_is_refused_as_such() {
        let mut le = b"\xFF\xFE".to_vec();
        le.extend_from_slice(UTF16LE);
        assert_eq!(
            problems(&plan(&le, &directory())),
            vec![(
                None,
                ProblemKind::NotUtf8 {
                    guess: Some("UTF-16LE")
                }
            )]
        );
        let mut be = b"\xFE\xFF".to_vec();
        be.extend_from_slice(UTF16BE);
        assert_eq!(
            problems(&plan(&be, &directory())),
            vec![(
                None,
                ProblemKind::NotUtf8 {
                    guess: Some("UTF-16BE")
                }
            )]
        );
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes() {
        // Without "ë" it is valid UTF-8 full of NULs; with it, not UTF-8 at all. Either way UTF-16.
        for file in [&UTF16LE[..28], UTF16LE] {
            assert_eq!(
                problems(&plan(file, &directory())),
                vec![(
                    None,
                    ProblemKind::NotUtf8 {
                        guess: Some("UTF-16LE")
                    }
                )]
            );
        }
        for file in [&UTF16BE[..28], UTF16BE] {
            assert_eq!(
                problems(&plan(file, &directory())),
                vec![(
                    None,
                    ProblemKind::NotUtf8 {
                        guess: Some("UTF-16BE")
                    }
                )]
            );
        }
        assert!(std::str::from_utf8(&UTF16LE[..28]).is_ok());
    }

    #[test]
    fn utf16_needs_zero_high_bytes_in_a_quarter_of_its_code_units() {
        type ToBytes = fn(u16) -> [u8; 2];
        let encodings: [(ToBytes, &str); 2] = [
            (u16::to_le_bytes, "UTF-16LE"),
            (u16::to_be_bytes, "UTF-16BE"),
        ];
        for (bytes_of, name) in encodings {
            let encode =
                |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(bytes_of).collect() };
            // 20 code units, 5 of them ASCII: a quarter.
            let file = encode("mk;sqАлександарСтоја");
            assert_eq!(file.len(), 40);
            assert_eq!(
                problems(&plan(&file, &directory())),
                vec![(None, ProblemKind::NotUtf8 { guess: Some(name) })]
            );
            // 4 of 20: not enough to say.
            let file = encode("mk;sАлександарСтојан");
            assert_eq!(
                problems(&plan(&file, &directory())),
                vec![(None, ProblemKind::NotUtf8 { guess: None })],
                "{name}"
            );
        }
        // One stray NUL in a UTF-8 file is not UTF-16.
        assert_eq!(
            problems(&plan(b"e\0mail;name;language;cohort\r\n", &directory())),
            vec![(None, ProblemKind::NotUtf8 { guess: None })]
        );
    }

    #[test]
    fn binary_that_is_not_text_gets_no_guess() {
        let file = b"email\0\0\0\0\0\0\0\0\x01\x02";
        assert_eq!(
            problems(&plan(file, &directory())),
            vec![(None, ProblemKind::NotUtf8 { guess: None })]
        );
    }

    #[test]
    fn a_workbook_saved_under_a_csv_name_is_refused() {
        for file in [
            &b"PK\x03\x04\x14\0\x06\0"[..],
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0",
        ] {
            assert_eq!(
                problems(&plan(file, &directory())),
                vec![(None, ProblemKind::Workbook)]
            );
        }
    }

    // --- Whole-file and header problems ---

    #[test]
    fn an_empty_or_blank_file_is_refused() {
        for file in [&b""[..], b"\xEF\xBB\xBF", b"\r\n  \r\n\t\n"] {
            assert_eq!(
                problems(&plan(file, &directory())),
                vec![(None, ProblemKind::Empty)]
            );
        }
    }

    #[test]
    fn a_header_without_learners_is_refused() {
        let plan = plan(b"email;name;language;cohort\r\n;;;\r\n", &directory());
        assert_eq!(problems(&plan), vec![(None, ProblemKind::NoRows)]);
        assert!(!plan.can_apply());
    }

    #[test]
    fn a_header_split_by_something_else_has_an_unknown_delimiter() {
        let file = "\n\nemail|name|language|cohort\nana@example.org|Ana|en|\n";
        assert_eq!(
            problems(&plan(file.as_bytes(), &directory())),
            vec![(Some(3), ProblemKind::UnknownDelimiter)]
        );
    }

    #[test]
    fn missing_columns_are_named_on_the_header_line() {
        let plan = plan(b"email;name;cohort\nana@example.org;Ana;\n", &directory());
        assert_eq!(
            problems(&plan),
            vec![(Some(1), ProblemKind::MissingColumn("language"))]
        );
        assert_eq!(plan.rows, vec![]);
        assert_eq!(
            problems(&super::plan(
                b"\r\nE-Mail\r\nana@example.org\r\n",
                &directory()
            )),
            vec![
                (Some(2), ProblemKind::MissingColumn("name")),
                (Some(2), ProblemKind::MissingColumn("language")),
                (Some(2), ProblemKind::MissingColumn("cohort")),
            ]
        );
    }

    #[test]
    fn a_required_column_twice_is_a_duplicate_column() {
        let file = "email;name;language;cohort;Mail\nana@example.org;Ana;;;ana@example.net\n";
        assert_eq!(
            problems(&plan(file.as_bytes(), &directory())),
            vec![(Some(1), ProblemKind::DuplicateColumn("Mail".to_string()))]
        );
    }

    // --- Row problems ---

    #[test]
    fn each_row_problem_is_reported_on_its_line() {
        let file = with_bom(
            "email;name;language;cohort\r\n\
             ana@example.org;Ana Anić;sr-Latn;\r\n\
             ;Bez Adrese;bs;\r\n\
             ana.example.org;Ana Anić;bs;\r\n\
             bojan@example.org;  ;bs;\r\n\
             cvijeta@example.org;Cvijeta Cvitić;hrv;\r\n\
             dragan@example.org;Dragan Dragić;sr-Latn;Border Police RS\r\n\
             ANA@example.org ;Ana Anić;sr-Latn;\r\n\
             emir@example.org,Emir Emirović,bs,\r\n\
             fatos@example.net;\"Fatos\r\nBerisha;sq;\r\ngoran@example.org;Goran\";sq;\r\n",
        );
        let plan = plan(&file, &directory());
        assert_eq!(
            problems(&plan),
            vec![
                (Some(3), ProblemKind::MissingEmail),
                (
                    Some(4),
                    ProblemKind::BadEmail("ana.example.org".to_string())
                ),
                (Some(5), ProblemKind::MissingName),
                (Some(6), ProblemKind::UnknownLanguage("hrv".to_string())),
                (
                    Some(7),
                    ProblemKind::UnknownCohort("Border Police RS".to_string())
                ),
                (Some(8), ProblemKind::DuplicateEmail { first_line: 2 }),
                (
                    Some(9),
                    ProblemKind::WrongFieldCount {
                        expected: 4,
                        found: 1
                    }
                ),
                (Some(10), ProblemKind::NameWithLineBreak),
            ]
        );
        assert_eq!(
            plan.rows,
            vec![row(
                2,
                "ana@example.org",
                "Ana Anić",
                Some(Locale::SrLatn),
                None
            )]
        );
        assert!(!plan.can_apply());
    }

    #[test]
    fn a_row_with_several_problems_reports_them_all() {
        let file = "email,name,language,cohort\nnot-an-address,,klingon,Nowhere\n";
        assert_eq!(
            problems(&plan(file.as_bytes(), &directory())),
            vec![
                (Some(2), ProblemKind::BadEmail("not-an-address".to_string())),
                (Some(2), ProblemKind::MissingName),
                (Some(2), ProblemKind::UnknownLanguage("klingon".to_string())),
                (Some(2), ProblemKind::UnknownCohort("Nowhere".to_string())),
            ]
        );
    }

    #[test]
    fn a_duplicate_names_the_first_line_even_when_that_row_had_other_problems() {
        let file = "email,name,language,cohort\nana@example.org,Ana,xx,\nana@example.org,Ana,en,\n";
        assert_eq!(
            problems(&plan(file.as_bytes(), &directory())),
            vec![
                (Some(2), ProblemKind::UnknownLanguage("xx".to_string())),
                (Some(3), ProblemKind::DuplicateEmail { first_line: 2 }),
            ]
        );
    }

    #[test]
    fn a_cohort_matching_two_stored_names_but_in_case_is_unknown() {
        let mut dir = directory();
        dir.cohorts.insert("Group A".to_string());
        dir.cohorts.insert("GROUP A".to_string());
        let file = "email,name,language,cohort\nana@example.org,Ana,,group a\nbo@example.org,Bo,,GROUP A\n";
        let plan = plan(file.as_bytes(), &dir);
        assert_eq!(
            problems(&plan),
            vec![(Some(2), ProblemKind::UnknownCohort("group a".to_string()))]
        );
        assert_eq!(plan.rows[0].cohort.as_deref(), Some("GROUP A"));
    }

    // --- What each row does ---

    #[test]
    fn a_new_address_is_created() {
        let file = "email,name,language,cohort\nnew@example.org,Nova Novak,hr,\n";
        assert_eq!(
            plan(file.as_bytes(), &directory_with_users()).rows[0].action,
            Action::Create
        );
    }

    #[test]
    fn an_existing_learner_the_row_matches_is_unchanged() {
        // Same name, same language, already in the cohort; the address differs only in case.
        let file = format!(
            "email,name,language,cohort\nMIRA@example.net,Mira Kostić,sr-Latn,{ENGLISH_2026}\n"
        );
        let plan = plan(file.as_bytes(), &directory_with_users());
        assert_eq!(plan.rows[0].action, Action::Unchanged);
        assert!(plan.can_apply());
    }

    #[test]
    fn empty_language_and_cohort_leave_an_existing_learner_alone() {
        let file = "email,name,language,cohort\nmira@example.net,Mira Kostić,,\n";
        assert_eq!(
            plan(file.as_bytes(), &directory_with_users()).rows[0].action,
            Action::Unchanged
        );
    }

    #[test]
    fn each_change_to_an_existing_user_is_listed() {
        let file = format!(
            "email,name,language,cohort\n\
             mira@example.net,Mira Kostić Perić,sr-Latn,{ENGLISH_2026}\n"
        );
        let dir = directory_with_users();
        assert_eq!(
            plan(file.as_bytes(), &dir).rows[0].action,
            Action::Update(vec![Change::Name {
                from: "Mira Kostić".to_string(),
                to: "Mira Kostić Perić".to_string()
            }])
        );
        let file = "email,name,language,cohort\nmira@example.net,Mira Kostić,sr-Cyrl,\n";
        assert_eq!(
            plan(file.as_bytes(), &dir).rows[0].action,
            Action::Update(vec![Change::Language {
                from: Some(Locale::SrLatn),
                to: Locale::SrCyrl
            }])
        );
        let file =
            format!("email,name,language,cohort\nmira@example.net,Mira Kostić,,{ALBANIAN_A2}\n");
        assert_eq!(
            plan(file.as_bytes(), &dir).rows[0].action,
            Action::Update(vec![Change::JoinsCohort(ALBANIAN_A2.to_string())])
        );
        let file = "email,name,language,cohort\nilir@example.net,Ilir Krasniqi,,\n";
        assert_eq!(
            plan(file.as_bytes(), &dir).rows[0].action,
            Action::Update(vec![Change::BecomesLearner])
        );
        let file = format!(
            "email,name,language,cohort\nilir@example.net,Ilir Krasniqi,sq,{ALBANIAN_A2}\n"
        );
        assert_eq!(
            plan(file.as_bytes(), &dir).rows[0].action,
            Action::Update(vec![
                Change::Language {
                    from: None,
                    to: Locale::Sq
                },
                Change::JoinsCohort(ALBANIAN_A2.to_string()),
                Change::BecomesLearner,
            ])
        );
    }

    #[test]
    fn the_fingerprint_tells_plans_apart_by_what_they_would_do() {
        let file = format!(
            "email,name,language,cohort\n\
             mira@example.net,Mira Kostić,sr-Latn,{ENGLISH_2026}\n\
             nova@example.org,Nova Nović,,\n"
        );
        let dir = directory_with_users();
        let before = plan(file.as_bytes(), &dir);
        assert_eq!(before.counts(), (1, 0, 1), "Nova is new, Mira unchanged");
        let fingerprint = before.fingerprint();
        assert_eq!(fingerprint.len(), 64);
        assert!(fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(plan(file.as_bytes(), &dir).fingerprint(), fingerprint);
        // The same file once Mira has another name: one update instead of an unchanged row.
        let mut renamed = dir.clone();
        renamed
            .users
            .get_mut(&email("mira@example.net"))
            .expect("Mira")
            .name = "Mira Perić".to_string();
        let after = plan(file.as_bytes(), &renamed);
        assert_eq!(after.counts(), (1, 1, 0));
        assert_ne!(after.fingerprint(), fingerprint);
        // Once Nova exists, her row is unchanged rather than created.
        let mut created = dir.clone();
        created.users.insert(
            email("nova@example.org"),
            KnownUser {
                name: "Nova Nović".to_string(),
                locale: None,
                cohorts: BTreeSet::new(),
                is_learner: true,
            },
        );
        let after = plan(file.as_bytes(), &created);
        assert_eq!(after.counts(), (0, 0, 2));
        assert_ne!(after.fingerprint(), fingerprint);
    }

    // --- The fixtures the integration tests and the browser walk use ---

    const ASYLUM_B1: &str = "Western Balkans Asylum Officers — English B1";

    fn fixture_directory() -> Directory {
        Directory {
            users: HashMap::new(),
            cohorts: [ENGLISH_2026.to_string(), ASYLUM_B1.to_string()]
                .into_iter()
                .collect(),
        }
    }

    #[test]
    fn the_excel_fixture_plans_ten_new_learners() {
        let file = include_bytes!("../../tests/fixtures/import/learners-excel-semicolon.csv");
        assert!(
            file.starts_with(b"\xEF\xBB\xBF"),
            "the fixture keeps its BOM"
        );
        let plan = plan(file, &fixture_directory());
        assert_eq!(problems(&plan), vec![]);
        assert_eq!(plan.delimiter, Some(';'));
        assert_eq!(
            plan.ignored_columns,
            vec![IgnoredColumn {
                number: 5,
                name: "institution".to_string()
            }]
        );
        let e = Some(ENGLISH_2026);
        let a = Some(ASYLUM_B1);
        assert_eq!(
            plan.rows,
            vec![
                row(
                    2,
                    "jelena.markovic@example.org",
                    "Јелена Марковић",
                    Some(Locale::SrCyrl),
                    a
                ),
                row(
                    3,
                    "nikola.jovanovic@example.org",
                    "Nikola Jovanović",
                    Some(Locale::SrLatn),
                    a
                ),
                row(
                    4,
                    "amra.begic@example.org",
                    "Amra Begić",
                    Some(Locale::Bs),
                    e
                ),
                row(
                    5,
                    "dragana.kovacevic@example.net",
                    "Dragana Kovačević",
                    Some(Locale::SrLatn),
                    e
                ),
                row(
                    6,
                    "sanja.djuric@example.org",
                    "Sanja Đurić",
                    Some(Locale::En),
                    e
                ),
                // Line 7 is an empty row (";;;;").
                row(
                    8,
                    "milos.vujovic@example.net",
                    "Miloš Vujović",
                    Some(Locale::Cnr),
                    a
                ),
                row(
                    9,
                    "aleksandar.stojanovski@example.org",
                    "Александар Стојановски",
                    Some(Locale::Mk),
                    a
                ),
                row(
                    10,
                    "arber.ramadani@example.org",
                    "Arbër Ramadani",
                    Some(Locale::Sq),
                    a
                ),
                row(
                    11,
                    "blerina.cela@example.net",
                    "Blerina Çela",
                    Some(Locale::Sq),
                    a
                ),
                row(
                    12,
                    "ivana.horvat@example.net",
                    "Ivana Horvat",
                    Some(Locale::Hr),
                    a
                ),
            ]
        );
        assert!(plan.can_apply());
    }

    #[test]
    fn the_problems_fixture_has_one_of_each_row_problem() {
        let file = include_bytes!("../../tests/fixtures/import/learners-problems.csv");
        let plan = plan(file, &fixture_directory());
        assert_eq!(plan.delimiter, Some(','));
        assert_eq!(
            problems(&plan),
            vec![
                (Some(3), ProblemKind::MissingEmail),
                (
                    Some(4),
                    ProblemKind::BadEmail("adnan.example.org".to_string())
                ),
                (Some(5), ProblemKind::MissingName),
                (Some(6), ProblemKind::UnknownLanguage("srpski".to_string())),
                (
                    Some(7),
                    ProblemKind::UnknownCohort("Border Police 2025".to_string())
                ),
                (Some(8), ProblemKind::DuplicateEmail { first_line: 2 }),
                (
                    Some(9),
                    ProblemKind::WrongFieldCount {
                        expected: 5,
                        found: 1
                    }
                ),
                (Some(10), ProblemKind::NameWithLineBreak),
            ]
        );
        assert_eq!(
            plan.rows,
            vec![
                row(
                    2,
                    "petar.petrovic@example.org",
                    "Petar Petrović",
                    Some(Locale::SrLatn),
                    Some(ENGLISH_2026)
                ),
                row(
                    12,
                    "edona.berisha@example.net",
                    "Berisha, Edona",
                    Some(Locale::Sq),
                    None
                ),
                row(
                    14,
                    "nora.gashi@example.org",
                    "Nora Gashi",
                    Some(Locale::Sq),
                    Some(ASYLUM_B1)
                ),
            ]
        );
        assert!(!plan.can_apply());
    }

    // --- Messages ---

    #[test]
    fn problem_and_change_messages_have_their_variables() {
        let args = ProblemKind::WrongFieldCount {
            expected: 4,
            found: 1,
        }
        .args();
        assert_eq!(args.get("expected"), Some(&4.into()));
        assert_eq!(args.get("found"), Some(&1.into()));
        let args = ProblemKind::NotUtf8 {
            guess: Some("windows-1250"),
        }
        .args();
        assert_eq!(args.get("guess"), Some(&"windows-1250".into()));
        assert_eq!(
            ProblemKind::NotUtf8 { guess: None }.message_id(),
            "import-problem-not-text"
        );
        let args = Change::Language {
            from: Some(Locale::SrLatn),
            to: Locale::Mk,
        }
        .args();
        assert_eq!(args.get("from"), Some(&"Srpski (latinica)".into()));
        assert_eq!(args.get("to"), Some(&"Македонски".into()));
        assert_eq!(
            Change::Language {
                from: None,
                to: Locale::Mk
            }
            .message_id(),
            "import-change-language-set"
        );
    }

    #[test]
    fn every_message_is_in_the_english_admin_file_with_its_variables() {
        let ftl = include_str!("../../locales/en/admin.ftl");
        let resource = fluent_syntax::parser::parse(ftl).expect("admin.ftl parses");
        let problems = [
            ProblemKind::NotUtf8 {
                guess: Some("windows-1250"),
            },
            ProblemKind::NotUtf8 { guess: None },
            ProblemKind::Workbook,
            ProblemKind::Empty,
            ProblemKind::NoRows,
            ProblemKind::UnknownDelimiter,
            ProblemKind::MissingColumn("email"),
            ProblemKind::DuplicateColumn("mail".to_string()),
            ProblemKind::WrongFieldCount {
                expected: 4,
                found: 1,
            },
            ProblemKind::MissingEmail,
            ProblemKind::BadEmail("x".to_string()),
            ProblemKind::MissingName,
            ProblemKind::NameWithLineBreak,
            ProblemKind::UnknownLanguage("x".to_string()),
            ProblemKind::UnknownCohort("x".to_string()),
            ProblemKind::DuplicateEmail { first_line: 2 },
            ProblemKind::Unreadable,
        ];
        let changes = [
            Change::Name {
                from: "a".to_string(),
                to: "b".to_string(),
            },
            Change::Language {
                from: Some(Locale::En),
                to: Locale::Mk,
            },
            Change::Language {
                from: None,
                to: Locale::Mk,
            },
            Change::JoinsCohort("x".to_string()),
            Change::BecomesLearner,
        ];
        let wanted = problems
            .iter()
            .map(|p| (p.message_id(), p.args()))
            .chain(changes.iter().map(|c| (c.message_id(), c.args())));
        for (id, args) in wanted {
            let message = resource
                .body
                .iter()
                .find_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) if m.id.name == id => Some(m),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("`{id}` is not in locales/en/admin.ftl"));
            let mut used = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut used);
            }
            for (name, _) in args.iter() {
                assert!(used.contains(name), "`{id}` does not use ${name}");
            }
            let comment = message
                .comment
                .as_ref()
                .map(|c| c.content.join("\n"))
                .unwrap_or_default();
            for (name, _) in args.iter() {
                assert!(
                    comment.contains(&format!("${name}")),
                    "`{id}` does not document ${name}"
                );
            }
        }
    }

    /// The variables a Fluent pattern refers to, in selectors and variants too.
    fn variables<'a>(pattern: &fluent_syntax::ast::Pattern<&'a str>, out: &mut BTreeSet<&'a str>) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline<'a>(e: &InlineExpression<&'a str>, out: &mut BTreeSet<&'a str>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name);
                }
                InlineExpression::Placeable { expression } => expression_(expression, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                }
                _ => {}
            }
        }
        fn expression_<'a>(e: &Expression<&'a str>, out: &mut BTreeSet<&'a str>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    variants.iter().for_each(|v| variables(&v.value, out));
                }
            }
        }
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_(expression, out);
            }
        }
    }
}
