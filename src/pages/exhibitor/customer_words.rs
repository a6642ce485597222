//! Customers in words, for the customer pages and the service desk: a stage and what it means,
//! a segment and its RFM scores, who a customer is, and the at-risk and red-carpet badges.

use expocx_contract::customers::{Rfm, Segment, Stage};
use expocx_contract::Lang;
use leptos::prelude::*;

use crate::i18n::customers::words::*;
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n, Text};

/// Where the customer list lives; a customer is `{CUSTOMERS_BASE}/{user_id}`.
pub const CUSTOMERS_BASE: &str = "/exhibitor/customers";

pub fn stage_text(s: Stage) -> &'static Text {
    match s {
        Stage::Exploring => &STAGE_EXPLORING,
        Stage::Forming => &STAGE_FORMING,
        Stage::Stable => &STAGE_STABLE,
        Stage::Declining => &STAGE_DECLINING,
        Stage::Unknown => &STAGE_UNKNOWN,
    }
}

/// What a stage means, in one line.
pub fn stage_hint(s: Stage) -> &'static Text {
    match s {
        Stage::Exploring => &EXPLORING_HINT,
        Stage::Forming => &FORMING_HINT,
        Stage::Stable => &STABLE_HINT,
        Stage::Declining => &DECLINING_HINT,
        Stage::Unknown => &UNKNOWN_HINT,
    }
}

pub fn segment_text(s: Segment) -> &'static Text {
    match s {
        Segment::Champions => &SEGMENT_CHAMPIONS,
        Segment::Loyal => &SEGMENT_LOYAL,
        Segment::New => &SEGMENT_NEW,
        Segment::Promising => &SEGMENT_PROMISING,
        Segment::AtRisk => &SEGMENT_AT_RISK,
        Segment::Hibernating => &SEGMENT_HIBERNATING,
        Segment::Prospect => &SEGMENT_PROSPECT,
        Segment::Unknown => &SEGMENT_UNKNOWN,
    }
}

/// Who a customer is: their name, or "Anonymous — has not shared their contact with you".
pub fn who(name: Option<&str>, lang: Lang) -> String {
    match name.map(str::trim) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => pick(&ANONYMOUS, lang).to_string(),
    }
}

/// The scores as read aloud: "Recency 4, frequency 3, monetary 5 (of 5)".
pub fn rfm_words(rfm: Rfm, lang: Lang) -> String {
    let [r, f, m] = [rfm.r, rfm.f, rfm.m].map(|n| n.to_string());
    fill(pick(&RFM_LONG, lang), &[("r", &r), ("f", &f), ("m", &m)])
}

/// The RFM scores, short on screen (`R4 F3 M5`, the same letters in every language) and in
/// words for a screen reader.
#[component]
pub fn RfmScores(rfm: Rfm) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="rfm" aria-hidden="true">{format!("R{} F{} M{}", rfm.r, rfm.f, rfm.m)}</span>
        <span class="visually-hidden">{move || rfm_words(rfm, i18n.lang.get())}</span>
    }
}

/// "Red carpet" and "At risk" as badges with words (not colour alone), each explained on hover.
#[component]
pub fn CustomerBadges(
    #[prop(optional)] at_risk: bool,
    #[prop(optional)] red_carpet: bool,
) -> impl IntoView {
    view! {
        {red_carpet.then(|| view! {
            <span class="badge badge-red-carpet" title=tr3_attr(&RED_CARPET_HINT)>{tr3(&RED_CARPET)}</span>
        })}
        {at_risk.then(|| view! {
            <span class="badge badge-alert" title=tr3_attr(&AT_RISK_HINT)>{tr3(&AT_RISK)}</span>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_customer_is_their_name_or_anonymous() {
        assert_eq!(who(Some(" Li Wei "), Lang::En), "Li Wei");
        for blank in [None, Some(""), Some("  ")] {
            assert_eq!(
                who(blank, Lang::En),
                "Anonymous — has not shared their contact with you"
            );
        }
        assert!(who(None, Lang::ZhHant).starts_with("匿名"));
    }

    #[test]
    fn rfm_scores_read_as_words() {
        let rfm = Rfm { r: 4, f: 3, m: 5 };
        assert_eq!(
            rfm_words(rfm, Lang::En),
            "Recency 4, frequency 3, monetary 5 (of 5)"
        );
        assert!(rfm_words(rfm, Lang::ZhHans).contains('4'));
    }
}
