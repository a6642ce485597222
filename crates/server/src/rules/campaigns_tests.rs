use expocx_contract::QuietHours;

use super::*;
use crate::rules::notify::tests::at;
use crate::rules::notify::{default_prefs, Reason};

fn prefs() -> NotificationPrefs {
    let mut p = default_prefs();
    for k in &mut p.kinds {
        if k.kind == MessageKind::Offers {
            k.channels = vec![Channel::InApp, Channel::Sms, Channel::Wechat];
        }
    }
    p.quiet_hours = Some(QuietHours { from: 22, to: 8 });
    p
}

#[test]
fn every_guardrail_in_its_order() {
    let limits = Limits {
        per_member: 1,
        budget_minor: 10_000,
    };
    let room = Spending {
        committed_minor: 9_000,
        this_coupon_minor: 1_000,
    };
    let over = Spending {
        committed_minor: 9_001,
        ..room
    };
    let ok = Member {
        consented: true,
        ..Member::default()
    };
    let day = at(10, 0);
    type Case = (
        &'static str,
        Member,
        Channel,
        Spending,
        DateTime<Utc>,
        Outcome,
    );
    let table: &[Case] = &[
        ("all clear", ok, Channel::Wechat, room, day, Outcome::Send),
        (
            "budget exactly met",
            ok,
            Channel::Sms,
            room,
            day,
            Outcome::Send,
        ),
        (
            "erased or signed out everywhere",
            Member {
                inactive: true,
                held_out: true,
                ..ok
            },
            Channel::Wechat,
            room,
            day,
            Outcome::Skip(Why::Inactive),
        ),
        (
            "held out",
            Member {
                held_out: true,
                strong_intent: true,
                ..ok
            },
            Channel::Wechat,
            room,
            day,
            Outcome::Skip(Why::Holdout),
        ),
        (
            "strong intent",
            Member {
                strong_intent: true,
                sent_before: 3,
                ..ok
            },
            Channel::Wechat,
            room,
            day,
            Outcome::Skip(Why::StrongIntent),
        ),
        (
            "frequency limit",
            Member {
                sent_before: 1,
                ..ok
            },
            Channel::Wechat,
            over,
            day,
            Outcome::Skip(Why::FrequencyLimit),
        ),
        (
            "budget spent",
            ok,
            Channel::Wechat,
            over,
            day,
            Outcome::Skip(Why::BudgetSpent),
        ),
        (
            "no consent at send time",
            Member {
                consented: false,
                ..ok
            },
            Channel::Wechat,
            room,
            day,
            Outcome::Skip(Why::Outbox(Reason::NoConsent)),
        ),
        (
            "weekly cap across exhibitors",
            Member {
                offers_this_week: 2,
                ..ok
            },
            Channel::Wechat,
            room,
            day,
            Outcome::Skip(Why::Outbox(Reason::WeeklyCap)),
        ),
        (
            "a channel they did not choose",
            ok,
            Channel::Email,
            room,
            day,
            Outcome::Skip(Why::Outbox(Reason::NotChosen)),
        ),
        (
            "quiet hours: deferred to their end",
            ok,
            Channel::Sms,
            room,
            at(23, 30),
            Outcome::Defer(at(8, 0) + Duration::days(1)),
        ),
        (
            "the inbox needs a marketing consent on some channel",
            Member {
                consented: false,
                ..ok
            },
            Channel::InApp,
            room,
            day,
            Outcome::Skip(Why::Outbox(Reason::NoConsent)),
        ),
        (
            "the inbox has no quiet hours",
            ok,
            Channel::InApp,
            room,
            at(23, 30),
            Outcome::Send,
        ),
    ];
    for (what, member, channel, spending, now, want) in table {
        let got = decide(member, *channel, &prefs(), (limits, *spending), *now);
        assert_eq!(got, *want, "{what}");
    }
    assert_eq!(Why::Outbox(Reason::NoConsent).code(), "no_consent");
    assert_eq!(Why::StrongIntent.code(), "strong_intent");
}

