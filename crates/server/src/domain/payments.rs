//! The labelled test payment provider: a payment is started for an unpaid order and completed
//! by its owner. Completing it is what any provider does: mark the payment, then
//! `life::on_paid`. (A real provider reports through a signed callback instead.)

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
    expire_due(conn, now)?;
    let o = order(conn, user_id, order_id)?.ok_or(Error::NotFound)?;
    if o.status != OrderStatus::AwaitingPayment || o.payment == PaymentStatus::Succeeded {
        return Err(Error::Conflict(
            ErrorCode::NotPayable,
            "The order is not awaiting payment",
        ));
    }
    payments::start_test(conn, order_id, now)
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
