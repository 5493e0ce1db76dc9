//! People: learners, cohorts and their memberships, as far as they are pure rules. `import` turns a CSV of
//! learners into a plan that the shell shows (dry run) and applies in one transaction. Nothing here touches
//! the database, the clock or a file.

pub mod import;
