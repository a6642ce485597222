//! What booth staff capture with no signal (badge scans, business cards, notes on a lead): the
//! queue kept on the phone, in the order it was made, and what each answer means for the
//! item sent. No web APIs here: `lead_sync` stores the queue and sends it.
//!
//! Each item carries the `Idempotency-Key` made when it was first tried, so sending it again
//! (after a timeout whose request did arrive) never records it twice; a scan sent later carries
//! the time it was made (`scanned_at`).

use chrono::{DateTime, Duration, Utc};
use expocx_contract::leads::{NewCardLead, NewLeadNote};
use expocx_contract::{BadgeScan, ErrorCode, Timestamp};
use serde::{Deserialize, Serialize};

use crate::api::ApiError;

/// What a member's badge QR code says before its 32 hexadecimal digits and signature.
pub const BADGE_PREFIX: &str = "EXPOCX:BADGE:";

/// How many refused items the phone keeps listed (the oldest go first).
pub const FAILED_KEPT: usize = 20;

/// The server takes a scan's time up to this long after it was made.
const SCAN_TIME_DAYS: i64 = 7;

/// Whether `code` has an ExpoCX badge's shape (`EXPOCX:BADGE:`, 32 lowercase hexadecimal
/// digits, `.` and an 86-character base64url signature): anything else is refused on the phone,
/// without a request. Whether the signature is the server's is `badge_key::genuine`'s.
pub fn is_badge_code(code: &str) -> bool {
    let Some((hex, sig)) = code
        .strip_prefix(BADGE_PREFIX)
        .and_then(|rest| rest.split_once('.'))
    else {
        return false;
    };
    hex.len() == 32
        && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && sig.len() == 86
        && sig
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A capture and its body, as the endpoint takes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body", rename_all = "snake_case")]
pub enum Capture {
    /// `POST /exhibitor/badge-scans`.
    Scan(BadgeScan),
    /// `POST /exhibitor/leads`.
    Card(NewCardLead),
    /// `POST /exhibitor/leads/{lead_id}/notes`.
    Note { lead_id: i64, note: NewLeadNote },
}

/// A capture waiting on the phone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queued {
    /// Made once, when the capture was first tried; every attempt sends it.
    pub key: String,
    #[serde(flatten)]
    pub capture: Capture,
    /// When it was made on the phone.
    pub scanned_at: Timestamp,
}

impl Queued {
    /// A capture as first tried, at once: a scan says no time (the server's clock is the
    /// truth while there is a signal).
    pub fn new(key: String, capture: Capture, at: Timestamp) -> Self {
        Queued {
            key,
            capture,
            scanned_at: at,
        }
    }

    /// The same capture kept for later: a scan now says when it was made.
    pub fn kept(mut self) -> Self {
        if let Capture::Scan(scan) = &mut self.capture {
            scan.scanned_at = Some(self.scanned_at);
        }
        self
    }

    /// The lead a note is for.
    pub fn note_for(&self) -> Option<i64> {
        match &self.capture {
            Capture::Note { lead_id, .. } => Some(*lead_id),
            _ => None,
        }
    }
}

/// Why the server refused an item: it is dropped from the queue and listed as not sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// `404` on a scan: not a badge, or one its holder replaced.
    NotABadge,
    /// `404` on a note: the lead is not there (any more).
    LeadGone,
    /// A scan sent more than 7 days after it was made.
    TooOld,
    /// `422`: what was typed is not accepted.
    Invalid,
    /// `403`: this account may not record leads.
    NotAllowed,
    /// `409` on a note: the lead has as many notes as it can take.
    TooManyNotes,
    /// Any other refusal.
    Other,
}

/// An item the server refused, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Failed {
    pub item: Queued,
    pub reason: Refusal,
}

/// What an attempt to send an item came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Recorded (now, or by an earlier attempt): off the queue.
    Sent,
    /// Not sent (no signal, a passing server fault): stays first in the queue.
    Keep,
    /// Sent again at once, as this (a scan whose time the server refused though it is recent:
    /// the phone's clock is off, so the scan goes with the server's time instead).
    Resend(Queued),
    /// Refused: off the queue, listed as not sent.
    Refused(Refusal),
}

