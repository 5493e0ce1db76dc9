//! `ispit validate` as a bank author meets it: the locales a course declares, the placement bank's exposure
//! file, and warnings about where the answer keys sit.

use std::path::Path;
use std::process::Command;

struct Run {
    passed: bool,
    stdout: String,
    stderr: String,
}

fn validate(banks: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_ispit"))
        .arg("validate")
        .arg(banks)
        .output()
        .expect("runs");
    Run {
        passed: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A copy of the bundled banks to break.
fn bundled_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    crate::helpers::copy_dir("question-banks".as_ref(), dir.path());
    dir
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("present");
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_deleted_translation_of_a_declared_locale_fails_validation() {
    let dir = bundled_copy();
    std::fs::remove_file(dir.path().join("migration-gender/sq.ftl")).expect("delete");
    let run = validate(dir.path());
    assert!(!run.passed, "{}", run.stdout);
    let toml =
        std::fs::read_to_string(dir.path().join("migration-gender/course.toml")).expect("read");
    let line = line_of(&toml, "locales = [");
    assert!(
        run.stdout.lines().any(
            |l| l.contains(&format!("migration-gender/course.toml:{line}:"))
                && l.contains("locale `sq` is declared but its prose file")
                && l.contains("migration-gender/sq.ftl is missing")
        ),
        "{}",
        run.stdout
    );
    // One problem, in English that counts.
    assert!(
        run.stderr.contains("1 problem") && !run.stderr.contains("1 problems"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_incomplete_translation_of_a_declared_locale_names_what_is_missing() {
    let dir = bundled_copy();
    let ftl = dir.path().join("migration-governance/hr.ftl");
    let text = std::fs::read_to_string(&ftl).expect("read");
    // Drop the first question's message: its line and its indented attributes.
    let mut dropped = None;
    let mut kept = String::new();
    let mut skipping = false;
    for l in text.lines() {
        if dropped.is_none() && l.starts_with("q-") {
            dropped = l.split(' ').next().map(str::to_string);
            skipping = true;
            continue;
        }
        if skipping && l.starts_with(' ') {
            continue;
        }
        skipping = false;
        kept.push_str(l);
        kept.push('\n');
    }
    let dropped = dropped.expect("a question message");
    std::fs::write(&ftl, kept).expect("write");
    let run = validate(dir.path());
    assert!(!run.passed, "{}", run.stdout);
    let expected = format!("migration-governance/hr.ftl:1:1: 1 translation missing: {dropped}");
    assert!(run.stdout.contains(&expected), "{expected}\n{}", run.stdout);
}

#[test]
fn a_broken_exposure_file_is_reported_in_itself() {
    let dir = bundled_copy();
    let path = dir.path().join("english-placement/exposure.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[4] = "\"a2-v-travel-02\" = zero".to_string();
    std::fs::write(&path, lines.join("\n")).expect("write");
    let run = validate(dir.path());
    assert!(!run.passed, "{}", run.stdout);
    assert!(
        run.stdout.contains("english-placement/exposure.toml:5:"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("placement.toml:"), "{}", run.stdout);
}

#[test]
fn exposure_parameters_are_probabilities_of_known_items() {
    let dir = bundled_copy();
    let path = dir.path().join("english-placement/exposure.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let (id, value) = text
        .lines()
        .find_map(|l| {
            let (id, value) = l.split_once(" = ")?;
            id.starts_with('"')
                .then(|| (id.to_string(), value.to_string()))
        })
        .expect("an exposure parameter");
    let broken = text.replacen(&format!("{id} = {value}"), &format!("{id} = 1.77"), 1)
        + "\"no-such-item\" = 0.5\n";
    std::fs::write(&path, &broken).expect("write");
    let run = validate(dir.path());
    assert!(!run.passed, "{}", run.stdout);
    let line = line_of(&broken, &format!("{id} = 1.77"));
    let col = id.chars().count() + 4;
    let expected = format!(
        "english-placement/exposure.toml:{line}:{col}: exposure parameter 1.77 of `{}` must be a probability, from 0 to 1",
        id.trim_matches('"')
    );
    assert!(run.stdout.contains(&expected), "{expected}\n{}", run.stdout);
    let line = line_of(&broken, "\"no-such-item\"");
    assert!(
        run.stdout.contains(&format!(
            "english-placement/exposure.toml:{line}:1: exposure parameter for unknown item `no-such-item`"
        )),
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("2 problems"), "{}", run.stderr);
}

/// A course of twelve single-choice questions; `key(i)` picks question i's key among a–d, and `long` makes
/// the key's English text the longest.
fn write_course(banks: &Path, key: impl Fn(usize) -> usize, long: bool) {
    let dir = banks.join("keys-demo");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let mut toml = "format = 1\nid = \"keys-demo\"\nlocales = [\"en\"]\n".to_string();
    let mut en = "course-title = Keys\ncourse-description = Where keys sit.\n".to_string();
    for i in 0..12 {
        let correct = ["a", "b", "c", "d"][key(i)];
        toml.push_str(&format!(
            "\n[[questions]]\nid = \"q{i}\"\ntype = \"single\"\ncategory = \"basics\"\noptions = [\"a\", \"b\", \"c\", \"d\"]\ncorrect = \"{correct}\"\n"
        ));
        en.push_str(&format!("q-q{i} = Question {i}?\n"));
        for (o, id) in ["a", "b", "c", "d"].iter().enumerate() {
            let text = if long && o == key(i) {
                "A much longer and carefully qualified answer"
            } else {
                ["Red", "Green", "Blue", "Grey"][o]
            };
            en.push_str(&format!("    .opt-{id} = {text}\n"));
        }
        en.push_str("    .feedback = Because.\n");
    }
    std::fs::write(dir.join("course.toml"), toml).expect("write");
    std::fs::write(dir.join("en.ftl"), en).expect("write");
}

/// A placement bank of twelve B1 grammar items, keyed and lengthened like [`write_course`].
fn write_placement(banks: &Path, key: impl Fn(usize) -> usize, long: bool) {
    let dir = banks.join("english-placement");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(
        "question-banks/english-placement/placement.toml",
        dir.join("placement.toml"),
    )
    .expect("copy");
    let mut items = "format = 1\n".to_string();
    for i in 0..12 {
        let options: Vec<String> = (0..4)
            .map(|o| {
                if long && o == key(i) {
                    format!("had been going on {i}")
                } else {
                    format!("go{o} {i}")
                }
            })
            .collect();
        items.push_str(&format!(
            "\n[[items]]\nid = \"b1-g-{i}\"\nlevel = \"B1\"\nskill = \"grammar\"\nb = -0.2\nstem = \"They ___ home.\"\noptions = {options:?}\ncorrect = \"{}\"\n",
            options[key(i)]
        ));
    }
    std::fs::write(dir.join("items-b1.toml"), items).expect("write");
}

#[test]
fn skewed_keys_and_keys_given_away_by_length_are_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_course(dir.path(), |_| 0, true);
    write_placement(dir.path(), |_| 0, true);
    let run = validate(dir.path());
    assert!(
        run.passed,
        "warnings do not fail validation: {}",
        run.stdout
    );
    let warned = |file: &str, text: &str| {
        run.stdout
            .lines()
            .any(|l| l.contains(&format!("{file}:1:1: warning: ")) && l.contains(text))
    };
    assert!(
        warned(
            "keys-demo/course.toml",
            "the keys of 12 single-choice questions sit in skewed positions, keys by option position 1–4: 12, 0, 0, 0 (uniform placement expects 3.0 each; χ² = 36.0, p < 0.001)"
        ),
        "{}",
        run.stdout
    );
    assert!(
        warned(
            "keys-demo/course.toml",
            "the key is the longest option in 12 of 12 single-choice questions"
        ),
        "{}",
        run.stdout
    );
    assert!(
        warned(
            "english-placement/items-b1.toml",
            "the keys of 12 items sit in skewed positions, keys by option position 1–4: 12, 0, 0, 0"
        ),
        "{}",
        run.stdout
    );
    assert!(
        warned(
            "english-placement/items-b1.toml",
            "the key is the longest option in 12 of 12 grammar items"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("ok: 1 course, 0 quizzes, 12 questions"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.lines().last(),
        Some("4 warnings"),
        "{}",
        run.stdout
    );
}

#[test]
fn balanced_keys_draw_no_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_course(dir.path(), |i| i % 4, false);
    write_placement(dir.path(), |i| (i * 3) % 4, false);
    let run = validate(dir.path());
    assert!(run.passed, "{}", run.stdout);
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_missing_banks_folder_is_named() {
    // The one diagnostic the corpus cannot hold: its case folder would have to not exist.
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-folder");
    let run = validate(&missing);
    assert!(!run.passed, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        format!(
            "{}:1:1: cannot read the bank folder: No such file or directory (os error 2)\n",
            missing.display()
        )
    );
    assert_eq!(run.stderr, "1 problem\n");
}

/// The golden-file corpus: every diagnostic `ispit validate` can print, each triggered by a small broken
/// bank in `tests/fixtures/validate/<case>/`.
///
/// A case folder is the banks folder given to `ispit validate`: course folders (`course.toml` and its
/// `.ftl` prose) and/or an `english-placement/` folder, as in `question-banks/`. If the case has a
/// `locales/` folder, it is the UI locales folder (`--locales`); otherwise the real `locales/` is used.
/// `expected.txt` holds the exact output, stdout then stderr, with paths relative to the case folder (the
/// folder itself is `.`):
/// problems as `file:line:col: message`, warnings as `file:line:col: warning: message`, the `ok:` lines
/// and the summary. The run must fail exactly when that summary (the last line) counts problems.
///
/// To add a case: make the folder with the smallest bank that shows the fault, write `expected.txt` by
/// hand (check every line and column against the file, do not paste the command's output unread: a wrong
/// place is a bug to fix), and run `cargo test --test api validate::`. A case whose output differs fails
/// with a diff naming it: `-` lines are expected but missing, `+` lines are printed but not expected.
#[test]
fn every_case_of_the_corpus_prints_what_it_expects() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .expect("the corpus folder")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(
        cases.len() > 40,
        "the corpus is missing: {}",
        root.display()
    );
    let real_locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().expect("a name").to_string_lossy();
        let expected = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|e| panic!("case {name}: expected.txt: {e}"));
        let locales = case.join("locales");
        let locales = if locales.is_dir() {
            locales
        } else {
            real_locales.clone()
        };
        let out = Command::new(env!("CARGO_BIN_EXE_ispit"))
            .arg("validate")
            .arg(case)
            .arg("--locales")
            .arg(&locales)
            .output()
            .expect("runs");
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .replace(&format!("{}/", case.display()), "")
        .replace(&case.display().to_string(), ".");
        let should_fail = expected
            .lines()
            .last()
            .is_some_and(|l| l.contains("problem"));
        let mut report = String::new();
        if printed != expected {
            report.push_str(&diff(&expected, &printed));
        }
        if out.status.success() == should_fail {
            report.push_str(&format!(
                "{}, but the case should {}\n",
                out.status,
                if should_fail { "fail" } else { "pass" }
            ));
        }
        if !report.is_empty() {
            failures.push(format!("case {name}:\n{report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A line diff (longest common subsequence): ` ` both, `-` expected only, `+` printed only.
fn diff(expected: &str, printed: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), printed.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&format!("  {}\n", a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        } else {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        }
    }
    if !expected.ends_with('\n') && !expected.is_empty() {
        out.push_str("(expected.txt does not end with a newline)\n");
    }
    out
}
