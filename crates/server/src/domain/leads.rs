//! Leads (issue 25): a scan or a card becomes a lead; staff qualify it; the exhibitor's own
//! rules score it (`expocx_contract::leads::score`, pure and table-tested), live on every read.
//! Contact details follow the visitor's decision for this exhibitor at the moment of reading.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use expocx_contract::leads::{
    score, Lead, LeadEdit, LeadFacts, LeadSettings, LeadSource, LeadSummary, NewCardLead,
    LEAD_NOTES_MAX,
};
use expocx_contract::{purpose, ErrorCode, FieldErrorCode, Page};
use rusqlite::Connection;

use super::consent;
use crate::db::consent::Subject;
use crate::db::idempotency::{replayed_id, store_idempotent_response, StoredResponse};
use crate::db::leads::{self as data, LeadFilter, LeadRow};
use crate::db::{membership, Error, Result};

/// The lead as staff see it now: tier, score and its parts.
fn finish(
    conn: &Connection,
    settings: &LeadSettings,
    row: &LeadRow,
    now: DateTime<Utc>,
) -> Result<(LeadSummary, expocx_contract::leads::LeadScore)> {
    let mut facts = LeadFacts {
        scanned: row.summary.source == LeadSource::Badge,
        answers: row.answers.clone(),
        age_days: (now - DateTime::<Utc>::from(row.summary.last_seen_at))
            .num_days()
            .max(0) as u32,
        ..LeadFacts::default()
    };
    let mut summary = row.summary.clone();
    if let Some(user) = row.user_id {
        let (viewed, in_cart, quoted) = data::activity(conn, row.exhibitor_id, user)?;
        let analytics = consent::allows(conn, &Subject::User(user), purpose::ANALYTICS)?;
        facts.products_viewed = analytics.then_some(viewed);
        facts.in_cart = in_cart;
        facts.requested_quote = quoted;
        facts.trade_buyer = row.trade_buyer;
        summary.tier = Some(membership::membership(conn, user, now)?.tier);
    }
    let s = score(settings, &facts);
    summary.score = s.points;
    summary.qualified = s.qualified;
    Ok((summary, s))
}

/// Every lead's score at `now`, by lead id: the same facts `finish` reads for one lead, read for
/// all at once (a view counts only with the visitor's analytics consent, as there).
pub fn scores(
    conn: &Connection,
    exhibitor_id: i64,
    now: DateTime<Utc>,
) -> Result<HashMap<i64, i32>> {
    let settings = data::settings(conn, exhibitor_id)?;
    let activity = data::activity_all(conn, exhibitor_id)?;
    let mut out = HashMap::new();
    for row in data::score_rows(conn, exhibitor_id)? {
        let mut facts = LeadFacts {
            scanned: row.source == LeadSource::Badge,
            answers: row.answers,
            age_days: (now - row.last_seen_at).num_days().max(0) as u32,
            ..LeadFacts::default()
        };
        if let Some(user) = row.user_id {
            let viewed = activity.viewed.get(&user).copied().unwrap_or(0);
            let counted =
                viewed > 0 && consent::allows(conn, &Subject::User(user), purpose::ANALYTICS)?;
            facts.products_viewed = counted.then_some(viewed);
            facts.in_cart = activity.in_cart.contains(&user);
            facts.requested_quote = activity.quoted.contains(&user);
            facts.trade_buyer = row.trade_buyer;
        }
        out.insert(row.lead_id, score(&settings, &facts).points);
    }
    Ok(out)
}

/// A page of the exhibitor's leads.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    filter: &LeadFilter,
    paged: (u32, u32),
    now: DateTime<Utc>,
) -> Result<Page<LeadSummary>> {
    let settings = data::settings(conn, exhibitor_id)?;
    let page = data::list(conn, exhibitor_id, filter, paged)?;
    let items = page
        .items
        .iter()
        .map(|r| finish(conn, &settings, r, now).map(|(s, _)| s))
        .collect::<Result<_>>()?;
    Ok(Page {
        items,
        page: page.page,
        limit: page.limit,
        total: page.total,
    })
}

