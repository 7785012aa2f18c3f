//! Storage: one repository over two backends, SQLite (the embedded default)
//! and PostgreSQL (production), chosen from the `DATABASE_URL` scheme.
//!
//! Each repository function is written once; [`on_pool!`] and [`on_tx!`]
//! expand its body for both backends, so the same SQL text (with `$1`
//! placeholders and `RETURNING`) runs on each. Queries are checked at run
//! time (`query_as` + `FromRow`), since the compile-time macros bind to one
//! backend. The caller owns transactions: functions that must be atomic with
//! others take a [`Tx`].

pub mod agents;
pub mod audit;
pub mod cases;
pub mod drafts;
pub mod follow_up;
pub mod identity_checks;
pub mod outbox;
pub mod rekey;
pub mod resume_links;
pub mod submissions;
pub mod units;

use std::ops::{Deref, DerefMut};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgPoolOptions, Postgres};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Sqlite, SqliteConnection, SqlitePool, Transaction};

/// A connection pool on one of the two backends.
#[derive(Clone, Debug)]
pub enum Db {
    /// The embedded default.
    Sqlite(SqliteDb),
    /// Production.
    Postgres(PgPool),
}

/// How long a transaction waits for its turn to write on SQLite before the
/// visitor is told to try again (as long as SQLite's own busy timeout).
const WRITER_TURN_WAIT: Duration = Duration::from_secs(10);

/// An SQLite database: its connections, and the turn its transactions take.
///
/// SQLite lets one transaction write at a time. Left to SQLite, the others
/// wait in its busy handler, which sleeps 1, 2, 5, 10… ms between tries
/// however soon the writer finishes: under load, sends and claims spent most
/// of their time asleep (p99 ten times the median). Here transactions queue
/// on an async lock instead and start the moment the previous one ends;
/// so do single statements that write ([`on_writer!`]).
#[derive(Clone, Debug)]
pub struct SqliteDb {
    /// The connections.
    pub pool: SqlitePool,
    /// Held by the transaction that may write.
    writer: Arc<tokio::sync::Mutex<()>>,
}

impl SqliteDb {
    /// Waits for the turn to write; an error when it takes longer than
    /// [`WRITER_TURN_WAIT`] (the visitor is told to try again).
    pub async fn turn(&self) -> sqlx::Result<tokio::sync::OwnedMutexGuard<()>> {
        tokio::time::timeout(WRITER_TURN_WAIT, self.writer.clone().lock_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)
    }
}

/// A transaction on one of the two backends.
pub enum Tx {
    /// On SQLite, with its turn to write.
    Sqlite(SqliteTx),
    /// On PostgreSQL.
    Postgres(Transaction<'static, Postgres>),
}

/// An SQLite transaction and its turn to write, released when it ends.
pub struct SqliteTx {
    tx: Transaction<'static, Sqlite>,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl Deref for SqliteTx {
    type Target = SqliteConnection;

    fn deref(&self) -> &SqliteConnection {
        &self.tx
    }
}

impl DerefMut for SqliteTx {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }
}

/// Runs the same expression with `$pool` bound to the SQLite or PostgreSQL pool.
#[macro_export]
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite(db) => {
                let $pool = &db.pool;
                $body
            }
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// [`on_pool!`] for a statement that writes outside a transaction: on
/// SQLite it first takes the writers' turn (see [`SqliteDb`]).
#[macro_export]
macro_rules! on_writer {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite(db) => {
                let _turn = db.turn().await?;
                let $pool = &db.pool;
                $body
            }
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs the same expression with `$conn` bound to the transaction's connection.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::db::Tx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`), creating an SQLite
    /// file if missing, and applies the backend's migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        let db = if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                // Deleted rows are overwritten, not left in free pages.
                .pragma("secure_delete", "on")
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(options)
                .await?;
            sqlx::migrate!("../migrations/sqlite").run(&pool).await?;
            Db::Sqlite(SqliteDb {
                pool,
                writer: Arc::default(),
            })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(3))
                .connect(url)
                .await?;
            sqlx::migrate!("../migrations/postgres").run(&pool).await?;
            Db::Postgres(pool)
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres:");
        };
        Ok(db)
    }

    /// Starts a transaction.
    pub async fn begin(&self) -> sqlx::Result<Tx> {
        Ok(match self {
            Db::Sqlite(db) => {
                let turn = db.turn().await?;
                Tx::Sqlite(SqliteTx {
                    tx: db.pool.begin().await?,
                    _turn: turn,
                })
            }
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        on_pool!(self, pool => sqlx::query("SELECT 1").execute(pool).await.is_ok())
    }

    /// On SQLite, copies the WAL into the database file and empties it, so
    /// that the pages of deleted rows (overwritten there by
    /// `secure_delete`) do not linger in the WAL; nothing on PostgreSQL.
    pub async fn checkpoint(&self) -> sqlx::Result<()> {
        if let Db::Sqlite(db) = self {
            let _turn = db.turn().await?;
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&db.pool)
                .await?;
        }
        Ok(())
    }

    /// Closes every connection (at shutdown, and in tests).
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
    }
}

impl Tx {
    /// Commits the transaction.
    pub async fn commit(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

/// The current time at the precision both backends store (microseconds),
/// so that a time read back compares equal to the one written — the
/// queue's keyset cursor relies on it.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// Whether an error means the database cannot be reached (as opposed to a
/// bug or a constraint): the visitor gets 503 and may try again. Besides
/// the pool and the network, PostgreSQL says so itself with the SQLSTATE
/// classes 08 (connection exception) and 57 (operator intervention: the
/// server shutting down, ending sessions, or starting up).
pub fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::Io(_)
        | sqlx::Error::PoolClosed
        | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(e) => e
            .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
            .is_some_and(|e| e.code().starts_with("08") || e.code().starts_with("57")),
        _ => false,
    }
}
