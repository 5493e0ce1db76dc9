//! Command-line tools beyond the server: `validate`, and the placement tools (file formats in, JSON out).

pub mod bulk;
pub mod import;
pub mod placement;
pub mod questions;
pub mod users;
pub mod validate;
