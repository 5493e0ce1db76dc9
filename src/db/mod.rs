//! Persistence with sqlx. One query text serves SQLite (the embedded default) and PostgreSQL (scale-out):
//! `$n` placeholders, `ON CONFLICT`, `RETURNING`, and only integer and text columns, so the `Any` driver
//! decodes both alike. Only the DDL differs, in `migrations/sqlite` and `migrations/postgres`.
//! Knows rows, not rules: what may happen is decided in `assessment`.

pub mod analysis;
pub mod assignments;
pub mod attempts;
pub mod bulk;
pub mod certificates;
pub mod cohorts;
pub mod import;
pub mod links;
pub mod outbox;
pub mod pending;
pub mod placement;
pub mod sessions;
pub mod tokens;
pub mod users;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Executor};

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

/// How SQLite makes a commit durable (`PRAGMA synchronous` in WAL mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SqliteSync {
    /// The WAL is synced at every commit: an acknowledged save survives a power loss.
    #[default]
    Full,
    /// The WAL is synced only at checkpoints: faster, and safe when the process dies, but the last
    /// commits before a power loss or an operating-system crash can be lost.
    Normal,
}

impl SqliteSync {
    fn pragma(self) -> &'static str {
        match self {
            SqliteSync::Full => "FULL",
            SqliteSync::Normal => "NORMAL",
        }
    }
}

/// Connection settings beyond the URL.
#[derive(Debug, Clone, Copy)]
pub struct DbOptions {
    /// Size of the read pool (and of the only pool on PostgreSQL).
    pub max_connections: u32,
    /// How long a request waits for a connection before it fails (the database is down or overloaded):
    /// bounded, so an outage is reported within seconds instead of hanging.
    pub acquire_timeout: Duration,
    pub sqlite_sync: SqliteSync,
}

impl Default for DbOptions {
    fn default() -> Self {
        DbOptions {
            max_connections: 8,
            acquire_timeout: Duration::from_secs(5),
            sqlite_sync: SqliteSync::Full,
        }
    }
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
    pub async fn connect(url: &str, opts: DbOptions) -> Result<Db, DbError> {
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
        let pool = Self::pool(backend, opts.max_connections, opts)
            .connect_with(options.clone())
            .await?;
        // An in-memory SQLite database lives in its connection: a second pool would be another database.
        let writer = if backend == Backend::Sqlite && !url.contains(":memory:") {
            Self::pool(backend, 1, opts).connect_with(options).await?
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

    /// The pool for single-statement inserts and updates (autocommit: a failed one leaves nothing open).
    /// Several statements that must land together go through [`Db::begin_write`].
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// Opens a write transaction on the writer pool. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so it waits its turn rather than failing later on a lock upgrade.
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        let conn = self.writer.acquire().await?;
        let mut tx = WriteTx { conn, clean: false };
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        tx.conn.execute(begin).await?;
        Ok(tx)
    }

    /// Closes both pools: every later request meets an unavailable database (shutdown, and the tests'
    /// outage).
    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }

    /// Whether the database answers now, within the acquire timeout (the readiness probe).
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    fn pool(backend: Backend, max_connections: u32, opts: DbOptions) -> AnyPoolOptions {
        let sync = opts.sqlite_sync.pragma();
        AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(opts.acquire_timeout)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the one writer; `synchronous` decides what an
                        // acknowledged commit survives (see SqliteSync); the busy timeout queues writers
                        // instead of failing them; foreign keys are off in SQLite unless asked for.
                        conn.execute(
                            format!(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = {sync}; \
                                 PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;"
                            )
                            .as_str(),
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

/// A write transaction that never leaves its connection half-done. sqlx's own `Transaction` returns the
/// connection to the pool after a failed `COMMIT` while believing a transaction is still open (when SQLite
/// rolled it back itself, as it does on a full disk, sqlx's `ROLLBACK` fails and its bookkeeping stays
/// "in a transaction"): every later write then ran as a savepoint inside nothing, acknowledged and never
/// written. Here, unless `commit` or `rollback` succeeded, the connection is closed instead of reused
/// (closing rolls back whatever the database still holds), and the pool opens a fresh one.
pub struct WriteTx {
    conn: PoolConnection<Any>,
    clean: bool,
}

impl WriteTx {
    /// The connection to run this transaction's statements on.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }

    /// Commits. On an error nothing of the transaction is kept and the connection is discarded.
    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        self.conn.execute("COMMIT").await?;
        self.clean = true;
        Ok(())
    }

    /// Rolls back (for a transaction that found it has nothing to do).
    pub async fn rollback(mut self) -> Result<(), sqlx::Error> {
        self.conn.execute("ROLLBACK").await?;
        self.clean = true;
        Ok(())
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if !self.clean {
            self.conn.close_on_drop();
        }
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

/// Whether an error means the database cannot serve now (down, unreachable, out of connections or of
/// disk), as opposed to a fault in the request: such requests answer 503 and may be retried.
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|code| {
            // SQLite (primary result codes): BUSY 5, LOCKED 6, IOERR 10, FULL 13, CANTOPEN 14; SQLSTATE
            // classes on PostgreSQL: 08 connection exception, 53 insufficient resources (disk full), 57P
            // the server shutting down or starting.
            let code = code.as_ref();
            match code.parse::<i64>() {
                Ok(n) if code.len() <= 4 => matches!(n & 0xff, 5 | 6 | 10 | 13 | 14),
                _ => code.starts_with("08") || code.starts_with("53") || code.starts_with("57P"),
            }
        }),
        _ => false,
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
