//! Leads in words, for the leads pages: a status, a member tier, who a lead is, and what a
//! scoring rule gives ("Answered “Budget” with “10k+” +25").

use expocx_contract::leads::{LeadQuestion, LeadStatus, LeadSummary, ScoreRule};
use expocx_contract::{Lang, Tier};

use crate::i18n::leads::words::*;
use crate::i18n::{fill, pick, Text};

pub fn status_text(s: LeadStatus) -> &'static Text {
    match s {
        LeadStatus::New => &STATUS_NEW,
        LeadStatus::Contacted => &STATUS_CONTACTED,
        LeadStatus::Qualified => &STATUS_QUALIFIED,
        LeadStatus::Won => &STATUS_WON,
        LeadStatus::Lost => &STATUS_LOST,
        LeadStatus::Unknown => &STATUS_UNKNOWN,
    }
}

pub fn tier_text(t: Tier) -> &'static Text {
    match t {
        Tier::Member => &TIER_MEMBER,
        Tier::Silver => &TIER_SILVER,
        Tier::Gold => &TIER_GOLD,
    }
}

/// Who a lead is: the contact's name, or "Anonymous visitor · Gold member".
pub fn who(lead: &LeadSummary, lang: Lang) -> String {
    match (&lead.contact, lead.tier) {
        (Some(c), _) if !c.name.trim().is_empty() => c.name.clone(),
        (_, Some(tier)) if !lead.erased => fill(
            pick(&ANONYMOUS_TIER, lang),
            &[("tier", pick(tier_text(tier), lang))],
        ),
        _ => pick(&ANONYMOUS, lang).to_string(),
    }
}

/// Points with their sign: "+10", "−5" (a true minus sign).
pub fn signed(points: i32) -> String {
    if points < 0 {
        format!("−{}", points.unsigned_abs())
    } else {
        format!("+{points}")
    }
}

/// What a rule asks, in words; an answered question is named by its label when the settings
/// still have it.
pub fn rule_words(rule: &ScoreRule, questions: &[LeadQuestion], lang: Lang) -> String {
    let plain = |t: &Text| pick(t, lang).to_string();
    match rule {
        ScoreRule::Scanned { .. } => plain(&RULE_SCANNED),
        ScoreRule::ViewedProducts { at_least, .. } => {
            fill(pick(&RULE_VIEWED, lang), &[("n", &at_least.to_string())])
        }
        ScoreRule::InCart { .. } => plain(&RULE_IN_CART),
        ScoreRule::RequestedQuote { .. } => plain(&RULE_QUOTE),
        ScoreRule::TradeBuyer { .. } => plain(&RULE_TRADE),
        ScoreRule::Answered {
            question, value, ..
        } => {
            let label = questions
                .iter()
                .find(|q| q.id == *question)
                .map_or(question.as_str(), |q| q.label.as_str());
            fill(
                pick(&RULE_ANSWERED, lang),
                &[("question", label), ("value", value)],
            )
        }
        ScoreRule::Unknown => plain(&RULE_OTHER),
    }
}

/// A rule and the points it gives: "Scanned at the booth +10".
pub fn rule_line(rule: &ScoreRule, points: i32, questions: &[LeadQuestion], lang: Lang) -> String {
    format!("{} {}", rule_words(rule, questions, lang), signed(points))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::leads::{LeadContact, LeadSource, QuestionKind};

    fn budget() -> Vec<LeadQuestion> {
        vec![LeadQuestion {
            id: "budget".into(),
            label: "Budget".into(),
            kind: QuestionKind::Choice,
            choices: vec!["10k+".into()],
        }]
    }

    #[test]
    fn each_rule_reads_as_a_line_with_its_points() {
        let q = budget();
        let lines = [
            (
                ScoreRule::Scanned { points: 10 },
                "Scanned at the booth +10",
            ),
            (
                ScoreRule::ViewedProducts {
                    at_least: 3,
                    points: 10,
                },
                "Viewed at least 3 of your products +10",
            ),
            (
                ScoreRule::InCart { points: 20 },
                "Has your products in the cart +20",
            ),
            (
                ScoreRule::RequestedQuote { points: 30 },
                "Asked for a quote +30",
            ),
            (ScoreRule::TradeBuyer { points: 20 }, "Trade buyer +20"),
            (
                ScoreRule::Answered {
                    question: "budget".into(),
                    value: "10k+".into(),
                    points: 25,
                },
                "Answered “Budget” with “10k+” +25",
            ),
            (
                ScoreRule::Answered {
                    question: "gone".into(),
                    value: "x".into(),
                    points: -5,
                },
                "Answered “gone” with “x” −5",
            ),
        ];
        for (rule, want) in lines {
            assert_eq!(rule_line(&rule, rule.points(), &q, Lang::En), want);
        }
        let zh = rule_line(&ScoreRule::Scanned { points: 10 }, 10, &q, Lang::ZhHans);
        assert!(zh.ends_with("+10") && !zh.contains("booth"), "{zh}");
    }

    #[test]
    fn a_lead_is_its_contact_or_an_anonymous_visitor_of_a_tier() {
        let mut lead = LeadSummary {
            id: 1,
            source: LeadSource::Badge,
            tier: Some(Tier::Gold),
            contact: None,
            status: LeadStatus::New,
            rating: None,
            assignee: None,
            first_seen_at: chrono::DateTime::UNIX_EPOCH.into(),
            last_seen_at: chrono::DateTime::UNIX_EPOCH.into(),
            scans: 1,
            score: 10,
            qualified: false,
            erased: false,
        };
        assert_eq!(who(&lead, Lang::En), "Anonymous visitor · Gold member");
        lead.erased = true;
        lead.tier = None;
        assert_eq!(who(&lead, Lang::En), "Anonymous visitor");
        lead.contact = Some(LeadContact {
            name: "Li Wei".into(),
            ..Default::default()
        });
        assert_eq!(who(&lead, Lang::En), "Li Wei");
    }
}
