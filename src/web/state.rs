//! What every request can reach: the database, the bank, the UI texts, the templates and the clock.
//!
//! The bank is read from its folder at start-up and replaced whole when the administrator imports
//! questions ([`SharedBank`]); a request, or a pass of a background task, takes the bank of the moment once
//! and keeps it to the end, so it never sees two banks.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use jiff::{tz::TimeZone, Timestamp};

use super::config::Settings;
use super::render::Renderer;
use crate::auth::throttle::{Throttle, Wait};
use crate::auth::Email;
use crate::bank::Bank;
use crate::db::users::{find_user_by_email, User};
use crate::db::Db;
use crate::i18n::Texts;

/// Where "now" comes from. The server reads the system clock; tests set and advance time explicitly, so
/// deadlines are tested without sleeping.
#[derive(Debug, Clone)]
pub enum Clock {
    System,
    Manual(Arc<AtomicI64>),
}

impl Clock {
    pub fn manual(start: Timestamp) -> Clock {
        Clock::Manual(Arc::new(AtomicI64::new(start.as_second())))
    }

    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Manual(s) => {
                Timestamp::from_second(s.load(Ordering::SeqCst)).unwrap_or(Timestamp::UNIX_EPOCH)
            }
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, seconds: i64) {
        if let Clock::Manual(s) = self {
            s.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

/// The bank the server uses now. Cloning shares it: a background task holding a clone sees every
/// replacement. Readers take the current bank with [`SharedBank::current`] (no lock); a replacement is
/// seen by the next reader, while a reader that already holds the old bank keeps it until it is done.
#[derive(Debug, Clone)]
pub struct SharedBank(Arc<arc_swap::ArcSwap<Bank>>);

impl SharedBank {
    pub fn new(bank: Bank) -> SharedBank {
        SharedBank(Arc::new(arc_swap::ArcSwap::from_pointee(bank)))
    }

    /// The bank of the moment.
    pub fn current(&self) -> Arc<Bank> {
        self.0.load_full()
    }

    /// Every later reader gets `bank`.
    pub fn replace(&self, bank: Bank) {
        self.0.store(Arc::new(bank));
    }
}

pub struct App {
    pub settings: Settings,
    pub db: Db,
    /// Read it through [`App::bank`]; replaced by the question import (`service::question_import`).
    pub shared_bank: SharedBank,
    /// Held by a question import from its plan to the reload of the bank, so that imports (a double click,
    /// two administrators) run one after the other and each plans on what the previous one wrote.
    pub question_import: tokio::sync::Mutex<()>,
    /// The English placement test, when its bank is present.
    pub placement: Option<Arc<crate::placement::bank::PlacementBank>>,
    pub ui: Arc<Texts>,
    pub renderer: Renderer,
    pub clock: Clock,
    pub zone: TimeZone,
    /// Failed sign-ins per address (web form and API tokens alike).
    pub throttle: Arc<Mutex<Throttle>>,
    /// Bounds the password checks running at once (see [`App::verify_password`]).
    pub password_checks: Arc<tokio::sync::Semaphore>,
    /// Composes and sends the outbox.
    pub mailer: Arc<crate::service::mail::Mailer>,
    /// Wakes the mail worker after a request queued an email (else it looks every `mail_poll_seconds`).
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// Signs and prints certificates.
    pub certifier: Arc<crate::service::certificates::Certifier>,
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("too many failed sign-ins")]
    Throttled(Wait),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// How a counted sign-in ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LoginOutcome {
    Succeeded,
    Failed,
    Undecided,
}

impl App {
    /// The bank of the moment (see [`SharedBank`]): take it once per request.
    pub fn bank(&self) -> Arc<Bank> {
        self.shared_bank.current()
    }

    /// Issues the certificate a just-closed quiz attempt earned, when its quiz certifies. A failure is
    /// logged, not shown: the learner's submit stands, and the background sweep issues it later.
    pub async fn certify_attempt(&self, id: crate::ids::AttemptId) {
        let Ok(Some(a)) = crate::db::attempts::find_attempt(&self.db, id).await else {
            return;
        };
        let bank = self.bank();
        if !bank.quiz(&a.quiz_id).is_some_and(|(_, q)| q.certificate) {
            return;
        }
        let now = self.clock.now();
        let issued = crate::service::certificates::issue_for_attempt(
            &self.db,
            &self.certifier,
            &bank,
            id,
            None,
            None,
            now,
        )
        .await;
        self.after_issue(issued, &format!("attempt {id}"));
    }

    /// Wakes the mail worker for a new certificate's email; logs a failure (the sweep retries).
    fn after_issue(
        &self,
        issued: Result<crate::service::certificates::Issued, crate::service::ServiceError>,
        what: &str,
    ) {
        match issued {
            Ok(crate::service::certificates::Issued::New(..)) => self.mail_wake.notify_one(),
            Ok(_) => {}
            Err(e) => tracing::error!(%what, error = %e, "issuing a certificate failed"),
        }
    }

    /// Issues the certificate of a just-finished placement test, when the placement bank certifies.
    pub async fn certify_placement(&self, id: i64) {
        if !self.placement.as_ref().is_some_and(|p| p.certificate) {
            return;
        }
        let now = self.clock.now();
        let issued = crate::service::certificates::issue_for_placement(
            &self.db,
            &self.certifier,
            id,
            None,
            None,
            now,
        )
        .await;
        self.after_issue(issued, &format!("placement test {id}"));
    }

    /// Counts a sign-in attempt for `email` before its password is checked (check and count are one
    /// step, so concurrent guesses cannot slip past the limit); `Err` says how long to wait.
    fn begin_login(&self, email: &Email) -> Result<(), Wait> {
        self.lock_throttle()
            .charge(email.as_str(), self.clock.now().as_second())
    }

    /// Settles a counted sign-in: a success forgets the failures, a failure stays counted, and an attempt
    /// that could not be decided (the database was down) is not held against the address.
    fn finish_login(&self, email: &Email, outcome: LoginOutcome) {
        let mut throttle = self.lock_throttle();
        match outcome {
            LoginOutcome::Succeeded => throttle.succeeded(email.as_str()),
            LoginOutcome::Failed => {}
            LoginOutcome::Undecided => throttle.refund(email.as_str()),
        }
    }

    /// Checks an address and password under the throttle: `Ok(Some(user))` when they match, `Ok(None)`
    /// when they do not (an unknown address costs the same time as a known one).
    pub async fn sign_in(
        &self,
        email: &Email,
        password: &str,
    ) -> Result<Option<User>, SignInError> {
        self.begin_login(email).map_err(SignInError::Throttled)?;
        let user = match find_user_by_email(&self.db, email.as_str()).await {
            Ok(user) => user,
            Err(e) => {
                self.finish_login(email, LoginOutcome::Undecided);
                return Err(SignInError::Db(e));
            }
        };
        let verified = self
            .verify_password(user.as_ref().map(|u| u.password_hash.clone()), password)
            .await;
        // A disabled account fails as a wrong password does: no session, and nothing new learned.
        let verified = verified && user.as_ref().is_some_and(|u| !u.disabled);
        let outcome = if verified {
            LoginOutcome::Succeeded
        } else {
            LoginOutcome::Failed
        };
        self.finish_login(email, outcome);
        Ok(user.filter(|_| verified))
    }

    /// Verifies a password on the blocking thread pool, at most `password_checks` at a time: Argon2 takes
    /// tens of milliseconds of CPU, which on the async workers would stall every other request.
    async fn verify_password(&self, stored_hash: Option<String>, password: &str) -> bool {
        let Ok(_permit) = self.password_checks.acquire().await else {
            return false;
        };
        let password = password.to_string();
        tokio::task::spawn_blocking(move || {
            crate::auth::verify_login(stored_hash.as_deref(), &password)
        })
        .await
        .unwrap_or(false)
    }

    fn lock_throttle(&self) -> std::sync::MutexGuard<'_, Throttle> {
        // A panic while holding the lock leaves counts that are still sound: keep using them.
        self.throttle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
