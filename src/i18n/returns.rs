//! After-sales texts (zh-Hans, zh-Hant, en) of the member center and the exhibitor's desk: only lazy chunks use them.

use expocx_contract::{ReturnReason, ReturnStatus};

use crate::i18n::Text3;

pub const TITLE: Text3 = ["退货", "退貨", "Returns"];
pub const EMPTY: Text3 = [
    "还没有退货。已付款的订单可以在订单页申请退货。",
    "還沒有退貨。已付款的訂單可以在訂單頁申請退貨。",
    "No returns yet. A paid order can be returned from its page.",
];
pub const NEW_TITLE: Text3 = ["申请退货", "申請退貨", "Return items"];
pub const FOR_ORDER: Text3 = ["订单 {number}", "訂單 {number}", "Order {number}"];
pub const WHICH: Text3 = [
    "退哪些商品，各退几件",
    "退哪些商品，各退幾件",
    "Which items, and how many",
];
pub const QUANTITY: Text3 = [
    "{name} 的退货数量（最多 {max}）",
    "{name} 的退貨數量（最多 {max}）",
    "How many {name} to return (up to {max})",
];
pub const REASON: Text3 = ["退货原因", "退貨原因", "Reason"];
pub const DETAILS: Text3 = ["补充说明（选填）", "補充說明（選填）", "Details (optional)"];
pub const SEND: Text3 = ["提交退货申请", "提交退貨申請", "Request the return"];
pub const NOTHING: Text3 = [
    "请至少选择一件商品。",
    "請至少選擇一件商品。",
    "Choose at least one item.",
];
pub const REFUND: Text3 = ["退款金额", "退款金額", "Refund"];
pub const STEPS: Text3 = ["退货进度", "退貨進度", "Progress"];
pub const NOT_RETURNABLE: Text3 = [
    "这个订单不能退货（未付款、已关闭或已超过 30 天），或这些商品已在退货中。",
    "這筆訂單不能退貨（未付款、已關閉或已超過 30 天），或這些商品已在退貨中。",
    "This order cannot be returned (unpaid, closed or older than 30 days), or these items are already being returned.",
];

pub fn status(s: ReturnStatus) -> &'static Text3 {
    const REQUESTED: Text3 = ["已申请", "已申請", "Requested"];
    const APPROVED: Text3 = [
        "已同意，请寄回或送回展位",
        "已同意，請寄回或送回展位",
        "Approved: bring or send the items back",
    ];
    const REJECTED: Text3 = ["未通过", "未通過", "Declined"];
    const RECEIVED: Text3 = ["商品已收到", "商品已收到", "Items received"];
    const REFUNDED: Text3 = ["已退款", "已退款", "Refunded"];
    match s {
        ReturnStatus::Requested => &REQUESTED,
        ReturnStatus::Approved => &APPROVED,
        ReturnStatus::Rejected => &REJECTED,
        ReturnStatus::Received => &RECEIVED,
        ReturnStatus::Refunded => &REFUNDED,
    }
}

pub fn reason(r: ReturnReason) -> &'static Text3 {
    const DAMAGED: Text3 = ["商品破损", "商品破損", "Damaged"];
    const WRONG: Text3 = ["发错商品", "發錯商品", "Wrong item"];
    const NOT_AS: Text3 = ["与描述不符", "與描述不符", "Not as described"];
    const MIND: Text3 = ["不想要了", "不想要了", "Changed my mind"];
    const OTHER: Text3 = ["其他", "其他", "Other"];
    match r {
        ReturnReason::Damaged => &DAMAGED,
        ReturnReason::WrongItem => &WRONG,
        ReturnReason::NotAsDescribed => &NOT_AS,
        ReturnReason::ChangedMind => &MIND,
        ReturnReason::Other => &OTHER,
    }
}

pub fn reason_slug(r: ReturnReason) -> &'static str {
    match r {
        ReturnReason::Damaged => "damaged",
        ReturnReason::WrongItem => "wrong_item",
        ReturnReason::NotAsDescribed => "not_as_described",
        ReturnReason::ChangedMind => "changed_mind",
        ReturnReason::Other => "other",
    }
}
