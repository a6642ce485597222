//! Texts only lazy areas show, shared by several of them: referenced only from their chunks,
//! so they are not in the first load's message tables.

use expocx_contract::{ErrorCode, Lang};

use super::{messages, Messages, Text3};
use crate::api::ApiError;

pub const PASSWORD_HINT: Text3 = ["至少 8 个字符", "至少 8 個字元", "At least 8 characters"];
pub const SUBMITTING: Text3 = ["正在提交…", "正在送出…", "Sending…"];
pub const PRIVACY_TITLE: Text3 = ["隐私中心", "隱私中心", "Privacy center"];
pub const DELETE_CANCEL: Text3 = ["取消", "取消", "Cancel"];
pub const ADDRESS_TITLE: Text3 = ["收货地址", "收貨地址", "Delivery address"];
pub const ADDRESS_NAME: Text3 = ["收货人", "收貨人", "Full name"];
pub const ADDRESS_PHONE: Text3 = ["手机号", "手機號碼", "Phone"];
pub const ADDRESS_REGION: Text3 = ["省 / 市 / 区", "省 / 市 / 區", "Province / city / district"];
pub const ADDRESS_STREET: Text3 = ["详细地址", "詳細地址", "Street address"];
pub const ADDRESS_POSTCODE: Text3 = ["邮编（选填）", "郵遞區號（選填）", "Postcode (optional)"];
pub const ORDER_NUMBER: Text3 = [
    "订单号 {number}",
    "訂單編號 {number}",
    "Order number {number}",
];
pub const ME_ORDERS: Text3 = ["我的订单", "我的訂單", "My orders"];
pub const ERR_INVALID_CREDENTIALS: Text3 = [
    "邮箱或密码不正确。",
    "電子郵件或密碼不正確。",
    "The email or password is wrong.",
];
pub const ERR_EMAIL_TAKEN: Text3 = [
    "该邮箱已注册，请直接登录。",
    "該電子郵件已註冊，請直接登入。",
    "This email already has an account. Sign in instead.",
];
pub const ERR_TOO_MANY_UNPAID: Text3 = [
    "你有多个订单在等待付款，请先付款或等它们过期。",
    "你有多筆訂單在等待付款，請先付款或等它們過期。",
    "Several of your orders are waiting for payment. Pay one, or let it expire, first.",
];
pub const CHECKOUT_SLOT_FULL: Text3 = [
    "你选的自提时段刚刚约满，请换一个时段。",
    "你選的自取時段剛剛約滿，請換一個時段。",
    "That pickup time just filled up. Please choose another.",
];
pub const CHECKOUT_CART_CHANGED: Text3 = [
    "价格或库存刚刚变化，订单未提交。请确认购物车。",
    "價格或庫存剛剛變化，訂單未提交。請確認購物車。",
    "Prices or stock just changed, so nothing was ordered. Please review your cart.",
];
pub const PAY_NOT_PAYABLE: Text3 = [
    "该订单已付款、已取消或已过期。",
    "該訂單已付款、已取消或已過期。",
    "This order is already paid, cancelled or expired.",
];

/// An order's status as the visitor (and the exhibitor's staff) read it.
pub fn order_status(s: expocx_contract::OrderStatus) -> &'static Text3 {
    use expocx_contract::OrderStatus;
    match s {
        OrderStatus::AwaitingPayment => &["待付款", "待付款", "Awaiting payment"],
        OrderStatus::Paid => &["已付款", "已付款", "Paid"],
        OrderStatus::Confirmed => &["商家已确认", "商家已確認", "Confirmed by the exhibitor"],
        OrderStatus::ReadyForPickup => &["可自提", "可自取", "Ready for pickup"],
        OrderStatus::Shipped => &["已发货", "已出貨", "Shipped"],
        OrderStatus::Completed => &["已完成", "已完成", "Completed"],
        OrderStatus::Cancelled => &["已取消", "已取消", "Cancelled"],
        OrderStatus::Expired => &[
            "已过期（未按时付款）",
            "已過期（未按時付款）",
            "Expired (not paid in time)",
        ],
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
    let text = match err.problem().map(|p| p.code) {
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
pub const NOT_ENOUGH_POINTS: Text3 = [
    "可用积分不足。",
    "可用積分不足。",
    "Not enough spendable points.",
];
