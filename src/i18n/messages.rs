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
    back: "返回", "返回", "Back";

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

    signin_title: "登录", "登入", "Sign in";
    signup_title: "注册", "註冊", "Create an account";
    field_email: "邮箱", "電子郵件", "Email";
    field_password: "密码", "密碼", "Password";
    field_display_name: "昵称", "暱稱", "Name";
    password_hint: "至少 8 个字符", "至少 8 個字元", "At least 8 characters";
    signin_submit: "登录", "登入", "Sign in";
    signup_submit: "注册并登录", "註冊並登入", "Create account";
    submitting: "正在提交…", "正在送出…", "Sending…";
    signin_no_account: "还没有账号？", "還沒有帳號？", "New here?";
    signin_create: "注册新账号", "註冊新帳號", "Create an account";
    signup_have_account: "已有账号？", "已有帳號？", "Already have an account?";
    signout: "退出登录", "登出", "Sign out";
    session_expired: "登录已过期，请重新登录。", "登入已過期，請重新登入。", "Your session has expired. Please sign in again.";
    signin_required: "请先登录后继续。", "請先登入後繼續。", "Please sign in to continue.";
    welcome_back: "欢迎回来，{name}", "歡迎回來，{name}", "Welcome back, {name}";

    me_title: "我的账户", "我的帳戶", "My account";
    me_email: "邮箱", "電子郵件", "Email";
    me_member_since: "注册时间", "註冊時間", "Member since";
    me_role: "账户类型", "帳戶類型", "Account type";
    role_visitor: "观众", "觀眾", "Visitor";
    role_exhibitor: "展商员工", "展商員工", "Exhibitor staff";

    portal_title: "展商后台", "展商後台", "Exhibitor portal";
    portal_your_booth: "你的展位", "你的展位", "Your booth";
    portal_product_count: "{n} 件在售商品", "{n} 件在售商品", "{n} products on sale";
    portal_view_storefront: "查看店铺页", "查看店鋪頁", "View your storefront page";
    portal_only_exhibitors: "展商后台仅对展商员工账户开放。", "展商後台僅對展商員工帳戶開放。", "The exhibitor portal is for exhibitor staff accounts.";

    err_network: "网络连接失败，请检查网络后重试。", "網路連線失敗，請檢查網路後重試。", "Could not reach the server. Check your connection and try again.";
    err_timeout: "服务器响应太慢，请重试。", "伺服器回應太慢，請重試。", "The server took too long to answer. Please try again.";
    err_server: "服务器出了点问题，请稍后重试。", "伺服器出了點問題，請稍後重試。", "Something went wrong on the server. Please try again shortly.";
    err_unexpected: "出现意外错误，请重试。", "出現意外錯誤，請重試。", "Something unexpected happened. Please try again.";
    err_unauthorized: "请重新登录。", "請重新登入。", "Please sign in again.";
    err_invalid_credentials: "邮箱或密码不正确。", "電子郵件或密碼不正確。", "The email or password is wrong.";
    err_forbidden: "当前账户无权进行此操作。", "目前帳戶無權進行此操作。", "This account is not allowed to do that.";
    err_not_found: "找不到你要的内容。", "找不到你要的內容。", "We could not find that.";
    err_email_taken: "该邮箱已注册，请直接登录。", "該電子郵件已註冊，請直接登入。", "This email already has an account. Sign in instead.";
    err_validation: "请检查标出的内容。", "請檢查標出的內容。", "Please check the marked fields.";
    err_rate_limited: "尝试次数过多，请稍后再试。", "嘗試次數過多，請稍後再試。", "Too many attempts. Please wait a moment.";
    err_conflict: "内容已被他人修改，请刷新后重试。", "內容已被他人修改，請重新整理後重試。", "Someone else changed this. Reload and try again.";
    err_title: "页面加载失败", "頁面載入失敗", "This page could not be loaded";
    retry: "重试", "重試", "Try again";
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
    privacy_title: "隐私中心", "隱私中心", "Privacy center";
    privacy_intro: "在这里查看和更改每一项用途的同意状态，更改立即生效。", "在這裡查看和更改每一項用途的同意狀態，更改立即生效。", "See and change your consent for each purpose. Changes apply at once.";
    privacy_purposes: "用途与同意", "用途與同意", "Purposes and consent";
    privacy_history: "同意记录", "同意紀錄", "Consent history";
    privacy_history_empty: "还没有记录。", "還沒有紀錄。", "No changes recorded yet.";
    receipt_time: "时间", "時間", "Time";
    receipt_purpose: "用途", "用途", "Purpose";
    receipt_decision: "决定", "決定", "Decision";
    receipt_version: "政策版本", "政策版本", "Policy";
    receipt_channel: "方式", "方式", "Where";
    receipt_id: "凭证号", "憑證號", "Receipt";
    receipt_granted: "同意", "同意", "Granted";
    receipt_withdrawn: "拒绝或撤回", "拒絕或撤回", "Refused or withdrawn";
    channel_prompt: "首次提示", "首次提示", "First-visit prompt";
    channel_privacy_center: "隐私中心", "隱私中心", "Privacy center";
    channel_sign_in: "登录时同步", "登入時同步", "Carried over at sign-in";
    reconciled_device_to_account: "你在本设备上的隐私选择已应用到你的账户。", "你在本裝置上的隱私選擇已套用到你的帳戶。", "The privacy choices made on this device now apply to your account.";
    reconciled_account_to_device: "已在本设备上应用你账户的隐私选择。", "已在本裝置上套用你帳戶的隱私選擇。", "Your account's privacy choices now apply on this device.";
    privacy_your_data: "你的数据", "你的資料", "Your data";
    privacy_signin_for_data: "登录后可导出或删除你账户中的全部数据。", "登入後可匯出或刪除你帳戶中的全部資料。", "Sign in to download or delete all the data of your account.";
    export_title: "导出我的数据", "匯出我的資料", "Download my data";
    export_intro: "以 JSON 格式导出账户、同意记录和行为事件等全部数据。", "以 JSON 格式匯出帳戶、同意紀錄和行為事件等全部資料。", "All your data (account, consent records, events) as structured JSON.";
    export_button: "生成导出", "產生匯出", "Prepare export";
    export_download: "下载 JSON 文件", "下載 JSON 檔案", "Download JSON file";
    export_copy: "复制全部", "複製全部", "Copy all";
    export_copied: "已复制", "已複製", "Copied";
    export_label: "导出的数据", "匯出的資料", "Exported data";
    delete_title: "删除账户和全部数据", "刪除帳戶和全部資料", "Delete my account and all my data";
    delete_intro: "删除后无法恢复：账户、同意记录和行为数据将被清除，所有登录失效，本设备上的应用数据也会清空。法律要求保留的订单将去除身份信息后保留。", "刪除後無法復原：帳戶、同意紀錄和行為資料將被清除，所有登入失效，本裝置上的應用資料也會清空。法律要求保留的訂單將去除身分資訊後保留。", "This cannot be undone: your account, consent records and behaviour data are erased, every session ends and this browser forgets the app's data. Orders the law requires us to keep are kept without anything that identifies you.";
    delete_start: "删除我的账户…", "刪除我的帳戶…", "Delete my account…";
    delete_confirm_label: "输入你的邮箱以确认", "輸入你的電子郵件以確認", "Type your email to confirm";
    delete_confirm: "永久删除", "永久刪除", "Delete permanently";
    delete_cancel: "取消", "取消", "Cancel";
    delete_done_title: "你的数据已删除", "你的資料已刪除", "Your data has been deleted";
    delete_done_body: "删除凭证 {id}，时间 {time}。", "刪除憑證 {id}，時間 {time}。", "Deletion receipt {id}, at {time}.";
    delete_done_anonymized: "去除身份信息后保留的记录：{n} 条", "去除身分資訊後保留的紀錄：{n} 筆", "Records kept without identity: {n}";
    footer_privacy: "隐私中心", "隱私中心", "Privacy center";
    err_consent_required: "需要你的同意才能进行此操作。", "需要你的同意才能進行此操作。", "This needs your consent first.";
    err_policy_outdated: "隐私政策已更新，请重新查看后再选择。", "隱私政策已更新，請重新查看後再選擇。", "The privacy policy has changed. Please review it and choose again.";

    notfound_title: "页面不存在", "頁面不存在", "Page not found";
    notfound_body: "链接可能已失效，或页面已被移动。", "連結可能已失效，或頁面已被移動。", "The link may be broken, or the page has moved.";
    notfound_home: "回到首页", "回到首頁", "Go to the home page";
}
