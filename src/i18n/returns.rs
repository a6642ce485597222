//! After-sales texts (zh-Hans, zh-Hant, en) of the member center and the exhibitor's desk: only lazy chunks use them.

use expocx_contract::{ReturnReason, ReturnStatus};

pub use super::service::returns::*;
use crate::i18n::Text;

pub fn status(s: ReturnStatus) -> &'static Text {
    match s {
        ReturnStatus::Requested => &REQUESTED,
        ReturnStatus::Approved => &APPROVED,
        ReturnStatus::Rejected => &REJECTED,
        ReturnStatus::Received => &RECEIVED,
        ReturnStatus::Refunded => &REFUNDED,
    }
}

pub fn reason(r: ReturnReason) -> &'static Text {
    match r {
        ReturnReason::Damaged => &DAMAGED,
        ReturnReason::WrongItem => &WRONG,
        ReturnReason::NotAsDescribed => &NOT_AS,
        ReturnReason::ChangedMind => &MIND,
        ReturnReason::Other => &OTHER,
    }
}

pub fn reason_slug(r: ReturnReason) -> &'static str {
    match r {
        ReturnReason::Damaged => "damaged",
        ReturnReason::WrongItem => "wrong_item",
        ReturnReason::NotAsDescribed => "not_as_described",
        ReturnReason::ChangedMind => "changed_mind",
        ReturnReason::Other => "other",
    }
}
