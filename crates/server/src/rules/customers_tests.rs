use super::*;

fn buyer(orders: u32, days: u32, first: u32, last: u32) -> Facts {
    Facts {
        orders,
        order_days: days,
        first_order_days_ago: (orders > 0).then_some(first),
        last_order_days_ago: (orders > 0).then_some(last),
        last_contact_days_ago: last,
        revenue_minor: 10_000 * i64::from(orders),
        fair_spend_minor: 40_000,
        ..Facts::default()
    }
}

#[test]
fn the_four_values_follow_their_formulas() {
    // (facts, satisfaction, loyalty, retained)
    let rated = |r: &[u8]| Facts {
        ratings: r.to_vec(),
        ..buyer(1, 1, 2, 2)
    };
    let table = [
        // No rating: 80; one order, a quarter of their fair spending: loyalty 12.5 → 13.
        (buyer(1, 1, 2, 2), 80, 13, false),
        (rated(&[5, 4]), 90, 13, false),
        (rated(&[1]), 20, 13, false),
        // Two orders on two days, half their spending: 12.5 + 25 → 38 (rounded half away).
        (buyer(2, 2, 3, 1), 80, 38, true),
        // Five orders: repeat maxed (50) and all of their spending (capped at 50).
        (
            Facts {
                fair_spend_minor: 50_000,
                ..buyer(5, 3, 3, 0)
            },
            80,
            100,
            true,
        ),
        // One of two orders returned: 80 − 20.
        (
            Facts {
                returned_or_cancelled: 1,
                ..buyer(2, 1, 2, 2)
            },
            60,
            38,
            false,
        ),
        // A lead who never ordered.
        (
            Facts {
                fair_spend_minor: 0,
                ..buyer(0, 0, 0, 0)
            },
            80,
            0,
            false,
        ),
    ];
    for (f, satisfaction, loyalty, retained) in table {
        let v = values(&f);
        assert_eq!(
            (v.satisfaction, v.loyalty, v.retained),
            (satisfaction, loyalty, retained),
            "{f:?}"
        );
    }
}

#[test]
fn margin_is_known_only_with_every_cost() {
    let mut f = buyer(2, 2, 3, 1);
    assert_eq!(values(&f).margin_minor, None);
    f.cost_minor = Some(12_000);
    assert_eq!(values(&f).revenue_minor, 20_000);
    assert_eq!(values(&f).margin_minor, Some(8_000));
}

#[test]
fn every_stage_can_decline() {
    let lead = |contact: u32| Facts {
        last_contact_days_ago: contact,
        ..Facts::default()
    };
    let unhappy = |f: Facts| Facts {
        unhappy_since_last_order: true,
        ..f
    };
    // (facts, stage)
    let table = [
        (lead(3), Stage::Exploring),
        (lead(15), Stage::Declining),
        (buyer(1, 1, 2, 2), Stage::Forming),
        (buyer(2, 1, 2, 2), Stage::Forming),
        (buyer(1, 1, 22, 22), Stage::Declining),
        (unhappy(buyer(1, 1, 2, 2)), Stage::Declining),
        (buyer(3, 3, 3, 1), Stage::Stable),
        // Every 10 days for 40 days: quiet 15 days is still their rhythm (≤ 20), 21 is not.
        (buyer(5, 5, 55, 15), Stage::Stable),
        (buyer(5, 5, 61, 21), Stage::Declining),
        // At least 14 days, however often they bought.
        (buyer(3, 2, 15, 14), Stage::Stable),
        (buyer(3, 2, 16, 15), Stage::Declining),
        (unhappy(buyer(3, 3, 3, 1)), Stage::Declining),
        // Unhappiness without orders does not apply (nothing was bought).
        (unhappy(lead(1)), Stage::Exploring),
    ];
    for (f, want) in table {
        assert_eq!(stage(&f), want, "{f:?}");
    }
}

#[test]
fn rfm_scores_are_quintiles_of_the_exhibitors_own_customers() {
    let all: Vec<f64> = (1..=10).map(f64::from).collect();
    // Higher is better (frequency, money): 1 and 2 → 1, …, 9 and 10 → 5.
    let scores: Vec<u8> = all.iter().map(|v| quintile(*v, &all, false)).collect();
    assert_eq!(scores, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Recency: fewer days is better.
    assert_eq!(quintile(1.0, &all, true), 5);
    assert_eq!(quintile(10.0, &all, true), 1);
    // Ties score alike, in the middle; so does a lone customer and an empty sample.
    assert_eq!(quintile(2.0, &[2.0, 2.0, 2.0], false), 3);
    assert_eq!(quintile(2.0, &[2.0, 2.0, 2.0], true), 3);
    assert_eq!(quintile(4.0, &[4.0], true), 3);
    // Of two, the better one scores above the middle and the other below it.
    assert_eq!(quintile(9.0, &[1.0, 9.0], false), 4);
    assert_eq!(quintile(1.0, &[1.0, 9.0], false), 2);
    assert_eq!(quintile(1.0, &[1.0, 9.0], true), 4);
    assert_eq!(quintile(7.0, &[], false), 3);
}

#[test]
fn segments_follow_the_scores() {
    let s = |r, f, m| Some(Rfm { r, f, m });
    let table = [
        (s(5, 5, 5), Segment::Champions),
        (s(4, 4, 4), Segment::Champions),
        (s(2, 4, 5), Segment::AtRisk),
        (s(1, 3, 1), Segment::AtRisk),
        (s(1, 1, 5), Segment::Hibernating),
        (s(3, 5, 2), Segment::Loyal),
        (s(5, 1, 1), Segment::New),
        (s(3, 2, 3), Segment::Promising),
        (None, Segment::Prospect),
    ];
    for (scores, want) in table {
        assert_eq!(segment(scores), want, "{scores:?}");
    }
}
