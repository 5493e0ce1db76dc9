//! Bulk certificates, shared by the administrators' pages and `ispit certificates send`: the plan (who in a
//! cohort or an assignment has a certifiable result, their certificate if any, and what a send would do)
//! and its execution in one mail batch. The plan is made again when it is executed, never taken from a
//! form; the batch's form key makes a confirm sent twice (or twenty times at once) execute once.
//! It never sends: it issues and queues, and the mail worker sends.

use jiff::Timestamp;

use super::certificates::{issue_for_attempt, issue_for_placement, Certifier, Issued};
use super::ServiceError;
use crate::assignments::Task;
use crate::bank::Bank;
use crate::certificates::{Achievement, CertificateRecord};
use crate::db::assignments::{self, Target as Audience};
use crate::db::bulk::{self, BulkLearner, CertRef};
use crate::db::Db;
use crate::ids::{AssignmentId, AttemptId, CohortId, UserId};
use crate::mail::Payload;
use crate::placement::bank::PlacementBank;
use crate::placement::cefr::Level;

/// Whose certificates to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A cohort's learners, for the certifying quizzes assigned to it.
    Cohort(CohortId),
    /// An assignment's learners, for its quiz or its placement test.
    Assignment(AssignmentId),
}

impl Target {
    /// `cohort:<id>` or `assignment:<id>`, as forms carry it.
    pub fn parse(s: &str) -> Option<Target> {
        let (kind, id) = s.split_once(':')?;
        let id: i64 = id.parse().ok().filter(|n| *n > 0)?;
        match kind {
            "cohort" => Some(Target::Cohort(CohortId(id))),
            "assignment" => Some(Target::Assignment(AssignmentId(id))),
            _ => None,
        }
    }

    pub fn as_param(self) -> String {
        match self {
            Target::Cohort(c) => format!("cohort:{}", c.0),
            Target::Assignment(a) => format!("assignment:{}", a.0),
        }
    }
}

/// A learner's certifiable result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Eligible {
    /// A passed attempt of a quiz, with its score as a whole percentage.
    Quiz {
        quiz: String,
        attempt: i64,
        percent: i64,
    },
    /// A placement test finished with a level.
    Placement { attempt: i64, level: Level },
}

/// Why a send does nothing for a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No passed attempt or finished placement test.
    NoResult,
    /// The quiz (or the placement test) issues no certificates.
    NotCertifying,
    /// The certificate was revoked.
    Revoked,
    /// Its email was sent (send again to email it once more).
    Sent,
    /// An email of it is queued or being sent.
    OnItsWay,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::NoResult => "no-result",
            Why::NotCertifying => "not-certifying",
            Why::Revoked => "revoked",
            Why::Sent => "sent",
            Why::OnItsWay => "on-its-way",
        }
    }
}

/// What a send does for a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Issue the certificate (its email is queued with it).
    Issue,
    /// Queue another email of the existing certificate.
    Email,
    Nothing(Why),
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Issue => "issue",
            Action::Email => "email",
            Action::Nothing(_) => "nothing",
        }
    }
}

/// What a send does, from what the database says of one learner and subject. `statuses` are those of the
/// certificate's emails; `again` asks to email certificates whose email was sent already.
pub fn decide(
    eligible: bool,
    certifies: bool,
    certificate: Option<&CertRef>,
    statuses: &[String],
    again: bool,
) -> Action {
    if !eligible {
        return Action::Nothing(Why::NoResult);
    }
    if !certifies {
        return Action::Nothing(Why::NotCertifying);
    }
    let Some(cert) = certificate else {
        return Action::Issue;
    };
    if cert.revoked {
        return Action::Nothing(Why::Revoked);
    }
    if statuses.iter().any(|s| s == "queued" || s == "sending") {
        return Action::Nothing(Why::OnItsWay);
    }
    if statuses.iter().any(|s| s == "sent") && !again {
        return Action::Nothing(Why::Sent);
    }
    // Never emailed (the account was disabled when it was issued, say), failed, or asked again.
    Action::Email
}

