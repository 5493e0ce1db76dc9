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
