//! Texts several lazy areas show: order statuses, shared errors and form hints.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod lazy {
        PASSWORD_HINT { zh_hans: "至少 8 个字符", zh_hant: "至少 8 個字元", en: "At least 8 characters" }
        SUBMITTING { zh_hans: "正在提交…", zh_hant: "正在送出…", en: "Sending…" }
        PRIVACY_TITLE { zh_hans: "隐私中心", zh_hant: "隱私中心", en: "Privacy center" }
        DELETE_CANCEL { zh_hans: "取消", zh_hant: "取消", en: "Cancel" }
        ADDRESS_TITLE { zh_hans: "收货地址", zh_hant: "收貨地址", en: "Delivery address" }
        ADDRESS_NAME { zh_hans: "收货人", zh_hant: "收貨人", en: "Full name" }
        ADDRESS_PHONE { zh_hans: "手机号", zh_hant: "手機號碼", en: "Phone" }
        ADDRESS_REGION { zh_hans: "省 / 市 / 区", zh_hant: "省 / 市 / 區", en: "Province / city / district" }
        ADDRESS_STREET { zh_hans: "详细地址", zh_hant: "詳細地址", en: "Street address" }
        ADDRESS_POSTCODE { zh_hans: "邮编（选填）", zh_hant: "郵遞區號（選填）", en: "Postcode (optional)" }
        ORDER_NUMBER { zh_hans: "订单号 {number}", zh_hant: "訂單編號 {number}", en: "Order number {number}" }
        ERR_OFFLINE {
            zh_hans: "你已离线，这一步需要联网。已填写的内容都还在，联网后再试一次即可。",
            zh_hant: "你已離線，這一步需要連網。已填寫的內容都還在，連網後再試一次即可。",
            en: "You are offline, and this needs a connection. Everything you entered is kept: try again once you are back online.",
        }
        SAVED_AT {
            zh_hans: "离线中：这是本设备于 {time} 保存的副本。",
            zh_hant: "離線中：這是本裝置於 {time} 儲存的副本。",
            en: "Offline: this is the copy saved on this device at {time}.",
        }
        ME_ORDERS { zh_hans: "我的订单", zh_hant: "我的訂單", en: "My orders" }
        ERR_INVALID_CREDENTIALS {
            zh_hans: "邮箱或密码不正确。",
            zh_hant: "電子郵件或密碼不正確。",
            en: "The email or password is wrong.",
        }
        ERR_EMAIL_TAKEN {
            zh_hans: "该邮箱已注册，请直接登录。",
            zh_hant: "該電子郵件已註冊，請直接登入。",
            en: "This email already has an account. Sign in instead.",
        }
        ERR_TOO_MANY_UNPAID {
            zh_hans: "你有多个订单在等待付款，请先付款或等它们过期。",
            zh_hant: "你有多筆訂單在等待付款，請先付款或等它們過期。",
            en: "Several of your orders are waiting for payment. Pay one, or let it expire, first.",
        }
        CHECKOUT_SLOT_FULL {
            zh_hans: "你选的自提时段刚刚约满，请换一个时段。",
            zh_hant: "你選的自取時段剛剛約滿，請換一個時段。",
            en: "That pickup time just filled up. Please choose another.",
        }
        CHECKOUT_CART_CHANGED {
            zh_hans: "价格或库存刚刚变化，订单未提交。请确认购物车。",
            zh_hant: "價格或庫存剛剛變化，訂單未提交。請確認購物車。",
            en: "Prices or stock just changed, so nothing was ordered. Please review your cart.",
        }
        PAY_NOT_PAYABLE {
            zh_hans: "该订单已付款、已取消或已过期。",
            zh_hant: "該訂單已付款、已取消或已過期。",
            en: "This order is already paid, cancelled or expired.",
        }
        NOT_ENOUGH_POINTS { zh_hans: "可用积分不足。", zh_hant: "可用積分不足。", en: "Not enough spendable points." }
        ORDER_STATUS_AWAITING_PAYMENT { zh_hans: "待付款", zh_hant: "待付款", en: "Awaiting payment" }
        ORDER_STATUS_PAID { zh_hans: "已付款", zh_hant: "已付款", en: "Paid" }
        ORDER_STATUS_CONFIRMED { zh_hans: "商家已确认", zh_hant: "商家已確認", en: "Confirmed by the exhibitor" }
        ORDER_STATUS_READY_FOR_PICKUP { zh_hans: "可自提", zh_hant: "可自取", en: "Ready for pickup" }
        ORDER_STATUS_SHIPPED { zh_hans: "已发货", zh_hant: "已出貨", en: "Shipped" }
        ORDER_STATUS_COMPLETED { zh_hans: "已完成", zh_hant: "已完成", en: "Completed" }
        ORDER_STATUS_CANCELLED { zh_hans: "已取消", zh_hant: "已取消", en: "Cancelled" }
        ORDER_STATUS_EXPIRED {
            zh_hans: "已过期（未按时付款）",
            zh_hant: "已過期（未按時付款）",
            en: "Expired (not paid in time)",
        }
    }
}
