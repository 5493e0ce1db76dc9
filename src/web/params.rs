//! Path parameters parse straight into id types: `/attempts/abc` never reaches a handler (404).

use rocket::request::FromParam;

use crate::ids::{AttemptId, BadSlug, QuestionId, QuizId};

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

impl<'a> FromParam<'a> for AttemptId {
    type Error = std::num::ParseIntError;
    fn from_param(param: &'a str) -> Result<Self, Self::Error> {
        param.parse::<i64>().map(AttemptId)
    }
}
