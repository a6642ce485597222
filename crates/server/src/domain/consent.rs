//! Consent as the server enforces it: one place that asks whether a purpose may be acted on,
//! and what a withdrawal ends at once.

use expocx_contract::{purpose, Channel, ConsentState, ConsentUpdate};
use rusqlite::Connection;

use crate::db::consent::{self as data, Subject};
use crate::db::{interests, notify, offers, Error, Result};

/// Whether `purpose` may be acted on for `subject` right now (under the current policy).
pub fn allows(conn: &Connection, subject: &Subject, purpose: &'static str) -> Result<bool> {
    data::allows(conn, subject, purpose)
}

/// `Ok` when `purpose` may be acted on for `subject`, else `403 consent_required`.
pub fn require(conn: &Connection, subject: &Subject, purpose: &'static str) -> Result<()> {
    if allows(conn, subject, purpose)? {
        Ok(())
    } else {
        Err(Error::ConsentRequired(purpose))
    }
}

/// Whether the member allows marketing on any channel.
pub fn marketing_allowed(conn: &Connection, user_id: i64) -> Result<bool> {
    Ok(channels_without_consent(conn, user_id)?.len() < marketing_channels().count())
}

fn marketing_channels() -> impl Iterator<Item = Channel> {
    Channel::ALL
        .into_iter()
        .filter(|c| c.marketing_purpose().is_some())
}

/// The marketing channels whose consent the member has not given.
pub fn channels_without_consent(conn: &Connection, user_id: i64) -> Result<Vec<Channel>> {
    let subject = Subject::User(user_id);
    let mut out = Vec::new();
    for c in marketing_channels() {
        if let Some(p) = c.marketing_purpose() {
            if !allows(conn, &subject, p)? {
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// Records the subject's choices; a withdrawal acts at once: the interest profile goes with
/// the personalization consent, a running marketing offer ends, offers stop on the channel
/// (and stay off if the consent is given again).
pub fn record(
    conn: &mut Connection,
    subject: &Subject,
    update: &ConsentUpdate,
) -> Result<ConsentState> {
    let state = data::record(conn, subject, update)?;
    if let Subject::User(u) = *subject {
        if !state.allows(purpose::PERSONALIZATION) {
            interests::delete_interests(conn, u)?;
        }
        if !marketing_allowed(conn, u)? {
            offers::withdraw_offers(conn, u)?;
        }
        notify::forget_withdrawn(conn, u, &channels_without_consent(conn, u)?)?;
    }
    Ok(state)
}
