//! Hall maps, carts (revalidated against current price and stock), coupons, abandoned-cart
//! offers, pickup slots, orders, the test payment provider and stored interest profiles.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::interest::Signal;
use expocx_contract::{
    purpose, Address, Booth, CartGroup, CartInput, CartLine, CartLineInput, CartView, CouponStatus,
    ErrorCode, FieldError, FieldErrorCode, FulfilmentChoice, HallMap, InterestProfile, LineNotice,
    Localized, Money, Offer, Order, OrderLine, OrderPart, OrderStatus, PaymentStatus, PickupSlot,
    PlaceOrder, ProductOption, MAX_LINE_QUANTITY,
};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::auth::{replayed_id, store_idempotent_response, StoredResponse};
use super::consent::{allows, Subject};
use super::{json, loc};
use crate::api::auth::random_hex;
use crate::api::ApiError;

/// When a cart counts as abandoned and what it earns (see `Config`).
#[derive(Debug, Clone)]
pub struct OfferRules {
    /// A signed-in visitor's cart untouched this long earns an offer.
    pub abandoned_after: Duration,
    pub percent_off: u32,
    /// How long an offer lasts.
    pub valid_for: Duration,
    /// At most one offer per visitor in this period (frequency cap).
    pub at_most_every: Duration,
}

impl Default for OfferRules {
    fn default() -> Self {
        OfferRules {
            abandoned_after: Duration::hours(24),
            percent_off: 5,
            valid_for: Duration::days(10),
            at_most_every: Duration::days(30),
        }
    }
}

