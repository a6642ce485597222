//! Texts of the exhibitor's quote desk (portal). Only the portal's chunk uses them.

use super::text::texts;

texts! {
    mod desk {
        QUOTES { zh_hans: "询价", zh_hant: "詢價", en: "Quotes" }
        NONE { zh_hans: "这里没有询价。", zh_hant: "這裡沒有詢價。", en: "No quotes here." }
        ANSWER_TITLE { zh_hans: "报价（第 {n} 版）", zh_hant: "報價（第 {n} 版）", en: "Answer (revision {n})" }
        LIST_WAS { zh_hans: "目录价 {price} × {n} 件", zh_hant: "目錄價 {price} × {n} 件", en: "list {price} × {n} pieces" }
        PRICE_KIND { zh_hans: "定价方式", zh_hant: "定價方式", en: "Priced by" }
        KIND_UNIT { zh_hans: "单价", zh_hant: "單價", en: "Unit price" }
        KIND_DISCOUNT { zh_hans: "折扣（%）", zh_hant: "折扣（%）", en: "Discount (%)" }
        VALUE_UNIT { zh_hans: "单价（元）", zh_hant: "單價（元）", en: "Unit price (yuan)" }
        VALUE_DISCOUNT { zh_hans: "在目录价上优惠的百分比", zh_hant: "在目錄價上優惠的百分比", en: "Percent off the list price" }
        COMES_TO {
            zh_hans: "每件 {unit}，{n} 件共 {total}",
            zh_hant: "每件 {unit}，{n} 件共 {total}",
            en: "{unit} each, {total} for {n} pieces",
        }
        PAYMENT_HINT { zh_hans: "例如：30% 定金，发货前付清", zh_hant: "例如：30% 訂金，出貨前付清", en: "E.g. 30 % deposit, the rest before shipping" }
        INCOTERM_HINT { zh_hans: "例如：FOB 上海、EXW、DAP 汉堡", zh_hant: "例如：FOB 上海、EXW、DAP 漢堡", en: "E.g. FOB Shanghai, EXW, DAP Hamburg" }
        LEAD_DAYS_LABEL { zh_hans: "交期（工作日）", zh_hant: "交期（工作天）", en: "Lead time (working days)" }
        NOTE_LABEL { zh_hans: "给买家的备注", zh_hant: "給買家的備註", en: "Note to the buyer" }
        SEND_ANSWER { zh_hans: "发送报价", zh_hant: "傳送報價", en: "Send the quote" }
        ANSWERED { zh_hans: "报价已发送给买家。", zh_hant: "報價已傳送給買家。", en: "The quote is sent to the buyer." }
        ASSIGNED { zh_hans: "负责人已更新。", zh_hant: "負責人已更新。", en: "Assignment saved." }
        MESSAGE_LABEL { zh_hans: "给买家的消息或内部备注", zh_hant: "給買家的訊息或內部備註", en: "Message to the buyer, or an internal note" }
        INTERNAL_BOX {
            zh_hans: "内部备注：只有团队能看到，买家看不到",
            zh_hant: "內部備註：只有團隊看得到，買家看不到",
            en: "Internal note: only the team sees it, never the buyer",
        }
        WITHDRAW { zh_hans: "撤回报价", zh_hant: "撤回報價", en: "Withdraw the quote" }
        WITHDRAW_CONFIRM {
            zh_hans: "撤回这份报价？买家将无法再接受它。",
            zh_hant: "撤回這份報價？買家將無法再接受它。",
            en: "Withdraw this quote? The buyer can no longer accept it.",
        }
        WITHDRAWN { zh_hans: "报价已撤回。", zh_hant: "報價已撤回。", en: "The quote is withdrawn." }
    }
    mod figures {
        TITLE { zh_hans: "询价漏斗", zh_hant: "詢價漏斗", en: "Quote desk" }
        ASKED { zh_hans: "收到询价", zh_hant: "收到詢價", en: "Asked" }
        QUOTED { zh_hans: "已报价", zh_hant: "已報價", en: "Quoted" }
        ACCEPTED { zh_hans: "买家接受", zh_hant: "買家接受", en: "Accepted" }
        ORDERED { zh_hans: "已成单", zh_hant: "已成單", en: "Ordered" }
        PIPELINE { zh_hans: "有效报价总额", zh_hant: "有效報價總額", en: "Open quotes' value" }
        FIRST_ANSWER { zh_hans: "首次报价用时（中位数）", zh_hant: "首次報價用時（中位數）", en: "First answer (median)" }
        WIN_RATE { zh_hans: "成交率", zh_hant: "成交率", en: "Win rate" }
        MINUTES { zh_hans: "{h} 小时 {m} 分钟", zh_hant: "{h} 小時 {m} 分鐘", en: "{h} h {m} min" }
        NOTE {
            zh_hans: "本期收到的询价走到了哪一步；成交率只计已有结果的询价（接受、拒绝、撤回或过期）。",
            zh_hant: "本期收到的詢價走到了哪一步；成交率只計已有結果的詢價（接受、拒絕、撤回或過期）。",
            en: "How far the quotes asked in the period got; the win rate counts only decided ones (accepted, declined, withdrawn or expired).",
        }
    }
}
