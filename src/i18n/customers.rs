//! Texts of the exhibitor's customers (portal): the list, its three lists and filters, the
//! stages and segments, the values, and a customer seen whole. Only the portal's chunk uses them.

use super::text::texts;

texts! {
    mod list {
        CUSTOMERS { zh_hans: "顾客", zh_hant: "顧客", en: "Customers" }
        LISTS { zh_hans: "顾客名单", zh_hant: "顧客名單", en: "Customer lists" }
        ALL { zh_hans: "全部顾客", zh_hant: "全部顧客", en: "All customers" }
        STAGE { zh_hans: "关系阶段", zh_hant: "關係階段", en: "Stage" }
        ANY_STAGE { zh_hans: "全部阶段", zh_hant: "全部階段", en: "Any stage" }
        SEGMENT { zh_hans: "客群", zh_hant: "客群", en: "Segment" }
        ANY_SEGMENT { zh_hans: "全部客群", zh_hant: "全部客群", en: "Any segment" }
        SORT { zh_hans: "排序", zh_hant: "排序", en: "Sort" }
        SORT_VALUE { zh_hans: "销售额从高到低", zh_hant: "銷售額從高到低", en: "Highest revenue" }
        SORT_RECENT { zh_hans: "最近接触", zh_hant: "最近接觸", en: "Latest contact" }
        SORT_SATISFACTION { zh_hans: "满意度从低到高", zh_hant: "滿意度從低到高", en: "Least satisfied" }
        SCORE { zh_hans: "潜在客户评分", zh_hant: "潛在客戶評分", en: "Lead score" }
        SCORE_ANY { zh_hans: "不限", zh_hant: "不限", en: "Any score" }
        SCORE_20 { zh_hans: "至少 20 分", zh_hant: "至少 20 分", en: "At least 20" }
        SCORE_40 { zh_hans: "至少 40 分", zh_hant: "至少 40 分", en: "At least 40" }
        SCORE_60 { zh_hans: "至少 60 分", zh_hant: "至少 60 分", en: "At least 60" }
        STAGES_EXPLAINED { zh_hans: "各关系阶段的含义", zh_hant: "各關係階段的含義", en: "What the stages mean" }
        THIN {
            zh_hans: "下过单的顾客不足 30 位：客群划分只是粗略的，并不精确。",
            zh_hant: "下過單的顧客不足 30 位：客群劃分只是粗略的，並不精確。",
            en: "Fewer than 30 customers with orders: segments are rough, not precise.",
        }
        NONE {
            zh_hans: "还没有顾客：在你这里下单、询价或在展位上结识的人都会出现在这里。",
            zh_hant: "還沒有顧客：在你這裡下單、詢價或在攤位上結識的人都會出現在這裡。",
            en: "No customers yet: everyone who orders, asks for a quote or is met at the booth appears here.",
        }
        NONE_AT_RISK {
            zh_hans: "目前没有需要挽留的顾客。",
            zh_hant: "目前沒有需要挽留的顧客。",
            en: "No customer is at risk right now.",
        }
        NONE_RED_CARPET {
            zh_hans: "还没有需要优先服务的顾客。",
            zh_hant: "還沒有需要優先服務的顧客。",
            en: "No red-carpet customers yet.",
        }
        NONE_MATCH {
            zh_hans: "没有符合这些筛选条件的顾客。",
            zh_hant: "沒有符合這些篩選條件的顧客。",
            en: "No customers match these filters.",
        }
        FOUND { zh_hans: "共 {n} 位顾客", zh_hant: "共 {n} 位顧客", en: "{n} customers" }
        CUSTOMER { zh_hans: "顾客", zh_hant: "顧客", en: "Customer" }
    }
    mod words {
        STAGE_EXPLORING { zh_hans: "接触中", zh_hant: "接觸中", en: "Exploring" }
        STAGE_FORMING { zh_hans: "初步合作", zh_hant: "初步合作", en: "Forming" }
        STAGE_STABLE { zh_hans: "稳定", zh_hant: "穩定", en: "Stable" }
        STAGE_DECLINING { zh_hans: "减弱", zh_hant: "減弱", en: "Declining" }
        STAGE_UNKNOWN { zh_hans: "其他", zh_hant: "其他", en: "Other" }
        EXPLORING_HINT {
            zh_hans: "在展位结识或询过价，还没有下单。",
            zh_hant: "在攤位結識或詢過價，還沒有下單。",
            en: "Met at the booth or asked for a quote, has not ordered yet.",
        }
        FORMING_HINT {
            zh_hans: "下过单，但只在一天之内。",
            zh_hant: "下過單，但只在一天之內。",
            en: "Has ordered, on one day only.",
        }
        STABLE_HINT {
            zh_hans: "在不同的日子多次下单，且按自己的节奏仍在回购。",
            zh_hant: "在不同的日子多次下單，且按自己的節奏仍在回購。",
            en: "Orders again on other days, as often as they usually do.",
        }
        DECLINING_HINT {
            zh_hans: "沉寂的时间超过了其阶段的常态，或上次下单后不满意。",
            zh_hant: "沉寂的時間超過了其階段的常態，或上次下單後不滿意。",
            en: "Quieter than usual for their stage, or unhappy since their last order.",
        }
        UNKNOWN_HINT {
            zh_hans: "这个版本还不认识的阶段。",
            zh_hant: "這個版本還不認識的階段。",
            en: "A stage this version does not know yet.",
        }
        SEGMENT_CHAMPIONS { zh_hans: "核心顾客", zh_hant: "核心顧客", en: "Champions" }
        SEGMENT_LOYAL { zh_hans: "忠实顾客", zh_hant: "忠實顧客", en: "Loyal" }
        SEGMENT_NEW { zh_hans: "新顾客", zh_hant: "新顧客", en: "New" }
        SEGMENT_PROMISING { zh_hans: "潜力顾客", zh_hant: "潛力顧客", en: "Promising" }
        SEGMENT_AT_RISK { zh_hans: "流失风险", zh_hant: "流失風險", en: "At risk" }
        SEGMENT_HIBERNATING { zh_hans: "沉睡顾客", zh_hant: "沉睡顧客", en: "Hibernating" }
        SEGMENT_PROSPECT { zh_hans: "潜在顾客", zh_hant: "潛在顧客", en: "Prospect" }
        SEGMENT_UNKNOWN { zh_hans: "其他", zh_hant: "其他", en: "Other" }
        RFM_LONG {
            zh_hans: "近度 {r}、频度 {f}、金额 {m}（满分 5）",
            zh_hant: "近度 {r}、頻度 {f}、金額 {m}（滿分 5）",
            en: "Recency {r}, frequency {f}, monetary {m} (of 5)",
        }
        AT_RISK { zh_hans: "需挽留", zh_hant: "需挽留", en: "At risk" }
        AT_RISK_HINT {
            zh_hans: "稳定或初步合作的顾客，最近下单变少或变慢",
            zh_hant: "穩定或初步合作的顧客，最近下單變少或變慢",
            en: "A stable or forming customer who orders less or later than before",
        }
        RED_CARPET { zh_hans: "优先服务", zh_hant: "優先服務", en: "Red carpet" }
        RED_CARPET_HINT {
            zh_hans: "最有价值或正在上升的顾客：优先服务",
            zh_hant: "最有價值或正在上升的顧客：優先服務",
            en: "Top or rising customer: serve first",
        }
        ANONYMOUS {
            zh_hans: "匿名：尚未与你分享联系方式",
            zh_hant: "匿名：尚未與你分享聯絡方式",
            en: "Anonymous — has not shared their contact with you",
        }
        SATISFACTION { zh_hans: "满意度（0–100）", zh_hant: "滿意度（0–100）", en: "Satisfaction (0–100)" }
        LOYALTY { zh_hans: "忠诚度（0–100）", zh_hant: "忠誠度（0–100）", en: "Loyalty (0–100)" }
        RETAINED { zh_hans: "留存", zh_hant: "留存", en: "Retained" }
        RETAINED_YES { zh_hans: "已回购", zh_hant: "已回購", en: "Ordered again" }
        RETAINED_NO { zh_hans: "尚未回购", zh_hant: "尚未回購", en: "Not yet ordered again" }
        REVENUE { zh_hans: "销售额", zh_hant: "銷售額", en: "Revenue" }
        MARGIN { zh_hans: "毛利", zh_hant: "毛利", en: "Margin" }
        NO_MARGIN {
            zh_hans: "未知（部分商品没有成本价）",
            zh_hant: "未知（部分商品沒有成本價）",
            en: "Unknown (some products have no cost price)",
        }
        ORDERS { zh_hans: "订单数", zh_hant: "訂單數", en: "Orders" }
        LAST_ORDER { zh_hans: "最近下单", zh_hant: "最近下單", en: "Last order" }
        NEVER { zh_hans: "从未下单", zh_hant: "從未下單", en: "Never" }
        LAST_CONTACT { zh_hans: "最近接触", zh_hant: "最近接觸", en: "Last contact" }
    }
    mod customer {
        VALUES { zh_hans: "顾客价值", zh_hant: "顧客價值", en: "Values" }
        CONTACT { zh_hans: "联系方式", zh_hant: "聯絡方式", en: "Contact" }
        ALLOWS { zh_hans: "顾客允许你做的事", zh_hant: "顧客允許你做的事", en: "What they allow you" }
        ALLOW_CONTACT { zh_hans: "联系方式", zh_hant: "聯絡方式", en: "Contact details" }
        SHARED { zh_hans: "已与你分享", zh_hant: "已與你分享", en: "Shared with you" }
        NOT_SHARED { zh_hans: "未与你分享", zh_hant: "未與你分享", en: "Not shared with you" }
        ALLOW_ANALYTICS { zh_hans: "统计分析（记录商品浏览）", zh_hant: "統計分析（記錄商品瀏覽）", en: "Analytics (product views counted)" }
        ALLOW_PERSONALIZATION {
            zh_hans: "个性化（按兴趣推荐优惠）",
            zh_hant: "個人化（依興趣推薦優惠）",
            en: "Personalization (offers chosen from their interests)",
        }
        ALLOWED { zh_hans: "允许", zh_hant: "允許", en: "Allowed" }
        NOT_ALLOWED { zh_hans: "不允许", zh_hant: "不允許", en: "Not allowed" }
        ALLOW_MARKETING { zh_hans: "营销信息", zh_hant: "行銷訊息", en: "Marketing messages" }
        NO_CHANNELS { zh_hans: "不接收", zh_hant: "不接收", en: "None" }
        SMS { zh_hans: "短信", zh_hant: "簡訊", en: "SMS" }
        EMAIL { zh_hans: "邮件", zh_hant: "電子郵件", en: "Email" }
        WECHAT { zh_hans: "微信", zh_hant: "微信", en: "WeChat" }
        ORDERS { zh_hans: "订单", zh_hant: "訂單", en: "Orders" }
        QUOTES { zh_hans: "询价", zh_hant: "詢價", en: "Quotes" }
        TICKETS { zh_hans: "售后工单", zh_hant: "售後工單", en: "Service tickets" }
        RETURNS { zh_hans: "退货", zh_hant: "退貨", en: "Returns" }
        NOTES { zh_hans: "线索备注", zh_hant: "線索備註", en: "Lead notes" }
        NO_ORDERS { zh_hans: "还没有订单。", zh_hant: "還沒有訂單。", en: "No orders yet." }
        NO_QUOTES { zh_hans: "没有询价。", zh_hant: "沒有詢價。", en: "No quotes." }
        NO_TICKETS { zh_hans: "没有售后工单。", zh_hant: "沒有售後工單。", en: "No service tickets." }
        NO_RETURNS { zh_hans: "没有退货。", zh_hant: "沒有退貨。", en: "No returns." }
        NO_NOTES { zh_hans: "没有备注。", zh_hant: "沒有備註。", en: "No notes." }
        OPEN_LEAD { zh_hans: "查看其线索", zh_hant: "查看其線索", en: "Open their lead" }
        RATED { zh_hans: "评分 {n}/5", zh_hant: "評分 {n}/5", en: "Rated {n} of 5" }
        RETURN_FOR { zh_hans: "订单 {number} 的退货", zh_hant: "訂單 {number} 的退貨", en: "Return for order {number}" }
        NOT_FOUND { zh_hans: "找不到这位顾客", zh_hant: "找不到這位顧客", en: "Customer not found" }
        NOT_YOURS {
            zh_hans: "此人不是你的顾客，或链接有误。",
            zh_hant: "此人不是你的顧客，或連結有誤。",
            en: "This person is not one of your customers, or the link is wrong.",
        }
        BACK { zh_hans: "返回顾客列表", zh_hant: "返回顧客列表", en: "Back to customers" }
    }
}