pub fn hall_map(conn: &Connection, hall_id: i64) -> Result<Option<HallMap>, ApiError> {
    let hall = conn
        .query_row(
            "SELECT code, name_json, map_width, map_height FROM halls WHERE id = ?",
            [hall_id],
            |r| {
                Ok(HallMap {
                    hall_id,
                    code: r.get(0)?,
                    name: loc(&r.get::<_, String>(1)?),
                    width: r.get(2)?,
                    height: r.get(3)?,
                    booths: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut hall) = hall else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT booth, id, name_json, booth_x, booth_y, booth_w, booth_h FROM exhibitors
         WHERE hall_id = ? AND booth_w > 0 ORDER BY booth",
    )?;
    hall.booths = stmt
        .query_map([hall_id], |r| {
            Ok(Booth {
                booth: r.get(0)?,
                exhibitor_id: r.get(1)?,
                exhibitor_name: loc(&r.get::<_, String>(2)?),
                x: r.get(3)?,
                y: r.get(4)?,
                w: r.get(5)?,
                h: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(hall))
}

fn slot_row(r: &Row) -> rusqlite::Result<PickupSlot> {
    let capacity: u32 = r.get("capacity")?;
    let taken: u32 = r.get("taken")?;
    Ok(PickupSlot {
        id: r.get("id")?,
        exhibitor_id: r.get("exhibitor_id")?,
        starts_at: r.get("starts_at")?,
        ends_at: r.get("ends_at")?,
        capacity,
        remaining: capacity.saturating_sub(taken),
    })
}

const SLOT_SELECT: &str = "SELECT s.id, s.exhibitor_id, s.starts_at, s.ends_at, s.capacity,
    (SELECT COUNT(*) FROM order_parts op JOIN orders o ON o.id = op.order_id
     WHERE op.slot_id = s.id AND o.status != 'cancelled') AS taken
    FROM pickup_slots s";

pub fn pickup_slots(conn: &Connection, exhibitor_id: i64) -> Result<Vec<PickupSlot>, ApiError> {
    let mut stmt = conn.prepare(&format!(
        "{SLOT_SELECT} WHERE s.exhibitor_id = ? ORDER BY s.starts_at"
    ))?;
    let slots = stmt
        .query_map([exhibitor_id], slot_row)?
        .collect::<Result<_, _>>()?;
    Ok(slots)
}

fn slot(conn: &Connection, id: i64) -> Result<Option<PickupSlot>, ApiError> {
    Ok(conn
        .query_row(&format!("{SLOT_SELECT} WHERE s.id = ?"), [id], slot_row)
        .optional()?)
}

struct ProductRow {
    name: Localized,
    price_minor: i64,
    currency: String,
    stock: u32,
    exhibitor_id: i64,
    category_id: i64,
    options: Vec<ProductOption>,
    exhibitor_name: Localized,
    booth: String,
    hall_id: i64,
}

fn product_row(conn: &Connection, id: i64) -> Result<Option<ProductRow>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT p.name_json, p.price_minor, p.currency, p.stock, p.exhibitor_id, p.category_id,
                    p.options_json, e.name_json, e.booth, e.hall_id
             FROM products p JOIN exhibitors e ON e.id = p.exhibitor_id WHERE p.id = ?",
            [id],
            |r| {
                Ok(ProductRow {
                    name: loc(&r.get::<_, String>(0)?),
                    price_minor: r.get(1)?,
                    currency: r.get(2)?,
                    stock: r.get::<_, i64>(3)?.max(0) as u32,
                    exhibitor_id: r.get(4)?,
                    category_id: r.get(5)?,
                    options: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
                    exhibitor_name: loc(&r.get::<_, String>(7)?),
                    booth: r.get(8)?,
                    hall_id: r.get(9)?,
                })
            },
        )
        .optional()?)
}

/// Same product and option: one line, quantities added (capped).
fn combine(lines: &[CartLineInput]) -> Vec<CartLineInput> {
    let mut out: Vec<CartLineInput> = Vec::new();
    for l in lines {
        let option = l.option_id.clone().filter(|o| !o.is_empty());
        match out
            .iter_mut()
            .find(|x| x.product_id == l.product_id && x.option_id == option)
        {
            Some(x) => {
                x.quantity = (x.quantity + l.quantity).min(MAX_LINE_QUANTITY);
                if x.seen_price_minor.is_none() {
                    x.seen_price_minor = l.seen_price_minor;
                }
            }
            None => out.push(CartLineInput {
                option_id: option,
                quantity: l.quantity.min(MAX_LINE_QUANTITY),
                ..l.clone()
            }),
        }
    }
    out
}

fn evaluate_coupon(
    conn: &Connection,
    code: &str,
    groups: &[CartGroup],
    now: DateTime<Utc>,
) -> Result<(CouponStatus, i64), ApiError> {
    type CouponRow = (
        Option<i64>,
        Option<i64>,
        i64,
        Option<i64>,
        Option<i64>,
        DateTime<Utc>,
        DateTime<Utc>,
        String,
    );
    let row: Option<CouponRow> = conn
        .query_row(
            "SELECT percent_off, amount_off_minor, min_total_minor, category_id, exhibitor_id,
                    starts_at, ends_at, description_json FROM coupons WHERE code = ?",
            [code.trim()],
            |r| CouponRow::try_from(r),
        )
        .optional()?;
    let Some((pct, amount, min, category, exhibitor, starts, ends, desc)) = row else {
        return Ok((CouponStatus::Unknown, 0));
    };
    let description = loc(&desc);
    if now < starts {
        return Ok((CouponStatus::NotStarted, 0));
    }
    if now > ends {
        return Ok((CouponStatus::Expired, 0));
    }
    let currency = groups
        .first()
        .map(|g| g.subtotal.currency.clone())
        .unwrap_or_else(|| "CNY".into());
    let eligible: i64 = groups
        .iter()
        .flat_map(|g| g.lines.iter())
        .filter(|l| category.is_none_or(|c| c == l.category_id))
        .filter(|l| exhibitor.is_none_or(|e| e == l.exhibitor_id))
        .map(|l| l.line_total.amount_minor)
        .sum();
    if eligible == 0 && (category.is_some() || exhibitor.is_some()) {
        return Ok((CouponStatus::NotApplicable { description }, 0));
    }
    if eligible < min {
        return Ok((
            CouponStatus::BelowMinimum {
                minimum: Money {
                    amount_minor: min,
                    currency,
                },
            },
            0,
        ));
    }
    let discount = match (pct, amount) {
        (Some(p), _) => eligible * p / 100,
        (None, Some(a)) => a.min(eligible),
        _ => 0,
    };
    Ok((
        CouponStatus::Applied {
            discount: Money {
                amount_minor: discount,
                currency,
            },
            description,
        },
        discount,
    ))
}

fn active_offer(
    conn: &Connection,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Offer>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT id, percent_off, expires_at FROM offers
             WHERE user_id = ? AND used_by_order IS NULL AND expires_at > ?
             ORDER BY id DESC LIMIT 1",
            params![user_id, now],
            |r| {
                Ok(Offer {
                    id: r.get(0)?,
                    percent_off: r.get(1)?,
                    expires_at: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// The cart as it stands now: current prices and stock, each change named, coupon and offer
/// applied. Stores nothing.
pub fn quote(
    conn: &Connection,
    input: &CartInput,
    user_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<CartView, ApiError> {
    let mut groups: Vec<CartGroup> = Vec::new();
    let mut removed = 0;
    let mut changed = false;
    for l in combine(&input.lines) {
        let Some(p) = product_row(conn, l.product_id)? else {
            removed += 1;
            changed = true;
            continue;
        };
        let mut notices = Vec::new();
        let option = match &l.option_id {
            Some(id) => {
                let found = p.options.iter().find(|o| &o.id == id).cloned();
                if found.is_none() {
                    notices.push(LineNotice::Unavailable);
                }
                found
            }
            None if !p.options.is_empty() => {
                notices.push(LineNotice::Unavailable);
                None
            }
            None => None,
        };
        let unit = (p.price_minor + option.as_ref().map_or(0, |o| o.price_delta_minor)).max(0);
        let mut quantity = l.quantity;
        if notices.is_empty() {
            match l.seen_price_minor {
                Some(seen) if seen < unit => notices.push(LineNotice::PriceUp {
                    from_minor: seen,
                    to_minor: unit,
                }),
                Some(seen) if seen > unit => notices.push(LineNotice::PriceDown {
                    from_minor: seen,
                    to_minor: unit,
                }),
                _ => {}
            }
            if p.stock == 0 {
                notices.push(LineNotice::SoldOut);
                quantity = 0;
            } else if p.stock < quantity {
                notices.push(LineNotice::QuantityReduced {
                    asked: quantity,
                    available: p.stock,
                });
                quantity = p.stock;
            }
        } else {
            quantity = 0;
        }
        changed |= !notices.is_empty();
        let money = |amount_minor| Money {
            amount_minor,
            currency: p.currency.clone(),
        };
        let line = CartLine {
            product_id: l.product_id,
            option_id: l.option_id.clone(),
            name: p.name.clone(),
            option_label: option.map(|o| o.label),
            image_url: format!("/media/products/{}.svg", l.product_id),
            exhibitor_id: p.exhibitor_id,
            category_id: p.category_id,
            quantity,
            requested_quantity: l.quantity,
            seen_price_minor: l.seen_price_minor,
            stock: p.stock,
            unit_price: money(unit),
            line_total: money(unit * quantity as i64),
            notices,
        };
        match groups.iter_mut().find(|g| g.exhibitor_id == p.exhibitor_id) {
            Some(g) => {
                g.subtotal.amount_minor += line.line_total.amount_minor;
                g.lines.push(line);
            }
            None => groups.push(CartGroup {
                exhibitor_id: p.exhibitor_id,
                exhibitor_name: p.exhibitor_name.clone(),
                booth: p.booth.clone(),
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
    let (coupon, coupon_discount) = match code {
        Some(c) => {
            let (status, d) = evaluate_coupon(conn, c, &groups, now)?;
            (Some(status), d)
        }
        None => (None, 0),
    };
    let offer = match user_id {
        Some(u) => active_offer(conn, u, now)?,
        None => None,
    };
    let offer_discount = offer.as_ref().map_or(0, |o| {
        (subtotal - coupon_discount) * o.percent_off as i64 / 100
    });
    let discount = (coupon_discount + offer_discount).min(subtotal);
    let money = |amount_minor| Money {
        amount_minor,
        currency: currency.clone(),
    };
    Ok(CartView {
        item_count: groups
            .iter()
            .flat_map(|g| g.lines.iter())
            .map(|l| l.quantity)
            .sum(),
        coupon_code: code.map(|c| c.to_uppercase()),
        coupon,
        offer,
        subtotal: money(subtotal),
        discount: money(discount),
        total: money(subtotal - discount),
        groups,
        changed,
        removed,
    })
}

/// The account's stored cart.
pub fn load_cart(conn: &Connection, user_id: i64) -> Result<CartInput, ApiError> {
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

/// Replaces the account's stored cart; a change restarts the abandoned-cart clock.
pub fn save_cart(
    conn: &mut Connection,
    user_id: i64,
    input: &CartInput,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let tx = conn.transaction()?;
    let before = load_cart(&tx, user_id)?;
    let lines = combine(&input.lines);
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
) -> Result<(), ApiError> {
    let mut cart = load_cart(conn, user_id)?;
    cart.lines.extend(device.lines.iter().cloned());
    if cart.coupon.is_none() {
        cart.coupon = device.coupon.clone();
    }
    save_cart(conn, user_id, &cart, now)
}

fn allows_marketing(conn: &Connection, user_id: i64) -> Result<bool, ApiError> {
    let subject = Subject::User(user_id);
    for p in [
        purpose::MARKETING_SMS,
        purpose::MARKETING_EMAIL,
        purpose::MARKETING_WECHAT,
    ] {
        if allows(conn, &subject, p)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Grants the abandoned-cart offer when it is due: a non-empty cart untouched for
/// `abandoned_after`, marketing allowed, no active offer, none within the frequency cap.
pub fn grant_offer_if_due(
    conn: &Connection,
    user_id: i64,
    rules: &OfferRules,
    now: DateTime<Utc>,
) -> Result<Option<Offer>, ApiError> {
    if let Some(o) = active_offer(conn, user_id, now)? {
        return Ok(Some(o));
    }
    let updated: Option<DateTime<Utc>> = conn
        .query_row(
            "SELECT updated_at FROM carts WHERE user_id = ?
             AND EXISTS (SELECT 1 FROM cart_lines WHERE user_id = carts.user_id)",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(updated) = updated else {
        return Ok(None);
    };
    if now - updated < rules.abandoned_after || !allows_marketing(conn, user_id)? {
        return Ok(None);
    }
    let recent: i64 = conn.query_row(
        "SELECT COUNT(*) FROM offers WHERE user_id = ? AND created_at > ?",
        params![user_id, now - rules.at_most_every],
        |r| r.get(0),
    )?;
    if recent > 0 {
        return Ok(None);
    }
    conn.execute(
        "INSERT INTO offers (user_id, percent_off, created_at, expires_at) VALUES (?, ?, ?, ?)",
        params![user_id, rules.percent_off, now, now + rules.valid_for],
    )?;
    active_offer(conn, user_id, now)
}

/// Withdrawn marketing consent ends a running offer (it was marketing).
pub fn withdraw_offers(conn: &Connection, user_id: i64) -> Result<(), ApiError> {
    if !allows_marketing(conn, user_id)? {
        conn.execute(
            "DELETE FROM offers WHERE user_id = ? AND used_by_order IS NULL",
            [user_id],
        )?;
    }
    Ok(())
}

fn conflict(code: ErrorCode, title: &str) -> ApiError {
    ApiError::new(409, code, title)
}

/// Places the order in one transaction. With the same `key` and body it answers the order the
/// first request created (`true` = replayed), so nothing is ever ordered twice.
pub fn place_order(
    conn: &mut Connection,
    user_id: i64,
    req: &PlaceOrder,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<(i64, bool), ApiError> {
    let tx = conn.transaction()?;
    let scope = format!("order:{user_id}");
    if let Some(id) = replayed_id(&tx, &scope, key, request_hash)? {
        return Ok((id, true));
    }
    let view = quote(&tx, &req.cart, Some(user_id), now)?;
    if view.item_count == 0 {
        return Err(ApiError::validation(vec![FieldError::new(
            "cart",
            FieldErrorCode::Required,
        )]));
    }
    let coupon_refused = !matches!(view.coupon, None | Some(CouponStatus::Applied { .. }));
    if view.changed || coupon_refused || view.total.amount_minor != req.expected_total_minor {
        return Err(conflict(
            ErrorCode::CartChanged,
            "Prices, stock or the coupon changed; review the cart",
        ));
    }
    // One fulfilment choice per exhibitor in the cart, and only those.
    let mut errors = Vec::new();
    for g in &view.groups {
        let n = req
            .fulfilment
            .iter()
            .filter(|f| f.exhibitor_id() == g.exhibitor_id)
            .count();
        if n != 1 {
            errors.push(FieldError::new(
                &format!("fulfilment.{}", g.exhibitor_id),
                FieldErrorCode::Required,
            ));
        }
    }
    if req.fulfilment.iter().any(|f| {
        !view
            .groups
            .iter()
            .any(|g| g.exhibitor_id == f.exhibitor_id())
    }) {
        errors.push(FieldError::new("fulfilment", FieldErrorCode::InvalidValue));
    }
    let delivers = req
        .fulfilment
        .iter()
        .any(|f| matches!(f, FulfilmentChoice::Delivery { .. }));
    match (&req.address, delivers) {
        (Some(a), true) => errors.extend(a.validate("address.")),
        (None, true) => errors.push(FieldError::new("address", FieldErrorCode::Required)),
        _ => {}
    }
    for f in &req.fulfilment {
        if let FulfilmentChoice::Pickup {
            exhibitor_id,
            slot_id,
        } = f
        {
            match slot(&tx, *slot_id)? {
                Some(s) if s.exhibitor_id == *exhibitor_id => {
                    if s.remaining == 0 {
                        return Err(conflict(
                            ErrorCode::SlotFull,
                            "The pickup slot is full; choose another",
                        ));
                    }
                }
                _ => errors.push(FieldError::new(
                    &format!("fulfilment.{exhibitor_id}"),
                    FieldErrorCode::InvalidValue,
                )),
            }
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let address = if delivers { req.address.as_ref() } else { None };
    tx.execute(
        "INSERT INTO orders (number, user_id, status, payment, subtotal_minor, discount_minor,
            total_minor, currency, coupon_code, offer_id, address_json, placed_at)
         VALUES (?, ?, 'awaiting_payment', 'pending', ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            format!("pending-{}", random_hex(8)),
            user_id,
            view.subtotal.amount_minor,
            view.discount.amount_minor,
            view.total.amount_minor,
            view.total.currency,
            view.coupon_code,
            view.offer.as_ref().map(|o| o.id),
            address.map(json),
            now
        ],
    )?;
    let order_id = tx.last_insert_rowid();
    tx.execute(
        "UPDATE orders SET number = ? WHERE id = ?",
        params![format!("EX{}-{order_id:06}", now.format("%y")), order_id],
    )?;
    for g in &view.groups {
        let choice = req
            .fulfilment
            .iter()
            .find(|f| f.exhibitor_id() == g.exhibitor_id);
        let (method, slot_id) = match choice {
            Some(FulfilmentChoice::Pickup { slot_id, .. }) => ("pickup", Some(*slot_id)),
            _ => ("delivery", None),
        };
        tx.execute(
            "INSERT INTO order_parts (order_id, exhibitor_id, method, slot_id, pickup_code, subtotal_minor)
             VALUES (?, ?, ?, ?, ?, ?)",
            params![order_id, g.exhibitor_id, method, slot_id, random_hex(10), g.subtotal.amount_minor],
        )?;
        let part_id = tx.last_insert_rowid();
        for l in &g.lines {
            tx.execute(
                "INSERT INTO order_lines (part_id, product_id, option_id, name_json, option_label_json,
                    quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                params![
                    part_id,
                    l.product_id,
                    l.option_id,
                    json(&l.name),
                    l.option_label.as_ref().map(json),
                    l.quantity,
                    l.unit_price.amount_minor
                ],
            )?;
            let n = tx.execute(
                "UPDATE products SET stock = stock - ?1, version = version + 1
                 WHERE id = ?2 AND stock >= ?1",
                params![l.quantity, l.product_id],
            )?;
            if n != 1 {
                return Err(conflict(ErrorCode::CartChanged, "Not enough stock left"));
            }
        }
    }
    if let Some(o) = &view.offer {
        tx.execute(
            "UPDATE offers SET used_by_order = ? WHERE id = ?",
            params![order_id, o.id],
        )?;
    }
    tx.execute("DELETE FROM cart_lines WHERE user_id = ?", [user_id])?;
    tx.execute("DELETE FROM carts WHERE user_id = ?", [user_id])?;
    store_idempotent_response(
        &tx,
        &scope,
        key,
        &StoredResponse {
            request_hash: request_hash.to_string(),
            status: 201,
            body: order_id.to_string(),
        },
        Some(user_id),
    )?;
    tx.commit()?;
    Ok((order_id, false))
}

fn status_str(s: OrderStatus) -> &'static str {
    match s {
        OrderStatus::AwaitingPayment => "awaiting_payment",
        OrderStatus::Paid => "paid",
        OrderStatus::ReadyForPickup => "ready_for_pickup",
        OrderStatus::Shipped => "shipped",
        OrderStatus::Completed => "completed",
        OrderStatus::Cancelled => "cancelled",
    }
}

fn status_parse(s: &str) -> OrderStatus {
    [
        OrderStatus::AwaitingPayment,
        OrderStatus::Paid,
        OrderStatus::ReadyForPickup,
        OrderStatus::Shipped,
        OrderStatus::Completed,
        OrderStatus::Cancelled,
    ]
    .into_iter()
    .find(|v| status_str(*v) == s)
    .unwrap_or(OrderStatus::AwaitingPayment)
}

fn payment_parse(s: &str) -> PaymentStatus {
    match s {
        "succeeded" => PaymentStatus::Succeeded,
        "failed" => PaymentStatus::Failed,
        _ => PaymentStatus::Pending,
    }
}

/// One of the account's orders (`None` for someone else's).
pub fn order(conn: &Connection, user_id: i64, id: i64) -> Result<Option<Order>, ApiError> {
    type Head = (
        String,
        String,
        String,
        i64,
        i64,
        i64,
        String,
        Option<String>,
        DateTime<Utc>,
    );
    let head: Option<Head> = conn
        .query_row(
            "SELECT number, status, payment, subtotal_minor, discount_minor, total_minor, currency,
                    address_json, placed_at FROM orders WHERE id = ? AND user_id = ?",
            params![id, user_id],
            |r| Head::try_from(r),
        )
        .optional()?;
    let Some((number, status, payment, subtotal, discount, total, currency, address, placed_at)) =
        head
    else {
        return Ok(None);
    };
    let payment = payment_parse(&payment);
    let money = |amount_minor| Money {
        amount_minor,
        currency: currency.clone(),
    };
    let mut stmt = conn.prepare(
        "SELECT op.id, op.exhibitor_id, e.name_json, e.booth, e.hall_id, op.method, op.slot_id,
                op.pickup_code, op.subtotal_minor
         FROM order_parts op JOIN exhibitors e ON e.id = op.exhibitor_id
         WHERE op.order_id = ? ORDER BY op.id",
    )?;
    type PartRow = (
        i64,
        i64,
        String,
        String,
        i64,
        String,
        Option<i64>,
        String,
        i64,
    );
    let rows: Vec<PartRow> = stmt
        .query_map([id], |r| PartRow::try_from(r))?
        .collect::<Result<_, _>>()?;
    let mut parts = Vec::new();
    for (part_id, exhibitor_id, name, booth, hall_id, method, slot_id, code, sub) in rows {
        let mut ls = conn.prepare(
            "SELECT product_id, option_id, name_json, option_label_json, quantity, unit_price_minor
             FROM order_lines WHERE part_id = ? ORDER BY id",
        )?;
        let lines = ls
            .query_map([part_id], |r| {
                Ok(OrderLine {
                    product_id: r.get(0)?,
                    option_id: r.get(1)?,
                    name: loc(&r.get::<_, String>(2)?),
                    option_label: r.get::<_, Option<String>>(3)?.map(|s| loc(&s)),
                    quantity: r.get(4)?,
                    unit_price: money(r.get(5)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        let is_pickup = method == "pickup";
        parts.push(OrderPart {
            exhibitor_id,
            exhibitor_name: loc(&name),
            booth,
            hall_id,
            slot: match slot_id {
                Some(s) => slot(conn, s)?,
                None => None,
            },
            pickup_code: (is_pickup && payment == PaymentStatus::Succeeded)
                .then(|| format!("EXPOCX:PICKUP:{number}:{code}")),
            method,
            lines,
            subtotal: money(sub),
        });
    }
    Ok(Some(Order {
        id,
        number,
        status: status_parse(&status),
        payment,
        parts,
        address: address.and_then(|a| serde_json::from_str::<Address>(&a).ok()),
        subtotal: money(subtotal),
        discount: money(discount),
        total: money(total),
        placed_at,
    }))
}

/// The account's orders, newest first.
pub fn orders(conn: &Connection, user_id: i64) -> Result<Vec<Order>, ApiError> {
    let mut stmt =
        conn.prepare("SELECT id FROM orders WHERE user_id = ? ORDER BY id DESC LIMIT 50")?;
    let ids: Vec<i64> = stmt
        .query_map([user_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for id in ids {
        out.extend(order(conn, user_id, id)?);
    }
    Ok(out)
}

/// Starts a test payment for an unpaid order of the account; returns the payment id.
pub fn start_test_payment(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    let o = order(conn, user_id, order_id)?.ok_or_else(ApiError::not_found)?;
    if o.status != OrderStatus::AwaitingPayment || o.payment == PaymentStatus::Succeeded {
        return Err(conflict(
            ErrorCode::NotPayable,
            "The order is not awaiting payment",
        ));
    }
    let id = format!("testpay_{}", random_hex(12));
    conn.execute(
        "INSERT INTO payments (id, order_id, provider, status, created_at) VALUES (?, ?, 'test', 'pending', ?)",
        params![id, order_id, now],
    )?;
    Ok(id)
}

/// What the test provider reports. A success pays the order and, with the personalization
/// consent, adds what was bought to the account's interest profile.
pub fn complete_test_payment(
    conn: &mut Connection,
    payment_id: &str,
    succeed: bool,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let tx = conn.transaction()?;
    let row: Option<(i64, String)> = tx
        .query_row(
            "SELECT order_id, status FROM payments WHERE id = ? AND provider = 'test'",
            [payment_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((order_id, status)) = row else {
        return Err(ApiError::not_found());
    };
    if status != "pending" {
        return Err(conflict(
            ErrorCode::NotPayable,
            "This payment is already complete",
        ));
    }
    let outcome = if succeed { "succeeded" } else { "failed" };
    tx.execute(
        "UPDATE payments SET status = ?, completed_at = ? WHERE id = ?",
        params![outcome, now, payment_id],
    )?;
    if succeed {
        tx.execute(
            "UPDATE orders SET payment = 'succeeded', status = 'paid' WHERE id = ? AND status = 'awaiting_payment'",
            [order_id],
        )?;
        let user: Option<i64> =
            tx.query_row("SELECT user_id FROM orders WHERE id = ?", [order_id], |r| {
                r.get(0)
            })?;
        if let Some(u) = user {
            if allows(&tx, &Subject::User(u), purpose::PERSONALIZATION)? {
                let mut profile = interests(&tx, u)?;
                let mut stmt = tx.prepare(
                    "SELECT ol.product_id, p.category_id, p.exhibitor_id FROM order_lines ol
                     JOIN order_parts op ON op.id = ol.part_id JOIN products p ON p.id = ol.product_id
                     WHERE op.order_id = ?",
                )?;
                let bought: Vec<(i64, i64, i64)> = stmt
                    .query_map([order_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<Result<_, _>>()?;
                drop(stmt);
                for (p, c, e) in bought {
                    profile.record(Signal::Ordered, p, c, e, now.timestamp_millis());
                }
                store_interests(&tx, u, &profile, now)?;
            }
        }
    } else {
        tx.execute(
            "UPDATE orders SET payment = 'failed' WHERE id = ? AND payment = 'pending'",
            [order_id],
        )?;
    }
    tx.commit()?;
    Ok(())
}

pub fn interests(conn: &Connection, user_id: i64) -> Result<InterestProfile, ApiError> {
    Ok(conn
        .query_row(
            "SELECT profile_json FROM interest_profiles WHERE user_id = ?",
            [user_id],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

pub fn store_interests(
    conn: &Connection,
    user_id: i64,
    profile: &InterestProfile,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    conn.execute(
        "INSERT INTO interest_profiles (user_id, profile_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET profile_json = excluded.profile_json,
         updated_at = excluded.updated_at",
        params![user_id, json(profile), now],
    )?;
    Ok(())
}

pub fn delete_interests(conn: &Connection, user_id: i64) -> Result<(), ApiError> {
    conn.execute("DELETE FROM interest_profiles WHERE user_id = ?", [user_id])?;
    Ok(())
}
