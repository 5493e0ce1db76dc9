//! `ispit import --from FORMAT FILE... --inspect`: the real binary on the fixtures, its JSON and exit code.

use std::path::Path;
use std::process::Command;

fn inspect(format: &str, files: &[&str]) -> (serde_json::Value, Option<i32>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_ispit"))
        .current_dir(root)
        .args(["import", "--from", format, "--inspect"])
        .args(files)
        .output()
        .expect("runs");
    let json = serde_json::from_slice(&out.stdout).expect("JSON on standard output");
    (json, out.status.code())
}

#[test]
fn inspecting_two_gift_files_joins_them_in_order_with_each_problem_at_its_file() {
    let (json, code) = inspect(
        "gift",
        &[
            "tests/fixtures/import/gift/types.gift",
            "tests/fixtures/import/gift/awkward.gift",
        ],
    );
    assert_eq!(code, Some(1), "some questions were refused");
    assert_eq!(json["outcome"], "partial");
    let questions = json["questions"].as_array().expect("questions");
    // 10 questions in types.gift, then the 8 good ones of awkward.gift.
    assert_eq!(questions.len(), 18);
    assert_eq!(questions[0]["name"], "refugee-definition");
    assert_eq!(questions[10]["name"], "escapes");
    assert_eq!(
        json["errors"][0],
        "tests/fixtures/import/gift/awkward.gift:23: the answers must be between { and }: one of the \
         two is missing (write \\{ or \\} for a literal brace)"
    );
    assert_eq!(json["errors"].as_array().map(Vec::len), Some(3));
}

#[test]
fn a_clean_file_exits_0_and_a_missing_file_exits_2() {
    let (json, code) = inspect("gift", &["tests/fixtures/import/gift/types.gift"]);
    assert_eq!((json["outcome"].as_str(), code), (Some("ok"), Some(0)));
    let (json, code) = inspect("aiken", &["tests/fixtures/import/aiken/no-such-file.txt"]);
    assert_eq!((json["outcome"].as_str(), code), (Some("error"), Some(2)));
    assert!(json["errors"][0].as_str().is_some_and(
        |e| e.starts_with("tests/fixtures/import/aiken/no-such-file.txt: cannot be read")
    ));
}

#[test]
fn an_unknown_format_is_refused_by_name() {
    let out = Command::new(env!("CARGO_BIN_EXE_ispit"))
        .args(["import", "--from", "word", "--inspect", "x.docx"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("`word` is not a format: gift, moodlexml, aiken, qti3 or qti21"));
}

/// A copy of the bundled banks to import into.
fn banks_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks");
    let status = Command::new("cp")
        .arg("-r")
        .arg(&root)
        .arg(dir.path())
        .status()
        .expect("cp");
    assert!(status.success());
    dir
}

/// `ispit import --from aiken --course COURSE ARGS… sample.txt` in `dir`.
fn import(dir: &Path, course: &str, args: &[&str]) -> (String, Option<i32>) {
    let sample =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/aiken/sample.txt");
    let sample = sample.to_string_lossy();
    let mut all = vec!["import", "--from", "aiken", "--course", course];
    all.extend(args);
    all.push(&sample);
    ispit(dir, &all)
}

/// `ispit ARGS…` in `dir`: its standard error and exit code.
fn ispit(dir: &Path, args: &[&str]) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_ispit"))
        .current_dir(dir)
        .env(
            "ISPIT_LOCALES_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        )
        .args(args)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// `ispit validate` passes on the banks in `dir` (with the bundled UI locales).
fn assert_validates(dir: &Path) {
    let validate = Command::new(env!("CARGO_BIN_EXE_ispit"))
        .arg("validate")
        .arg(dir.join("question-banks"))
        .arg("--locales")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
        .output()
        .expect("runs");
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stdout)
    );
}

#[test]
fn an_import_writes_a_course_the_server_validates_and_a_dry_run_writes_nothing() {
    let dir = banks_copy();
    let course = dir.path().join("question-banks/refugee-law");
    let (report, code) = import(dir.path(), "question-banks/refugee-law", &["--dry-run"]);
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains("dry run: 3 questions would be added"),
        "{report}"
    );
    assert!(!course.exists(), "a dry run wrote the course");

    let (report, code) = import(
        dir.path(),
        "question-banks/refugee-law",
        &["--quiz", "refugee-law-check"],
    );
    assert_eq!(
        code,
        Some(1),
        "five questions of the file are refused: {report}"
    );
    assert!(
        report.contains("sample.txt:22: choice `C` where `B` was expected"),
        "{report}"
    );
    // The file's problems and questions in the order of their lines, as the trainer reads the file.
    let lines: Vec<usize> = report
        .lines()
        .filter_map(|l| {
            l.split("sample.txt:")
                .nth(1)?
                .split(':')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert!(lines.len() > 5, "{report}");
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "{lines:?}\n{report}"
    );
    assert!(
        report.contains("3 questions added to question-banks/refugee-law"),
        "{report}"
    );
    let toml = std::fs::read_to_string(course.join("course.toml")).expect("course.toml");
    assert_eq!(toml.matches("[[questions]]").count(), 3);
    assert_validates(dir.path());

    // The same quiz id again in another course: the bank would not load, so nothing is written.
    let (report, code) = import(
        dir.path(),
        "question-banks/second",
        &["--quiz", "refugee-law-check"],
    );
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains("the bank would not load with these questions"),
        "{report}"
    );
    assert!(!dir.path().join("question-banks/second").exists());
}

