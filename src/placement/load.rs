//! Reads a placement bank folder from disk and writes calibrated difficulties back into it. The only file
//! I/O of `placement`; parsing stays in `bank`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::bank::{parse, PlacementBank};
use crate::diagnostic::Diagnostic;

/// The placement bank's folder inside the banks folder (`ISPIT_BANKS_DIR`, by default `question-banks`).
pub fn bank_dir(banks: &Path) -> PathBuf {
    banks.join("english-placement")
}

/// Generated Sympson–Hetter parameters, beside `placement.toml`.
pub const EXPOSURE_FILE: &str = "exposure.toml";

/// Reads `placement.toml`, the optional `exposure.toml` (Sympson–Hetter parameters written by
/// `ispit placement exposure`) and every `items-*.toml` in `dir`. Each file is parsed on its own, so a
/// problem is reported in the file and on the line where it is.
pub fn load(dir: &Path) -> Result<PlacementBank, Vec<Diagnostic>> {
    let settings_path = dir.join("placement.toml");
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| vec![Diagnostic::in_file(p, format!("cannot read: {e}"))])
    };
    let settings = read(&settings_path)?;
    let exposure_path = dir.join(EXPOSURE_FILE);
    let exposure = if exposure_path.is_file() {
        Some(read(&exposure_path)?)
    } else {
        None
    };
    let files = item_files(dir)?;
    let mut item_files = Vec::new();
    for f in files {
        let text = read(&f)?;
        item_files.push((f, text));
    }
    parse(
        (&settings_path, &settings),
        exposure
            .as_deref()
            .map(|text| (exposure_path.as_path(), text)),
        &item_files,
    )
}

/// The `items-*.toml` files of a placement bank folder, in name order.
fn item_files(dir: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| vec![Diagnostic::in_file(dir, format!("cannot read: {e}"))])?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("items-") && n.ends_with(".toml"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Writes new difficulties into the `items-*.toml` files of `dir`, keeping every comment and layout; only the
/// `b` of the listed items changes. Returns how many items were updated.
pub fn write_difficulties(
    dir: &Path,
    new_b: &BTreeMap<String, f64>,
) -> Result<usize, Vec<Diagnostic>> {
    let mut changed = 0;
    let files = item_files(dir)?;
    for path in files {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| vec![Diagnostic::in_file(&path, format!("cannot read: {e}"))])?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| vec![Diagnostic::in_file(&path, e.to_string())])?;
        let mut touched = false;
        if let Some(items) = doc
            .get_mut("items")
            .and_then(|i| i.as_array_of_tables_mut())
        {
            for table in items.iter_mut() {
                let id = table.get("id").and_then(|v| v.as_str()).map(str::to_string);
                if let Some(b) = id.and_then(|id| new_b.get(&id)) {
                    table["b"] = toml_edit::value((b * 100.0).round() / 100.0);
                    touched = true;
                    changed += 1;
                }
            }
        }
        if touched {
            std::fs::write(&path, doc.to_string())
                .map_err(|e| vec![Diagnostic::in_file(&path, format!("cannot write: {e}"))])?;
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placement_bank_lives_in_its_own_folder_of_the_banks() {
        assert_eq!(
            bank_dir(Path::new("question-banks")),
            PathBuf::from("question-banks/english-placement")
        );
    }
}