/// One line of a plan: a learner, their result, its certificate, what a send does.
#[derive(Debug, Clone)]
pub struct PlanRow {
    pub learner: BulkLearner,
    pub result: Option<Eligible>,
    pub certificate: Option<CertRef>,
    pub action: Action,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// What the batch is called: the cohort's name, or the assignment's number and task.
    pub label: String,
    pub rows: Vec<PlanRow>,
}

impl Plan {
    /// How many rows do each action: (issue, email, nothing).
    pub fn tally(&self) -> (usize, usize, usize) {
        self.rows
            .iter()
            .fold((0, 0, 0), |(i, e, n), r| match r.action {
                Action::Issue => (i + 1, e, n),
                Action::Email => (i, e + 1, n),
                Action::Nothing(_) => (i, e, n + 1),
            })
    }
}

fn percent(score: i64, max: i64) -> i64 {
    // A whole percentage, half up, as on the certificate.
    if max > 0 {
        (score * 100 + max / 2) / max
    } else {
        0
    }
}

/// A learner's row for a quiz: their first pass, its certificate, the action.
async fn quiz_row(
    db: &Db,
    learner: &BulkLearner,
    quiz: &str,
    certifies: bool,
    again: bool,
) -> Result<PlanRow, ServiceError> {
    let pass = bulk::first_pass(db, learner.id, quiz).await?;
    let result = pass.map(|(attempt, score, max)| Eligible::Quiz {
        quiz: quiz.to_string(),
        attempt,
        percent: percent(score, max),
    });
    let subject = format!("course:{quiz}:{}", learner.id.0);
    finish_row(db, learner, result, &subject, certifies, again).await
}

async fn finish_row(
    db: &Db,
    learner: &BulkLearner,
    result: Option<Eligible>,
    subject: &str,
    certifies: bool,
    again: bool,
) -> Result<PlanRow, ServiceError> {
    let certificate = match result {
        Some(_) => bulk::certificate_of(db, subject).await?,
        None => None,
    };
    let statuses = match &certificate {
        Some(c) => bulk::certificate_email_statuses(db, c.id).await?,
        None => Vec::new(),
    };
    let action = decide(
        result.is_some(),
        certifies,
        certificate.as_ref(),
        &statuses,
        again,
    );
    Ok(PlanRow {
        learner: learner.clone(),
        result,
        certificate,
        action,
    })
}

/// Who receives what if `target`'s certificates are sent now (`again`: also those whose email was sent).
pub async fn plan(
    db: &Db,
    bank: &Bank,
    placement: Option<&PlacementBank>,
    target: Target,
    again: bool,
) -> Result<Plan, ServiceError> {
    let mut rows = Vec::new();
    let label = match target {
        Target::Cohort(cohort) => {
            let Some(c) = crate::db::cohorts::find_cohort(db, cohort).await? else {
                return Err(ServiceError::NotFound);
            };
            // The certifying quizzes assigned to the cohort (each once, in the order assigned).
            let mut quizzes: Vec<String> = Vec::new();
            for a in assignments::for_cohort(db, cohort).await? {
                if let Task::Quiz(q) = &a.task {
                    let certifies = bank.quiz(q).is_some_and(|(_, quiz)| quiz.certificate);
                    if certifies && !a.withdrawn && !quizzes.iter().any(|x| x == q.as_str()) {
                        quizzes.push(q.as_str().to_string());
                    }
                }
            }
            for learner in bulk::cohort_learners(db, cohort).await? {
                let mut mine = Vec::new();
                for quiz in &quizzes {
                    let row = quiz_row(db, &learner, quiz, true, again).await?;
                    if row.result.is_some() {
                        mine.push(row);
                    }
                }
                if mine.is_empty() {
                    mine.push(PlanRow {
                        learner: learner.clone(),
                        result: None,
                        certificate: None,
                        action: Action::Nothing(Why::NoResult),
                    });
                }
                rows.extend(mine);
            }
            c.name
        }
        Target::Assignment(id) => {
            let Some(a) = assignments::find_assignment(db, id).await? else {
                return Err(ServiceError::NotFound);
            };
            let learners = match a.target {
                Audience::Learner(u) => bulk::one_learner(db, u).await?.into_iter().collect(),
                Audience::Cohort(c) => bulk::cohort_learners(db, c).await?,
            };
            match &a.task {
                Task::Quiz(q) => {
                    let certifies = bank.quiz(q).is_some_and(|(_, quiz)| quiz.certificate);
                    for learner in &learners {
                        rows.push(quiz_row(db, learner, q.as_str(), certifies, again).await?);
                    }
                    format!("#{} · {}", id.0, q.as_str())
                }
                Task::Placement => {
                    let certifies = placement.is_some_and(|p| p.certificate);
                    for learner in &learners {
                        let found = bulk::latest_placement(db, learner.id, id).await?;
                        let result = found.and_then(|(attempt, level)| {
                            Level::parse(&level).map(|level| Eligible::Placement { attempt, level })
                        });
                        let subject = match &result {
                            Some(Eligible::Placement { attempt, .. }) => {
                                format!("placement:{attempt}")
                            }
                            _ => String::new(),
                        };
                        rows.push(
                            finish_row(db, learner, result, &subject, certifies, again).await?,
                        );
                    }
                    format!("#{} · placement", id.0)
                }
            }
        }
    };
    Ok(Plan { label, rows })
}

