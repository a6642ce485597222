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
        // The booth may call its part off (with a reason, refunded) until it is handed over
        // or on its way.
        (Paid | Confirmed, Cancelled) => true,
        (ReadyForPickup, Cancelled) => pickup,
        _ => false,
    }
}

/// The steps staff may take now, in the order the portal offers them.
pub fn next_steps(pickup: bool, from: OrderStatus) -> Vec<OrderStatus> {
    use OrderStatus::*;
    [Confirmed, ReadyForPickup, Shipped, Completed, Cancelled]
        .into_iter()
        .filter(|to| staff_may_move(pickup, from, *to))
        .collect()
}

/// The order's status from its parts' steps: the least advanced part still on, so the member
/// sees "completed" only when every exhibitor has handed over; "cancelled" when every part is.
/// `None` when a part is not a step of a paid order (then the order's own status stands).
pub fn order_status(parts: &[OrderStatus]) -> Option<OrderStatus> {
    let on: Vec<OrderStatus> = parts
        .iter()
        .copied()
        .filter(|s| *s != OrderStatus::Cancelled)
        .collect();
    if on.is_empty() && !parts.is_empty() {
        return Some(OrderStatus::Cancelled);
    }
    let mut least: Option<(u8, OrderStatus)> = None;
    for s in &on {
        let r = rank(*s)?;
        if least.is_none_or(|(lr, _)| r < lr) {
            least = Some((r, *s));
        }
    }
    least.map(|(_, s)| s)
}

/// What cancelling a part pays back: its share of what the order cost after discounts
/// (`part_subtotal / order_subtotal` of `order_total`, rounded down), never more than is left
/// unrefunded; the last part still on gets all that is left, so the shares add up to the total.
pub fn part_refund(
    part_subtotal: i64,
    order_subtotal: i64,
    order_total: i64,
    refunded: i64,
    last: bool,
) -> i64 {
    let left = (order_total - refunded).max(0);
    if last || order_subtotal <= 0 {
        return left;
    }
    let share = i128::from(part_subtotal) * i128::from(order_total) / i128::from(order_subtotal);
    (share as i64).clamp(0, left)
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
            (true, Paid, Cancelled, true),
            (false, Confirmed, Cancelled, true),
            (true, ReadyForPickup, Cancelled, true),
            (false, Shipped, Cancelled, false),
            (true, Cancelled, Cancelled, false),
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
        assert_eq!(
            next_steps(true, Paid),
            vec![Confirmed, Completed, Cancelled]
        );
        assert_eq!(
            next_steps(true, Confirmed),
            vec![ReadyForPickup, Completed, Cancelled]
        );
        assert_eq!(next_steps(false, Confirmed), vec![Shipped, Cancelled]);
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
            (vec![Confirmed, Cancelled], Some(Confirmed)),
            (vec![Cancelled, Completed], Some(Completed)),
            (vec![Cancelled, Cancelled], Some(Cancelled)),
            (vec![Paid, AwaitingPayment], None),
            (vec![], None),
        ] {
            assert_eq!(order_status(&parts), want, "{parts:?}");
        }
    }

    #[test]
    fn a_cancelled_part_pays_back_its_share_and_the_shares_add_up() {
        for (part, subtotal, total, refunded, last, want) in [
            // No discount: the part's subtotal.
            (4_000, 10_000, 10_000, 0, false, 4_000),
            // 10 % off the order: 10 % off the part.
            (4_000, 10_000, 9_000, 0, false, 3_600),
            // Rounded down; the last part gets the rest, so 1/3 + 1/3 + rest = total.
            (1_000, 3_000, 2_000, 0, false, 666),
            (1_000, 3_000, 2_000, 666, false, 666),
            (1_000, 3_000, 2_000, 1_332, true, 668),
            // Never more than is left.
            (9_000, 10_000, 10_000, 5_000, false, 5_000),
            (0, 0, 0, 0, false, 0),
        ] {
            assert_eq!(
                part_refund(part, subtotal, total, refunded, last),
                want,
                "{part} of {subtotal} paid {total}, {refunded} back already"
            );
        }
    }
}
