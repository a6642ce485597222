//! The member's profile and address book (at most `MAX_ADDRESSES`, one default).

use chrono::Utc;
use expocx_contract::{
    Address, AddressInput, FieldError, FieldErrorCode, Profile, SavedAddress, MAX_ADDRESSES,
};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json, Error, Result};

/// The account's email address.
pub fn email(conn: &Connection, user_id: i64) -> Result<String> {
    Ok(
        conn.query_row("SELECT email FROM users WHERE id = ?", [user_id], |r| {
            r.get(0)
        })?,
    )
}

pub fn profile(conn: &Connection, user_id: i64) -> Result<Profile> {
    conn.query_row(
        "SELECT display_name, phone, company, job_title FROM users WHERE id = ?",
        [user_id],
        |r| {
            Ok(Profile {
                display_name: r.get(0)?,
                phone: r.get(1)?,
                company: r.get(2)?,
                job_title: r.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound)
}

pub fn save_profile(conn: &Connection, user_id: i64, p: &Profile) -> Result<Profile> {
    conn.execute(
        "UPDATE users SET display_name = ?, phone = ?, company = ?, job_title = ? WHERE id = ?",
        params![
            p.display_name.trim(),
            p.phone.trim(),
            p.company.trim(),
            p.job_title.trim(),
            user_id
        ],
    )?;
    profile(conn, user_id)
}

fn address_row(r: &Row) -> rusqlite::Result<SavedAddress> {
    let json: String = r.get("address_json")?;
    let address: Address = serde_json::from_str(&json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(SavedAddress {
        id: r.get("id")?,
        address,
        is_default: r.get("is_default")?,
    })
}

/// The account's addresses, the default first.
pub fn addresses(conn: &Connection, user_id: i64) -> Result<Vec<SavedAddress>> {
    let mut stmt = conn.prepare(
        "SELECT id, address_json, is_default FROM addresses WHERE user_id = ?
         ORDER BY is_default DESC, id",
    )?;
    let rows = stmt.query_map([user_id], address_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn trimmed(a: &Address) -> Address {
    Address {
        name: a.name.trim().into(),
        phone: a.phone.trim().into(),
        region: a.region.trim().into(),
        street: a.street.trim().into(),
        postcode: a.postcode.trim().into(),
    }
}

/// Makes `id` the only default when asked, or when it is the account's only address.
fn settle_default(conn: &Connection, user_id: i64, id: i64, wanted: bool) -> Result<()> {
    let others: i64 = conn.query_row(
        "SELECT COUNT(*) FROM addresses WHERE user_id = ? AND id != ? AND is_default = 1",
        params![user_id, id],
        |r| r.get(0),
    )?;
    if wanted || others == 0 {
        conn.execute(
            "UPDATE addresses SET is_default = (id = ?) WHERE user_id = ?",
            params![id, user_id],
        )?;
    }
    Ok(())
}

pub fn add_address(
    conn: &mut Connection,
    user_id: i64,
    input: &AddressInput,
) -> Result<SavedAddress> {
    let tx = conn.transaction()?;
    let count: i64 = tx.query_row(
        "SELECT COUNT(*) FROM addresses WHERE user_id = ?",
        [user_id],
        |r| r.get(0),
    )?;
    if count as usize >= MAX_ADDRESSES {
        return Err(Error::Invalid(vec![FieldError::new(
            "addresses",
            FieldErrorCode::TooLong,
        )
        .with_limit(MAX_ADDRESSES as i64)]));
    }
    tx.execute(
        "INSERT INTO addresses (user_id, address_json, is_default, created_at) VALUES (?, ?, 0, ?)",
        params![user_id, json(&trimmed(&input.address)), Utc::now()],
    )?;
    let id = tx.last_insert_rowid();
    settle_default(&tx, user_id, id, input.is_default)?;
    let saved = one(&tx, user_id, id)?;
    tx.commit()?;
    Ok(saved)
}

fn one(conn: &Connection, user_id: i64, id: i64) -> Result<SavedAddress> {
    conn.query_row(
        "SELECT id, address_json, is_default FROM addresses WHERE id = ? AND user_id = ?",
        params![id, user_id],
        address_row,
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// Changes one of the account's addresses (`NotFound` for anyone else's).
pub fn update_address(
    conn: &mut Connection,
    user_id: i64,
    id: i64,
    input: &AddressInput,
) -> Result<SavedAddress> {
    let tx = conn.transaction()?;
    let n = tx.execute(
        "UPDATE addresses SET address_json = ? WHERE id = ? AND user_id = ?",
        params![json(&trimmed(&input.address)), id, user_id],
    )?;
    if n == 0 {
        return Err(Error::NotFound);
    }
    settle_default(&tx, user_id, id, input.is_default)?;
    let saved = one(&tx, user_id, id)?;
    tx.commit()?;
    Ok(saved)
}

/// Deletes one of the account's addresses; if it was the default, the oldest left becomes it.
pub fn delete_address(conn: &mut Connection, user_id: i64, id: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let n = tx.execute(
        "DELETE FROM addresses WHERE id = ? AND user_id = ?",
        params![id, user_id],
    )?;
    if n == 0 {
        return Err(Error::NotFound);
    }
    let first: Option<i64> = tx.query_row(
        "SELECT MIN(id) FROM addresses WHERE user_id = ?",
        [user_id],
        |r| r.get(0),
    )?;
    if let Some(first) = first {
        settle_default(&tx, user_id, first, false)?;
    }
    tx.commit()?;
    Ok(())
}
