//! The "stop these" link of a campaign's message: it needs no sign-in (the token is the
//! message's own), and withdraws the marketing consent of the channel the message came by (the
//! inbox's copy: every marketing channel), recorded as receipts like any choice.

use expocx_contract::campaigns::{StopInfo, Stopped};
use expocx_contract::{Channel, ConsentChannel, ConsentDecision, ConsentUpdate};
use rusqlite::Connection;

use crate::db::campaigns::{self as store, results::stop_target};
use crate::db::consent::{self as data, Subject};
use crate::db::{Error, Result};

/// The marketing channels the link would stop now.
fn stops(conn: &Connection, user: i64, channel: Channel) -> Result<Vec<Channel>> {
    let blocked = super::super::consent::channels_without_consent(conn, user)?;
    Ok(Channel::ALL
        .into_iter()
        .filter(|c| c.marketing_purpose().is_some() && !blocked.contains(c))
        .filter(|c| channel == Channel::InApp || *c == channel)
        .collect())
}

/// What the link `token` stops (`404` for a token no message carries).
pub fn info(conn: &Connection, token: &str) -> Result<StopInfo> {
    let (user, channel, ex) = stop_target(conn, token)?.ok_or(Error::NotFound)?;
    Ok(StopInfo {
        exhibitor: store::exhibitor_name(conn, ex)?,
        channel,
        stops: stops(conn, user, channel)?,
    })
}

/// Withdraws what the link `token` stops, with a receipt per consent.
pub fn stop(conn: &mut Connection, token: &str) -> Result<Stopped> {
    let (user, channel, _) = stop_target(conn, token)?.ok_or(Error::NotFound)?;
    let stopped = stops(conn, user, channel)?;
    if stopped.is_empty() {
        return Ok(Stopped {
            stopped,
            receipt_ids: Vec::new(),
        });
    }
    let subject = Subject::User(user);
    let update = ConsentUpdate {
        policy_version: data::policy(conn)?.version,
        channel: ConsentChannel::StopLink,
        decisions: stopped
            .iter()
            .filter_map(|c| c.marketing_purpose())
            .map(|p| ConsentDecision {
                purpose: p.into(),
                granted: false,
            })
            .collect(),
        device_id: None,
        decided_at: None,
    };
    super::super::consent::record(conn, &subject, &update)?;
    let purposes: Vec<&str> = stopped
        .iter()
        .filter_map(|c| c.marketing_purpose())
        .collect();
    let receipts = data::receipts(conn, &subject)?;
    let receipt_ids = receipts
        .iter()
        .rev()
        .filter(|r| purposes.contains(&r.purpose.as_str()) && !r.granted)
        .take(purposes.len())
        .map(|r| r.id.clone())
        .collect();
    Ok(Stopped {
        stopped,
        receipt_ids,
    })
}
