//! Texts of a trade quote that both sides read: the buyer's quote pages (quotes area) and the
//! exhibitor's quote desk (portal). Only lazy chunks use them.

use expocx_contract::quotes::QuoteStatus;

use super::text::texts;
use crate::i18n::Text;

texts! {
    mod quote_common {
        STATUS_REQUESTED { zh_hans: "待报价", zh_hant: "待報價", en: "Waiting for an answer" }
        STATUS_QUOTED { zh_hans: "已报价", zh_hant: "已報價", en: "Quoted" }
        STATUS_ACCEPTED { zh_hans: "已接受", zh_hant: "已接受", en: "Accepted" }
        STATUS_ORDERED { zh_hans: "已下单", zh_hant: "已下單", en: "Ordered" }
        STATUS_DECLINED { zh_hans: "已拒绝", zh_hant: "已婉拒", en: "Declined" }
        STATUS_EXPIRED { zh_hans: "已过期", zh_hant: "已過期", en: "Expired" }
        STATUS_WITHDRAWN { zh_hans: "已撤回", zh_hant: "已撤回", en: "Withdrawn" }
        STATUS_UNKNOWN { zh_hans: "其他状态", zh_hant: "其他狀態", en: "Other" }
        ALL { zh_hans: "全部", zh_hant: "全部", en: "All" }
        BY_STATUS { zh_hans: "按状态筛选", zh_hant: "依狀態篩選", en: "Filter by status" }
        NUMBER { zh_hans: "报价单 {number}", zh_hant: "報價單 {number}", en: "Quote {number}" }
        TITLE_MORE { zh_hans: "{title} 等 {n} 项", zh_hant: "{title} 等 {n} 項", en: "{title} and {n} more" }
        LINES { zh_hans: "报价明细", zh_hant: "報價明細", en: "Lines" }
        PRODUCT { zh_hans: "商品与配置", zh_hant: "商品與配置", en: "Product and configuration" }
        QUANTITY { zh_hans: "数量", zh_hant: "數量", en: "Quantity" }
        LIST_UNIT { zh_hans: "目录单价", zh_hant: "目錄單價", en: "List unit price" }
        QUOTED_UNIT { zh_hans: "报价单价", zh_hant: "報價單價", en: "Quoted unit price" }
        LINE_TOTAL { zh_hans: "小计", zh_hant: "小計", en: "Line total" }
        TOTAL { zh_hans: "合计", zh_hant: "合計", en: "Total" }
        REVISIONS { zh_hans: "报价版本", zh_hant: "報價版本", en: "Revisions" }
        REVISION_N { zh_hans: "第 {n} 版", zh_hant: "第 {n} 版", en: "Revision {n}" }
        LATEST { zh_hans: "最新", zh_hant: "最新", en: "Latest" }
        CHANGED { zh_hans: "与上一版不同", zh_hant: "與上一版不同", en: "changed from the previous revision" }
        UNIT_OF { zh_hans: "{product} 单价", zh_hant: "{product} 單價", en: "Unit price: {product}" }
        VALID_UNTIL { zh_hans: "有效期至", zh_hant: "有效期至", en: "Valid until" }
        PAYMENT_TERMS { zh_hans: "付款条件", zh_hant: "付款條件", en: "Payment terms" }
        DELIVERY_TERMS { zh_hans: "交货条件", zh_hant: "交貨條件", en: "Delivery terms" }
        INCOTERM { zh_hans: "贸易术语（Incoterm）", zh_hant: "貿易條件（Incoterm）", en: "Incoterm" }
        LEAD_TIME { zh_hans: "交期", zh_hant: "交期", en: "Lead time" }
        LEAD_DAYS { zh_hans: "{n} 个工作日", zh_hant: "{n} 個工作天", en: "{n} working days" }
        NOTE { zh_hans: "备注", zh_hant: "備註", en: "Note" }
        NO_REVISION { zh_hans: "展商尚未报价。", zh_hant: "展商尚未報價。", en: "The exhibitor has not answered yet." }
        THREAD { zh_hans: "沟通记录", zh_hant: "溝通紀錄", en: "Messages" }
        NO_MESSAGES { zh_hans: "还没有消息。", zh_hant: "還沒有訊息。", en: "No messages yet." }
        INTERNAL { zh_hans: "内部备注", zh_hant: "內部備註", en: "Internal note" }
        NEEDED_BY { zh_hans: "需求日期", zh_hant: "需求日期", en: "Needed by" }
        REGION { zh_hans: "交货地区", zh_hant: "交貨地區", en: "Delivery region" }
        ASKED_ON { zh_hans: "询价时间", zh_hant: "詢價時間", en: "Asked on" }
        ANSWER_BY { zh_hans: "报价期限", zh_hant: "報價期限", en: "Answer due" }
        OVERDUE { zh_hans: "已逾期", zh_hant: "已逾期", en: "Overdue" }
        YOU { zh_hans: "你", zh_hant: "你", en: "You" }
        EXHIBITOR { zh_hans: "展商", zh_hant: "展商", en: "Exhibitor" }
        BUYER { zh_hans: "买家", zh_hant: "買家", en: "Buyer" }
        OUR_TEAM { zh_hans: "我们", zh_hant: "我們", en: "Our team" }
        MESSAGE { zh_hans: "留言", zh_hant: "留言", en: "Message" }
        SEND { zh_hans: "发送", zh_hant: "傳送", en: "Send" }
        CHANGED_SINCE {
            zh_hans: "报价单刚刚有变动，已为你显示最新内容，请再确认一次。",
            zh_hant: "報價單剛剛有變動，已為你顯示最新內容，請再確認一次。",
            en: "The quote changed meanwhile. It now shows as it is: please look again.",
        }
        KEEP { zh_hans: "先不", zh_hant: "先不要", en: "Not now" }
        EXPIRED_NOW {
            zh_hans: "这份报价已过有效期，不能再接受。可以请展商重新报价。",
            zh_hant: "這份報價已過有效期，不能再接受。可以請展商重新報價。",
            en: "This quote's validity has ended, so it can no longer be accepted. You can ask the exhibitor for a new one.",
        }
        SUPERSEDED_NOW {
            zh_hans: "展商刚刚发来了新版本，已为你显示最新报价，请再确认一次。",
            zh_hant: "展商剛剛傳來了新版本，已為你顯示最新報價，請再確認一次。",
            en: "A newer revision just replaced this one. It is shown now: please look again.",
        }
        CLOSED_NOW {
            zh_hans: "这份报价已结束（已接受、已拒绝或已撤回），不能再操作。",
            zh_hant: "這份報價已結束（已接受、已婉拒或已撤回），不能再操作。",
            en: "This quote is closed (accepted, declined or withdrawn): nothing more can be done with it.",
        }
        WRITE_SOMETHING { zh_hans: "请先填写内容。", zh_hant: "請先填寫內容。", en: "Write something first." }
        SENT { zh_hans: "已发送。", zh_hant: "已傳送。", en: "Sent." }
    }
}

