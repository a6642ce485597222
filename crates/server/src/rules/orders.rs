//! The order's life: which status may follow which, and when an unpaid order expires.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::OrderStatus;

/// How long an unpaid order holds its stock and pickup slot, and how many may be open at once.
#[derive(Debug, Clone)]
pub struct OrderRules {
    pub pay_within: Duration,
    pub max_open_unpaid: u32,
}

impl Default for OrderRules {
    fn default() -> Self {
        OrderRules {
            pay_within: Duration::minutes(30),
            max_open_unpaid: 3,
        }
    }
}

impl OrderRules {
    /// When an order placed at `placed_at` stops waiting for payment.
    pub fn pay_by(&self, placed_at: DateTime<Utc>) -> DateTime<Utc> {
        placed_at + self.pay_within
    }

    /// Whether an order in `status`, placed at `placed_at`, has expired by `now`.
    pub fn expired(
        &self,
        status: OrderStatus,
        placed_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        status == OrderStatus::AwaitingPayment && now >= self.pay_by(placed_at)
    }

    /// Whether one more unpaid order may be placed when `open` are waiting already.
    pub fn may_place(&self, open: u32) -> bool {
        open < self.max_open_unpaid
    }
}

/// Whether an order may go from `from` to `to`. Expired and cancelled are final; a paid order
/// is fulfilled by pickup or shipping, then completed.
pub fn may_move(from: OrderStatus, to: OrderStatus) -> bool {
    use OrderStatus::*;
    matches!(
        (from, to),
        (AwaitingPayment, Paid | Cancelled | Expired)
            | (
                Paid,
                Confirmed | ReadyForPickup | Shipped | Completed | Cancelled
            )
            | (Confirmed, ReadyForPickup | Shipped | Completed)
            | (ReadyForPickup | Shipped, Completed)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use OrderStatus::*;

    #[test]
    fn unpaid_orders_expire_after_the_payment_window() {
        let rules = OrderRules::default();
        let placed = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let m = Duration::minutes;
        for (status, after, want) in [
            (AwaitingPayment, m(0), false),
            (AwaitingPayment, m(29), false),
            (AwaitingPayment, m(30), true),
            (AwaitingPayment, m(600), true),
            (Paid, m(600), false),
            (Cancelled, m(600), false),
        ] {
            assert_eq!(
                rules.expired(status, placed, placed + after),
                want,
                "{status:?} +{after}"
            );
        }
    }

    #[test]
    fn open_unpaid_orders_are_capped() {
        let rules = OrderRules {
            max_open_unpaid: 2,
            ..Default::default()
        };
        for (open, want) in [(0, true), (1, true), (2, false), (9, false)] {
            assert_eq!(rules.may_place(open), want, "{open}");
        }
    }

    #[test]
    fn statuses_follow_the_order_life() {
        for (from, to, want) in [
            (AwaitingPayment, Paid, true),
            (AwaitingPayment, Expired, true),
            (AwaitingPayment, Completed, false),
            (Paid, ReadyForPickup, true),
            (Paid, AwaitingPayment, false),
            (ReadyForPickup, Completed, true),
            (Shipped, Completed, true),
            (Expired, Paid, false),
            (Cancelled, Paid, false),
            (Completed, Cancelled, false),
            // The member may cancel until the exhibitor confirms (ready for pickup / shipped).
            (AwaitingPayment, Cancelled, true),
            (Paid, Cancelled, true),
            (ReadyForPickup, Cancelled, false),
            (Paid, Confirmed, true),
            (Confirmed, Cancelled, false),
            (Confirmed, Paid, false),
            (Shipped, Cancelled, false),
            (Expired, Cancelled, false),
        ] {
            assert_eq!(may_move(from, to), want, "{from:?} → {to:?}");
        }
    }
}
