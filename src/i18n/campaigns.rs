//! Texts of the exhibitor's campaigns (portal): the list, the words of a campaign (statuses,
//! channels, the live count), and the editor with its audience and offer. Only the portal's
//! chunk uses them; the campaign page's own are in `campaign_page.rs`.

use super::text::texts;

texts! {
    mod list {
        CAMPAIGNS { zh_hans: "营销活动", zh_hant: "行銷活動", en: "Campaigns" }
        NEW_CAMPAIGN { zh_hans: "新建活动", zh_hant: "新增活動", en: "New campaign" }
        CAMPAIGN { zh_hans: "活动", zh_hant: "活動", en: "Campaign" }
        STATUS { zh_hans: "状态", zh_hant: "狀態", en: "Status" }
        CHANNELS { zh_hans: "渠道", zh_hant: "管道", en: "Channels" }
        AUDIENCE { zh_hans: "受众人数", zh_hant: "受眾人數", en: "Audience" }
        REACHED { zh_hans: "已送达", zh_hant: "已送達", en: "Reached" }
        REDEMPTIONS { zh_hans: "已用券", zh_hant: "已用券", en: "Redemptions" }
        CREATED { zh_hans: "创建时间", zh_hant: "建立時間", en: "Created" }
        FOUND { zh_hans: "共 {n} 个活动", zh_hant: "共 {n} 個活動", en: "{n} campaigns" }
        NONE {
            zh_hans: "还没有营销活动。圈定受众，把优惠发给允许接收的顾客。",
            zh_hant: "還沒有行銷活動。圈定受眾，把優惠發給允許接收的顧客。",
            en: "No campaigns yet. Build an audience and send an offer to the customers who allowed it.",
        }
    }
    mod words {
        STATUS_DRAFT { zh_hans: "草稿", zh_hant: "草稿", en: "Draft" }
        STATUS_SCHEDULED { zh_hans: "已排期", zh_hant: "已排程", en: "Scheduled" }
        STATUS_SENDING { zh_hans: "发送中", zh_hant: "傳送中", en: "Sending" }
        STATUS_DONE { zh_hans: "已完成", zh_hant: "已完成", en: "Done" }
        STATUS_CANCELLED { zh_hans: "已取消", zh_hant: "已取消", en: "Cancelled" }
        STATUS_UNKNOWN { zh_hans: "其他", zh_hant: "其他", en: "Other" }
        CHANNEL_IN_APP { zh_hans: "应用内收件箱", zh_hant: "應用程式內收件匣", en: "In-app inbox" }
        CHANNEL_SMS { zh_hans: "短信", zh_hant: "簡訊", en: "SMS" }
        CHANNEL_EMAIL { zh_hans: "邮件", zh_hant: "電子郵件", en: "Email" }
        CHANNEL_WECHAT { zh_hans: "微信", zh_hant: "微信", en: "WeChat" }
        MATCHED { zh_hans: "{n} 人符合条件", zh_hant: "{n} 人符合條件", en: "{n} match" }
        REACH_IN_APP {
            zh_hans: "{n} 人可在应用内收件箱收到",
            zh_hant: "{n} 人可在應用程式內收件匣收到",
            en: "{n} in the app inbox",
        }
        REACH_SMS { zh_hans: "{n} 人允许接收短信", zh_hant: "{n} 人允許接收簡訊", en: "{n} allow SMS" }
        REACH_EMAIL { zh_hans: "{n} 人允许接收邮件", zh_hant: "{n} 人允許接收電子郵件", en: "{n} allow email" }
        REACH_WECHAT {
            zh_hans: "{n} 人允许接收微信消息",
            zh_hant: "{n} 人允許接收微信訊息",
            en: "{n} allow WeChat messages",
        }
        EXCLUDED {
            zh_hans: "{n} 人因发送上限或购买意向强而排除",
            zh_hant: "{n} 人因傳送上限或購買意向強而排除",
            en: "{n} excluded by caps or strong intent",
        }
        NO_CONSENT {
            zh_hans: "{n} 人未同意任何营销信息",
            zh_hant: "{n} 人未同意任何行銷訊息",
            en: "{n} without any marketing consent",
        }
        COND_STAGES { zh_hans: "关系阶段：{list}", zh_hant: "關係階段：{list}", en: "Stage: {list}" }
        COND_SEGMENTS { zh_hans: "客群：{list}", zh_hant: "客群：{list}", en: "Segment: {list}" }
        COND_LEADS {
            zh_hans: "在展位结识，线索状态：{list}",
            zh_hant: "在攤位結識，線索狀態：{list}",
            en: "Met at the booth, lead status: {list}",
        }
        COND_SCORE { zh_hans: "线索评分至少 {n}", zh_hant: "線索評分至少 {n}", en: "Lead score at least {n}" }
        COND_INTEREST { zh_hans: "对「{category}」感兴趣", zh_hant: "對「{category}」感興趣", en: "Interested in {category}" }
        COND_CART {
            zh_hans: "购物车未付款至少 {n} 小时",
            zh_hant: "購物車未付款至少 {n} 小時",
            en: "Cart left unpaid for at least {n} hours",
        }
        COND_QUOTE {
            zh_hans: "报价等待对方答复至少 {n} 天",
            zh_hant: "報價等待對方答覆至少 {n} 天",
            en: "Quote waiting for their answer at least {n} days",
        }
        COND_BOUGHT { zh_hans: "在本店买过", zh_hant: "在本店買過", en: "Bought from us" }
        COND_BOUGHT_IN {
            zh_hans: "在本店买过「{category}」",
            zh_hant: "在本店買過「{category}」",
            en: "Bought {category} from us",
        }
        COND_NOT_SINCE {
            zh_hans: "{bought}，但最近 {n} 天内没有",
            zh_hant: "{bought}，但最近 {n} 天內沒有",
            en: "{bought}, not in the last {n} days",
        }
        COND_TIERS { zh_hans: "会员等级：{list}", zh_hant: "會員等級：{list}", en: "Tier: {list}" }
        CATEGORY_N { zh_hans: "类目 {id}", zh_hant: "類目 {id}", en: "category {id}" }
    }
    mod edit {
        EDIT_TITLE { zh_hans: "编辑活动", zh_hant: "編輯活動", en: "Edit campaign" }
        NAME { zh_hans: "活动名称", zh_hant: "活動名稱", en: "Campaign name" }
        NAME_HINT { zh_hans: "仅你的团队可见。", zh_hant: "僅你的團隊可見。", en: "Only your team sees it." }
        SAVE_DRAFT { zh_hans: "保存草稿", zh_hant: "儲存草稿", en: "Save draft" }
        SAVE_CHANGES { zh_hans: "保存修改", zh_hant: "儲存修改", en: "Save changes" }
        STOP_EDITING { zh_hans: "放弃编辑", zh_hant: "放棄編輯", en: "Stop editing" }
        SAVED { zh_hans: "已保存。", zh_hant: "已儲存。", en: "Saved." }
        FIX {
            zh_hans: "有些内容需要修改，请看各栏下方的提示。",
            zh_hant: "有些內容需要修改，請看各欄下方的提示。",
            en: "Some fields need fixing: see the messages under them.",
        }
        STALE {
            zh_hans: "你打开这个活动后，有人修改了它。重新载入即可看到他们的修改。",
            zh_hant: "你開啟這個活動後，有人修改了它。重新載入即可看到他們的修改。",
            en: "Someone changed this campaign since you opened it. Reload to see their changes.",
        }
        RELOAD { zh_hans: "重新载入", zh_hant: "重新載入", en: "Reload" }
        CLOSED {
            zh_hans: "这个活动已开始发送或已结束，不能再修改。",
            zh_hant: "這個活動已開始傳送或已結束，不能再修改。",
            en: "This campaign can no longer be changed: it is sending or finished.",
        }
        SENDING { zh_hans: "发送设置", zh_hant: "傳送設定", en: "Sending" }
        HOLDOUT { zh_hans: "对照组比例（%）", zh_hant: "對照組比例（%）", en: "Held out to measure (%)" }
        HOLDOUT_HINT {
            zh_hans: "随机抽取、不发送的会员，用来衡量活动效果（0–50）。",
            zh_hant: "隨機抽取、不傳送的會員，用來衡量活動成效（0–50）。",
            en: "Members picked at random who get nothing, so the result can be measured (0–50).",
        }
        PER_MEMBER { zh_hans: "每位会员最多收到（1–3 条）", zh_hant: "每位會員最多收到（1–3 則）", en: "Messages per member (1–3)" }
        BUDGET { zh_hans: "优惠预算（¥）", zh_hant: "優惠預算（¥）", en: "Discount budget (¥)" }
        BUDGET_HINT {
            zh_hans: "附带优惠券时必填：所有优惠券合计最多可抵扣的金额。",
            zh_hant: "附帶優惠券時必填：所有優惠券合計最多可折抵的金額。",
            en: "Required with a coupon: the most the coupons may cost together.",
        }
        WINDOW { zh_hans: "归因期（天）", zh_hant: "歸因期（天）", en: "Attribution window (days)" }
        WINDOW_HINT {
            zh_hans: "发送后这些天内付款的订单计入本活动（1–60）。",
            zh_hant: "傳送後這些天內付款的訂單計入本活動（1–60）。",
            en: "Orders paid this many days after sending count for the campaign (1–60).",
        }
        MORE_ERRORS { zh_hans: "其他问题：", zh_hant: "其他問題：", en: "Also:" }
    }
    mod audience {
        AUDIENCE { zh_hans: "受众", zh_hant: "受眾", en: "Audience" }
        AUDIENCE_HINT {
            zh_hans: "所选条件须同时满足；同一组里勾选任意一项即可。数字留空表示不使用该条件。",
            zh_hant: "所選條件須同時滿足；同一組裡勾選任意一項即可。數字留空表示不使用該條件。",
            en: "Every condition you choose must hold; within a group, any ticked value. Leave a number empty to not use it.",
        }
        STAGES { zh_hans: "关系阶段", zh_hant: "關係階段", en: "Relationship stage" }
        SEGMENTS { zh_hans: "客群", zh_hant: "客群", en: "Segment" }
        LEAD_STATUSES {
            zh_hans: "在展位结识，线索状态为",
            zh_hant: "在攤位結識，線索狀態為",
            en: "Met at the booth, with the lead",
        }
        MIN_SCORE { zh_hans: "线索评分至少", zh_hant: "線索評分至少", en: "Lead score at least" }
        INTEREST { zh_hans: "感兴趣的类目", zh_hant: "感興趣的類目", en: "Interested in category" }
        INTEREST_HINT {
            zh_hans: "仅限同意个性化推荐的会员。",
            zh_hant: "僅限同意個人化推薦的會員。",
            en: "Only members who allowed personalization.",
        }
        ANY { zh_hans: "不限", zh_hant: "不限", en: "Any" }
        CART_HOURS {
            zh_hans: "购物车未付款至少（小时）",
            zh_hant: "購物車未付款至少（小時）",
            en: "Cart left unpaid for at least (hours)",
        }
        QUOTE_DAYS {
            zh_hans: "报价等待对方答复至少（天）",
            zh_hant: "報價等待對方答覆至少（天）",
            en: "Quote waiting for their answer at least (days)",
        }
        BOUGHT { zh_hans: "在本店买过", zh_hant: "在本店買過", en: "Bought from us" }
        BOUGHT_CATEGORY { zh_hans: "买过的类目", zh_hant: "買過的類目", en: "Bought in category" }
        NOT_IN_DAYS {
            zh_hans: "但最近多少天内没有买（天）",
            zh_hant: "但最近多少天內沒有買（天）",
            en: "Not in the last (days)",
        }
        TIERS { zh_hans: "会员等级", zh_hant: "會員等級", en: "Member tier" }
        LIVE { zh_hans: "目前的受众", zh_hant: "目前的受眾", en: "Audience now" }
        COUNT_NONE { zh_hans: "请至少选择一个条件。", zh_hant: "請至少選擇一個條件。", en: "Choose at least one condition." }
        COUNTING { zh_hans: "正在统计…", zh_hant: "正在統計…", en: "Counting…" }
        COUNT_FAILED {
            zh_hans: "暂时无法统计人数，已选的条件都保留着。",
            zh_hant: "暫時無法統計人數，已選的條件都保留著。",
            en: "Could not count the audience just now; your choices are kept.",
        }
        COUNT_UNREADABLE {
            zh_hans: "请修正受众中的数字，才能统计人数。",
            zh_hant: "請修正受眾中的數字，才能統計人數。",
            en: "Fix the audience's numbers to see the count.",
        }
    }
    mod offer {
        OFFER { zh_hans: "优惠内容", zh_hant: "優惠內容", en: "Offer" }
        MESSAGE {
            zh_hans: "消息内容（填一种语言即可）",
            zh_hant: "訊息內容（填一種語言即可）",
            en: "Message (one language is enough)",
        }
        LANG_ZH_HANS { zh_hans: "简体中文", zh_hant: "簡體中文", en: "简体中文" }
        LANG_ZH_HANT { zh_hans: "繁体中文", zh_hant: "繁體中文", en: "繁體中文" }
        LANG_EN { zh_hans: "英文", zh_hant: "英文", en: "English" }
        COUPON { zh_hans: "附带优惠券", zh_hant: "附帶優惠券", en: "Include a coupon" }
        DISCOUNT { zh_hans: "优惠方式", zh_hant: "優惠方式", en: "Discount" }
        BY_PERCENT { zh_hans: "按比例", zh_hant: "按比例", en: "A percentage" }
        BY_AMOUNT { zh_hans: "固定金额", zh_hant: "固定金額", en: "A fixed amount" }
        PERCENT_OFF { zh_hans: "减免比例（%）", zh_hant: "減免比例（%）", en: "Percent off (%)" }
        AMOUNT_OFF { zh_hans: "立减金额（¥）", zh_hant: "立減金額（¥）", en: "Amount off (¥)" }
        MIN_SPEND { zh_hans: "最低消费（¥）", zh_hant: "最低消費（¥）", en: "Minimum spend (¥)" }
        COUPON_CATEGORY { zh_hans: "仅限类目", zh_hant: "僅限類目", en: "Only for category" }
        ALL_PRODUCTS { zh_hans: "本店全部商品", zh_hant: "本店全部商品", en: "All our products" }
        VALID_DAYS { zh_hans: "有效期（天）", zh_hant: "有效期（天）", en: "Valid for (days)" }
        VALID_HINT {
            zh_hans: "最近 7 天内付过大额订单的会员，优惠券 7 天后才开始生效。",
            zh_hant: "最近 7 天內付過大額訂單的會員，優惠券 7 天後才開始生效。",
            en: "For a member who paid a large order in the last 7 days, it starts 7 days later.",
        }
    }
}