pub fn status(s: QuoteStatus) -> &'static Text {
    use quote_common::*;
    match s {
        QuoteStatus::Requested => &STATUS_REQUESTED,
        QuoteStatus::Quoted => &STATUS_QUOTED,
        QuoteStatus::Accepted => &STATUS_ACCEPTED,
        QuoteStatus::Ordered => &STATUS_ORDERED,
        QuoteStatus::Declined => &STATUS_DECLINED,
        QuoteStatus::Expired => &STATUS_EXPIRED,
        QuoteStatus::Withdrawn => &STATUS_WITHDRAWN,
        QuoteStatus::Unknown => &STATUS_UNKNOWN,
    }
}

/// The status filters of the quote lists (the buyer's tabs and the desk's): the query's value
/// and its words, `None` for all.
pub const FILTERS: [(Option<QuoteStatus>, &Text); 8] = [
    (None, &quote_common::ALL),
    (
        Some(QuoteStatus::Requested),
        &quote_common::STATUS_REQUESTED,
    ),
    (Some(QuoteStatus::Quoted), &quote_common::STATUS_QUOTED),
    (Some(QuoteStatus::Accepted), &quote_common::STATUS_ACCEPTED),
    (Some(QuoteStatus::Ordered), &quote_common::STATUS_ORDERED),
    (Some(QuoteStatus::Expired), &quote_common::STATUS_EXPIRED),
    (Some(QuoteStatus::Declined), &quote_common::STATUS_DECLINED),
    (
        Some(QuoteStatus::Withdrawn),
        &quote_common::STATUS_WITHDRAWN,
    ),
];
