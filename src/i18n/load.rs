//! Reads the UI texts in `locales/<tag>/*.ftl` and checks every locale against English: a missing or
//! obsolete message is an error, reported with its file and line. The only file I/O of `i18n`.

use std::collections::BTreeMap;
use std::path::Path;

use super::{compare_indexes, message_offset, Locale, Source, Texts};
use crate::diagnostic::Diagnostic;

pub fn load_ui_texts(dir: &Path) -> Result<Texts, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut sources: BTreeMap<Locale, Vec<Source>> = BTreeMap::new();
    if dir.join(Locale::SrLatn.tag()).exists() {
        problems.push(Diagnostic::in_file(
            &dir.join(Locale::SrLatn.tag()),
            "Serbian Latin is derived from sr-Cyrl by transliteration: remove this folder",
        ));
    }
    for locale in Locale::STORED {
        let folder = dir.join(locale.tag());
        let Ok(entries) = std::fs::read_dir(&folder) else {
            problems.push(Diagnostic::in_file(&folder, "missing locale folder"));
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ftl"))
            .collect();
        files.sort();
        for path in files {
            match std::fs::read_to_string(&path) {
                Ok(text) => sources
                    .entry(locale)
                    .or_default()
                    .push(Source { path, text }),
                Err(e) => problems.push(Diagnostic::in_file(&path, format!("cannot read: {e}"))),
            }
        }
    }
    let texts = match Texts::parse(&sources) {
        Ok(t) => t,
        Err(p) => {
            problems.extend(p);
            return Err(problems);
        }
    };
    if let Some(reference) = texts.index(Locale::En) {
        for locale in Locale::STORED.into_iter().filter(|l| *l != Locale::En) {
            let Some(index) = texts.index(locale) else {
                continue;
            };
            let (missing, obsolete) = compare_indexes(reference, index);
            let folder = dir.join(locale.tag());
            for m in missing {
                let (id, _) = m.split_once('.').unwrap_or((&m, ""));
                let english = &reference.messages[id];
                // It belongs in the file of the same name as English's (its first line: it is absent).
                let file = english
                    .file
                    .file_name()
                    .map_or_else(|| folder.clone(), |name| folder.join(name));
                problems.push(Diagnostic::in_file(
                    &file,
                    format!(
                        "`{m}` is missing (English has it at {}:{})",
                        english.file.display(),
                        english.line
                    ),
                ));
            }
            for o in obsolete {
                let (id, _) = o.split_once('.').unwrap_or((&o, ""));
                let info = &index.messages[id];
                let text = sources
                    .get(&locale)
                    .and_then(|s| s.iter().find(|s| s.path == info.file))
                    .map(|s| s.text.as_str())
                    .unwrap_or_default();
                let offset = message_offset(text, id).unwrap_or(0);
                problems.push(Diagnostic::at_offset(
                    &info.file,
                    text,
                    offset,
                    format!("`{o}` is not in English: obsolete or misspelt"),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(texts)
    } else {
        problems.sort();
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A locales folder where every stored locale has `a.ftl` with `hello` and `bye`.
    fn complete() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for l in Locale::STORED {
            let folder = dir.path().join(l.tag());
            std::fs::create_dir_all(&folder).expect("mkdir");
            std::fs::write(folder.join("a.ftl"), "hello = Hi\nbye = Bye\n").expect("write");
        }
        dir
    }

    fn messages(problems: &[Diagnostic]) -> Vec<String> {
        problems.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn only_ftl_files_are_read() {
        let dir = complete();
        let notes = dir.path().join(Locale::Mk.tag()).join("notes.txt");
        std::fs::write(notes, "not { Fluent\n").expect("write");
        let texts = load_ui_texts(dir.path()).expect("a stray text file is ignored");
        assert!(texts.has(Locale::Mk, "bye", None));
    }

    #[test]
    fn a_message_english_has_is_missing_in_another_locale() {
        let dir = complete();
        let mk = dir.path().join(Locale::Mk.tag());
        std::fs::write(mk.join("a.ftl"), "hello = Здраво\n").expect("write");
        let problems = load_ui_texts(dir.path()).expect_err("mk lacks bye");
        assert_eq!(
            messages(&problems),
            vec![format!(
                "`bye` is missing (English has it at {}:2)",
                dir.path().join("en").join("a.ftl").display()
            )]
        );
        assert_eq!(problems[0].file, mk.join("a.ftl"), "where English has it");
    }

    #[test]
    fn an_obsolete_message_is_located_in_its_own_file() {
        let dir = complete();
        let hr = dir.path().join(Locale::Hr.tag());
        std::fs::write(hr.join("b.ftl"), "# old\n\nfarewell = Zbogom\n").expect("write");
        let problems = load_ui_texts(dir.path()).expect_err("hr has an extra message");
        assert_eq!(
            problems[0].to_string(),
            format!(
                "{}:3:1: `farewell` is not in English: obsolete or misspelt",
                hr.join("b.ftl").display()
            )
        );
        assert_eq!(problems.len(), 1);
    }
}