/// Lead `id` of this exhibitor with its notes and its score's parts.
pub fn get(conn: &Connection, exhibitor_id: i64, id: i64, now: DateTime<Utc>) -> Result<Lead> {
    let row = data::get(conn, exhibitor_id, id)?.ok_or(Error::NotFound)?;
    let settings = data::settings(conn, exhibitor_id)?;
    let (summary, score) = finish(conn, &settings, &row, now)?;
    Ok(Lead {
        summary,
        scanned_by: row.scanned_by.clone(),
        shares_contact: row.shares,
        answers: row.answers.clone(),
        notes: data::notes(conn, id)?,
        score,
        version: row.version,
    })
}

/// The first answer to an idempotent write with this key, if it was made before.
fn replay(conn: &Connection, scope: &str, key: Option<(&str, &str)>) -> Result<Option<i64>> {
    match key {
        Some((key, hash)) => replayed_id(conn, scope, key, hash),
        None => Ok(None),
    }
}

fn remember(
    conn: &Connection,
    scope: &str,
    key: Option<(&str, &str)>,
    id: i64,
    staff_id: i64,
) -> Result<()> {
    if let Some((key, hash)) = key {
        let stored = StoredResponse {
            request_hash: hash.to_string(),
            status: 201,
            body: id.to_string(),
        };
        store_idempotent_response(conn, scope, key, &stored, Some(staff_id))?;
    }
    Ok(())
}

/// Records a badge scan on the visitor's lead at this exhibitor; the same `Idempotency-Key`
/// (a scan queued offline and sent twice) counts once. Returns the lead and whether the visitor
/// is to be asked to share their contact (their first scan here), and whether this was a replay.
pub fn scanned(
    conn: &mut Connection,
    (exhibitor_id, staff_id): (i64, i64),
    user_id: i64,
    key: Option<(&str, &str)>,
    at: DateTime<Utc>,
) -> Result<(i64, bool, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("scan:{exhibitor_id}");
    if let Some(id) = replay(&tx, &scope, key)? {
        return Ok((id, false, true));
    }
    let id = data::scanned(&tx, exhibitor_id, user_id, staff_id, at)?;
    let ask = crate::db::shares::ask(&tx, user_id, exhibitor_id, at)?;
    remember(&tx, &scope, key, id, staff_id)?;
    tx.commit()?;
    Ok((id, ask, false))
}

/// A lead typed in from a business card (one per `Idempotency-Key`); `(id, replayed)`.
pub fn card(
    conn: &mut Connection,
    (exhibitor_id, staff_id): (i64, i64),
    new: &NewCardLead,
    key: Option<(&str, &str)>,
    now: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("card:{exhibitor_id}");
    if let Some(id) = replay(&tx, &scope, key)? {
        return Ok((id, true));
    }
    Error::check(new.validate())?;
    let id = data::card(&tx, exhibitor_id, staff_id, &new.contact, now)?;
    if !new.note.trim().is_empty() {
        data::note(&tx, id, staff_id, &new.note, now)?;
    }
    remember(&tx, &scope, key, id, staff_id)?;
    tx.commit()?;
    Ok((id, false))
}

/// The follow-up fields, if the lead is still at `version` (a colleague's edit in between is
/// `Stale`: the client shows it instead of overwriting it).
pub fn edit(
    conn: &mut Connection,
    exhibitor_id: i64,
    id: i64,
    version: i64,
    e: &LeadEdit,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    data::get(&tx, exhibitor_id, id)?.ok_or(Error::NotFound)?;
    let mut errors = e.validate();
    errors.extend(data::settings(&tx, exhibitor_id)?.check_answers(&e.answers));
    Error::check(errors)?;
    if let Some(u) = e.assignee {
        if !crate::db::team::is_staff_of(&tx, exhibitor_id, u)? {
            return Err(Error::field("assignee", FieldErrorCode::InvalidValue));
        }
    }
    data::edit(&tx, exhibitor_id, id, version, e, now)?;
    tx.commit()?;
    Ok(())
}

