//! This page's own texts (zh-Hans, zh-Hant, en): in its area's chunk, not in the first load.

use crate::i18n::Text3;

pub const PRIVACY_INTRO: Text3 = [
    "在这里查看和更改每一项用途的同意状态，更改立即生效。",
    "在這裡查看和更改每一項用途的同意狀態，更改立即生效。",
    "See and change your consent for each purpose. Changes apply at once.",
];
pub const PRIVACY_PURPOSES: Text3 = ["用途与同意", "用途與同意", "Purposes and consent"];
pub const PRIVACY_HISTORY: Text3 = ["同意记录", "同意紀錄", "Consent history"];
pub const PRIVACY_HISTORY_EMPTY: Text3 =
    ["还没有记录。", "還沒有紀錄。", "No changes recorded yet."];
pub const RECEIPT_TIME: Text3 = ["时间", "時間", "Time"];
pub const RECEIPT_PURPOSE: Text3 = ["用途", "用途", "Purpose"];
pub const RECEIPT_DECISION: Text3 = ["决定", "決定", "Decision"];
pub const RECEIPT_VERSION: Text3 = ["政策版本", "政策版本", "Policy"];
pub const RECEIPT_CHANNEL: Text3 = ["方式", "方式", "Where"];
pub const RECEIPT_ID: Text3 = ["凭证号", "憑證號", "Receipt"];
pub const RECEIPT_GRANTED: Text3 = ["同意", "同意", "Granted"];
pub const RECEIPT_WITHDRAWN: Text3 = ["拒绝或撤回", "拒絕或撤回", "Refused or withdrawn"];
pub const CHANNEL_PROMPT: Text3 = ["首次提示", "首次提示", "First-visit prompt"];
pub const CHANNEL_PRIVACY_CENTER: Text3 = ["隐私中心", "隱私中心", "Privacy center"];
pub const CHANNEL_SIGN_IN: Text3 = ["登录时同步", "登入時同步", "Carried over at sign-in"];
pub const PRIVACY_YOUR_DATA: Text3 = ["你的数据", "你的資料", "Your data"];
pub const PRIVACY_SIGNIN_FOR_DATA: Text3 = [
    "登录后可导出或删除你账户中的全部数据。",
    "登入後可匯出或刪除你帳戶中的全部資料。",
    "Sign in to download or delete all the data of your account.",
];
pub const EXPORT_TITLE: Text3 = ["导出我的数据", "匯出我的資料", "Download my data"];
pub const EXPORT_INTRO: Text3 = [
    "以 JSON 格式导出账户、同意记录和行为事件等全部数据。",
    "以 JSON 格式匯出帳戶、同意紀錄和行為事件等全部資料。",
    "All your data (account, consent records, events) as structured JSON.",
];
pub const EXPORT_BUTTON: Text3 = ["生成导出", "產生匯出", "Prepare export"];
pub const EXPORT_DOWNLOAD: Text3 = ["下载 JSON 文件", "下載 JSON 檔案", "Download JSON file"];
pub const EXPORT_COPY: Text3 = ["复制全部", "複製全部", "Copy all"];
pub const EXPORT_COPIED: Text3 = ["已复制", "已複製", "Copied"];
pub const EXPORT_LABEL: Text3 = ["导出的数据", "匯出的資料", "Exported data"];
pub const DELETE_TITLE: Text3 = [
    "删除账户和全部数据",
    "刪除帳戶和全部資料",
    "Delete my account and all my data",
];
pub const DELETE_INTRO: Text3 = ["删除后无法恢复：账户、同意记录和行为数据将被清除，所有登录失效，本设备上的应用数据也会清空。法律要求保留的订单将去除身份信息后保留。", "刪除後無法復原：帳戶、同意紀錄和行為資料將被清除，所有登入失效，本裝置上的應用資料也會清空。法律要求保留的訂單將去除身分資訊後保留。", "This cannot be undone: your account, consent records and behaviour data are erased, every session ends and this browser forgets the app's data. Orders the law requires us to keep are kept without anything that identifies you."];
pub const DELETE_START: Text3 = ["删除我的账户…", "刪除我的帳戶…", "Delete my account…"];
pub const DELETE_CONFIRM_LABEL: Text3 = [
    "输入你的邮箱以确认",
    "輸入你的電子郵件以確認",
    "Type your email to confirm",
];
pub const DELETE_PASSWORD_LABEL: Text3 = [
    "输入你的密码以确认",
    "輸入你的密碼以確認",
    "Type your password to confirm",
];
pub const DELETE_CONFIRM: Text3 = ["永久删除", "永久刪除", "Delete permanently"];
pub const DELETE_DONE_TITLE: Text3 = [
    "你的数据已删除",
    "你的資料已刪除",
    "Your data has been deleted",
];
pub const DELETE_DONE_BODY: Text3 = [
    "删除凭证 {id}，时间 {time}。",
    "刪除憑證 {id}，時間 {time}。",
    "Deletion receipt {id}, at {time}.",
];
pub const DELETE_DONE_ANONYMIZED: Text3 = [
    "去除身份信息后保留的记录：{n} 条",
    "去除身分資訊後保留的紀錄：{n} 筆",
    "Records kept without identity: {n}",
];
pub const PROFILE_TITLE: Text3 = ["兴趣画像", "興趣畫像", "Your interest profile"];
pub const PROFILE_INTRO: Text3 = [
    "为了“为你推荐”，本设备记录了你最关注的分类和展商（随时间衰减）：",
    "為了「為你推薦」，本裝置記錄了你最關注的分類和展商（隨時間衰減）：",
    "For \"For you\", this device keeps what you look at most (fading over time):",
];
pub const PROFILE_OFF: Text3 = [
    "未开启个性化，没有记录任何兴趣。",
    "未開啟個人化，沒有記錄任何興趣。",
    "Personalization is off; no interests are recorded.",
];
pub const PROFILE_EMPTY: Text3 = [
    "还没有记录到兴趣。",
    "還沒有記錄到興趣。",
    "Nothing recorded yet.",
];
pub const PROFILE_CATEGORIES: Text3 = ["分类", "分類", "Categories"];
pub const PROFILE_EXHIBITORS: Text3 = ["展商", "展商", "Exhibitors"];
pub const PROFILE_CLEAR: Text3 = ["清除兴趣画像", "清除興趣畫像", "Clear my interest profile"];
pub const CHANNEL_NOTIFICATIONS: Text3 = ["通知设置", "通知設定", "Notification settings"];
