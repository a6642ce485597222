//! Table tests of the quote rules shared by the SPA and the backend.

use super::*;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

#[test]
fn a_discount_rounds_half_away_from_zero_and_never_goes_below_zero() {
    for (list, price, want) in [
        (1_000, LinePrice::Discount { basis_points: 500 }, 950),
        (999, LinePrice::Discount { basis_points: 250 }, 974), // 24.975 off → 25
        (
            1_000,
            LinePrice::Discount {
                basis_points: 10_000,
            },
            0,
        ),
        (1_000, LinePrice::Unit { minor: 870 }, 870),
        (0, LinePrice::Discount { basis_points: 100 }, 0),
    ] {
        assert_eq!(unit_after(list, price), want, "{list} {price:?}");
    }
}

#[test]
fn an_answer_prices_every_line_within_bounds_and_is_valid_for_at_most_180_days() {
    let today = day("2026-12-06");
    let answer = |prices: Vec<LinePrice>, until: &str| QuoteAnswer {
        prices,
        valid_until: day(until),
        payment_terms: "30 % deposit".into(),
        delivery_terms: String::new(),
        incoterm: "FOB Shanghai".into(),
        lead_days: 20,
        note: String::new(),
    };
    let fields = |a: &QuoteAnswer, lines| {
        a.validate(lines, today)
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    let ok = answer(vec![LinePrice::Unit { minor: 100 }], "2026-12-06");
    assert!(fields(&ok, 1).is_empty(), "valid until the end of today");
    assert_eq!(fields(&ok, 2), ["prices"], "one price per line");
    let bad = answer(
        vec![
            LinePrice::Unit { minor: -1 },
            LinePrice::Discount {
                basis_points: 10_001,
            },
        ],
        "2026-12-05",
    );
    assert_eq!(fields(&bad, 2), ["prices.0", "prices.1", "valid_until"]);
    assert_eq!(fields(&answer(vec![], "2027-06-05"), 0), ["valid_until"]);
    assert!(fields(&answer(vec![], "2027-06-04"), 0).is_empty());
}

#[test]
fn a_request_needs_lines_and_a_day_not_in_the_past() {
    let today = day("2026-12-06");
    let line = QuoteLineRequest {
        product_id: 1,
        configuration: Configuration::default(),
    };
    let mut q = NewQuote {
        lines: vec![],
        needed_by: Some(day("2026-12-05")),
        region: "Hamburg".into(),
        message: "x".repeat(QUOTE_TEXT_MAX + 1),
    };
    let fields = |q: &NewQuote| {
        q.validate(today)
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(&q), ["lines", "needed_by", "message"]);
    q.lines = vec![line; QUOTE_LINES_MAX + 1];
    q.needed_by = Some(today);
    q.message.clear();
    assert_eq!(fields(&q), ["lines"]);
    q.lines.truncate(1);
    assert!(fields(&q).is_empty());
}
