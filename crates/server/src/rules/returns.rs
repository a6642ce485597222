//! Return rules: which orders may have lines returned, the steps a return takes, and what a
//! refund gives back (money and points). Documented in `expocx_contract::returns`.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{OrderStatus, ReturnStatus, RETURN_WINDOW_DAYS};

/// Whether an order in `status`, placed at `placed_at`, may have lines returned at `now`.
pub fn may_request(status: OrderStatus, placed_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    use OrderStatus::*;
    matches!(
        status,
        Paid | Confirmed | ReadyForPickup | Shipped | Completed
    ) && now < placed_at + Duration::days(RETURN_WINDOW_DAYS)
}

/// Whether the staff may move a return from `from` to `to`.
pub fn may_move(from: ReturnStatus, to: ReturnStatus) -> bool {
    use ReturnStatus::*;
    matches!(
        (from, to),
        (Requested, Approved | Rejected) | (Approved, Received) | (Received, Refunded)
    )
}

/// What `line_minor` (price × quantity) refunds from an order of `subtotal_minor` that had
/// `discount_minor` off: the price less the line's share of the discount, never negative.
pub fn refund(line_minor: i64, subtotal_minor: i64, discount_minor: i64) -> i64 {
    if subtotal_minor <= 0 {
        return 0;
    }
    let share = (i128::from(discount_minor) * i128::from(line_minor)) / i128::from(subtotal_minor);
    (line_minor - share as i64).max(0)
}

/// Points taken back for `refund_minor` of an order of `total_minor` that earned `earned`.
pub fn points_back(earned: i64, refund_minor: i64, total_minor: i64) -> i64 {
    if total_minor <= 0 {
        return 0;
    }
    ((i128::from(earned) * i128::from(refund_minor)) / i128::from(total_minor)) as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn paid_orders_can_return_lines_for_thirty_days() {
        use OrderStatus::*;
        let placed = Utc.with_ymd_and_hms(2026, 11, 1, 10, 0, 0).unwrap();
        let d = Duration::days;
        for (status, after, want) in [
            (Paid, d(0), true),
            (ReadyForPickup, d(3), true),
            (Confirmed, d(1), true),
            (Completed, d(29), true),
            (Completed, d(30), false),
            (Shipped, d(10), true),
            (AwaitingPayment, d(1), false),
            (Cancelled, d(1), false),
            (Expired, d(1), false),
        ] {
            assert_eq!(
                may_request(status, placed, placed + after),
                want,
                "{status:?} +{after}"
            );
        }
    }

    #[test]
    fn a_return_goes_step_by_step() {
        use ReturnStatus::*;
        for (from, to, want) in [
            (Requested, Approved, true),
            (Requested, Rejected, true),
            (Requested, Refunded, false),
            (Approved, Received, true),
            (Approved, Rejected, false),
            (Received, Refunded, true),
            (Rejected, Approved, false),
            (Refunded, Received, false),
        ] {
            assert_eq!(may_move(from, to), want, "{from:?} → {to:?}");
        }
    }

    #[test]
    fn refunds_carry_their_share_of_the_discount_and_points() {
        for (line, subtotal, discount, want) in [
            (10_000, 10_000, 0, 10_000),
            (5_000, 10_000, 1_000, 4_500),
            (3_333, 10_000, 1_000, 3_000),
            (10_000, 10_000, 20_000, 0),
            (1_000, 0, 0, 0),
        ] {
            assert_eq!(
                refund(line, subtotal, discount),
                want,
                "{line}/{subtotal} -{discount}"
            );
        }
        for (earned, refund, total, want) in [
            (129, 12_900, 12_900, 129),
            (129, 6_450, 12_900, 64),
            (0, 5_000, 12_900, 0),
            (100, 1, 0, 0),
        ] {
            assert_eq!(points_back(earned, refund, total), want);
        }
    }
}
