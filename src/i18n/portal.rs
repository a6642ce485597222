//! Texts of the exhibitor portal.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod portal {
        PORTAL_TITLE { zh_hans: "展商后台", zh_hant: "展商後台", en: "Exhibitor portal" }
        ORDERS { zh_hans: "订单", zh_hant: "訂單", en: "Orders" }
        PICKUP { zh_hans: "扫码自提", zh_hant: "掃碼自取", en: "Pickup" }
        SERVICE { zh_hans: "售后工单", zh_hant: "售後工單", en: "Service" }
        RETURNS { zh_hans: "退货", zh_hant: "退貨", en: "Returns" }
        PRODUCTS { zh_hans: "商品", zh_hant: "商品", en: "Products" }
        SLOTS { zh_hans: "自提时段", zh_hant: "自取時段", en: "Time slots" }
        OVERVIEW { zh_hans: "概览", zh_hant: "概覽", en: "Overview" }
        PORTAL_NAV { zh_hans: "展商后台导航", zh_hant: "展商後台導覽", en: "Portal sections" }
        CUSTOMER { zh_hans: "顾客：{name}", zh_hant: "顧客：{name}", en: "Customer: {name}" }
        PLACED { zh_hans: "下单时间：{when}", zh_hant: "下單時間：{when}", en: "Placed {when}" }
        PICKUP_AT { zh_hans: "自提时段：{when}", zh_hant: "自取時段：{when}", en: "Pickup: {when}" }
        DELIVERY { zh_hans: "快递配送", zh_hant: "宅配", en: "Delivery" }
        TRACKING { zh_hans: "运单号", zh_hant: "貨運單號", en: "Tracking number" }
        STEPS { zh_hans: "处理记录", zh_hant: "處理紀錄", en: "History" }
        BY { zh_hans: "（{name}）", zh_hant: "（{name}）", en: " (by {name})" }
        HANDED_OVER {
            zh_hans: "已于 {when} 由 {name} 交付。",
            zh_hant: "已於 {when} 由 {name} 交付。",
            en: "Handed over {when} by {name}.",
        }
        NOTHING_TO_DO {
            zh_hans: "这个订单没有可以进行的操作。",
            zh_hant: "這筆訂單沒有可以進行的操作。",
            en: "There is nothing to do on this order.",
        }
        CONFLICT {
            zh_hans: "同事刚刚更新了这个订单，下面是最新状态，请确认后再操作。",
            zh_hant: "同事剛剛更新了這筆訂單，下面是最新狀態，請確認後再操作。",
            en: "A colleague just changed this order. Here it is as it is now: check it, then try again.",
        }
        DONE { zh_hans: "已更新。", zh_hant: "已更新。", en: "Updated." }
        CANCEL_PART { zh_hans: "取消本展位的商品…", zh_hant: "取消本展位的商品…", en: "Cancel this booth's items…" }
        CANCEL_REASON { zh_hans: "原因（顾客会看到）", zh_hant: "原因（顧客會看到）", en: "Reason (the customer sees it)" }
        REASON_NEEDED { zh_hans: "请告诉顾客取消的原因。", zh_hant: "請告訴顧客取消的原因。", en: "Tell the customer why." }
        CANCEL_AND_REFUND { zh_hans: "取消并退款", zh_hant: "取消並退款", en: "Cancel and refund" }
        CALLED_OFF {
            zh_hans: "本展位已取消：{reason}。已退款 {amount}。",
            zh_hant: "本展位已取消：{reason}。已退款 {amount}。",
            en: "Cancelled by this booth: {reason}. Refunded {amount}.",
        }
        WORKING { zh_hans: "正在更新…", zh_hant: "正在更新…", en: "Updating…" }
        STEP_LABEL_CONFIRMED { zh_hans: "确认订单", zh_hant: "確認訂單", en: "Confirm order" }
        STEP_LABEL_READY_FOR_PICKUP { zh_hans: "标记为可自提", zh_hant: "標記為可自取", en: "Mark ready for pickup" }
        STEP_LABEL_SHIPPED { zh_hans: "标记为已发货", zh_hant: "標記為已出貨", en: "Mark shipped" }
        STEP_LABEL_OTHER { zh_hans: "完成交付", zh_hant: "完成交付", en: "Complete handover" }
    }
    mod product_form {
        NAME { zh_hans: "商品名称", zh_hant: "商品名稱", en: "Name" }
        DESCRIPTION { zh_hans: "商品介绍", zh_hant: "商品介紹", en: "Description" }
        CATEGORY { zh_hans: "分类", zh_hant: "分類", en: "Category" }
        CHOOSE { zh_hans: "请选择", zh_hant: "請選擇", en: "Choose" }
        PRICE { zh_hans: "价格（元）", zh_hant: "價格（元）", en: "Price (yuan)" }
        STOCK { zh_hans: "库存（件）", zh_hant: "庫存（件）", en: "Stock (units)" }
        OPTIONS { zh_hans: "规格", zh_hant: "規格", en: "Options" }
        OPTIONS_HINT {
            zh_hans: "可选。有规格时，访客须选一种才能加入购物车。",
            zh_hant: "可選。有規格時，訪客須選一種才能加入購物車。",
            en: "Optional. With options, visitors must choose one to add the product to the cart.",
        }
        OPTION_NAME { zh_hans: "规格名称（如“重量”）", zh_hant: "規格名稱（如「重量」）", en: "What they choose (e.g. “Weight”)" }
        OPTION { zh_hans: "规格 {n}", zh_hant: "規格 {n}", en: "Option {n}" }
        OPTION_ID {
            zh_hans: "代码（小写字母、数字、连字符）",
            zh_hant: "代碼（小寫字母、數字、連字號）",
            en: "Code (lower-case letters, digits, hyphens)",
        }
        OPTION_LABEL { zh_hans: "显示名称", zh_hant: "顯示名稱", en: "Label" }
        OPTION_DELTA {
            zh_hans: "加价（元，可为负）",
            zh_hant: "加價（元，可為負）",
            en: "Price difference (yuan, may be negative)",
        }
        ADD_OPTION { zh_hans: "添加规格", zh_hant: "新增規格", en: "Add an option" }
        REMOVE_OPTION { zh_hans: "删除此规格", zh_hant: "刪除此規格", en: "Remove this option" }
        PUBLISHED {
            zh_hans: "上架：访客可在店铺中看到并购买",
            zh_hant: "上架：訪客可在店鋪中看到並購買",
            en: "Published: visitors see and can buy it",
        }
    }
    mod camera_scan {
        SCAN { zh_hans: "用摄像头扫码", zh_hant: "用相機掃碼", en: "Scan with the camera" }
        STOP { zh_hans: "关闭摄像头", zh_hant: "關閉相機", en: "Close the camera" }
        AIM {
            zh_hans: "将顾客手机上的自提二维码对准取景框。",
            zh_hant: "將顧客手機上的自取 QR 碼對準取景框。",
            en: "Hold the visitor's pickup QR code up to the camera.",
        }
        NO_CAMERA {
            zh_hans: "无法使用摄像头（未授权或没有摄像头），请手动输入自提码。",
            zh_hant: "無法使用相機（未授權或沒有相機），請手動輸入自取碼。",
            en: "The camera cannot be used (not allowed, or none). Type the code instead.",
        }
    }
    mod dashboard {
        YOUR_BOOTH { zh_hans: "你的展位", zh_hant: "你的展位", en: "Your booth" }
        PRODUCT_COUNT { zh_hans: "{n} 件在售商品", zh_hant: "{n} 件在售商品", en: "{n} products on sale" }
        VIEW_STOREFRONT { zh_hans: "查看店铺页", zh_hant: "查看店鋪頁", en: "View your storefront page" }
        TODAY { zh_hans: "今天", zh_hant: "今天", en: "Today" }
        EXPO_DAYS { zh_hans: "展会期间", zh_hant: "展會期間", en: "Expo days" }
        PERIOD { zh_hans: "统计时段", zh_hant: "統計時段", en: "Period" }
        FROM { zh_hans: "开始日期", zh_hant: "開始日期", en: "From" }
        TO { zh_hans: "结束日期", zh_hant: "結束日期", en: "To" }
        SHOW { zh_hans: "查看", zh_hant: "查看", en: "Show" }
        REVENUE { zh_hans: "销售额", zh_hant: "銷售額", en: "Revenue" }
        ORDERS { zh_hans: "已付款订单", zh_hant: "已付款訂單", en: "Paid orders" }
        AVERAGE { zh_hans: "客单价", zh_hant: "客單價", en: "Average order" }
        PICKUPS {
            zh_hans: "今日待自提（1 小时内 {n}）",
            zh_hant: "今日待自取（1 小時內 {n}）",
            en: "Pickups today ({n} within the hour)",
        }
        TICKETS { zh_hans: "待处理工单（超时 {n}）", zh_hant: "待處理工單（逾時 {n}）", en: "Open requests ({n} overdue)" }
        RETURNS { zh_hans: "待处理退货", zh_hant: "待處理退貨", en: "Open returns" }
        PER_DAY { zh_hans: "每日销售额", zh_hant: "每日銷售額", en: "Revenue per day" }
        DAY { zh_hans: "日期", zh_hant: "日期", en: "Day" }
        FUNNEL { zh_hans: "转化漏斗", zh_hant: "轉換漏斗", en: "Funnel" }
        STEP { zh_hans: "环节", zh_hant: "環節", en: "Step" }
        COUNT { zh_hans: "数量", zh_hant: "數量", en: "Count" }
        RATE { zh_hans: "较上一步", zh_hant: "較上一步", en: "Of the step before" }
        VIEWS { zh_hans: "商品浏览", zh_hant: "商品瀏覽", en: "Product views" }
        CARTS { zh_hans: "加入购物车", zh_hant: "加入購物車", en: "Added to cart" }
        REPEAT { zh_hans: "回头客订单", zh_hant: "回頭客訂單", en: "Repeat orders" }
        FUNNEL_NOTE {
            zh_hans: "浏览与加购仅统计同意分析的访客。",
            zh_hant: "瀏覽與加購僅統計同意分析的訪客。",
            en: "Views and adds to cart count only visitors who allowed analytics.",
        }
        BY_STATUS { zh_hans: "订单状态", zh_hant: "訂單狀態", en: "Orders by status" }
        TOP { zh_hans: "热销商品", zh_hant: "熱銷商品", en: "Top products" }
        NO_SALES { zh_hans: "这段时间还没有销售。", zh_hant: "這段時間還沒有銷售。", en: "No sales in this period yet." }
    }
    mod orders {
        METHOD_PICKUP { zh_hans: "展位自提", zh_hant: "展位自取", en: "Pickup at the booth" }
        METHOD_DELIVERY { zh_hans: "快递配送", zh_hant: "宅配", en: "Delivery" }
        STATUS { zh_hans: "状态", zh_hant: "狀態", en: "Status" }
        OPEN_ORDER { zh_hans: "所选订单", zh_hant: "所選訂單", en: "Selected order" }
        CLOSE { zh_hans: "关闭", zh_hant: "關閉", en: "Close" }
        ANY { zh_hans: "全部", zh_hant: "全部", en: "All" }
        SEARCH { zh_hans: "订单号或顾客姓名", zh_hant: "訂單編號或顧客姓名", en: "Order number or customer name" }
        FIND { zh_hans: "查找", zh_hant: "查找", en: "Search" }
        SORT { zh_hans: "排序", zh_hant: "排序", en: "Sort" }
        NEWEST { zh_hans: "最新下单", zh_hant: "最新下單", en: "Newest first" }
        OLDEST { zh_hans: "最早下单", zh_hant: "最早下單", en: "Oldest first" }
        AMOUNT { zh_hans: "金额从高到低", zh_hant: "金額從高到低", en: "Largest amount" }
        SOONEST { zh_hans: "自提时间最近", zh_hant: "自取時間最近", en: "Soonest pickup" }
        NUMBER { zh_hans: "订单号", zh_hant: "訂單編號", en: "Order" }
        CUSTOMER { zh_hans: "顾客", zh_hant: "顧客", en: "Customer" }
        ITEMS { zh_hans: "件数", zh_hant: "件數", en: "Items" }
        WHEN { zh_hans: "下单 / 自提", zh_hant: "下單 / 自取", en: "Placed / pickup" }
        AMOUNT_COL { zh_hans: "金额", zh_hant: "金額", en: "Amount" }
        PIECES { zh_hans: "{n} 件", zh_hant: "{n} 件", en: "{n} items" }
        EXPORT { zh_hans: "导出 CSV", zh_hant: "匯出 CSV", en: "Export CSV" }
        EXPORTING { zh_hans: "正在导出…", zh_hant: "正在匯出…", en: "Exporting…" }
        NONE { zh_hans: "没有符合条件的订单。", zh_hant: "沒有符合條件的訂單。", en: "No orders match." }
        FOUND { zh_hans: "共 {n} 个订单", zh_hant: "共 {n} 筆訂單", en: "{n} orders" }
        METHOD { zh_hans: "取货方式", zh_hant: "取貨方式", en: "Fulfilment" }
        DAY { zh_hans: "下单日期", zh_hant: "下單日期", en: "Day placed" }
        SLOT { zh_hans: "自提时段", zh_hant: "自取時段", en: "Pickup slot" }
    }
    mod tickets {
        ALL { zh_hans: "全部", zh_hant: "全部", en: "All" }
        MINE { zh_hans: "我负责的", zh_hant: "我負責的", en: "Mine" }
        NOBODY { zh_hans: "未分配", zh_hant: "未分配", en: "Unassigned" }
        WHOSE { zh_hans: "按负责人筛选", zh_hant: "按負責人篩選", en: "Filter by who handles it" }
        NONE { zh_hans: "队列里没有工单。", zh_hant: "佇列裡沒有工單。", en: "The queue is empty." }
        DUE_IN { zh_hans: "{t}内需首次回复", zh_hant: "{t}內需首次回覆", en: "First answer due in {t}" }
        OVERDUE_BY { zh_hans: "首次回复已超时 {t}", zh_hant: "首次回覆已逾時 {t}", en: "First answer overdue by {t}" }
        OVERDUE { zh_hans: "已超时", zh_hant: "已逾時", en: "Overdue" }
        HOURS_MINUTES { zh_hans: "{h} 小时 {m} 分钟", zh_hant: "{h} 小時 {m} 分鐘", en: "{h} h {m} min" }
        MINUTES { zh_hans: "{m} 分钟", zh_hant: "{m} 分鐘", en: "{m} min" }
        HANDLED_BY { zh_hans: "负责人：{name}", zh_hant: "負責人：{name}", en: "Handled by {name}" }
        CUSTOMER { zh_hans: "顾客", zh_hant: "顧客", en: "Customer" }
        OUR_TEAM { zh_hans: "我们", zh_hant: "我們", en: "Our team" }
        ASSIGNEE { zh_hans: "负责人", zh_hant: "負責人", en: "Handled by" }
        NO_ONE { zh_hans: "未分配", zh_hant: "未分配", en: "No one yet" }
        REPLY { zh_hans: "回复顾客（顾客可见）", zh_hant: "回覆顧客（顧客可見）", en: "Reply to the visitor (they see it)" }
        THEN { zh_hans: "回复后状态", zh_hant: "回覆後狀態", en: "Status after the reply" }
        SEND { zh_hans: "发送回复", zh_hant: "傳送回覆", en: "Send reply" }
        NOTE { zh_hans: "内部备注（仅团队可见）", zh_hant: "內部備註（僅團隊可見）", en: "Internal note (only your team sees it)" }
        ADD_NOTE { zh_hans: "添加备注", zh_hant: "新增備註", en: "Add note" }
        NOTES { zh_hans: "内部备注", zh_hant: "內部備註", en: "Internal notes" }
        WAITING { zh_hans: "等待顾客回复", zh_hant: "等待顧客回覆", en: "Waiting for the visitor" }
    }
    mod slots {
        ADD { zh_hans: "添加自提时段", zh_hant: "新增自取時段", en: "Add a pickup slot" }
        DAY { zh_hans: "日期", zh_hant: "日期", en: "Day" }
        FROM { zh_hans: "开始（场馆时间）", zh_hant: "開始（場館時間）", en: "From (venue time)" }
        TO { zh_hans: "结束（场馆时间）", zh_hant: "結束（場館時間）", en: "To (venue time)" }
        CAPACITY { zh_hans: "可接订单数", zh_hant: "可接訂單數", en: "Orders it takes" }
        SAVE { zh_hans: "保存", zh_hant: "儲存", en: "Save" }
        DELETE { zh_hans: "删除", zh_hant: "刪除", en: "Remove" }
        FREE { zh_hans: "剩余 {n} / {c}", zh_hant: "剩餘 {n} / {c}", en: "{n} of {c} free" }
        NONE_YET {
            zh_hans: "还没有自提时段。添加后，访客结账时即可选择。",
            zh_hant: "還沒有自取時段。新增後，訪客結帳時即可選擇。",
            en: "No pickup slots yet. Once added, visitors can choose them at checkout.",
        }
        ADDED { zh_hans: "已添加。", zh_hant: "已新增。", en: "Added." }
        OFF_DAYS { zh_hans: "请选择展会期间的时间。", zh_hant: "請選擇展會期間的時間。", en: "Choose a time on the expo's days." }
        OVERLAP {
            zh_hans: "与本展位的另一个时段重叠。",
            zh_hant: "與本展位的另一個時段重疊。",
            en: "This overlaps another slot of the booth.",
        }
        LENGTH {
            zh_hans: "一个时段为 15 分钟到 4 小时。",
            zh_hant: "一個時段為 15 分鐘到 4 小時。",
            en: "A slot lasts 15 minutes to 4 hours.",
        }
        CAPACITY_RANGE {
            zh_hans: "可接订单数为 1 到 500。",
            zh_hant: "可接訂單數為 1 到 500。",
            en: "A slot takes 1 to 500 orders.",
        }
        HELD {
            zh_hans: "已有 {n} 个订单选择此时段，不能少于这个数。",
            zh_hant: "已有 {n} 筆訂單選擇此時段，不能少於這個數。",
            en: "{n} orders hold this slot: it cannot take fewer.",
        }
        IN_USE {
            zh_hans: "已有订单选择此时段，不能删除；可以调低可接订单数。",
            zh_hant: "已有訂單選擇此時段，不能刪除；可以調低可接訂單數。",
            en: "Orders chose this slot, so it cannot be removed: lower what it takes instead.",
        }
        LENGTH_OR_CAPACITY {
            zh_hans: "请填写时间：一个时段为 15 分钟到 4 小时，可接 1 到 500 个订单。",
            zh_hant: "請填寫時間：一個時段為 15 分鐘到 4 小時，可接 1 到 500 筆訂單。",
            en: "Fill in the times: a slot lasts 15 minutes to 4 hours and takes 1 to 500 orders.",
        }
    }
    mod product_edit {
        NEW { zh_hans: "新建商品", zh_hant: "新增商品", en: "New product" }
        EDIT { zh_hans: "编辑商品", zh_hant: "編輯商品", en: "Edit product" }
        CREATE { zh_hans: "创建商品", zh_hant: "建立商品", en: "Create product" }
        SAVE { zh_hans: "保存修改", zh_hant: "儲存修改", en: "Save changes" }
        CREATED {
            zh_hans: "商品已创建。可以上传图片，或继续修改。",
            zh_hant: "商品已建立。可以上傳圖片，或繼續修改。",
            en: "Product created. Add a picture, or go on editing.",
        }
        SAVED { zh_hans: "已保存，店铺页已更新。", zh_hant: "已儲存，店鋪頁已更新。", en: "Saved: the storefront shows it now." }
        FIX {
            zh_hans: "有些内容需要修改，请查看标出的字段。",
            zh_hant: "有些內容需要修改，請查看標出的欄位。",
            en: "Some fields need attention: see the marked ones.",
        }
        CHANGED {
            zh_hans: "同事刚刚修改了这件商品。再次保存会以你的内容为准；也可以先查看同事的版本（你的修改将被替换）。",
            zh_hant: "同事剛剛修改了這件商品。再次儲存會以你的內容為準；也可以先查看同事的版本（你的修改將被替換）。",
            en: "A colleague just changed this product. Saving again keeps your version; or look at theirs first (your edits are replaced).",
        }
        SHOW_THEIRS { zh_hans: "查看同事的版本", zh_hant: "查看同事的版本", en: "Show their version" }
        PICTURE {
            zh_hans: "商品图片（JPEG、PNG 或 WebP，最大 2 MB）",
            zh_hant: "商品圖片（JPEG、PNG 或 WebP，最大 2 MB）",
            en: "Picture (JPEG, PNG or WebP, at most 2 MB)",
        }
        BAD_PICTURE {
            zh_hans: "请选择 2 MB 以内的 JPEG、PNG 或 WebP 图片。",
            zh_hant: "請選擇 2 MB 以內的 JPEG、PNG 或 WebP 圖片。",
            en: "Choose a JPEG, PNG or WebP picture of at most 2 MB.",
        }
        UPLOADING { zh_hans: "正在上传…", zh_hant: "正在上傳…", en: "Uploading…" }
    }
    mod products {
        EDIT { zh_hans: "修改价格与库存", zh_hant: "修改價格與庫存", en: "Change price and stock" }
        NEW { zh_hans: "新建商品", zh_hant: "新增商品", en: "New product" }
        DRAFT { zh_hans: "草稿（未上架）", zh_hant: "草稿（未上架）", en: "Draft (not on sale)" }
        NONE_YET {
            zh_hans: "还没有商品。新建一个，上架后访客即可购买。",
            zh_hant: "還沒有商品。新增一個，上架後訪客即可購買。",
            en: "No products yet. Create one; once published, visitors can buy it.",
        }
        PRICE { zh_hans: "价格（元）", zh_hant: "價格（元）", en: "Price (yuan)" }
        STOCK { zh_hans: "库存（件）", zh_hant: "庫存（件）", en: "Stock (units)" }
        SAVE { zh_hans: "保存", zh_hant: "儲存", en: "Save" }
        CANCEL { zh_hans: "取消", zh_hant: "取消", en: "Cancel" }
        SAVED { zh_hans: "已保存，店铺页已更新。", zh_hant: "已儲存，店鋪頁已更新。", en: "Saved: the storefront shows it now." }
        IN_STOCK { zh_hans: "库存 {n}", zh_hant: "庫存 {n}", en: "{n} in stock" }
        BAD_PRICE {
            zh_hans: "请输入 0 到 1,000,000 之间的价格，最多两位小数。",
            zh_hant: "請輸入 0 到 1,000,000 之間的價格，最多兩位小數。",
            en: "Enter a price from 0 to 1,000,000 with at most two decimals.",
        }
        BAD_STOCK {
            zh_hans: "请输入 0 到 1,000,000 之间的整数。",
            zh_hant: "請輸入 0 到 1,000,000 之間的整數。",
            en: "Enter a whole number from 0 to 1,000,000.",
        }
        CHANGED {
            zh_hans: "同事刚刚修改了这件商品，下面是最新的价格与库存，请确认后再保存。",
            zh_hant: "同事剛剛修改了這件商品，下面是最新的價格與庫存，請確認後再儲存。",
            en: "A colleague just changed this product. Here are its price and stock now: check them, then save.",
        }
    }
    mod pickup {
        CODE { zh_hans: "自提码", zh_hant: "自取碼", en: "Pickup code" }
        CODE_HINT {
            zh_hans: "扫描或输入顾客手机上的自提码（10 位字母数字）。",
            zh_hant: "掃描或輸入顧客手機上的自取碼（10 位英數字）。",
            en: "Scan or type the code on the visitor's phone (10 letters and digits).",
        }
        FIND { zh_hans: "查找订单", zh_hant: "查找訂單", en: "Find order" }
        FINDING { zh_hans: "正在查找…", zh_hant: "正在查找…", en: "Looking it up…" }
        OTHER_BOOTH {
            zh_hans: "这个自提码属于其他展商的展位，请让顾客前往对应展位。",
            zh_hant: "這個自取碼屬於其他展商的展位，請讓顧客前往對應展位。",
            en: "This code is for another exhibitor's booth: send the visitor there.",
        }
        UNKNOWN {
            zh_hans: "没有找到使用这个自提码的已付款订单，请核对后重试。",
            zh_hant: "沒有找到使用這個自取碼的已付款訂單，請核對後重試。",
            en: "No paid pickup order has this code. Check it and try again.",
        }
    }
    mod returns {
        NONE { zh_hans: "还没有退货申请。", zh_hant: "還沒有退貨申請。", en: "No returns yet." }
        REFUND { zh_hans: "退款金额", zh_hant: "退款金額", en: "Refund" }
        WHY { zh_hans: "拒绝原因（顾客可见）", zh_hant: "拒絕原因（顧客可見）", en: "Reason for declining (the visitor sees it)" }
        NEED_WHY { zh_hans: "拒绝时请写明原因。", zh_hant: "拒絕時請寫明原因。", en: "Say why you decline." }
        STEP_LABEL_APPROVED { zh_hans: "同意退货", zh_hant: "同意退貨", en: "Approve" }
        STEP_LABEL_REJECTED { zh_hans: "拒绝", zh_hant: "拒絕", en: "Decline" }
        STEP_LABEL_RECEIVED { zh_hans: "已收到退回商品", zh_hant: "已收到退回商品", en: "Items received" }
        STEP_LABEL_OTHER { zh_hans: "退款", zh_hant: "退款", en: "Refund" }
    }
}
