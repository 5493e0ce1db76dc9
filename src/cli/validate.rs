//! `ispit validate`: loads the course banks, the placement bank and the UI locales as the server would, and
//! adds advice for authors (skewed key positions, keys given away by length). Problems stop the server and
//! fail the command; warnings do neither.

use std::fmt;
use std::path::Path;

use crate::diagnostic::Diagnostic;

/// Everything `ispit validate` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Errors: the server would refuse to start.
    pub problems: Vec<Diagnostic>,
    /// Incomplete translations of undeclared locales and advice for authors.
    pub warnings: Vec<Diagnostic>,
    /// What loaded, one line each ("ok: …").
    pub loaded: Vec<String>,
}

/// Checks `banks` (course folders and the placement bank) and the UI texts in `locales`.
pub fn run(banks: &Path, locales: &Path) -> Report {
    let mut report = Report::default();
    match crate::web::load_placement(banks) {
        Ok(Some(p)) => {
            report.warnings.extend(crate::placement::advice::check(&p));
            report.loaded.push(format!(
                "ok: English placement bank, {}",
                count(p.pool.items.len(), "item", "items")
            ));
        }
        Ok(None) => {}
        Err(p) => report.problems.extend(p),
    }
    match crate::web::load_content(banks, locales) {
        Ok((loaded, _)) => {
            report.warnings.extend(loaded.warnings);
            for course in &loaded.bank.courses {
                report.warnings.extend(crate::bank::advice::course(course));
            }
            let quizzes = loaded.bank.quizzes().count();
            let questions: usize = loaded.bank.courses.iter().map(|c| c.questions.len()).sum();
            report.loaded.push(format!(
                "ok: {}, {}, {}; UI locales complete",
                count(loaded.bank.courses.len(), "course", "courses"),
                count(quizzes, "quiz", "quizzes"),
                count(questions, "question", "questions"),
            ));
        }
        Err(p) => report.problems.extend(p.0),
    }
    report
}

impl Report {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }

    /// The last line: "2 problems, 1 warning", or only the warnings (or nothing) when all is well.
    pub fn summary(&self) -> Option<String> {
        let warnings = count(self.warnings.len(), "warning", "warnings");
        match (self.problems.len(), self.warnings.len()) {
            (0, 0) => None,
            (0, _) => Some(warnings),
            (n, 0) => Some(count(n, "problem", "problems")),
            (n, _) => Some(format!("{}, {warnings}", count(n, "problem", "problems"))),
        }
    }
}

/// Problems as `file:line:col: message`, then warnings as `file:line:col: warning: message`, then what
/// loaded, so an editor or a CI log can jump to each.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        for w in &self.warnings {
            writeln!(
                f,
                "{}:{}:{}: warning: {}",
                w.file.display(),
                w.line,
                w.col,
                w.message
            )?;
        }
        if self.passed() {
            for l in &self.loaded {
                writeln!(f, "{l}")?;
            }
        }
        Ok(())
    }
}

/// "1 problem", "2 problems" (the command's output is English, like every diagnostic).
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_problems_and_warnings_in_good_english() {
        let d = Diagnostic::in_file(Path::new("a.toml"), "x");
        let mut report = Report::default();
        assert_eq!(report.summary(), None);
        report.warnings.push(d.clone());
        assert_eq!(report.summary().as_deref(), Some("1 warning"));
        report.problems.push(d.clone());
        assert_eq!(report.summary().as_deref(), Some("1 problem, 1 warning"));
        report.problems.push(d.clone());
        report.warnings.clear();
        assert_eq!(report.summary().as_deref(), Some("2 problems"));
        assert!(report.to_string().starts_with("a.toml:1:1: x\n"));
    }
}
