//! Texts of the quotes area (the buyer's side of trade quotes): the configurator, the buyer's
//! quotes, one quote and the printable document. Only that area's chunk uses them.

use super::text::texts;

texts! {
    mod configure {
        TITLE { zh_hans: "询价", zh_hant: "詢價", en: "Request a trade quote" }
        NOT_OFFERED {
            zh_hans: "这件商品暂不提供批量询价。",
            zh_hant: "這件商品暫不提供批量詢價。",
            en: "This product is not offered for trade quotes.",
        }
        BACK_TO_PRODUCT { zh_hans: "返回商品", zh_hant: "返回商品", en: "Back to the product" }
        REQUIRED { zh_hans: "（必选）", zh_hant: "（必選）", en: "(required)" }
        NONE { zh_hans: "不需要", zh_hant: "不需要", en: "None" }
        CHOOSE { zh_hans: "请选择{group}。", zh_hant: "請選擇{group}。", en: "Choose {group}." }
        ONE_ONLY { zh_hans: "{group}只能选一项。", zh_hant: "{group}只能選一項。", en: "Choose one {group} only." }
        EXCLUDES { zh_hans: "{option}不能与{with}同时选择。", zh_hant: "{option}不能與{with}同時選擇。", en: "{option} cannot go with {with}." }
        REQUIRES { zh_hans: "{option}需要同时选择{needs}。", zh_hant: "{option}需要同時選擇{needs}。", en: "{option} needs {needs} too." }
        UNAVAILABLE { zh_hans: "{option}无法选择。", zh_hant: "{option}無法選擇。", en: "{option} cannot be chosen." }
        QUANTITY_RANGE { zh_hans: "数量须在 {min} 到 {max} 件之间。", zh_hant: "數量須在 {min} 到 {max} 件之間。", en: "Ask for {min} to {max} pieces." }
        NOT_WITH { zh_hans: "不能与{with}同选", zh_hant: "不能與{with}同選", en: "Not available with {with}" }
        QUANTITY_LABEL { zh_hans: "数量（件）", zh_hant: "數量（件）", en: "Quantity (pieces)" }
        MIN_QUANTITY { zh_hans: "起订量：{n} 件", zh_hant: "起訂量：{n} 件", en: "Minimum order: {n} pieces" }
        LIVE_PRICE { zh_hans: "参考价格", zh_hant: "參考價格", en: "Your price" }
        BASE_UNIT { zh_hans: "基础单价", zh_hant: "基礎單價", en: "Unit price before options" }
        UNIT_PRICE { zh_hans: "单价", zh_hant: "單價", en: "Unit price" }
        NEXT_BREAK { zh_hans: "满 {n} 件：每件 {price}", zh_hant: "滿 {n} 件：每件 {price}", en: "From {n} pieces: {price} each" }
        TO_PRICE { zh_hans: "完成以下选择即可看到价格：", zh_hant: "完成以下選擇即可看到價格：", en: "To see the price:" }
        INDICATIVE {
            zh_hans: "按展商目录价计算，仅供参考；最终价格以展商报价为准。",
            zh_hant: "按展商目錄價計算，僅供參考；最終價格以展商報價為準。",
            en: "Worked out from the exhibitor's list prices: the price you pay is the one they quote.",
        }
        DELIVERY { zh_hans: "时间与地点", zh_hant: "時間與地點", en: "When and where" }
        NEEDED_BY_LABEL { zh_hans: "需求日期（选填）", zh_hant: "需求日期（選填）", en: "Needed by (optional)" }
        REGION_LABEL { zh_hans: "交货地区", zh_hant: "交貨地區", en: "Delivery region" }
        REGION_HINT { zh_hans: "城市、省份或国家", zh_hant: "城市、省份或國家", en: "A city, region or country" }
        MESSAGE_LABEL { zh_hans: "给展商的留言（选填）", zh_hant: "給展商的留言（選填）", en: "Message to the exhibitor (optional)" }
        SEND { zh_hans: "提交询价", zh_hant: "送出詢價", en: "Request the quote" }
        FIX_FIELDS { zh_hans: "请修改标出的内容。", zh_hant: "請修改標出的內容。", en: "Please correct the marked fields." }
        NEED_COMPANY {
            zh_hans: "批量询价面向企业买家：请先在个人资料中填写公司名称和职位。已填写的询价内容会保留。",
            zh_hant: "批量詢價面向企業買家：請先在個人資料中填寫公司名稱和職稱。已填寫的詢價內容會保留。",
            en: "Trade quotes are for business buyers: add your company and title to your profile first. What you entered here is kept.",
        }
        TO_PROFILE { zh_hans: "去填写个人资料", zh_hant: "前往個人資料", en: "Go to your profile" }
    }
    mod mine {
        TITLE { zh_hans: "我的询价", zh_hant: "我的詢價", en: "My quotes" }
        INTRO {
            zh_hans: "你向展商发起的批量询价和收到的报价。",
            zh_hant: "你向展商發起的批量詢價和收到的報價。",
            en: "The trade quotes you asked exhibitors for, and their answers.",
        }
        EMPTY {
            zh_hans: "你还没有询价。在下方选择商品开始配置。",
            zh_hant: "你還沒有詢價。在下方選擇商品開始配置。",
            en: "You have not asked for a quote yet. Choose a product below to configure it.",
        }
        EMPTY_HERE { zh_hans: "这个状态下没有询价。", zh_hant: "這個狀態下沒有詢價。", en: "No quotes with this status." }
        ASK_TITLE { zh_hans: "发起询价", zh_hant: "發起詢價", en: "Ask for a quote" }
        ASK_INTRO {
            zh_hans: "这些商品可按需配置（选项、数量阶梯价），展商会给出报价。",
            zh_hant: "這些商品可按需配置（選項、數量階梯價），展商會給出報價。",
            en: "These products can be configured (options, quantity price breaks) and quoted by their exhibitor.",
        }
        CONFIGURE { zh_hans: "配置并询价：{product}", zh_hant: "配置並詢價：{product}", en: "Configure and ask: {product}" }
        BROWSE { zh_hans: "去逛商品", zh_hant: "去逛商品", en: "Browse products" }
    }
    mod quote {
        MY_QUOTES { zh_hans: "我的询价", zh_hant: "我的詢價", en: "My quotes" }
        SEE_ORDER { zh_hans: "查看订单", zh_hant: "查看訂單", en: "See the order" }
        ASK_AGAIN { zh_hans: "按此配置再次询价", zh_hant: "按此配置再次詢價", en: "Ask for this again" }
        ASKING_AGAIN { zh_hans: "正在提交…", zh_hant: "正在提交…", en: "Sending…" }
        PRINTABLE { zh_hans: "打印版报价单", zh_hant: "列印版報價單", en: "Printable quote" }
        WHAT_NOW { zh_hans: "你的决定", zh_hant: "你的決定", en: "Your decision" }
        CHANGE_LABEL { zh_hans: "希望展商修改什么？", zh_hant: "希望展商修改什麼？", en: "What should the exhibitor change?" }
        ASK_CHANGE { zh_hans: "请展商修改报价", zh_hant: "請展商修改報價", en: "Ask for a change" }
        CHANGE_ASKED { zh_hans: "已请展商修改报价。", zh_hant: "已請展商修改報價。", en: "The exhibitor was asked for a change." }
        DECLINE { zh_hans: "拒绝报价", zh_hant: "婉拒報價", en: "Decline the quote" }
        DECLINE_CONFIRM {
            zh_hans: "拒绝这份报价？拒绝后不能再接受它。",
            zh_hant: "婉拒這份報價？婉拒後不能再接受它。",
            en: "Decline this quote? It cannot be accepted afterwards.",
        }
        DECLINED { zh_hans: "已拒绝报价。", zh_hant: "已婉拒報價。", en: "The quote is declined." }
        ACCEPT_TITLE { zh_hans: "接受并下单", zh_hant: "接受並下單", en: "Accept and order" }
        ACCEPT_WHAT { zh_hans: "按第 {n} 版报价下单，合计", zh_hant: "按第 {n} 版報價下單，合計", en: "Order at revision {n}, total" }
        HOW { zh_hans: "取货方式", zh_hant: "取貨方式", en: "How you get it" }
        PICKUP { zh_hans: "展位自提", zh_hant: "展位自取", en: "Pick up at the booth" }
        DELIVERY { zh_hans: "快递配送", zh_hant: "快遞配送", en: "Delivery" }
        SLOT { zh_hans: "自提时段", zh_hant: "自取時段", en: "Pickup time" }
        CHOOSE_SLOT { zh_hans: "请选择时段", zh_hant: "請選擇時段", en: "Choose a time" }
        SLOT_LEFT { zh_hans: "剩 {n} 个名额", zh_hant: "剩 {n} 個名額", en: "{n} left" }
        SLOT_FULL { zh_hans: "已约满", zh_hant: "已約滿", en: "Full" }
        NO_SLOTS {
            zh_hans: "自提时段加载失败，可以选择快递配送，或稍后再试。",
            zh_hant: "自取時段載入失敗，可以選擇快遞配送，或稍後再試。",
            en: "The pickup times could not be loaded: choose delivery, or try again later.",
        }
        ACCEPT { zh_hans: "接受报价并下单", zh_hant: "接受報價並下單", en: "Accept and place the order" }
        ACCEPTED { zh_hans: "已接受报价，订单已生成。", zh_hant: "已接受報價，訂單已建立。", en: "Quote accepted: the order is placed." }
    }
    mod print {
        BACK { zh_hans: "返回报价", zh_hant: "返回報價", en: "Back to the quote" }
        PRINT { zh_hans: "打印", zh_hant: "列印", en: "Print" }
        DOCUMENT { zh_hans: "报价单", zh_hant: "報價單", en: "Quotation" }
        NOT_PRICED { zh_hans: "询价单（展商尚未报价）", zh_hant: "詢價單（展商尚未報價）", en: "Request for quotation (not priced yet)" }
        DATED { zh_hans: "日期：{when}", zh_hant: "日期：{when}", en: "Dated {when}" }
        FROM { zh_hans: "报价方", zh_hant: "報價方", en: "From" }
        TO { zh_hans: "询价方", zh_hant: "詢價方", en: "To" }
        UNTIL_END_OF {
            zh_hans: "{day}（展会当地时间当日结束前）",
            zh_hant: "{day}（展會當地時間當日結束前）",
            en: "{day} (until the end of that day, venue time)",
        }
        FOOTNOTE {
            zh_hans: "本报价单由 ExpoCX 生成；接受报价请登录 ExpoCX 在线操作。",
            zh_hant: "本報價單由 ExpoCX 產生；接受報價請登入 ExpoCX 線上操作。",
            en: "Issued through ExpoCX. To accept, sign in to ExpoCX and accept it online.",
        }
    }
}