/// `ispit export` then `ispit import --locale en,…` of the same file: a second course with every question
/// and every translation, which the server's validator takes. (The question-by-question comparison is the
/// round-trip unit test of `interchange`.)
#[test]
fn a_course_exported_to_moodle_xml_imports_back_with_its_translations() {
    let dir = banks_copy();
    let (report, code) = ispit(
        dir.path(),
        &[
            "export",
            "--to",
            "moodlexml",
            "question-banks/migration-gender",
            "-o",
            "gender.xml",
        ],
    );
    assert_eq!(code, Some(0), "{report}");
    assert!(
        report.contains(
            "46 questions written to gender.xml (en, sr-Cyrl, sr-Latn, bs, hr, cnr, mk, sq)"
        ),
        "{report}"
    );
    let xml = std::fs::read_to_string(dir.path().join("gender.xml")).expect("written");
    assert!(xml.contains("<span lang=\"sr_lt\" class=\"multilang\">"));

    // Serbian Latin is made from Serbian Cyrillic: asked for, it is refused with the reason.
    let import_copy = |from: &str, locales: &str, more: &[&str]| {
        let mut args = vec![
            "import",
            "--from",
            from,
            "gender.xml",
            "--course",
            "question-banks/gender-copy",
            "--locale",
            locales,
        ];
        args.extend(more);
        ispit(dir.path(), &args)
    };
    let (report, code) = import_copy("moodlexml", "en,sr-Latn", &[]);
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains("sr-Latn is made from sr-Cyrl: import sr-Cyrl instead"),
        "{report}"
    );
    // GIFT holds one language.
    let (report, code) = import_copy("gift", "en,mk", &[]);
    assert_eq!(code, Some(2), "{report}");
    assert!(!dir.path().join("question-banks/gender-copy").exists());

    let (report, code) = import_copy(
        "moodlexml",
        "en,sr-Cyrl,bs,hr,cnr,mk,sq",
        &["--quiz", "gender-copy-check"],
    );
    assert_eq!(code, Some(0), "{report}");
    assert!(report.contains("46 questions added"), "{report}");
    let course = dir.path().join("question-banks/gender-copy");
    for tag in ["en", "sr-Cyrl", "bs", "hr", "cnr", "mk", "sq"] {
        let ftl = std::fs::read_to_string(course.join(format!("{tag}.ftl"))).expect("prose");
        assert_eq!(ftl.matches("\nq-").count(), 46, "{tag}.ftl");
    }
    let toml = std::fs::read_to_string(course.join("course.toml")).expect("course.toml");
    assert!(
        toml.contains(r#"locales = ["en", "sr-Cyrl", "bs", "hr", "cnr", "mk", "sq"]"#),
        "{toml}"
    );
    assert_validates(dir.path());
}

/// The same through a QTI 3.0 package: one item per question and language, read back by language.
#[test]
fn a_course_exported_to_a_qti3_package_imports_back_with_its_translations() {
    let dir = banks_copy();
    let (report, code) = ispit(
        dir.path(),
        &[
            "export",
            "--to",
            "qti3",
            "question-banks/migration-governance",
            "-o",
            "governance.zip",
            "--locale",
            "en,mk,sq",
        ],
    );
    assert_eq!(code, Some(0), "{report}");
    assert!(
        report.contains("49 questions written to governance.zip (en, mk, sq)"),
        "{report}"
    );
    assert!(
        report.contains("iom-un-status: note: true/false is a choice between two in QTI"),
        "{report}"
    );
    let zip = std::fs::read(dir.path().join("governance.zip")).expect("written");
    assert!(zip.starts_with(b"PK\x03\x04"), "a zip");

    let import = |course: &str, locales: &str| {
        let course = format!("question-banks/{course}");
        let args = ["import", "--from", "qti3", "governance.zip", "--course"];
        ispit(
            dir.path(),
            &[&args[..], &[&course, "--locale", locales]].concat(),
        )
    };
    let (report, code) = import("governance-copy", "en,mk,sq");
    assert_eq!(code, Some(0), "{report}");
    assert!(report.contains("49 questions added"), "{report}");
    let course = dir.path().join("question-banks/governance-copy");
    for (tag, word) in [("en", "refugee"), ("mk", "бегалец"), ("sq", "refugjat")] {
        let ftl = std::fs::read_to_string(course.join(format!("{tag}.ftl"))).expect("prose");
        assert_eq!(ftl.matches("\nq-").count(), 49, "{tag}.ftl");
        assert!(ftl.contains(word), "{tag}.ftl has its own language");
    }
    let toml = std::fs::read_to_string(course.join("course.toml")).expect("course.toml");
    assert!(toml.contains(r#"locales = ["en", "mk", "sq"]"#), "{toml}");
    assert!(toml.contains(r#"type = "true-false""#), "{toml}");
    assert!(toml.contains(r#"ordering_scoring = "partial""#), "{toml}");
    assert_validates(dir.path());

    // A language the package does not hold is named, and nothing is written.
    let (report, code) = import("governance-hr", "en,hr");
    assert_ne!(code, Some(0), "{report}");
    assert!(
        report.contains("governance.zip:1: no item is in hr: its items are in en, mk, sq"),
        "{report}"
    );
    assert!(!dir
        .path()
        .join("question-banks/governance-hr/hr.ftl")
        .exists());
}

#[test]
fn exporting_a_folder_without_a_course_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (report, code) = ispit(
        dir.path(),
        &["export", "--to", "moodlexml", "nowhere", "-o", "out.xml"],
    );
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains("nowhere/course.toml: cannot be read"),
        "{report}"
    );
    assert!(report.contains("nothing was written"), "{report}");
    assert!(!dir.path().join("out.xml").exists());
    let (report, code) = ispit(
        dir.path(),
        &["export", "--to", "qti2", "nowhere", "-o", "out.xml"],
    );
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains("`qti2` is not an export format"),
        "{report}"
    );
}
