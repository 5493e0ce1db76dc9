//! Aiken (placeholder until the reader lands).
use super::model::Reading;
pub fn read(_text: &str) -> Reading {
    Reading::default()
}
