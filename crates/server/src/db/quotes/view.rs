//! Quotes read back: a list of summaries (the buyer's, or the exhibitor's desk queue) and one
//! quote with its lines, revisions and thread. `expired` is computed here from the latest
//! revision's validity, so a quote left open in a browser cannot pass for a live one.

use chrono::{DateTime, Utc};
use expocx_contract::quotes::{
    QuoteAnswer, QuoteBuyer, QuoteLine, QuoteMessage, QuoteRevision, QuoteStatus, QuoteSummary,
};
use expocx_contract::{Author, Money, Page};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{loc, Codec, Result};

/// Whose quotes a read is about.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    Buyer(i64),
    Desk(i64),
}

/// The effective status (`expired` for a quoted one past its validity), as SQL.
const STATUS: &str = "CASE WHEN q.status = 'quoted' AND q.valid_end <= :now THEN 'expired'
    ELSE q.status END";

fn summary_sql(filter: &str) -> String {
    format!(
        "SELECT q.id, q.number, {STATUS} AS eff, q.exhibitor_id, e.name_json AS ex_name,
                q.buyer_id, u.display_name, q.buyer_company, u.job_title, q.assignee_id,
                (SELECT l.name_json FROM quote_lines l WHERE l.quote_id = q.id
                 ORDER BY l.position LIMIT 1) AS title,
                (SELECT COUNT(*) FROM quote_lines l WHERE l.quote_id = q.id) AS n,
                q.total_minor, q.currency, q.valid_until, q.answer_by, q.created_at, q.updated_at
         FROM quotes q JOIN exhibitors e ON e.id = q.exhibitor_id
              LEFT JOIN users u ON u.id = q.buyer_id
         WHERE {filter}"
    )
}

fn status_of(s: &str) -> QuoteStatus {
    <QuoteStatus as Codec>::parse(s).unwrap_or(QuoteStatus::Unknown)
}

fn summary(r: &Row, desk: bool) -> rusqlite::Result<QuoteSummary> {
    let eff: String = r.get("eff")?;
    let currency: String = r.get("currency")?;
    let total: Option<i64> = r.get("total_minor")?;
    let buyer = desk.then(|| -> rusqlite::Result<QuoteBuyer> {
        Ok(QuoteBuyer {
            name: r
                .get::<_, Option<String>>("display_name")?
                .unwrap_or_default(),
            company: r
                .get::<_, Option<String>>("buyer_company")?
                .unwrap_or_default(),
            title: r.get::<_, Option<String>>("job_title")?.unwrap_or_default(),
        })
    });
    let at = |c: &str| -> rusqlite::Result<DateTime<Utc>> { r.get(c) };
    Ok(QuoteSummary {
        id: r.get("id")?,
        number: r.get("number")?,
        status: status_of(&eff),
        exhibitor_id: r.get("exhibitor_id")?,
        exhibitor_name: loc(&r.get::<_, String>("ex_name")?),
        buyer: buyer.transpose()?,
        assignee_id: if desk { r.get("assignee_id")? } else { None },
        title: loc(&r.get::<_, Option<String>>("title")?.unwrap_or_default()),
        line_count: r.get("n")?,
        total: total.map(|amount_minor| Money {
            amount_minor,
            currency: currency.clone(),
        }),
        valid_until: r.get("valid_until")?,
        answer_by: at("answer_by")?.into(),
        created_at: at("created_at")?.into(),
        updated_at: at("updated_at")?.into(),
    })
}

/// A page of `side`'s quotes, only those in `status` when given. The desk sees the ones
/// waiting for an answer first, soonest due first; then the rest, latest first. A buyer sees
/// theirs latest first.
pub fn list(
    conn: &Connection,
    side: Side,
    status: Option<QuoteStatus>,
    (page, limit): (u32, u32),
    now: DateTime<Utc>,
) -> Result<Page<QuoteSummary>> {
    let (who, id, order) = match side {
        Side::Buyer(u) => ("q.buyer_id", u, "q.updated_at DESC, q.id DESC"),
        Side::Desk(e) => (
            "q.exhibitor_id",
            e,
            "q.status <> 'requested', CASE WHEN q.status = 'requested' THEN q.answer_by END,
             q.updated_at DESC, q.id DESC",
        ),
    };
    let wanted = status.map(Codec::code);
    let filter = format!("{who} = :who AND (:status IS NULL OR {STATUS} = :status)");
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM quotes q WHERE {filter}"),
        rusqlite::named_params! {":who": id, ":status": wanted, ":now": now},
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "{} ORDER BY {order} LIMIT :limit OFFSET :offset",
        summary_sql(&filter)
    ))?;
    let desk = matches!(side, Side::Desk(_));
    let items = stmt
        .query_map(
            rusqlite::named_params! {
                ":who": id, ":status": wanted, ":now": now,
                ":limit": limit, ":offset": (page.saturating_sub(1) as i64) * limit as i64,
            },
            |r| summary(r, desk),
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Page {
        items,
        total,
        page,
        limit,
    })
}

