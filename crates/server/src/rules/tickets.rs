//! After-sales rules: how fast a first answer is due by tier, and which status a ticket moves
//! to on each step (`None`: the step is not allowed). Documented in `expocx_contract::service`.

use chrono::Duration;
use expocx_contract::{TicketStatus, Tier};

/// How soon the staff owe a first answer to a member of `tier`.
pub fn respond_within(tier: Tier) -> Duration {
    Duration::hours(match tier {
        Tier::Gold => 2,
        Tier::Silver => 4,
        Tier::Member => 8,
    })
}

/// A reply by the member.
pub fn member_reply(now: TicketStatus) -> Option<TicketStatus> {
    use TicketStatus::*;
    match now {
        Open => Some(Open),
        WaitingForYou | InProgress => Some(InProgress),
        Resolved | Closed => None,
    }
}

/// A reply by the staff, moving the ticket to `wanted` (default: in progress).
pub fn staff_reply(now: TicketStatus, wanted: Option<TicketStatus>) -> Option<TicketStatus> {
    use TicketStatus::*;
    let to = wanted.unwrap_or(InProgress);
    let open = matches!(now, Open | WaitingForYou | InProgress);
    (open && matches!(to, InProgress | WaitingForYou | Resolved)).then_some(to)
}

/// The member reopens a resolved ticket, or marks an open one resolved.
pub fn member_sets(now: TicketStatus, to: TicketStatus) -> Option<TicketStatus> {
    use TicketStatus::*;
    match (now, to) {
        (Resolved, Open) => Some(Open),
        (Open | WaitingForYou | InProgress, Resolved) => Some(Resolved),
        _ => None,
    }
}

/// Rating closes a resolved ticket, once.
pub fn may_rate(now: TicketStatus) -> bool {
    now == TicketStatus::Resolved
}

#[cfg(test)]
mod tests {
    use super::*;
    use TicketStatus::*;

    #[test]
    fn higher_tiers_are_answered_sooner() {
        assert!(respond_within(Tier::Gold) < respond_within(Tier::Silver));
        assert!(respond_within(Tier::Silver) < respond_within(Tier::Member));
        assert_eq!(respond_within(Tier::Member), Duration::hours(8));
    }

    #[test]
    fn each_step_moves_the_ticket_or_is_refused() {
        for (now, want) in [
            (Open, Some(Open)),
            (WaitingForYou, Some(InProgress)),
            (InProgress, Some(InProgress)),
            (Resolved, None),
            (Closed, None),
        ] {
            assert_eq!(member_reply(now), want, "member replies to {now:?}");
        }
        for (now, wanted, want) in [
            (Open, None, Some(InProgress)),
            (Open, Some(WaitingForYou), Some(WaitingForYou)),
            (InProgress, Some(Resolved), Some(Resolved)),
            (Open, Some(Closed), None),
            (Open, Some(Open), None),
            (Resolved, None, None),
            (Closed, Some(InProgress), None),
        ] {
            assert_eq!(
                staff_reply(now, wanted),
                want,
                "staff answer {now:?} with {wanted:?}"
            );
        }
        for (now, to, want) in [
            (Resolved, Open, Some(Open)),
            (Closed, Open, None),
            (InProgress, Resolved, Some(Resolved)),
            (Resolved, Resolved, None),
            (Open, Closed, None),
        ] {
            assert_eq!(member_sets(now, to), want, "member sets {now:?} → {to:?}");
        }
        assert!(may_rate(Resolved));
        assert!(!may_rate(Open) && !may_rate(Closed));
    }
}
