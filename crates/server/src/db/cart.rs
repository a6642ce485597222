//! Carts: the account's stored cart, and any cart priced against the catalog as it is now
//! (the rules are in `rules::pricing`).

use chrono::{DateTime, Utc};
use expocx_contract::{
    CartGroup, CartInput, CartLine, CartLineInput, CartView, CouponStatus, FieldError,
    FieldErrorCode, Localized, Money, Offer, MAX_CART_LINES,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{loc, Error, Result};
use crate::rules::pricing::{self, Coupon, EligibleLine, ProductFacts};

/// A product as a cart line needs it.
struct Product {
    facts: ProductFacts,
    name: Localized,
    currency: String,
    exhibitor_id: i64,
    category_id: i64,
    exhibitor_name: Localized,
    booth: String,
    hall_id: i64,
    image_url: String,
}

fn product(conn: &Connection, id: i64) -> Result<Option<Product>> {
    let row = conn.query_row(
        "SELECT p.name_json, p.price_minor, p.currency, p.stock, p.exhibitor_id, p.category_id,
                p.options_json, e.name_json, e.booth, e.hall_id, p.image_key
         FROM products p JOIN exhibitors e ON e.id = p.exhibitor_id
         WHERE p.id = ? AND p.published = 1",
        [id],
        |r| {
            Ok(Product {
                facts: ProductFacts {
                    price_minor: r.get(1)?,
                    stock: r.get::<_, i64>(3)?.clamp(0, u32::MAX as i64) as u32,
                    options: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
                },
                name: loc(&r.get::<_, String>(0)?),
                currency: r.get(2)?,
                exhibitor_id: r.get(4)?,
                category_id: r.get(5)?,
                exhibitor_name: loc(&r.get::<_, String>(7)?),
                booth: r.get(8)?,
                hall_id: r.get(9)?,
                image_url: super::image_url(id, r.get(10)?),
            })
        },
    );
    Ok(row.optional()?)
}

/// A coupon `code` that `user_id` may use: public ones, and their own personal ones not used
/// yet (anyone else's reads as unknown).
fn coupon(conn: &Connection, code: &str, user_id: Option<i64>) -> Result<Option<Coupon>> {
    let row = conn.query_row(
        "SELECT percent_off, amount_off_minor, min_total_minor, category_id, exhibitor_id,
                starts_at, ends_at, description_json FROM coupons
         WHERE code = ? AND (owner_user_id IS NULL OR (owner_user_id = ? AND used_by_order IS NULL))",
        params![code, user_id],
        |r| {
            Ok(Coupon {
                percent_off: r.get(0)?,
                amount_off_minor: r.get(1)?,
                min_total_minor: r.get(2)?,
                category_id: r.get(3)?,
                exhibitor_id: r.get(4)?,
                starts_at: r.get(5)?,
                ends_at: r.get(6)?,
                description: loc(&r.get::<_, String>(7)?),
            })
        },
    );
    Ok(row.optional()?)
}

fn money(amount_minor: i64, currency: &str) -> Money {
    Money {
        amount_minor,
        currency: currency.to_string(),
    }
}

/// The cart as it stands now: current prices and stock, each change named, coupon and the
/// member's running `offer` applied. Stores nothing.
pub fn quote(
    conn: &Connection,
    input: &CartInput,
    user_id: Option<i64>,
    offer: Option<Offer>,
    now: DateTime<Utc>,
) -> Result<CartView> {
    let mut groups: Vec<CartGroup> = Vec::new();
    let mut removed = 0;
    let mut changed = false;
    for l in pricing::combine(&input.lines) {
        let Some(p) = product(conn, l.product_id)? else {
            removed += 1;
            changed = true;
            continue;
        };
        let priced = pricing::price_line(&l, &p.facts);
        changed |= !priced.notices.is_empty();
        let line = CartLine {
            product_id: l.product_id,
            option_id: l.option_id.clone(),
            name: p.name.clone(),
            option_label: priced.option.map(|o| o.label),
            image_url: p.image_url.clone(),
            exhibitor_id: p.exhibitor_id,
            category_id: p.category_id,
            quantity: priced.quantity,
            requested_quantity: l.quantity,
            seen_price_minor: l.seen_price_minor,
            stock: p.facts.stock,
            unit_price: money(priced.unit_minor, &p.currency),
            line_total: money(priced.unit_minor * priced.quantity as i64, &p.currency),
            notices: priced.notices,
        };
        match groups.iter_mut().find(|g| g.exhibitor_id == p.exhibitor_id) {
            Some(g) => {
                g.subtotal.amount_minor += line.line_total.amount_minor;
                g.lines.push(line);
            }
            None => groups.push(CartGroup {
                exhibitor_id: p.exhibitor_id,
                exhibitor_name: p.exhibitor_name,
                booth: p.booth,
                hall_id: p.hall_id,
                subtotal: line.line_total.clone(),
                lines: vec![line],
            }),
        }
    }
    let currency = groups
        .first()
        .map(|g| g.subtotal.currency.clone())
        .unwrap_or_else(|| "CNY".into());
    let subtotal: i64 = groups.iter().map(|g| g.subtotal.amount_minor).sum();
    let code = input
        .coupon
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let (coupon_status, coupon_discount) = match code {
        Some(c) => match coupon(conn, c, user_id)? {
            Some(rule) => {
                let lines: Vec<EligibleLine> = groups
                    .iter()
                    .flat_map(|g| g.lines.iter())
                    .map(|l| (l.category_id, l.exhibitor_id, l.line_total.amount_minor))
                    .collect();
                let (status, d) = pricing::apply_coupon(&rule, &lines, &currency, now);
                (Some(status), d)
            }
            None => (Some(CouponStatus::Unknown), 0),
        },
        None => (None, 0),
    };
    let discount = pricing::total_discount(
        subtotal,
        coupon_discount,
        offer.as_ref().map(|o| o.percent_off),
    );
    Ok(CartView {
        item_count: groups
            .iter()
            .flat_map(|g| g.lines.iter())
            .map(|l| l.quantity)
            .sum(),
        coupon_code: code.map(|c| c.to_uppercase()),
        coupon: coupon_status,
        offer,
        subtotal: money(subtotal, &currency),
        discount: money(discount, &currency),
        total: money(subtotal - discount, &currency),
        groups,
        changed,
        removed,
    })
}

/// The account's stored cart.
pub fn load_cart(conn: &Connection, user_id: i64) -> Result<CartInput> {
    let mut stmt = conn.prepare(
        "SELECT product_id, option_id, quantity, seen_price_minor FROM cart_lines
         WHERE user_id = ? ORDER BY seq",
    )?;
    let lines = stmt
        .query_map([user_id], |r| {
            let option: String = r.get(1)?;
            Ok(CartLineInput {
                product_id: r.get(0)?,
                option_id: (!option.is_empty()).then_some(option),
                quantity: r.get(2)?,
                seen_price_minor: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let coupon = conn
        .query_row(
            "SELECT coupon_code FROM carts WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    Ok(CartInput { lines, coupon })
}

/// Lines that name products the catalog does not have, as field errors.
fn unknown_products(conn: &Connection, lines: &[CartLineInput]) -> Result<Vec<FieldError>> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM products WHERE id = ? AND published = 1")?;
    let mut errors = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !stmt.exists([l.product_id])? {
            errors.push(FieldError::new(
                &format!("lines.{i}.product_id"),
                FieldErrorCode::InvalidValue,
            ));
        }
    }
    Ok(errors)
}

/// Replaces the account's stored cart; a change restarts the abandoned-cart clock. Unknown
/// products and more than `MAX_CART_LINES` lines are refused; nothing is stored then.
pub fn save_cart(
    conn: &mut Connection,
    user_id: i64,
    input: &CartInput,
    now: DateTime<Utc>,
) -> Result<()> {
    Error::check(unknown_products(conn, &input.lines)?)?;
    let lines = pricing::combine(&input.lines);
    if lines.len() > MAX_CART_LINES {
        return Err(Error::Invalid(vec![FieldError::new(
            "lines",
            FieldErrorCode::TooLong,
        )
        .with_limit(MAX_CART_LINES as i64)]));
    }
    let tx = conn.transaction()?;
    let before = load_cart(&tx, user_id)?;
    let coupon = input
        .coupon
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    tx.execute("DELETE FROM cart_lines WHERE user_id = ?", [user_id])?;
    for l in &lines {
        tx.execute(
            "INSERT INTO cart_lines (user_id, product_id, option_id, quantity, seen_price_minor)
             VALUES (?, ?, ?, ?, ?)",
            params![
                user_id,
                l.product_id,
                l.option_id.clone().unwrap_or_default(),
                l.quantity,
                l.seen_price_minor
            ],
        )?;
    }
    let same = before.lines == lines && before.coupon.as_deref() == coupon;
    if !same {
        tx.execute(
            "INSERT INTO carts (user_id, coupon_code, updated_at) VALUES (?, ?, ?)
             ON CONFLICT (user_id) DO UPDATE SET coupon_code = excluded.coupon_code,
             updated_at = excluded.updated_at",
            params![user_id, coupon, now],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Adds a device's cart to the account's: quantities combined, nothing dropped; the account's
/// coupon wins, else the device's.
pub fn merge_cart(
    conn: &mut Connection,
    user_id: i64,
    device: &CartInput,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut cart = load_cart(conn, user_id)?;
    cart.lines.extend(device.lines.iter().cloned());
    if cart.coupon.is_none() {
        cart.coupon = device.coupon.clone();
    }
    save_cart(conn, user_id, &cart, now)
}

/// Empties the account's cart (its order was placed).
pub fn clear(conn: &Connection, user_id: i64) -> Result<()> {
    conn.execute("DELETE FROM cart_lines WHERE user_id = ?", [user_id])?;
    conn.execute("DELETE FROM carts WHERE user_id = ?", [user_id])?;
    Ok(())
}