#[test]
fn strong_intent_is_a_recent_order_or_checkout_or_a_quote_being_answered() {
    let now = at(12, 0);
    let table = [
        (None, false, false),
        (Some(now - Duration::hours(23)), false, true),
        (Some(now - Duration::hours(24)), false, false),
        (Some(now - Duration::days(3)), true, true),
    ];
    for (last, quote, want) in table {
        assert_eq!(strong_intent(last, quote, now), want, "{last:?} {quote}");
    }
}

#[test]
fn the_holdout_is_stable_close_to_its_share_and_differs_between_campaigns() {
    let users = 1..=10_000i64;
    let held: Vec<i64> = users.clone().filter(|u| held_out(7, *u, 100)).collect();
    assert!(
        (900..=1100).contains(&held.len()),
        "{} of 10,000 at 10 %",
        held.len()
    );
    let again: Vec<i64> = users.clone().filter(|u| held_out(7, *u, 100)).collect();
    assert_eq!(held, again, "chosen once, the same every time");
    let other = users.clone().filter(|u| held_out(8, *u, 100));
    let both = other.filter(|u| held.binary_search(u).is_ok()).count();
    assert!(
        both < 200,
        "another campaign holds out others ({both} in both, ~100 by chance)"
    );
    assert_eq!(users.clone().filter(|u| held_out(7, *u, 0)).count(), 0);
    assert_eq!(users.filter(|u| held_out(7, *u, 1000)).count(), 10_000);
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-3
}

#[test]
fn lift_and_its_interval_match_a_hand_computed_example() {
    // Sent 1,000: 120 bought; holdout 100: 8 bought.
    // p = .12 and .08, difference .04; se = √(.12·.88/1000 + .08·.92/100) = √.0008416 = .029010;
    // 95 %: .04 ± 1.96·.029010 = (−.01686, .09686).
    // Revenue (minor units): sent Σx 600,000, Σx² 4.0e9 → mean 600, variance
    // (4.0e9 − 1000·600²)/999 = 3,643,643.6; holdout Σx 40,000, Σx² 2.4e8 → mean 400, variance
    // (2.4e8 − 100·400²)/99 = 2,262,626.3. se = √(3,643.64 + 22,626.26) = 162.08; difference 200
    // per member → incremental 200,000 (1,000 members), 95 %: (200 ∓ 317.67)·1000.
    let sent = Group {
        members: 1000,
        converted: 120,
        revenue_sum: 600_000.0,
        revenue_sq_sum: 4.0e9,
    };
    let holdout = Group {
        members: 100,
        converted: 8,
        revenue_sum: 40_000.0,
        revenue_sq_sum: 2.4e8,
    };
    let l = lift(&sent, &holdout, 50_000);
    assert!(close(l.conversion_sent, 0.12) && close(l.conversion_holdout, 0.08));
    let (d, lo, hi) = l.conversion_lift;
    assert!(
        close(d, 0.04) && close(lo, -0.01686) && close(hi, 0.09686),
        "{:?}",
        l.conversion_lift
    );
    assert!(close(l.revenue_per_member_sent, 600.0) && close(l.revenue_per_member_holdout, 400.0));
    let (inc, lo, hi) = l.incremental_revenue;
    assert!((inc - 200_000.0).abs() < 1.0, "{inc}");
    assert!(
        (lo - -117_670.0).abs() < 100.0 && (hi - 517_670.0).abs() < 100.0,
        "{lo} {hi}"
    );
    // ROI: (200,000 − 50,000) / 50,000 = 3.
    assert!(close(l.roi.unwrap(), 3.0));
    // No discounts: no ROI; empty groups measure nothing rather than dividing by zero.
    assert_eq!(lift(&sent, &holdout, 0).roi, None);
    let none = lift(&Group::default(), &Group::default(), 0);
    assert_eq!(none.conversion_lift, (0.0, 0.0, 0.0));
    assert_eq!(none.incremental_revenue, (0.0, 0.0, 0.0));
}
