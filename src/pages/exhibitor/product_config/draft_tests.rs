use super::*;
use expocx_contract::configure::{BREAKS_MAX, NAME_MAX, RULES_MAX};

fn names(s: &str) -> [String; 3] {
    [format!("{s}（简）"), format!("{s}（繁）"), s.to_string()]
}

fn option(id: &str, delta: &str) -> OptionDraft {
    OptionDraft {
        id: id.into(),
        label: names(id),
        delta: delta.into(),
        ..OptionDraft::blank()
    }
}

/// Glaze (one of two, required) and size; a rule; two price breaks.
fn sample() -> ConfigDraft {
    ConfigDraft {
        min_quantity: "10".into(),
        groups: vec![
            GroupDraft {
                id: "glaze".into(),
                name: names("Glaze"),
                options: vec![option("blue", "12.5"), option("white", "-3")],
                ..GroupDraft::blank()
            },
            GroupDraft {
                id: "size".into(),
                name: names("Size"),
                many: true,
                required: false,
                options: vec![OptionDraft {
                    percent: true,
                    lead_days: "7".into(),
                    ..option("large", "15")
                }],
            },
        ],
        rules: vec![RuleDraft {
            requires: false,
            a: "blue".into(),
            b: "large".into(),
        }],
        breaks: vec![
            BreakDraft {
                min_quantity: "50".into(),
                unit: "90".into(),
            },
            BreakDraft {
                min_quantity: "200".into(),
                unit: "80.5".into(),
            },
        ],
    }
}

fn fields(errors: &[FieldError]) -> Vec<(&str, FieldErrorCode)> {
    errors.iter().map(|e| (e.field.as_str(), e.code)).collect()
}

#[test]
fn yuan_and_per_cent_are_read_into_minor_units_and_basis_points() {
    let m = sample().read().expect("a sound model");
    let glaze = &m.groups[0].options;
    assert_eq!(glaze[0].delta, PriceDelta::Amount { minor: 1_250 });
    assert_eq!(glaze[1].delta, PriceDelta::Amount { minor: -300 });
    let large = &m.groups[1].options[0];
    assert_eq!(
        large.delta,
        PriceDelta::Percent {
            basis_points: 1_500
        }
    );
    assert_eq!(large.lead_days, 7);
    assert_eq!(m.groups[1].choice, Choice::Many);
    assert_eq!(m.rules, vec![ConfigRule::excludes("blue", "large")]);
    assert_eq!(m.breaks[1].unit_minor, 8_050);
    assert_eq!(m.min_quantity, 10);
}

#[test]
fn a_model_survives_the_trip_through_the_form() {
    let m = sample().read().unwrap();
    let back = ConfigDraft::from_model(&m);
    assert_eq!(back.read().unwrap(), m);
    assert_eq!(back.groups[0].options[1].delta, "-3.00");
    assert_eq!(back.groups[1].options[0].delta, "15.00");
    assert_eq!(back.breaks[1].unit, "80.50");
}

#[test]
fn the_starter_has_one_required_single_choice_group() {
    let s = ConfigDraft::starter();
    assert_eq!(s.groups.len(), 1);
    assert!(s.groups[0].required && !s.groups[0].many);
    // Blank, it is not a model yet: the code and names are asked for, not the numbers.
    let errors = s.read().unwrap_err();
    assert!(fields(&errors).contains(&("config.groups.0.id", FieldErrorCode::Required)));
    assert!(fields(&errors).contains(&("config.groups.0.name.en", FieldErrorCode::Required)));
    assert!(!errors.iter().any(|e| e.field.ends_with("delta")));
}

