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
    // --apply wrote the report's new difficulties (to two decimals) into the bank's TOML files, which still
    // load; items with fewer than 20 responses keep theirs.
    let rewritten =
        ispit::placement::load::load(&banks.join("english-placement")).expect("bank still valid");
    let reported: std::collections::BTreeMap<&str, &serde_json::Value> = items
        .iter()
        .map(|i| (i["id"].as_str().expect("id"), i))
        .collect();
    let mut written = 0;
    for (new, old) in rewritten.pool.items.iter().zip(&bank.pool.items) {
        assert_eq!(new.id, old.id);
        let report = reported[new.id.as_str()];
        if report["responses"].as_u64().unwrap_or(0) >= 20 {
            let b = report["b"].as_f64().expect("b");
            assert!(
                (new.params.b - b).abs() <= 0.005 + 1e-9,
                "{}: wrote {} for {b}",
                new.id,
                new.params.b
            );
            written += 1;
        } else {
            assert_eq!(new.params.b, old.params.b, "{} kept", new.id);
        }
    }
    assert_eq!(written, estimated.len());
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

/// A small 2PL bank file in the documented `--bank` format: 36 items over six levels and three skills.
fn small_bank(dir: &std::path::Path, cuts: &[f64]) -> std::path::PathBuf {
    let levels = ["A1", "A2", "B1", "B2", "C1", "C2"];
    let skills = ["grammar", "vocabulary", "reading"];
    let items: Vec<serde_json::Value> = (0..36)
        .map(|i| {
            serde_json::json!({
                "id": format!("i{i}"),
                "a": 1.0 + 0.1 * f64::from(i % 4),
                "b": -3.0 + 6.0 * f64::from(i) / 35.0,
                "skill": skills[i as usize % 3],
                "level": levels[i as usize / 6],
            })
        })
        .collect();
    let path = dir.join("bank.json");
    std::fs::write(
        &path,
        serde_json::json!({ "items": items, "cuts": cuts }).to_string(),
    )
    .expect("write");
    path
}

#[test]
fn simulate_prints_the_documented_figures_for_a_bank_file_with_the_oracle_and_the_trade_off() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = small_bank(dir.path(), &[-2.0, -0.8, 0.4, 1.6, 2.8]);
    let bank = bank.to_str().expect("utf-8 path");
    let common = [
        "placement",
        "simulate",
        "--bank",
        bank,
        "--examinees",
        "60",
        "--seed",
        "4",
        "--json",
        "--max-exposure",
        "1",
    ];
    let out = ispit().args(common).arg("--oracle").output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for run in ["cat", "linear", "oracle"] {
        for key in [
            "mean_length",
            "p95_length",
            "exact_accuracy",
            "within_one_accuracy",
            "bias",
            "rmse",
            "max_exposure",
        ] {
            assert!(v[run][key].is_number(), "{run}.{key} in {v}");
        }
        assert!(v[run]["exact_by_level"].is_object(), "{v}");
    }
    // The linear form has 40 items but the bank only 36: every item, in every test.
    assert_eq!(v["linear"]["mean_length"], 36.0);
    assert_eq!(v["linear"]["max_exposure"], 1.0);

    let out = ispit()
        .args(common)
        .arg("--trade-off")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rows = v["trade_off"].as_array().expect("rows");
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[0]["confidence"], 0.66);
    assert!(rows.iter().all(|r| r["cat"]["mean_length"].is_number()));
}

#[test]
fn simulate_refuses_a_bank_file_without_five_cuts_and_a_negative_discrimination_scale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = small_bank(dir.path(), &[-2.0, -0.8, 0.4, 1.6]);
    let out = ispit()
        .args(["placement", "simulate", "--bank"])
        .arg(&bank)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("five values"), "{err}");

    let good = small_bank(dir.path(), &[-2.0, -0.8, 0.4, 1.6, 2.8]);
    let out = ispit()
        .args([
            "placement",
            "simulate",
            "--discrimination-scale",
            "-1",
            "--bank",
        ])
        .arg(&good)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("positive"), "{err}");
}

