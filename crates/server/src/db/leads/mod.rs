//! Leads (issue 25): SQL for `leads`, `lead_notes` and `lead_settings`. A badge lead's contact
//! details are joined live from the visitor's account, and only while the visitor's latest
//! decision for this exhibitor shares them (never copied here); the domain layer scores them.

use chrono::{DateTime, Utc};
use expocx_contract::leads::{
    LeadAnswer, LeadContact, LeadEdit, LeadSource, LeadStaff, LeadStatus, LeadSummary,
};
use expocx_contract::Page;
use rusqlite::{named_params, params, Connection, OptionalExtension, Row};

mod notes;
mod scores;

pub use notes::{note, note_count, notes, save_settings, settings};
pub use scores::{activity_all, score_rows, Activity, ScoreRow};

use super::{col, json, Codec, Error, Result};

impl Codec for LeadStatus {
    const ALL: &'static [Self] = &LeadStatus::ALL;
    fn code(self) -> &'static str {
        self.as_str()
    }
}

impl Codec for LeadSource {
    const ALL: &'static [Self] = &[LeadSource::Badge, LeadSource::Card];
    fn code(self) -> &'static str {
        match self {
            LeadSource::Badge => "badge",
            _ => "card",
        }
    }
}

/// A lead as stored, with what the domain needs to finish it (tier, score).
pub struct LeadRow {
    pub summary: LeadSummary,
    pub exhibitor_id: i64,
    pub user_id: Option<i64>,
    pub shares: bool,
    pub trade_buyer: bool,
    pub answers: Vec<LeadAnswer>,
    pub scanned_by: Option<LeadStaff>,
    pub version: i64,
}

/// Every lead with its live contact (shared or typed); filtered and ordered by the caller.
const LEADS: &str = "SELECT * FROM (
    SELECT l.*, u.display_name AS u_name, u.email AS u_email, u.phone AS u_phone,
           u.company AS u_company, u.job_title AS u_title,
           a.display_name AS a_name, s.display_name AS s_name,
           COALESCE((SELECT r.granted FROM consent_receipts r
                     WHERE r.user_id = l.user_id AND r.exhibitor_id = l.exhibitor_id
                     ORDER BY r.seq DESC LIMIT 1), 0) AS shares
    FROM leads l LEFT JOIN users u ON u.id = l.user_id
    LEFT JOIN users a ON a.id = l.assignee_id LEFT JOIN users s ON s.id = l.scanned_by) x";

pub(super) fn staff(r: &Row, id: &str, name: &str) -> rusqlite::Result<Option<LeadStaff>> {
    Ok(match r.get::<_, Option<i64>>(id)? {
        Some(user_id) => Some(LeadStaff {
            user_id,
            name: r.get::<_, Option<String>>(name)?.unwrap_or_default(),
        }),
        None => None,
    })
}

fn row(r: &Row) -> rusqlite::Result<LeadRow> {
    let source: LeadSource = col(r, "source")?;
    let shares: bool = r.get("shares")?;
    let user_id: Option<i64> = r.get("user_id")?;
    let text = |c: &str| -> rusqlite::Result<String> {
        Ok(r.get::<_, Option<String>>(c)?.unwrap_or_default())
    };
    let contact = match source {
        LeadSource::Card => Some(LeadContact {
            name: text("card_name")?,
            company: text("card_company")?,
            title: text("card_title")?,
            email: text("card_email")?,
            phone: text("card_phone")?,
        }),
        _ if shares && user_id.is_some() => Some(LeadContact {
            name: text("u_name")?,
            company: text("u_company")?,
            title: text("u_title")?,
            email: text("u_email")?,
            phone: text("u_phone")?,
        }),
        _ => None,
    };
    let answers: String = r.get("answers_json")?;
    Ok(LeadRow {
        summary: LeadSummary {
            id: r.get("id")?,
            source,
            tier: None,
            contact,
            status: col(r, "status")?,
            rating: r.get("rating")?,
            assignee: staff(r, "assignee_id", "a_name")?,
            first_seen_at: r.get::<_, DateTime<Utc>>("first_seen_at")?.into(),
            last_seen_at: r.get::<_, DateTime<Utc>>("last_seen_at")?.into(),
            scans: r.get("scans")?,
            score: 0,
            qualified: false,
            erased: r.get("erased")?,
        },
        exhibitor_id: r.get("exhibitor_id")?,
        user_id,
        shares,
        trade_buyer: !text("u_company")?.trim().is_empty(),
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        scanned_by: staff(r, "scanned_by", "s_name")?,
        version: r.get("version")?,
    })
}

