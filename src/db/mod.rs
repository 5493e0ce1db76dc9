//! Persistence with sqlx. One query text serves SQLite (the embedded default) and PostgreSQL (scale-out):
//! `$n` placeholders, `ON CONFLICT`, `RETURNING`, and only integer and text columns, so the `Any` driver
//! decodes both alike. Only the DDL differs, in `migrations/sqlite` and `migrations/postgres`.
//! Knows rows, not rules: what may happen is decided in `assessment`.

pub mod attempts;
pub mod pending;
pub mod placement;
pub mod tokens;
pub mod users;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database pools and which engine is behind them. Reads go to `pool`; writes to `writer`, which on
/// SQLite is a pool of one connection: SQLite takes one writer at a time anyway, and writers queueing in
/// the pool wait in order instead of spinning on the file lock (the tail latency of saves, see README
/// "Benchmark"). On PostgreSQL both are the same pool.
#[derive(Debug, Clone)]
pub struct Db {
    pub pool: AnyPool,
    writer: AnyPool,
    pub backend: Backend,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database URL must start with sqlite: or postgres: (got `{0}`)")]
    UnsupportedUrl(String),
    #[error("cannot create the database folder {0}: {1}")]
    Folder(String, std::io::Error),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl Db {
    /// Connects, creating the SQLite file (and its folder) if needed, and runs the migrations.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(DbError::UnsupportedUrl(url.to_string()));
        };
        let url = if backend == Backend::Sqlite {
            prepare_sqlite_url(url)?
        } else {
            url.to_string()
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = Self::pool(backend, max_connections)
            .connect_with(options.clone())
            .await?;
        // An in-memory SQLite database lives in its connection: a second pool would be another database.
        let writer = if backend == Backend::Sqlite && !url.contains(":memory:") {
            Self::pool(backend, 1).connect_with(options).await?
        } else {
            pool.clone()
        };
        let db = Db {
            pool,
            writer,
            backend,
        };
        db.migrate().await?;
        Ok(db)
    }

    /// The pool for inserts, updates and write transactions.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    fn pool(backend: Backend, max_connections: u32) -> AnyPoolOptions {
        AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the one writer; the busy timeout queues writers
                        // instead of failing them; foreign keys are off in SQLite unless asked for.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
    }

    async fn migrate(&self) -> Result<(), DbError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.writer)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.writer)
                    .await?
            }
        }
        Ok(())
    }
}

/// Makes sure the SQLite file can be created: its folder exists and `mode=rwc` is set.
fn prepare_sqlite_url(url: &str) -> Result<String, DbError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| DbError::Folder(parent.display().to_string(), e))?;
        }
    }
    if query.contains("mode=") {
        Ok(url.to_string())
    } else if query.is_empty() {
        Ok(format!("{url}?mode=rwc"))
    } else {
        Ok(format!("{url}&mode=rwc"))
    }
}

/// Whether an error is a unique-constraint violation (the same on both engines).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite:{}/sub/x.db", dir.path().display());
        let prepared = prepare_sqlite_url(&url).expect("prepared");
        assert!(prepared.ends_with("x.db?mode=rwc"));
        assert!(dir.path().join("sub").is_dir());
        assert_eq!(
            prepare_sqlite_url("sqlite::memory:").expect("ok"),
            "sqlite::memory:?mode=rwc"
        );
    }
}
