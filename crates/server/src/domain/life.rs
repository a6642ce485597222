//! The order's life: each consequence of a payment, a cancellation and a refund, listed once.
//! Every function runs inside the caller's transaction. Whoever reports a payment (the test
//! provider, WeChat Pay) marks it and calls `on_paid`; whoever calls an order or a part off
//! calls `on_cancelled`; every refund goes through `on_refunded`.

use chrono::{DateTime, Utc};
use expocx_contract::{purpose, Money};
use rusqlite::Connection;

use super::consent;
use super::notify::{self, send};
use super::texts::{self, OrderNews};
use crate::db::consent::Subject;
use crate::db::orders::{self, payments};
use crate::db::{coupons, interests, membership, Result};
use crate::rules::returns::points_back;

/// What is called off.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// The member cancelled the whole order before the exhibitor confirmed it.
    Order,
    /// The order was not paid in time.
    Expired,
    /// One exhibitor cancelled its part, with the reason the member is told.
    Part { part_id: i64, reason: &'a str },
}

/// Order `order_id` was paid: it is marked paid (unless it expired or was cancelled meanwhile:
/// then nothing follows), the member earns points at their tier, is told, may earn a personal
/// coupon (marketing consent), and, with the personalization consent, what they bought joins
/// their interest profile.
pub fn on_paid(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<()> {
    if !orders::mark_paid(conn, order_id)? {
        return Ok(());
    }
    let head = orders::head(conn, order_id)?;
    let Some(member) = head.user_id else {
        return Ok(());
    };
    membership::earn_for_order(conn, member, order_id, head.total_minor, now)?;
    notify::order_news(conn, order_id, OrderNews::Paid, now)?;
    let tier = membership::membership(conn, member, now)?.tier;
    let marketing = consent::marketing_allowed(conn, member)?;
    let coupon = coupons::issue_after_payment(
        conn,
        member,
        head.total_minor,
        tier,
        marketing,
        texts::category_coupon,
        now,
    )?;
    if let Some(c) = coupon {
        send(
            conn,
            member,
            &texts::coupon_issued(&c.code, &c.description),
            now,
        )?;
    }
    let subject = Subject::User(member);
    if consent::allows(conn, &subject, purpose::PERSONALIZATION)? {
        let mut profile = interests::interests(conn, member)?;
        for (p, c, e) in orders::bought(conn, order_id)? {
            profile.record(
                expocx_contract::interest::Interaction::Ordered,
                p,
                c,
                e,
                now.timestamp_millis(),
            );
        }
        interests::store_interests(conn, member, &profile, now)?;
    }
    Ok(())
}

/// Order `order_id`, or one exhibitor's part of it, is called off: its stock (and so its
/// pickup place) goes back; what was paid for it is refunded (`on_refunded`); a personal coupon
/// it used comes back once nothing of the order is left; the member is told why.
pub fn on_cancelled(
    conn: &Connection,
    order_id: i64,
    scope: Scope,
    now: DateTime<Utc>,
) -> Result<()> {
    match scope {
        Scope::Expired => {
            orders::release_stock(conn, order_id)?;
            coupons::release(conn, order_id)?;
            orders::set_expired(conn, order_id)?;
            payments::fail_pending(conn, order_id, now)?;
        }
        Scope::Order => {
            orders::release_stock(conn, order_id)?;
            payments::call_off(conn, order_id, now)?;
            // Whatever WeChat Pay took goes back through it.
            payments::wechat_refund_due(conn, order_id, i64::MAX, now)?;
            orders::set_cancelled(conn, order_id)?;
            // Everything the order earned goes back, whatever was paid.
            membership::reverse_for_order(conn, order_id, now)?;
            notify::order_news(conn, order_id, OrderNews::Cancelled, now)?;
            coupons::release(conn, order_id)?;
        }
        Scope::Part { part_id, reason } => {
            let done = orders::cancel_part(conn, order_id, part_id, reason, now)?;
            if done.last {
                payments::refund_all(conn, order_id, now)?;
                orders::mark_refunded(conn, order_id)?;
                coupons::release(conn, order_id)?;
            }
            let head = orders::head(conn, order_id)?;
            let refund = Money {
                amount_minor: done.refund_minor,
                currency: head.currency.clone(),
            };
            on_refunded(conn, order_id, &refund, now)?;
            if let Some(member) = head.user_id {
                let message = texts::part_cancelled(order_id, &head.number, reason, &refund);
                send(conn, member, &message, now)?;
            }
        }
    }
    Ok(())
}

/// `refund` of order `order_id` went back to the member (a cancelled part, a refunded return):
/// through WeChat Pay when it was paid that way, and the points the order earned are taken back
/// in the same share (`rules::returns::points_back`).
pub fn on_refunded(
    conn: &Connection,
    order_id: i64,
    refund: &Money,
    now: DateTime<Utc>,
) -> Result<()> {
    payments::wechat_refund_due(conn, order_id, refund.amount_minor, now)?;
    let total = orders::head(conn, order_id)?.total_minor;
    membership::take_back(
        conn,
        order_id,
        |earned| points_back(earned, refund.amount_minor, total),
        now,
    )
}
