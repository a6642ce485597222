//! The privacy policy and its purposes, consent receipts (append-only), consent checks, and
//! behaviour events.

use chrono::Utc;
use expocx_contract::{
    purpose, AnalyticsEvent, ConsentChannel, ConsentDecision, ConsentPolicy, ConsentPurpose,
    ConsentReceipt, ConsentState, ConsentUpdate, ErrorCode, FieldError, FieldErrorCode, Localized,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{col, Codec, Error, Result};
use super::{json, loc};

/// Whose consent: an account, or an anonymous browser (by its device key's hash).
#[derive(Debug, Clone)]
pub enum Subject {
    User(i64),
    Device(String),
}

impl Codec for ConsentChannel {
    const ALL: &'static [Self] = &ConsentChannel::ALL;
    fn code(self) -> &'static str {
        self.as_str()
    }
}

type T3 = (&'static str, &'static str, &'static str);

/// (id, group, title, description, data categories, retention days, required, since version)
type PurposeSeed = (
    &'static str,
    &'static str,
    T3,
    T3,
    &'static [T3],
    u32,
    bool,
    u32,
);

const PURPOSES: &[PurposeSeed] = &[
    (purpose::NECESSARY, "necessary",
     ("必要功能", "必要功能", "Strictly necessary"),
     ("登录、购物车、语言和你的隐私选择需要在本设备保存少量数据，没有它们网站无法工作，因此不能关闭。", "登入、購物車、語言和你的隱私選擇需要在本裝置保存少量資料，沒有它們網站無法運作，因此不能關閉。", "Signing in, your cart, your language and these privacy choices need a little data stored on this device. The site cannot work without it, so it cannot be switched off."),
     &[("账户与会话", "帳戶與工作階段", "Account and session"), ("语言与隐私选择", "語言與隱私選擇", "Language and privacy choices")], 30, true, 1),
    (purpose::PERSONALIZATION, "personalization",
     ("个性化推荐", "個人化推薦", "Personalization"),
     ("根据你浏览和加购的商品、展商，为你排序商品并推荐“猜你喜欢”。关闭后将删除已保存的兴趣画像。", "根據你瀏覽和加入購物車的商品、展商，為你排序商品並推薦「猜你喜歡」。關閉後將刪除已保存的興趣畫像。", "Ranks products and suggests what you may like, from the products and exhibitors you view and add to your cart. Switching it off deletes the stored interest profile."),
     &[("浏览过的商品和展商", "瀏覽過的商品和展商", "Products and exhibitors viewed"), ("加入购物车的商品", "加入購物車的商品", "Products added to the cart")], 180, false, 1),
    (purpose::ANALYTICS, "analytics",
     ("统计分析", "統計分析", "Analytics"),
     ("把浏览和购买行为（如查看商品、加入购物车）发送给主办方，用于改进展会和展商服务。", "把瀏覽和購買行為（如查看商品、加入購物車）傳送給主辦方，用於改進展會和展商服務。", "Sends what you do (products viewed, added to cart) to the organizer to improve the expo and exhibitors' service."),
     &[("行为事件", "行為事件", "Behaviour events"), ("设备标识（随机生成）", "裝置標識（隨機產生）", "Device id (random)")], 395, false, 1),
    (purpose::MARKETING_SMS, "marketing",
     ("营销短信", "行銷簡訊", "Offers by SMS"),
     ("通过短信接收优惠和活动信息，频率有上限。", "透過簡訊接收優惠和活動資訊，頻率有上限。", "Offers and event news by text message, with a frequency cap."),
     &[("手机号", "手機號碼", "Phone number")], 730, false, 1),
    (purpose::MARKETING_EMAIL, "marketing",
     ("营销邮件", "行銷郵件", "Offers by email"),
     ("通过邮件接收优惠和活动信息，频率有上限。", "透過電子郵件接收優惠和活動資訊，頻率有上限。", "Offers and event news by email, with a frequency cap."),
     &[("邮箱", "電子郵件", "Email address")], 730, false, 1),
    (purpose::MARKETING_WECHAT, "marketing",
     ("微信消息", "微信訊息", "Offers on WeChat"),
     ("通过微信服务号接收优惠和活动信息，频率有上限。", "透過微信服務號接收優惠和活動資訊，頻率有上限。", "Offers and event news through the WeChat service account, with a frequency cap."),
     &[("微信 OpenID", "微信 OpenID", "WeChat OpenID")], 730, false, 2),
    (purpose::SHARE_WITH_EXHIBITORS, "sharing",
     ("向展商提供联系方式", "向展商提供聯絡方式", "Share my contact with exhibitors"),
     ("你在展位扫码或咨询时，允许该展商获得你的姓名和联系方式以便跟进（单独同意）。", "你在展位掃碼或諮詢時，允許該展商取得你的姓名和聯絡方式以便跟進（單獨同意）。", "When you scan a code or ask at a booth, that exhibitor may receive your name and contact details to follow up (separate consent)."),
     &[("姓名", "姓名", "Name"), ("邮箱或手机号", "電子郵件或手機號碼", "Email or phone number")], 365, false, 1),
];

pub const POLICY_VERSION: u32 = 2;
const POLICY_CHANGES: T3 = (
    "新增“微信消息”营销渠道，可单独选择。",
    "新增「微信訊息」行銷渠道，可單獨選擇。",
    "Added WeChat as a separate marketing channel you can choose.",
);

/// Writes the product's privacy policy and purposes if the database has none.
pub fn ensure_policy(conn: &Connection) -> rusqlite::Result<()> {
    let has: i64 = conn.query_row("SELECT COUNT(*) FROM consent_policy", [], |r| r.get(0))?;
    if has > 0 {
        return Ok(());
    }
    conn.execute(
        "INSERT INTO consent_policy (version, published_on, changes_json) VALUES (?, '2026-11-01', ?)",
        params![POLICY_VERSION, json(&Localized::new(POLICY_CHANGES.0, POLICY_CHANGES.1, POLICY_CHANGES.2))],
    )?;
    for (i, (id, grp, title, desc, cats, days, required, since)) in PURPOSES.iter().enumerate() {
        let cats: Vec<Localized> = cats.iter().map(|c| Localized::new(c.0, c.1, c.2)).collect();
        conn.execute(
            "INSERT INTO consent_purposes (id, grp, title_json, description_json, data_categories_json,
             retention_days, required, since_version, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params![id, grp, json(&Localized::new(title.0, title.1, title.2)),
                    json(&Localized::new(desc.0, desc.1, desc.2)), json(&cats), days, required, since, i as i64],
        )?;
    }
    Ok(())
}

pub fn policy(conn: &Connection) -> Result<ConsentPolicy> {
    let (version, published_on, changes): (u32, chrono::NaiveDate, String) = conn.query_row(
        "SELECT version, published_on, changes_json FROM consent_policy ORDER BY version DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt = conn.prepare(
        "SELECT id, grp, title_json, description_json, data_categories_json, retention_days, required, since_version
         FROM consent_purposes ORDER BY position",
    )?;
    let purposes = stmt
        .query_map([], |r| {
            let cats: String = r.get(4)?;
            Ok(ConsentPurpose {
                id: r.get(0)?,
                group: r.get(1)?,
                title: loc(&r.get::<_, String>(2)?),
                description: loc(&r.get::<_, String>(3)?),
                data_categories: serde_json::from_str(&cats).unwrap_or_default(),
                retention_days: r.get(5)?,
                required: r.get(6)?,
                since_version: r.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(ConsentPolicy {
        version,
        published_on: published_on.into(),
        changes: loc(&changes),
        purposes,
    })
}

fn subject_filter(subject: &Subject) -> (&'static str, rusqlite::types::Value) {
    match subject {
        Subject::User(id) => ("user_id = ?", (*id).into()),
        // Only what the browser recorded anonymously: an account's rows are never reached
        // through a device, even on a shared browser.
        Subject::Device(d) => ("device_id = ? AND user_id IS NULL", d.clone().into()),
    }
}

/// The subject's current decisions: the latest receipt per purpose.
pub fn state(conn: &Connection, subject: &Subject) -> Result<ConsentState> {
    let current = policy(conn)?.version;
    let (filter, value) = subject_filter(subject);
    let mut stmt = conn.prepare(&format!(
        "SELECT purpose, granted, policy_version FROM consent_receipts
         WHERE {filter} AND exhibitor_id IS NULL ORDER BY seq"
    ))?;
    let mut decisions: Vec<ConsentDecision> = Vec::new();
    let mut answered: Option<u32> = None;
    let rows = stmt.query_map([value], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, bool>(1)?,
            r.get::<_, u32>(2)?,
        ))
    })?;
    for row in rows {
        let (purpose, granted, version) = row?;
        answered = Some(answered.map_or(version, |a| a.max(version)));
        match decisions.iter_mut().find(|d| d.purpose == purpose) {
            Some(d) => d.granted = granted,
            None => decisions.push(ConsentDecision { purpose, granted }),
        }
    }
    Ok(ConsentState {
        policy_version: current,
        answered_version: answered,
        decisions,
    })
}

/// Records the decisions that changed (all of them when the policy is new to the subject) as
/// receipts. Required purposes are always granted; unknown or repeated purposes are refused.
pub fn record(
    conn: &mut Connection,
    subject: &Subject,
    update: &ConsentUpdate,
) -> Result<ConsentState> {
    let policy = policy(conn)?;
    if update.policy_version != policy.version {
        return Err(Error::Conflict(
            ErrorCode::PolicyOutdated,
            "The privacy policy changed; review it first",
        ));
    }
    let mut errors = Vec::new();
    for (i, d) in update.decisions.iter().enumerate() {
        if update.decisions[..i].iter().any(|e| e.purpose == d.purpose) {
            errors.push(FieldError::new("decisions", FieldErrorCode::Duplicate));
            break;
        }
        match policy.purposes.iter().find(|p| p.id == d.purpose) {
            None => errors.push(FieldError::new("decisions", FieldErrorCode::InvalidValue)),
            Some(p) if p.required && !d.granted => {
                errors.push(FieldError::new("decisions", FieldErrorCode::InvalidValue))
            }
            _ => {}
        }
    }
    let now = Utc::now();
    // A choice made on the device earlier and recorded now keeps its own time (clock skew of
    // a few minutes is forgiven; older than a week it is no longer the visitor's word).
    let decided_at = match update.decided_at.map(chrono::DateTime::<Utc>::from) {
        Some(t) if t > now + chrono::Duration::minutes(5) => {
            errors.push(FieldError::new("decided_at", FieldErrorCode::OutOfRange));
            None
        }
        Some(t) if t < now - chrono::Duration::days(expocx_contract::CONSENT_LATE_DAYS) => {
            errors.push(FieldError::new("decided_at", FieldErrorCode::OutOfRange));
            None
        }
        Some(t) if t < now - chrono::Duration::seconds(1) => Some(t),
        _ => None,
    };
    Error::check(errors)?;
    let before = state(conn, subject)?;
    let fresh = before.answered_version != Some(policy.version);
    let (user_id, device) = match subject {
        Subject::User(id) => (Some(*id), None),
        Subject::Device(d) => (None, Some(d.clone())),
    };
    let tx = conn.transaction()?;
    // On a policy the subject has not answered, every purpose is decided anew.
    let mut decisions = update.decisions.clone();
    if fresh {
        for p in &policy.purposes {
            if !decisions.iter().any(|d| d.purpose == p.id) {
                decisions.push(ConsentDecision {
                    purpose: p.id.clone(),
                    granted: p.required,
                });
            }
        }
    }
    for d in &decisions {
        let unchanged = before
            .decisions
            .iter()
            .any(|b| b.purpose == d.purpose && b.granted == d.granted);
        if unchanged && !fresh {
            continue;
        }
        tx.execute(
            "INSERT INTO consent_receipts (id, user_id, device_id, purpose, granted, policy_version, channel, recorded_at, decided_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params![crate::ids::receipt_id("CR"), user_id, device, d.purpose, d.granted, policy.version, update.channel.code(), now, decided_at],
        )?;
    }
    tx.commit()?;
    state(conn, subject)
}

pub fn receipts(conn: &Connection, subject: &Subject) -> Result<Vec<ConsentReceipt>> {
    let (filter, value) = subject_filter(subject);
    let mut stmt = conn.prepare(&format!(
        "SELECT r.id, purpose, granted, policy_version, channel, recorded_at, decided_at, e.name_json
         FROM consent_receipts r LEFT JOIN exhibitors e ON e.id = r.exhibitor_id
         WHERE {filter} ORDER BY seq DESC LIMIT 500"
    ))?;
    let rows = stmt.query_map([value], |r| {
        Ok(ConsentReceipt {
            id: r.get("id")?,
            purpose: r.get("purpose")?,
            granted: r.get("granted")?,
            policy_version: r.get("policy_version")?,
            channel: col(r, "channel")?,
            recorded_at: r.get("recorded_at")?,
            decided_at: r.get("decided_at")?,
            exhibitor: r.get::<_, Option<String>>("name_json")?.map(|n| loc(&n)),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether `purpose` may be acted on for `subject` right now (the backend's own check).
pub fn allows(conn: &Connection, subject: &Subject, purpose: &str) -> Result<bool> {
    Ok(state(conn, subject)?.allows(purpose))
}

pub fn store_events(
    conn: &mut Connection,
    user_id: Option<i64>,
    device_id: &str,
    events: &[AnalyticsEvent],
) -> Result<usize> {
    let tx = conn.transaction()?;
    let now = Utc::now();
    for e in events {
        tx.execute(
            "INSERT INTO analytics_events (user_id, device_id, name, product_id, at, received_at) VALUES (?, ?, ?, ?, ?, ?)",
            params![user_id, device_id, e.name, e.product_id, e.at, now],
        )?;
    }
    tx.commit()?;
    Ok(events.len())
}

/// Number of events stored for a device key's hash (tests and the exhibitor funnel later).
pub fn event_count(conn: &Connection, device_id: &str) -> Result<i64> {
    Ok(conn
        .query_row(
            "SELECT COUNT(*) FROM analytics_events WHERE device_id = ?",
            [device_id],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}
