//! The storefront's texts (the first load) in 简体中文, 繁體中文 and English, each language
//! named; a missing one does not compile. A lazy area's texts are in its own file (`text.rs`).

macro_rules! messages {
    ($($key:ident { zh_hans: $hans:literal, zh_hant: $hant:literal, en: $en:literal $(,)? })*) => {
        /// The interface texts of one language.
        pub struct Messages { $(pub $key: &'static str,)* }
        pub static ZH_HANS: Messages = Messages { $($key: $hans,)* };
        pub static ZH_HANT: Messages = Messages { $($key: $hant,)* };
        pub static EN: Messages = Messages { $($key: $en,)* };
        impl Messages {
            /// Key and text of every message, in declaration order.
            #[cfg(test)]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

messages! {
    brand { zh_hans: "ExpoCX", zh_hant: "ExpoCX", en: "ExpoCX" }
    skip_to_content { zh_hans: "跳到主要内容", zh_hant: "跳到主要內容", en: "Skip to main content" }
    nav_label { zh_hans: "主导航", zh_hant: "主導覽", en: "Main navigation" }
    nav_home { zh_hans: "首页", zh_hant: "首頁", en: "Home" }
    nav_products { zh_hans: "商品", zh_hant: "商品", en: "Products" }
    nav_exhibitors { zh_hans: "展商", zh_hant: "展商", en: "Exhibitors" }
    nav_me { zh_hans: "我的", zh_hant: "我的", en: "Me" }
    nav_portal { zh_hans: "展商后台", zh_hant: "展商後台", en: "Exhibitor portal" }
    nav_signin { zh_hans: "登录", zh_hant: "登入", en: "Sign in" }
    lang_label { zh_hans: "语言", zh_hant: "語言", en: "Language" }
    lang_zh_hans { zh_hans: "简体中文", zh_hant: "简体中文", en: "简体中文" }
    lang_zh_hant { zh_hans: "繁體中文", zh_hant: "繁體中文", en: "繁體中文" }
    lang_en { zh_hans: "English", zh_hant: "English", en: "English" }
    loading { zh_hans: "正在加载…", zh_hant: "正在載入…", en: "Loading…" }
    offline {
        zh_hans: "网络已断开，显示的内容可能不是最新的。",
        zh_hant: "網路已中斷，顯示的內容可能不是最新的。",
        en: "You are offline. What you see may be out of date.",
    }
    back_online { zh_hans: "网络已恢复。", zh_hant: "網路已恢復。", en: "You are back online." }
    footer_note {
        zh_hans: "展位自提 · 快递到家 · 你的数据由你做主",
        zh_hant: "展位自取 · 快遞到府 · 你的資料由你做主",
        en: "Pick up at the booth · Delivery home · Your data, your choice",
    }
    home_search_label { zh_hans: "搜索商品", zh_hant: "搜尋商品", en: "Search products" }
    home_search_placeholder { zh_hans: "茶叶、丝巾、耳机…", zh_hant: "茶葉、絲巾、耳機…", en: "Tea, silk scarf, earbuds…" }
    search_submit { zh_hans: "搜索", zh_hant: "搜尋", en: "Search" }
    home_dates { zh_hans: "{start} 至 {end}", zh_hant: "{start} 至 {end}", en: "{start} to {end}" }
    home_stats {
        zh_hans: "{exhibitors} 家展商 · {products} 件商品",
        zh_hant: "{exhibitors} 家展商 · {products} 件商品",
        en: "{exhibitors} exhibitors · {products} products",
    }
    home_halls { zh_hans: "展馆", zh_hant: "展館", en: "Halls" }
    home_categories { zh_hans: "逛分类", zh_hant: "逛分類", en: "Shop by category" }
    home_featured_exhibitors { zh_hans: "精选展商", zh_hant: "精選展商", en: "Featured exhibitors" }
    home_featured_products { zh_hans: "展会好物", zh_hant: "展會好物", en: "Expo picks" }
    see_all { zh_hans: "查看全部", zh_hant: "查看全部", en: "See all" }
    product_sold_out { zh_hans: "已售罄", zh_hant: "已售罄", en: "Sold out" }
    product_in_stock { zh_hans: "有货", zh_hant: "有貨", en: "In stock" }
    product_low_stock { zh_hans: "仅剩 {n} 件", zh_hant: "僅剩 {n} 件", en: "Only {n} left" }
    product_booth { zh_hans: "展位 {booth}", zh_hant: "展位 {booth}", en: "Booth {booth}" }
    product_pickup {
        zh_hans: "可在展位 {booth}（{hall}）现场自提",
        zh_hant: "可在展位 {booth}（{hall}）現場自取",
        en: "Pick it up at booth {booth} ({hall})",
    }
    product_sold_by { zh_hans: "展商", zh_hant: "展商", en: "Sold by" }
    product_category { zh_hans: "分类", zh_hant: "分類", en: "Category" }
    product_details { zh_hans: "商品详情", zh_hant: "商品詳情", en: "Details" }
    product_more_from { zh_hans: "同展商更多商品", zh_hant: "同展商更多商品", en: "More from this exhibitor" }
    products_title { zh_hans: "全部商品", zh_hant: "全部商品", en: "All products" }
    products_count { zh_hans: "共 {n} 件", zh_hant: "共 {n} 件", en: "{n} products" }
    products_search_results { zh_hans: "“{q}”的搜索结果", zh_hant: "「{q}」的搜尋結果", en: "Results for “{q}”" }
    filter_category { zh_hans: "分类", zh_hant: "分類", en: "Category" }
    filter_all { zh_hans: "全部", zh_hant: "全部", en: "All" }
    sort_label { zh_hans: "排序", zh_hant: "排序", en: "Sort by" }
    sort_featured { zh_hans: "推荐", zh_hant: "推薦", en: "Featured" }
    sort_price_asc { zh_hans: "价格从低到高", zh_hant: "價格從低到高", en: "Price: low to high" }
    sort_price_desc { zh_hans: "价格从高到低", zh_hant: "價格從高到低", en: "Price: high to low" }
    sort_newest { zh_hans: "最新上架", zh_hant: "最新上架", en: "Newest" }
    sort_name { zh_hans: "名称", zh_hant: "名稱", en: "Name" }
    products_empty { zh_hans: "没有找到相关商品", zh_hant: "沒有找到相關商品", en: "No products found" }
    products_empty_hint {
        zh_hans: "换个关键词，或清除筛选条件再试。",
        zh_hant: "換個關鍵字，或清除篩選條件再試。",
        en: "Try other words, or clear the filters.",
    }
    clear_filters { zh_hans: "清除筛选", zh_hant: "清除篩選", en: "Clear filters" }
    page_prev { zh_hans: "上一页", zh_hant: "上一頁", en: "Previous" }
    page_next { zh_hans: "下一页", zh_hant: "下一頁", en: "Next" }
    page_of { zh_hans: "第 {page} / {pages} 页", zh_hant: "第 {page} / {pages} 頁", en: "Page {page} of {pages}" }
    pagination_label { zh_hans: "分页", zh_hant: "分頁", en: "Pagination" }
    exhibitors_title { zh_hans: "全部展商", zh_hant: "全部展商", en: "All exhibitors" }
    exhibitor_products { zh_hans: "在售商品", zh_hant: "在售商品", en: "Products" }
    exhibitor_about { zh_hans: "关于展商", zh_hant: "關於展商", en: "About" }
    exhibitor_hall_booth {
        zh_hans: "{hall} · 展位 {booth}",
        zh_hant: "{hall} · 展位 {booth}",
        en: "{hall} · Booth {booth}",
    }
    filter_hall { zh_hans: "展馆", zh_hant: "展館", en: "Hall" }
    portal_only_exhibitors {

        zh_hans: "展商后台仅对展商员工账户开放。",

        zh_hant: "展商後台僅對展商員工帳戶開放。",

        en: "The exhibitor portal is for exhibitor staff accounts.",

    }
    err_network {

        zh_hans: "网络连接失败，请检查网络后重试。",

        zh_hant: "網路連線失敗，請檢查網路後重試。",

        en: "Could not reach the server. Check your connection and try again.",

    }
    err_timeout {
        zh_hans: "服务器响应太慢，请重试。",
        zh_hant: "伺服器回應太慢，請重試。",
        en: "The server took too long to answer. Please try again.",
    }
    err_server {
        zh_hans: "服务器出了点问题，请稍后重试。",
        zh_hant: "伺服器出了點問題，請稍後重試。",
        en: "Something went wrong on the server. Please try again shortly.",
    }
    err_unexpected {
        zh_hans: "出现意外错误，请重试。",
        zh_hant: "出現意外錯誤，請重試。",
        en: "Something unexpected happened. Please try again.",
    }
    err_unauthorized { zh_hans: "请重新登录。", zh_hant: "請重新登入。", en: "Please sign in again." }
    err_forbidden {
        zh_hans: "当前账户无权进行此操作。",
        zh_hant: "目前帳戶無權進行此操作。",
        en: "This account is not allowed to do that.",
    }
    err_not_found { zh_hans: "找不到你要的内容。", zh_hant: "找不到你要的內容。", en: "We could not find that." }
    err_validation { zh_hans: "请检查标出的内容。", zh_hant: "請檢查標出的內容。", en: "Please check the marked fields." }
    err_rate_limited {
        zh_hans: "尝试次数过多，请稍后再试。",
        zh_hant: "嘗試次數過多，請稍後再試。",
        en: "Too many attempts. Please wait a moment.",
    }
    err_rate_limited_wait {
        zh_hans: "尝试次数过多，请 {n} 秒后再试。",
        zh_hant: "嘗試次數過多，請 {n} 秒後再試。",
        en: "Too many attempts. Try again in {n} seconds.",
    }
    field_duplicate {
        zh_hans: "有重复项，每项只能出现一次。",
        zh_hant: "有重複項目，每項只能出現一次。",
        en: "Appears twice; each may appear once.",
    }
    err_conflict {
        zh_hans: "内容已被他人修改，请刷新后重试。",
        zh_hant: "內容已被他人修改，請重新整理後重試。",
        en: "Someone else changed this. Reload and try again.",
    }
    err_title { zh_hans: "页面加载失败", zh_hant: "頁面載入失敗", en: "This page could not be loaded" }
    retry { zh_hans: "重试", zh_hant: "重試", en: "Try again" }
    chunk_failed {
        zh_hans: "这部分页面没能下载下来，请检查网络后重试。购物车和已填写的内容都还在。",
        zh_hant: "這部分頁面沒能下載，請檢查網路後重試。購物車和已填寫的內容都還在。",
        en: "This part of the app could not be downloaded. Check your connection and try again; your cart and what you entered are kept.",
    }
    signin_again { zh_hans: "重新登录", zh_hant: "重新登入", en: "Sign in again" }
    field_required { zh_hans: "请填写此项。", zh_hant: "請填寫此項。", en: "This field is required." }
    field_invalid_email {
        zh_hans: "请输入有效的邮箱地址。",
        zh_hant: "請輸入有效的電子郵件地址。",
        en: "Enter a valid email address.",
    }
    field_too_short { zh_hans: "至少需要 {n} 个字符。", zh_hant: "至少需要 {n} 個字元。", en: "Use at least {n} characters." }
    field_too_long { zh_hans: "最多 {n} 个字符。", zh_hant: "最多 {n} 個字元。", en: "Use at most {n} characters." }
    field_invalid { zh_hans: "此项填写有误。", zh_hant: "此項填寫有誤。", en: "This value is not valid." }
    consent_title { zh_hans: "隐私选择", zh_hant: "隱私選擇", en: "Your privacy choices" }
    consent_intro {
        zh_hans: "我们只在你同意后才使用你的个人数据，并按用途分别询问。无论你如何选择，网站都可以正常使用。",
        zh_hant: "我們只在你同意後才使用你的個人資料，並按用途分別詢問。無論你如何選擇，網站都可以正常使用。",
        en: "We use personal data only with your consent, asked separately for each purpose. The site works fully whatever you choose.",
    }
    consent_policy_changed {
        zh_hans: "隐私政策已更新：{changes}",
        zh_hant: "隱私政策已更新：{changes}",
        en: "Our privacy policy has changed: {changes}",
    }
    consent_accept_all { zh_hans: "全部接受", zh_hant: "全部接受", en: "Accept all" }
    consent_reject_all { zh_hans: "全部拒绝", zh_hant: "全部拒絕", en: "Reject all" }
    consent_choose { zh_hans: "自行选择", zh_hant: "自行選擇", en: "Choose" }
    consent_save { zh_hans: "保存选择", zh_hant: "儲存選擇", en: "Save choices" }
    consent_learn_more { zh_hans: "在隐私中心了解详情", zh_hant: "在隱私中心了解詳情", en: "Details in the privacy center" }
    consent_always_on { zh_hans: "始终开启", zh_hant: "始終開啟", en: "Always on" }
    consent_retention { zh_hans: "保留 {days} 天", zh_hant: "保留 {days} 天", en: "Kept for {days} days" }
    consent_data { zh_hans: "涉及数据：{list}", zh_hant: "涉及資料：{list}", en: "Data: {list}" }
    reconciled_device_to_account {
        zh_hans: "你在本设备上的隐私选择已应用到你的账户。",
        zh_hant: "你在本裝置上的隱私選擇已套用到你的帳戶。",
        en: "The privacy choices made on this device now apply to your account.",
    }
    reconciled_account_to_device {
        zh_hans: "已在本设备上应用你账户的隐私选择。",
        zh_hant: "已在本裝置上套用你帳戶的隱私選擇。",
        en: "Your account's privacy choices now apply on this device.",
    }
    footer_privacy { zh_hans: "隐私中心", zh_hant: "隱私中心", en: "Privacy center" }
    err_consent_required {
        zh_hans: "需要你的同意才能进行此操作。",
        zh_hant: "需要你的同意才能進行此操作。",
        en: "This needs your consent first.",
    }
    err_policy_outdated {
        zh_hans: "隐私政策已更新，请重新查看后再选择。",
        zh_hant: "隱私政策已更新，請重新查看後再選擇。",
        en: "The privacy policy has changed. Please review it and choose again.",
    }
    notfound_title { zh_hans: "页面不存在", zh_hant: "頁面不存在", en: "Page not found" }
    notfound_body {
        zh_hans: "链接可能已失效，或页面已被移动。",
        zh_hant: "連結可能已失效，或頁面已被移動。",
        en: "The link may be broken, or the page has moved.",
    }
    notfound_home { zh_hans: "回到首页", zh_hant: "回到首頁", en: "Go to the home page" }
    nav_cart { zh_hans: "购物车", zh_hant: "購物車", en: "Cart" }
    nav_cart_count { zh_hans: "购物车中有 {n} 件", zh_hant: "購物車中有 {n} 件", en: "{n} items in your cart" }
    exhibitors_search { zh_hans: "搜索展商", zh_hant: "搜尋展商", en: "Search exhibitors" }
    exhibitor_where { zh_hans: "展位位置", zh_hant: "展位位置", en: "Where to find us" }
    map_title { zh_hans: "{hall}平面图", zh_hant: "{hall}平面圖", en: "Floor plan of {hall}" }
    map_entrance { zh_hans: "入口", zh_hant: "入口", en: "Entrance" }
    map_booth_label {
        zh_hans: "展位 {booth}：{name}",
        zh_hant: "展位 {booth}：{name}",
        en: "Booth {booth}: {name}",
    }
    map_show { zh_hans: "查看展馆平面图", zh_hant: "查看展館平面圖", en: "Show the hall map" }
    product_add_to_cart { zh_hans: "加入购物车", zh_hant: "加入購物車", en: "Add to cart" }
    product_added { zh_hans: "已加入购物车。", zh_hant: "已加入購物車。", en: "Added to your cart." }
    product_view_cart { zh_hans: "去购物车", zh_hant: "去購物車", en: "View cart" }
    product_choose_option { zh_hans: "请先选择规格。", zh_hant: "請先選擇規格。", en: "Please choose an option first." }
    foryou_title { zh_hans: "为你推荐", zh_hant: "為你推薦", en: "For you" }
    foryou_popular { zh_hans: "展会热门", zh_hant: "展會熱門", en: "Popular at the expo" }
    foryou_switch { zh_hans: "个性化推荐", zh_hant: "個人化推薦", en: "Personalized" }
    foryou_note_on {
        zh_hans: "根据你在本设备上的浏览和加购排序。关闭后只停止个性化，其他选择不变。",
        zh_hant: "根據你在本裝置上的瀏覽和加購排序。關閉後只停止個人化，其他選擇不變。",
        en: "Ranked by what you viewed and added on this device. Turning it off stops only personalization; your other choices stay.",
    }
    foryou_note_off {
        zh_hans: "未开启个性化：所有人看到相同的推荐。",
        zh_hant: "未開啟個人化：所有人看到相同的推薦。",
        en: "Personalization is off: everyone sees the same picks.",
    }
    why_label { zh_hans: "推荐理由：", zh_hant: "推薦理由：", en: "Why:" }
    why_category { zh_hans: "因为你浏览过{name}", zh_hant: "因為你瀏覽過{name}", en: "Because you viewed {name}" }
    why_exhibitor {
        zh_hans: "因为你关注过{name}的商品",
        zh_hant: "因為你關注過{name}的商品",
        en: "Because you looked at products from {name}",
    }
    why_popular {
        zh_hans: "展会精选，并非基于你的个人信息",
        zh_hant: "展會精選，並非基於你的個人資訊",
        en: "An expo pick, not based on you",
    }
    cart_updating {
        zh_hans: "正在核对最新价格和库存…",
        zh_hant: "正在核對最新價格和庫存…",
        en: "Checking current prices and stock…",
    }
    cart_empty { zh_hans: "购物车是空的。", zh_hant: "購物車是空的。", en: "Your cart is empty." }
    cart_browse { zh_hans: "去逛逛", zh_hant: "去逛逛", en: "Browse products" }
    cart_removed {
        zh_hans: "{n} 件商品已下架，已从购物车移除。",
        zh_hant: "{n} 件商品已下架，已從購物車移除。",
        en: "{n} items are no longer sold and were removed.",
    }
    offer_text {
        zh_hans: "专属优惠：{date} 前付款立享 {pct}% 折扣，已自动计入。",
        zh_hant: "專屬優惠：{date} 前付款立享 {pct}% 折扣，已自動計入。",
        en: "Your offer: {pct}% off if you pay before {date}, already included.",
    }
}
