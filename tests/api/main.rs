//! Integration tests through the real application (one binary, a module per feature).

mod helpers;
mod integrity;

mod admin;
mod admin_certificates;
mod api;
mod assignments;
mod auth_links;
mod authz_walk;
mod bad_input;
mod badges;
mod certificates;
mod cli;
mod content;
mod csrf;
mod deadline;
mod deadline_rule;
mod grading;
mod import;
mod item_analysis;
mod learner_flow;
mod locale;
mod mail;
mod ownership;
mod partial_credit;
mod placement;
mod question_import;
mod question_import_page;
mod results;
mod sign_in_throttle;
mod smtp;
mod staff_api;
mod teach;
mod test_security;
mod timing_and_limits;
mod validate;
