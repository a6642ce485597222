//! Texts of after-sales service (the member's requests and returns, the exhibitor's desk).
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod returns {
        TITLE { zh_hans: "退货", zh_hant: "退貨", en: "Returns" }
        EMPTY {
            zh_hans: "还没有退货。已付款的订单可以在订单页申请退货。",
            zh_hant: "還沒有退貨。已付款的訂單可以在訂單頁申請退貨。",
            en: "No returns yet. A paid order can be returned from its page.",
        }
        NEW_TITLE { zh_hans: "申请退货", zh_hant: "申請退貨", en: "Return items" }
        FOR_ORDER { zh_hans: "订单 {number}", zh_hant: "訂單 {number}", en: "Order {number}" }
        WHICH { zh_hans: "退哪些商品，各退几件", zh_hant: "退哪些商品，各退幾件", en: "Which items, and how many" }
        QUANTITY {
            zh_hans: "{name} 的退货数量（最多 {max}）",
            zh_hant: "{name} 的退貨數量（最多 {max}）",
            en: "How many {name} to return (up to {max})",
        }
        REASON { zh_hans: "退货原因", zh_hant: "退貨原因", en: "Reason" }
        DETAILS { zh_hans: "补充说明（选填）", zh_hant: "補充說明（選填）", en: "Details (optional)" }
        SEND { zh_hans: "提交退货申请", zh_hant: "提交退貨申請", en: "Request the return" }
        NOTHING { zh_hans: "请至少选择一件商品。", zh_hant: "請至少選擇一件商品。", en: "Choose at least one item." }
        REFUND { zh_hans: "退款金额", zh_hant: "退款金額", en: "Refund" }
        STEPS { zh_hans: "退货进度", zh_hant: "退貨進度", en: "Progress" }
        NOT_RETURNABLE {
            zh_hans: "这个订单不能退货（未付款、已关闭或已超过 30 天），或这些商品已在退货中。",
            zh_hant: "這筆訂單不能退貨（未付款、已關閉或已超過 30 天），或這些商品已在退貨中。",
            en: "This order cannot be returned (unpaid, closed or older than 30 days), or these items are already being returned.",
        }
        REQUESTED { zh_hans: "已申请", zh_hant: "已申請", en: "Requested" }
        APPROVED {
            zh_hans: "已同意，请寄回或送回展位",
            zh_hant: "已同意，請寄回或送回展位",
            en: "Approved: bring or send the items back",
        }
        REJECTED { zh_hans: "未通过", zh_hant: "未通過", en: "Declined" }
        RECEIVED { zh_hans: "商品已收到", zh_hant: "商品已收到", en: "Items received" }
        REFUNDED { zh_hans: "已退款", zh_hant: "已退款", en: "Refunded" }
        DAMAGED { zh_hans: "商品破损", zh_hant: "商品破損", en: "Damaged" }
        WRONG { zh_hans: "发错商品", zh_hant: "發錯商品", en: "Wrong item" }
        NOT_AS { zh_hans: "与描述不符", zh_hant: "與描述不符", en: "Not as described" }
        MIND { zh_hans: "不想要了", zh_hant: "不想要了", en: "Changed my mind" }
        OTHER { zh_hans: "其他", zh_hant: "其他", en: "Other" }
    }
    mod tickets {
        TITLE { zh_hans: "售后服务", zh_hant: "售後服務", en: "After-sales service" }
        ASK { zh_hans: "联系售后", zh_hant: "聯絡售後", en: "Ask for help" }
        EMPTY {
            zh_hans: "还没有售后工单。订单有问题时，可以在订单页联系展商。",
            zh_hant: "還沒有售後工單。訂單有問題時，可以在訂單頁聯絡展商。",
            en: "No service requests yet. If something is wrong with an order, ask from the order's page.",
        }
        NEW_TITLE { zh_hans: "联系售后", zh_hant: "聯絡售後", en: "Ask for help" }
        ABOUT_ORDER { zh_hans: "关于订单 {number}", zh_hant: "關於訂單 {number}", en: "About order {number}" }
        EXHIBITOR { zh_hans: "哪家展商", zh_hant: "哪家展商", en: "Which exhibitor" }
        CATEGORY { zh_hans: "问题类型", zh_hant: "問題類型", en: "What is it about?" }
        SUBJECT { zh_hans: "标题", zh_hant: "標題", en: "Subject" }
        TEXT { zh_hans: "详细描述", zh_hant: "詳細描述", en: "Describe it" }
        SEND { zh_hans: "提交", zh_hant: "提交", en: "Send" }
        RESPOND_BY {
            zh_hans: "展商将在 {time} 前首次答复。",
            zh_hant: "展商將在 {time} 前首次答覆。",
            en: "The exhibitor answers by {time}.",
        }
        YOU { zh_hans: "你", zh_hant: "你", en: "You" }
        STAFF { zh_hans: "展商客服", zh_hant: "展商客服", en: "Exhibitor" }
        CONVERSATION { zh_hans: "沟通记录", zh_hant: "溝通記錄", en: "Conversation" }
        REPLY { zh_hans: "回复", zh_hant: "回覆", en: "Reply" }
        REPLY_SEND { zh_hans: "发送回复", zh_hant: "傳送回覆", en: "Send reply" }
        MARK_RESOLVED { zh_hans: "问题已解决", zh_hant: "問題已解決", en: "Mark as solved" }
        REOPEN { zh_hans: "问题没解决，重新打开", zh_hant: "問題沒解決，重新開啟", en: "Not solved: reopen" }
        RATE_TITLE { zh_hans: "为这次服务评分", zh_hant: "為這次服務評分", en: "Rate how it was solved" }
        SCORE { zh_hans: "{n} 分（共 5 分）", zh_hant: "{n} 分（共 5 分）", en: "{n} of 5" }
        COMMENT { zh_hans: "评价（选填）", zh_hant: "評價（選填）", en: "Comment (optional)" }
        RATE_SEND { zh_hans: "提交评分", zh_hant: "提交評分", en: "Send rating" }
        RATED { zh_hans: "你的评分：{n}/5", zh_hant: "你的評分：{n}/5", en: "Your rating: {n}/5" }
        WRONG_STATUS {
            zh_hans: "工单状态已变化，请刷新后再试。",
            zh_hant: "工單狀態已變化，請重新整理後再試。",
            en: "The request's status has changed; reload and try again.",
        }
        OPEN { zh_hans: "已提交", zh_hant: "已提交", en: "Open" }
        WAITING { zh_hans: "待你回复", zh_hant: "待你回覆", en: "Waiting for you" }
        IN_PROGRESS { zh_hans: "处理中", zh_hant: "處理中", en: "In progress" }
        RESOLVED { zh_hans: "已解决", zh_hant: "已解決", en: "Solved" }
        CLOSED { zh_hans: "已关闭", zh_hant: "已關閉", en: "Closed" }
        PRODUCT {
            zh_hans: "商品问题（破损、错发、与描述不符）",
            zh_hant: "商品問題（破損、錯發、與描述不符）",
            en: "Problem with an item (damaged, wrong, not as described)",
        }
        PICKUP { zh_hans: "自提", zh_hant: "自取", en: "Pickup at the booth" }
        DELIVERY { zh_hans: "配送", zh_hant: "配送", en: "Delivery" }
        PAYMENT { zh_hans: "付款与退款", zh_hant: "付款與退款", en: "Payment and refunds" }
        OTHER { zh_hans: "其他", zh_hant: "其他", en: "Something else" }
    }
    mod photos {
        PHOTOS {
            zh_hans: "照片（选填，最多 4 张，每张不超过 5 MB）",
            zh_hant: "照片（選填，最多 4 張，每張不超過 5 MB）",
            en: "Photos (optional, up to 4, 5 MB each)",
        }
        NOT_IMAGE {
            zh_hans: "只能上传 JPEG、PNG 或 WebP 图片。",
            zh_hant: "只能上傳 JPEG、PNG 或 WebP 圖片。",
            en: "Only JPEG, PNG or WebP images can be sent.",
        }
        TOO_LARGE { zh_hans: "照片不能超过 5 MB。", zh_hant: "照片不能超過 5 MB。", en: "A photo can be at most 5 MB." }
        UPLOADING { zh_hans: "正在上传照片…", zh_hant: "正在上傳照片…", en: "Uploading the photo…" }
        REMOVE { zh_hans: "移除照片 {n}", zh_hant: "移除照片 {n}", en: "Remove photo {n}" }
        PHOTO_ALT { zh_hans: "照片 {n}", zh_hant: "照片 {n}", en: "Photo {n}" }
    }
}
