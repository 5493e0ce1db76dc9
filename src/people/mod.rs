//! People: learners, cohorts and their memberships, as far as they are pure rules. `import` turns a CSV of
//! learners into a plan that the shell shows (dry run) and applies in one transaction. Nothing here touches
//! the database, the clock or a file.

pub mod import;

use unicode_normalization::UnicodeNormalization;

/// A person's or a cohort's name as written, in composed form (NFC) with runs of white space (line breaks,
/// no-break spaces from a spreadsheet) made one space: the same name typed in a form, imported from a CSV
/// or given on the command line is stored the same, so comparing names compares what people see.
pub fn normalise_name(raw: &str) -> String {
    raw.nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`normalise_name`], or `None` when nothing is left (a name is required).
pub fn clean_name(raw: &str) -> Option<String> {
    Some(normalise_name(raw)).filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_required_and_stored_as_people_see_it() {
        assert_eq!(clean_name(" \u{a0}\n "), None);
        // "Đurić" typed with a combining acute (U+0301) is stored composed, spaces tidied.
        assert_eq!(
            clean_name("  Sanja\u{a0}\u{a0}Đuric\u{301} "),
            Some("Sanja Đurić".to_string())
        );
        assert_eq!(
            clean_name("Марија Петровска"),
            Some("Марија Петровска".to_string())
        );
    }
}
