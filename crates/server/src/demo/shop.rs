//! The demo's shop: hall maps, product options, pickup slots and coupons.

use rusqlite::{params, Connection};

use super::seeds::*;
use crate::db::Result;

/// code, percent off, amount off, minimum, category slug, starts, ends, description.
type CouponSeed = (
    &'static str,
    Option<i64>,
    Option<i64>,
    i64,
    Option<&'static str>,
    &'static str,
    &'static str,
    T3,
);

/// Hall maps, product options, pickup slots and coupons.
pub fn load(tx: &Connection) -> Result<()> {
    // Booths on a grid of four per row, 24 × 16 units, with aisles between them.
    for hall in 0..HALLS.len() {
        let in_hall: Vec<usize> = (0..EXHIBITORS.len())
            .filter(|&i| EXHIBITORS[i].hall == hall)
            .collect();
        let rows = in_hall.len().div_ceil(4).max(1) as i64;
        tx.execute(
            "UPDATE halls SET map_width = 120, map_height = ? WHERE id = ?",
            params![16 + rows * 24, hall as i64 + 1],
        )?;
        for (k, &ei) in in_hall.iter().enumerate() {
            let (col, row) = ((k % 4) as i64, (k / 4) as i64);
            tx.execute(
                "UPDATE exhibitors SET booth_x = ?, booth_y = ?, booth_w = 24, booth_h = 16 WHERE id = ?",
                params![6 + col * 28, 12 + row * 24, ei as i64 + 1],
            )?;
        }
    }
    // Tea is sold by weight (the larger pack costs more); porcelain comes in two glazes.
    let weight = json(&l(("规格", "規格", "Weight")));
    let mut stmt =
        tx.prepare("SELECT p.id, p.price_minor FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = 'tea'")?;
    let tea: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, price) in tea {
        let options = serde_json::json!([
            {"id": "100g", "label": l(("100 克", "100 克", "100 g")), "price_delta_minor": 0},
            {"id": "250g", "label": l(("250 克", "250 克", "250 g")), "price_delta_minor": price * 13 / 10 / 100 * 100},
        ]);
        tx.execute(
            "UPDATE products SET option_name_json = ?, options_json = ? WHERE id = ?",
            params![weight, options.to_string(), id],
        )?;
    }
    let glaze = json(&l(("釉色", "釉色", "Glaze")));
    let options = serde_json::json!([
        {"id": "celadon", "label": l(("青瓷", "青瓷", "Celadon")), "price_delta_minor": 0},
        {"id": "white", "label": l(("甜白", "甜白", "Sweet white")), "price_delta_minor": 0},
    ]);
    tx.execute(
        "UPDATE products SET option_name_json = ?, options_json = ?
         WHERE category_id = (SELECT id FROM categories WHERE slug = 'ceramics')",
        params![glaze, options.to_string()],
    )?;
    // Pickup at every booth: four two-hour slots a day (10:00–18:00 Shanghai time = UTC+8).
    for ex in 1..=EXHIBITORS.len() as i64 {
        for day in 3..=6 {
            for (k, start_utc) in [2, 4, 6, 8].into_iter().enumerate() {
                tx.execute(
                    "INSERT INTO pickup_slots (exhibitor_id, starts_at, ends_at, capacity) VALUES (?, ?, ?, ?)",
                    params![
                        ex,
                        format!("2026-12-{day:02}T{start_utc:02}:00:00Z"),
                        format!("2026-12-{day:02}T{:02}:00:00Z", start_utc + 2),
                        // The first slot of each day is small, so "full" is a real state.
                        if k == 0 { 2 } else { 20 }
                    ],
                )?;
            }
        }
    }
    let coupons: [CouponSeed; 3] = [
        (
            "EXPO10",
            Some(10),
            None,
            20000,
            None,
            "2026-01-01T00:00:00Z",
            "2099-12-31T00:00:00Z",
            (
                "全场满 200 元享 9 折",
                "全場滿 200 元享 9 折",
                "10% off orders of ¥200 or more",
            ),
        ),
        (
            "TEA20",
            None,
            Some(2000),
            10000,
            Some("tea"),
            "2026-01-01T00:00:00Z",
            "2099-12-31T00:00:00Z",
            (
                "茶叶满 100 元减 20 元",
                "茶葉滿 100 元減 20 元",
                "¥20 off ¥100 or more of tea",
            ),
        ),
        (
            "SPRING26",
            Some(15),
            None,
            0,
            None,
            "2026-03-01T00:00:00Z",
            "2026-04-30T00:00:00Z",
            ("春季特惠 85 折", "春季特惠 85 折", "Spring sale: 15% off"),
        ),
    ];
    for (code, pct, amount, min, cat, starts, ends, desc) in coupons {
        tx.execute(
            "INSERT INTO coupons (code, percent_off, amount_off_minor, min_total_minor, category_id, starts_at, ends_at, description_json)
             VALUES (?, ?, ?, ?, (SELECT id FROM categories WHERE slug = ?), ?, ?, ?)",
            params![code, pct, amount, min, cat, starts, ends, json(&l(desc))],
        )?;
    }
    Ok(())
}
