//! What every request can reach: the database, the bank, the UI texts, the templates and the clock.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use jiff::{tz::TimeZone, Timestamp};

use super::config::Settings;
use super::render::Renderer;
use crate::auth::throttle::{Throttle, Wait};
use crate::auth::Email;
use crate::bank::Bank;
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

pub struct App {
    pub settings: Settings,
    pub db: Db,
    pub bank: Arc<Bank>,
    /// The English placement test, when its bank is present.
    pub placement: Option<Arc<crate::placement::bank::PlacementBank>>,
    pub ui: Arc<Texts>,
    pub renderer: Renderer,
    pub clock: Clock,
    pub zone: TimeZone,
    /// Failed sign-ins per address (web form and API tokens alike).
    pub throttle: Arc<Mutex<Throttle>>,
}

impl App {
    /// Whether a sign-in for `email` may be checked now.
    pub fn may_try_login(&self, email: &Email) -> Result<(), Wait> {
        self.lock_throttle()
            .check(email.as_str(), self.clock.now().as_second())
    }

    /// Records the outcome of a checked sign-in.
    pub fn record_login(&self, email: &Email, succeeded: bool) {
        let mut throttle = self.lock_throttle();
        if succeeded {
            throttle.succeeded(email.as_str());
        } else {
            throttle.failed(email.as_str(), self.clock.now().as_second());
        }
    }

    fn lock_throttle(&self) -> std::sync::MutexGuard<'_, Throttle> {
        // A panic while holding the lock leaves counts that are still sound: keep using them.
        self.throttle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
