//! Texts only lazy areas show, shared by several of them: referenced only from their chunks,
//! so they are not in the first load's message tables.

use expocx_contract::{ErrorCode, Lang};

pub use super::common::lazy::*;
use super::{messages, Messages, Text};
use crate::api::ApiError;

/// An order's status as the visitor (and the exhibitor's staff) read it.
pub fn order_status(s: expocx_contract::OrderStatus) -> &'static Text {
    use expocx_contract::OrderStatus;
    match s {
        OrderStatus::AwaitingPayment => &ORDER_STATUS_AWAITING_PAYMENT,
        OrderStatus::Paid => &ORDER_STATUS_PAID,
        OrderStatus::Confirmed => &ORDER_STATUS_CONFIRMED,
        OrderStatus::ReadyForPickup => &ORDER_STATUS_READY_FOR_PICKUP,
        OrderStatus::Shipped => &ORDER_STATUS_SHIPPED,
        OrderStatus::Completed => &ORDER_STATUS_COMPLETED,
        OrderStatus::Cancelled => &ORDER_STATUS_CANCELLED,
        OrderStatus::Expired => &ORDER_STATUS_EXPIRED,
    }
}

/// The language a message table is in.
fn lang_of(m: &Messages) -> Lang {
    [Lang::ZhHans, Lang::ZhHant, Lang::En]
        .into_iter()
        .find(|l| std::ptr::eq(messages(*l), m))
        .unwrap_or(Lang::ZhHans)
}

/// `error_message` for the lazy areas: it also knows the failures only their requests meet
/// (sign-in, checkout, payment), whose texts stay out of the first load.
pub fn error_message(err: &ApiError, m: &Messages) -> String {
    // With no signal at all, say so plainly: what was entered stays, and it can be sent later.
    let offline = matches!(err, ApiError::Network | ApiError::Timeout)
        && web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let text = match err.problem().map(|p| p.code) {
        _ if offline => &ERR_OFFLINE,
        Some(ErrorCode::InvalidCredentials) => &ERR_INVALID_CREDENTIALS,
        Some(ErrorCode::EmailTaken) => &ERR_EMAIL_TAKEN,
        Some(ErrorCode::TooManyUnpaidOrders) => &ERR_TOO_MANY_UNPAID,
        Some(ErrorCode::SlotFull) => &CHECKOUT_SLOT_FULL,
        Some(ErrorCode::CartChanged) => &CHECKOUT_CART_CHANGED,
        Some(ErrorCode::NotPayable) => &PAY_NOT_PAYABLE,
        Some(ErrorCode::NotEnoughPoints) => &NOT_ENOUGH_POINTS,
        _ => return super::error_message(err, m),
    };
    super::pick(text, lang_of(m)).to_string()
}