/// A confirmed send.
#[derive(Debug, Clone, Copy)]
pub struct Send<'a> {
    pub target: Target,
    pub again: bool,
    /// The administrator who confirmed it (none from the command line).
    pub by: Option<UserId>,
    /// The confirm form's key (or one run's): a batch per key.
    pub form_key: &'a str,
}

/// What a send did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub batch: i64,
    /// False when the form key had opened its batch before: nothing was done this time.
    pub opened: bool,
    pub issued: usize,
    pub emailed: usize,
}

/// Executes the plan of `send.target` (made now) in a new batch: issues certificates and queues emails,
/// every email carrying the batch's id.
pub async fn execute(
    db: &Db,
    certifier: &Certifier,
    bank: &Bank,
    placement: Option<&PlacementBank>,
    send: Send<'_>,
    now: Timestamp,
) -> Result<Sent, ServiceError> {
    let plan = plan(db, bank, placement, send.target, send.again).await?;
    let mut tx = db.begin_write().await?;
    let (batch, opened) = bulk::open_batch(
        tx.conn(),
        &plan.label,
        send.by,
        send.form_key,
        now.as_second(),
    )
    .await?;
    tx.commit().await?;
    let mut sent = Sent {
        batch,
        opened,
        issued: 0,
        emailed: 0,
    };
    if !opened {
        return Ok(sent);
    }
    for row in &plan.rows {
        let issued = match (row.action, &row.result) {
            (Action::Issue, Some(Eligible::Quiz { attempt, .. })) => Some(
                issue_for_attempt(
                    db,
                    certifier,
                    bank,
                    AttemptId(*attempt),
                    send.by,
                    Some(batch),
                    now,
                )
                .await?,
            ),
            (Action::Issue, Some(Eligible::Placement { attempt, .. })) => {
                Some(issue_for_placement(db, certifier, *attempt, send.by, Some(batch), now).await?)
            }
            _ => None,
        };
        // `Existing`: issued meanwhile (by the sweep), with its own email.
        if let Some(Issued::New(..)) = issued {
            sent.issued += 1;
        }
        let emailed = match (row.action, &row.certificate) {
            (Action::Email, Some(cert)) => {
                queue_again(db, cert.id, &row.learner, batch, now.as_second()).await?
            }
            _ => false,
        };
        if emailed {
            sent.emailed += 1;
        }
    }
    tracing::info!(
        batch,
        issued = sent.issued,
        emailed = sent.emailed,
        "certificates sent in bulk"
    );
    Ok(sent)
}

