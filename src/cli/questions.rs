//! `ispit import --from FORMAT FILE... --inspect`: what the readers of `interchange` made of the files, as
//! the JSON of the inspection view on standard output (documented in docs/import-formats.md), for tools and
//! for a trainer checking a file before importing it; `ispit import` into a course (its report and exit
//! code around `service::question_import`); `ispit export`.

use std::path::PathBuf;

use crate::interchange::{read, Format, Reading};

/// The inspection of several files as one: the outcome over all of them, every problem with its file, the
/// questions of each file in turn. Exit code 0 when everything was read, 1 when some questions or files
/// were refused, 2 when a file could not be opened.
pub fn inspect(format: Format, files: &[PathBuf]) -> (serde_json::Value, u8) {
    let mut errors = Vec::new();
    let mut questions = Vec::new();
    let mut unreadable = false;
    for file in files {
        let name = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(serde_json::Value::String(format!(
                    "{name}: cannot be read: {e}"
                )));
                unreadable = true;
                continue;
            }
        };
        let reading: Reading = read(format, &bytes);
        let view = reading.inspection(&name);
        errors.extend(view["errors"].as_array().cloned().unwrap_or_default());
        questions.extend(view["questions"].as_array().cloned().unwrap_or_default());
    }
    let outcome = match (errors.is_empty(), questions.is_empty()) {
        (true, _) => "ok",
        (false, false) => "partial",
        (false, true) => "error",
    };
    let code = if unreadable {
        2
    } else {
        u8::from(!errors.is_empty())
    };
    (
        serde_json::json!({"outcome": outcome, "errors": errors, "questions": questions}),
        code,
    )
}

/// What `ispit import` (without --inspect) was asked to do.
pub struct ImportArgs<'a> {
    pub format: Format,
    pub files: &'a [PathBuf],
    /// The course folder, inside the question-bank folder; created when it does not exist.
    pub course: &'a std::path::Path,
    /// The language of the files' prose, then (Moodle XML's multi-language content) the other languages
    /// to read from the same files, as translations.
    pub locales: &'a [crate::i18n::Locale],
    /// A quiz of every imported question, added to the course under this id.
    pub quiz: Option<&'a str>,
    /// A new course's title (default: its folder's name).
    pub title: Option<&'a str>,
    pub dry_run: bool,
}

/// The import's report (for standard error) and exit code: 0 all imported, 1 some questions or files
/// refused (the rest imported, unless the bank would not load: then nothing), 2 nothing could be done.
/// Planning, the check in a copy of the bank and the writing are `service::question_import`'s, shared
/// with the administrator's page.
pub fn import(args: &ImportArgs<'_>) -> (String, u8) {
    use crate::interchange::to_bank::Fate;
    use crate::service::question_import::{plan, write_all, Request, SourceFile};
    use std::fmt::Write as _;
    let mut files = Vec::new();
    for file in args.files {
        let name = file.display().to_string();
        match std::fs::read(file) {
            Ok(bytes) => files.push(SourceFile { name, bytes }),
            Err(e) => return (format!("{name}: cannot be read: {e}\n"), 2),
        }
    }
    let request = Request {
        format: args.format,
        files: &files,
        course_dir: args.course,
        locales: args.locales,
        quiz: args.quiz,
        title: args.title,
    };
    let plan = match plan(&request) {
        Ok(plan) => plan,
        Err(e @ crate::service::question_import::PlanError::Course(_)) => {
            return (format!("{e}\nnothing was written\n"), 2)
        }
        Err(e) => return (format!("{e}\n"), 2),
    };
    // Each file's problems and questions together, in file order and then line order, as a trainer reads
    // the file.
    let rank = |file: &str| {
        args.files
            .iter()
            .position(|f| f.display().to_string() == file)
            .unwrap_or(usize::MAX)
    };
    let mut entries: Vec<(usize, usize, Vec<String>)> = plan
        .problems
        .iter()
        .map(|p| (rank(&p.file), p.problem.line, vec![p.display()]))
        .collect();
    for q in &plan.questions {
        let (file, planned) = (&q.file, &q.planned);
        let name = planned.name.as_deref().unwrap_or("(no name)");
        let at = format!("{file}:{}: {name}", planned.line);
        let mut lines = vec![match &planned.fate {
            Fate::Added { id, kind } => format!("{at}: added as {id} ({kind})"),
            Fate::Refused(reason) => format!("{at}: not imported: {reason}"),
        }];
        lines.extend(
            planned
                .notes
                .iter()
                .map(|note| format!("{at}: note: {note}")),
        );
        entries.push((rank(file), planned.line, lines));
    }
    entries.sort_by_key(|(file, line, _)| (*file, *line));
    let mut report = String::new();
    for line in entries.iter().flat_map(|(_, _, lines)| lines) {
        let _ = writeln!(report, "{line}");
    }
    if !plan.bank_problems.is_empty() {
        for problem in &plan.bank_problems {
            let _ = writeln!(report, "{problem}");
        }
        let _ = writeln!(report, "the bank would not load with these questions");
        let _ = writeln!(report, "nothing was written");
        return (report, 2);
    }
    let code = u8::from(plan.any_refused());
    let (added, course) = (plan.added(), args.course.display());
    if args.dry_run {
        let _ = writeln!(
            report,
            "dry run: {added} questions would be added to {course}"
        );
        return (report, code);
    }
    if let Err(message) = write_all(&plan) {
        let _ = writeln!(report, "{message}");
        let _ = writeln!(report, "nothing was written");
        return (report, 2);
    }
    let _ = writeln!(report, "{added} questions added to {course}");
    (report, code)
}

