//! Sending, the stored side: the audience recorded with its holdout before anything goes out,
//! the undecided members in batches, and one member's messages, coupon and outcome written in
//! the caller's transaction (the outbox is the record: a restart resumes where it stopped).

use chrono::{DateTime, Utc};
use expocx_contract::{Channel, Localized};
use rusqlite::{params, Connection};

use crate::db::{json, Codec, Result};
use crate::ids::random_hex;

/// Records the audience (`(member, held out)`) and starts sending.
pub fn start(
    conn: &Connection,
    id: i64,
    members: &[(i64, bool)],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO campaign_members (campaign_id, user_id, held_out) VALUES (?, ?, ?)",
    )?;
    for (user, held_out) in members {
        insert.execute(params![id, user, held_out])?;
    }
    conn.execute(
        "UPDATE campaigns SET status = 'sending', started_at = ?, version = version + 1 WHERE id = ?",
        params![now, id],
    )?;
    Ok(())
}

/// Up to `limit` members not decided yet, with whether each is held out.
pub fn pending(conn: &Connection, id: i64, limit: u32) -> Result<Vec<(i64, bool)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT user_id, held_out FROM campaign_members WHERE campaign_id = ? AND outcome IS NULL
         ORDER BY user_id LIMIT ?",
    )?;
    let rows = stmt.query_map(params![id, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Ends sending (every member decided).
pub fn finish(conn: &Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE campaigns SET status = 'done', finished_at = ?, version = version + 1
         WHERE id = ? AND status = 'sending'",
        params![now, id],
    )?;
    Ok(())
}

/// The exhibitor's average paid part (what a percentage coupon is reckoned on).
pub fn average_part(conn: &Connection, ex: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(CAST(AVG(subtotal_minor) AS INTEGER), 0) FROM order_parts
         WHERE exhibitor_id = ? AND step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')",
        [ex],
        |r| r.get(0),
    )?)
}

/// A coupon the campaign gives one member.
pub struct NewCoupon<'a> {
    pub percent_off: Option<u32>,
    pub amount_off_minor: Option<i64>,
    pub min_total_minor: i64,
    pub category_id: Option<i64>,
    pub exhibitor_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub description: &'a Localized,
}

/// Issues the member's coupon of campaign `id`; its code.
pub fn issue_coupon(
    conn: &Connection,
    (id, user): (i64, i64),
    c: &NewCoupon,
    why: &Localized,
    now: DateTime<Utc>,
) -> Result<String> {
    let code = format!("CP-{}", random_hex(5).to_uppercase());
    conn.execute(
        "INSERT INTO coupons (code, percent_off, amount_off_minor, min_total_minor, category_id, exhibitor_id,
           starts_at, ends_at, description_json, owner_user_id, created_at, campaign_id, why_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![code, c.percent_off, c.amount_off_minor, c.min_total_minor, c.category_id, c.exhibitor_id,
            c.starts_at, c.ends_at, json(c.description), user, now, id, json(why)],
    )?;
    Ok(code)
}

/// One row of a member's campaign message: its channel and what became of it.
pub struct Row<'a> {
    pub channel: Channel,
    /// `sent` (in the app), `queued`, `held` (quiet hours) or `skipped`.
    pub status: &'a str,
    pub reason: Option<&'a str>,
    pub send_after: Option<DateTime<Utc>>,
}

/// The member's message of campaign `id` on each channel, as decided; one batch. Messages that
/// go out carry their own "stop these" token.
pub fn write_message(
    conn: &Connection,
    (id, user): (i64, i64),
    (text, why, link): (&Localized, &Localized, &str),
    rows: &[Row],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut batch: Option<i64> = None;
    let mut insert = conn.prepare_cached(
        "INSERT INTO outbox (user_id, batch, kind, channel, text_json, link, status, reason, send_after,
           created_at, campaign_id, why_json, stop_token)
         VALUES (?, COALESCE(?, (SELECT COALESCE(MAX(id), 0) + 1 FROM outbox)), 'offers', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?;
    for r in rows {
        let token = (r.status != "skipped").then(|| random_hex(16));
        insert.execute(params![
            user,
            batch,
            r.channel.code(),
            json(text),
            link,
            r.status,
            r.reason,
            r.send_after,
            now,
            id,
            json(why),
            token
        ])?;
        batch.get_or_insert(conn.last_insert_rowid());
    }
    Ok(())
}

/// Records what became of the member (`eligible`: the guardrails let a message through, or
/// would have for a held-out member).
pub fn decided(
    conn: &Connection,
    (id, user): (i64, i64),
    (outcome, eligible): (&str, bool),
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE campaign_members SET outcome = ?, eligible = ?, decided_at = ?
         WHERE campaign_id = ? AND user_id = ?",
        params![outcome, eligible, now, id, user],
    )?;
    Ok(())
}
