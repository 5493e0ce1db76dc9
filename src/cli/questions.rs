//! `ispit import --from FORMAT FILE... --inspect`: what the readers of `interchange` made of the files, as
//! the JSON of the inspection view on standard output (documented in docs/import-formats.md), for tools and
//! for a trainer checking a file before importing it.

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
pub fn import(args: &ImportArgs<'_>) -> (String, u8) {
    use std::fmt::Write as _;
    let mut report = String::new();
    let mut refused = false;
    let Some((&primary, others)) = args.locales.split_first() else {
        return ("no --locale given\n".to_string(), 2);
    };
    if primary != crate::i18n::Locale::En {
        return (
            format!(
                "questions are imported in English (--locale en) and translated afterwards: every course \
                 needs its English prose, and the new questions' ids are made from it (asked: {})\n",
                primary.tag()
            ),
            2,
        );
    }
    if !others.is_empty() && args.format != Format::MoodleXml {
        return (
            "only Moodle XML holds several languages in one file (--locale en,mk…)\n".to_string(),
            2,
        );
    }
    if let Some(derived) = others.iter().find(|l| l.source() != **l) {
        return (
            format!(
                "{} is made from {}: import {} instead\n",
                derived.tag(),
                derived.source().tag(),
                derived.source().tag()
            ),
            2,
        );
    }
    let mut items = Vec::new();
    let mut translated: Vec<Vec<crate::interchange::Item>> = vec![Vec::new(); others.len()];
    for file in args.files {
        let name = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => return (format!("{name}: cannot be read: {e}\n"), 2),
        };
        let reading = read(args.format, &bytes);
        for problem in &reading.problems {
            let _ = writeln!(report, "{}", problem.display(&name));
            refused = true;
        }
        for (locale, items) in others.iter().zip(&mut translated) {
            items.extend(read_in(&bytes, *locale).items);
        }
        items.extend(reading.items.into_iter().map(|i| (name.clone(), i)));
    }
    let translations: Vec<(crate::i18n::Locale, Vec<crate::interchange::Item>)> =
        others.iter().copied().zip(translated).collect();
    match plan_and_write(args, &items, &translations, &mut report) {
        Ok(any_refused) => {
            let code = u8::from(refused || any_refused);
            (report, code)
        }
        Err(message) => {
            let _ = writeln!(report, "{message}");
            let _ = writeln!(report, "nothing was written");
            (report, 2)
        }
    }
}

/// Converts, checks the bank with the new files in a copy, writes both files (or none). Whether some
/// questions were refused.
fn plan_and_write(
    args: &ImportArgs<'_>,
    items: &[(String, crate::interchange::Item)],
    translations: &[(crate::i18n::Locale, Vec<crate::interchange::Item>)],
    report: &mut String,
) -> Result<bool, String> {
    use crate::interchange::to_bank::{convert_translated, new_course, Fate, Translation};
    use std::fmt::Write as _;
    let course_dir = args.course;
    let toml_path = course_dir.join("course.toml");
    let ftl_path = course_dir.join("en.ftl");
    let root = course_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let (toml, ftl) = if toml_path.is_file() {
        let toml = std::fs::read_to_string(&toml_path)
            .map_err(|e| format!("{}: cannot be read: {e}", toml_path.display()))?;
        let ftl = std::fs::read_to_string(&ftl_path).unwrap_or_default();
        (toml, ftl)
    } else {
        let id = course_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        new_course(id, args.title.unwrap_or(id)).map_err(|e| e.to_string())?
    };
    let just_items: Vec<_> = items.iter().map(|(_, i)| i.clone()).collect();
    // A translation's prose file as it is, or for a new course its title messages in English.
    let translation_ftls: Vec<(PathBuf, String)> = translations
        .iter()
        .map(|(locale, _)| {
            let path = course_dir.join(format!("{}.ftl", locale.tag()));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                ftl.lines()
                    .filter(|l| l.starts_with("course-"))
                    .map(|l| format!("{l}\n"))
                    .collect()
            });
            (path, text)
        })
        .collect();
    let tags: Vec<&str> = translations.iter().map(|(l, _)| l.tag()).collect();
    let others: Vec<Translation> = translations
        .iter()
        .zip(&translation_ftls)
        .zip(&tags)
        .map(|(((_, items), (_, ftl)), tag)| Translation {
            locale: tag,
            items,
            ftl,
        })
        .collect();
    let converted = convert_translated(&just_items, &others, &toml, &ftl, args.quiz)
        .map_err(|e| e.to_string())?;
    let mut files: Vec<(PathBuf, String)> = vec![
        (toml_path.clone(), converted.toml.clone()),
        (ftl_path.clone(), converted.ftl.clone()),
    ];
    files.extend(
        translation_ftls
            .iter()
            .map(|(path, _)| path.clone())
            .zip(converted.translations.iter().cloned()),
    );
    let mut any_refused = false;
    let mut added = 0;
    for ((file, _), planned) in items.iter().zip(&converted.questions) {
        let name = planned.name.as_deref().unwrap_or("(no name)");
        match &planned.fate {
            Fate::Added { id, kind } => {
                added += 1;
                let _ = writeln!(
                    report,
                    "{file}:{}: {name}: added as {id} ({kind})",
                    planned.line
                );
            }
            Fate::Refused(reason) => {
                any_refused = true;
                let _ = writeln!(
                    report,
                    "{file}:{}: {name}: not imported: {reason}",
                    planned.line
                );
            }
        }
        for note in &planned.notes {
            let _ = writeln!(report, "{file}:{}: {name}: note: {note}", planned.line);
        }
    }
    check_in_copy(root, course_dir, &files)?;
    if args.dry_run {
        let _ = writeln!(
            report,
            "dry run: {added} questions would be added to {}",
            course_dir.display()
        );
        return Ok(any_refused);
    }
    write_all(course_dir, &files)?;
    let _ = writeln!(
        report,
        "{added} questions added to {}",
        course_dir.display()
    );
    Ok(any_refused)
}

