//! Accepting a quote: the buyer takes the latest revision, and an order is placed at its unit
//! prices in the same transaction, waiting for the normal payment. Idempotent: the same
//! acceptance sent again (same `If-Match`, or the same `Idempotency-Key`) answers the same
//! order.

use chrono::{DateTime, Utc};
use expocx_contract::quotes::{AcceptQuote, QuoteAction};
use expocx_contract::{CartGroup, CartLine, CartView, ErrorCode, Money, PlaceOrder};
use rusqlite::Connection;

use super::quotes::{option_label, Side};
use crate::db::idempotency::{replayed_id, store_idempotent_response, StoredResponse};
use crate::db::quotes::{self as data, view};
use crate::db::{orders, Error, Result};
use crate::rules::orders::OrderRules;

/// The quote's latest revision as the cart an order is written from.
fn as_cart(conn: &Connection, buyer_id: i64, id: i64, now: DateTime<Utc>) -> Result<CartView> {
    let q = view::get(conn, Side::Buyer(buyer_id), id, now)?.ok_or(Error::NotFound)?;
    let latest = q.revisions.last().ok_or(Error::NotFound)?;
    let money = |amount_minor| Money {
        amount_minor,
        currency: latest.total.currency.clone(),
    };
    let lines: Vec<CartLine> = q
        .lines
        .iter()
        .zip(&latest.units)
        .map(|(l, unit)| {
            let quantity = l.configuration.quantity;
            CartLine {
                product_id: l.product_id,
                option_id: None,
                name: l.name.clone(),
                option_label: option_label(&l.chosen),
                image_url: String::new(),
                exhibitor_id: q.summary.exhibitor_id,
                category_id: 0,
                quantity,
                requested_quantity: quantity,
                seen_price_minor: Some(unit.amount_minor),
                stock: quantity,
                unit_price: unit.clone(),
                line_total: money(unit.amount_minor * i64::from(quantity)),
                notices: Vec::new(),
            }
        })
        .collect();
    let item_count = lines.iter().map(|l| l.quantity).sum();
    Ok(CartView {
        groups: vec![CartGroup {
            exhibitor_id: q.summary.exhibitor_id,
            exhibitor_name: q.summary.exhibitor_name.clone(),
            booth: String::new(),
            hall_id: 0,
            lines,
            subtotal: latest.total.clone(),
        }],
        coupon_code: None,
        coupon: None,
        offer: None,
        subtotal: latest.total.clone(),
        discount: money(0),
        total: latest.total.clone(),
        item_count,
        changed: false,
        removed: 0,
    })
}

/// The buyer accepts quote `id` at `version` (its `ETag`): answers the order placed, and
/// whether this was a repeat of an acceptance already made.
#[allow(clippy::too_many_arguments)]
pub fn accept(
    conn: &mut Connection,
    buyer_id: i64,
    id: i64,
    version: i64,
    body: &AcceptQuote,
    rules: &OrderRules,
    (key, request_hash): (Option<&str>, &str),
    now: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("quote-accept:{buyer_id}");
    if let Some(key) = key {
        if let Some(order_id) = replayed_id(&tx, &scope, key, request_hash)? {
            return Ok((order_id, true));
        }
    }
    let head = super::quotes::head_of(&tx, Side::Buyer(buyer_id), id)?;
    if let (Some(order_id), Some(v)) = (head.order_id, head.accepted_version) {
        if v == version {
            return Ok((order_id, true));
        }
    }
    super::quotes::check(
        &head,
        Side::Buyer(buyer_id),
        Some(version),
        QuoteAction::Accept,
        now,
    )?;
    super::orders::expire_due(&tx, now)?;
    if !rules.may_place(orders::open_unpaid(&tx, buyer_id)?) {
        return Err(Error::Conflict(
            ErrorCode::TooManyUnpaidOrders,
            "Too many orders wait for payment; pay one or let it expire",
        ));
    }
    let cart = as_cart(&tx, buyer_id, id, now)?;
    let req = PlaceOrder {
        cart: Default::default(),
        fulfilment: vec![body.fulfilment.clone()],
        address: body.address.clone(),
        expected_total_minor: cart.total.amount_minor,
    };
    super::orders::check_choices(&tx, &req, &cart)?;
    let order_id = orders::insert(&tx, buyer_id, &req, &cart, rules, now)?;
    if !data::set_ordered(&tx, id, version, order_id, now)? {
        return Err(super::quotes::refusal(&head, now));
    }
    if let Some(key) = key {
        let stored = StoredResponse {
            request_hash: request_hash.to_string(),
            status: 200,
            body: order_id.to_string(),
        };
        store_idempotent_response(&tx, &scope, key, &stored, Some(buyer_id))?;
    }
    tx.commit()?;
    Ok((order_id, false))
}
