//! The exhibitor's figures for a period, each one SQL aggregate over the exhibitor's rows.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use expocx_contract::{
    Dashboard, DayFigures, EventName, Funnel, Money, QuoteFigures, StatusCount, TopProduct,
};
use rusqlite::{params, Connection};

use super::{col, loc, venue_tz, Result, STEP};
use crate::rules::dashboard::{average, bounds, fill_days, venue_day};
use crate::rules::quotes::{median, win_rate};

/// Parts of orders that were paid and still stand.
const PAID_STEPS: &str = "('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')";

/// The quarter hour (UTC) an instant falls in, as the buckets name it: `2026-12-03 09:15`.
fn bucket(t: DateTime<Utc>) -> String {
    use chrono::Timelike;
    format!("{}{:02}", t.format("%Y-%m-%d %H:"), t.minute() / 15 * 15)
}
/// The exhibitor's parts (with the order's time and customer copied on, migration 0016): the
/// period's sums read one covering index.
const PARTS: &str = "FROM order_parts op";

fn count(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<u32> {
    Ok(conn
        .query_row(sql, p, |r| r.get::<_, Option<u32>>(0))?
        .unwrap_or(0))
}

/// The figures of `exhibitor` for venue days `from` to `to` (inclusive), as of `now`.
pub fn dashboard(
    conn: &Connection,
    exhibitor: i64,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Dashboard> {
    let tz = venue_tz(conn)?;
    let (start, end) = bounds(from, to, tz);
    let money = |amount_minor| Money {
        amount_minor,
        currency: "CNY".into(),
    };
    // The period's sums come from the quarter-hour buckets (migration 0019).
    let (start, end) = (bucket(start), bucket(end));
    let in_period = "b.exhibitor_id = ?1 AND b.bucket >= ?2 AND b.bucket < ?3";
    let (orders, revenue, repeat_orders): (u32, i64, u32) = conn.query_row(
        &format!(
            "SELECT COALESCE(SUM(b.parts), 0), COALESCE(SUM(b.revenue_minor), 0), COALESCE(SUM(b.repeats), 0)
             FROM part_buckets b WHERE {in_period} AND b.step IN {PAID_STEPS}"
        ),
        params![exhibitor, start, end],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT b.step AS step, SUM(b.parts) FROM part_buckets b WHERE {in_period}
         GROUP BY b.step HAVING SUM(b.parts) > 0 ORDER BY 2 DESC, 1"
    ))?;
    let by_status = stmt
        .query_map(params![exhibitor, start, end], |r| {
            Ok(StatusCount {
                status: col(r, "step")?,
                count: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    // Each venue day (its own instants, so a summer-time change is right) is one bucket range.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT COALESCE(SUM(b.revenue_minor), 0), COALESCE(SUM(b.parts), 0) FROM part_buckets b
         WHERE {in_period} AND b.step IN {PAID_STEPS}"
    ))?;
    let mut rows: Vec<(NaiveDate, i64, u32)> = Vec::new();
    for day in from.iter_days().take_while(|d| *d <= to) {
        let (day_start, day_end) = bounds(day, day, tz);
        let (revenue, orders) = stmt.query_row(
            params![exhibitor, bucket(day_start), bucket(day_end)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        rows.push((day, revenue, orders));
    }
    let daily = fill_days(from, to, &rows)
        .into_iter()
        .map(|(day, revenue, orders)| DayFigures {
            day: day.into(),
            revenue: money(revenue),
            orders,
        })
        .collect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT b.product_id, COALESCE((SELECT name_json FROM products WHERE id = b.product_id), '{{}}'),
                SUM(b.quantity), SUM(b.revenue_minor) AS revenue
         FROM sales_buckets b WHERE {in_period}
         GROUP BY b.product_id HAVING SUM(b.quantity) > 0 ORDER BY revenue DESC, b.product_id LIMIT 5"
    ))?;
    let top_products = stmt
        .query_map(params![exhibitor, start, end], |r| {
            Ok(TopProduct {
                product_id: r.get(0)?,
                name: loc(&r.get::<_, String>(1)?),
                quantity: r.get(2)?,
                revenue: money(r.get(3)?),
            })
        })?
        .collect::<Result<_, _>>()?;
    let (start, end) = bounds(from, to, tz);
    let (today_start, today_end) = bounds(venue_day(now, tz), venue_day(now, tz), tz);
    let waiting = "('paid', 'confirmed', 'ready_for_pickup')";
    let (pickups_today, pickups_next_hour): (u32, Option<u32>) = conn.query_row(
        &format!(
            "SELECT COUNT(*), SUM(s.starts_at < ?4 AND s.ends_at > ?5) {PARTS}
             JOIN pickup_slots s ON s.id = op.slot_id
             WHERE op.exhibitor_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3
               AND ({STEP}) IN {waiting}"
        ),
        params![
            exhibitor,
            today_start,
            today_end,
            now + Duration::hours(1),
            now
        ],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (open_tickets, overdue_tickets): (u32, Option<u32>) = conn.query_row(
        "SELECT COUNT(*), SUM(first_answer_at IS NULL AND respond_by < ?2) FROM tickets
         WHERE exhibitor_id = ?1 AND status NOT IN ('resolved', 'closed')",
        params![exhibitor, now],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let open_returns = count(
        conn,
        "SELECT COUNT(*) FROM returns WHERE exhibitor_id = ? AND status IN ('requested', 'approved', 'received')",
        [exhibitor],
    )?;
    let events = "SELECT COUNT(*) FROM analytics_events e JOIN products p ON p.id = e.product_id
                  WHERE p.exhibitor_id = ?1 AND e.at >= ?2 AND e.at < ?3 AND e.name = ?4";
    let funnel = Funnel {
        views: count(
            conn,
            events,
            params![exhibitor, start, end, EventName::ProductViewed],
        )?,
        added_to_cart: count(
            conn,
            events,
            params![exhibitor, start, end, EventName::AddedToCart],
        )?,
        orders,
        repeat_orders,
    };
    Ok(Dashboard {
        from: from.into(),
        to: to.into(),
        revenue: money(revenue),
        orders,
        average_order: money(average(revenue, orders)),
        by_status,
        pickups_today,
        pickups_next_hour: pickups_next_hour.unwrap_or(0),
        open_tickets,
        overdue_tickets: overdue_tickets.unwrap_or(0),
        open_returns,
        top_products,
        funnel,
        daily,
        quotes: quote_figures(conn, exhibitor, (start, end), now)?,
    })
}

/// The quote desk's figures for quotes asked between `start` and `end`.
fn quote_figures(
    conn: &Connection,
    exhibitor: i64,
    (start, end): (DateTime<Utc>, DateTime<Utc>),
    now: DateTime<Utc>,
) -> Result<QuoteFigures> {
    let asked = "exhibitor_id = ?1 AND created_at >= ?2 AND created_at < ?3";
    let (requested, quoted, accepted, ordered, decided): (u32, u32, u32, u32, u32) = conn
        .query_row(
            &format!(
                "SELECT COUNT(*), COUNT(first_answered_at),
                    COALESCE(SUM(status IN ('accepted', 'ordered')), 0),
                    COALESCE(SUM(status = 'ordered'), 0),
                    COALESCE(SUM(status IN ('accepted', 'ordered', 'declined', 'withdrawn')
                                 OR (status = 'quoted' AND valid_end <= ?4)), 0)
             FROM quotes WHERE {asked}"
            ),
            params![exhibitor, start, end, now],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    let pipeline: Option<i64> = conn.query_row(
        "SELECT SUM(total_minor) FROM quotes
         WHERE exhibitor_id = ? AND status = 'quoted' AND valid_end > ?",
        params![exhibitor, now],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT CAST((julianday(first_answered_at) - julianday(created_at)) * 1440 AS INTEGER)
         FROM quotes WHERE {asked} AND first_answered_at IS NOT NULL"
    ))?;
    let minutes = stmt
        .query_map(params![exhibitor, start, end], |r| r.get(0))?
        .collect::<Result<Vec<i64>, _>>()?;
    Ok(QuoteFigures {
        requested,
        quoted,
        accepted,
        ordered,
        pipeline: pipeline.map(|amount_minor| Money {
            amount_minor,
            currency: "CNY".into(),
        }),
        median_first_answer_minutes: median(minutes),
        win_rate_bp: win_rate(accepted, decided),
    })
}
