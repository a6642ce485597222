//! Trade buyers' quotes (issue 24): the request and its lines, the exhibitor's revisions, the
//! thread, and the quote's status. What each step means (which steps are open, the order an
//! acceptance places) is `domain::quotes`'; reading them back is `view`.

pub mod view;

use chrono::{DateTime, Utc};
use expocx_contract::quotes::{ChosenOption, QuoteAnswer, QuoteStatus};
use expocx_contract::{configure::Configuration, Day, Localized, Money};
use rusqlite::{params, Connection, OptionalExtension};

use super::{json, Result};
// What `view` needs from the data layer, through its parent.
use super::{loc, Codec};

crate::codec!(QuoteStatus {
    QuoteStatus::Requested => "requested",
    QuoteStatus::Quoted => "quoted",
    QuoteStatus::Accepted => "accepted",
    QuoteStatus::Ordered => "ordered",
    QuoteStatus::Declined => "declined",
    QuoteStatus::Withdrawn => "withdrawn",
    // Never stored: computed from the validity when read (`view`).
    QuoteStatus::Expired => "expired",
    QuoteStatus::Unknown => "unknown",
});

/// A quote as the domain layer checks it before a step.
#[derive(Debug, Clone)]
pub struct Head {
    pub id: i64,
    pub exhibitor_id: i64,
    pub buyer_id: Option<i64>,
    pub status: QuoteStatus,
    pub version: i64,
    pub valid_end: Option<DateTime<Utc>>,
    pub order_id: Option<i64>,
    pub accepted_version: Option<i64>,
    pub revisions: i64,
    pub currency: String,
}

/// The quote `id` whoever asks (callers check whose it is).
pub fn head(conn: &Connection, id: i64) -> Result<Option<Head>> {
    Ok(conn
        .query_row(
            "SELECT id, exhibitor_id, buyer_id, status, version, valid_end, order_id,
                    accepted_version, currency,
                    (SELECT COUNT(*) FROM quote_revisions r WHERE r.quote_id = q.id) AS revisions
             FROM quotes q WHERE id = ?",
            [id],
            |r| {
                Ok(Head {
                    id: r.get("id")?,
                    exhibitor_id: r.get("exhibitor_id")?,
                    buyer_id: r.get("buyer_id")?,
                    status: super::col(r, "status")?,
                    version: r.get("version")?,
                    valid_end: r.get("valid_end")?,
                    order_id: r.get("order_id")?,
                    accepted_version: r.get("accepted_version")?,
                    revisions: r.get("revisions")?,
                    currency: r.get("currency")?,
                })
            },
        )
        .optional()?)
}

/// A line as it is stored with a new request: the product's name, the configuration and the
/// list unit price the backend computed for it.
pub struct NewLine {
    pub product_id: i64,
    pub name: Localized,
    pub configuration: Configuration,
    pub chosen: Vec<ChosenOption>,
    pub list_unit: Money,
}

/// What a new request records besides its lines.
pub struct NewRequest<'a> {
    pub exhibitor_id: i64,
    pub buyer_id: i64,
    pub buyer_company: &'a str,
    pub needed_by: Option<Day>,
    pub region: &'a str,
    pub answer_by: DateTime<Utc>,
}

/// Writes a new request and its lines; answers its id (its number is `Q{yy}-{id:06}`).
pub fn insert(
    tx: &Connection,
    q: &NewRequest,
    lines: &[NewLine],
    now: DateTime<Utc>,
) -> Result<i64> {
    let currency = lines
        .first()
        .map_or("CNY".to_string(), |l| l.list_unit.currency.clone());
    tx.execute(
        "INSERT INTO quotes (number, exhibitor_id, buyer_id, status, needed_by, region,
            buyer_company, answer_by, currency, created_at, updated_at)
         VALUES (?, ?, ?, 'requested', ?, ?, ?, ?, ?, ?, ?)",
        params![
            format!("pending-{}", crate::ids::random_hex(8)),
            q.exhibitor_id,
            q.buyer_id,
            q.needed_by.map(|d| *d),
            q.region.trim(),
            q.buyer_company,
            q.answer_by,
            currency,
            now,
            now
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "UPDATE quotes SET number = ? WHERE id = ?",
        params![format!("Q{}-{id:06}", now.format("%y")), id],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO quote_lines (quote_id, position, product_id, name_json, configuration_json,
            chosen_json, list_unit_minor) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )?;
    for (i, l) in lines.iter().enumerate() {
        stmt.execute(params![
            id,
            i as i64,
            l.product_id,
            json(&l.name),
            json(&l.configuration),
            json(&l.chosen),
            l.list_unit.amount_minor
        ])?;
    }
    Ok(id)
}

/// The list unit price and quantity of each of quote `id`'s lines, in order.
pub fn list_units(conn: &Connection, id: i64) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT list_unit_minor, json_extract(configuration_json, '$.quantity')
         FROM quote_lines WHERE quote_id = ? ORDER BY position",
    )?;
    let units = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(units)
}