/// A filter of the lead list.
#[derive(Debug, Default, Clone)]
pub struct LeadFilter {
    pub status: Option<LeadStatus>,
    /// Words in the name or company of a contact the lead shows (never a hidden one).
    pub q: Option<String>,
    pub assignee: Option<i64>,
}

/// Words in a name or company the lead shows: typed on a card, or shared with this exhibitor
/// (a hidden contact is never searchable).
const SEARCH: &str = "(x.card_name LIKE :q OR x.card_company LIKE :q
    OR (x.shares = 1 AND (x.u_name LIKE :q OR x.u_company LIKE :q)))";

fn like(q: &Option<String>) -> Option<String> {
    q.as_ref()
        .map(|q| q.trim().replace(['%', '_'], ""))
        .filter(|q| !q.is_empty())
        .map(|q| format!("%{q}%"))
}

/// The filter on the lead's own columns (what a search needs too is in `SEARCH`).
const OWN: &str = "x.exhibitor_id = :ex
    AND (:status IS NULL OR x.status = :status)
    AND (:assignee IS NULL OR x.assignee_id = :assignee)";

/// A page of the exhibitor's leads, last seen first. The page's ids come from the leads table
/// alone (its index), and only those rows are joined with their contacts; a search, which must
/// look at the shared contacts, joins every row it filters.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    f: &LeadFilter,
    (page, limit): (u32, u32),
) -> Result<Page<LeadRow>> {
    let status = f.status.map(Codec::code);
    let offset = Page::<()>::offset(page, limit);
    let order = "ORDER BY x.last_seen_at DESC, x.id DESC LIMIT :limit OFFSET :offset";
    let (total, ids): (u64, Vec<i64>) = match like(&f.q) {
        None => {
            let p = named_params! {":ex": exhibitor_id, ":status": status, ":assignee": f.assignee};
            let total = conn.query_row(
                &format!("SELECT COUNT(*) FROM leads x WHERE {OWN}"),
                p,
                |r| r.get(0),
            )?;
            let mut stmt =
                conn.prepare_cached(&format!("SELECT x.id FROM leads x WHERE {OWN} {order}"))?;
            let p = named_params! {":ex": exhibitor_id, ":status": status, ":assignee": f.assignee,
            ":limit": limit, ":offset": offset};
            let ids = stmt
                .query_map(p, |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            (total, ids)
        }
        Some(q) => {
            let filter = format!("{OWN} AND {SEARCH}");
            let p = named_params! {":ex": exhibitor_id, ":status": status, ":assignee": f.assignee, ":q": q};
            let total = conn.query_row(
                &format!("SELECT COUNT(*) FROM ({LEADS} WHERE {filter})"),
                p,
                |r| r.get(0),
            )?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT x.id FROM ({LEADS} WHERE {filter}) x {order}"
            ))?;
            let p = named_params! {":ex": exhibitor_id, ":status": status, ":assignee": f.assignee, ":q": q,
            ":limit": limit, ":offset": offset};
            let ids = stmt
                .query_map(p, |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            (total, ids)
        }
    };
    let items = ids
        .iter()
        .map(|id| get(conn, exhibitor_id, *id))
        .filter_map(Result::transpose)
        .collect::<Result<_>>()?;
    Ok(Page {
        items,
        page,
        limit,
        total,
    })
}

