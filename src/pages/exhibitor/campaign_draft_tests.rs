use super::*;

fn fields(errors: &[FieldError]) -> Vec<(&str, FieldErrorCode)> {
    errors.iter().map(|e| (e.field.as_str(), e.code)).collect()
}

/// Cart left unpaid for a day, bought tea before but not lately; 15 % off from ¥100.
fn typed() -> CampaignValues {
    let mut v = CampaignValues {
        name: " Tea week ".into(),
        cart_hours: "24".into(),
        bought: true,
        bought_category: "3".into(),
        bought_not_in_days: "30".into(),
        min_lead_score: "−20".into(),
        coupon: true,
        percent_off: "15".into(),
        min_spend: "100".into(),
        budget: "500".into(),
        ..CampaignValues::default()
    };
    v.message.en = " Your tea is waiting ".into();
    v.stages[0] = true;
    v.stages[3] = true;
    v.tiers[2] = true;
    // WeChat ticked before SMS: the draft lists them in the contract's order.
    v.channels[3] = true;
    v.channels[1] = true;
    v
}

#[test]
fn the_typed_campaign_becomes_the_draft_the_contract_expects() {
    let d = typed().read().unwrap();
    assert_eq!(d.name, "Tea week");
    assert_eq!(d.offer.message.en, "Your tea is waiting");
    let a = &d.audience;
    assert_eq!(a.stages, [Stage::Exploring, Stage::Declining]);
    assert_eq!(a.tiers, [Tier::Gold]);
    assert_eq!(
        (a.cart_unpaid_hours, a.min_lead_score, a.quote_waiting_days),
        (Some(24), Some(-20), None)
    );
    let bought = Bought {
        product_id: None,
        category_id: Some(3),
        not_in_days: Some(30),
    };
    assert_eq!(a.bought, Some(bought));
    let coupon = d.offer.coupon.clone().unwrap();
    assert_eq!(
        (coupon.percent_off, coupon.amount_off_minor),
        (Some(15), None)
    );
    assert_eq!((coupon.min_spend_minor, coupon.valid_days), (10_000, 10));
    assert_eq!(d.channels, [Channel::Sms, Channel::Wechat]);
    assert_eq!(
        (d.holdout_percent, d.per_member, d.window_days),
        (10, 1, 14)
    );
    assert_eq!(d.budget_minor, 50_000);
    // Shown again for editing, it reads back the same.
    assert_eq!(CampaignValues::from_draft(&d).read(), Ok(d));
}

#[test]
fn empty_numbers_are_conditions_not_used() {
    let v = CampaignValues {
        cart_hours: "  ".into(),
        ..CampaignValues::default()
    };
    let a = v.audience().unwrap();
    assert!(a.is_empty());
    let mut v = v;
    v.lead_statuses[1] = true;
    assert_eq!(v.audience().unwrap().lead_statuses, [LeadStatus::Contacted]);
}

#[test]
fn a_blank_form_names_every_field_missing() {
    let errors = CampaignValues::default().read().unwrap_err();
    assert_eq!(
        fields(&errors),
        [
            ("audience", FieldErrorCode::Required),
            ("name", FieldErrorCode::Required),
            ("offer.message", FieldErrorCode::Required),
            ("channels", FieldErrorCode::Required),
        ]
    );
}

#[test]
fn unreadable_numbers_are_named_and_say_nothing_more() {
    let mut v = typed();
    v.stages = vec![false; 4];
    v.tiers = vec![false; 3];
    v.bought = false;
    v.min_lead_score.clear();
    v.cart_hours = "a day".into();
    v.percent_off.clear();
    v.budget.clear();
    v.holdout = "5.5".into();
    let errors = v.read().unwrap_err();
    assert_eq!(
        fields(&errors),
        [
            ("audience.cart_unpaid_hours", FieldErrorCode::InvalidValue),
            ("offer.coupon.percent_off", FieldErrorCode::Required),
            ("holdout_percent", FieldErrorCode::InvalidValue),
            ("budget_minor", FieldErrorCode::Required),
        ]
    );
    assert!(v.audience().is_err(), "the live count asks nothing");
}

#[test]
fn an_amount_off_is_read_in_yuan_and_shown_back() {
    let mut v = typed();
    v.percent = false;
    v.amount_off = "20.5".into();
    let d = v.read().unwrap();
    let coupon = d.offer.coupon.clone().unwrap();
    assert_eq!(
        (coupon.percent_off, coupon.amount_off_minor),
        (None, Some(2_050))
    );
    let back = CampaignValues::from_draft(&d);
    assert!(!back.percent);
    assert_eq!(back.amount_off, "20.50");
    assert_eq!(back.budget, "500.00");
    for bad in ["¥20", "20.555", "-3"] {
        v.amount_off = bad.into();
        let errors = v.read().unwrap_err();
        assert_eq!(
            fields(&errors),
            [(
                "offer.coupon.amount_off_minor",
                FieldErrorCode::InvalidValue
            )],
            "{bad}"
        );
    }
}

#[test]
fn every_field_the_contract_names_has_its_place() {
    let mut v = typed();
    v.name = "x".repeat(101);
    v.percent_off = "95".into();
    v.per_member = "4".into();
    v.window_days = "0".into();
    let errors = v.read().unwrap_err();
    for e in &errors {
        assert!(SHOWN_FIELDS.contains(&e.field.as_str()), "{}", e.field);
    }
    assert_eq!(errors.len(), 4);
}
