//! An exhibitor's customers (issue 25): everyone who ordered from it, asked it for a quote or
//! is one of its leads, with what the exhibitor knows of each (orders, cancellations, returns,
//! ticket ratings, their spending at the whole fair, the lead). The values are `rules::customers`'.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use expocx_contract::customers::{CustomerOrder, CustomerQuote, CustomerReturn, CustomerTicket};
use expocx_contract::leads::LeadContact;
use expocx_contract::Money;
use rusqlite::{named_params, Connection};

use super::{col, Result};

/// What one customer did with the exhibitor, as stored.
#[derive(Debug, Clone, Default)]
pub struct CustomerRow {
    pub user_id: i64,
    /// The exhibitor knows the name from an order (in any step) or a quote (a lead's sharing is
    /// `shares`').
    pub known: bool,
    pub orders: u32,
    pub order_days: u32,
    pub first_order_at: Option<DateTime<Utc>>,
    pub last_order_at: Option<DateTime<Utc>>,
    pub revenue_minor: i64,
    pub cancelled: u32,
    pub returns: u32,
    pub last_return_at: Option<DateTime<Utc>>,
    pub ratings: Vec<u8>,
    pub last_low_rating_at: Option<DateTime<Utc>>,
    pub fair_spend_minor: i64,
    pub lead_id: Option<i64>,
    pub last_contact_at: DateTime<Utc>,
}

type Rows = HashMap<i64, CustomerRow>;

/// Runs `sql` (one named parameter, `:ex`) and folds each row into its customer's.
fn fold(
    conn: &Connection,
    rows: &mut Rows,
    sql: &str,
    exhibitor_id: i64,
    mut f: impl FnMut(&mut CustomerRow, &rusqlite::Row) -> rusqlite::Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut q = stmt.query(named_params! {":ex": exhibitor_id})?;
    while let Some(r) = q.next()? {
        let user_id: i64 = r.get("user_id")?;
        let row = rows.entry(user_id).or_insert_with(|| CustomerRow {
            user_id,
            ..Default::default()
        });
        f(row, r)?;
    }
    Ok(())
}

fn later(a: &mut DateTime<Utc>, b: Option<DateTime<Utc>>) {
    if let Some(b) = b.filter(|b| *b > *a) {
        *a = b;
    }
}

/// Every customer of the exhibitor (in no order). The order sums come from `customer_sums` and
/// `fair_spend`, kept by triggers on `order_parts` (migration 0032); each source is read once
/// by its index and the rows are merged here, so the cost is one small row per lead or buyer.
pub fn all(conn: &Connection, exhibitor_id: i64) -> Result<Vec<CustomerRow>> {
    let mut rows = Rows::new();
    fold(
        conn,
        &mut rows,
        "SELECT b.*, COALESCE(f.spend_minor, 0) AS spend FROM customer_sums b
         LEFT JOIN fair_spend f ON f.user_id = b.user_id WHERE b.exhibitor_id = :ex",
        exhibitor_id,
        |c, r| {
            c.known = true;
            c.orders = r.get("orders")?;
            c.order_days = r.get("order_days")?;
            c.first_order_at = r.get("first_at")?;
            c.last_order_at = r.get("last_at")?;
            c.revenue_minor = r.get("revenue_minor")?;
            c.cancelled = r.get("cancelled")?;
            c.fair_spend_minor = r.get("spend")?;
            later(&mut c.last_contact_at, c.last_order_at);
            Ok(())
        },
    )?;
    fold(
        conn,
        &mut rows,
        "SELECT user_id, id, last_seen_at FROM leads
         WHERE exhibitor_id = :ex AND user_id IS NOT NULL",
        exhibitor_id,
        |c, r| {
            c.lead_id = r.get("id")?;
            later(&mut c.last_contact_at, r.get("last_seen_at")?);
            Ok(())
        },
    )?;
    fold(
        conn,
        &mut rows,
        "SELECT buyer_id AS user_id, MAX(updated_at) AS at FROM quotes
         WHERE exhibitor_id = :ex AND buyer_id IS NOT NULL GROUP BY buyer_id",
        exhibitor_id,
        |c, r| {
            c.known = true;
            later(&mut c.last_contact_at, r.get("at")?);
            Ok(())
        },
    )?;
    fold(
        conn,
        &mut rows,
        "SELECT user_id, COUNT(*) AS n, MAX(created_at) AS last_at FROM returns
         WHERE exhibitor_id = :ex GROUP BY user_id",
        exhibitor_id,
        |c, r| {
            c.returns = r.get("n")?;
            c.last_return_at = r.get("last_at")?;
            Ok(())
        },
    )?;
    fold(
        conn,
        &mut rows,
        "SELECT user_id, group_concat(rating_score) AS ratings,
                MAX(CASE WHEN rating_score <= 2 THEN updated_at END) AS low_at
         FROM tickets WHERE exhibitor_id = :ex AND rating_score IS NOT NULL GROUP BY user_id",
        exhibitor_id,
        |c, r| {
            let ratings: String = r.get("ratings")?;
            c.ratings = ratings
                .split(',')
                .filter_map(|s| s.trim().parse().ok())
                .collect();
            c.last_low_rating_at = r.get("low_at")?;
            Ok(())
        },
    )?;
    // Returns and ratings belong to someone who ordered: no customer from them alone.
    Ok(rows
        .into_values()
        .filter(|c| c.known || c.lead_id.is_some())
        .collect())
}

