use super::*;

fn text(s: &str) -> Localized {
    Localized::new(s, s, s)
}

fn opt(id: &str, delta: PriceDelta, lead_days: u32) -> ConfigOption {
    ConfigOption {
        id: id.into(),
        label: text(id),
        delta,
        lead_days,
    }
}

fn amount(minor: i64) -> PriceDelta {
    PriceDelta::Amount { minor }
}

fn percent(basis_points: i64) -> PriceDelta {
    PriceDelta::Percent { basis_points }
}

/// A teapot: a glaze (one, required), a size (one, required), extras (many, optional);
/// crackle glaze cannot be fired in the large size; engraving needs the gift box.
fn teapot() -> ConfigModel {
    ConfigModel {
        groups: vec![
            OptionGroup {
                id: "glaze".into(),
                name: text("Glaze"),
                choice: Choice::One,
                required: true,
                options: vec![
                    opt("celadon", amount(0), 0),
                    opt("crackle", percent(1_500), 10),
                ],
            },
            OptionGroup {
                id: "size".into(),
                name: text("Size"),
                choice: Choice::One,
                required: true,
                options: vec![opt("small", amount(0), 0), opt("large", amount(4_000), 5)],
            },
            OptionGroup {
                id: "extras".into(),
                name: text("Extras"),
                choice: Choice::Many,
                required: false,
                options: vec![
                    opt("gift", amount(1_200), 0),
                    opt("carve", amount(2_000), 7),
                ],
            },
        ],
        rules: vec![
            ConfigRule::excludes("crackle", "large"),
            ConfigRule::requires("carve", "gift"),
        ],
        breaks: vec![
            PriceBreak {
                min_quantity: 50,
                unit_minor: 18_000,
            },
            PriceBreak {
                min_quantity: 200,
                unit_minor: 15_000,
            },
        ],
        min_quantity: 10,
    }
}

fn cfg(choices: &[&str], quantity: u32) -> Configuration {
    Configuration {
        choices: choices.iter().map(|c| c.to_string()).collect(),
        quantity,
    }
}

#[test]
fn the_price_follows_the_breaks_and_each_choice() {
    let m = teapot();
    // (choices, quantity, unit, total, lead days)
    let table: &[(&[&str], u32, i64, i64, u32)] = &[
        (&["celadon", "small"], 10, 20_000, 200_000, 0),
        (&["celadon", "small"], 49, 20_000, 980_000, 0),
        (&["celadon", "small"], 50, 18_000, 900_000, 0),
        (&["celadon", "small"], 200, 15_000, 3_000_000, 0),
        (&["celadon", "large"], 50, 22_000, 1_100_000, 5),
        // 15 % of the break's price, not of the list price.
        (&["crackle", "small"], 50, 20_700, 1_035_000, 10),
        (&["crackle", "small"], 10, 23_000, 230_000, 10),
        (
            &["celadon", "small", "gift", "carve"],
            200,
            18_200,
            3_640_000,
            7,
        ),
    ];
    for (choices, quantity, unit, total, lead) in table {
        let p = m.price(20_000, &cfg(choices, *quantity)).unwrap();
        assert_eq!(
            (p.unit_minor, p.total_minor, p.lead_days),
            (*unit, *total, *lead),
            "{choices:?} × {quantity}"
        );
    }
    let p = m.price(20_000, &cfg(&["celadon", "small"], 60)).unwrap();
    assert_eq!(
        p.next_break,
        Some(PriceBreak {
            min_quantity: 200,
            unit_minor: 15_000
        })
    );
}

#[test]
fn percentages_round_half_away_from_zero_and_a_unit_never_goes_below_zero() {
    let mut m = teapot();
    m.groups[0].options[1].delta = percent(333); // 3.33 %
    m.rules.clear();
    let p = m.price(1_050, &cfg(&["crackle", "small"], 10)).unwrap();
    assert_eq!(p.deltas[0], ("crackle".to_string(), 35)); // 34.965 → 35
    m.groups[0].options[1].delta = percent(-333);
    let p = m.price(1_050, &cfg(&["crackle", "small"], 10)).unwrap();
    assert_eq!(p.deltas[0].1, -35);
    m.groups[0].options[1].delta = amount(-50_000);
    let p = m.price(1_050, &cfg(&["crackle", "small"], 10)).unwrap();
    assert_eq!(p.unit_minor, 0);
}