/// What the failure `err` of sending `item` means, at `now`.
pub fn verdict(item: &Queued, err: &ApiError, now: DateTime<Utc>) -> Verdict {
    let (status, problem) = match err {
        ApiError::Network | ApiError::Timeout | ApiError::Aborted => return Verdict::Keep,
        // A success whose answer could not be read: it was recorded.
        ApiError::Decode(_) => return Verdict::Sent,
        ApiError::Problem { status, problem } => (*status, problem.as_ref()),
    };
    // Not the item's fault: the server, rate limits, a session to renew.
    if status >= 500 || matches!(status, 401 | 408 | 429) {
        return Verdict::Keep;
    }
    let code = problem.map(|p| p.code);
    // The key is known with another body: an earlier attempt was recorded.
    if code == Some(ErrorCode::IdempotencyConflict) {
        return Verdict::Sent;
    }
    let scan = match &item.capture {
        Capture::Scan(s) => Some(s),
        _ => None,
    };
    let reason = match status {
        404 if scan.is_some() => Refusal::NotABadge,
        404 if item.note_for().is_some() => Refusal::LeadGone,
        403 => Refusal::NotAllowed,
        409 if item.note_for().is_some() => Refusal::TooManyNotes,
        422 => {
            let fields: Vec<&str> = problem
                .map(|p| p.errors.iter().map(|e| e.field.as_str()).collect())
                .unwrap_or_default();
            let only_time = !fields.is_empty() && fields.iter().all(|f| *f == "scanned_at");
            match scan {
                Some(s) if only_time && s.scanned_at.is_some() => {
                    let made: DateTime<Utc> = item.scanned_at.into();
                    if now - made > Duration::days(SCAN_TIME_DAYS) {
                        Refusal::TooOld
                    } else {
                        let mut again = item.clone();
                        if let Capture::Scan(s) = &mut again.capture {
                            s.scanned_at = None;
                        }
                        return Verdict::Resend(again);
                    }
                }
                _ => Refusal::Invalid,
            }
        }
        _ => Refusal::Other,
    };
    Verdict::Refused(reason)
}

/// The captures waiting on this phone for one account, oldest first, and those refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    #[serde(default)]
    pub items: Vec<Queued>,
    #[serde(default)]
    pub failed: Vec<Failed>,
}

impl Queue {
    /// Adds `item` last; an item already there (same key) is not added twice.
    pub fn add(&mut self, item: Queued) {
        if !self.items.iter().any(|i| i.key == item.key) {
            self.items.push(item);
        }
    }

    /// The item to send next.
    pub fn first(&self) -> Option<&Queued> {
        self.items.first()
    }

    /// How many wait to be sent.
    pub fn waiting(&self) -> usize {
        self.items.len()
    }

    /// Applies what sending the item `key` came to.
    pub fn settle(&mut self, key: &str, verdict: Verdict) {
        let Some(at) = self.items.iter().position(|i| i.key == key) else {
            return;
        };
        match verdict {
            Verdict::Keep => {}
            Verdict::Sent => {
                self.items.remove(at);
            }
            Verdict::Resend(again) => self.items[at] = again,
            Verdict::Refused(reason) => {
                let item = self.items.remove(at);
                self.failed.push(Failed { item, reason });
                let over = self.failed.len().saturating_sub(FAILED_KEPT);
                self.failed.drain(..over);
            }
        }
    }

    /// Takes a refused item off the list (staff have seen it).
    pub fn dismiss(&mut self, key: &str) {
        self.failed.retain(|f| f.item.key != key);
    }

    /// The notes waiting for lead `id`, oldest first.
    pub fn notes_for(&self, id: i64) -> Vec<Queued> {
        self.items
            .iter()
            .filter(|i| i.note_for() == Some(id))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
#[path = "lead_queue_tests.rs"]
mod tests;
