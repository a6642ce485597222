//! The desk's answer as typed, apart from its form: prefilled from the latest revision (or the
//! list prices for a first answer), and read back into the contract's `QuoteAnswer` with the
//! fields to correct (pure: no DOM, so `cargo test` covers it).

use expocx_contract::quotes::{LinePrice, Quote, QuoteAnswer};
use expocx_contract::{Day, FieldError, FieldErrorCode};

use crate::components::amounts::{parse_price, yuan};
use crate::components::quote::changes::latest;
use crate::format;
/// How one line is priced, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineDraft {
    /// A discount in percent (`5.5`), else a unit price (`12.50`).
    pub discount: bool,
    pub value: String,
}

/// The answer as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerDraft {
    pub lines: Vec<LineDraft>,
    pub valid_until: String,
    pub payment_terms: String,
    pub delivery_terms: String,
    pub incoterm: String,
    pub lead_days: String,
    pub note: String,
}

/// How long a first answer is valid unless staff say otherwise.
const DEFAULT_VALID_DAYS: u64 = 14;

/// The form as the latest revision left it, or the list prices for a first answer.
pub fn draft_from(quote: &Quote, today: Day) -> AnswerDraft {
    let Some(r) = latest(&quote.revisions) else {
        let until = today.checked_add_days(chrono::Days::new(DEFAULT_VALID_DAYS));
        return AnswerDraft {
            lines: quote
                .lines
                .iter()
                .map(|l| LineDraft {
                    discount: false,
                    value: yuan(l.list_unit.amount_minor),
                })
                .collect(),
            valid_until: until
                .map(|d| format::iso_day(Day::from(d)))
                .unwrap_or_default(),
            ..AnswerDraft::default()
        };
    };
    let a = &r.answer;
    AnswerDraft {
        lines: a
            .prices
            .iter()
            .map(|p| match p {
                LinePrice::Unit { minor } => LineDraft {
                    discount: false,
                    value: yuan(*minor),
                },
                // Basis points read as percent with two decimals, like yuan and fen.
                LinePrice::Discount { basis_points } => LineDraft {
                    discount: true,
                    value: yuan(*basis_points),
                },
            })
            .collect(),
        valid_until: format::iso_day(a.valid_until.max(today)),
        payment_terms: a.payment_terms.clone(),
        delivery_terms: a.delivery_terms.clone(),
        incoterm: a.incoterm.clone(),
        lead_days: a.lead_days.to_string(),
        note: a.note.clone(),
    }
}

/// A line's price as typed, if it reads.
pub fn line_price(d: &LineDraft) -> Option<LinePrice> {
    let n = parse_price(&d.value)?;
    Some(if d.discount {
        LinePrice::Discount { basis_points: n }
    } else {
        LinePrice::Unit { minor: n }
    })
}