/// A note on the lead (one per `Idempotency-Key`: notes written offline are sent again).
pub fn note(
    conn: &mut Connection,
    (exhibitor_id, staff_id): (i64, i64),
    id: i64,
    text: &str,
    key: Option<(&str, &str)>,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    data::get(&tx, exhibitor_id, id)?.ok_or(Error::NotFound)?;
    let scope = format!("lead-note:{id}");
    if replay(&tx, &scope, key)?.is_some() {
        return Ok(());
    }
    if data::note_count(&tx, id)? >= LEAD_NOTES_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "This lead has as many notes as it can keep",
        ));
    }
    let note = data::note(&tx, id, staff_id, text, now)?;
    remember(&tx, &scope, key, note, staff_id)?;
    tx.commit()?;
    Ok(())
}

pub fn settings(conn: &Connection, exhibitor_id: i64) -> Result<LeadSettings> {
    data::settings(conn, exhibitor_id)
}

pub fn save_settings(
    conn: &Connection,
    exhibitor_id: i64,
    s: &LeadSettings,
    now: DateTime<Utc>,
) -> Result<LeadSettings> {
    Error::check(s.validate())?;
    data::save_settings(conn, exhibitor_id, s, now)?;
    data::settings(conn, exhibitor_id)
}

/// The leads CSV: contact fields only as shared at this moment; the export is in the audit
/// trail (who, how many rows), never the rows.
pub fn csv(
    conn: &Connection,
    exhibitor_id: i64,
    staff_id: i64,
    now: DateTime<Utc>,
) -> Result<String> {
    use crate::rules::csv::line;
    let settings = data::settings(conn, exhibitor_id)?;
    let rows = data::all(conn, exhibitor_id)?;
    let mut out = String::from("\u{feff}");
    out.push_str(&line([
        "id",
        "source",
        "status",
        "score",
        "qualified",
        "tier",
        "name",
        "company",
        "title",
        "email",
        "phone",
        "scans",
        "first_seen_at",
        "last_seen_at",
        "rating",
        "assignee",
    ]));
    for r in &rows {
        let (s, _) = finish(conn, &settings, r, now)?;
        let c = s.contact.clone().unwrap_or_default();
        out.push_str(&line([
            s.id.to_string().as_str(),
            &wire(&s.source),
            &wire(&s.status),
            &s.score.to_string(),
            if s.qualified { "yes" } else { "no" },
            &s.tier.map(|t| wire(&t)).unwrap_or_default(),
            &c.name,
            &c.company,
            &c.title,
            &c.email,
            &c.phone,
            &s.scans.to_string(),
            &DateTime::<Utc>::from(s.first_seen_at).to_rfc3339(),
            &DateTime::<Utc>::from(s.last_seen_at).to_rfc3339(),
            &s.rating.map(|r| r.to_string()).unwrap_or_default(),
            &s.assignee.map(|a| a.name).unwrap_or_default(),
        ]));
    }
    let mut e = expocx_contract::AuditEvent::of(expocx_contract::AuditAction::LeadsExported);
    e.rows = Some(rows.len() as u64);
    super::audit::record(conn, exhibitor_id, Some(staff_id), None, &e, now)?;
    Ok(out)
}

/// A wire enum's name (`"badge"`, `"won"`, `"gold"`).
fn wire<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Before the visitor's account is erased: their leads become anonymous (the exhibitors keep
/// the counts), with the notes and answers about them gone.
pub fn before_erasure(conn: &Connection, user_id: i64) -> Result<()> {
    data::forget_visitor(conn, user_id)
}
