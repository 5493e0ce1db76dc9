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
