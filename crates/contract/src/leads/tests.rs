use super::*;

fn answer(q: &str, v: &str) -> LeadAnswer {
    LeadAnswer {
        question: q.into(),
        value: v.into(),
    }
}

fn settings() -> LeadSettings {
    LeadSettings {
        questions: vec![LeadQuestion {
            id: "budget".into(),
            label: "Budget".into(),
            kind: QuestionKind::Choice,
            choices: vec!["< 10k".into(), "10k+".into()],
        }],
        rules: vec![
            ScoreRule::Scanned { points: 10 },
            ScoreRule::ViewedProducts {
                at_least: 3,
                points: 10,
            },
            ScoreRule::InCart { points: 20 },
            ScoreRule::RequestedQuote { points: 30 },
            ScoreRule::TradeBuyer { points: 20 },
            ScoreRule::Answered {
                question: "budget".into(),
                value: "10k+".into(),
                points: 25,
            },
        ],
        threshold: 40,
        half_life_days: 10,
    }
}

#[test]
fn a_score_is_the_sum_of_the_rules_that_match_halved_by_age() {
    let scanned = LeadFacts {
        scanned: true,
        ..LeadFacts::default()
    };
    // (facts, points, qualified, rules that gave points)
    let table: Vec<(LeadFacts, i32, bool, usize)> = vec![
        (LeadFacts::default(), 0, false, 0),
        (scanned.clone(), 10, false, 1),
        // Three products viewed count; without the analytics consent they are unknown.
        (
            LeadFacts {
                products_viewed: Some(3),
                ..scanned.clone()
            },
            20,
            false,
            2,
        ),
        (
            LeadFacts {
                products_viewed: Some(2),
                ..scanned.clone()
            },
            10,
            false,
            1,
        ),
        (
            LeadFacts {
                products_viewed: None,
                in_cart: true,
                requested_quote: true,
                ..scanned.clone()
            },
            60,
            true,
            3,
        ),
        (
            LeadFacts {
                trade_buyer: true,
                answers: vec![answer("budget", "10K+")],
                ..scanned.clone()
            },
            55,
            true,
            3,
        ),
        // Another answer gives nothing.
        (
            LeadFacts {
                answers: vec![answer("budget", "< 10k")],
                ..scanned.clone()
            },
            10,
            false,
            1,
        ),
        // One half-life: 60 → 30 (not qualified any more); two: 15.
        (
            LeadFacts {
                in_cart: true,
                requested_quote: true,
                age_days: 10,
                ..scanned.clone()
            },
            30,
            false,
            3,
        ),
        (
            LeadFacts {
                in_cart: true,
                requested_quote: true,
                age_days: 20,
                ..scanned.clone()
            },
            15,
            false,
            3,
        ),
        // Half a half-life: 60 × 0.7071 = 42.4 → 42.
        (
            LeadFacts {
                in_cart: true,
                requested_quote: true,
                age_days: 5,
                ..scanned
            },
            42,
            true,
            3,
        ),
    ];
    let s = settings();
    for (facts, points, qualified, parts) in table {
        let got = score(&s, &facts);
        assert_eq!(
            (got.points, got.qualified, got.parts.len()),
            (points, qualified, parts),
            "{facts:?}"
        );
        let full: i32 = got.parts.iter().map(|p| p.points).sum();
        assert_eq!(
            full - got.decayed,
            got.points,
            "the parts explain the score"
        );
    }
}

#[test]
fn without_decay_age_changes_nothing_and_negative_rules_subtract() {
    let mut s = settings();
    s.half_life_days = 0;
    s.rules.push(ScoreRule::TradeBuyer { points: -5 });
    let f = LeadFacts {
        scanned: true,
        trade_buyer: true,
        age_days: 400,
        ..LeadFacts::default()
    };
    let got = score(&s, &f);
    assert_eq!((got.points, got.decayed), (25, 0));
}

#[test]
fn settings_are_bounded_and_rules_name_real_questions() {
    assert!(settings().validate().is_empty());
    assert!(LeadSettings::default().validate().is_empty());
    let fields =
        |s: &LeadSettings| -> Vec<String> { s.validate().into_iter().map(|e| e.field).collect() };
    let mut s = settings();
    s.rules.push(ScoreRule::Answered {
        question: "timeline".into(),
        value: "now".into(),
        points: 10,
    });
    s.rules.push(ScoreRule::InCart { points: 101 });
    s.threshold = -1;
    s.half_life_days = 366;
    assert_eq!(
        fields(&s),
        [
            "rules.6.question",
            "rules.7.points",
            "threshold",
            "half_life_days"
        ]
    );
    let mut s = settings();
    let q = s.questions[0].clone();
    s.questions = vec![q.clone(); 11];
    let f = fields(&s);
    assert!(f.contains(&"questions".to_string()) && f.contains(&"questions.1.id".to_string()));
    let mut s = settings();
    s.questions[0].choices.clear();
    s.questions[0].label = " ".into();
    assert_eq!(fields(&s), ["questions.0.label", "questions.0.choices"]);
}

#[test]
fn answers_must_fit_the_questions() {
    let s = settings();
    let fields = |a: &[LeadAnswer]| -> Vec<String> {
        s.check_answers(a).into_iter().map(|e| e.field).collect()
    };
    assert!(fields(&[answer("budget", "10k+")]).is_empty());
    assert_eq!(fields(&[answer("budget", "lots")]), ["answers.0"]);
    assert_eq!(fields(&[answer("role", "buyer")]), ["answers.0"]);
    assert_eq!(
        fields(&[answer("budget", "10k+"), answer("budget", "< 10k")]),
        ["answers.1"]
    );
}

#[test]
fn a_card_needs_a_name_and_a_plausible_email() {
    let card = |name: &str, email: &str| NewCardLead {
        contact: LeadContact {
            name: name.into(),
            email: email.into(),
            ..LeadContact::default()
        },
        note: String::new(),
    };
    assert!(card("Li Wei", "li@tea.cn").validate().is_empty());
    let fields: Vec<String> = card(" ", "li-at-tea")
        .validate()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["contact.name", "contact.email"]);
    let long = card(&"x".repeat(101), "");
    assert_eq!(long.validate()[0].code, FieldErrorCode::TooLong);
}

#[test]
fn rules_read_back_from_their_wire_form() {
    let json = r#"[{"kind":"viewed_products","at_least":3,"points":10},{"kind":"answered","question":"budget","value":"10k+","points":5},{"kind":"from_the_future","points":1}]"#;
    let rules: Vec<ScoreRule> = serde_json::from_str(json).unwrap();
    assert_eq!(rules[0].points(), 10);
    assert_eq!(rules[2], ScoreRule::Unknown);
    assert_eq!(LeadStatus::parse("won"), Some(LeadStatus::Won));
}
