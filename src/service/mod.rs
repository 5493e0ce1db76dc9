//! Use cases that join the pure core to the database: start, answer, submit and expire attempts.
//! Routes (HTML and API) and the background sweeper call these, so each rule is applied in one place.

pub mod analysis;
pub mod assignments;
pub mod attempts;
pub mod badges;
pub mod bulk;
pub mod certificates;
pub mod course_translation;
pub mod import;
pub mod links;
pub mod mail;
pub mod people;
pub mod placement;
pub mod question_import;
pub mod results;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Unknown, or someone else's: the two are indistinguishable on purpose.
    #[error("not found")]
    NotFound,
    #[error("the quiz is not offered in this language")]
    NotOffered,
    #[error(transparent)]
    Refused(#[from] crate::assessment::attempt::AttemptRefusal),
    /// An assignment that is not open, closed, or used up.
    #[error(transparent)]
    Assignment(crate::assignments::StartRefusal),
    #[error("invalid answer to {question}: {error}")]
    InvalidAnswer {
        question: crate::ids::QuestionId,
        error: crate::assessment::answer::AnswerError,
    },
    /// A placement answer naming an option the item does not have.
    #[error("no such option")]
    InvalidChoice,
    /// A certificate could not be made (its record or signature): a fault of ours, not the learner's.
    #[error("certificate: {0}")]
    Certificate(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}