/// Loads the whole bank from a copy with the course's new files in place: what the server would load.
fn check_in_copy(
    root: &std::path::Path,
    course_dir: &std::path::Path,
    files: &[(PathBuf, String)],
) -> Result<(), String> {
    let copy = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let copy_root = copy.path().join("banks");
    copy_dir(root, &copy_root).map_err(|e| format!("cannot copy {}: {e}", root.display()))?;
    let name = course_dir.file_name().unwrap_or_default();
    let copy_course = copy_root.join(name);
    let written = std::fs::create_dir_all(&copy_course).and_then(|()| {
        files.iter().try_for_each(|(path, text)| {
            std::fs::write(copy_course.join(path.file_name().unwrap_or_default()), text)
        })
    });
    written.map_err(|e| format!("cannot write the check copy: {e}"))?;
    match crate::bank::load_banks(&copy_root) {
        Ok(_) => Ok(()),
        Err(problems) => {
            let prefix = format!("{}/", copy_root.display());
            let shown = format!("{}/", root.display());
            Err(problems
                .iter()
                .map(|p| p.to_string().replace(&prefix, &shown))
                .chain(["the bank would not load with these questions".to_string()])
                .collect::<Vec<_>>()
                .join("\n"))
        }
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Every file or none: each is written beside itself, then renamed into place; if a rename fails, the files
/// already renamed are put back as they were.
fn write_all(course_dir: &std::path::Path, files: &[(PathBuf, String)]) -> Result<(), String> {
    let fail = |what: &std::path::Path, e: std::io::Error| {
        format!("{}: cannot be written: {e}", what.display())
    };
    std::fs::create_dir_all(course_dir).map_err(|e| fail(course_dir, e))?;
    let mut staged: Vec<PathBuf> = Vec::new();
    for (path, text) in files {
        let tmp = path.with_extension("import-tmp");
        if let Err(e) = std::fs::write(&tmp, text) {
            for t in staged.iter().chain([&tmp]) {
                let _ = std::fs::remove_file(t);
            }
            return Err(fail(&tmp, e));
        }
        staged.push(tmp);
    }
    let mut done: Vec<(&PathBuf, Option<Vec<u8>>)> = Vec::new();
    for ((path, _), tmp) in files.iter().zip(&staged) {
        let old = std::fs::read(path).ok();
        if let Err(e) = std::fs::rename(tmp, path) {
            for (path, old) in done {
                let _ = match old {
                    Some(old) => std::fs::write(path, old),
                    None => std::fs::remove_file(path),
                };
            }
            for t in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(fail(path, e));
        }
        done.push((path, old));
    }
    Ok(())
}

/// A Moodle XML file's questions read in `locale` (its multi-language content in that language).
fn read_in(bytes: &[u8], locale: crate::i18n::Locale) -> Reading {
    use crate::interchange::{moodle_xml, text::decode_utf8, to_moodle_xml::moodle_lang};
    match decode_utf8(bytes) {
        Ok(text) => moodle_xml::read(&text, Some(moodle_lang(locale))),
        Err(problem) => Reading::failed(problem),
    }
}

/// `ispit export --to moodlexml COURSE -o FILE`: the report (for standard error) and the exit code, 0 when
/// the file was written, 2 when nothing was. Without `locales`, every locale of the course (Serbian Latin
/// beside Serbian Cyrillic, for Moodle's two Serbian language packs).
pub fn export(
    course_dir: &std::path::Path,
    locales: &[crate::i18n::Locale],
    output: &std::path::Path,
) -> (String, u8) {
    use crate::interchange::{from_bank, to_moodle_xml};
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
    let xml = to_moodle_xml::write(&exported);
    if let Err(e) = std::fs::write(output, xml) {
        return failed(format!("{}: cannot be written: {e}", output.display()));
    }
    let mut report = String::new();
    for q in &exported {
        for note in &q.notes {
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
