//! What every request can reach: the database, the bank, the UI texts, the templates and the clock.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use jiff::{tz::TimeZone, Timestamp};

use super::config::Settings;
use super::render::Renderer;
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
}