/// Quote `id` as `side` sees it, if it is theirs: its summary, lines, revisions and thread
/// (internal notes only for the desk), and its version, needed-by day, region, order and the
/// buyer's company. `actions` are left empty for the domain layer to fill.
pub fn get(
    conn: &Connection,
    side: Side,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<expocx_contract::quotes::Quote>> {
    let (who, owner) = match side {
        Side::Buyer(u) => ("q.buyer_id", u),
        Side::Desk(e) => ("q.exhibitor_id", e),
    };
    let desk = matches!(side, Side::Desk(_));
    let sql = summary_sql(&format!("q.id = :id AND {who} = :who")).replace(
        "q.updated_at\n",
        "q.updated_at, q.version, q.needed_by, q.region, q.order_id\n",
    );
    let head = conn
        .query_row(
            &sql,
            rusqlite::named_params! {":id": id, ":who": owner, ":now": now},
            |r| {
                Ok((
                    summary(r, desk)?,
                    r.get::<_, i64>("version")?,
                    r.get("needed_by")?,
                    r.get::<_, String>("region")?,
                    r.get::<_, Option<i64>>("order_id")?,
                    r.get::<_, Option<String>>("buyer_company")?,
                ))
            },
        )
        .optional()?;
    let Some((summary, version, needed_by, region, order_id, company)) = head else {
        return Ok(None);
    };
    let currency = summary
        .total
        .as_ref()
        .map_or_else(|| currency_of(conn, id), |m| Ok(m.currency.clone()))?;
    Ok(Some(expocx_contract::quotes::Quote {
        lines: lines(conn, id, &currency)?,
        revisions: revisions(conn, id, &currency)?,
        messages: messages(conn, id, desk)?,
        actions: Vec::new(),
        needed_by,
        region,
        order_id,
        buyer_company: company.unwrap_or_default(),
        version,
        summary,
    }))
}

fn currency_of(conn: &Connection, id: i64) -> Result<String> {
    Ok(
        conn.query_row("SELECT currency FROM quotes WHERE id = ?", [id], |r| {
            r.get(0)
        })?,
    )
}

fn money(amount_minor: i64, currency: &str) -> Money {
    Money {
        amount_minor,
        currency: currency.to_string(),
    }
}

fn lines(conn: &Connection, id: i64, currency: &str) -> Result<Vec<QuoteLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT product_id, name_json, configuration_json, chosen_json, list_unit_minor
         FROM quote_lines WHERE quote_id = ? ORDER BY position",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            let cfg: String = r.get(2)?;
            let chosen: String = r.get(3)?;
            Ok(QuoteLine {
                product_id: r.get(0)?,
                name: loc(&r.get::<_, String>(1)?),
                configuration: serde_json::from_str(&cfg).unwrap_or_default(),
                chosen: serde_json::from_str(&chosen).unwrap_or_default(),
                list_unit: money(r.get(4)?, currency),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn revisions(conn: &Connection, id: i64, currency: &str) -> Result<Vec<QuoteRevision>> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, answer_json, units_json, total_minor, created_at,
                number < (SELECT MAX(number) FROM quote_revisions x WHERE x.quote_id = r.quote_id)
         FROM quote_revisions r WHERE quote_id = ? ORDER BY number",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            let answer: String = r.get(1)?;
            let units: String = r.get(2)?;
            let units: Vec<i64> = serde_json::from_str(&units).unwrap_or_default();
            let at: DateTime<Utc> = r.get(4)?;
            Ok(QuoteRevision {
                number: r.get(0)?,
                units: units.iter().map(|u| money(*u, currency)).collect(),
                total: money(r.get(3)?, currency),
                answer: serde_json::from_str::<QuoteAnswer>(&answer).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        1,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                at: at.into(),
                superseded: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn messages(conn: &Connection, id: i64, desk: bool) -> Result<Vec<QuoteMessage>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, author, text, internal, created_at FROM quote_messages
         WHERE quote_id = ? AND (? OR internal = 0) ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![id, desk], |r| {
            let author: String = r.get(1)?;
            let at: DateTime<Utc> = r.get(4)?;
            Ok(QuoteMessage {
                id: r.get(0)?,
                author: if author == "staff" {
                    Author::Staff
                } else {
                    Author::Member
                },
                // Erased with the buyer who wrote it.
                text: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                internal: r.get(3)?,
                at: at.into(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
