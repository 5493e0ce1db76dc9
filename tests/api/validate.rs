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
