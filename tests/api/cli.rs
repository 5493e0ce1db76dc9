//! The `ispit` command line: `validate` and the placement tools, run as a newcomer would run them.

use std::process::Command;

fn ispit() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ispit"))
}

#[test]
fn validate_accepts_the_bundled_content() {
    let out = ispit().args(["validate"]).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("3 courses, 3 quizzes"), "{text}");
    assert!(text.contains("English placement bank"), "{text}");
}

#[test]
fn validate_reports_broken_banks_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    crate::helpers::copy_dir("question-banks".as_ref(), dir.path());
    let toml = dir.path().join("migration-gender/course.toml");
    let text = std::fs::read_to_string(&toml).expect("read");
    // Point a single-choice key at an option that does not exist.
    let first_key = text.find("correct = \"").expect("a single-choice key");
    let line = text[..first_key].matches('\n').count() + 1;
    let end = first_key + text[first_key..].find('\n').expect("eol");
    let broken = format!("{}correct = \"zz\"{}", &text[..first_key], &text[end..]);
    std::fs::write(&toml, broken).expect("write");
    let ftl = dir.path().join("migration-governance/mk.ftl");
    let mut prose = std::fs::read_to_string(&ftl).expect("read");
    prose.push_str("q-no-such-question = Стар текст\n");
    std::fs::write(&ftl, prose).expect("write");

    let out = ispit()
        .arg("validate")
        .arg(dir.path())
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "a broken bank must fail validation");
    let expected = format!(
        "migration-gender/course.toml:{line}:11: correct answer `zz` is not one of the options"
    );
    assert!(text.contains(&expected), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("migration-governance/mk.ftl:")
                && l.contains("`q-no-such-question` belongs to no question")),
        "{text}"
    );
}

#[test]
fn calibrate_writes_updated_parameters_from_response_patterns() {
    use rand::{Rng, SeedableRng};
    let bank =
        ispit::placement::load::load("question-banks/english-placement".as_ref()).expect("bank");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(5);
    // 400 simulated learners answering 30 items each, from the true (bank) parameters.
    let patterns: Vec<serde_json::Value> = (0..400)
        .map(|p| {
            let theta = ispit::placement::cat::normal(&mut rng) * 1.3;
            let items: Vec<usize> = (0..30)
                .map(|_| rng.gen_range(0..bank.pool.items.len()))
                .collect();
            let mut ids = Vec::new();
            let mut resp = Vec::new();
            for i in items {
                let item = &bank.pool.items[i];
                if ids.contains(&item.id) {
                    continue;
                }
                ids.push(item.id.clone());
                resp.push(u8::from(rng.gen::<f64>() < item.params.p(theta)));
            }
            serde_json::json!({"id": format!("p{p}"), "item_ids": ids, "responses": resp})
        })
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("responses.json");
    let output = dir.path().join("calibrated.json");
    std::fs::write(
        &input,
        serde_json::json!({ "patterns": patterns }).to_string(),
    )
    .expect("write");
    let banks = dir.path().join("banks");
    crate::helpers::copy_dir("question-banks".as_ref(), &banks);
    let out = ispit()
        .env("ISPIT_BANKS_DIR", &banks)
        .args([
            "placement",
            "calibrate",
            "--apply-min-responses",
            "20",
            "--responses",
        ])
        .arg(&input)
        .arg("--out")
        .arg(&output)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&output).expect("written")).expect("json");
    let items = report["items"].as_array().expect("items");
    assert_eq!(items.len(), bank.pool.items.len());
    let estimated: Vec<&serde_json::Value> = items
        .iter()
        .filter(|i| i["responses"].as_u64().unwrap_or(0) >= 20)
        .collect();
    assert!(estimated.len() > 100, "most items get enough responses");
    assert!(estimated
        .iter()
        .all(|i| i["infit"].as_f64().is_some() && i["b"].as_f64().is_some()));
    // Difficulties move toward the generating values (which the bank holds), not away: close on average.
    let mean_abs: f64 = estimated
        .iter()
        .map(|i| (i["b"].as_f64().unwrap_or(0.0) - i["old_b"].as_f64().unwrap_or(0.0)).abs())
        .sum::<f64>()
        / estimated.len() as f64;
    assert!(mean_abs < 0.6, "mean |Δb| {mean_abs}");
    // --apply wrote the new difficulties into the bank's TOML files, which still load.
    let rewritten =
        ispit::placement::load::load(&banks.join("english-placement")).expect("bank still valid");
    let moved = rewritten
        .pool
        .items
        .iter()
        .zip(&bank.pool.items)
        .filter(|(new, old)| (new.params.b - old.params.b).abs() > 0.005)
        .count();
    assert!(
        moved >= estimated.len() / 2,
        "{moved} of {} estimated items were written",
        estimated.len()
    );
}

#[test]
fn the_bundled_bank_loads_its_exposure_parameters() {
    let bank =
        ispit::placement::load::load("question-banks/english-placement".as_ref()).expect("bank");
    let text = std::fs::read_to_string("question-banks/english-placement/exposure.toml")
        .expect("exposure.toml");
    let listed = text.lines().filter(|l| l.starts_with('"')).count();
    let held = bank.pool.exposure_k.iter().filter(|k| **k < 1.0).count();
    assert!(listed > 0);
    assert_eq!(
        held, listed,
        "every item listed in exposure.toml is held back in the pool"
    );
}
