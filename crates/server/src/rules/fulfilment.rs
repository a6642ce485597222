//! The exhibitor's steps for its part of an order, and the order's status that follows from
//! the steps of all its parts (an order may have parts of several exhibitors).

use expocx_contract::OrderStatus;

/// How far a part has come: paid (nothing done yet), confirmed, handed over to pickup or
/// shipping, completed. `None` for statuses that are not steps of a paid order.
fn rank(s: OrderStatus) -> Option<u8> {
    use OrderStatus::*;
    match s {
        Paid => Some(0),
        Confirmed => Some(1),
        ReadyForPickup | Shipped => Some(2),
        Completed => Some(3),
        AwaitingPayment | Cancelled | Expired => None,
    }
}

/// Whether staff may move their part from `from` to `to`. A pickup part is completed at the
/// booth (from paid, confirmed or ready: the visitor may come before staff marked it ready);
/// a delivery part is shipped with a tracking number, then completed.
pub fn staff_may_move(pickup: bool, from: OrderStatus, to: OrderStatus) -> bool {
    use OrderStatus::*;
    match (from, to) {
        (Paid, Confirmed) => true,
        (Confirmed, ReadyForPickup) => pickup,
        (Paid | Confirmed | ReadyForPickup, Completed) => pickup,
        (Confirmed, Shipped) | (Shipped, Completed) => !pickup,
        _ => false,
    }
}

/// The steps staff may take now, in the order the portal offers them.
pub fn next_steps(pickup: bool, from: OrderStatus) -> Vec<OrderStatus> {
    use OrderStatus::*;
    [Confirmed, ReadyForPickup, Shipped, Completed]
        .into_iter()
        .filter(|to| staff_may_move(pickup, from, *to))
        .collect()
}

/// The order's status from its parts' steps: the least advanced part, so the member sees
/// "completed" only when every exhibitor has handed over. `None` when a part is not a step of
/// a paid order (then the order's own status stands).
pub fn order_status(parts: &[OrderStatus]) -> Option<OrderStatus> {
    let mut least: Option<(u8, OrderStatus)> = None;
    for s in parts {
        let r = rank(*s)?;
        if least.is_none_or(|(lr, _)| r < lr) {
            least = Some((r, *s));
        }
    }
    least.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderStatus::*;

    #[test]
    fn staff_steps_follow_the_fulfilment_method() {
        for (pickup, from, to, want) in [
            (true, Paid, Confirmed, true),
            (false, Paid, Confirmed, true),
            (true, Confirmed, ReadyForPickup, true),
            (false, Confirmed, ReadyForPickup, false),
            (false, Confirmed, Shipped, true),
            (true, Confirmed, Shipped, false),
            (true, ReadyForPickup, Completed, true),
            (true, Paid, Completed, true),
            (false, Paid, Completed, false),
            (false, Confirmed, Completed, false),
            (false, Shipped, Completed, true),
            (true, Completed, Completed, false),
            (true, AwaitingPayment, Confirmed, false),
            (true, Cancelled, Confirmed, false),
            (true, Expired, Completed, false),
            (true, Confirmed, Paid, false),
            (true, Completed, Cancelled, false),
        ] {
            assert_eq!(
                staff_may_move(pickup, from, to),
                want,
                "pickup={pickup} {from:?}→{to:?}"
            );
        }
    }

    #[test]
    fn the_portal_offers_only_the_allowed_steps() {
        assert_eq!(next_steps(true, Paid), vec![Confirmed, Completed]);
        assert_eq!(next_steps(true, Confirmed), vec![ReadyForPickup, Completed]);
        assert_eq!(next_steps(false, Confirmed), vec![Shipped]);
        assert_eq!(next_steps(false, Shipped), vec![Completed]);
        assert!(next_steps(true, Completed).is_empty());
        assert!(next_steps(true, Cancelled).is_empty());
    }

    #[test]
    fn the_order_follows_its_least_advanced_part() {
        for (parts, want) in [
            (vec![Confirmed], Some(Confirmed)),
            (vec![Completed, Paid], Some(Paid)),
            (vec![Completed, ReadyForPickup], Some(ReadyForPickup)),
            (vec![Shipped, Completed], Some(Shipped)),
            (vec![Completed, Completed], Some(Completed)),
            (vec![Confirmed, Cancelled], None),
            (vec![], None),
        ] {
            assert_eq!(order_status(&parts), want, "{parts:?}");
        }
    }
}
