//! Orders as a workflow: placing one (idempotent, one transaction), the member's cancellation,
//! expiry of unpaid ones, and the exhibitor's steps on its part. What follows each step is
//! `life`'s.

use chrono::{DateTime, Utc};
use expocx_contract::{
    CouponStatus, ErrorCode, FieldError, FieldErrorCode, FulfilmentChoice, OrderStatus, PlaceOrder,
    StaffOrderStep,
};
use rusqlite::Connection;

use super::life::{self, Scope};
use super::notify;
use super::texts::OrderNews;
use crate::db::idempotency::{replayed_id, store_idempotent_response, StoredResponse};
use crate::db::orders::{self, slots::slot, staff};
use crate::db::{cart, coupons, offers, Error, Result};
use crate::rules::orders::{may_move, OrderRules};

/// Expires every unpaid order whose time is up (`life::on_cancelled` with `Expired`). Returns
/// how many expired.
pub fn expire_due(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let due = orders::due_unpaid(conn, now)?;
    for id in &due {
        life::on_cancelled(conn, *id, Scope::Expired, now)?;
    }
    Ok(due.len())
}

/// The member cancels an order the exhibitor has not confirmed yet. Someone else's order:
/// `NotFound`.
pub fn cancel(
    conn: &mut Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    expire_due(&tx, now)?;
    let status = orders::status_of(&tx, user_id, order_id)?.ok_or(Error::NotFound)?;
    if !may_move(status, OrderStatus::Cancelled) {
        return Err(Error::Conflict(
            ErrorCode::NotCancellable,
            "The exhibitor has confirmed this order, or it is closed",
        ));
    }
    life::on_cancelled(&tx, order_id, Scope::Order, now)?;
    tx.commit()?;
    Ok(())
}

/// Staff take `step` on their exhibitor's part of `order_id` if `version` is still current;
/// the member hears when the part is ready or shipped, and why it was cancelled.
pub fn take_step(
    conn: &mut Connection,
    staff_user_id: i64,
    exhibitor_id: i64,
    order_id: i64,
    version: i64,
    step: &StaffOrderStep,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let part_id = staff::check_step(&tx, exhibitor_id, order_id, version, step)?;
    if step.status == OrderStatus::Cancelled {
        let reason = step.reason.as_deref().map(str::trim).unwrap_or("");
        life::on_cancelled(&tx, order_id, Scope::Part { part_id, reason }, now)?;
        super::audit::part_cancelled(&tx, exhibitor_id, staff_user_id, order_id, reason, now)?;
    }
    staff::record_step(&tx, staff_user_id, order_id, part_id, version, step, now)?;
    match step.status {
        OrderStatus::ReadyForPickup => notify::order_news(&tx, order_id, OrderNews::Ready, now)?,
        OrderStatus::Shipped => notify::order_news(&tx, order_id, OrderNews::Shipped, now)?,
        _ => {}
    }
    tx.commit()?;
    Ok(())
}

/// Places the order in one transaction. With the same `key` and body it answers the order the
/// first request created (`true` = replayed), so nothing is ever ordered twice.
pub fn place(
    conn: &mut Connection,
    user_id: i64,
    req: &PlaceOrder,
    rules: &OrderRules,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("order:{user_id}");
    if let Some(id) = replayed_id(&tx, &scope, key, request_hash)? {
        return Ok((id, true));
    }
    expire_due(&tx, now)?;
    if !rules.may_place(orders::open_unpaid(&tx, user_id)?) {
        return Err(Error::Conflict(
            ErrorCode::TooManyUnpaidOrders,
            "Too many orders wait for payment; pay one or let it expire",
        ));
    }
    let view = super::cart::quote(&tx, &req.cart, Some(user_id), now)?;
    // A cart emptied by what sold out meanwhile changed (409, the lines say what), it was not
    // sent empty (422).
    let coupon_refused = !matches!(view.coupon, None | Some(CouponStatus::Applied { .. }));
    if view.changed || coupon_refused || view.total.amount_minor != req.expected_total_minor {
        return Err(Error::Conflict(
            ErrorCode::CartChanged,
            "Prices, stock or the coupon changed; review the cart",
        ));
    }
    if view.item_count == 0 {
        return Err(Error::field("cart", FieldErrorCode::Required));
    }
    check_choices(&tx, req, &view)?;
    let order_id = orders::insert(&tx, user_id, req, &view, rules, now)?;
    if let Some(code) = &view.coupon_code {
        coupons::use_for(&tx, user_id, code, order_id)?;
    }
    if let Some(o) = &view.offer {
        offers::mark_used(&tx, o.id, order_id)?;
    }
    cart::clear(&tx, user_id)?;
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

/// One fulfilment choice per exhibitor in the cart and only those, an address when anything is
/// delivered, and pickup slots of that exhibitor with room left.
pub(super) fn check_choices(
    conn: &Connection,
    req: &PlaceOrder,
    view: &expocx_contract::CartView,
) -> Result<()> {
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
            match slot(conn, *slot_id)? {
                Some(s) if s.exhibitor_id == *exhibitor_id => {
                    if s.remaining == 0 {
                        return Err(Error::Conflict(
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
    Error::check(errors)
}
