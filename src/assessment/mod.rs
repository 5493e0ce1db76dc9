//! Attempts and scoring: drawing papers, parsing and checking answers, grading, and the rules of time and
//! attempt limits. Pure: no Rocket, no SQL, no clock (time is passed in), randomness from a stored seed.

pub mod answer;
pub mod attempt;
pub mod paper;
pub mod scoring;
pub mod shown;
pub mod view;

#[cfg(test)]
pub(crate) mod test_support;
