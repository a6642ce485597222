//! This page's own texts (zh-Hans, zh-Hant, en): in its area's chunk, not in the first load.

use crate::i18n::Text3;

pub const CHECKOUT_TITLE: Text3 = ["结算", "結帳", "Checkout"];
pub const CHECKOUT_REVIEW_CART: Text3 = ["查看购物车", "查看購物車", "Review your cart"];
pub const CHECKOUT_PART_META: Text3 = [
    "展位 {booth} · {n} 件",
    "展位 {booth} · {n} 件",
    "Booth {booth} · {n} items",
];
pub const CHECKOUT_PICKUP: Text3 = ["展位自提", "展位自取", "Pick up at the booth"];
pub const CHECKOUT_DELIVERY: Text3 = ["快递到家", "快遞到府", "Delivery"];
pub const CHECKOUT_SLOT_LABEL: Text3 = ["自提时段", "自取時段", "Pickup time"];
pub const CHECKOUT_SLOT_LEFT: Text3 = ["余 {n} 个名额", "餘 {n} 個名額", "{n} places left"];
pub const CHECKOUT_SLOT_FULL_SHORT: Text3 = ["已约满", "已約滿", "Full"];
pub const CHECKOUT_FIX_FIELDS: Text3 = [
    "请完善标出的信息。",
    "請完善標出的資訊。",
    "Please fix the marked fields.",
];
pub const CHECKOUT_SAFE_RETRY: Text3 = [
    "再次点击“提交订单”是安全的，不会重复下单。",
    "再次點擊「提交訂單」是安全的，不會重複下單。",
    "Tapping Place order again is safe: it will not order twice.",
];
pub const CHECKOUT_PLACE: Text3 = ["提交订单", "提交訂單", "Place order"];
pub const CHECKOUT_PLACING: Text3 = ["正在提交…", "正在提交…", "Placing your order…"];
