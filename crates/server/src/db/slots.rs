//! Booth pickup slots and the room left in each. An order holds its place in a slot while it
//! waits for payment and after; a cancelled or expired order frees it.

use expocx_contract::PickupSlot;
use rusqlite::{Connection, OptionalExtension, Row};

use super::Result;

fn slot_row(r: &Row) -> rusqlite::Result<PickupSlot> {
    let capacity: u32 = r.get("capacity")?;
    let taken: u32 = r.get("taken")?;
    Ok(PickupSlot {
        id: r.get("id")?,
        exhibitor_id: r.get("exhibitor_id")?,
        starts_at: r.get("starts_at")?,
        ends_at: r.get("ends_at")?,
        capacity,
        remaining: capacity.saturating_sub(taken),
    })
}

const SLOT_SELECT: &str = "SELECT s.id, s.exhibitor_id, s.starts_at, s.ends_at, s.capacity,
    (SELECT COUNT(*) FROM order_parts op JOIN orders o ON o.id = op.order_id
     WHERE op.slot_id = s.id AND o.status IN ('awaiting_payment', 'paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')) AS taken
    FROM pickup_slots s";

pub fn pickup_slots(conn: &Connection, exhibitor_id: i64) -> Result<Vec<PickupSlot>> {
    let mut stmt = conn.prepare(&format!(
        "{SLOT_SELECT} WHERE s.exhibitor_id = ? ORDER BY s.starts_at"
    ))?;
    let slots = stmt
        .query_map([exhibitor_id], slot_row)?
        .collect::<Result<_, _>>()?;
    Ok(slots)
}

pub fn slot(conn: &Connection, id: i64) -> Result<Option<PickupSlot>> {
    Ok(conn
        .query_row(&format!("{SLOT_SELECT} WHERE s.id = ?"), [id], slot_row)
        .optional()?)
}
