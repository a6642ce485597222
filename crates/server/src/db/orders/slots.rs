//! Booth pickup slots and the room left in each. An order holds its place in a slot while it
//! waits for payment and after; a cancelled or expired order frees it.

use chrono::NaiveDate;
use expocx_contract::{
    ErrorCode, FieldError, FieldErrorCode, PickupSlot, SlotDraft, SLOTS_PER_EXHIBITOR_MAX,
};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::db::{venue_tz, Error, Result};
use crate::rules::slots;

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
     WHERE op.slot_id = s.id AND COALESCE(op.status, '') <> 'cancelled'
       AND o.status IN ('awaiting_payment', 'paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')) AS taken
    FROM pickup_slots s";

pub fn slot(conn: &Connection, id: i64) -> Result<Option<PickupSlot>> {
    Ok(conn
        .query_row(&format!("{SLOT_SELECT} WHERE s.id = ?"), [id], slot_row)
        .optional()?)
}

pub fn pickup_slots(conn: &Connection, exhibitor_id: i64) -> Result<Vec<PickupSlot>> {
    let mut stmt = conn.prepare(&format!(
        "{SLOT_SELECT} WHERE s.exhibitor_id = ? ORDER BY s.starts_at"
    ))?;
    let slots = stmt
        .query_map([exhibitor_id], slot_row)?
        .collect::<Result<_, _>>()?;
    Ok(slots)
}

fn own_slot(conn: &Connection, exhibitor_id: i64, id: i64) -> Result<PickupSlot> {
    slot(conn, id)?
        .filter(|s| s.exhibitor_id == exhibitor_id)
        .ok_or(Error::NotFound)
}

/// Adds a slot to the booth: on the expo's days, over no other slot of the booth.
pub fn create(conn: &Connection, exhibitor_id: i64, d: &SlotDraft) -> Result<PickupSlot> {
    let have = pickup_slots(conn, exhibitor_id)?;
    if have.len() >= SLOTS_PER_EXHIBITOR_MAX as usize {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "The booth has as many pickup slots as it may have",
        ));
    }
    let (first, last): (NaiveDate, NaiveDate) =
        conn.query_row("SELECT starts_on, ends_on FROM expo LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let tz = venue_tz(conn)?;
    let others: Vec<_> = have.iter().map(|s| (*s.starts_at, *s.ends_at)).collect();
    Error::check(slots::place(
        (*d.starts_at, *d.ends_at),
        (first, last, tz),
        &others,
    ))?;
    conn.execute(
        "INSERT INTO pickup_slots (exhibitor_id, starts_at, ends_at, capacity) VALUES (?, ?, ?, ?)",
        params![exhibitor_id, d.starts_at, d.ends_at, d.capacity],
    )?;
    slot(conn, conn.last_insert_rowid())?.ok_or(Error::NotFound)
}

/// Changes a slot's capacity, never below the orders that hold it.
pub fn set_capacity(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    capacity: u32,
) -> Result<PickupSlot> {
    let s = own_slot(conn, exhibitor_id, id)?;
    let taken = s.capacity.saturating_sub(s.remaining);
    if capacity < taken {
        return Err(Error::Invalid(vec![FieldError::new(
            "capacity",
            FieldErrorCode::OutOfRange,
        )
        .with_limit(i64::from(taken))]));
    }
    conn.execute(
        "UPDATE pickup_slots SET capacity = ? WHERE id = ?",
        params![capacity, id],
    )?;
    own_slot(conn, exhibitor_id, id)
}

/// Removes a slot that no order has ever chosen (orders keep their slot for the record).
pub fn delete(conn: &Connection, exhibitor_id: i64, id: i64) -> Result<()> {
    own_slot(conn, exhibitor_id, id)?;
    let used: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM order_parts WHERE slot_id = ?)",
        [id],
        |r| r.get(0),
    )?;
    if used {
        return Err(Error::Conflict(
            ErrorCode::WrongStatus,
            "Orders chose this slot: set its capacity to what they hold instead",
        ));
    }
    conn.execute("DELETE FROM pickup_slots WHERE id = ?", [id])?;
    Ok(())
}
