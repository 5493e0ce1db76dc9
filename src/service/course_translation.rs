//! Adding a language to a course from a translator's prose file, for the administrator's page: the
//! translator gets the course's English `en.ftl` (or its current translation), translates the values and
//! sends back `mk.ftl`; [`plan`] puts it in place of the course's prose in that language, declares the
//! language in `course.toml` (so that the bank requires every question's prose in it) and loads the whole
//! bank from a temporary copy with both files, as the server and `ispit validate` do. Nothing is written
//! into the bank folder until the caller writes the plan (`question_import::write_files`).
//!
//! The problems are `ispit validate`'s English messages at `file:line`; the page shows them inside its own
//! localized framing. Nothing here knows of Rocket or SQL.

use std::path::{Path, PathBuf};

use toml_edit::{Array, DocumentMut, Item as TomlItem, Value};

use super::question_import::{bank_root, check_in_copy, fingerprint, parse_new_course};
use crate::bank::Course;
use crate::diagnostic::Diagnostic;
use crate::i18n::Locale;
use crate::interchange::text::decode_utf8;

/// Why no translation can be planned at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TranslationError {
    #[error("English is the course's own language: its prose comes with its questions")]
    English,
    #[error("{derived} is made from {made_from}: translate into {made_from} instead")]
    Derived {
        derived: &'static str,
        made_from: &'static str,
    },
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("{0}")]
    Course(String),
}

/// What adding the translation would do. Nothing has been written.
#[derive(Debug)]
pub struct TranslationPlan {
    pub course_dir: PathBuf,
    pub locale: Locale,
    /// `course.toml` with the language declared, then the language's prose file.
    pub files: Vec<(PathBuf, String)>,
    /// Whether the course already had prose in this language (it is replaced).
    pub replaces: bool,
    /// Why the bank would not load with the translation (paths as in the bank folder): missing or
    /// misspelt messages, Fluent syntax, a placeable the English has not…
    pub problems: Vec<Diagnostic>,
    /// The course as it will be; `None` when it does not parse (its problems are in `problems`).
    pub course: Option<Course>,
}

impl TranslationPlan {
    /// Whether the plan may be written: the bank loads with it.
    pub fn can_apply(&self) -> bool {
        self.problems.is_empty() && self.course.is_some()
    }

    /// A digest of what the plan would write and report: a confirmation compares it with the plan
    /// previewed.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.course_dir, &self.files, |field| {
            // A second confirmation of the same file replaces what the first added: a plan of its own.
            field(if self.replaces { "replaces" } else { "adds" });
            for p in &self.problems {
                field(&p.to_string());
            }
        })
    }
}

/// Plans putting `ftl` (the uploaded file's bytes) in as the course's prose in `locale`. Reads the bank
/// folder; writes nothing into it.
pub fn plan(
    course_dir: &Path,
    locale: Locale,
    ftl: &[u8],
) -> Result<TranslationPlan, TranslationError> {
    if locale == Locale::En {
        return Err(TranslationError::English);
    }
    if locale.source() != locale {
        return Err(TranslationError::Derived {
            derived: locale.tag(),
            made_from: locale.source().tag(),
        });
    }
    let text = decode_utf8(ftl).map_err(|_| TranslationError::NotText)?;
    let toml_path = course_dir.join("course.toml");
    let toml = std::fs::read_to_string(&toml_path).map_err(|e| {
        TranslationError::Course(format!("{}: cannot be read: {e}", toml_path.display()))
    })?;
    let toml = declare(&toml, locale)
        .map_err(|e| TranslationError::Course(format!("{}: {e}", toml_path.display())))?;
    let ftl_path = course_dir.join(format!("{}.ftl", locale.tag()));
    let replaces = ftl_path.is_file();
    let files = vec![(toml_path, toml), (ftl_path, text)];
    let course = parse_new_course(course_dir, &files);
    let problems = match check_in_copy(bank_root(course_dir), course_dir, &files) {
        Ok(()) => Vec::new(),
        Err(problems) => problems,
    };
    Ok(TranslationPlan {
        course_dir: course_dir.to_path_buf(),
        locale,
        files,
        replaces,
        problems,
        course,
    })
}

/// The course.toml with `locale` among its declared `locales` (English first, then as listed): a course
/// that declares a language must have every question's prose in it.
fn declare(toml: &str, locale: Locale) -> Result<String, String> {
    let mut doc: DocumentMut = toml
        .parse()
        .map_err(|e: toml_edit::TomlError| e.message().to_string())?;
    let mut listed: Vec<String> = match doc.get("locales") {
        None => vec![Locale::En.tag().to_string()],
        Some(item) => item
            .as_array()
            .ok_or("`locales` is not a list")?
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
    };
    if !listed.iter().any(|t| t == locale.tag()) {
        listed.push(locale.tag().to_string());
    }
    let array: Array = listed.iter().map(String::as_str).collect();
    match doc.get_mut("locales") {
        Some(TomlItem::Value(value)) => {
            let decor = value.decor().clone();
            *value = Value::Array(array);
            *value.decor_mut() = decor;
        }
        _ => {
            doc.insert("locales", toml_edit::value(array));
        }
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_declared_once_after_those_listed() {
        let declared = |toml: &str| declare(toml, Locale::Mk).expect("declared");
        assert_eq!(
            declared("id = \"c\"\n"),
            "id = \"c\"\nlocales = [\"en\", \"mk\"]\n"
        );
        assert_eq!(
            declared("id = \"c\"\nlocales = [\"en\", \"sq\"] # kept\n"),
            "id = \"c\"\nlocales = [\"en\", \"sq\", \"mk\"] # kept\n"
        );
        assert_eq!(
            declared("locales = [\"en\", \"mk\"]\n"),
            "locales = [\"en\", \"mk\"]\n"
        );
        assert!(declare("locales = \"en\"\n", Locale::Mk).is_err());
        assert!(declare("id = \n", Locale::Mk).is_err());
    }

    #[test]
    fn english_and_serbian_latin_are_not_translations_to_upload() {
        let dir = Path::new("/nowhere");
        assert_eq!(
            plan(dir, Locale::En, b"").err(),
            Some(TranslationError::English)
        );
        assert_eq!(
            plan(dir, Locale::SrLatn, b"").err(),
            Some(TranslationError::Derived {
                derived: "sr-Latn",
                made_from: "sr-Cyrl"
            })
        );
        assert_eq!(
            plan(dir, Locale::Mk, b"\xff\xfe").err(),
            Some(TranslationError::NotText)
        );
        assert!(matches!(
            plan(dir, Locale::Mk, b"x = y"),
            Err(TranslationError::Course(m)) if m.contains("/nowhere/course.toml: cannot be read")
        ));
    }
}