#[test]
fn a_configuration_that_breaks_a_rule_has_no_price_and_says_why() {
    let m = teapot();
    let table: &[(&[&str], u32, Conflict)] = &[
        (
            &["small"],
            10,
            Conflict::Required {
                group: "glaze".into(),
            },
        ),
        (
            &["celadon", "crackle", "small"],
            10,
            Conflict::OneOnly {
                group: "glaze".into(),
            },
        ),
        (
            &["crackle", "large"],
            10,
            Conflict::Excludes {
                option: "crackle".into(),
                with: "large".into(),
            },
        ),
        (
            &["celadon", "small", "carve"],
            10,
            Conflict::Requires {
                option: "carve".into(),
                needs: "gift".into(),
            },
        ),
        (
            &["celadon", "small", "gold"],
            10,
            Conflict::Unknown {
                option: "gold".into(),
            },
        ),
        (
            &["celadon", "small"],
            9,
            Conflict::Quantity {
                min: 10,
                max: QUANTITY_MAX,
            },
        ),
        (
            &["celadon", "small"],
            QUANTITY_MAX + 1,
            Conflict::Quantity {
                min: 10,
                max: QUANTITY_MAX,
            },
        ),
    ];
    for (choices, quantity, want) in table {
        let got = m.price(20_000, &cfg(choices, *quantity)).unwrap_err();
        assert_eq!(got, vec![want.clone()], "{choices:?} × {quantity}");
    }
}

#[test]
fn the_picker_closes_what_an_exclusion_rules_out_and_says_by_what() {
    let m = teapot();
    let chosen = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // With the large size chosen, crackle is closed, and the other way round.
    assert_eq!(
        m.closed(&chosen(&["celadon", "large"]), "crackle"),
        Some(Conflict::Excludes {
            option: "crackle".into(),
            with: "large".into()
        })
    );
    assert_eq!(
        m.closed(&chosen(&["crackle", "small"]), "large"),
        Some(Conflict::Excludes {
            option: "large".into(),
            with: "crackle".into()
        })
    );
    // Switching within a one-choice group is never blocked by the option it replaces.
    assert_eq!(m.closed(&chosen(&["crackle", "small"]), "celadon"), None);
    assert_eq!(m.closed(&chosen(&["celadon", "large"]), "small"), None);
    // A requirement does not close anything: it is said when pricing.
    assert_eq!(m.closed(&chosen(&["celadon", "small"]), "carve"), None);
}

#[test]
fn a_broken_model_is_refused_with_the_field_at_fault() {
    let fields = |m: &ConfigModel| {
        m.validate()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect::<Vec<_>>()
    };
    assert!(teapot().validate().is_empty());
    let mut m = teapot();
    m.groups[2].options.push(opt("gift", amount(0), 0));
    assert_eq!(
        fields(&m),
        [(
            "config.groups.2.options.2.id".into(),
            FieldErrorCode::Duplicate
        )]
    );
    let mut m = teapot();
    m.rules.push(ConfigRule::excludes("gift", "gold"));
    assert_eq!(
        fields(&m),
        [("config.rules.2".into(), FieldErrorCode::InvalidValue)]
    );
    let mut m = teapot();
    m.groups[1].options[0].label.en = String::new();
    m.groups[1].name.zh_hans = "名".repeat(NAME_MAX + 1);
    assert_eq!(
        fields(&m),
        [
            ("config.groups.1.name".into(), FieldErrorCode::InvalidValue),
            (
                "config.groups.1.options.0.id".into(),
                FieldErrorCode::InvalidValue
            )
        ]
    );
    let mut m = teapot();
    m.breaks[1].unit_minor = DELTA_MAX_MINOR + 1;
    assert_eq!(
        fields(&m),
        [("config.breaks".into(), FieldErrorCode::InvalidValue)]
    );
    let mut m = teapot();
    m.breaks.swap(0, 1);
    assert_eq!(
        fields(&m),
        [("config.breaks".into(), FieldErrorCode::InvalidValue)]
    );
    let mut m = teapot();
    m.min_quantity = 0;
    m.groups[0].options[1].delta = percent(PERCENT_MAX_BP + 1);
    assert_eq!(
        fields(&m),
        [
            (
                "config.groups.0.options.1.delta".into(),
                FieldErrorCode::OutOfRange
            ),
            ("config.min_quantity".into(), FieldErrorCode::OutOfRange)
        ]
    );
}

#[test]
fn a_model_reads_back_from_its_wire_form() {
    let m = teapot();
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(
        json["groups"][0]["options"][1]["delta"],
        serde_json::json!({"kind": "percent", "basis_points": 1500})
    );
    assert_eq!(
        json["rules"][0],
        serde_json::json!({"kind": "excludes", "a": "crackle", "b": "large"})
    );
    let back: ConfigModel = serde_json::from_value(json).unwrap();
    assert_eq!(back, m);
}