/// Moves quote `id` to `status` if it is still at `version`; answers whether it did (someone
/// else's step first: no).
pub fn set_status(
    tx: &Connection,
    id: i64,
    version: i64,
    status: QuoteStatus,
    now: DateTime<Utc>,
) -> Result<bool> {
    use super::Codec;
    let n = tx.execute(
        "UPDATE quotes SET status = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
        params![status.code(), now, id, version],
    )?;
    Ok(n == 1)
}

/// The buyer asked for a change: the quote waits for an answer again, due by `answer_by`.
pub fn reopen(tx: &Connection, id: i64, answer_by: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE quotes SET answer_by = ? WHERE id = ?",
        params![answer_by, id],
    )?;
    Ok(())
}

/// The revision an answer makes: its unit prices and total as computed, and the instant its
/// validity ends.
pub struct NewRevision<'a> {
    pub answer: &'a QuoteAnswer,
    pub units: &'a [i64],
    pub total_minor: i64,
    pub valid_end: DateTime<Utc>,
    pub staff_id: i64,
}

/// Records the next revision of quote `id` (at `version`): the quote is `quoted`, with the
/// revision's total and validity. `false` when the version moved meanwhile.
pub fn add_revision(
    tx: &Connection,
    id: i64,
    version: i64,
    r: &NewRevision,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = tx.execute(
        "UPDATE quotes SET status = 'quoted', version = version + 1, updated_at = ?1,
            first_answered_at = COALESCE(first_answered_at, ?1), valid_until = ?2,
            valid_end = ?3, total_minor = ?4
         WHERE id = ?5 AND version = ?6",
        params![
            now,
            *r.answer.valid_until,
            r.valid_end,
            r.total_minor,
            id,
            version
        ],
    )?;
    if n != 1 {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO quote_revisions (quote_id, number, answer_json, units_json, total_minor,
            staff_id, created_at)
         VALUES (?1, (SELECT COUNT(*) + 1 FROM quote_revisions WHERE quote_id = ?1), ?2, ?3, ?4, ?5, ?6)",
        params![id, json(r.answer), json(&r.units), r.total_minor, r.staff_id, now],
    )?;
    Ok(true)
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy)]
pub enum Writer {
    Buyer(i64),
    Staff { user_id: i64, internal: bool },
}

/// Adds a message to quote `id`'s thread (the quote's version stays: a message does not
/// change what can be accepted).
pub fn add_message(
    tx: &Connection,
    id: i64,
    who: Writer,
    text: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let (author, member, staff, internal) = match who {
        Writer::Buyer(u) => ("member", Some(u), None, false),
        Writer::Staff { user_id, internal } => ("staff", None, Some(user_id), internal),
    };
    tx.execute(
        "INSERT INTO quote_messages (quote_id, author, member_id, staff_id, text, internal, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![id, author, member, staff, text.trim(), internal, now],
    )?;
    tx.execute(
        "UPDATE quotes SET updated_at = ? WHERE id = ?",
        params![now, id],
    )?;
    Ok(())
}

/// How many messages quote `id` has.
pub fn message_count(conn: &Connection, id: i64) -> Result<usize> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM quote_messages WHERE quote_id = ?",
        [id],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

/// Assigns quote `id` to a staff member (or nobody).
pub fn set_assignee(
    tx: &Connection,
    id: i64,
    user_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE quotes SET assignee_id = ?, updated_at = ? WHERE id = ?",
        params![user_id, now, id],
    )?;
    Ok(())
}

/// Accepting placed `order_id` from the quote at `version` (kept so that the same acceptance
/// sent again answers the same order).
pub fn set_ordered(
    tx: &Connection,
    id: i64,
    version: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = tx.execute(
        "UPDATE quotes SET status = 'ordered', order_id = ?, accepted_version = ?,
            version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
        params![order_id, version, now, id, version],
    )?;
    Ok(n == 1)
}

/// The buyer's open quotes (requested or quoted).
pub fn open_of_buyer(conn: &Connection, buyer_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM quotes WHERE buyer_id = ? AND status IN ('requested', 'quoted')",
    )?;
    let ids = stmt
        .query_map([buyer_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Quoted quotes whose validity ends within (`now`, `until`] and whose buyer was not told yet.
pub fn expiring(
    conn: &Connection,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<(i64, i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, buyer_id, number FROM quotes
         WHERE status = 'quoted' AND buyer_id IS NOT NULL AND valid_end > ? AND valid_end <= ?
           AND expiry_told_at IS NULL",
    )?;
    let rows = stmt
        .query_map(params![now, until], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The buyer was told quote `id` expires soon.
pub fn expiry_told(tx: &Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE quotes SET expiry_told_at = ? WHERE id = ?",
        params![now, id],
    )?;
    Ok(())
}
