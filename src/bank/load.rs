//! Reads `question-banks/` from disk and hands the text to [`super::parse`]. The only file I/O of the bank.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::parse::{check_bank, parse_course};
use super::Bank;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Locale, Source};

/// A loaded bank and the warnings (incomplete translations) that did not stop it.
#[derive(Debug)]
pub struct Loaded {
    pub bank: Bank,
    pub warnings: Vec<Diagnostic>,
}

/// Loads every course folder (one holding `course.toml`) under `root`.
pub fn load_banks(root: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let entries = std::fs::read_dir(root).map_err(|e| {
        vec![Diagnostic::in_file(
            root,
            format!("cannot read the bank folder: {e}"),
        )]
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        return Err(vec![Diagnostic::in_file(
            root,
            "no course found: a course is a folder with a course.toml",
        )]);
    }
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut courses = Vec::new();
    for dir in dirs {
        match load_course(&dir) {
            Ok(parsed) => {
                warnings.extend(parsed.warnings);
                courses.push((parsed.course, dir.join("course.toml"), parsed.quiz_places));
            }
            Err(p) => problems.extend(p),
        }
    }
    problems.extend(check_bank(&courses));
    if problems.is_empty() {
        Ok(Loaded {
            bank: Bank {
                courses: courses.into_iter().map(|(c, _, _)| c).collect(),
            },
            warnings,
        })
    } else {
        Err(problems)
    }
}

fn load_course(dir: &Path) -> Result<super::parse::ParsedCourse, Vec<Diagnostic>> {
    let toml_path = dir.join("course.toml");
    let toml_text = read(&toml_path)?;
    let mut ftl = BTreeMap::new();
    let mut problems = Vec::new();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| vec![Diagnostic::in_file(dir, format!("cannot read: {e}"))])?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        match stem.parse::<Locale>() {
            Ok(Locale::SrLatn) => problems.push(Diagnostic::in_file(
                &path,
                "Serbian Latin is derived from sr-Cyrl.ftl by transliteration: remove this file",
            )),
            Ok(locale) => match read(&path) {
                Ok(text) => {
                    ftl.insert(locale, Source { path, text });
                }
                Err(p) => problems.extend(p),
            },
            Err(_) => problems.push(Diagnostic::in_file(
                &path,
                format!(
                    "`{stem}` is not a locale ispit knows (expected one of: {})",
                    Locale::STORED.map(Locale::tag).join(", ")
                ),
            )),
        }
    }
    let parsed = parse_course(dir, &toml_path, &toml_text, &ftl);
    match parsed {
        Ok(p) if problems.is_empty() => Ok(p),
        Ok(_) => Err(problems),
        Err(p) => {
            problems.extend(p);
            Err(problems)
        }
    }
}

pub(crate) fn read(path: &Path) -> Result<String, Vec<Diagnostic>> {
    std::fs::read_to_string(path)
        .map_err(|e| vec![Diagnostic::in_file(path, format!("cannot read: {e}"))])
}