/// Every lead of the exhibitor (the CSV), last seen first.
pub fn all(conn: &Connection, exhibitor_id: i64) -> Result<Vec<LeadRow>> {
    let mut stmt = conn.prepare(&format!(
        "{LEADS} WHERE x.exhibitor_id = ? ORDER BY x.last_seen_at DESC, x.id DESC"
    ))?;
    let rows = stmt.query_map([exhibitor_id], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Lead `id` of this exhibitor (`None` for another exhibitor's).
pub fn get(conn: &Connection, exhibitor_id: i64, id: i64) -> Result<Option<LeadRow>> {
    Ok(conn
        .query_row(
            &format!("{LEADS} WHERE x.id = ? AND x.exhibitor_id = ?"),
            params![id, exhibitor_id],
            row,
        )
        .optional()?)
}

/// A badge scan: creates the visitor's lead at this exhibitor or counts another scan on it.
pub fn scanned(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    staff_id: i64,
    at: DateTime<Utc>,
) -> Result<i64> {
    Ok(conn.query_row(
        "INSERT INTO leads (exhibitor_id, source, user_id, scanned_by, scans, first_seen_at, last_seen_at)
         VALUES (?1, 'badge', ?2, ?3, 1, ?4, ?4)
         ON CONFLICT (exhibitor_id, user_id) WHERE user_id IS NOT NULL DO UPDATE SET
             scans = scans + 1,
             first_seen_at = min(first_seen_at, excluded.first_seen_at),
             last_seen_at = max(last_seen_at, excluded.last_seen_at),
             version = version + 1
         RETURNING id",
        params![exhibitor_id, user_id, staff_id, at],
        |r| r.get(0),
    )?)
}

/// A lead typed in from a business card.
pub fn card(
    conn: &Connection,
    exhibitor_id: i64,
    staff_id: i64,
    c: &LeadContact,
    at: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO leads (exhibitor_id, source, scanned_by, card_name, card_company, card_title,
             card_email, card_phone, first_seen_at, last_seen_at)
         VALUES (?, 'card', ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            exhibitor_id,
            staff_id,
            c.name.trim(),
            c.company.trim(),
            c.title.trim(),
            c.email.trim(),
            c.phone.trim(),
            at,
            at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The follow-up fields, if the lead is still at `version` (`Stale` otherwise).
pub fn edit(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    version: i64,
    e: &LeadEdit,
    now: DateTime<Utc>,
) -> Result<()> {
    let n = conn.execute(
        "UPDATE leads SET status = ?, rating = ?, assignee_id = ?, answers_json = ?,
             last_seen_at = max(last_seen_at, ?), version = version + 1
         WHERE id = ? AND exhibitor_id = ? AND version = ?",
        params![
            e.status.code(),
            e.rating,
            e.assignee,
            json(&e.answers),
            now,
            id,
            exhibitor_id,
            version
        ],
    )?;
    if n == 0 {
        return Err(match get(conn, exhibitor_id, id)? {
            None => Error::NotFound,
            Some(_) => Error::Stale,
        });
    }
    Ok(())
}

/// What the visitor did with this exhibitor's products, for scoring: distinct products viewed
/// (the caller counts them only with the analytics consent), products in the cart now, quotes
/// asked.
pub fn activity(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<(u32, bool, bool)> {
    Ok(conn.query_row(
        "SELECT
           (SELECT COUNT(DISTINCT e.product_id) FROM analytics_events e JOIN products p ON p.id = e.product_id
            WHERE e.user_id = ?1 AND p.exhibitor_id = ?2),
           EXISTS (SELECT 1 FROM cart_lines c JOIN products p ON p.id = c.product_id
                   WHERE c.user_id = ?1 AND p.exhibitor_id = ?2),
           EXISTS (SELECT 1 FROM quotes q WHERE q.buyer_id = ?1 AND q.exhibitor_id = ?2)",
        params![user_id, exhibitor_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

/// The visitor erased their account: their leads stay, anonymous, for the exhibitors' counts;
/// the notes and answers about them go.
pub fn forget_visitor(conn: &Connection, user_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM lead_notes WHERE lead_id IN (SELECT id FROM leads WHERE user_id = ?)",
        [user_id],
    )?;
    conn.execute(
        "UPDATE leads SET user_id = NULL, erased = 1, answers_json = '[]', rating = NULL,
             version = version + 1 WHERE user_id = ?",
        [user_id],
    )?;
    Ok(())
}