/// Queues another email of an existing certificate in `batch` (key `certificate:<id>:batch:<batch>`);
/// false when it is gone or revoked, or was queued in this batch already.
async fn queue_again(
    db: &Db,
    certificate: i64,
    learner: &BulkLearner,
    batch: i64,
    now: i64,
) -> Result<bool, ServiceError> {
    let Some(row) = crate::db::certificates::find(db, certificate).await? else {
        return Ok(false);
    };
    if row.revoked_at.is_some() {
        return Ok(false);
    }
    let record = CertificateRecord::from_json(&row.record)
        .map_err(|e| ServiceError::Certificate(e.to_string()))?;
    let (course, level) = match &record.achievement {
        Achievement::Course { title, .. } => (Some(title.clone()), None),
        Achievement::Placement { level, .. } => (None, Some(*level)),
    };
    let payload = Payload::Certificate {
        certificate: row.id,
        code: row.code.clone(),
        course,
        level,
    };
    let to = super::mail::Recipient {
        user: learner.id,
        email: learner.email.clone(),
        locale: record.locale.parse().ok(),
    };
    let mut tx = db.begin_write().await?;
    let queued = super::mail::queue(
        tx.conn(),
        format!("certificate:{}:batch:{batch}", row.id),
        &payload,
        &to,
        Some(batch),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cert(revoked: bool) -> CertRef {
        CertRef {
            id: 7,
            code: "7K3QD-M0XPA-9RT1W".into(),
            revoked,
        }
    }

    fn st(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn without_a_result_or_a_certifying_task_a_send_does_nothing() {
        assert_eq!(
            decide(false, true, None, &[], true),
            Action::Nothing(Why::NoResult)
        );
        assert_eq!(
            decide(true, false, None, &[], true),
            Action::Nothing(Why::NotCertifying)
        );
    }

    #[test]
    fn a_result_without_a_certificate_is_issued() {
        assert_eq!(decide(true, true, None, &[], false), Action::Issue);
    }

    #[test]
    fn a_revoked_certificate_is_never_emailed() {
        let c = cert(true);
        assert_eq!(
            decide(true, true, Some(&c), &st(&["failed"]), true),
            Action::Nothing(Why::Revoked)
        );
    }

    #[test]
    fn an_existing_certificate_is_emailed_when_never_sent_or_failed_or_asked_again() {
        let c = cert(false);
        assert_eq!(decide(true, true, Some(&c), &[], false), Action::Email);
        assert_eq!(
            decide(true, true, Some(&c), &st(&["failed"]), false),
            Action::Email
        );
        assert_eq!(
            decide(true, true, Some(&c), &st(&["sent"]), false),
            Action::Nothing(Why::Sent)
        );
        assert_eq!(
            decide(true, true, Some(&c), &st(&["sent", "failed"]), true),
            Action::Email
        );
    }

    #[test]
    fn an_email_on_its_way_is_not_doubled_even_when_asked_again() {
        let c = cert(false);
        for s in ["queued", "sending"] {
            assert_eq!(
                decide(true, true, Some(&c), &st(&["failed", s]), true),
                Action::Nothing(Why::OnItsWay)
            );
        }
    }

    #[test]
    fn targets_read_as_forms_write_them() {
        assert_eq!(Target::parse("cohort:3"), Some(Target::Cohort(CohortId(3))));
        assert_eq!(
            Target::parse("assignment:12"),
            Some(Target::Assignment(AssignmentId(12)))
        );
        assert_eq!(
            Target::Assignment(AssignmentId(12)).as_param(),
            "assignment:12"
        );
        for bad in [
            "cohort:",
            "cohort:0",
            "cohort:-1",
            "user:3",
            "3",
            "cohort:x",
        ] {
            assert_eq!(Target::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_percentage_is_whole_and_rounded_half_up() {
        assert_eq!(percent(17_500, 20_000), 88);
        assert_eq!(percent(20_000, 20_000), 100);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(5, 0), 0);
    }
}
