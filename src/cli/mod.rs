//! Command-line tools beyond the server: file formats in, JSON out. The shell around `placement`.

pub mod placement;
