//! Police stations and gendarmerie units.

use app::domain::unit::{search_key, Unit, UnitKind, UnitSearch};
use serde::Deserialize;

use super::Db;
use crate::{on_pool, on_writer};

/// The seed list shipped with the portal.
const SEED: &str = include_str!("../../seed/units.csv");

#[derive(sqlx::FromRow)]
struct UnitRow {
    code: String,
    name: String,
    kind: String,
    address: String,
    postcode: String,
    town: String,
}

impl UnitRow {
    fn into_unit(self) -> Option<Unit> {
        Some(Unit {
            kind: UnitKind::from_slug(&self.kind)?,
            code: self.code,
            name: self.name,
            address: self.address,
            postcode: self.postcode,
            town: self.town,
        })
    }
}

#[derive(Deserialize)]
struct SeedRow {
    code: String,
    name: String,
    kind: String,
    address: String,
    postcode: String,
    town: String,
}

/// Adds every unit of the seed list that is not in the database yet;
/// returns how many were added. Units changed by an administrator are kept.
pub async fn seed(db: &Db) -> anyhow::Result<u64> {
    let mut added = 0;
    for row in csv::Reader::from_reader(SEED.as_bytes()).deserialize::<SeedRow>() {
        let row = row?;
        anyhow::ensure!(
            UnitKind::from_slug(&row.kind).is_some(),
            "unit {}: unknown kind {}",
            row.code,
            row.kind
        );
        added += insert(
            db,
            &row.code,
            &row.name,
            &row.kind,
            &row.address,
            &row.postcode,
            &row.town,
        )
        .await?;
    }
    Ok(added)
}

/// Inserts a unit unless its code exists; returns 1 when inserted.
pub async fn insert(
    db: &Db,
    code: &str,
    name: &str,
    kind: &str,
    address: &str,
    postcode: &str,
    town: &str,
) -> sqlx::Result<u64> {
    let sql = "INSERT INTO units (code, name, kind, address, postcode, town, town_key, active) \
               VALUES ($1, $2, $3, $4, $5, $6, $7, TRUE) ON CONFLICT (code) DO NOTHING";
    on_writer!(db, pool => sqlx::query(sql)
        .bind(code).bind(name).bind(kind).bind(address).bind(postcode).bind(town).bind(search_key(town))
        .execute(pool).await.map(|r| r.rows_affected()))
}

/// Active units matching a search, by postcode then name, at most `limit`.
pub async fn search(db: &Db, search: &UnitSearch, limit: i64) -> sqlx::Result<Vec<Unit>> {
    let (sql, pattern) = match search {
        UnitSearch::Postcode(prefix) => (
            "SELECT code, name, kind, address, postcode, town FROM units \
             WHERE active AND postcode LIKE $1 ORDER BY postcode, name LIMIT $2",
            format!("{prefix}%"),
        ),
        UnitSearch::Town(key) => (
            "SELECT code, name, kind, address, postcode, town FROM units \
             WHERE active AND town_key LIKE $1 ORDER BY town_key, postcode, name LIMIT $2",
            format!("%{}%", key.replace(['%', '_'], "")),
        ),
    };
    let rows: Vec<UnitRow> =
        on_pool!(db, pool => sqlx::query_as(sql).bind(pattern).bind(limit).fetch_all(pool).await)?;
    Ok(rows.into_iter().filter_map(UnitRow::into_unit).collect())
}

/// The active unit with this code.
pub async fn find(db: &Db, code: &str) -> sqlx::Result<Option<Unit>> {
    let sql =
        "SELECT code, name, kind, address, postcode, town FROM units WHERE code = $1 AND active";
    let row: Option<UnitRow> =
        on_pool!(db, pool => sqlx::query_as(sql).bind(code).fetch_optional(pool).await)?;
    Ok(row.and_then(UnitRow::into_unit))
}

/// Every unit, active or not, by code.
pub async fn all(db: &Db) -> sqlx::Result<Vec<Unit>> {
    let sql = "SELECT code, name, kind, address, postcode, town FROM units ORDER BY code";
    let rows: Vec<UnitRow> = on_pool!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().filter_map(UnitRow::into_unit).collect())
}
