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
    pub locale: crate::i18n::Locale,
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
    if args.locale != crate::i18n::Locale::En {
        return (
            format!(
                "questions are imported in English (--locale en) and translated afterwards: every course \
                 needs its English prose, and the new questions' ids are made from it (asked: {})\n",
                args.locale.tag()
            ),
            2,
        );
    }
    let mut items = Vec::new();
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
        items.extend(reading.items.into_iter().map(|i| (name.clone(), i)));
    }
    match plan_and_write(args, &items, &mut report) {
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
    report: &mut String,
) -> Result<bool, String> {
    use crate::interchange::to_bank::{convert, new_course, Fate};
    use std::fmt::Write as _;
    let course_dir = args.course;
    let toml_path = course_dir.join("course.toml");
    let ftl_path = course_dir.join(format!("{}.ftl", args.locale.tag()));
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
    let converted = convert(&just_items, &toml, &ftl, args.quiz).map_err(|e| e.to_string())?;
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
    check_in_copy(root, course_dir, &converted.toml, &ftl_path, &converted.ftl)?;
    if args.dry_run {
        let _ = writeln!(
            report,
            "dry run: {added} questions would be added to {}",
            course_dir.display()
        );
        return Ok(any_refused);
    }
    write_both(
        course_dir,
        &toml_path,
        &converted.toml,
        &ftl_path,
        &converted.ftl,
    )?;
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
    toml: &str,
    ftl_path: &std::path::Path,
    ftl: &str,
) -> Result<(), String> {
    let copy = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let copy_root = copy.path().join("banks");
    copy_dir(root, &copy_root).map_err(|e| format!("cannot copy {}: {e}", root.display()))?;
    let name = course_dir.file_name().unwrap_or_default();
    let copy_course = copy_root.join(name);
    let written = std::fs::create_dir_all(&copy_course)
        .and_then(|()| std::fs::write(copy_course.join("course.toml"), toml))
        .and_then(|()| {
            std::fs::write(
                copy_course.join(ftl_path.file_name().unwrap_or_default()),
                ftl,
            )
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

/// Both files or neither: each is written beside itself and renamed into place; if the second rename
/// fails, the first file is put back.
fn write_both(
    course_dir: &std::path::Path,
    toml_path: &std::path::Path,
    toml: &str,
    ftl_path: &std::path::Path,
    ftl: &str,
) -> Result<(), String> {
    let fail = |what: &std::path::Path, e: std::io::Error| {
        format!("{}: cannot be written: {e}", what.display())
    };
    std::fs::create_dir_all(course_dir).map_err(|e| fail(course_dir, e))?;
    let staged = |path: &std::path::Path, text: &str| -> Result<PathBuf, String> {
        let tmp = path.with_extension("import-tmp");
        std::fs::write(&tmp, text).map_err(|e| fail(&tmp, e))?;
        Ok(tmp)
    };
    let toml_tmp = staged(toml_path, toml)?;
    let ftl_tmp = match staged(ftl_path, ftl) {
        Ok(t) => t,
        Err(e) => {
            let _ = std::fs::remove_file(&toml_tmp);
            return Err(e);
        }
    };
    let old_toml = std::fs::read(toml_path).ok();
    std::fs::rename(&toml_tmp, toml_path).map_err(|e| fail(toml_path, e))?;
    if let Err(e) = std::fs::rename(&ftl_tmp, ftl_path) {
        match old_toml {
            Some(old) => {
                let _ = std::fs::write(toml_path, old);
            }
            None => {
                let _ = std::fs::remove_file(toml_path);
            }
        }
        let _ = std::fs::remove_file(&ftl_tmp);
        return Err(fail(ftl_path, e));
    }
    Ok(())
}
