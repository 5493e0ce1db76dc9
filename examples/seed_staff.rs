//! Seeds a database for the staff benchmark (`bench/staff.sh`): one cohort of N learners with an
//! instructor, a quiz assigned to it with up to three attempts, and M submitted attempts spread over the
//! learners (every learner one, then a second and a third round until M), each answered right or wrong per
//! question with a probability from the learner's ability and the question's place on the paper, so the
//! item analysis has real spread. Everything goes through the service layer, as the pages would.
//!
//! usage: cargo run --release --example seed_staff -- DATABASE_URL LEARNERS ATTEMPTS
//! Prints `assignment=<id>` on the last line. The instructor is `bench-instructor@ispit.test`, password
//! `ispit-demo`.

use std::process::ExitCode;

use ispit::assessment::answer::{key_answer_in, Answer};
use ispit::assignments::{Task, Terms};
use ispit::auth::{hash_password, Role, Roles};
use ispit::db::assignments::{insert_assignment, NewAssignment, Target};
use ispit::db::cohorts::{create_cohort, put_member, MemberRole};
use ispit::db::users::{insert_user, NewUser};
use ispit::i18n::Locale;
use ispit::service::assignments::{start, Started};
use ispit::web::state::Clock;
use rand::{Rng, SeedableRng};

const QUIZ: &str = "migration-governance-final";

#[rocket::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("seed_staff: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, learners, attempts] = args.as_slice() else {
        anyhow::bail!("usage: seed_staff DATABASE_URL LEARNERS ATTEMPTS");
    };
    let learners: usize = learners.parse()?;
    let attempts: usize = attempts.parse()?;
    anyhow::ensure!(
        attempts <= learners * 3,
        "at most three attempts per learner"
    );
    let figment = ispit::web::config::figment()
        .merge(("database_url", url.as_str()))
        .merge(("sqlite_synchronous", "normal"))
        .merge(("demo_accounts", false));
    let clock = Clock::manual("2026-12-07T08:00:00Z".parse()?);
    let app = ispit::web::prepare(&figment, clock.clone()).await?;
    let db = &app.db;
    let hash = hash_password("ispit-demo").map_err(|e| anyhow::anyhow!("{e}"))?;
    let instructor = insert_user(
        db,
        &NewUser {
            email: "bench-instructor@ispit.test",
            display_name: "Bench Instructor",
            password_hash: &hash,
            roles: Roles::only(Role::Instructor),
            locale: None,
        },
        0,
    )
    .await?;
    let cohort = create_cohort(db, "Benchmark cohort", 0)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut people = Vec::with_capacity(learners);
    let mut tx = db.begin_write().await?;
    put_member(tx.conn(), cohort, instructor, MemberRole::Instructor, 0).await?;
    tx.commit().await?;
    for i in 0..learners {
        // Names in both scripts, as the centre's cohorts have them.
        let name = if i % 2 == 0 {
            format!("Јелена Марковић {i:05}")
        } else {
            format!("Nikola Jovanović {i:05}")
        };
        let email = format!("learner{i:05}@bench.example.org");
        let id = insert_user(
            db,
            &NewUser {
                email: &email,
                display_name: &name,
                password_hash: &hash,
                roles: Roles::only(Role::Learner),
                locale: Some(if i % 2 == 0 {
                    Locale::SrCyrl
                } else {
                    Locale::SrLatn
                }),
            },
            0,
        )
        .await?;
        people.push(id);
    }
    let mut tx = db.begin_write().await?;
    for id in &people {
        put_member(tx.conn(), cohort, *id, MemberRole::Learner, 0).await?;
    }
    tx.commit().await?;
    let assignment = insert_assignment(
        db,
        &NewAssignment {
            task: Task::Quiz(QUIZ.parse()?),
            target: Target::Cohort(cohort),
            terms: Terms {
                attempts_allowed: Some(3),
                ..Terms::default()
            },
            created_by: instructor,
            form_key: None,
        },
        0,
    )
    .await?
    .ok_or_else(|| anyhow::anyhow!("no assignment"))?;

    let bank = app.bank();
    let (course, _) = bank
        .quiz(&QUIZ.parse()?)
        .ok_or_else(|| anyhow::anyhow!("no quiz {QUIZ}"))?;
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let abilities: Vec<f64> = people.iter().map(|_| rng.gen_range(-2.0..2.0)).collect();
    for n in 0..attempts {
        let who = n % learners;
        let user = people[who];
        clock.advance(7);
        let started = start(
            db,
            &bank,
            app.placement.as_deref(),
            user,
            assignment,
            Locale::En,
            clock.now(),
            rng.gen(),
        )
        .await?;
        let Started::Quiz(id) = started else {
            anyhow::bail!("a quiz assignment started a placement test")
        };
        let a = ispit::db::attempts::find_attempt(db, id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("attempt {id} vanished"))?;
        let mut answers = Vec::new();
        for (place, pq) in a.paper.questions.iter().enumerate() {
            let q = course
                .question(&pq.id)
                .ok_or_else(|| anyhow::anyhow!("question {}", pq.id))?;
            // Later questions are harder; able learners get more right; some leave a question blank.
            let difficulty = place as f64 / a.paper.questions.len() as f64 * 2.0 - 1.0;
            let p_right = 1.0 / (1.0 + (difficulty - abilities[who]).exp());
            let roll: f64 = rng.gen();
            let answer = if roll < p_right {
                key_answer_in(q, Locale::En)
            } else if roll < p_right + (1.0 - p_right) * 0.8 {
                // Wrong: another option where the question has options, else blank.
                match key_answer_in(q, Locale::En) {
                    Some(Answer::Single(key)) => pq
                        .order
                        .iter()
                        .find(|c| **c != key)
                        .map(|c| Answer::Single(c.clone())),
                    Some(Answer::TrueFalse(b)) => Some(Answer::TrueFalse(!b)),
                    _ => None,
                }
            } else {
                None
            };
            answers.push((pq.id.clone(), answer));
        }
        clock.advance(300);
        ispit::service::attempts::save_answers(
            db,
            &bank,
            &a,
            answers,
            &Default::default(),
            clock.now(),
        )
        .await?;
        clock.advance(60);
        let a = ispit::db::attempts::find_attempt(db, id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("attempt {id} vanished"))?;
        ispit::service::attempts::submit_attempt(db, &bank, &a, clock.now()).await?;
        if (n + 1) % 500 == 0 {
            eprintln!("{} attempts", n + 1);
        }
    }
    println!("assignment={assignment}");
    Ok(())
}
