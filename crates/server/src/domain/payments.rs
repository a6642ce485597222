//! Payments: the labelled test provider (a payment started for an unpaid order and completed by
//! its owner) and WeChat Pay (started here, settled by its verified notification or by its
//! answer to a query). Settling is the same for both: mark the payment, then `life::on_paid`.

use chrono::{DateTime, Utc};
use expocx_contract::{ErrorCode, OrderStatus, PaymentStatus};
use rusqlite::Connection;

use super::life;
use super::orders::expire_due;
use crate::db::orders::{self, payments, view::order};
use crate::db::{Error, Result};

/// Starts a test payment for an unpaid order of the account; returns the payment id.
pub fn start_test_payment(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<String> {
    awaiting(conn, user_id, order_id, now)?;
    payments::start_test(conn, order_id, now)
}

/// The account's order `order_id`, if it awaits payment (after expiring what is due).
fn awaiting(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<expocx_contract::Order> {
    expire_due(conn, now)?;
    let o = order(conn, user_id, order_id)?.ok_or(Error::NotFound)?;
    if o.status != OrderStatus::AwaitingPayment || o.payment == PaymentStatus::Succeeded {
        return Err(Error::Conflict(
            ErrorCode::NotPayable,
            "The order is not awaiting payment",
        ));
    }
    Ok(o)
}

/// What the test provider reports, sent by the order's owner (anyone else: `NotFound`). A
/// success pays the order (`life::on_paid`); an order that expired meanwhile is not paid.
pub fn complete_test_payment(
    conn: &mut Connection,
    user_id: i64,
    payment_id: &str,
    succeed: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    expire_due(&tx, now)?;
    let (order_id, status) =
        payments::test_payment_of(&tx, user_id, payment_id)?.ok_or(Error::NotFound)?;
    if status != "pending" {
        return Err(Error::Conflict(
            ErrorCode::NotPayable,
            "This payment is already complete",
        ));
    }
    payments::complete(&tx, payment_id, succeed, now)?;
    if succeed {
        life::on_paid(&tx, order_id, now)?;
    } else {
        orders::mark_payment_failed(&tx, order_id)?;
    }
    tx.commit()?;
    Ok(())
}

/// What a WeChat Pay prepay order for an order needs.
pub struct WechatCharge {
    pub out_trade_no: String,
    pub total_minor: i64,
    pub description: String,
    pub openid: String,
}

/// Starts a WeChat Pay payment for an unpaid order of the account, charged to the WeChat user
/// it signed in as through `app` (without one: `ValidationFailed` on `provider`, the other ways
/// to pay stay open).
pub fn start_wechat_payment(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    app: crate::wechat::WechatApp,
    now: DateTime<Utc>,
) -> Result<WechatCharge> {
    let o = awaiting(conn, user_id, order_id, now)?;
    let openid = crate::db::auth::wechat::openid_of(conn, user_id, app)?
        .ok_or_else(|| Error::field("provider", expocx_contract::FieldErrorCode::InvalidValue))?;
    Ok(WechatCharge {
        out_trade_no: payments::start_wechat(conn, order_id, now)?,
        total_minor: o.total.amount_minor,
        description: format!("ExpoCX {}", o.number),
        openid,
    })
}

/// What a report of WeChat Pay's did.
#[derive(Debug, PartialEq, Eq)]
pub enum Settled {
    /// The order is paid now.
    Paid,
    /// It was already (a notification repeated, or the query came first).
    AlreadyPaid,
    /// WeChat Pay has no success to report yet.
    NotYet,
    /// The amount or currency is not the order's: nothing changes.
    WrongAmount,
    /// The payment was no longer awaited (the order expired or was called off meanwhile).
    NotAwaited,
}

/// What WeChat Pay reports of payment `out_trade_no` (a verified notification, or its answer to
/// a query): a success for the order's exact amount pays it (`life::on_paid`), once.
pub fn settle_wechat(
    conn: &mut Connection,
    out_trade_no: &str,
    trade_state: &str,
    paid: Option<(i64, &str)>,
    now: DateTime<Utc>,
) -> Result<Settled> {
    let tx = conn.transaction()?;
    expire_due(&tx, now)?;
    let p = payments::wechat_payment(&tx, out_trade_no)?.ok_or(Error::NotFound)?;
    let settled = if trade_state != "SUCCESS" {
        Settled::NotYet
    } else if paid != Some((p.total_minor, p.currency.as_str())) {
        Settled::WrongAmount
    } else if p.status == "succeeded" {
        Settled::AlreadyPaid
    } else if p.status != "pending" {
        Settled::NotAwaited
    } else {
        payments::complete(&tx, out_trade_no, true, now)?;
        life::on_paid(&tx, p.order_id, now)?;
        Settled::Paid
    };
    tx.commit()?;
    Ok(settled)
}
