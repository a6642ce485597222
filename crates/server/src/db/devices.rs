//! Browser devices: the server issues each a secret key and keeps only its hash. Rows recorded
//! for an anonymous browser (consent, events) carry that hash; only the holder of the key can
//! read, change, export or erase them.

use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};

use expocx_contract::{is_device_key, FieldErrorCode};

use super::{Error, Result};
use crate::ids::hash_secret;

/// Registers a device by its key's hash.
pub fn register(conn: &Connection, key_hash: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO devices (key_hash, created_at) VALUES (?, ?)",
        params![key_hash, Utc::now()],
    )?;
    Ok(())
}

/// Whether this hash belongs to a key the server issued.
pub fn known(conn: &Connection, key_hash: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM devices WHERE key_hash = ?",
            [key_hash],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Forgets a device (after its data is erased, the key opens nothing).
pub fn forget(conn: &Connection, key_hash: &str) -> Result<()> {
    conn.execute("DELETE FROM devices WHERE key_hash = ?", [key_hash])?;
    Ok(())
}

/// The hash of a device key the server issued; anything else is `device_id` invalid.
pub fn resolve(conn: &Connection, key: &str) -> Result<String> {
    let hash = hash_secret(key);
    if is_device_key(key) && known(conn, &hash)? {
        Ok(hash)
    } else {
        Err(Error::field("device_id", FieldErrorCode::InvalidValue))
    }
}