/// `ispit export --to moodlexml|qti3 COURSE -o FILE`: the report (for standard error) and the exit code, 0
/// when the file was written, 2 when nothing was. Without `locales`, every locale of the course (Serbian
/// Latin beside Serbian Cyrillic, for Moodle's two Serbian language packs).
pub fn export(
    format: &str,
    course_dir: &std::path::Path,
    locales: &[crate::i18n::Locale],
    output: &std::path::Path,
) -> (String, u8) {
    use crate::interchange::{from_bank, to_moodle_xml, to_qti};
    use std::fmt::Write as _;
    let failed = |message: String| (format!("{message}\nnothing was written\n"), 2);
    let toml_path = course_dir.join("course.toml");
    let toml = match std::fs::read_to_string(&toml_path) {
        Ok(t) => t,
        Err(e) => return failed(format!("{}: cannot be read: {e}", toml_path.display())),
    };
    let root = course_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let bank = match crate::bank::load_banks(root) {
        Ok(loaded) => loaded.bank,
        Err(problems) => {
            let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            return failed(format!(
                "{}\nthe bank does not load: mend it first (ispit validate)",
                problems.join("\n")
            ));
        }
    };
    let Some(course) = bank
        .courses
        .iter()
        .find(|c| c.dir == course_dir || c.dir.file_name() == course_dir.file_name())
    else {
        return failed(format!("{}: no course there", course_dir.display()));
    };
    let mut chosen: Vec<crate::i18n::Locale> = if locales.is_empty() {
        crate::i18n::Locale::ALL
            .into_iter()
            .filter(|l| course.texts.locales().contains(l))
            .collect()
    } else {
        locales.to_vec()
    };
    chosen.sort_by_key(|l| *l != crate::i18n::Locale::En);
    if let Some(missing) = chosen.iter().find(|l| !course.texts.locales().contains(l)) {
        return failed(format!("the course has no {} texts", missing.tag()));
    }
    let exported = from_bank::export(course, &toml, &chosen);
    let bytes = if format == "qti3" {
        // True/false is a choice between two in QTI, worded in the interface's language.
        let locales_dir = match crate::web::config::settings() {
            Ok(settings) => settings.locales_dir,
            Err(e) => return failed(format!("configuration: {e}")),
        };
        let ui = match crate::i18n::load::load_ui_texts(&locales_dir) {
            Ok(ui) => ui,
            Err(problems) => {
                let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                return failed(format!("locales:\n{}", all.join("\n")));
            }
        };
        let labels = |l| to_qti::ui_true_false(&ui, l);
        match to_qti::write_package(course.id.as_str(), &exported, &labels) {
            Ok(zip) => zip,
            Err(e) => return failed(e),
        }
    } else {
        to_moodle_xml::write(&exported).into_bytes()
    };
    if let Err(e) = std::fs::write(output, bytes) {
        return failed(format!("{}: cannot be written: {e}", output.display()));
    }
    let mut report = String::new();
    for q in &exported {
        let lost = q.items.first().map_or_else(Vec::new, |(_, item)| {
            if format == "qti3" {
                to_qti::notes(item)
            } else {
                to_moodle_xml::notes(item)
            }
        });
        for note in q.notes.iter().chain(&lost) {
            let _ = writeln!(report, "{}: note: {note}", q.id);
        }
    }
    let tags: Vec<&str> = chosen.iter().map(|l| l.tag()).collect();
    let _ = writeln!(
        report,
        "{} questions written to {} ({})",
        exported.len(),
        output.display(),
        tags.join(", ")
    );
    (report, 0)
}
