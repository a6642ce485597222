#![allow(clippy::type_complexity)] // case tables read best inline

use super::*;
use chrono::TimeZone;

fn line(product_id: i64, option: Option<&str>, quantity: u32, seen: Option<i64>) -> CartLineInput {
    CartLineInput {
        product_id,
        option_id: option.map(str::to_string),
        quantity,
        seen_price_minor: seen,
    }
}

fn option(id: &str, delta: i64) -> ProductOption {
    ProductOption {
        id: id.into(),
        label: Localized::default(),
        price_delta_minor: delta,
    }
}

#[test]
fn combine_merges_same_product_and_option_and_caps() {
    let cases: &[(&[CartLineInput], &[(i64, Option<&str>, u32)])] = &[
        (&[], &[]),
        (
            &[line(1, None, 2, None), line(1, None, 3, None)],
            &[(1, None, 5)],
        ),
        (
            &[line(1, Some("a"), 1, None), line(1, Some("b"), 1, None)],
            &[(1, Some("a"), 1), (1, Some("b"), 1)],
        ),
        (
            &[line(1, Some(""), 1, None), line(1, None, 1, None)],
            &[(1, None, 2)],
        ),
        (
            &[line(1, None, 60, None), line(1, None, 60, None)],
            &[(1, None, MAX_LINE_QUANTITY)],
        ),
        (
            &[line(2, None, 1, None), line(1, None, 1, None)],
            &[(2, None, 1), (1, None, 1)],
        ),
    ];
    for (input, want) in cases {
        let got: Vec<_> = combine(input)
            .into_iter()
            .map(|l| (l.product_id, l.option_id, l.quantity))
            .collect();
        let want: Vec<_> = want
            .iter()
            .map(|(p, o, q)| (*p, o.map(str::to_string), *q))
            .collect();
        assert_eq!(got, want, "{input:?}");
    }
}

#[test]
fn a_line_is_priced_against_the_product_as_it_is_now() {
    let plain = ProductFacts {
        price_minor: 1000,
        stock: 5,
        options: vec![],
    };
    let sized = ProductFacts {
        price_minor: 1000,
        stock: 5,
        options: vec![option("l", 200), option("s", -2000)],
    };
    let sold_out = ProductFacts {
        stock: 0,
        ..plain.clone()
    };
    use LineNotice::*;
    let cases: Vec<(
        &str,
        CartLineInput,
        &ProductFacts,
        i64,
        u32,
        Vec<LineNotice>,
    )> = vec![
        (
            "as seen",
            line(1, None, 2, Some(1000)),
            &plain,
            1000,
            2,
            vec![],
        ),
        (
            "never seen",
            line(1, None, 2, None),
            &plain,
            1000,
            2,
            vec![],
        ),
        (
            "price went up",
            line(1, None, 1, Some(900)),
            &plain,
            1000,
            1,
            vec![PriceUp {
                from_minor: 900,
                to_minor: 1000,
            }],
        ),
        (
            "price went down",
            line(1, None, 1, Some(1100)),
            &plain,
            1000,
            1,
            vec![PriceDown {
                from_minor: 1100,
                to_minor: 1000,
            }],
        ),
        (
            "too few left",
            line(1, None, 9, Some(1000)),
            &plain,
            1000,
            5,
            vec![QuantityReduced {
                asked: 9,
                available: 5,
            }],
        ),
        (
            "sold out",
            line(1, None, 1, None),
            &sold_out,
            1000,
            0,
            vec![SoldOut],
        ),
        (
            "option adds",
            line(1, Some("l"), 1, Some(1200)),
            &sized,
            1200,
            1,
            vec![],
        ),
        (
            "option never below zero",
            line(1, Some("s"), 1, None),
            &sized,
            0,
            1,
            vec![],
        ),
        (
            "unknown option",
            line(1, Some("xl"), 1, None),
            &sized,
            1000,
            0,
            vec![Unavailable],
        ),
        (
            "option now required",
            line(1, None, 1, None),
            &sized,
            1000,
            0,
            vec![Unavailable],
        ),
    ];
    for (name, input, facts, unit, quantity, notices) in cases {
        let got = price_line(&input, facts);
        assert_eq!(
            (got.unit_minor, got.quantity, got.notices),
            (unit, quantity, notices),
            "{name}"
        );
    }
}

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 12, 0, 0).unwrap()
}

fn coupon(percent: Option<i64>, amount: Option<i64>, min: i64, category: Option<i64>) -> Coupon {
    Coupon {
        percent_off: percent,
        amount_off_minor: amount,
        min_total_minor: min,
        category_id: category,
        exhibitor_id: None,
        starts_at: at(10),
        ends_at: at(20),
        description: Localized::default(),
    }
}

#[test]
fn coupons_apply_by_date_category_and_minimum() {
    let lines: &[EligibleLine] = &[(1, 7, 6000), (2, 8, 4000)];
    let ten_pct = coupon(Some(10), None, 0, None);
    let cases: Vec<(&str, Coupon, DateTime<Utc>, &str, i64)> = vec![
        (
            "10 % of everything",
            ten_pct.clone(),
            at(15),
            "applied",
            1000,
        ),
        ("not yet", ten_pct.clone(), at(9), "not_started", 0),
        ("over", ten_pct.clone(), at(21), "expired", 0),
        (
            "category only",
            coupon(Some(10), None, 0, Some(2)),
            at(15),
            "applied",
            400,
        ),
        (
            "no line in the category",
            coupon(Some(10), None, 0, Some(3)),
            at(15),
            "not_applicable",
            0,
        ),
        (
            "below the minimum",
            coupon(None, Some(500), 5000, Some(2)),
            at(15),
            "below_minimum",
            0,
        ),
        (
            "amount off",
            coupon(None, Some(500), 5000, None),
            at(15),
            "applied",
            500,
        ),
        (
            "amount never above the eligible sum",
            coupon(None, Some(9000), 0, Some(2)),
            at(15),
            "applied",
            4000,
        ),
        (
            "a percentage over 100 is 100",
            coupon(Some(150), None, 0, None),
            at(15),
            "applied",
            10000,
        ),
    ];
    for (name, c, now, status, discount) in cases {
        let (got, d) = apply_coupon(&c, lines, "CNY", now);
        let got = match got {
            CouponStatus::Applied { .. } => "applied",
            CouponStatus::NotStarted => "not_started",
            CouponStatus::Expired => "expired",
            CouponStatus::NotApplicable { .. } => "not_applicable",
            CouponStatus::BelowMinimum { .. } => "below_minimum",
            CouponStatus::Unknown => "unknown",
        };
        assert_eq!((got, d), (status, discount), "{name}");
    }
}

#[test]
fn the_offer_applies_after_the_coupon_and_never_beyond_the_subtotal() {
    for (subtotal, coupon, offer, want) in [
        (10000, 0, None, 0),
        (10000, 0, Some(5), 500),
        (10000, 2000, Some(5), 2400),
        (10000, 10000, Some(5), 10000),
        (10000, 12000, None, 10000),
        (0, 0, Some(5), 0),
    ] {
        assert_eq!(
            total_discount(subtotal, coupon, offer),
            want,
            "{subtotal} {coupon} {offer:?}"
        );
    }
}
