//! Campaigns (issue 26): drafts and their life (`draft` → `scheduled` → `sending` → `done`, or
//! `cancelled`; every change with the version the editor read), the live audience count, the
//! batch sender (`send`), the results against the holdout (`results`) and the "stop these"
//! link (`stop`).

pub mod audience;
pub mod results;
pub mod send;
pub mod stop;
mod texts;

use chrono::{DateTime, Utc};
use expocx_contract::campaigns::{
    AudienceFilter, Campaign, CampaignDraft, CampaignStatus, CampaignSummary,
};
use expocx_contract::{FieldError, FieldErrorCode, Page};
use rusqlite::Connection;

use crate::db::campaigns as store;
use crate::db::{Error, Result};

/// Refuses a draft whose numbers or texts are out of bounds, or that names a category or
/// product that does not exist (or another exhibitor's product): `422`, nothing stored.
fn check(conn: &Connection, ex: i64, d: &CampaignDraft) -> Result<()> {
    let mut errors = d.validate();
    check_ids(conn, ex, &d.audience, &mut errors)?;
    if let Some(cat) = d.offer.coupon.as_ref().and_then(|c| c.category_id) {
        if !store::audience::category_exists(conn, cat)? {
            errors.push(FieldError::new(
                "offer.coupon.category_id",
                FieldErrorCode::InvalidValue,
            ));
        }
    }
    Error::check(errors)
}

fn check_ids(
    conn: &Connection,
    ex: i64,
    a: &AudienceFilter,
    errors: &mut Vec<FieldError>,
) -> Result<()> {
    let categories = [
        ("audience.interest_category_id", a.interest_category_id),
        (
            "audience.bought.category_id",
            a.bought.as_ref().and_then(|b| b.category_id),
        ),
    ];
    for (field, id) in categories {
        if let Some(id) = id {
            if !store::audience::category_exists(conn, id)? {
                errors.push(FieldError::new(field, FieldErrorCode::InvalidValue));
            }
        }
    }
    if let Some(p) = a.bought.as_ref().and_then(|b| b.product_id) {
        if !store::audience::product_of(conn, ex, p)? {
            errors.push(FieldError::new(
                "audience.bought.product_id",
                FieldErrorCode::InvalidValue,
            ));
        }
    }
    Ok(())
}

/// The live count of `filter`'s audience (`422` for an empty or out-of-bounds filter).
pub fn count(
    conn: &Connection,
    ex: i64,
    filter: &AudienceFilter,
    now: DateTime<Utc>,
) -> Result<expocx_contract::campaigns::Audience> {
    let mut errors = filter.validate("audience.");
    check_ids(conn, ex, filter, &mut errors)?;
    Error::check(errors)?;
    audience::count(conn, ex, filter, now)
}

/// A new draft.
pub fn create(
    conn: &Connection,
    who: (i64, i64),
    draft: &CampaignDraft,
    now: DateTime<Utc>,
) -> Result<i64> {
    check(conn, who.0, draft)?;
    store::create(conn, who, draft, now)
}

/// A draft or scheduled campaign changed (it keeps its status and send time).
pub fn edit(
    conn: &Connection,
    ex: i64,
    (id, version): (i64, i64),
    draft: &CampaignDraft,
) -> Result<()> {
    let current = store::get(conn, ex, id)?;
    check(conn, ex, draft)?;
    store::update(
        conn,
        ex,
        (id, version),
        (draft, current.status, current.send_at),
    )
}

/// Schedules the campaign for `send_at` (none or past: the sender starts it within a second).
pub fn schedule(
    conn: &Connection,
    ex: i64,
    (id, version): (i64, i64),
    send_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let current = store::get(conn, ex, id)?;
    check(conn, ex, &current.draft)?;
    let at = send_at.filter(|t| *t > now).unwrap_or(now);
    store::update(
        conn,
        ex,
        (id, version),
        (&current.draft, CampaignStatus::Scheduled, Some(at)),
    )
}

/// Cancels the campaign (one sending stops: its undecided members get nothing).
pub fn cancel(
    conn: &Connection,
    ex: i64,
    (id, version): (i64, i64),
    now: DateTime<Utc>,
) -> Result<()> {
    store::cancel(conn, ex, (id, version), now)
}

/// The exhibitor's campaign read whole: progress, outcomes and results.
pub fn read(conn: &Connection, ex: i64, id: i64, now: DateTime<Utc>) -> Result<Campaign> {
    let c = store::get(conn, ex, id)?;
    let (pending, outcomes) = store::outcomes(conn, id)?;
    let audience = outcomes.iter().map(|o| o.members).sum::<u64>() + pending;
    Ok(Campaign {
        id,
        status: c.status,
        send_at: c.send_at.map(Into::into),
        started_at: c.started_at.map(Into::into),
        finished_at: c.finished_at.map(Into::into),
        created_at: c.created_at.into(),
        version: c.version,
        audience,
        pending,
        outcomes,
        results: results::results(conn, &c, now)?,
        draft: c.draft,
    })
}

/// A page of the exhibitor's campaigns.
pub fn list(conn: &Connection, ex: i64, paged: (u32, u32)) -> Result<Page<CampaignSummary>> {
    store::list(conn, ex, paged)
}