/// The documented way to the first administrator of a production install: `ispit user add` against the
/// configured database, password from standard input (or generated and printed once).
#[test]
fn user_add_creates_the_first_administrator_in_the_configured_database() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("ispit.db").display());
    let run = |args: &[&str], stdin: &str| {
        let mut child = ispit()
            .args(["user", "add"])
            .args(args)
            .env("ISPIT_DATABASE_URL", &url)
            .env("ISPIT_DATA_DIR", dir.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        let out = child.wait_with_output().expect("waits");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, out, err) = run(
        &[
            "Jelena.Maric@Centre.example",
            "--role",
            "admin",
            "--role",
            "instructor",
            "--name",
            " Jelena  Marić ",
            "--language",
            "sr-latn",
            "--password-stdin",
        ],
        "correct horse battery\n",
    );
    assert!(ok, "{out}{err}");
    assert_eq!(
        out.trim(),
        "created account 1: Jelena Marić <jelena.maric@centre.example>, instructor, admin"
    );
    let (ok, out, _) = run(&["second@centre.example", "--name", "Drugi"], "");
    assert!(ok);
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("password (shown once): "))
        .expect("a generated password is printed")
        .to_string();
    assert_eq!(password.len(), 16, "{out}");

    // Refusals write nothing and say why.
    let (ok, _, err) = run(&["jelena.maric@centre.example", "--name", "Again"], "");
    assert!(!ok);
    assert_eq!(
        err.trim(),
        "an account with the e-mail address jelena.maric@centre.example exists"
    );
    let (ok, _, err) = run(
        &["third@centre.example", "--name", "T", "--password-stdin"],
        "short\n",
    );
    assert!(!ok);
    assert_eq!(err.trim(), "a password needs at least 10 characters");
    let (ok, _, err) = run(
        &["third@centre.example", "--name", "T", "--language", "de"],
        "",
    );
    assert!(!ok);
    assert!(err.contains("`de` is not a language ispit speaks"), "{err}");

    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let db = ispit::db::Db::connect(&url, Default::default())
            .await
            .expect("db");
        let admin = ispit::db::users::find_user_by_email(&db, "jelena.maric@centre.example")
            .await
            .expect("query")
            .expect("created");
        assert_eq!(admin.display_name, "Jelena Marić");
        assert_eq!(admin.roles.bits(), 2 | 4, "instructor and administrator");
        assert_eq!(admin.locale, Some(ispit::i18n::Locale::SrLatn));
        assert!(ispit::auth::verify_password(
            &admin.password_hash,
            "correct horse battery"
        ));
        let second = ispit::db::users::find_user_by_email(&db, "second@centre.example")
            .await
            .expect("query")
            .expect("created");
        assert_eq!(second.roles.bits(), 1, "a learner by default");
        assert!(ispit::auth::verify_password(
            &second.password_hash,
            &password
        ));
        let all = ispit::db::users::list_users(&db, None).await.expect("list");
        assert_eq!(all.len(), 2, "the refused commands wrote nothing");
    });
}

