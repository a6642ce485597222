//! The quote's state machine (issue 24): which actions each side may take in each state, and
//! where each leads. An expired revision can no longer be accepted however long the buyer's page
//! was left open: `expired` is computed from the revision's validity at the time of the request.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use expocx_contract::quotes::{QuoteAction, QuoteSide, QuoteStatus};
use expocx_contract::Tier;

/// How soon the exhibitor owes a first answer (and an answer to a change asked for), by the
/// buyer's tier: counted like tickets, a working day at most.
pub fn answer_within(tier: Tier) -> Duration {
    Duration::hours(match tier {
        Tier::Gold => 8,
        Tier::Silver => 16,
        Tier::Member => 24,
    })
}

/// The instant a revision valid until `day` stops being valid: the end of that day in the
/// venue's time zone.
pub fn valid_end(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    crate::rules::dashboard::day_start(day + Duration::days(1), tz)
}

/// The median of `minutes` (the lower middle one of an even count); none when empty.
pub fn median(mut minutes: Vec<i64>) -> Option<u32> {
    minutes.sort_unstable();
    let mid = minutes.len().checked_sub(1)? / 2;
    u32::try_from(minutes[mid].max(0)).ok()
}

/// `won` of `decided`, in basis points; none before anything was decided.
pub fn win_rate(won: u32, decided: u32) -> Option<u32> {
    (decided > 0).then(|| (u64::from(won) * 10_000 / u64::from(decided)) as u32)
}

/// Buyers are told this long before a quote's validity ends.
pub fn expiry_notice() -> Duration {
    Duration::hours(24)
}

/// The actions `side` may take on a quote in `status`; `expired` when the latest revision's
/// validity has ended.
pub fn actions(status: QuoteStatus, side: QuoteSide, expired: bool) -> Vec<QuoteAction> {
    use QuoteAction::*;
    use QuoteSide::*;
    use QuoteStatus::*;
    let status = effective(status, expired);
    let open: &[QuoteAction] = match (status, side) {
        (Requested, Buyer) => &[Decline, Message],
        (Requested, Exhibitor) => &[Answer, Withdraw, Message],
        (Quoted, Buyer) => &[Accept, Decline, AskChange, Message],
        (Quoted, Exhibitor) => &[Revise, Withdraw, Message],
        // The buyer can still ask for a fresh quote on an expired one; staff can revise it.
        (Expired, Buyer) => &[AskChange, Message],
        (Expired, Exhibitor) => &[Revise, Message],
        (Accepted | Ordered, _) => &[Message],
        (Declined | Withdrawn | QuoteStatus::Unknown, _) => &[],
    };
    open.to_vec()
}

/// The status a quote is in for its actions: a quoted one whose validity ended is expired.
pub fn effective(status: QuoteStatus, expired: bool) -> QuoteStatus {
    match status {
        QuoteStatus::Quoted if expired => QuoteStatus::Expired,
        s => s,
    }
}

/// Where `action` by `side` leads from `status`, or `None` when it is not open now (the server
/// answers `409` with the reason).
pub fn after(
    status: QuoteStatus,
    side: QuoteSide,
    expired: bool,
    action: QuoteAction,
) -> Option<QuoteStatus> {
    use QuoteAction::*;
    if !actions(status, side, expired).contains(&action) {
        return None;
    }
    Some(match action {
        Accept => QuoteStatus::Accepted,
        Decline => QuoteStatus::Declined,
        AskChange => QuoteStatus::Requested,
        Answer | Revise => QuoteStatus::Quoted,
        Withdraw => QuoteStatus::Withdrawn,
        Message | Unknown => effective(status, expired),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuoteAction::*;
    use QuoteSide::*;
    use QuoteStatus::*;

    #[test]
    fn each_side_may_take_only_the_steps_the_table_allows() {
        // (status, expired, side, action, leads to)
        let table = [
            (Requested, false, Exhibitor, Answer, Some(Quoted)),
            (Requested, false, Buyer, Accept, None),
            (Requested, false, Buyer, Decline, Some(Declined)),
            (Requested, false, Exhibitor, Withdraw, Some(Withdrawn)),
            (Quoted, false, Buyer, Accept, Some(Accepted)),
            (Quoted, false, Buyer, AskChange, Some(Requested)),
            (Quoted, false, Exhibitor, Revise, Some(Quoted)),
            (Quoted, false, Exhibitor, Accept, None),
            (Quoted, false, Buyer, Revise, None),
            (Quoted, true, Buyer, Accept, None),
            (Quoted, true, Buyer, AskChange, Some(Requested)),
            (Quoted, true, Exhibitor, Revise, Some(Quoted)),
            (Quoted, true, Exhibitor, Withdraw, None),
            (Accepted, false, Exhibitor, Withdraw, None),
            (Accepted, false, Buyer, Decline, None),
            (Ordered, false, Buyer, Message, Some(Ordered)),
            (Declined, false, Buyer, Message, None),
            (Withdrawn, false, Exhibitor, Revise, None),
        ];
        for (status, expired, side, action, want) in table {
            assert_eq!(
                after(status, side, expired, action),
                want,
                "{side:?} {action:?} on {status:?} (expired: {expired})"
            );
        }
    }

    #[test]
    fn a_quote_is_valid_to_the_end_of_its_last_day_at_the_venue() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let shanghai: Tz = "Asia/Shanghai".parse().unwrap();
        // Midnight in Shanghai is 16:00 UTC the day before.
        assert_eq!(
            valid_end(day, shanghai).to_rfc3339(),
            "2026-12-10T16:00:00+00:00"
        );
        assert_eq!(
            valid_end(day, chrono_tz::UTC).to_rfc3339(),
            "2026-12-11T00:00:00+00:00"
        );
        assert!(answer_within(Tier::Gold) < answer_within(Tier::Member));
    }

    #[test]
    fn the_desks_figures_are_a_median_and_a_share() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![40]), Some(40));
        assert_eq!(median(vec![90, 10, 30]), Some(30));
        assert_eq!(median(vec![90, 10, 30, 20]), Some(20));
        assert_eq!(win_rate(0, 0), None);
        assert_eq!(win_rate(1, 3), Some(3_333));
        assert_eq!(win_rate(2, 2), Some(10_000));
    }

    #[test]
    fn the_actions_sent_with_a_quote_are_exactly_those_that_lead_somewhere() {
        let all = [
            Accept, Decline, AskChange, Answer, Revise, Withdraw, Message,
        ];
        for status in [
            Requested, Quoted, Accepted, Ordered, Declined, Expired, Withdrawn,
        ] {
            for side in [Buyer, Exhibitor] {
                for expired in [false, true] {
                    let open = actions(status, side, expired);
                    for a in all {
                        assert_eq!(open.contains(&a), after(status, side, expired, a).is_some());
                    }
                }
            }
        }
        assert_eq!(effective(Quoted, true), Expired);
        assert_eq!(
            effective(Accepted, true),
            Accepted,
            "an accepted quote does not expire"
        );
    }
}
