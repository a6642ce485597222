//! Texts only lazy areas show, shared by several of them: referenced only from their chunks,
//! so they are not in the first load's message tables.

use super::Text3;

pub const PASSWORD_HINT: Text3 = ["至少 8 个字符", "至少 8 個字元", "At least 8 characters"];
pub const SUBMITTING: Text3 = ["正在提交…", "正在送出…", "Sending…"];
pub const PRIVACY_TITLE: Text3 = ["隐私中心", "隱私中心", "Privacy center"];
pub const DELETE_CANCEL: Text3 = ["取消", "取消", "Cancel"];
pub const ADDRESS_TITLE: Text3 = ["收货地址", "收貨地址", "Delivery address"];
pub const ADDRESS_NAME: Text3 = ["收货人", "收貨人", "Full name"];
pub const ADDRESS_PHONE: Text3 = ["手机号", "手機號碼", "Phone"];
pub const ADDRESS_REGION: Text3 = ["省 / 市 / 区", "省 / 市 / 區", "Province / city / district"];
pub const ADDRESS_STREET: Text3 = ["详细地址", "詳細地址", "Street address"];
pub const ADDRESS_POSTCODE: Text3 = ["邮编（选填）", "郵遞區號（選填）", "Postcode (optional)"];
pub const ORDER_NUMBER: Text3 = [
    "订单号 {number}",
    "訂單編號 {number}",
    "Order number {number}",
];
pub const ME_ORDERS: Text3 = ["我的订单", "我的訂單", "My orders"];
