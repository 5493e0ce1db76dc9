//! Path parameters parse straight into id types: `/attempts/abc` never reaches a handler (404).

use rocket::request::FromParam;

use crate::ids::{AssignmentId, AttemptId, BadSlug, CohortId, QuestionId, QuizId, UserId};

impl<'a> FromParam<'a> for QuizId {
    type Error = BadSlug;
    fn from_param(param: &'a str) -> Result<Self, BadSlug> {
        param.parse()
    }
}

impl<'a> FromParam<'a> for QuestionId {
    type Error = BadSlug;
    fn from_param(param: &'a str) -> Result<Self, BadSlug> {
        param.parse()
    }
}

macro_rules! row_id_param {
    ($($name:ident),*) => {$(
        impl<'a> FromParam<'a> for $name {
            type Error = std::num::ParseIntError;
            fn from_param(param: &'a str) -> Result<Self, Self::Error> {
                param.parse::<i64>().map($name)
            }
        }
    )*};
}

row_id_param!(AttemptId, UserId, CohortId, AssignmentId);
