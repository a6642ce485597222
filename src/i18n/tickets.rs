//! After-sales texts (zh-Hans, zh-Hant, en) of the member center and the exhibitor's desk: only lazy chunks use them.

use expocx_contract::{TicketCategory, TicketStatus};

use crate::i18n::Text3;

pub const TITLE: Text3 = ["售后服务", "售後服務", "After-sales service"];
pub const ASK: Text3 = ["联系售后", "聯絡售後", "Ask for help"];
pub const EMPTY: Text3 = [
    "还没有售后工单。订单有问题时，可以在订单页联系展商。",
    "還沒有售後工單。訂單有問題時，可以在訂單頁聯絡展商。",
    "No service requests yet. If something is wrong with an order, ask from the order's page.",
];
pub const NEW_TITLE: Text3 = ["联系售后", "聯絡售後", "Ask for help"];
pub const ABOUT_ORDER: Text3 = [
    "关于订单 {number}",
    "關於訂單 {number}",
    "About order {number}",
];
pub const EXHIBITOR: Text3 = ["哪家展商", "哪家展商", "Which exhibitor"];
pub const CATEGORY: Text3 = ["问题类型", "問題類型", "What is it about?"];
pub const SUBJECT: Text3 = ["标题", "標題", "Subject"];
pub const TEXT: Text3 = ["详细描述", "詳細描述", "Describe it"];
pub const SEND: Text3 = ["提交", "提交", "Send"];
pub const RESPOND_BY: Text3 = [
    "展商将在 {time} 前首次答复。",
    "展商將在 {time} 前首次答覆。",
    "The exhibitor answers by {time}.",
];
pub const YOU: Text3 = ["你", "你", "You"];
pub const STAFF: Text3 = ["展商客服", "展商客服", "Exhibitor"];
pub const CONVERSATION: Text3 = ["沟通记录", "溝通記錄", "Conversation"];
pub const REPLY: Text3 = ["回复", "回覆", "Reply"];
pub const REPLY_SEND: Text3 = ["发送回复", "傳送回覆", "Send reply"];
pub const MARK_RESOLVED: Text3 = ["问题已解决", "問題已解決", "Mark as solved"];
pub const REOPEN: Text3 = [
    "问题没解决，重新打开",
    "問題沒解決，重新開啟",
    "Not solved: reopen",
];
pub const RATE_TITLE: Text3 = ["为这次服务评分", "為這次服務評分", "Rate how it was solved"];
pub const SCORE: Text3 = ["{n} 分（共 5 分）", "{n} 分（共 5 分）", "{n} of 5"];
pub const COMMENT: Text3 = ["评价（选填）", "評價（選填）", "Comment (optional)"];
pub const RATE_SEND: Text3 = ["提交评分", "提交評分", "Send rating"];
pub const RATED: Text3 = ["你的评分：{n}/5", "你的評分：{n}/5", "Your rating: {n}/5"];
pub const WRONG_STATUS: Text3 = [
    "工单状态已变化，请刷新后再试。",
    "工單狀態已變化，請重新整理後再試。",
    "The request's status has changed; reload and try again.",
];

pub fn status(s: TicketStatus) -> &'static Text3 {
    const OPEN: Text3 = ["已提交", "已提交", "Open"];
    const WAITING: Text3 = ["待你回复", "待你回覆", "Waiting for you"];
    const IN_PROGRESS: Text3 = ["处理中", "處理中", "In progress"];
    const RESOLVED: Text3 = ["已解决", "已解決", "Solved"];
    const CLOSED: Text3 = ["已关闭", "已關閉", "Closed"];
    match s {
        TicketStatus::Open => &OPEN,
        TicketStatus::WaitingForYou => &WAITING,
        TicketStatus::InProgress => &IN_PROGRESS,
        TicketStatus::Resolved => &RESOLVED,
        TicketStatus::Closed => &CLOSED,
    }
}

pub fn category(c: TicketCategory) -> &'static Text3 {
    const PRODUCT: Text3 = [
        "商品问题（破损、错发、与描述不符）",
        "商品問題（破損、錯發、與描述不符）",
        "Problem with an item (damaged, wrong, not as described)",
    ];
    const PICKUP: Text3 = ["自提", "自取", "Pickup at the booth"];
    const DELIVERY: Text3 = ["配送", "配送", "Delivery"];
    const PAYMENT: Text3 = ["付款与退款", "付款與退款", "Payment and refunds"];
    const OTHER: Text3 = ["其他", "其他", "Something else"];
    match c {
        TicketCategory::ProductIssue => &PRODUCT,
        TicketCategory::Pickup => &PICKUP,
        TicketCategory::Delivery => &DELIVERY,
        TicketCategory::Payment => &PAYMENT,
        TicketCategory::Other => &OTHER,
    }
}

pub fn category_slug(c: TicketCategory) -> &'static str {
    match c {
        TicketCategory::ProductIssue => "product_issue",
        TicketCategory::Pickup => "pickup",
        TicketCategory::Delivery => "delivery",
        TicketCategory::Payment => "payment",
        TicketCategory::Other => "other",
    }
}