#[test]
fn numbers_that_do_not_read_are_marked_once() {
    let mut d = sample();
    d.min_quantity = "ten".into();
    d.groups[0].options[0].delta = "12.345".into();
    d.groups[0].options[1].lead_days = "-1".into();
    d.breaks[0].unit = "¥90".into();
    let errors = d.read().unwrap_err();
    assert_eq!(
        fields(&errors),
        vec![
            ("config.min_quantity", FieldErrorCode::InvalidValue),
            (
                "config.groups.0.options.0.delta",
                FieldErrorCode::InvalidValue
            ),
            (
                "config.groups.0.options.1.lead_days",
                FieldErrorCode::InvalidValue
            ),
            ("config.breaks.0.unit_minor", FieldErrorCode::InvalidValue),
        ]
    );
}

#[test]
fn an_unreadable_break_does_not_also_mark_the_list() {
    let mut d = sample();
    d.breaks[1].min_quantity = "lots".into();
    let errors = d.read().unwrap_err();
    assert_eq!(
        fields(&errors),
        vec![("config.breaks.1.min_quantity", FieldErrorCode::InvalidValue)]
    );
}

#[test]
fn validate_errors_are_narrowed_to_the_input_at_fault() {
    let mut d = sample();
    d.groups[0].name[1] = " ".into();
    d.groups[0].options[1].label[2] = "x".repeat(NAME_MAX + 1);
    d.groups[1].options[0].id = "blue".into();
    d.groups[1].options[0].lead_days = "400".into();
    d.groups[0].options[0].delta = "600".into();
    d.groups[0].options[0].percent = true;
    d.breaks[1].min_quantity = "50".into();
    d.rules[0].b = String::new();
    let errors = d.read().unwrap_err();
    let got = fields(&errors);
    for want in [
        ("config.groups.0.name.zh-Hant", FieldErrorCode::Required),
        (
            "config.groups.0.options.1.label.en",
            FieldErrorCode::TooLong,
        ),
        ("config.groups.1.options.0.id", FieldErrorCode::Duplicate),
        (
            "config.groups.1.options.0.lead_days",
            FieldErrorCode::OutOfRange,
        ),
        (
            "config.groups.0.options.0.delta",
            FieldErrorCode::OutOfRange,
        ),
        ("config.breaks.1.min_quantity", FieldErrorCode::InvalidValue),
        ("config.rules.0", FieldErrorCode::InvalidValue),
    ] {
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    // The coarse paths are gone once narrowed.
    assert!(!got
        .iter()
        .any(|(f, _)| *f == "config.breaks" || f.ends_with(".name")));
    assert!(errors.iter().all(|e| d.placed(&e.field)), "{got:?}");
}

#[test]
fn server_errors_it_cannot_narrow_stay_as_they_are() {
    let d = sample();
    let server = vec![
        FieldError::new("config.groups.0.options.1.id", FieldErrorCode::Duplicate),
        FieldError::new("config.groups.5.name", FieldErrorCode::InvalidValue),
        FieldError::new("config", FieldErrorCode::InvalidValue),
        FieldError::new("config.rules", FieldErrorCode::TooLong),
    ];
    let refined = d.refine(server);
    assert_eq!(refined[0].field, "config.groups.0.options.1.id");
    assert_eq!(refined[1].field, "config.groups.5.name");
    assert_eq!(refined[3].limit, Some(RULES_MAX as i64));
    let placed: Vec<bool> = refined.iter().map(|e| d.placed(&e.field)).collect();
    assert_eq!(placed, vec![true, false, false, true]);
}

#[test]
fn an_empty_group_and_too_many_breaks_say_so() {
    let mut d = sample();
    d.groups[1].options.clear();
    d.breaks = (1..=BREAKS_MAX as u32 + 1)
        .map(|n| BreakDraft {
            min_quantity: (n * 10).to_string(),
            unit: "1".into(),
        })
        .collect();
    d.rules.clear();
    let errors = d.read().unwrap_err();
    assert_eq!(
        fields(&errors),
        vec![
            ("config.groups.1.options", FieldErrorCode::Required),
            ("config.breaks", FieldErrorCode::TooLong),
        ]
    );
    assert_eq!(errors[1].limit, Some(BREAKS_MAX as i64));
}
