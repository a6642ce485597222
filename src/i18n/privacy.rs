//! Texts of the privacy center.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod privacy {
        PRIVACY_INTRO {
            zh_hans: "在这里查看和更改每一项用途的同意状态，更改立即生效。",
            zh_hant: "在這裡查看和更改每一項用途的同意狀態，更改立即生效。",
            en: "See and change your consent for each purpose. Changes apply at once.",
        }
        PRIVACY_PURPOSES { zh_hans: "用途与同意", zh_hant: "用途與同意", en: "Purposes and consent" }
        PRIVACY_HISTORY { zh_hans: "同意记录", zh_hant: "同意紀錄", en: "Consent history" }
        PRIVACY_HISTORY_EMPTY { zh_hans: "还没有记录。", zh_hant: "還沒有紀錄。", en: "No changes recorded yet." }
        RECEIPT_TIME { zh_hans: "时间", zh_hant: "時間", en: "Time" }
        RECEIPT_PURPOSE { zh_hans: "用途", zh_hant: "用途", en: "Purpose" }
        RECEIPT_DECISION { zh_hans: "决定", zh_hant: "決定", en: "Decision" }
        RECEIPT_VERSION { zh_hans: "政策版本", zh_hant: "政策版本", en: "Policy" }
        RECEIPT_CHANNEL { zh_hans: "方式", zh_hant: "方式", en: "Where" }
        RECEIPT_DECIDED { zh_hans: "在本设备上选择于 {time}", zh_hant: "在本裝置上選擇於 {time}", en: "chosen on the device {time}" }
        PRIVACY_UNSENT { zh_hans: "你最新的选择已在本设备生效，但还没能记录到服务器：联网后会自动补记，并保留你做出选择的时间。", zh_hant: "你最新的選擇已在本裝置生效，但還沒能記錄到伺服器：連網後會自動補記，並保留你做出選擇的時間。", en: "Your latest choice applies on this device but could not be recorded yet. It is sent again automatically once the connection allows, with the time you made it." }
        RECEIPT_ID { zh_hans: "凭证号", zh_hant: "憑證號", en: "Receipt" }
        RECEIPT_GRANTED { zh_hans: "同意", zh_hant: "同意", en: "Granted" }
        RECEIPT_WITHDRAWN { zh_hans: "拒绝或撤回", zh_hant: "拒絕或撤回", en: "Refused or withdrawn" }
        CHANNEL_PROMPT { zh_hans: "首次提示", zh_hant: "首次提示", en: "First-visit prompt" }
        CHANNEL_PRIVACY_CENTER { zh_hans: "隐私中心", zh_hant: "隱私中心", en: "Privacy center" }
        CHANNEL_SIGN_IN { zh_hans: "登录时同步", zh_hant: "登入時同步", en: "Carried over at sign-in" }
        PRIVACY_YOUR_DATA { zh_hans: "你的数据", zh_hant: "你的資料", en: "Your data" }
        PRIVACY_SIGNIN_FOR_DATA {
            zh_hans: "登录后可导出或删除你账户中的全部数据。",
            zh_hant: "登入後可匯出或刪除你帳戶中的全部資料。",
            en: "Sign in to download or delete all the data of your account.",
        }
        EXPORT_TITLE { zh_hans: "导出我的数据", zh_hant: "匯出我的資料", en: "Download my data" }
        EXPORT_INTRO {
            zh_hans: "以 JSON 格式导出账户、同意记录和行为事件等全部数据。",
            zh_hant: "以 JSON 格式匯出帳戶、同意紀錄和行為事件等全部資料。",
            en: "All your data (account, consent records, events) as structured JSON.",
        }
        EXPORT_BUTTON { zh_hans: "生成导出", zh_hant: "產生匯出", en: "Prepare export" }
        EXPORT_DOWNLOAD { zh_hans: "下载 JSON 文件", zh_hant: "下載 JSON 檔案", en: "Download JSON file" }
        EXPORT_COPY { zh_hans: "复制全部", zh_hant: "複製全部", en: "Copy all" }
        EXPORT_COPIED { zh_hans: "已复制", zh_hant: "已複製", en: "Copied" }
        EXPORT_LABEL { zh_hans: "导出的数据", zh_hant: "匯出的資料", en: "Exported data" }
        DELETE_TITLE { zh_hans: "删除账户和全部数据", zh_hant: "刪除帳戶和全部資料", en: "Delete my account and all my data" }
        DELETE_INTRO {
            zh_hans: "删除后无法恢复：账户、同意记录和行为数据将被清除，所有登录失效，本设备上的应用数据也会清空。法律要求保留的订单将去除身份信息后保留。",
            zh_hant: "刪除後無法復原：帳戶、同意紀錄和行為資料將被清除，所有登入失效，本裝置上的應用資料也會清空。法律要求保留的訂單將去除身分資訊後保留。",
            en: "This cannot be undone: your account, consent records and behaviour data are erased, every session ends and this browser forgets the app's data. Orders the law requires us to keep are kept without anything that identifies you.",
        }
        DELETE_START { zh_hans: "删除我的账户…", zh_hant: "刪除我的帳戶…", en: "Delete my account…" }
        DELETE_CONFIRM_LABEL {
            zh_hans: "输入你的邮箱以确认",
            zh_hant: "輸入你的電子郵件以確認",
            en: "Type your email to confirm",
        }
        DELETE_PASSWORD_LABEL {
            zh_hans: "输入你的密码以确认",
            zh_hant: "輸入你的密碼以確認",
            en: "Type your password to confirm",
        }
        DELETE_CONFIRM { zh_hans: "永久删除", zh_hant: "永久刪除", en: "Delete permanently" }
        DELETE_DONE_TITLE { zh_hans: "你的数据已删除", zh_hant: "你的資料已刪除", en: "Your data has been deleted" }
        DELETE_DONE_BODY {
            zh_hans: "删除凭证 {id}，时间 {time}。",
            zh_hant: "刪除憑證 {id}，時間 {time}。",
            en: "Deletion receipt {id}, at {time}.",
        }
        DELETE_DONE_ANONYMIZED {
            zh_hans: "去除身份信息后保留的记录：{n} 条",
            zh_hant: "去除身分資訊後保留的紀錄：{n} 筆",
            en: "Records kept without identity: {n}",
        }
        PROFILE_TITLE { zh_hans: "兴趣画像", zh_hant: "興趣畫像", en: "Your interest profile" }
        PROFILE_INTRO {
            zh_hans: "为了“为你推荐”，本设备记录了你最关注的分类和展商（随时间衰减）：",
            zh_hant: "為了「為你推薦」，本裝置記錄了你最關注的分類和展商（隨時間衰減）：",
            en: "For \"For you\", this device keeps what you look at most (fading over time):",
        }
        PROFILE_OFF {
            zh_hans: "未开启个性化，没有记录任何兴趣。",
            zh_hant: "未開啟個人化，沒有記錄任何興趣。",
            en: "Personalization is off; no interests are recorded.",
        }
        PROFILE_EMPTY { zh_hans: "还没有记录到兴趣。", zh_hant: "還沒有記錄到興趣。", en: "Nothing recorded yet." }
        PROFILE_CATEGORIES { zh_hans: "分类", zh_hant: "分類", en: "Categories" }
        PROFILE_EXHIBITORS { zh_hans: "展商", zh_hant: "展商", en: "Exhibitors" }
        PROFILE_CLEAR { zh_hans: "清除兴趣画像", zh_hant: "清除興趣畫像", en: "Clear my interest profile" }
        CHANNEL_NOTIFICATIONS { zh_hans: "通知设置", zh_hant: "通知設定", en: "Notification settings" }
        CHANNEL_SCAN { zh_hans: "扫码后的消息", zh_hant: "掃碼後的訊息", en: "Message after the scan" }
        CHANNEL_STOP_LINK {
            zh_hans: "优惠消息中的“不再接收”链接",
            zh_hant: "優惠訊息中的「不再接收」連結",
            en: "The “stop these” link in an offer",
        }
        RECEIPT_FOR_EXHIBITOR { zh_hans: "{purpose}：{exhibitor}", zh_hant: "{purpose}：{exhibitor}", en: "{purpose} — {exhibitor}" }
    }
    mod sharing {
        TITLE { zh_hans: "与展商分享联系方式", zh_hant: "與展商分享聯絡方式", en: "Sharing with exhibitors" }
        INTRO_WHO {
            zh_hans: "展位工作人员扫你的胸卡时，只能看到你的会员等级。只有你选择分享的展商，才能看到你的姓名、公司、职位、邮箱和手机，其他展商都看不到。",
            zh_hant: "展位工作人員掃你的識別證時，只能看到你的會員等級。只有你選擇分享的展商，才能看到你的姓名、公司、職稱、電子郵件和手機，其他展商都看不到。",
            en: "Booth staff who scan your badge see only your member tier. Only the exhibitors you choose see your name, company, job title, email and phone; no other exhibitor does.",
        }
        INTRO_CHANGE {
            zh_hans: "你可以随时改变主意。停止分享后，你的联系方式会立即从该展商的潜在客户名单和导出文件中移除。每一次选择都会留下凭证。",
            zh_hant: "你可以隨時改變主意。停止分享後，你的聯絡方式會立即從該展商的潛在客戶名單和匯出檔案中移除。每一次選擇都會留下憑證。",
            en: "You can change your mind at any time. When you stop sharing, your contact is removed from that exhibitor's leads and exports at once. Each choice is recorded with a receipt.",
        }
        EMPTY {
            zh_hans: "还没有展商扫过你的胸卡。",
            zh_hant: "還沒有展商掃過你的識別證。",
            en: "No exhibitor has scanned your badge yet.",
        }
        ASKED {
            zh_hans: "{date} 询问过你：尚未回答",
            zh_hant: "{date} 詢問過你：尚未回答",
            en: "Asked on {date}: not answered yet",
        }
        SHARED { zh_hans: "自 {date} 起分享", zh_hant: "自 {date} 起分享", en: "Shared since {date}" }
        DECLINED { zh_hans: "未分享", zh_hant: "未分享", en: "Not shared" }
        LAST_RECEIPT { zh_hans: "最近的凭证：", zh_hant: "最近的憑證：", en: "Last receipt:" }
        SHARE { zh_hans: "分享我的联系方式", zh_hant: "分享我的聯絡方式", en: "Share my contact" }
        DECLINE { zh_hans: "不分享", zh_hant: "不分享", en: "Don't share" }
        STOP { zh_hans: "停止分享", zh_hant: "停止分享", en: "Stop sharing" }
        SAVED { zh_hans: "已保存。凭证 {id}。", zh_hant: "已儲存。憑證 {id}。", en: "Saved. Receipt {id}." }
    }
    mod device {
        DEVICE_TITLE { zh_hans: "本设备保存的内容", zh_hant: "本裝置儲存的內容", en: "Kept on this device" }
        DEVICE_CART { zh_hans: "购物车：{n} 件商品", zh_hant: "購物車：{n} 件商品", en: "Your cart: {n} items" }
        DEVICE_PICKUPS {
            zh_hans: "待取货订单的取货码：{n} 个，供离线时出示",
            zh_hant: "待取貨訂單的取貨碼：{n} 個，供離線時出示",
            en: "Pickup codes of orders to collect: {n}, to show offline",
        }
        DEVICE_BADGE {
            zh_hans: "你的展会胸卡二维码，供离线时出示",
            zh_hant: "你的展會識別證 QR 碼，供離線時出示",
            en: "Your expo badge QR code, to show offline",
        }
        DEVICE_PAGES {
            zh_hans: "已浏览的页面和公开的商品目录（不含个人信息），供离线浏览",
            zh_hant: "已瀏覽的頁面和公開的商品目錄（不含個人資訊），供離線瀏覽",
            en: "Pages and the public catalog already seen (nothing personal), to browse offline",
        }
        DEVICE_CLEAR { zh_hans: "清除离线副本", zh_hant: "清除離線副本", en: "Clear the offline copies" }
        DEVICE_CLEARED {
            zh_hans: "已清除。购物车保留；之后浏览的页面会重新保存。",
            zh_hant: "已清除。購物車保留；之後瀏覽的頁面會重新儲存。",
            en: "Cleared. Your cart stays; pages you open from now on are kept again.",
        }
    }
    mod stop {
        TITLE { zh_hans: "不再接收此类优惠", zh_hant: "不再接收此類優惠", en: "Stop these offers" }
        FROM { zh_hans: "这条优惠来自{exhibitor}。", zh_hant: "這則優惠來自{exhibitor}。", en: "This offer came from {exhibitor}." }
        WILL_STOP {
            zh_hans: "将停止通过以下方式发送优惠：{channels}。这会撤回你对这些方式的营销同意（对所有展商生效），之后可随时在隐私中心重新开启。",
            zh_hant: "將停止透過以下方式傳送優惠：{channels}。這會撤回你對這些方式的行銷同意（對所有展商生效），之後可隨時在隱私中心重新開啟。",
            en: "Offers will stop by: {channels}. This withdraws your marketing consent for them (for every exhibitor); you can give it again in the privacy center at any time.",
        }
        STOP { zh_hans: "停止接收", zh_hant: "停止接收", en: "Stop these offers" }
        STOPPING { zh_hans: "正在停止…", zh_hant: "正在停止…", en: "Stopping…" }
        DONE { zh_hans: "已停止。凭证号：{ids}", zh_hant: "已停止。憑證號：{ids}", en: "Stopped. Receipt {ids}" }
        ALREADY {
            zh_hans: "无需再停止：你已不再通过这些方式接收优惠。",
            zh_hant: "無需再停止：你已不再透過這些方式接收優惠。",
            en: "Nothing left to stop: you no longer get offers this way.",
        }
        INVALID {
            zh_hans: "这个链接无效。你可以在隐私中心更改接收的内容。",
            zh_hant: "這個連結無效。你可以在隱私中心更改接收的內容。",
            en: "This link is not valid. You can change what you receive in the privacy center.",
        }
        TO_PRIVACY { zh_hans: "前往隐私中心", zh_hant: "前往隱私中心", en: "Go to the privacy center" }
        SMS { zh_hans: "短信", zh_hant: "簡訊", en: "SMS" }
        EMAIL { zh_hans: "电子邮件", zh_hant: "電子郵件", en: "email" }
        WECHAT { zh_hans: "微信", zh_hant: "微信", en: "WeChat" }
    }
}
