//! Campaigns (issue 26): the stored campaign and its life (`status`, `version`), the audience
//! chosen when sending starts (`campaign_members`), and what the outbox and the coupons hold
//! of it. The decisions are `rules::campaigns`'; `domain::campaigns` puts them together.

pub mod audience;
pub mod facts;
pub mod results;
pub mod send;

use chrono::{DateTime, Utc};
use expocx_contract::campaigns::{CampaignDraft, CampaignStatus, CampaignSummary, OutcomeCount};
use expocx_contract::{Localized, Page};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{col, json, Codec, Error, Result};

impl Codec for CampaignStatus {
    const ALL: &'static [Self] = &[
        CampaignStatus::Draft,
        CampaignStatus::Scheduled,
        CampaignStatus::Sending,
        CampaignStatus::Done,
        CampaignStatus::Cancelled,
    ];
    fn code(self) -> &'static str {
        self.as_str()
    }
}

/// A campaign as stored.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub exhibitor_id: i64,
    pub draft: CampaignDraft,
    pub status: CampaignStatus,
    pub send_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub version: i64,
}

const COLUMNS: &str =
    "id, exhibitor_id, draft_json, status, send_at, started_at, finished_at, created_at, version";

fn stored(r: &Row) -> rusqlite::Result<Stored> {
    let draft: String = r.get("draft_json")?;
    Ok(Stored {
        id: r.get("id")?,
        exhibitor_id: r.get("exhibitor_id")?,
        draft: serde_json::from_str(&draft).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })?,
        status: col(r, "status")?,
        send_at: r.get("send_at")?,
        started_at: r.get("started_at")?,
        finished_at: r.get("finished_at")?,
        created_at: r.get("created_at")?,
        version: r.get("version")?,
    })
}

/// A new draft of the exhibitor's.
pub fn create(
    conn: &Connection,
    (exhibitor_id, staff_id): (i64, i64),
    draft: &CampaignDraft,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO campaigns (exhibitor_id, draft_json, status, created_by, created_at)
         VALUES (?, ?, 'draft', ?, ?)",
        params![exhibitor_id, json(draft), staff_id, now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The exhibitor's campaign `id` (another exhibitor's is not found).
pub fn get(conn: &Connection, exhibitor_id: i64, id: i64) -> Result<Stored> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM campaigns WHERE id = ? AND exhibitor_id = ?"),
        params![id, exhibitor_id],
        stored,
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// Applies `change` to campaign `id` at `version` if it is still open (draft or scheduled);
/// `Stale` when someone changed it since, `wrong_status` once it is sending or over.
pub fn update(
    conn: &Connection,
    exhibitor_id: i64,
    (id, version): (i64, i64),
    (draft, status, send_at): (&CampaignDraft, CampaignStatus, Option<DateTime<Utc>>),
) -> Result<()> {
    let current = get(conn, exhibitor_id, id)?;
    if current.version != version {
        return Err(Error::Stale);
    }
    if !current.status.open() {
        return Err(not_open());
    }
    conn.execute(
        "UPDATE campaigns SET draft_json = ?, status = ?, send_at = ?, version = version + 1
         WHERE id = ? AND version = ?",
        params![json(draft), status.code(), send_at, id, version],
    )?;
    Ok(())
}

fn not_open() -> Error {
    Error::Conflict(
        expocx_contract::ErrorCode::WrongStatus,
        "The campaign is sending or over; it can no longer change",
    )
}

/// Cancels campaign `id` at `version`: a draft or scheduled one, or one still sending (the
/// members not decided yet get nothing).
pub fn cancel(
    conn: &Connection,
    exhibitor_id: i64,
    (id, version): (i64, i64),
    now: DateTime<Utc>,
) -> Result<()> {
    let current = get(conn, exhibitor_id, id)?;
    if current.version != version {
        return Err(Error::Stale);
    }
    if !(current.status.open() || current.status == CampaignStatus::Sending) {
        return Err(not_open());
    }
    conn.execute(
        "UPDATE campaigns SET status = 'cancelled', finished_at = ?, version = version + 1
         WHERE id = ?",
        params![now, id],
    )?;
    Ok(())
}

/// One page of the exhibitor's campaigns, newest first, with their counts.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    (page, limit): (u32, u32),
) -> Result<Page<CampaignSummary>> {
    let total: u64 = conn.query_row(
        "SELECT COUNT(*) FROM campaigns WHERE exhibitor_id = ?",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS},
           (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id) AS audience,
           (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id
              AND m.outcome IN ('sent', 'deferred')) AS reached,
           (SELECT COUNT(*) FROM coupons k WHERE k.campaign_id = c.id
              AND k.used_by_order IS NOT NULL) AS redemptions
         FROM campaigns c WHERE exhibitor_id = ? ORDER BY id DESC LIMIT ? OFFSET ?"
    ))?;
    let offset = Page::<()>::offset(page, limit);
    let items = stmt
        .query_map(params![exhibitor_id, limit, offset], |r| {
            let s = stored(r)?;
            Ok(CampaignSummary {
                id: s.id,
                name: s.draft.name,
                status: s.status,
                channels: s.draft.channels,
                send_at: s.send_at.map(Into::into),
                audience: r.get("audience")?,
                reached: r.get("reached")?,
                redemptions: r.get("redemptions")?,
                created_at: s.created_at.into(),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        total,
        page,
        limit,
    })
}

/// How many members each outcome covers so far, and how many are not decided yet.
pub fn outcomes(conn: &Connection, id: i64) -> Result<(u64, Vec<OutcomeCount>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT outcome, COUNT(*) FROM campaign_members WHERE campaign_id = ?
         GROUP BY outcome ORDER BY COUNT(*) DESC, outcome",
    )?;
    let mut pending = 0;
    let mut out = Vec::new();
    for row in stmt.query_map([id], |r| {
        Ok((r.get::<_, Option<String>>(0)?, r.get::<_, u64>(1)?))
    })? {
        match row? {
            (None, n) => pending = n,
            (Some(outcome), members) => out.push(OutcomeCount { outcome, members }),
        }
    }
    Ok((pending, out))
}

/// Campaigns due to start (scheduled at or before `now`) and those sending, oldest first.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<(i64, CampaignStatus)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status FROM campaigns
         WHERE status = 'sending' OR (status = 'scheduled' AND send_at <= ?) ORDER BY id",
    )?;
    let rows = stmt
        .query_map([now], |r| Ok((r.get(0)?, col(r, "status")?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The campaign (any exhibitor's: the sender's own read).
pub fn by_id(conn: &Connection, id: i64) -> Result<Stored> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM campaigns WHERE id = ?"),
        [id],
        stored,
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// The exhibitor's name (for the "why" texts).
pub fn exhibitor_name(conn: &Connection, exhibitor_id: i64) -> Result<Localized> {
    let name: String = conn.query_row(
        "SELECT name_json FROM exhibitors WHERE id = ?",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    Ok(super::loc(&name))
}
