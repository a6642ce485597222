//! Texts of the exhibitor's leads (portal): capture at the booth, the list, a lead, its score
//! and follow-up, the settings. Only the portal's chunk uses them.

use super::text::texts;

texts! {
    mod list {
        LEADS { zh_hans: "线索", zh_hant: "線索", en: "Leads" }
        ALL { zh_hans: "全部线索", zh_hant: "全部線索", en: "All leads" }
        SETTINGS { zh_hans: "资格问题与评分", zh_hant: "資格問題與評分", en: "Questions and scoring" }
        STATUS { zh_hans: "状态", zh_hant: "狀態", en: "Status" }
        ANY_STATUS { zh_hans: "全部状态", zh_hant: "全部狀態", en: "Any status" }
        SEARCH { zh_hans: "姓名或公司", zh_hant: "姓名或公司", en: "Name or company" }
        FIND { zh_hans: "搜索", zh_hant: "搜尋", en: "Search" }
        NONE {
            zh_hans: "这里还没有线索。扫描访客的胸卡，或录入一张名片。",
            zh_hant: "這裡還沒有線索。掃描訪客的識別證，或輸入一張名片。",
            en: "No leads here yet. Scan a visitor's badge or type in a business card.",
        }
        POINTS { zh_hans: "{n} 分", zh_hant: "{n} 分", en: "{n} points" }
        QUALIFIED { zh_hans: "达标", zh_hant: "達標", en: "Qualified" }
        FROM_CARD { zh_hans: "名片", zh_hant: "名片", en: "Business card" }
        SCANS { zh_hans: "扫码 {n} 次", zh_hant: "掃碼 {n} 次", en: "{n} scans" }
        LAST_SEEN { zh_hans: "最近：{when}", zh_hant: "最近：{when}", en: "last seen {when}" }
        FOUND { zh_hans: "共 {n} 条线索", zh_hant: "共 {n} 筆線索", en: "{n} leads" }
    }
    mod words {
        STATUS_NEW { zh_hans: "新线索", zh_hant: "新線索", en: "New" }
        STATUS_CONTACTED { zh_hans: "已联系", zh_hant: "已聯絡", en: "Contacted" }
        STATUS_QUALIFIED { zh_hans: "有意向", zh_hant: "有意向", en: "Qualified" }
        STATUS_WON { zh_hans: "已成交", zh_hant: "已成交", en: "Won" }
        STATUS_LOST { zh_hans: "已流失", zh_hant: "已流失", en: "Lost" }
        STATUS_UNKNOWN { zh_hans: "其他", zh_hant: "其他", en: "Other" }
        TIER_MEMBER { zh_hans: "普通会员", zh_hant: "一般會員", en: "Member" }
        TIER_SILVER { zh_hans: "银卡会员", zh_hant: "銀卡會員", en: "Silver member" }
        TIER_GOLD { zh_hans: "金卡会员", zh_hant: "金卡會員", en: "Gold member" }
        ANONYMOUS { zh_hans: "匿名访客", zh_hant: "匿名訪客", en: "Anonymous visitor" }
        ANONYMOUS_TIER { zh_hans: "匿名访客 · {tier}", zh_hant: "匿名訪客 · {tier}", en: "Anonymous visitor · {tier}" }
        RULE_SCANNED { zh_hans: "在展位扫码", zh_hant: "在攤位掃碼", en: "Scanned at the booth" }
        RULE_VIEWED { zh_hans: "浏览过至少 {n} 件你的商品", zh_hant: "瀏覽過至少 {n} 件你的商品", en: "Viewed at least {n} of your products" }
        RULE_IN_CART { zh_hans: "购物车里有你的商品", zh_hant: "購物車裡有你的商品", en: "Has your products in the cart" }
        RULE_QUOTE { zh_hans: "向你询过价", zh_hant: "向你詢過價", en: "Asked for a quote" }
        RULE_TRADE { zh_hans: "采购商", zh_hant: "採購商", en: "Trade buyer" }
        RULE_ANSWERED { zh_hans: "“{question}”回答“{value}”", zh_hant: "「{question}」回答「{value}」", en: "Answered “{question}” with “{value}”" }
        RULE_OTHER { zh_hans: "其他规则", zh_hant: "其他規則", en: "Another rule" }
    }
    mod sync {
        WAITING { zh_hans: "{n} 条待发送", zh_hant: "{n} 筆待傳送", en: "{n} waiting to send" }
        WAITING_ONE { zh_hans: "待发送", zh_hant: "待傳送", en: "Waiting to send" }
        KEPT_HINT {
            zh_hans: "已保存在这部手机上，有信号时会按顺序自动发送，不会重复记录。",
            zh_hant: "已儲存在這支手機上，有訊號時會依序自動傳送，不會重複記錄。",
            en: "Kept on this phone: they go in order as soon as there is a signal, never twice.",
        }
        KEPT {
            zh_hans: "尚未发送：已保存在这部手机上，连接恢复后自动发送。",
            zh_hant: "尚未傳送：已儲存在這支手機上，連線恢復後自動傳送。",
            en: "Not sent yet: kept on this phone, and sent when the connection is back.",
        }
        SEND_NOW { zh_hans: "立即发送", zh_hant: "立即傳送", en: "Send now" }
        NOT_SENT { zh_hans: "未能发送", zh_hant: "未能傳送", en: "Not sent" }
        DISMISS { zh_hans: "知道了", zh_hant: "知道了", en: "Dismiss" }
        ITEM_SCAN { zh_hans: "胸卡扫码（{when}）", zh_hant: "識別證掃碼（{when}）", en: "Badge scan, {when}" }
        ITEM_CARD { zh_hans: "名片：{name}", zh_hant: "名片：{name}", en: "Business card: {name}" }
        ITEM_NOTE { zh_hans: "备注：{text}", zh_hant: "備註：{text}", en: "Note: {text}" }
        R_NOT_A_BADGE { zh_hans: "不是胸卡，或是已更换的旧胸卡", zh_hant: "不是識別證，或是已更換的舊識別證", en: "Not a badge, or a replaced one" }
        R_LEAD_GONE { zh_hans: "这条线索已不存在", zh_hant: "這筆線索已不存在", en: "This lead is no longer there" }
        R_TOO_OLD { zh_hans: "扫码已超过 7 天，无法再记录", zh_hant: "掃碼已超過 7 天，無法再記錄", en: "Scanned over 7 days ago: too late to record" }
        R_INVALID { zh_hans: "内容未被接受：请检查后重新录入", zh_hant: "內容未被接受：請檢查後重新輸入", en: "Not accepted: check it and type it in again" }
        R_NOT_ALLOWED { zh_hans: "你的角色不能记录线索", zh_hant: "你的角色不能記錄線索", en: "Your role may not record leads" }
        R_TOO_MANY_NOTES { zh_hans: "这条线索的备注已达上限（200 条）", zh_hant: "這筆線索的備註已達上限（200 則）", en: "This lead has as many notes as it can take (200)" }
        R_OTHER { zh_hans: "服务器拒绝了这条记录", zh_hant: "伺服器拒絕了這筆記錄", en: "The server refused it" }
    }
    mod capture {
        SCAN_TITLE { zh_hans: "扫描胸卡", zh_hant: "掃描識別證", en: "Scan a badge" }
        AIM {
            zh_hans: "将访客手机上的胸卡二维码对准取景框。",
            zh_hant: "將訪客手機上的識別證 QR 碼對準取景框。",
            en: "Hold the visitor's badge QR code up to the camera.",
        }
        CODE { zh_hans: "胸卡码", zh_hant: "識別證代碼", en: "Badge code" }
        CODE_HINT {
            zh_hans: "扫描访客手机上的胸卡，或输入二维码下方的代码（EXPOCX:BADGE:…）。",
            zh_hant: "掃描訪客手機上的識別證，或輸入 QR 碼下方的代碼（EXPOCX:BADGE:…）。",
            en: "Scan the badge on the visitor's phone, or type the code under its QR code (EXPOCX:BADGE:…).",
        }
        RECORD { zh_hans: "记录扫码", zh_hant: "記錄掃碼", en: "Record scan" }
        RECORDING { zh_hans: "正在记录…", zh_hant: "正在記錄…", en: "Recording…" }
        NOT_A_BADGE { zh_hans: "这不是 ExpoCX 胸卡", zh_hant: "這不是 ExpoCX 識別證", en: "Not an ExpoCX badge" }
        NOT_GENUINE {
            zh_hans: "不是真实的 ExpoCX 胸卡：签名不符（输错了，或是别处制作的二维码）",
            zh_hant: "不是真實的 ExpoCX 識別證：簽章不符（輸入錯誤，或是別處製作的 QR 碼）",
            en: "Not a genuine ExpoCX badge: its signature does not match (mistyped, or a QR made elsewhere)",
        }
        RECORDED { zh_hans: "已记录。", zh_hant: "已記錄。", en: "Recorded." }
        SHARED { zh_hans: "访客与你分享了联系方式：", zh_hant: "訪客與你分享了聯絡方式：", en: "They share their contact with you:" }
        ANONYMOUS_RESULT {
            zh_hans: "匿名线索：{tier}——系统会在访客手机上询问是否与你分享联系方式",
            zh_hant: "匿名線索：{tier}——系統會在訪客手機上詢問是否與你分享聯絡方式",
            en: "Anonymous lead: {tier} — they are asked on their phone whether to share their contact",
        }
        OPEN_LEAD { zh_hans: "查看线索", zh_hant: "查看線索", en: "Open the lead" }
        CARD_TITLE { zh_hans: "录入名片", zh_hant: "輸入名片", en: "Type in a business card" }
        NAME { zh_hans: "姓名", zh_hant: "姓名", en: "Name" }
        COMPANY { zh_hans: "公司", zh_hant: "公司", en: "Company" }
        JOB_TITLE { zh_hans: "职位", zh_hant: "職稱", en: "Title" }
        EMAIL { zh_hans: "邮箱", zh_hant: "電子郵件", en: "Email" }
        PHONE { zh_hans: "电话", zh_hant: "電話", en: "Phone" }
        NOTE { zh_hans: "备注（例如对方问了什么）", zh_hant: "備註（例如對方問了什麼）", en: "Note (what they asked about)" }
        SAVE { zh_hans: "保存线索", zh_hant: "儲存線索", en: "Save the lead" }
        SAVED { zh_hans: "线索已保存：{name}。", zh_hant: "線索已儲存：{name}。", en: "Lead saved: {name}." }
    }
    mod lead {
        ANONYMOUS { zh_hans: "匿名访客", zh_hant: "匿名訪客", en: "Anonymous visitor" }
        CONTACT { zh_hans: "联系方式", zh_hant: "聯絡方式", en: "Contact" }
        ANONYMOUS_NOTE {
            zh_hans: "匿名：这位访客尚未与你分享联系方式",
            zh_hant: "匿名：這位訪客尚未與你分享聯絡方式",
            en: "Anonymous: this visitor has not shared their contact with you",
        }
        ERASED { zh_hans: "已注销的账号", zh_hant: "已註銷的帳號", en: "Erased account" }
        COMPANY { zh_hans: "公司", zh_hant: "公司", en: "Company" }
        JOB_TITLE { zh_hans: "职位", zh_hant: "職稱", en: "Title" }
        EMAIL { zh_hans: "邮箱", zh_hant: "電子郵件", en: "Email" }
        PHONE { zh_hans: "电话", zh_hant: "電話", en: "Phone" }
        SOURCE { zh_hans: "来源", zh_hant: "來源", en: "Source" }
        BADGE { zh_hans: "胸卡扫码", zh_hant: "識別證掃碼", en: "Badge scan" }
        BADGE_BY { zh_hans: "{name} 扫描胸卡", zh_hant: "{name} 掃描識別證", en: "Badge scan by {name}" }
        CARD { zh_hans: "名片", zh_hant: "名片", en: "Business card" }
        CARD_BY { zh_hans: "{name} 录入的名片", zh_hant: "{name} 輸入的名片", en: "Business card, typed in by {name}" }
        SCANS { zh_hans: "扫码次数", zh_hant: "掃碼次數", en: "Scans" }
        FIRST_SEEN { zh_hans: "首次接触", zh_hant: "首次接觸", en: "First seen" }
        LAST_SEEN { zh_hans: "最近接触", zh_hant: "最近接觸", en: "Last seen" }
        NOTES { zh_hans: "备注", zh_hant: "備註", en: "Notes" }
        NEW_NOTE { zh_hans: "新备注", zh_hant: "新備註", en: "New note" }
        ADD_NOTE { zh_hans: "添加备注", zh_hant: "新增備註", en: "Add note" }
        NO_NOTES { zh_hans: "还没有备注。", zh_hant: "還沒有備註。", en: "No notes yet." }
        FORMER { zh_hans: "已离开团队的成员", zh_hant: "已離開團隊的成員", en: "A former team member" }
    }
    mod score {
        SCORE { zh_hans: "评分", zh_hant: "評分", en: "Score" }
        TOTAL { zh_hans: "{n} 分", zh_hant: "{n} 分", en: "{n} points" }
        QUALIFIED { zh_hans: "达标", zh_hant: "達標", en: "Qualified" }
        NOT_YET { zh_hans: "尚未达标", zh_hant: "尚未達標", en: "Not qualified yet" }
        QUALIFIED_AT { zh_hans: "达标线为 {n} 分", zh_hant: "達標線為 {n} 分", en: "qualified from {n} points" }
        NOT_YET_AT { zh_hans: "尚未达标：需要 {n} 分", zh_hant: "尚未達標：需要 {n} 分", en: "Not qualified yet: {n} points needed" }
        NO_PARTS { zh_hans: "还没有符合的规则。", zh_hant: "還沒有符合的規則。", en: "No rule gives points yet." }
        DECAYED { zh_hans: "时间衰减 −{n}", zh_hant: "時間衰減 −{n}", en: "−{n} for age" }
        HOW {
            zh_hans: "分数按你设定的规则计算，距上次接触越久分数越低。",
            zh_hant: "分數依你設定的規則計算，距上次接觸越久分數越低。",
            en: "Points come from your own rules, and fade with time since the lead was last seen.",
        }
        RULES_LINK { zh_hans: "查看规则", zh_hant: "查看規則", en: "See the rules" }
    }
    mod followup {
        TITLE { zh_hans: "跟进", zh_hant: "跟進", en: "Follow-up" }
        STATUS { zh_hans: "状态", zh_hant: "狀態", en: "Status" }
        RATING { zh_hans: "评级", zh_hant: "評級", en: "Rating" }
        NO_RATING { zh_hans: "未评级", zh_hant: "未評級", en: "No rating" }
        STARS { zh_hans: "{n} 星（满分 5 星）", zh_hant: "{n} 星（滿分 5 星）", en: "{n} of 5" }
        ASSIGNEE { zh_hans: "负责人", zh_hant: "負責人", en: "Assigned to" }
        NO_ONE { zh_hans: "无人负责", zh_hant: "無人負責", en: "No one" }
        QUESTIONS { zh_hans: "资格问题", zh_hant: "資格問題", en: "Qualifying questions" }
        NO_ANSWER { zh_hans: "未回答", zh_hant: "未回答", en: "No answer" }
        SAVE { zh_hans: "保存跟进", zh_hant: "儲存跟進", en: "Save follow-up" }
        SAVED { zh_hans: "已保存。", zh_hant: "已儲存。", en: "Saved." }
        CONFLICT {
            zh_hans: "同事刚刚修改了这条线索：下方显示了对方的版本；再次保存即可应用你的修改",
            zh_hant: "同事剛剛修改了這筆線索：下方顯示了對方的版本；再次儲存即可套用你的修改",
            en: "A colleague changed this lead meanwhile: their version is shown below; save again to apply yours",
        }
        THEIRS { zh_hans: "对方的版本：{value}", zh_hant: "對方的版本：{value}", en: "Their version: {value}" }
    }
    mod settings {
        TITLE { zh_hans: "资格问题与评分", zh_hant: "資格問題與評分", en: "Questions and scoring" }
        INTRO {
            zh_hans: "你的团队在展位上询问的问题，以及线索如何得分：分数达到达标线即为达标，距上次接触每过一个半衰期分数减半。修改后所有线索的分数立即更新。",
            zh_hant: "你的團隊在攤位上詢問的問題，以及線索如何得分：分數達到達標線即為達標，距上次接觸每過一個半衰期分數減半。修改後所有線索的分數立即更新。",
            en: "The questions your team asks at the booth, and how leads earn points: a lead is qualified at the threshold, and its points halve every half-life since it was last seen. Every lead's score follows a change at once.",
        }
        READ_ONLY {
            zh_hans: "只有负责人和经理可以修改这些设置。",
            zh_hant: "只有負責人和經理可以修改這些設定。",
            en: "Only owners and managers change these settings.",
        }
        QUESTIONS { zh_hans: "资格问题", zh_hant: "資格問題", en: "Qualifying questions" }
        QUESTIONS_HINT {
            zh_hans: "最多 10 个问题。代码是规则引用问题时用的简短标识（如 budget）。",
            zh_hant: "最多 10 個問題。代碼是規則引用問題時用的簡短標識（如 budget）。",
            en: "Up to 10 questions. The code is the short name rules use for a question (e.g. budget).",
        }
        NO_QUESTIONS { zh_hans: "还没有资格问题。", zh_hant: "還沒有資格問題。", en: "No qualifying questions yet." }
        QUESTION { zh_hans: "问题 {n}", zh_hant: "問題 {n}", en: "Question {n}" }
        QUESTION_ID { zh_hans: "代码", zh_hant: "代碼", en: "Code" }
        QUESTION_LABEL { zh_hans: "问题", zh_hant: "問題", en: "Question" }
        ANSWER_KIND { zh_hans: "回答方式", zh_hant: "回答方式", en: "Answer" }
        KIND_TEXT { zh_hans: "自由填写", zh_hant: "自由填寫", en: "Free text" }
        KIND_CHOICE { zh_hans: "从选项中选择", zh_hant: "從選項中選擇", en: "One of a list" }
        CHOICES { zh_hans: "选项（每行一个）", zh_hant: "選項（每行一個）", en: "Choices (one per line)" }
        ADD_QUESTION { zh_hans: "添加问题", zh_hant: "新增問題", en: "Add a question" }
        REMOVE_QUESTION { zh_hans: "删除这个问题", zh_hant: "刪除這個問題", en: "Remove this question" }
        RULES { zh_hans: "评分规则", zh_hant: "評分規則", en: "Scoring rules" }
        RULES_HINT {
            zh_hans: "最多 20 条规则；每条 −100 到 100 分，负分表示扣分。",
            zh_hant: "最多 20 條規則；每條 −100 到 100 分，負分表示扣分。",
            en: "Up to 20 rules, each −100 to 100 points (negative points take some away).",
        }
        RULE { zh_hans: "规则 {n}", zh_hant: "規則 {n}", en: "Rule {n}" }
        RULE_KIND { zh_hans: "条件", zh_hant: "條件", en: "When" }
        KIND_SCANNED { zh_hans: "在展位扫码", zh_hant: "在攤位掃碼", en: "Scanned at the booth" }
        KIND_VIEWED { zh_hans: "浏览了你的商品", zh_hant: "瀏覽了你的商品", en: "Viewed your products" }
        KIND_IN_CART { zh_hans: "购物车里有你的商品", zh_hant: "購物車裡有你的商品", en: "Has your products in the cart" }
        KIND_QUOTE { zh_hans: "向你询过价", zh_hant: "向你詢過價", en: "Asked for a quote" }
        KIND_TRADE { zh_hans: "采购商", zh_hant: "採購商", en: "Trade buyer" }
        KIND_ANSWERED { zh_hans: "回答了资格问题", zh_hant: "回答了資格問題", en: "Answered a question" }
        POINTS { zh_hans: "分数（−100 到 100）", zh_hant: "分數（−100 到 100）", en: "Points (−100 to 100)" }
        AT_LEAST { zh_hans: "至少浏览几件商品", zh_hant: "至少瀏覽幾件商品", en: "At least how many products" }
        RULE_QUESTION { zh_hans: "问题", zh_hant: "問題", en: "Question" }
        RULE_VALUE { zh_hans: "回答", zh_hant: "回答", en: "Answer" }
        CHOOSE { zh_hans: "请选择", zh_hant: "請選擇", en: "Choose" }
        ADD_RULE { zh_hans: "添加规则", zh_hant: "新增規則", en: "Add a rule" }
        REMOVE_RULE { zh_hans: "删除这条规则", zh_hant: "刪除這條規則", en: "Remove this rule" }
        THRESHOLD { zh_hans: "达标线（分）", zh_hant: "達標線（分）", en: "Qualified from (points)" }
        HALF_LIFE { zh_hans: "分数半衰期（天，0 表示不衰减）", zh_hant: "分數半衰期（天，0 表示不衰減）", en: "Points halve every (days, 0: never)" }
        THRESHOLD_IS { zh_hans: "达标线：{n} 分。", zh_hant: "達標線：{n} 分。", en: "Qualified from {n} points." }
        HALF_LIFE_IS { zh_hans: "距上次接触每 {n} 天分数减半。", zh_hant: "距上次接觸每 {n} 天分數減半。", en: "Points halve every {n} days since the lead was last seen." }
        NO_DECAY { zh_hans: "分数不随时间衰减。", zh_hant: "分數不隨時間衰減。", en: "Points do not fade with time." }
        SAVE { zh_hans: "保存设置", zh_hant: "儲存設定", en: "Save settings" }
        SAVED { zh_hans: "已保存：所有线索的分数已更新。", zh_hant: "已儲存：所有線索的分數已更新。", en: "Saved: every lead's score follows at once." }
        FIX { zh_hans: "有些内容需要修改：", zh_hant: "有些內容需要修改：", en: "Some fields need fixing:" }
    }
}