/// `ispit mail status`, `ispit certificates send` (dry run, then for real, by cohort and by assignment)
/// and `ispit mail resend`, run against the database and SMTP server of a test centre where Jovana
/// passed the assigned quiz and the server refused her result and certificate emails.
#[rocket::async_test]
async fn certificates_send_and_mail_status_work_on_the_configured_install() {
    use crate::mail::{jovana_passes, Centre, QUIZ};
    use crate::smtp::{Mode, SmtpServer};
    use ispit::db::cohorts::{self, MemberRole};
    use sqlx::Row;

    let smtp = SmtpServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("ispit.db").display());
    let (smtp_url, db_url) = (smtp.url(), url.clone());
    let t = crate::helpers::TestApp::spawn_with(|f| {
        f.merge(("smtp_url", smtp_url))
            .merge(("database_url", db_url))
            .merge(("mail_from", "Training Centre <ispit@rcm.example.org>"))
            .merge(("public_url", "https://ispit.rcm.example.org/"))
    })
    .await;
    let jovana = t
        .add_user("jovana@example.org", Some(ispit::i18n::Locale::SrCyrl))
        .await;
    let ivana = t
        .add_staff(
            "ivana@example.org",
            "Ivana Kovač",
            &[ispit::auth::Role::Instructor],
        )
        .await;
    let db = &t.app().db;
    sqlx::query("UPDATE users SET display_name = 'Јована Петровић' WHERE id = $1")
        .bind(jovana.0)
        .execute(db.writer())
        .await
        .expect("name");
    let cohort = cohorts::create_cohort(db, "MUP RS 2026", 0)
        .await
        .expect("cohort");
    let mut tx = db.begin_write().await.expect("tx");
    cohorts::put_member(tx.conn(), cohort, jovana, MemberRole::Learner, 0)
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    let assignment = ispit::db::assignments::insert_assignment(
        db,
        &ispit::db::assignments::NewAssignment {
            task: ispit::assignments::Task::Quiz(QUIZ.parse().expect("quiz")),
            target: ispit::db::assignments::Target::Cohort(cohort),
            terms: ispit::assignments::Terms::default(),
            created_by: ivana,
            form_key: None,
        },
        0,
    )
    .await
    .expect("insert")
    .expect("created");
    let c = Centre { t, cohort, jovana };
    jovana_passes(&c, Some(assignment.0)).await;
    smtp.set_mode(Mode::RefusePermanently);
    assert_eq!(
        c.t.deliver_mail().await,
        2,
        "the result and the certificate"
    );
    let count = |sql: &'static str| {
        let db = c.t.app().db.clone();
        async move {
            sqlx::query(sql)
                .fetch_one(&db.pool)
                .await
                .expect("count")
                .try_get::<i64, _>("n")
                .expect("n")
        }
    };
    let run = |args: &[&str]| {
        let out = ispit()
            .args(args)
            .env("ISPIT_DATABASE_URL", &url)
            .env("ISPIT_DATA_DIR", dir.path())
            .env("ISPIT_SMTP_URL", smtp.url())
            .env("ISPIT_MAIL_FROM", "Training Centre <ispit@rcm.example.org>")
            .env("ISPIT_PUBLIC_URL", "https://ispit.rcm.example.org/")
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (code, out, err) = run(&["mail", "status"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.starts_with("queued   0\nsending  0\nsent     0\nfailed   2\n"),
        "{out}"
    );
    let failed: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("jovana@example.org"))
        .collect();
    assert_eq!(failed.len(), 2, "{out}");
    assert!(
        failed.iter().all(|l| l.contains("550")),
        "the server's reply: {out}"
    );

    // The dry run: her certificate's email failed, so it is emailed again; nothing is queued.
    let outbox_before = count("SELECT COUNT(*) AS n FROM outbox").await;
    let (code, out, err) = run(&[
        "certificates",
        "send",
        "--cohort",
        "MUP RS 2026",
        "--dry-run",
    ]);
    assert_eq!(code, Some(0), "{out}{err}");
    let row = out
        .lines()
        .find(|l| l.contains("jovana@example.org"))
        .unwrap_or_else(|| panic!("Jovana's row: {out}"));
    assert!(
        row.starts_with("Јована Петровић  jovana@example.org  "),
        "{row}"
    );
    assert!(row.ends_with("Email the certificate"), "{row}");
    assert!(
        out.contains("0 to issue and email, 1 to email, 0 with nothing to send."),
        "{out}"
    );
    assert_eq!(
        count("SELECT COUNT(*) AS n FROM outbox").await,
        outbox_before
    );
    assert_eq!(count("SELECT COUNT(*) AS n FROM mail_batches").await, 0);

    // For real, the cohort named by its number: sent.
    smtp.set_mode(Mode::Accept);
    let (code, out, err) = run(&["certificates", "send", "--cohort", &cohort.0.to_string()]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.trim_end().ends_with("1 sent, 0 failed"), "{out}");
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert!(got[0].to.iter().any(|a| a.contains("jovana@example.org")));

    // Again, by assignment, while the server refuses: failed with its reply, and a failing exit code.
    smtp.set_mode(Mode::RefusePermanently);
    let (code, out, err) = run(&[
        "certificates",
        "send",
        "--assignment",
        &assignment.0.to_string(),
        "--again",
    ]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.trim_end().ends_with("0 sent, 1 failed"), "{out}");
    let line = out
        .lines()
        .find(|l| l.starts_with("failed: jovana@example.org (email "))
        .unwrap_or_else(|| panic!("the failed email: {out}"));
    assert!(line.contains("550"), "{line}");
    let id: String = line
        .trim_start_matches("failed: jovana@example.org (email ")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(count("SELECT COUNT(*) AS n FROM mail_batches").await, 2);

    let (code, out, err) = run(&["mail", "resend", &id]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert_eq!(out, format!("email {id} is queued again\n"));
    let (code, _, err) = run(&["mail", "resend", &id]);
    assert_eq!(code, Some(2));
    assert!(err.contains("is not failed"), "{err}");
    let (_, out, _) = run(&["mail", "status"]);
    assert!(out.starts_with("queued   1\n"), "{out}");
}
