//! Texts of the member center: account, profile, addresses, orders, membership, coupons, messages.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod membership {
        TITLE { zh_hans: "会员与积分", zh_hant: "會員與積分", en: "Membership and points" }
        SPENT {
            zh_hans: "过去 12 个月消费 {amount}",
            zh_hant: "過去 12 個月消費 {amount}",
            en: "Spent in the last 12 months: {amount}",
        }
        TO_NEXT {
            zh_hans: "再消费 {amount} 即可升级为{tier}",
            zh_hant: "再消費 {amount} 即可升級為{tier}",
            en: "{amount} more to reach {tier}",
        }
        AT_TOP { zh_hans: "你已是最高等级。", zh_hant: "你已是最高等級。", en: "You are at the top tier." }
        POINTS { zh_hans: "可用积分", zh_hant: "可用積分", en: "Points available" }
        EXPIRING {
            zh_hans: "{points} 积分将于 {date} 过期",
            zh_hant: "{points} 積分將於 {date} 過期",
            en: "{points} points expire on {date}",
        }
        TIERS_TITLE { zh_hans: "各等级权益", zh_hant: "各等級權益", en: "What each tier gives" }
        FROM_SPEND {
            zh_hans: "12 个月消费满 {amount}",
            zh_hant: "12 個月消費滿 {amount}",
            en: "From {amount} spent in 12 months",
        }
        RATE {
            zh_hans: "每消费 1 元得 {points} 积分",
            zh_hant: "每消費 1 元得 {points} 積分",
            en: "{points} points per yuan spent",
        }
        SERVICE {
            zh_hans: "售后工单 {hours} 小时内首次答复",
            zh_hant: "售後工單 {hours} 小時內首次答覆",
            en: "Service tickets answered within {hours} hours",
        }
        COUPONS {
            zh_hans: "个人优惠券有效 {days} 天",
            zh_hant: "個人優惠券有效 {days} 天",
            en: "Personal coupons valid for {days} days",
        }
        YOURS { zh_hans: "（当前等级）", zh_hant: "（目前等級）", en: " (your tier)" }
        RULES {
            zh_hans: "等级按过去 12 个月已付款且未取消的订单计算；积分自获得起 12 个月有效，订单取消时扣回。",
            zh_hant: "等級按過去 12 個月已付款且未取消的訂單計算；積分自獲得起 12 個月有效，訂單取消時扣回。",
            en: "Your tier follows what you paid over the last 12 months (cancelled orders do not count). Points last 12 months from when you earn them and are taken back if the order is cancelled.",
        }
        LEDGER_TITLE { zh_hans: "积分明细", zh_hant: "積分明細", en: "Points history" }
        LEDGER_EMPTY {
            zh_hans: "还没有积分。订单付款后即可获得。",
            zh_hant: "還沒有積分。訂單付款後即可獲得。",
            en: "No points yet. Paid orders earn them.",
        }
        EARNED { zh_hans: "订单 {order} 获得", zh_hant: "訂單 {order} 獲得", en: "Earned with order {order}" }
        EXPIRED { zh_hans: "过期", zh_hant: "過期", en: "Expired" }
        REVERSED {
            zh_hans: "订单 {order} 取消，扣回",
            zh_hant: "訂單 {order} 取消，扣回",
            en: "Taken back: order {order} cancelled",
        }
        OTHER { zh_hans: "其他变动", zh_hant: "其他變動", en: "Other change" }
        WALLET { zh_hans: "我的优惠券", zh_hant: "我的優惠券", en: "My coupons" }
        SPENT_ON_COUPON { zh_hans: "兑换优惠券", zh_hant: "兌換優惠券", en: "Spent on a coupon" }
        REDEEM {
            zh_hans: "用 500 积分兑换 5 元优惠券",
            zh_hant: "用 500 積分兌換 5 元優惠券",
            en: "Get a ¥5 coupon for 500 points",
        }
        REDEEMED {
            zh_hans: "兑换成功，优惠券已放入“我的优惠券”。",
            zh_hant: "兌換成功，優惠券已放入「我的優惠券」。",
            en: "Done: the coupon is in My coupons.",
        }
        TOO_FEW {
            zh_hans: "可用积分满 500 才能兑换（展商确认订单后，积分才可使用）。",
            zh_hant: "可用積分滿 500 才能兌換（展商確認訂單後，積分才可使用）。",
            en: "You need 500 spendable points (points can be spent once the exhibitor confirms the order).",
        }
        VALID_UNTIL { zh_hans: "有效期至 {date}", zh_hant: "有效期至 {date}", en: "Valid until {date}" }
        MEMBER { zh_hans: "普通会员", zh_hant: "普通會員", en: "Member" }
        SILVER { zh_hans: "银卡会员", zh_hant: "銀卡會員", en: "Silver" }
        GOLD { zh_hans: "金卡会员", zh_hant: "金卡會員", en: "Gold" }
    }
    mod account {
        SIGNOUT { zh_hans: "退出登录", zh_hant: "登出", en: "Sign out" }
        ME_TITLE { zh_hans: "我的账户", zh_hant: "我的帳戶", en: "My account" }
        ME_EMAIL { zh_hans: "邮箱", zh_hant: "電子郵件", en: "Email" }
        ME_MEMBER_SINCE { zh_hans: "注册时间", zh_hant: "註冊時間", en: "Member since" }
        ME_ROLE { zh_hans: "账户类型", zh_hant: "帳戶類型", en: "Account type" }
        ROLE_VISITOR { zh_hans: "观众", zh_hant: "觀眾", en: "Visitor" }
        ROLE_EXHIBITOR { zh_hans: "展商员工", zh_hant: "展商員工", en: "Exhibitor staff" }
        MEMBER_NAV { zh_hans: "会员中心", zh_hant: "會員中心", en: "Member center" }
        COUPONS_LINK { zh_hans: "我的优惠券", zh_hant: "我的優惠券", en: "My coupons" }
        RETURNS_LINK { zh_hans: "退货", zh_hant: "退貨", en: "Returns" }
        QUOTES_LINK { zh_hans: "批量询价", zh_hant: "批量詢價", en: "Trade quotes" }
        SERVICE_LINK { zh_hans: "售后服务", zh_hant: "售後服務", en: "After-sales service" }
        NOTIFICATIONS_LINK { zh_hans: "消息通知", zh_hant: "訊息通知", en: "Notifications" }
        UNREAD { zh_hans: "{n} 条未读", zh_hant: "{n} 則未讀", en: "{n} unread" }
        MEMBERSHIP_LINK { zh_hans: "会员等级与积分", zh_hant: "會員等級與積分", en: "Tier and points" }
    }
    mod profile {
        ACCOUNT_PROFILE_TITLE { zh_hans: "个人资料", zh_hant: "個人資料", en: "Profile" }
        PROFILE_NAME { zh_hans: "姓名或昵称", zh_hant: "姓名或暱稱", en: "Name" }
        PROFILE_PHONE { zh_hans: "手机号（选填）", zh_hant: "手機號碼（選填）", en: "Phone (optional)" }
        PROFILE_COMPANY {
            zh_hans: "公司（专业观众选填）",
            zh_hant: "公司（專業觀眾選填）",
            en: "Company (trade visitors, optional)",
        }
        PROFILE_JOB_TITLE { zh_hans: "职务（选填）", zh_hant: "職務（選填）", en: "Job title (optional)" }
        FORM_SAVE { zh_hans: "保存", zh_hant: "儲存", en: "Save" }
        FORM_SAVED { zh_hans: "已保存。", zh_hant: "已儲存。", en: "Saved." }
        PASSWORD_TITLE { zh_hans: "修改密码", zh_hant: "修改密碼", en: "Change password" }
        PASSWORD_CURRENT { zh_hans: "当前密码", zh_hant: "目前密碼", en: "Current password" }
        PASSWORD_NEW { zh_hans: "新密码", zh_hant: "新密碼", en: "New password" }
        PASSWORD_CHANGED {
            zh_hans: "密码已修改，其他设备上的登录已退出。",
            zh_hant: "密碼已修改，其他裝置上的登入已登出。",
            en: "Password changed. You are signed out on every other device.",
        }
        SIGNOUT_EVERYWHERE { zh_hans: "在所有设备上退出", zh_hant: "在所有裝置上登出", en: "Sign out on all devices" }
    }
    mod coupons {
        TITLE { zh_hans: "我的优惠券", zh_hant: "我的優惠券", en: "My coupons" }
        EMPTY {
            zh_hans: "还没有优惠券。同意营销信息后，付款的订单会按你常买的品类送出优惠券。",
            zh_hant: "還沒有優惠券。同意行銷訊息後，付款的訂單會按你常買的品類送出優惠券。",
            en: "No coupons yet. With a marketing consent, paid orders earn coupons for what you usually buy.",
        }
        OFF { zh_hans: "{category}：{pct}% 优惠", zh_hant: "{category}：{pct}% 優惠", en: "{pct}% off {category}" }
        PCT_OFF { zh_hans: "{pct}% 优惠", zh_hant: "{pct}% 優惠", en: "{pct}% off" }
        AMOUNT_OFF {
            zh_hans: "全场立减 {amount}（积分兑换）",
            zh_hant: "全場折抵 {amount}（積分兌換）",
            en: "{amount} off anything (bought with points)",
        }
        VALID { zh_hans: "{from} 至 {to} 有效", zh_hant: "{from} 至 {to} 有效", en: "Valid {from} to {to}" }
        USE { zh_hans: "在购物车中使用", zh_hant: "在購物車中使用", en: "Use in the cart" }
        WHY {
            zh_hans: "按你常买的品类送出；每 30 天最多一张，有效期随会员等级延长。",
            zh_hant: "按你常買的品類送出；每 30 天最多一張，有效期隨會員等級延長。",
            en: "Given for what you usually buy; at most one every 30 days, valid longer at higher tiers.",
        }
        AVAILABLE { zh_hans: "可使用", zh_hant: "可使用", en: "Ready to use" }
        NOT_YET { zh_hans: "尚未生效", zh_hant: "尚未生效", en: "Not valid yet" }
        USED { zh_hans: "已使用", zh_hant: "已使用", en: "Used" }
        EXPIRED { zh_hans: "已过期", zh_hant: "已過期", en: "Expired" }
    }
    mod orders {
        ALL { zh_hans: "全部", zh_hant: "全部", en: "All" }
        TO_PAY { zh_hans: "待付款", zh_hant: "待付款", en: "To pay" }
        IN_PROGRESS { zh_hans: "进行中", zh_hant: "進行中", en: "In progress" }
        COMPLETED { zh_hans: "已完成", zh_hant: "已完成", en: "Completed" }
        CANCELLED { zh_hans: "已取消", zh_hant: "已取消", en: "Cancelled" }
        FILTER_LABEL { zh_hans: "按状态筛选订单", zh_hant: "按狀態篩選訂單", en: "Filter orders by status" }
        NONE_HERE { zh_hans: "这里还没有订单。", zh_hant: "這裡還沒有訂單。", en: "No orders here." }
        ITEMS { zh_hans: "共 {n} 件", zh_hant: "共 {n} 件", en: "{n} items" }
    }
    mod addresses {
        BOOK_TITLE { zh_hans: "地址簿", zh_hant: "地址簿", en: "Address book" }
        BOOK_EMPTY {
            zh_hans: "还没有保存的地址。结账时会用默认地址。",
            zh_hant: "還沒有保存的地址。結帳時會使用預設地址。",
            en: "No saved addresses yet. Checkout starts with the default one.",
        }
        BOOK_ADD { zh_hans: "新增地址", zh_hant: "新增地址", en: "Add an address" }
        BOOK_EDIT { zh_hans: "编辑", zh_hant: "編輯", en: "Edit" }
        BOOK_DELETE { zh_hans: "删除", zh_hant: "刪除", en: "Delete" }
        BOOK_DEFAULT { zh_hans: "默认", zh_hant: "預設", en: "Default" }
        BOOK_MAKE_DEFAULT { zh_hans: "设为默认地址", zh_hant: "設為預設地址", en: "Use as default address" }
        FORM_SAVE { zh_hans: "保存", zh_hant: "儲存", en: "Save" }
    }
    mod badge {
        TITLE { zh_hans: "我的展会胸卡", zh_hant: "我的展會識別證", en: "Your expo badge" }
        LABEL { zh_hans: "展会胸卡二维码", zh_hant: "展會識別證 QR 碼", en: "Badge QR code" }
        ASK {
            zh_hans: "{exhibitor} 扫描了你的胸卡。要与他们分享你的姓名和联系方式吗？",
            zh_hant: "{exhibitor} 掃描了你的識別證。要與他們分享你的姓名和聯絡方式嗎？",
            en: "{exhibitor} scanned your badge. Share your name and contact details with them?",
        }
        SHARES {
            zh_hans: "你选择分享的展商扫码后可以看到你的姓名和联系方式；其他展商只能看到你的会员等级。",
            zh_hant: "你選擇分享的展商掃碼後可以看到你的姓名和聯絡方式；其他展商只能看到你的會員等級。",
            en: "Exhibitors you chose to share with see your name and contact; others see only your tier.",
        }
        TIER_ONLY {
            zh_hans: "展位工作人员扫码后只能看到你的会员等级，看不到你是谁。",
            zh_hant: "展位工作人員掃碼後只能看到你的會員等級，看不到你是誰。",
            en: "Booth staff who scan it see only your member tier, not who you are.",
        }
        CHOOSE {
            zh_hans: "选择谁能看到你的联系方式",
            zh_hant: "選擇誰能看到你的聯絡方式",
            en: "Choose who sees your contact",
        }
        RENEW {
            zh_hans: "更换二维码（旧码失效）",
            zh_hant: "更換 QR 碼（舊碼失效）",
            en: "Replace the code (the old one stops working)",
        }
    }
    mod notifications {
        TITLE { zh_hans: "消息通知", zh_hant: "訊息通知", en: "Notifications" }
        EMPTY {
            zh_hans: "还没有消息。订单有进展时会通知你。",
            zh_hant: "還沒有訊息。訂單有進展時會通知你。",
            en: "No messages yet. You hear here when an order moves on.",
        }
        NEW { zh_hans: "新", zh_hant: "新", en: "New" }
        OPEN { zh_hans: "查看", zh_hant: "查看", en: "Open" }
        MARK_ALL { zh_hans: "全部标为已读", zh_hant: "全部標為已讀", en: "Mark all as read" }
        WHY_YOU { zh_hans: "为什么收到：", zh_hant: "為什麼收到：", en: "Why you got this: " }
        STOP { zh_hans: "不再接收此类优惠", zh_hant: "不再接收此類優惠", en: "Stop these offers" }
    }
    mod prefs {
        TITLE { zh_hans: "通知设置", zh_hant: "通知設定", en: "Notification settings" }
        QUIET {
            zh_hans: "免打扰时段（期间不发送短信、邮件、微信优惠）",
            zh_hant: "勿擾時段（期間不傳送簡訊、電子郵件、微信優惠）",
            en: "Quiet hours (no offers by SMS, email or WeChat)",
        }
        FROM { zh_hans: "开始", zh_hant: "開始", en: "From" }
        TO { zh_hans: "结束", zh_hant: "結束", en: "To" }
        CAP { zh_hans: "每周最多优惠消息", zh_hant: "每週最多優惠訊息", en: "Most offers per week" }
        NEEDS {
            zh_hans: "通过{channel}接收优惠需要你同意{channel}营销。",
            zh_hant: "透過{channel}接收優惠需要你同意{channel}行銷。",
            en: "Offers by {channel} need your consent to marketing by {channel}.",
        }
        ALLOW { zh_hans: "同意{channel}营销", zh_hant: "同意{channel}行銷", en: "Allow marketing by {channel}" }
        SAVE { zh_hans: "保存", zh_hant: "儲存", en: "Save" }
        SAVED { zh_hans: "已保存。", zh_hant: "已儲存。", en: "Saved." }
        FIRST_CONSENT {
            zh_hans: "请先同意对应的营销方式，或取消勾选。",
            zh_hant: "請先同意對應的行銷方式，或取消勾選。",
            en: "Give the consent first, or untick the channel.",
        }
        ORDERS { zh_hans: "订单动态", zh_hant: "訂單動態", en: "Order updates" }
        SERVICE { zh_hans: "售后回复", zh_hant: "售後回覆", en: "Service replies" }
        OFFERS { zh_hans: "优惠与活动", zh_hant: "優惠與活動", en: "Offers and coupons" }
        IN_APP { zh_hans: "站内消息", zh_hant: "站內訊息", en: "In the app" }
        SMS { zh_hans: "短信", zh_hant: "簡訊", en: "SMS" }
        EMAIL { zh_hans: "邮件", zh_hant: "電子郵件", en: "email" }
        WECHAT { zh_hans: "微信", zh_hant: "微信", en: "WeChat" }
    }
}
