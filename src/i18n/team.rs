//! Texts of the exhibitor's team, its audit trail, and the invite page.
//! In the chunks of the areas that show them, never part of the first load (see `text.rs`).

use super::text::texts;

texts! {
    mod team {
        TEAM { zh_hans: "团队", zh_hant: "團隊", en: "Team" }
        MEMBERS { zh_hans: "成员", zh_hant: "成員", en: "Members" }
        YOU { zh_hans: "（你）", zh_hant: "（你）", en: " (you)" }
        ROLE { zh_hans: "角色", zh_hant: "角色", en: "Role" }
        ROLE_OF { zh_hans: "{name} 的角色", zh_hant: "{name} 的角色", en: "Role of {name}" }
        OWNER { zh_hans: "负责人", zh_hant: "負責人", en: "Owner" }
        MANAGER { zh_hans: "经理", zh_hant: "經理", en: "Manager" }
        BOOTH { zh_hans: "展位工作人员", zh_hant: "展位工作人員", en: "Booth staff" }
        OWNER_CAN { zh_hans: "全部权限，包括团队管理", zh_hant: "全部權限，包括團隊管理", en: "Everything, including the team" }
        MANAGER_CAN {
            zh_hans: "订单、售后、退货、商品、数据、导出和营销活动",
            zh_hant: "訂單、售後、退貨、商品、數據、匯出和行銷活動",
            en: "Orders, service, returns, products, figures, exports and campaigns",
        }
        BOOTH_CAN { zh_hans: "扫码自提、扫描胸卡和线索、分配给自己的工单；看不到营收，不能导出", zh_hant: "掃碼自取、掃描識別證和線索、指派給自己的工單；看不到營收，不能匯出", en: "Pickup desk, badge scans and leads, their own tickets; no revenue, no exports" }
        REMOVE { zh_hans: "移出团队", zh_hant: "移出團隊", en: "Remove" }
        REMOVE_CONFIRM {
            zh_hans: "将 {name} 移出团队？其登录会立即失效，负责的工单退回待分配。",
            zh_hant: "將 {name} 移出團隊？其登入會立即失效，負責的工單退回待指派。",
            en: "Remove {name} from the team? They are signed out at once, and their tickets go back to the queue.",
        }
        KEEP { zh_hans: "保留", zh_hant: "保留", en: "Keep" }
        REMOVED { zh_hans: "{name} 已移出团队。", zh_hant: "{name} 已移出團隊。", en: "{name} is no longer on the team." }
        ROLE_SAVED { zh_hans: "{name} 现在是{role}。", zh_hant: "{name} 現在是{role}。", en: "{name} is now {role}." }
        LAST_OWNER {
            zh_hans: "团队至少需要一位负责人：请先把另一位成员设为负责人。",
            zh_hant: "團隊至少需要一位負責人：請先把另一位成員設為負責人。",
            en: "The team needs an owner: make someone else owner first.",
        }
        INVITE { zh_hans: "邀请同事", zh_hant: "邀請同事", en: "Invite a colleague" }
        INVITE_EMAIL { zh_hans: "邮箱（可选）", zh_hant: "電子郵件（選填）", en: "Email (optional)" }
        INVITE_HINT {
            zh_hans: "填写邮箱则发送邀请邮件；也可以生成二维码，让同事用手机扫码加入。邀请 7 天内有效，只能使用一次。",
            zh_hant: "填寫電子郵件則寄出邀請信；也可以產生 QR 碼，讓同事用手機掃碼加入。邀請 7 天內有效，只能使用一次。",
            en: "With an email, the invite is mailed; or show a QR code for a colleague's phone. An invite works once, for 7 days.",
        }
        SEND { zh_hans: "发送邀请邮件", zh_hant: "寄出邀請信", en: "Send invite" }
        SHOW_QR { zh_hans: "生成邀请二维码", zh_hant: "產生邀請 QR 碼", en: "Show invite QR code" }
        NEED_EMAIL { zh_hans: "请填写同事的邮箱。", zh_hant: "請填寫同事的電子郵件。", en: "Enter your colleague's email." }
        BAD_EMAIL { zh_hans: "请输入有效的邮箱地址。", zh_hant: "請輸入有效的電子郵件地址。", en: "Enter a valid email address." }
        SENT { zh_hans: "已向 {email} 发送邀请。", zh_hant: "已向 {email} 寄出邀請。", en: "Invite sent to {email}." }
        SCAN_TO_JOIN {
            zh_hans: "请同事用手机扫码，以{role}身份加入。二维码只显示这一次，只能使用一次。",
            zh_hant: "請同事用手機掃碼，以{role}身分加入。QR 碼只顯示這一次，只能使用一次。",
            en: "Have your colleague scan this with their phone to join as {role}. It is shown only now, and works once.",
        }
        QR_LABEL { zh_hans: "加入团队的二维码", zh_hant: "加入團隊的 QR 碼", en: "QR code to join the team" }
        OR_LINK { zh_hans: "或打开链接：", zh_hant: "或開啟連結：", en: "Or open the link:" }
        DONE { zh_hans: "完成", zh_hant: "完成", en: "Done" }
        QR_READY { zh_hans: "邀请二维码已生成，见下方。", zh_hant: "邀請 QR 碼已產生，見下方。", en: "The invite QR code is below." }
        WAITING { zh_hans: "待接受的邀请", zh_hant: "待接受的邀請", en: "Invites waiting" }
        NO_INVITES { zh_hans: "没有待接受的邀请。", zh_hant: "沒有待接受的邀請。", en: "No invites are waiting." }
        BY_QR { zh_hans: "二维码邀请", zh_hant: "QR 碼邀請", en: "QR code invite" }
        UNTIL { zh_hans: "有效期至 {when}", zh_hant: "有效期至 {when}", en: "Valid until {when}" }
        REVOKE { zh_hans: "撤销", zh_hant: "撤銷", en: "Revoke" }
        REVOKED { zh_hans: "邀请已撤销，链接已失效。", zh_hant: "邀請已撤銷，連結已失效。", en: "Invite revoked: its link no longer works." }
        TOO_MANY { zh_hans: "待接受的邀请太多，请先撤销一些。", zh_hant: "待接受的邀請太多，請先撤銷一些。", en: "Too many invites are waiting: revoke some first." }
    }
    mod audit {
        ACTIVITY { zh_hans: "操作记录", zh_hant: "操作紀錄", en: "Activity" }
        INTRO {
            zh_hans: "谁在何时做了什么：导出、退款、取消、价格和库存变更、团队变更。只记录操作，不保存导出的数据。保留 3 年。",
            zh_hant: "誰在何時做了什麼：匯出、退款、取消、價格和庫存變更、團隊變更。只記錄操作，不保存匯出的資料。保留 3 年。",
            en: "Who did what, and when: exports, refunds, cancellations, price and stock changes, the team's changes. The acts only, never the exported data. Kept 3 years.",
        }
        NONE { zh_hans: "还没有记录。", zh_hant: "還沒有紀錄。", en: "Nothing recorded yet." }
        FORMER { zh_hans: "已注销的成员", zh_hant: "已註銷的成員", en: "A former member" }
        ORGANIZER { zh_hans: "主办方导入", zh_hant: "主辦方匯入", en: "The organizer's import" }
        EXPORTED { zh_hans: "导出订单 {rows} 行（筛选：{filters}）", zh_hant: "匯出訂單 {rows} 列（篩選：{filters}）", en: "Exported {rows} orders (filters: {filters})" }
        ALL_ORDERS { zh_hans: "全部", zh_hant: "全部", en: "none" }
        LEADS_EXPORTED { zh_hans: "导出线索 {rows} 条", zh_hant: "匯出線索 {rows} 筆", en: "Exported {rows} leads" }
        CUSTOMERS_EXPORTED { zh_hans: "导出顾客 {rows} 位", zh_hant: "匯出顧客 {rows} 位", en: "Exported {rows} customers" }
        REFUNDED { zh_hans: "订单 {target} 退款 {amount}", zh_hant: "訂單 {target} 退款 {amount}", en: "Refunded {amount} on order {target}" }
        PART_CANCELLED { zh_hans: "取消订单 {target}：{reason}", zh_hant: "取消訂單 {target}：{reason}", en: "Cancelled order {target}: {reason}" }
        PRICE_CHANGED { zh_hans: "{target} 价格 {from} → {to}", zh_hant: "{target} 價格 {from} → {to}", en: "{target}: price {from} → {to}" }
        STOCK_CHANGED { zh_hans: "{target} 库存 {from} → {to}", zh_hant: "{target} 庫存 {from} → {to}", en: "{target}: stock {from} → {to}" }
        INVITE_SENT { zh_hans: "邀请{target}以{role}身份加入", zh_hant: "邀請{target}以{role}身分加入", en: "Invited {target} as {role}" }
        INVITE_REVOKED { zh_hans: "撤销了对{target}的{role}邀请", zh_hant: "撤銷了對{target}的{role}邀請", en: "Revoked the invite of {target} as {role}" }
        BY_QR { zh_hans: "（二维码）", zh_hant: "（QR 碼）", en: "(QR code)" }
        JOINED { zh_hans: "{target} 以{role}身份加入", zh_hant: "{target} 以{role}身分加入", en: "{target} joined as {role}" }
        ROLE_CHANGED { zh_hans: "{target} 的角色 {from} → {to}", zh_hant: "{target} 的角色 {from} → {to}", en: "{target}: role {from} → {to}" }
        MEMBER_REMOVED { zh_hans: "将 {target}（{role}）移出团队", zh_hant: "將 {target}（{role}）移出團隊", en: "Removed {target} ({role}) from the team" }
        OTHER { zh_hans: "其他操作", zh_hant: "其他操作", en: "Another action" }
    }
    mod join {
        TITLE { zh_hans: "加入展商团队", zh_hant: "加入展商團隊", en: "Join an exhibitor's team" }
        OFFER {
            zh_hans: "{exhibitor}（展位 {booth}）邀请你以{role}身份加入团队。",
            zh_hant: "{exhibitor}（攤位 {booth}）邀請你以{role}身分加入團隊。",
            en: "{exhibitor} (booth {booth}) invites you to join their team as {role}.",
        }
        VALID { zh_hans: "邀请有效期至 {when}。", zh_hant: "邀請有效期至 {when}。", en: "The invite is valid until {when}." }
        SIGN_IN_FIRST {
            zh_hans: "请先登录或注册，再接受邀请。",
            zh_hant: "請先登入或註冊，再接受邀請。",
            en: "Sign in or create an account, then accept.",
        }
        CREATE { zh_hans: "注册新账号", zh_hant: "註冊新帳號", en: "Create an account" }
        SIGN_IN { zh_hans: "登录", zh_hant: "登入", en: "Sign in" }
        AS { zh_hans: "当前账号：{name}", zh_hant: "目前帳號：{name}", en: "Signed in as {name}" }
        ACCEPT { zh_hans: "接受并加入", zh_hant: "接受並加入", en: "Accept and join" }
        JOINING { zh_hans: "正在加入…", zh_hant: "正在加入…", en: "Joining…" }
        GONE {
            zh_hans: "这个邀请已被使用、撤销或已过期。请向团队负责人索取新的邀请。",
            zh_hant: "這個邀請已被使用、撤銷或已過期。請向團隊負責人索取新的邀請。",
            en: "This invite was used, revoked or has expired. Ask the team's owner for a new one.",
        }
        INVALID { zh_hans: "这个邀请链接无效。", zh_hant: "這個邀請連結無效。", en: "This invite link is not valid." }
        ALREADY {
            zh_hans: "这个账号已属于一个展商团队。一个账号只能加入一个展商。",
            zh_hant: "這個帳號已屬於一個展商團隊。一個帳號只能加入一個展商。",
            en: "This account is on an exhibitor's team already. An account belongs to one exhibitor at most.",
        }
        TO_PORTAL { zh_hans: "进入展商后台", zh_hant: "進入展商後台", en: "Go to the portal" }
    }
}

/// A role's name.
pub fn role_name(role: expocx_contract::StaffRole) -> &'static super::Text {
    use expocx_contract::StaffRole::*;
    match role {
        Owner => &team::OWNER,
        Manager => &team::MANAGER,
        Booth => &team::BOOTH,
    }
}
