//! The member's badge and what booth staff learn from scanning it: the tier always; name and
//! contact details only while the visitor shares them with that exhibitor (a separate consent
//! per exhibitor, asked on the visitor's phone at the exhibitor's first scan). Each scan is on
//! the visitor's lead at that exhibitor (`domain::leads`).

use chrono::{DateTime, Utc};
use expocx_contract::leads::BadgeKey;
use expocx_contract::leads::{ContactShare, ContactShareDecision};
use expocx_contract::{Badge, Localized, MessageKind, ScannedVisitor};
use rusqlite::Connection;

use crate::badge_sign;
use crate::db::notify::Message;
use crate::db::{account, badges, catalog, membership, shares, Result};

/// The badge signing key, made on first use: `(pkcs8, public)`.
fn signing_key(conn: &Connection, now: DateTime<Utc>) -> Result<(Vec<u8>, Vec<u8>)> {
    badges::signing_key(conn, badge_sign::generate, now)
}

/// A new signed code for the member.
fn new_code(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<String> {
    let (pkcs8, _) = signing_key(conn, now)?;
    badges::renew(conn, user_id, |id| badge_sign::sign(&pkcs8, id), now)
}

/// The public key booth staff's phones check badge codes with (`GET /exhibitor/badge-key`).
pub fn public_key(conn: &Connection, now: DateTime<Utc>) -> Result<BadgeKey> {
    let (_, public) = signing_key(conn, now)?;
    Ok(BadgeKey {
        alg: "ES256".into(),
        public_key: badge_sign::public_text(&public),
    })
}

/// The member's badge, made on first use (a code from before badges were signed is replaced:
/// it would no longer scan).
pub fn badge(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    let code = match badges::code(conn, user_id)? {
        Some(code) if code.contains('.') => code,
        _ => new_code(conn, user_id, now)?,
    };
    Ok(Badge {
        code,
        shares_contact: shares::shares_any(conn, user_id)?,
    })
}

/// A new badge code for the member; the previous one stops working.
pub fn renew(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    Ok(Badge {
        code: new_code(conn, user_id, now)?,
        shares_contact: shares::shares_any(conn, user_id)?,
    })
}

/// A scan by staff `staff_id` of `exhibitor_id`, made at `at` (later than now when it was
/// queued offline): `NotFound` for a code that is not (or no longer) a badge. The scan is on
/// the visitor's lead and in their export; at this exhibitor's first scan the visitor is asked
/// whether to share their contact with it. A replay of the same `Idempotency-Key` counts once.
pub fn scan(
    conn: &mut Connection,
    (exhibitor_id, staff_id): (i64, i64),
    code: &str,
    key: Option<(&str, &str)>,
    at: DateTime<Utc>,
) -> Result<ScannedVisitor> {
    // The signature first (a foreign or mistyped code is refused as the phone refuses it),
    // then whose it is now (a renewed badge's old code is no one's).
    let (_, public) = signing_key(conn, Utc::now())?;
    badge_sign::verify(&public, code).ok_or(crate::db::Error::NotFound)?;
    let user_id = badges::holder(conn, code.trim())?;
    let (lead_id, ask, replayed) =
        super::leads::scanned(conn, (exhibitor_id, staff_id), user_id, key, at)?;
    let shared = shares::shares(conn, user_id, exhibitor_id)?;
    if !replayed {
        badges::record_scan(conn, user_id, exhibitor_id, shared, at)?;
    }
    if ask {
        let name = catalog::exhibitor(conn, exhibitor_id)?
            .map(|e| e.summary.name)
            .unwrap_or_default();
        super::notify::send(
            conn,
            user_id,
            &share_request(&name, exhibitor_id),
            Utc::now(),
        )?;
    }
    let tier = membership::membership(conn, user_id, Utc::now())?.tier;
    let (contact, email) = if shared {
        let email = account::email(conn, user_id)?;
        (Some(account::profile(conn, user_id)?), Some(email))
    } else {
        (None, None)
    };
    Ok(ScannedVisitor {
        tier,
        shares_contact: shared,
        contact,
        email,
        lead_id: Some(lead_id),
    })
}

/// The message asking the visitor whether `exhibitor` may have their contact.
fn share_request(exhibitor: &Localized, exhibitor_id: i64) -> Message {
    Message {
        kind: MessageKind::ServiceReplies,
        text: Localized::new(
            &format!(
                "{} 扫描了你的胸卡。要向其提供你的姓名和联系方式吗？",
                exhibitor.zh_hans
            ),
            &format!(
                "{} 掃描了你的胸卡。要向其提供你的姓名和聯絡方式嗎？",
                exhibitor.zh_hant
            ),
            &format!(
                "{} scanned your badge. Share your name and contact details with them?",
                exhibitor.en
            ),
        ),
        link: Some(format!("/privacy#share-{exhibitor_id}")),
    }
}

/// The exhibitors that scanned the visitor's badge, and what each may see.
pub fn contact_shares(conn: &Connection, user_id: i64) -> Result<Vec<ContactShare>> {
    shares::list(conn, user_id)
}

/// The visitor's decision for one exhibitor, with a receipt; withdrawing takes the contact off
/// that exhibitor's lead at once (it is joined live on every read and export).
pub fn decide(
    conn: &Connection,
    user_id: i64,
    exhibitor_id: i64,
    d: &ContactShareDecision,
    now: DateTime<Utc>,
) -> Result<ContactShare> {
    shares::decide(conn, user_id, exhibitor_id, d.share, d.channel, now)?;
    shares::list(conn, user_id)?
        .into_iter()
        .find(|s| s.exhibitor_id == exhibitor_id)
        .ok_or(crate::db::Error::NotFound)
}
