//! Every text of the interface in 简体中文, 繁體中文 and English. A key missing in one
//! language does not compile.

macro_rules! messages {
    ($($key:ident: $hans:expr, $hant:expr, $en:expr;)*) => {
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
    brand: "ExpoCX", "ExpoCX", "ExpoCX";
    skip_to_content: "跳到主要内容", "跳到主要內容", "Skip to main content";
    nav_label: "主导航", "主導覽", "Main navigation";
    nav_home: "首页", "首頁", "Home";
    nav_products: "商品", "商品", "Products";
    nav_exhibitors: "展商", "展商", "Exhibitors";
    nav_me: "我的", "我的", "Me";
    nav_portal: "展商后台", "展商後台", "Exhibitor portal";
    nav_signin: "登录", "登入", "Sign in";
    lang_label: "语言", "語言", "Language";
    lang_zh_hans: "简体中文", "简体中文", "简体中文";
    lang_zh_hant: "繁體中文", "繁體中文", "繁體中文";
    lang_en: "English", "English", "English";
    loading: "正在加载…", "正在載入…", "Loading…";
    offline: "网络已断开，显示的内容可能不是最新的。", "網路已中斷，顯示的內容可能不是最新的。", "You are offline. What you see may be out of date.";
    footer_note: "展位自提 · 快递到家 · 你的数据由你做主", "展位自取 · 快遞到府 · 你的資料由你做主", "Pick up at the booth · Delivery home · Your data, your choice";

    home_search_label: "搜索商品", "搜尋商品", "Search products";
    home_search_placeholder: "茶叶、丝巾、耳机…", "茶葉、絲巾、耳機…", "Tea, silk scarf, earbuds…";
    search_submit: "搜索", "搜尋", "Search";
    home_dates: "{start} 至 {end}", "{start} 至 {end}", "{start} to {end}";
    home_stats: "{exhibitors} 家展商 · {products} 件商品", "{exhibitors} 家展商 · {products} 件商品", "{exhibitors} exhibitors · {products} products";
    home_halls: "展馆", "展館", "Halls";
    home_categories: "逛分类", "逛分類", "Shop by category";
    home_featured_exhibitors: "精选展商", "精選展商", "Featured exhibitors";
    home_featured_products: "展会好物", "展會好物", "Expo picks";
    see_all: "查看全部", "查看全部", "See all";

    product_sold_out: "已售罄", "已售罄", "Sold out";
    product_in_stock: "有货", "有貨", "In stock";
    product_low_stock: "仅剩 {n} 件", "僅剩 {n} 件", "Only {n} left";
    product_booth: "展位 {booth}", "展位 {booth}", "Booth {booth}";
    product_pickup: "可在展位 {booth}（{hall}）现场自提", "可在展位 {booth}（{hall}）現場自取", "Pick it up at booth {booth} ({hall})";
    product_sold_by: "展商", "展商", "Sold by";
    product_category: "分类", "分類", "Category";
    product_details: "商品详情", "商品詳情", "Details";
    product_more_from: "同展商更多商品", "同展商更多商品", "More from this exhibitor";

    products_title: "全部商品", "全部商品", "All products";
    products_count: "共 {n} 件", "共 {n} 件", "{n} products";
    products_search_results: "“{q}”的搜索结果", "「{q}」的搜尋結果", "Results for “{q}”";
    filter_category: "分类", "分類", "Category";
    filter_all: "全部", "全部", "All";
    sort_label: "排序", "排序", "Sort by";
    sort_featured: "推荐", "推薦", "Featured";
    sort_price_asc: "价格从低到高", "價格從低到高", "Price: low to high";
    sort_price_desc: "价格从高到低", "價格從高到低", "Price: high to low";
    sort_newest: "最新上架", "最新上架", "Newest";
    sort_name: "名称", "名稱", "Name";
    products_empty: "没有找到相关商品", "沒有找到相關商品", "No products found";
    products_empty_hint: "换个关键词，或清除筛选条件再试。", "換個關鍵字，或清除篩選條件再試。", "Try other words, or clear the filters.";
    clear_filters: "清除筛选", "清除篩選", "Clear filters";
    page_prev: "上一页", "上一頁", "Previous";
    page_next: "下一页", "下一頁", "Next";
    page_of: "第 {page} / {pages} 页", "第 {page} / {pages} 頁", "Page {page} of {pages}";
    pagination_label: "分页", "分頁", "Pagination";

    exhibitors_title: "全部展商", "全部展商", "All exhibitors";
    exhibitor_products: "在售商品", "在售商品", "Products";
    exhibitor_about: "关于展商", "關於展商", "About";
    exhibitor_hall_booth: "{hall} · 展位 {booth}", "{hall} · 展位 {booth}", "{hall} · Booth {booth}";
    filter_hall: "展馆", "展館", "Hall";



    portal_only_exhibitors: "展商后台仅对展商员工账户开放。", "展商後台僅對展商員工帳戶開放。", "The exhibitor portal is for exhibitor staff accounts.";

    err_network: "网络连接失败，请检查网络后重试。", "網路連線失敗，請檢查網路後重試。", "Could not reach the server. Check your connection and try again.";
    err_timeout: "服务器响应太慢，请重试。", "伺服器回應太慢，請重試。", "The server took too long to answer. Please try again.";
    err_server: "服务器出了点问题，请稍后重试。", "伺服器出了點問題，請稍後重試。", "Something went wrong on the server. Please try again shortly.";
    err_unexpected: "出现意外错误，请重试。", "出現意外錯誤，請重試。", "Something unexpected happened. Please try again.";
    err_unauthorized: "请重新登录。", "請重新登入。", "Please sign in again.";
    err_forbidden: "当前账户无权进行此操作。", "目前帳戶無權進行此操作。", "This account is not allowed to do that.";
    err_not_found: "找不到你要的内容。", "找不到你要的內容。", "We could not find that.";
    err_validation: "请检查标出的内容。", "請檢查標出的內容。", "Please check the marked fields.";
    err_rate_limited: "尝试次数过多，请稍后再试。", "嘗試次數過多，請稍後再試。", "Too many attempts. Please wait a moment.";
    err_rate_limited_wait: "尝试次数过多，请 {n} 秒后再试。", "嘗試次數過多，請 {n} 秒後再試。", "Too many attempts. Try again in {n} seconds.";
    field_duplicate: "有重复项，每项只能出现一次。", "有重複項目，每項只能出現一次。", "Appears twice; each may appear once.";
    err_conflict: "内容已被他人修改，请刷新后重试。", "內容已被他人修改，請重新整理後重試。", "Someone else changed this. Reload and try again.";
    err_title: "页面加载失败", "頁面載入失敗", "This page could not be loaded";
    retry: "重试", "重試", "Try again";
    chunk_failed: "这部分页面没能下载下来，请检查网络后重试。购物车和已填写的内容都还在。", "這部分頁面沒能下載，請檢查網路後重試。購物車和已填寫的內容都還在。", "This part of the app could not be downloaded. Check your connection and try again; your cart and what you entered are kept.";
    signin_again: "重新登录", "重新登入", "Sign in again";

    field_required: "请填写此项。", "請填寫此項。", "This field is required.";
    field_invalid_email: "请输入有效的邮箱地址。", "請輸入有效的電子郵件地址。", "Enter a valid email address.";
    field_too_short: "至少需要 {n} 个字符。", "至少需要 {n} 個字元。", "Use at least {n} characters.";
    field_too_long: "最多 {n} 个字符。", "最多 {n} 個字元。", "Use at most {n} characters.";
    field_invalid: "此项填写有误。", "此項填寫有誤。", "This value is not valid.";

    consent_title: "隐私选择", "隱私選擇", "Your privacy choices";
    consent_intro: "我们只在你同意后才使用你的个人数据，并按用途分别询问。无论你如何选择，网站都可以正常使用。", "我們只在你同意後才使用你的個人資料，並按用途分別詢問。無論你如何選擇，網站都可以正常使用。", "We use personal data only with your consent, asked separately for each purpose. The site works fully whatever you choose.";
    consent_policy_changed: "隐私政策已更新：{changes}", "隱私政策已更新：{changes}", "Our privacy policy has changed: {changes}";
    consent_accept_all: "全部接受", "全部接受", "Accept all";
    consent_reject_all: "全部拒绝", "全部拒絕", "Reject all";
    consent_choose: "自行选择", "自行選擇", "Choose";
    consent_save: "保存选择", "儲存選擇", "Save choices";
    consent_learn_more: "在隐私中心了解详情", "在隱私中心了解詳情", "Details in the privacy center";
    consent_always_on: "始终开启", "始終開啟", "Always on";
    consent_retention: "保留 {days} 天", "保留 {days} 天", "Kept for {days} days";
    consent_data: "涉及数据：{list}", "涉及資料：{list}", "Data: {list}";
    reconciled_device_to_account: "你在本设备上的隐私选择已应用到你的账户。", "你在本裝置上的隱私選擇已套用到你的帳戶。", "The privacy choices made on this device now apply to your account.";
    reconciled_account_to_device: "已在本设备上应用你账户的隐私选择。", "已在本裝置上套用你帳戶的隱私選擇。", "Your account's privacy choices now apply on this device.";
    footer_privacy: "隐私中心", "隱私中心", "Privacy center";
    err_consent_required: "需要你的同意才能进行此操作。", "需要你的同意才能進行此操作。", "This needs your consent first.";
    err_policy_outdated: "隐私政策已更新，请重新查看后再选择。", "隱私政策已更新，請重新查看後再選擇。", "The privacy policy has changed. Please review it and choose again.";

    notfound_title: "页面不存在", "頁面不存在", "Page not found";
    notfound_body: "链接可能已失效，或页面已被移动。", "連結可能已失效，或頁面已被移動。", "The link may be broken, or the page has moved.";
    notfound_home: "回到首页", "回到首頁", "Go to the home page";

    nav_cart: "购物车", "購物車", "Cart";
    nav_cart_count: "购物车中有 {n} 件", "購物車中有 {n} 件", "{n} items in your cart";
    exhibitors_search: "搜索展商", "搜尋展商", "Search exhibitors";
    exhibitor_where: "展位位置", "展位位置", "Where to find us";
    map_title: "{hall}平面图", "{hall}平面圖", "Floor plan of {hall}";
    map_entrance: "入口", "入口", "Entrance";
    map_booth_label: "展位 {booth}：{name}", "展位 {booth}：{name}", "Booth {booth}: {name}";
    map_show: "查看展馆平面图", "查看展館平面圖", "Show the hall map";

    product_add_to_cart: "加入购物车", "加入購物車", "Add to cart";
    product_added: "已加入购物车。", "已加入購物車。", "Added to your cart.";
    product_view_cart: "去购物车", "去購物車", "View cart";
    product_choose_option: "请先选择规格。", "請先選擇規格。", "Please choose an option first.";

    foryou_title: "为你推荐", "為你推薦", "For you";
    foryou_popular: "展会热门", "展會熱門", "Popular at the expo";
    foryou_switch: "个性化推荐", "個人化推薦", "Personalized";
    foryou_note_on: "根据你在本设备上的浏览和加购排序。关闭后只停止个性化，其他选择不变。", "根據你在本裝置上的瀏覽和加購排序。關閉後只停止個人化，其他選擇不變。", "Ranked by what you viewed and added on this device. Turning it off stops only personalization; your other choices stay.";
    foryou_note_off: "未开启个性化：所有人看到相同的推荐。", "未開啟個人化：所有人看到相同的推薦。", "Personalization is off: everyone sees the same picks.";
    why_label: "推荐理由：", "推薦理由：", "Why:";
    why_category: "因为你浏览过{name}", "因為你瀏覽過{name}", "Because you viewed {name}";
    why_exhibitor: "因为你关注过{name}的商品", "因為你關注過{name}的商品", "Because you looked at products from {name}";
    why_popular: "展会精选，并非基于你的个人信息", "展會精選，並非基於你的個人資訊", "An expo pick, not based on you";

    cart_title: "购物车", "購物車", "Your cart";
    cart_updating: "正在核对最新价格和库存…", "正在核對最新價格和庫存…", "Checking current prices and stock…";
    cart_empty: "购物车是空的。", "購物車是空的。", "Your cart is empty.";
    cart_browse: "去逛逛", "去逛逛", "Browse products";
    cart_kept: "购物车已保存在本设备上，不会丢失。", "購物車已保存在本裝置上，不會遺失。", "Your cart is saved on this device; nothing is lost.";
    cart_changed_title: "有商品发生了变化", "有商品發生了變化", "Some items have changed";
    cart_changed_text: "自你加入购物车以来，价格或库存有变化，请先确认。", "自你加入購物車以來，價格或庫存有變化，請先確認。", "Prices or stock changed since you added these items. Please review them first.";
    cart_removed: "{n} 件商品已下架，已从购物车移除。", "{n} 件商品已下架，已從購物車移除。", "{n} items are no longer sold and were removed.";
    cart_accept_changes: "知道了，更新购物车", "知道了，更新購物車", "OK, update my cart";
    cart_price_up: "价格由 {from} 涨至 {to}", "價格由 {from} 漲至 {to}", "Price went up from {from} to {to}";
    cart_price_down: "价格由 {from} 降至 {to}", "價格由 {from} 降至 {to}", "Price went down from {from} to {to}";
    cart_quantity_reduced: "你要了 {asked} 件，只剩 {n} 件", "你要了 {asked} 件，只剩 {n} 件", "You asked for {asked}; only {n} left";
    cart_sold_out: "已售罄", "已售罄", "Sold out";
    cart_unavailable: "该规格已不可选", "該規格已不可選", "This option is no longer available";
    cart_decrease: "减少 {name} 的数量", "減少 {name} 的數量", "Fewer of {name}";
    cart_increase: "增加 {name} 的数量", "增加 {name} 的數量", "More of {name}";
    cart_remove: "删除", "刪除", "Remove";
    cart_remove_label: "从购物车删除 {name}", "從購物車刪除 {name}", "Remove {name} from the cart";
    cart_summary: "合计", "合計", "Summary";
    cart_subtotal: "商品金额", "商品金額", "Subtotal";
    cart_discount: "优惠", "優惠", "Discount";
    cart_total: "应付", "應付", "Total";
    cart_checkout: "去结算", "去結帳", "Checkout";
    cart_review_first: "请先确认上方的变化。", "請先確認上方的變化。", "Review the changes above first.";
    coupon_label: "优惠码", "優惠碼", "Coupon code";
    coupon_apply: "使用", "使用", "Apply";
    coupon_remove: "取消优惠码", "取消優惠碼", "Remove coupon";
    coupon_applied: "已使用：{what}", "已使用：{what}", "Applied: {what}";
    coupon_unknown: "没有这个优惠码，请检查拼写。", "沒有這個優惠碼，請檢查拼寫。", "There is no such coupon. Check the spelling.";
    coupon_expired: "该优惠码已过期。", "該優惠碼已過期。", "This coupon has expired.";
    coupon_not_started: "该优惠码尚未开始。", "該優惠碼尚未開始。", "This coupon is not valid yet.";
    coupon_below_minimum: "适用商品满 {amount} 才能使用。", "適用商品滿 {amount} 才能使用。", "This coupon needs eligible items worth at least {amount}.";
    coupon_not_applicable: "购物车中没有适用商品（{what}）。", "購物車中沒有適用商品（{what}）。", "Nothing in your cart qualifies ({what}).";
    offer_text: "专属优惠：{date} 前付款立享 {pct}% 折扣，已自动计入。", "專屬優惠：{date} 前付款立享 {pct}% 折扣，已自動計入。", "Your offer: {pct}% off if you pay before {date}, already included.";



}
