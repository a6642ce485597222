//! Many orders for one exhibitor (benchmarks: the portal must stay fast at 50,000 orders per
//! exhibitor). Orders of a few hundred made-up visitors, over the expo days, in every step,
//! each a part of the exhibitor with one to three lines. Idempotent: tops up to `count`.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection};

use crate::db::Result;

const STEPS: [(&str, &str); 8] = [
    ("paid", "succeeded"),
    ("confirmed", "succeeded"),
    ("ready_for_pickup", "succeeded"),
    ("completed", "succeeded"),
    ("completed", "succeeded"),
    ("shipped", "succeeded"),
    ("cancelled", "refunded"),
    ("awaiting_payment", "pending"),
];

/// Who placed the seeded orders, and when.
pub struct Spread<'a> {
    /// Each visitor's email (`{prefix}-{n}@…`) and name.
    pub visitors: &'a [(String, String)],
    /// The first order's time (the expo's first morning when `None`); the rest follow `step`
    /// seconds apart, wrapping around after `seconds`.
    pub start: Option<DateTime<Utc>>,
    pub seconds: i64,
    pub step: i64,
}

/// Tops the orders of the demo exhibitor with staff account `staff_email` up to `count`, from
/// four hundred made-up visitors over the four expo days (benchmarks).
pub fn seed(conn: &mut Connection, staff_email: &str, count: i64) -> Result<()> {
    let visitors: Vec<(String, String)> = (0..400)
        .map(|v| {
            (
                format!("bench-{v}@example.cn"),
                format!("Bench visitor {v:03}"),
            )
        })
        .collect();
    let spread = Spread {
        visitors: &visitors,
        start: None,
        seconds: 4 * 86_400,
        step: 6,
    };
    seed_from(conn, staff_email, count, &spread)
}

/// Tops the exhibitor's orders up to `count`, placed by `spread.visitors` over its time.
pub fn seed_from(
    conn: &mut Connection,
    staff_email: &str,
    count: i64,
    spread: &Spread,
) -> Result<()> {
    let tx = conn.transaction()?;
    let exhibitor: i64 = tx.query_row(
        "SELECT exhibitor_id FROM users WHERE email = ?",
        [staff_email],
        |r| r.get(0),
    )?;
    let have: i64 = tx.query_row(
        "SELECT COUNT(*) FROM order_parts WHERE exhibitor_id = ?",
        [exhibitor],
        |r| r.get(0),
    )?;
    let products: Vec<(i64, String, i64)> = tx
        .prepare(
            "SELECT id, name_json, price_minor FROM products WHERE exhibitor_id = ? ORDER BY id",
        )?
        .query_map([exhibitor], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let slots: Vec<i64> = tx
        .prepare("SELECT id FROM pickup_slots WHERE exhibitor_id = ? ORDER BY starts_at")?
        .query_map([exhibitor], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if products.is_empty() || have >= count {
        return Ok(());
    }
    let start: DateTime<Utc> = match spread.start {
        Some(t) => t,
        None => tx
            .query_row(
                "SELECT starts_on || 'T01:00:00Z' FROM expo LIMIT 1",
                [],
                |r| r.get::<_, String>(0),
            )?
            .parse()
            .unwrap_or_else(|_| Utc::now()),
    };
    let mut users = Vec::with_capacity(spread.visitors.len());
    for (email, name) in spread.visitors {
        tx.execute(
            "INSERT OR IGNORE INTO users (email, password_hash, display_name, role, created_at)
             VALUES (?, '!', ?, 'visitor', ?)",
            params![email, name, start - Duration::days(30)],
        )?;
        users.push(
            tx.query_row("SELECT id FROM users WHERE email = ?", [email], |r| {
                r.get::<_, i64>(0)
            })?,
        );
    }
    let mut order = tx.prepare(
        "INSERT INTO orders (number, user_id, status, payment, subtotal_minor, discount_minor, total_minor,
            currency, placed_at, pay_by) VALUES ('', ?, ?, ?, ?, 0, ?, 'CNY', ?, ?)",
    )?;
    let mut number = tx.prepare("UPDATE orders SET number = ? WHERE id = ?")?;
    let mut part = tx.prepare(
        "INSERT INTO order_parts (order_id, exhibitor_id, method, slot_id, pickup_code, subtotal_minor, status)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )?;
    let mut line = tx.prepare(
        "INSERT INTO order_lines (part_id, product_id, option_id, name_json, option_label_json, quantity, unit_price_minor)
         VALUES (?, ?, NULL, ?, NULL, ?, ?)",
    )?;
    for i in have..count {
        let (status, payment) = STEPS[(i as usize) % STEPS.len()];
        let user = users[(i as usize * 7) % users.len()];
        // Spread over the period, a few seconds apart.
        let placed = start
            + Duration::seconds((i * spread.step) % spread.seconds.max(1))
            + Duration::milliseconds(i % 1000);
        let lines: Vec<&(i64, String, i64)> = (0..(i % 3 + 1))
            .map(|k| &products[((i + k * 5) as usize) % products.len()])
            .collect();
        let qty = |k: usize| (i as usize + k) % 3 + 1;
        let subtotal: i64 = lines
            .iter()
            .enumerate()
            .map(|(k, p)| p.2 * qty(k) as i64)
            .sum();
        order.execute(params![
            user,
            status,
            payment,
            subtotal,
            subtotal,
            placed,
            placed + Duration::minutes(30)
        ])?;
        let order_id = tx.last_insert_rowid();
        number.execute(params![format!("EX26-{order_id:06}"), order_id])?;
        let pickup = i % 4 != 0 && !slots.is_empty();
        let (method, slot) = if pickup {
            ("pickup", Some(slots[(i as usize) % slots.len()]))
        } else {
            ("delivery", None)
        };
        let step = match status {
            "confirmed" | "completed" | "shipped" | "ready_for_pickup" => Some(status),
            _ => None,
        };
        part.execute(params![
            order_id,
            exhibitor,
            method,
            slot,
            format!("{i:010x}"),
            subtotal,
            step
        ])?;
        let part_id = tx.last_insert_rowid();
        for (k, p) in lines.iter().enumerate() {
            line.execute(params![part_id, p.0, p.1, qty(k) as i64, p.2])?;
        }
    }
    drop((order, number, part, line));
    tx.commit()?;
    Ok(())
}
