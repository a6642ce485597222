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

/// Forgets device keys issued before `before` under which nothing was ever recorded (keys are
/// cheap to issue, so a crowd's unused ones must not pile up). Returns how many went.
pub fn purge_unused(conn: &Connection, before: chrono::DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM devices WHERE created_at < ?
           AND NOT EXISTS (SELECT 1 FROM consent_receipts r WHERE r.device_id = devices.key_hash)
           AND NOT EXISTS (SELECT 1 FROM analytics_events e WHERE e.device_id = devices.key_hash)",
        [before],
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_keys_go_after_a_day_and_keys_with_records_stay() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::db::Db::open(&dir.path().join("t.db")).unwrap();
        db.with(|c| {
            for key in ["old-unused", "old-used", "new-unused"] {
                register(c, key).unwrap();
            }
            let two_days_ago = Utc::now() - chrono::Duration::days(2);
            c.execute(
                "UPDATE devices SET created_at = ? WHERE key_hash LIKE 'old-%'",
                [two_days_ago],
            )
            .unwrap();
            c.execute(
                "INSERT INTO analytics_events (device_id, name, at, received_at)
                 VALUES ('old-used', 'product_viewed', ?1, ?1)",
                [two_days_ago],
            )
            .unwrap();
            let gone = purge_unused(c, Utc::now() - chrono::Duration::days(1)).unwrap();
            assert_eq!(gone, 1);
            assert!(!known(c, "old-unused").unwrap());
            assert!(known(c, "old-used").unwrap());
            assert!(known(c, "new-unused").unwrap());
        });
    }
}
