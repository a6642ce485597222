//! Texts of the checkout area: checkout, the delivery address, the order page.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod address {
        BOOK_TITLE { zh_hans: "地址簿", zh_hant: "地址簿", en: "Address book" }
    }
    mod checkout {
        CHECKOUT_TITLE { zh_hans: "结算", zh_hant: "結帳", en: "Checkout" }
        CHECKOUT_REVIEW_CART { zh_hans: "查看购物车", zh_hant: "查看購物車", en: "Review your cart" }
        CHECKOUT_PART_META {
            zh_hans: "展位 {booth} · {n} 件",
            zh_hant: "展位 {booth} · {n} 件",
            en: "Booth {booth} · {n} items",
        }
        CHECKOUT_PICKUP { zh_hans: "展位自提", zh_hant: "展位自取", en: "Pick up at the booth" }
        CHECKOUT_DELIVERY { zh_hans: "快递到家", zh_hant: "快遞到府", en: "Delivery" }
        CHECKOUT_SLOT_LABEL { zh_hans: "自提时段", zh_hant: "自取時段", en: "Pickup time" }
        CHECKOUT_SLOT_LEFT { zh_hans: "余 {n} 个名额", zh_hant: "餘 {n} 個名額", en: "{n} places left" }
        CHECKOUT_SLOT_FULL_SHORT { zh_hans: "已约满", zh_hant: "已約滿", en: "Full" }
        CHECKOUT_FIX_FIELDS {
            zh_hans: "请完善标出的信息。",
            zh_hant: "請完善標出的資訊。",
            en: "Please fix the marked fields.",
        }
        CHECKOUT_SAFE_RETRY {
            zh_hans: "再次点击“提交订单”是安全的，不会重复下单。",
            zh_hant: "再次點擊「提交訂單」是安全的，不會重複下單。",
            en: "Tapping Place order again is safe: it will not order twice.",
        }
        CHECKOUT_PLACE { zh_hans: "提交订单", zh_hant: "提交訂單", en: "Place order" }
        CHECKOUT_PLACING { zh_hans: "正在提交…", zh_hant: "正在提交…", en: "Placing your order…" }
    }
    mod order {
        ORDER_PLACED_TITLE { zh_hans: "订单已提交", zh_hant: "訂單已提交", en: "Order placed" }
        ORDER_THANKS { zh_hans: "支付成功，谢谢！", zh_hant: "付款成功，謝謝！", en: "Paid. Thank you!" }
        ORDER_PAY_BY {
            zh_hans: "请在 {time} 前付款，之后订单将过期，库存和取货名额会释放。",
            zh_hant: "請在 {time} 前付款，之後訂單將過期，庫存和取貨名額會釋放。",
            en: "Pay by {time}; after that the order expires and its items and pickup place are released.",
        }
        ORDER_EXPIRED_NOTE {
            zh_hans: "这个订单没有按时付款，已经过期。商品仍可再次下单。",
            zh_hant: "這筆訂單沒有按時付款，已經過期。商品仍可再次下單。",
            en: "This order was not paid in time and has expired. You can order the items again.",
        }
        ORDER_PICKUP_AT {
            zh_hans: "在展位 {booth} 自提",
            zh_hant: "在展位 {booth} 自取",
            en: "Pick up at booth {booth}",
        }
        ORDER_QR_LABEL {
            zh_hans: "展位 {booth} 的自提码",
            zh_hant: "展位 {booth} 的自取碼",
            en: "Pickup code for booth {booth}",
        }
        ORDER_SHOW_QR {
            zh_hans: "在展位出示此二维码即可取货。",
            zh_hant: "在展位出示此 QR 碼即可取貨。",
            en: "Show this code at the booth to collect your order.",
        }
        ORDER_QR_AFTER_PAYMENT {
            zh_hans: "付款后这里会显示自提二维码。",
            zh_hant: "付款後這裡會顯示自取 QR 碼。",
            en: "Your pickup code appears here once you have paid.",
        }
        ORDER_FIND_BOOTH { zh_hans: "如何找到{name}", zh_hant: "如何找到{name}", en: "Finding {name}" }
        ORDER_DELIVERY {
            zh_hans: "将快递到你填写的地址。",
            zh_hant: "將快遞到你填寫的地址。",
            en: "Delivered to the address you gave.",
        }
        ORDER_ALL_ORDERS { zh_hans: "我的全部订单", zh_hant: "我的全部訂單", en: "All my orders" }
        PAY_TITLE { zh_hans: "付款", zh_hant: "付款", en: "Payment" }
        PAY_WECHAT { zh_hans: "微信支付", zh_hant: "微信支付", en: "Pay with WeChat Pay" }
        PAY_TEST_TITLE {
            zh_hans: "测试支付（不会产生真实扣款）",
            zh_hant: "測試付款（不會產生真實扣款）",
            en: "Test payment (no real money is charged)",
        }
        PAY_TEST_NOTE {
            zh_hans: "这是参考后端的测试支付通道，用于演示与测试。",
            zh_hant: "這是參考後端的測試付款通道，用於示範與測試。",
            en: "The reference backend's test provider, for demos and tests.",
        }
        PAY_TEST_PAY { zh_hans: "支付 {amount}（测试）", zh_hant: "付款 {amount}（測試）", en: "Pay {amount} (test)" }
        PAY_TEST_DECLINE { zh_hans: "模拟支付失败", zh_hant: "模擬付款失敗", en: "Simulate a declined payment" }
        PAY_PAYING { zh_hans: "正在付款…", zh_hant: "正在付款…", en: "Paying…" }
        PAY_CONFIRMING {
            zh_hans: "正在向微信支付确认付款结果…",
            zh_hant: "正在向微信支付確認付款結果…",
            en: "Confirming the payment with WeChat Pay…",
        }
        PAY_DECLINED {
            zh_hans: "支付未成功，没有扣款。请重试。",
            zh_hant: "付款未成功，沒有扣款。請重試。",
            en: "The payment was declined and nothing was charged. Please try again.",
        }
        /// A booth's cancellation of its part, with the reason it gave and the refund.
        PART_CANCELLED {
            zh_hans: "展位已取消这部分商品：{reason}。已退款 {amount}。",
            zh_hant: "展位已取消這部分商品：{reason}。已退款 {amount}。",
            en: "The booth cancelled these items: {reason}. Refunded {amount}.",
        }
    }
    mod order_actions {
        TIMELINE { zh_hans: "订单进度", zh_hant: "訂單進度", en: "Order progress" }
        NEXT { zh_hans: "待完成", zh_hant: "待完成", en: "Still to come" }
        CANCEL { zh_hans: "取消订单", zh_hant: "取消訂單", en: "Cancel order" }
        CANCEL_SURE {
            zh_hans: "确定取消吗？库存和取货名额会释放，已付款项将原路退回，本单积分扣回。",
            zh_hant: "確定取消嗎？庫存和取貨名額會釋放，已付款項將原路退回，本單積分扣回。",
            en: "Cancel this order? Its items and pickup place are released, a payment is refunded to where it came from, and the points it earned are taken back.",
        }
        CANCEL_YES { zh_hans: "是，取消订单", zh_hant: "是，取消訂單", en: "Yes, cancel it" }
        CANCEL_NO { zh_hans: "不取消", zh_hant: "不取消", en: "Keep the order" }
        REFUNDED {
            zh_hans: "订单已取消，款项已退回。",
            zh_hant: "訂單已取消，款項已退回。",
            en: "Order cancelled; your payment has been refunded.",
        }
        HELP { zh_hans: "联系售后", zh_hant: "聯絡售後", en: "Ask for help with this order" }
        RETURN { zh_hans: "申请退货", zh_hant: "申請退貨", en: "Return items" }
        BUY_AGAIN { zh_hans: "再次购买", zh_hant: "再次購買", en: "Buy again" }
    }
    /// The cart page.
    mod cart {
        CART_ACCEPT_CHANGES { zh_hans: "知道了，更新购物车", zh_hant: "知道了，更新購物車", en: "OK, update my cart" }
        CART_CHANGED_TEXT {
            zh_hans: "自你加入购物车以来，价格或库存有变化，请先确认。",
            zh_hant: "自你加入購物車以來，價格或庫存有變化，請先確認。",
            en: "Prices or stock changed since you added these items. Please review them first.",
        }
        CART_CHANGED_TITLE { zh_hans: "有商品发生了变化", zh_hant: "有商品發生了變化", en: "Some items have changed" }
        CART_CHECKOUT { zh_hans: "去结算", zh_hant: "去結帳", en: "Checkout" }
        CART_DECREASE { zh_hans: "减少 {name} 的数量", zh_hant: "減少 {name} 的數量", en: "Fewer of {name}" }
        CART_DISCOUNT { zh_hans: "优惠", zh_hant: "優惠", en: "Discount" }
        CART_INCREASE { zh_hans: "增加 {name} 的数量", zh_hant: "增加 {name} 的數量", en: "More of {name}" }
        CART_KEPT {
            zh_hans: "购物车已保存在本设备上，不会丢失。",
            zh_hant: "購物車已保存在本裝置上，不會遺失。",
            en: "Your cart is saved on this device; nothing is lost.",
        }
        CART_PRICE_DOWN {
            zh_hans: "价格由 {from} 降至 {to}",
            zh_hant: "價格由 {from} 降至 {to}",
            en: "Price went down from {from} to {to}",
        }
        CART_PRICE_UP {
            zh_hans: "价格由 {from} 涨至 {to}",
            zh_hant: "價格由 {from} 漲至 {to}",
            en: "Price went up from {from} to {to}",
        }
        CART_QUANTITY_REDUCED {
            zh_hans: "你要了 {asked} 件，只剩 {n} 件",
            zh_hant: "你要了 {asked} 件，只剩 {n} 件",
            en: "You asked for {asked}; only {n} left",
        }
        CART_REMOVE { zh_hans: "删除", zh_hant: "刪除", en: "Remove" }
        CART_REMOVE_LABEL {
            zh_hans: "从购物车删除 {name}",
            zh_hant: "從購物車刪除 {name}",
            en: "Remove {name} from the cart",
        }
        CART_REVIEW_FIRST { zh_hans: "请先确认上方的变化。", zh_hant: "請先確認上方的變化。", en: "Review the changes above first." }
        CART_SOLD_OUT { zh_hans: "已售罄", zh_hant: "已售罄", en: "Sold out" }
        CART_SUBTOTAL { zh_hans: "商品金额", zh_hant: "商品金額", en: "Subtotal" }
        CART_SUMMARY { zh_hans: "合计", zh_hant: "合計", en: "Summary" }
        CART_TITLE { zh_hans: "购物车", zh_hant: "購物車", en: "Your cart" }
        CART_TOTAL { zh_hans: "应付", zh_hant: "應付", en: "Total" }
        CART_UNAVAILABLE { zh_hans: "该规格已不可选", zh_hant: "該規格已不可選", en: "This option is no longer available" }
        COUPON_APPLIED { zh_hans: "已使用：{what}", zh_hant: "已使用：{what}", en: "Applied: {what}" }
        COUPON_APPLY { zh_hans: "使用", zh_hant: "使用", en: "Apply" }
        COUPON_BELOW_MINIMUM {
            zh_hans: "适用商品满 {amount} 才能使用。",
            zh_hant: "適用商品滿 {amount} 才能使用。",
            en: "This coupon needs eligible items worth at least {amount}.",
        }
        COUPON_EXPIRED { zh_hans: "该优惠码已过期。", zh_hant: "該優惠碼已過期。", en: "This coupon has expired." }
        COUPON_LABEL { zh_hans: "优惠码", zh_hant: "優惠碼", en: "Coupon code" }
        COUPON_NOT_APPLICABLE {
            zh_hans: "购物车中没有适用商品（{what}）。",
            zh_hant: "購物車中沒有適用商品（{what}）。",
            en: "Nothing in your cart qualifies ({what}).",
        }
        COUPON_NOT_STARTED { zh_hans: "该优惠码尚未开始。", zh_hant: "該優惠碼尚未開始。", en: "This coupon is not valid yet." }
        COUPON_REMOVE { zh_hans: "取消优惠码", zh_hant: "取消優惠碼", en: "Remove coupon" }
        COUPON_UNKNOWN {
            zh_hans: "没有这个优惠码，请检查拼写。",
            zh_hant: "沒有這個優惠碼，請檢查拼寫。",
            en: "There is no such coupon. Check the spelling.",
        }
    }
}
