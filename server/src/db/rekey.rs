//! Key rotation in storage: every sealed value not sealed with the current
//! key (and every value written before encryption) is opened and sealed
//! again with it, one batch at a time.
//!
//! Each value is replaced by a row-level update that compares the old value,
//! so a value changed meanwhile by a running server is left to that server
//! (which seals with its own current key) and picked up again by the next
//! batch if it still needs it. Running it twice re-seals nothing the second
//! time; stopping it half way loses nothing.

use super::Db;
use crate::crypto::{Column, DataKeys, OpenError};
use crate::{on_pool, on_writer};

/// A row's primary key: drafts are keyed by text, the rest by number.
enum RowId {
    Number(i64),
    Text(String),
}

/// Why a rotation stopped.
#[derive(Debug, thiserror::Error)]
pub enum RekeyError {
    /// A stored value does not open with the ring given.
    #[error("{table}.{column}: a value does not open ({reason}); put its key back in the ring and run the rotation again")]
    Unreadable {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
        /// Why it does not open.
        reason: OpenError,
    },
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Re-seals the values of `column` not sealed with the current key, `batch`
/// rows at a time; returns how many it re-sealed.
pub async fn reseal_column(
    db: &Db,
    keys: &DataKeys,
    column: Column,
    batch: i64,
) -> Result<u64, RekeyError> {
    let (table, name) = column.name();
    let prefix = keys.current_prefix();
    let width = i32::try_from(prefix.len()).unwrap_or(i32::MAX);
    let mut resealed = 0;
    loop {
        let rows = stale_rows(db, table, name, &prefix, width, batch).await?;
        if rows.is_empty() {
            return Ok(resealed);
        }
        let mut replaced_any = false;
        for (id, old) in rows {
            let plain = keys
                .open(column, &old)
                .map_err(|reason| RekeyError::Unreadable {
                    table,
                    column: name,
                    reason,
                })?;
            let new = keys.seal(column, &plain);
            if replace(db, table, name, &id, &old, &new).await? {
                resealed += 1;
                replaced_any = true;
            }
        }
        if !replaced_any {
            // Every row of the batch changed under us: a server still
            // seals with an older key. Its values stay readable; report
            // what was done rather than chase it.
            tracing::warn!(
                table,
                column = name,
                "values keep changing under the rotation: is a server still running with the old ring?"
            );
            return Ok(resealed);
        }
    }
}

/// Up to `batch` rows of `table` whose `column` does not start with
/// `prefix` (the current key's), oldest first.
async fn stale_rows(
    db: &Db,
    table: &str,
    column: &str,
    prefix: &str,
    width: i32,
    batch: i64,
) -> sqlx::Result<Vec<(RowId, String)>> {
    // `substr` rather than LIKE: a key id may contain `_`, a LIKE wildcard.
    // An empty value (a history line without detail) says nothing and is
    // never sealed.
    let sql = format!(
        "SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} <> '' \
         AND substr({column}, 1, $2) <> $1 ORDER BY id LIMIT $3"
    );
    if table == "drafts" {
        let rows: Vec<(String, String)> = on_pool!(db, pool => sqlx::query_as(&sql)
            .bind(prefix).bind(width).bind(batch).fetch_all(pool).await)?;
        Ok(rows
            .into_iter()
            .map(|(id, v)| (RowId::Text(id), v))
            .collect())
    } else {
        let rows: Vec<(i64, String)> = on_pool!(db, pool => sqlx::query_as(&sql)
            .bind(prefix).bind(width).bind(batch).fetch_all(pool).await)?;
        Ok(rows
            .into_iter()
            .map(|(id, v)| (RowId::Number(id), v))
            .collect())
    }
}

/// Replaces `old` by `new` in one row, unless the row changed meanwhile.
async fn replace(
    db: &Db,
    table: &str,
    column: &str,
    id: &RowId,
    old: &str,
    new: &str,
) -> sqlx::Result<bool> {
    let sql = format!("UPDATE {table} SET {column} = $1 WHERE id = $2 AND {column} = $3");
    let changed = match id {
        RowId::Number(id) => on_writer!(db, pool => sqlx::query(&sql).bind(new).bind(id).bind(old)
            .execute(pool).await.map(|r| r.rows_affected()))?,
        RowId::Text(id) => on_writer!(db, pool => sqlx::query(&sql).bind(new).bind(id).bind(old)
            .execute(pool).await.map(|r| r.rows_affected()))?,
    };
    Ok(changed == 1)
}