/// The answer to send, or the fields to correct (the contract's bounds included).
pub fn build_answer(d: &AnswerDraft, today: Day) -> Result<QuoteAnswer, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut prices = Vec::new();
    for (i, l) in d.lines.iter().enumerate() {
        match line_price(l) {
            Some(p) => prices.push(p),
            None => errors.push(FieldError::new(
                &format!("prices.{i}"),
                FieldErrorCode::InvalidValue,
            )),
        }
    }
    let valid_until = Day::parse(d.valid_until.trim());
    if valid_until.is_none() {
        errors.push(FieldError::new("valid_until", FieldErrorCode::Required));
    }
    let lead = d.lead_days.trim();
    let lead_days = if lead.is_empty() {
        Some(0)
    } else {
        lead.parse::<u32>().ok()
    };
    if lead_days.is_none() {
        errors.push(FieldError::new("lead_days", FieldErrorCode::InvalidValue));
    }
    let (Some(valid_until), Some(lead_days), true) = (valid_until, lead_days, errors.is_empty())
    else {
        return Err(errors);
    };
    let answer = QuoteAnswer {
        prices,
        valid_until,
        payment_terms: d.payment_terms.trim().to_string(),
        delivery_terms: d.delivery_terms.trim().to_string(),
        incoterm: d.incoterm.trim().to_string(),
        lead_days,
        note: d.note.trim().to_string(),
    };
    let bounds = answer.validate(d.lines.len(), today);
    if bounds.is_empty() {
        Ok(answer)
    } else {
        Err(bounds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::configure::Configuration;
    use expocx_contract::quotes::{QuoteLine, QuoteRevision, QuoteStatus, QuoteSummary};
    use expocx_contract::{Localized, Money, Timestamp};

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    fn quote(revisions: Vec<QuoteRevision>) -> Quote {
        let line = QuoteLine {
            product_id: 1,
            name: Localized::new("茶", "茶", "Tea"),
            configuration: Configuration {
                choices: vec![],
                quantity: 100,
            },
            chosen: vec![],
            list_unit: Money::cny(1250),
        };
        Quote {
            summary: QuoteSummary {
                id: 1,
                number: "Q26-000001".into(),
                status: QuoteStatus::Requested,
                exhibitor_id: 2,
                exhibitor_name: Localized::default(),
                buyer: None,
                assignee_id: None,
                title: Localized::default(),
                line_count: 2,
                total: None,
                valid_until: None,
                answer_by: Timestamp::default(),
                created_at: Timestamp::default(),
                updated_at: Timestamp::default(),
            },
            lines: vec![line.clone(), line],
            needed_by: None,
            region: String::new(),
            revisions,
            messages: vec![],
            actions: vec![],
            order_id: None,
            buyer_company: String::new(),
            version: 1,
        }
    }

    #[test]
    fn a_first_answer_starts_from_the_list_prices_and_two_weeks_of_validity() {
        let d = draft_from(&quote(vec![]), day("2026-12-06"));
        assert_eq!(
            d.lines,
            vec![
                LineDraft {
                    discount: false,
                    value: "12.50".into()
                };
                2
            ]
        );
        assert_eq!(d.valid_until, "2026-12-20");
    }

    #[test]
    fn a_revision_starts_from_the_latest_and_never_from_a_past_day() {
        let answer = QuoteAnswer {
            prices: vec![
                LinePrice::Unit { minor: 1100 },
                LinePrice::Discount { basis_points: 550 },
            ],
            valid_until: day("2026-12-01"),
            payment_terms: "30 % deposit".into(),
            delivery_terms: String::new(),
            incoterm: "FOB Shanghai".into(),
            lead_days: 20,
            note: String::new(),
        };
        let rev = QuoteRevision {
            number: 1,
            units: vec![Money::cny(1100), Money::cny(1181)],
            total: Money::cny(228_100),
            answer,
            at: Timestamp::default(),
            superseded: false,
        };
        let today = day("2026-12-06");
        let d = draft_from(&quote(vec![rev.clone()]), today);
        assert_eq!(
            d.lines[1],
            LineDraft {
                discount: true,
                value: "5.50".into()
            }
        );
        assert_eq!(
            (d.valid_until.as_str(), d.lead_days.as_str()),
            ("2026-12-06", "20")
        );
        // Sent back unchanged, the draft is the same answer (valid from today).
        let again = build_answer(&d, today).unwrap();
        assert_eq!(again.prices, rev.answer.prices);
        assert_eq!(again.valid_until, today);
    }

    #[test]
    fn unreadable_prices_days_and_lead_times_are_named_by_field() {
        let today = day("2026-12-06");
        let mut d = draft_from(&quote(vec![]), today);
        d.lines[1].value = "12,5".into();
        d.valid_until = "next week".into();
        d.lead_days = "-3".into();
        let fields = |d: &AnswerDraft| {
            build_answer(d, today)
                .unwrap_err()
                .into_iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(&d), ["prices.1", "valid_until", "lead_days"]);
        d.lines[1] = LineDraft {
            discount: true,
            value: "100.01".into(),
        };
        d.valid_until = "2027-12-06".into();
        d.lead_days = String::new();
        assert_eq!(
            fields(&d),
            ["prices.1", "valid_until"],
            "the contract's bounds"
        );
    }
}
