//! Exhibitors as the organizer's import lists them: added or updated by booth, with the
//! categories they show. Writes only what differs, so importing a file twice changes nothing.

use expocx_contract::Localized;
use rusqlite::{params, Connection, OptionalExtension};

use super::loc;
use crate::db::{json, Result};

/// One exhibitor as a row of the import names it.
pub struct Listing<'a> {
    pub booth: &'a str,
    pub hall_id: i64,
    pub name: &'a Localized,
    /// Category ids, in any order, without repeats.
    pub categories: &'a [i64],
}

/// What the import did to an exhibitor (its id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Created(i64),
    Updated(i64),
    Unchanged(i64),
}

impl Upserted {
    pub fn id(self) -> i64 {
        match self {
            Upserted::Created(id) | Upserted::Updated(id) | Upserted::Unchanged(id) => id,
        }
    }
}

/// Adds the booth's exhibitor, or updates its name and hall; a new one starts with an empty
/// tagline and description. `search_text` makes the storefront's search text from the name,
/// tagline and description (the catalog's own rule, handed in).
pub fn upsert(
    conn: &Connection,
    l: &Listing,
    search_text: fn(&[&Localized]) -> String,
) -> Result<Upserted> {
    let found = conn
        .query_row(
            "SELECT id, tagline_json, description_json FROM exhibitors WHERE booth = ?",
            [l.booth],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    loc(r, "tagline_json")?,
                    loc(r, "description_json")?,
                ))
            },
        )
        .optional()?;
    let Some((id, tagline, description)) = found else {
        let empty = Localized::default();
        conn.execute(
            "INSERT INTO exhibitors (hall_id, booth, name_json, tagline_json, description_json, search_text)
             VALUES (?, ?, ?, ?, ?, ?)",
            params![
                l.hall_id,
                l.booth,
                json(l.name),
                json(&empty),
                json(&empty),
                search_text(&[l.name, &empty, &empty])
            ],
        )?;
        let id = conn.last_insert_rowid();
        set_categories(conn, id, l.categories)?;
        return Ok(Upserted::Created(id));
    };
    let changed = conn.execute(
        "UPDATE exhibitors SET hall_id = ?1, name_json = ?2, search_text = ?3
         WHERE id = ?4 AND (hall_id, name_json, search_text) IS NOT (?1, ?2, ?3)",
        params![
            l.hall_id,
            json(l.name),
            search_text(&[l.name, &tagline, &description]),
            id
        ],
    )? > 0;
    Ok(if set_categories(conn, id, l.categories)? || changed {
        Upserted::Updated(id)
    } else {
        Upserted::Unchanged(id)
    })
}

/// Replaces the exhibitor's categories with `ids`; `false` when they were those already.
fn set_categories(conn: &Connection, exhibitor_id: i64, ids: &[i64]) -> Result<bool> {
    let had = categories_of(conn, exhibitor_id)?;
    let mut want = ids.to_vec();
    want.sort_unstable();
    want.dedup();
    if had == want {
        return Ok(false);
    }
    conn.execute(
        "DELETE FROM exhibitor_categories WHERE exhibitor_id = ?",
        [exhibitor_id],
    )?;
    for category_id in want {
        conn.execute(
            "INSERT INTO exhibitor_categories (exhibitor_id, category_id) VALUES (?, ?)",
            [exhibitor_id, category_id],
        )?;
    }
    Ok(true)
}

/// The exhibitor's categories (ids, ascending).
pub fn categories_of(conn: &Connection, exhibitor_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT category_id FROM exhibitor_categories WHERE exhibitor_id = ? ORDER BY category_id",
    )?;
    let ids = stmt.query_map([exhibitor_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}
