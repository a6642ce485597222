//! Texts of the portal's editor of a product's trade configuration (option groups, rules,
//! price breaks). In the portal's chunk only (see `text.rs`).

use super::text::texts;

texts! {
    mod product_config {
        TITLE { zh_hans: "批量采购配置", zh_hant: "批量採購配置", en: "Trade configuration" }
        INTRO {
            zh_hans: "企业买家可按这里的选项配置商品、查看每项选择的价格并发起询价。零售购买不受影响。",
            zh_hant: "企業買家可按這裡的選項配置商品、查看每項選擇的價格並發起詢價。零售購買不受影響。",
            en: "Trade buyers configure the product with these options, see what each choice costs and ask for a quote. Retail buying is not affected.",
        }
        NOT_CONFIGURABLE {
            zh_hans: "不可配置：目前只作零售。",
            zh_hant: "不可配置：目前只作零售。",
            en: "Not configurable: a retail product only.",
        }
        MAKE { zh_hans: "设为可配置", zh_hant: "設為可配置", en: "Make configurable" }
        CANCEL { zh_hans: "取消", zh_hant: "取消", en: "Cancel" }
        MIN_QUANTITY { zh_hans: "起订量（件）", zh_hant: "起訂量（件）", en: "Minimum order quantity (pieces)" }
        LIMITS {
            zh_hans: "最多 12 个选项组，每组最多 24 个选项。加价最多 ±1,000,000 元或 ±500%；交货期 0–365 个工作日。代码在商品内唯一，最多 40 个字符。",
            zh_hant: "最多 12 個選項組，每組最多 24 個選項。加價最多 ±1,000,000 元或 ±500%；交貨期 0–365 個工作日。代碼在商品內唯一，最多 40 個字元。",
            en: "At most 12 option groups of 24 options each. A price difference is at most ±1,000,000 yuan or ±500 %; lead time 0–365 working days. Codes are unique in the product, at most 40 characters.",
        }
        GROUPS { zh_hans: "选项组", zh_hant: "選項組", en: "Option groups" }
        GROUP { zh_hans: "选项组 {n}", zh_hant: "選項組 {n}", en: "Option group {n}" }
        CODE { zh_hans: "代码", zh_hant: "代碼", en: "Code" }
        GROUP_NAME { zh_hans: "组名称（如“釉色”）", zh_hant: "組名稱（如「釉色」）", en: "Group name (e.g. “Glaze”)" }
        CHOICE { zh_hans: "买家可选", zh_hant: "買家可選", en: "Buyers choose" }
        ONE { zh_hans: "其中一项", zh_hant: "其中一項", en: "One option" }
        MANY { zh_hans: "任意多项", zh_hant: "任意多項", en: "Any number of options" }
        REQUIRED { zh_hans: "必须选择", zh_hant: "必須選擇", en: "A choice is required" }
        ADD_GROUP { zh_hans: "添加选项组", zh_hant: "新增選項組", en: "Add an option group" }
        REMOVE_GROUP { zh_hans: "删除此选项组", zh_hant: "刪除此選項組", en: "Remove this group" }
        OPTION { zh_hans: "选项 {n}", zh_hant: "選項 {n}", en: "Option {n}" }
        LABEL { zh_hans: "显示名称", zh_hant: "顯示名稱", en: "Label" }
        DELTA_KIND { zh_hans: "加价方式", zh_hant: "加價方式", en: "Price difference as" }
        AMOUNT { zh_hans: "金额（元）", zh_hant: "金額（元）", en: "An amount (yuan)" }
        PERCENT { zh_hans: "单价的百分比", zh_hant: "單價的百分比", en: "A percentage of the unit price" }
        DELTA_YUAN { zh_hans: "每件加价（元，可为负）", zh_hant: "每件加價（元，可為負）", en: "Difference per piece (yuan, may be negative)" }
        DELTA_PERCENT { zh_hans: "加价（%，可为负）", zh_hant: "加價（%，可為負）", en: "Difference (%, may be negative)" }
        LEAD_DAYS { zh_hans: "交货期（工作日）", zh_hant: "交貨期（工作日）", en: "Lead time (working days)" }
        ADD_OPTION { zh_hans: "添加选项", zh_hant: "新增選項", en: "Add an option" }
        REMOVE_OPTION { zh_hans: "删除此选项", zh_hant: "刪除此選項", en: "Remove this option" }
        RULES { zh_hans: "规则", zh_hant: "規則", en: "Rules" }
        RULES_HINT {
            zh_hans: "两个选项之间：一个排斥另一个，或选了一个必须同时选另一个。",
            zh_hant: "兩個選項之間：一個排斥另一個，或選了一個必須同時選另一個。",
            en: "Between two options: one excludes the other, or needs the other chosen too.",
        }
        RULE { zh_hans: "规则 {n}", zh_hant: "規則 {n}", en: "Rule {n}" }
        RULE_A { zh_hans: "选项", zh_hant: "選項", en: "Option" }
        RULE_KIND { zh_hans: "关系", zh_hant: "關係", en: "Relation" }
        RULE_B { zh_hans: "另一个选项", zh_hant: "另一個選項", en: "Other option" }
        EXCLUDES { zh_hans: "不能与之同选", zh_hant: "不能與之同選", en: "excludes" }
        REQUIRES { zh_hans: "须同时选择", zh_hant: "須同時選擇", en: "requires" }
        CHOOSE { zh_hans: "请选择选项", zh_hant: "請選擇選項", en: "Choose an option" }
        GONE { zh_hans: "{id}（已不存在）", zh_hant: "{id}（已不存在）", en: "{id} (no longer exists)" }
        ADD_RULE { zh_hans: "添加规则", zh_hant: "新增規則", en: "Add a rule" }
        REMOVE_RULE { zh_hans: "删除此规则", zh_hant: "刪除此規則", en: "Remove this rule" }
        BREAKS { zh_hans: "阶梯价格", zh_hant: "階梯價格", en: "Quantity price breaks" }
        BREAKS_HINT {
            zh_hans: "从某个数量起，选项加价前的单价。数量须逐级递增；未达到第一级时按商品原价。最多 8 级。",
            zh_hant: "從某個數量起，選項加價前的單價。數量須逐級遞增；未達到第一級時按商品原價。最多 8 級。",
            en: "From each quantity on, the unit price before options. Quantities go up; below the first break the product's own price applies. At most 8.",
        }
        BREAK { zh_hans: "第 {n} 级", zh_hant: "第 {n} 級", en: "Price break {n}" }
        BREAK_FROM { zh_hans: "起始数量（件）", zh_hant: "起始數量（件）", en: "From (pieces)" }
        BREAK_UNIT { zh_hans: "单价（元）", zh_hant: "單價（元）", en: "Unit price (yuan)" }
        ADD_BREAK { zh_hans: "添加阶梯", zh_hant: "新增階梯", en: "Add a price break" }
        REMOVE_BREAK { zh_hans: "删除此阶梯", zh_hant: "刪除此階梯", en: "Remove this price break" }
        SAVE { zh_hans: "保存配置", zh_hant: "儲存配置", en: "Save configuration" }
        SAVED { zh_hans: "配置已保存。", zh_hant: "配置已儲存。", en: "Configuration saved." }
        FIX {
            zh_hans: "配置有些内容需要修改，请查看标出的字段。",
            zh_hant: "配置有些內容需要修改，請查看標出的欄位。",
            en: "Some fields of the configuration need attention: see the marked ones.",
        }
        OTHER { zh_hans: "其他问题（{field}）：", zh_hant: "其他問題（{field}）：", en: "Also ({field}):" }
        CHANGED {
            zh_hans: "有人在你打开后修改了这件商品，配置未保存，你填写的内容仍在。重新载入可查看对方的版本（会替换你在这里的修改）。",
            zh_hant: "有人在你開啟後修改了這件商品，配置未儲存，你填寫的內容仍在。重新載入可查看對方的版本（會取代你在這裡的修改）。",
            en: "Someone else changed this product since you opened it. Nothing was saved, and what you typed is still here. Reload to see their version (it replaces your edits here).",
        }
        RELOAD { zh_hans: "重新载入", zh_hant: "重新載入", en: "Reload" }
        REMOVE { zh_hans: "取消配置，恢复零售", zh_hant: "取消配置，恢復零售", en: "Make retail again" }
        REMOVE_CONFIRM {
            zh_hans: "删除这件商品的配置？企业买家将不能再配置或询价；商品仍按原价零售。",
            zh_hant: "刪除這件商品的配置？企業買家將不能再配置或詢價；商品仍按原價零售。",
            en: "Remove the configuration? Trade buyers can no longer configure this product or ask for a quote on it; it stays on sale at its own price.",
        }
        REMOVE_YES { zh_hans: "删除配置", zh_hant: "刪除配置", en: "Remove configuration" }
        KEEP { zh_hans: "保留", zh_hant: "保留", en: "Keep it" }
        REMOVED {
            zh_hans: "配置已删除，商品恢复为零售。",
            zh_hant: "配置已刪除，商品恢復為零售。",
            en: "Configuration removed: a retail product again.",
        }
    }
}