/// An account's display name.
pub fn name(conn: &Connection, user_id: i64) -> Result<String> {
    Ok(conn.query_row(
        "SELECT display_name FROM users WHERE id = ?",
        [user_id],
        |r| r.get(0),
    )?)
}

/// Up to 50 of the customer's orders with the exhibitor (its part of each), latest first.
pub fn orders(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<Vec<CustomerOrder>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, o.number, p.step, p.placed_at, p.subtotal_minor FROM order_parts p
         JOIN orders o ON o.id = p.order_id WHERE p.exhibitor_id = ? AND p.user_id = ?
         ORDER BY p.placed_at DESC, o.id DESC LIMIT 50",
    )?;
    let rows = stmt.query_map([exhibitor_id, user_id], |r| {
        Ok(CustomerOrder {
            id: r.get("id")?,
            number: r.get("number")?,
            status: col(r, "step")?,
            placed_at: r.get::<_, DateTime<Utc>>("placed_at")?.into(),
            subtotal: Money::cny(r.get("subtotal_minor")?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Up to 50 of the customer's quotes with the exhibitor, latest first (`expired` as the desk
/// shows it: quoted and past its validity at `now`).
pub fn quotes(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<CustomerQuote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, total_minor, updated_at,
                CASE WHEN status = 'quoted' AND valid_end <= :now THEN 'expired' ELSE status END
                AS status
         FROM quotes WHERE exhibitor_id = :ex AND buyer_id = :user
         ORDER BY updated_at DESC, id DESC LIMIT 50",
    )?;
    let rows = stmt.query_map(
        named_params! {":ex": exhibitor_id, ":user": user_id, ":now": now},
        |r| {
            Ok(CustomerQuote {
                id: r.get("id")?,
                number: r.get("number")?,
                status: col(r, "status")?,
                total: r.get::<_, Option<i64>>("total_minor")?.map(Money::cny),
                updated_at: r.get::<_, DateTime<Utc>>("updated_at")?.into(),
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Up to 50 of the customer's tickets with the exhibitor, latest first.
pub fn tickets(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<Vec<CustomerTicket>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, subject, status, rating_score, created_at FROM tickets
         WHERE exhibitor_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC LIMIT 50",
    )?;
    let rows = stmt.query_map([exhibitor_id, user_id], |r| {
        Ok(CustomerTicket {
            id: r.get("id")?,
            subject: r.get("subject")?,
            status: col(r, "status")?,
            rating: r.get("rating_score")?,
            created_at: r.get::<_, DateTime<Utc>>("created_at")?.into(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Up to 50 of the customer's returns to the exhibitor, latest first.
pub fn returns(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<Vec<CustomerReturn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, o.number, r.status, r.created_at FROM returns r
         JOIN orders o ON o.id = r.order_id
         WHERE r.exhibitor_id = ? AND r.user_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT 50",
    )?;
    let rows = stmt.query_map([exhibitor_id, user_id], |r| {
        Ok(CustomerReturn {
            id: r.get("id")?,
            order_number: r.get("number")?,
            status: col(r, "status")?,
            created_at: r.get::<_, DateTime<Utc>>("created_at")?.into(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The contact details of an account (shown only while it shares them: the caller checks).
pub fn contact(conn: &Connection, user_id: i64) -> Result<LeadContact> {
    Ok(conn.query_row(
        "SELECT display_name, COALESCE(company, ''), COALESCE(job_title, ''), email,
                COALESCE(phone, '') FROM users WHERE id = ?",
        [user_id],
        |r| {
            Ok(LeadContact {
                name: r.get(0)?,
                company: r.get(1)?,
                title: r.get(2)?,
                email: r.get(3)?,
                phone: r.get(4)?,
            })
        },
    )?)
}
