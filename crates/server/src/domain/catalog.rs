//! The exhibitor's catalog as a workflow: a product's change and its entry in the audit trail
//! (price and stock), in one transaction.

use chrono::{DateTime, Utc};
use expocx_contract::{ProductUpdate, StaffProduct};
use rusqlite::Connection;

use crate::db::catalog::staff_products as db;
use crate::db::Result;

/// Staff member `actor` changes product `id` of their exhibitor if `version` is current;
/// `None` when it is not theirs.
pub fn update_product(
    conn: &mut Connection,
    (exhibitor_id, actor): (i64, i64),
    id: i64,
    version: i64,
    update: &ProductUpdate,
    now: DateTime<Utc>,
) -> Result<Option<StaffProduct>> {
    let tx = conn.transaction()?;
    let before = db::get(&tx, exhibitor_id, id)?;
    let after = db::update(&tx, exhibitor_id, id, version, update)?;
    if let (Some(b), Some(a)) = (&before, &after) {
        super::audit::product_changed(&tx, actor, b, a, now)?;
    }
    tx.commit()?;
    Ok(after)
}
