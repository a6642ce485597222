//! Texts of one campaign's page (portal): what it is, its steps (edit, send, schedule,
//! cancel), how far sending got and what it did against its holdout. Only the portal's chunk
//! uses them.

use super::text::texts;

texts! {
    mod page {
        NOT_FOUND { zh_hans: "找不到这个活动", zh_hant: "找不到這個活動", en: "Campaign not found" }
        NOT_YOURS {
            zh_hans: "这个活动不存在，或属于其他展商。",
            zh_hant: "這個活動不存在，或屬於其他展商。",
            en: "This campaign does not exist, or belongs to another exhibitor.",
        }
        BACK { zh_hans: "返回活动列表", zh_hant: "返回活動列表", en: "Back to campaigns" }
        SEND_TIME { zh_hans: "发送时间", zh_hant: "傳送時間", en: "Send time" }
        NOT_SCHEDULED { zh_hans: "尚未排期", zh_hant: "尚未排程", en: "Not scheduled" }
        STARTED { zh_hans: "开始发送", zh_hant: "開始傳送", en: "Started" }
        FINISHED { zh_hans: "发送完毕", zh_hant: "傳送完畢", en: "Finished" }
        CREATED { zh_hans: "创建时间", zh_hant: "建立時間", en: "Created" }
        WHO { zh_hans: "受众条件", zh_hant: "受眾條件", en: "Who" }
        MESSAGE { zh_hans: "消息", zh_hant: "訊息", en: "Message" }
        COUPON { zh_hans: "优惠券", zh_hant: "優惠券", en: "Coupon" }
        NO_COUPON { zh_hans: "无（仅消息）", zh_hant: "無（僅訊息）", en: "None (a plain message)" }
        PERCENT_OFF { zh_hans: "减 {n}%", zh_hant: "減 {n}%", en: "{n} % off" }
        AMOUNT_OFF { zh_hans: "立减 {amount}", zh_hant: "立減 {amount}", en: "{amount} off" }
        MIN_SPEND { zh_hans: "满 {amount} 可用", zh_hant: "滿 {amount} 可用", en: "on {amount} or more" }
        IN_CATEGORY { zh_hans: "限「{category}」", zh_hant: "限「{category}」", en: "{category} only" }
        VALID_FOR { zh_hans: "有效 {n} 天", zh_hant: "有效 {n} 天", en: "valid {n} days" }
        EDIT { zh_hans: "编辑", zh_hant: "編輯", en: "Edit" }
        SEND_NOW { zh_hans: "立即发送", zh_hant: "立即傳送", en: "Send now" }
        SCHEDULE { zh_hans: "排期发送…", zh_hant: "排程傳送…", en: "Schedule…" }
        SEND_AT { zh_hans: "发送时间（你的时区）", zh_hant: "傳送時間（你的時區）", en: "Send at (your time zone)" }
        CONFIRM_SCHEDULE { zh_hans: "确认排期", zh_hant: "確認排程", en: "Schedule it" }
        PICK_TIME { zh_hans: "请选择发送时间。", zh_hant: "請選擇傳送時間。", en: "Choose when to send it." }
        CANCEL_CAMPAIGN { zh_hans: "取消活动", zh_hant: "取消活動", en: "Cancel campaign" }
        CANCEL_CONFIRM {
            zh_hans: "确定取消这个活动吗？之后不会再发送任何消息。",
            zh_hant: "確定取消這個活動嗎？之後不會再傳送任何訊息。",
            en: "Cancel this campaign? Nothing more will be sent.",
        }
        CANCEL_YES { zh_hans: "确定取消", zh_hant: "確定取消", en: "Yes, cancel it" }
        CANCEL_NO { zh_hans: "保留活动", zh_hant: "保留活動", en: "Keep it" }
        UPDATED { zh_hans: "已更新。", zh_hant: "已更新。", en: "Updated." }
        WORKING { zh_hans: "正在处理…", zh_hant: "正在處理…", en: "Working…" }
    }
    mod progress {
        PROGRESS { zh_hans: "发送进度", zh_hant: "傳送進度", en: "Progress" }
        AUDIENCE { zh_hans: "受众（含对照组）", zh_hant: "受眾（含對照組）", en: "Audience (holdout included)" }
        PENDING { zh_hans: "尚待处理", zh_hant: "尚待處理", en: "Still to go" }
        LIVE_HINT {
            zh_hans: "发送期间每 3 秒自动更新。",
            zh_hant: "傳送期間每 3 秒自動更新。",
            en: "Updates every 3 seconds while sending.",
        }
        OUTCOMES { zh_hans: "各会员的处理结果", zh_hant: "各會員的處理結果", en: "What happened for each member" }
        NO_OUTCOMES { zh_hans: "还没有开始发送。", zh_hant: "還沒有開始傳送。", en: "Sending has not started." }
        SENT { zh_hans: "已发送", zh_hant: "已傳送", en: "Sent" }
        DEFERRED { zh_hans: "等待免打扰时段结束", zh_hant: "等待勿擾時段結束", en: "Waiting for quiet hours to end" }
        HOLDOUT { zh_hans: "留作对照组", zh_hant: "留作對照組", en: "Held out to measure" }
        NO_CONSENT { zh_hans: "未同意该渠道", zh_hant: "未同意該管道", en: "No consent for the channel" }
        WEEKLY_CAP { zh_hans: "已达每周优惠上限", zh_hant: "已達每週優惠上限", en: "Weekly offer limit reached" }
        STRONG_INTENT {
            zh_hans: "即将购买（购买意向强）",
            zh_hant: "即將購買（購買意向強）",
            en: "Already about to buy (strong intent)",
        }
        FREQUENCY_LIMIT {
            zh_hans: "已达本活动每人上限",
            zh_hant: "已達本活動每人上限",
            en: "Campaign's limit per member reached",
        }
        BUDGET_SPENT { zh_hans: "预算已用完", zh_hant: "預算已用完", en: "Budget spent" }
        INACTIVE { zh_hans: "账户已注销或已退出登录", zh_hant: "帳戶已註銷或已登出", en: "Account closed or signed out" }
        NOT_CHOSEN {
            zh_hans: "会员未选择该渠道",
            zh_hant: "會員未選擇該管道",
            en: "Channel not chosen by the member",
        }
    }
    mod results {
        RESULTS { zh_hans: "活动效果", zh_hant: "活動成效", en: "Results" }
        NO_RESULTS {
            zh_hans: "开始发送后，这里会显示发送组与对照组的对比。",
            zh_hant: "開始傳送後，這裡會顯示傳送組與對照組的對比。",
            en: "Once sending starts, the sent group is compared here with the holdout.",
        }
        SENT_GROUP { zh_hans: "发送组", zh_hant: "傳送組", en: "Sent" }
        HOLDOUT_GROUP { zh_hans: "对照组", zh_hant: "對照組", en: "Holdout" }
        GROUPS { zh_hans: "发送组与对照组", zh_hant: "傳送組與對照組", en: "Sent against holdout" }
        MEASURE { zh_hans: "指标", zh_hant: "指標", en: "Measure" }
        MEMBERS { zh_hans: "会员数", zh_hant: "會員數", en: "Members" }
        CONVERTED { zh_hans: "下单人数", zh_hant: "下單人數", en: "Converted" }
        CONVERSION { zh_hans: "转化率", zh_hant: "轉換率", en: "Conversion" }
        REVENUE { zh_hans: "销售额", zh_hant: "銷售額", en: "Revenue" }
        REVENUE_PER_MEMBER { zh_hans: "人均销售额", zh_hant: "人均銷售額", en: "Revenue per member" }
        INCREMENTAL { zh_hans: "增量销售额", zh_hant: "增量銷售額", en: "Incremental revenue" }
        LIFT { zh_hans: "转化率提升", zh_hant: "轉換率提升", en: "Conversion lift" }
        INTERVAL {
            zh_hans: "{value}（95% 区间：{low} 至 {high}）",
            zh_hant: "{value}（95% 區間：{low} 至 {high}）",
            en: "{value} (95 % interval {low} to {high})",
        }
        PERCENT { zh_hans: "{n}%", zh_hant: "{n}%", en: "{n} %" }
        POINTS { zh_hans: "{n} 个百分点", zh_hant: "{n} 個百分點", en: "{n} pp" }
        DISCOUNT_COST { zh_hans: "优惠成本", zh_hant: "優惠成本", en: "Discount cost" }
        OUTSTANDING {
            zh_hans: "尚未使用的优惠",
            zh_hant: "尚未使用的優惠",
            en: "Outstanding (given, not yet used)",
        }
        ROI { zh_hans: "投资回报率", zh_hant: "投資報酬率", en: "ROI" }
        THIN {
            zh_hans: "有一组不足 100 人：区间很宽，请谨慎解读。",
            zh_hant: "有一組不足 100 人：區間很寬，請謹慎解讀。",
            en: "Fewer than 100 members in a group: the interval is wide.",
        }
        PER_DAY { zh_hans: "每日人均销售额", zh_hant: "每日人均銷售額", en: "Revenue per member by day" }
        DAY { zh_hans: "天", zh_hant: "天", en: "Day" }
        DAY_N { zh_hans: "第 {n} 天", zh_hant: "第 {n} 天", en: "Day {n}" }
    }
}
