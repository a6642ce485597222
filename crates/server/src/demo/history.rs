//! The demo's history (`--demo-history`, which `scripts/run.sh` turns on): the last three days
//! of trade at both demo booths, so a new user opening the portal sees figures, orders in every
//! step, after-sales tickets (some rated, some waiting) and returns, and repeat customers, instead
//! of zeros. Relative to now, so "today" on the dashboard is never empty. The tests run without
//! it: they count what they make.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection};

use super::orders::{seed_from, Spread};
use crate::db::Result;

/// The visitors who bought (made-up; they cannot sign in).
const NAMES: [&str; 24] = [
    "周晓雯",
    "Daniel Becker",
    "林志豪",
    "Aiko Tanaka",
    "陈思远",
    "Marta Nowak",
    "黄嘉怡",
    "Oliver Smith",
    "吴俊杰",
    "Chloé Dubois",
    "郑雅婷",
    "Rahul Mehta",
    "孙浩然",
    "Lena Fischer",
    "马丽娟",
    "Carlos Ruiz",
    "许文博",
    "Hannah Kim",
    "高雪梅",
    "Ivan Petrov",
    "何嘉欣",
    "Sara Lindqvist",
    "罗志强",
    "Fatima Zahra",
];

/// Tickets and returns on some of the booth's completed orders.
fn after_sales(conn: &Connection, exhibitor_id: i64, now: DateTime<Utc>) -> Result<()> {
    let done: Vec<(i64, i64, DateTime<Utc>)> = conn
        .prepare(
            "SELECT o.id, o.user_id, o.placed_at FROM orders o JOIN order_parts p ON p.order_id = o.id
             WHERE p.exhibitor_id = ? AND o.status = 'completed' ORDER BY o.id",
        )?
        .query_map([exhibitor_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let ratings = [5, 4, 5, 2, 4, 3, 5];
    for (k, (order, user, placed)) in done.iter().enumerate() {
        let at = (*placed + Duration::hours(3)).min(now - Duration::minutes(30));
        if k % 3 == 1 {
            // Rated and closed, or (some) still waiting for the booth's first answer.
            let open = k % 4 == 0;
            let (status, rating) = if open {
                ("open", None)
            } else {
                ("closed", Some(ratings[k % 7]))
            };
            conn.execute(
                "INSERT INTO tickets (user_id, exhibitor_id, order_id, category, subject, status, respond_by,
                     first_answer_at, rating_score, created_at, updated_at)
                 VALUES (?, ?, ?, 'product_issue', ?, ?, ?, ?, ?, ?, ?)",
                params![user, exhibitor_id, order, "包装有破损 / The box arrived damaged", status,
                        at + Duration::hours(8), (!open).then(|| at + Duration::hours(1)), rating, at, at],
            )?;
            let ticket = conn.last_insert_rowid();
            conn.execute(
                "INSERT INTO ticket_messages (ticket_id, user_id, author, text, created_at) VALUES (?, ?, 'member', ?, ?)",
                params![ticket, user, "外盒有压痕，里面的东西还好吗？The outer box is dented: is what is inside all right?", at],
            )?;
            if !open {
                conn.execute(
                    "INSERT INTO ticket_messages (ticket_id, user_id, author, text, created_at) VALUES (?, ?, 'staff', ?, ?)",
                    params![ticket, user, "已为您更换新包装，请到展位领取。We have a new box for you at the booth.", at + Duration::hours(1)],
                )?;
            }
        }
        if k % 7 == 4 {
            let (product, name, price): (i64, String, i64) = conn.query_row(
                "SELECT l.product_id, l.name_json, l.unit_price_minor FROM order_lines l
                 JOIN order_parts p ON p.id = l.part_id WHERE p.order_id = ? LIMIT 1",
                [order],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let status = if k % 2 == 0 { "refunded" } else { "requested" };
            conn.execute(
                "INSERT INTO returns (user_id, order_id, exhibitor_id, status, reason, text, refund_minor, currency, created_at, updated_at)
                 VALUES (?, ?, ?, ?, 'damaged', ?, ?, 'CNY', ?, ?)",
                params![user, order, exhibitor_id, status, "A crack in the glaze.", price, at, at],
            )?;
            let ret = conn.last_insert_rowid();
            conn.execute(
                "INSERT INTO return_lines (return_id, user_id, product_id, option_id, name_json, quantity, refund_minor)
                 VALUES (?, ?, ?, NULL, ?, 1, ?)",
                params![ret, user, product, name, price],
            )?;
            conn.execute(
                "INSERT INTO return_events (return_id, user_id, status, note, at) VALUES (?, ?, ?, '', ?)",
                params![ret, user, status, at],
            )?;
        }
    }
    Ok(())
}

/// Three days of orders at both demo booths (each visitor buying again on another day), with
/// their tickets and returns. Idempotent: tops up, and adds after-sales once.
pub fn load(conn: &mut Connection) -> Result<()> {
    let now = Utc::now();
    let visitors: Vec<(String, String)> = NAMES
        .iter()
        .enumerate()
        .map(|(v, name)| {
            (
                format!("buyer-{v}@history.demo.expocx.test"),
                name.to_string(),
            )
        })
        .collect();
    let seconds = 3 * 86_400 - 900;
    for (staff, count) in [
        ("tea@demo.expocx.test", 96),
        ("ceramics@demo.expocx.test", 60),
    ] {
        let spread = Spread {
            visitors: &visitors,
            start: Some(now - Duration::seconds(seconds + 600)),
            seconds,
            step: seconds / count,
        };
        seed_from(conn, staff, count, &spread)?;
    }
    let seeded: i64 = conn.query_row("SELECT COUNT(*) FROM tickets", [], |r| r.get(0))?;
    if seeded == 0 {
        let tx = conn.transaction()?;
        for exhibitor in [1, 2] {
            after_sales(&tx, exhibitor, now)?;
        }
        tx.commit()?;
    }
    Ok(())
}
