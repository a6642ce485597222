//! A lead's qualifying questions and answers, the exhibitor's scoring rules, and the score: the
//! sum of the rules that match, halved every half-life since the lead was last seen.

use serde::{Deserialize, Serialize};

use super::{
    text, LEAD_ANSWER_MAX, LEAD_CHOICES_MAX, LEAD_FIELD_MAX, LEAD_POINTS_MAX, LEAD_QUESTIONS_MAX,
    LEAD_RULES_MAX,
};
use crate::halving::half_to_the;
use crate::{FieldError, FieldErrorCode};

/// A qualifying question's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of `choices`.
    Choice,
    /// A short text.
    Text,
    #[serde(other)]
    Unknown,
}

/// One of the exhibitor's own qualifying questions (budget, timeline, role…), in the words
/// its staff use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadQuestion {
    /// Stable id (1–40 characters), what answers and scoring rules name.
    pub id: String,
    pub label: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub choices: Vec<String>,
}

/// An answer to a qualifying question on a lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadAnswer {
    pub question: String,
    pub value: String,
}

/// A scoring rule: what earns a lead points (negative points take them away).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScoreRule {
    /// Scanned at the booth (a badge lead).
    Scanned { points: i32 },
    /// Viewed at least `at_least` of this exhibitor's products (counted only while the visitor
    /// allows analytics).
    ViewedProducts { at_least: u32, points: i32 },
    /// Has this exhibitor's products in the cart now.
    InCart { points: i32 },
    /// Asked this exhibitor for a quote.
    RequestedQuote { points: i32 },
    /// A trade buyer (the profile names a company).
    TradeBuyer { points: i32 },
    /// Answered qualifying question `question` with `value`.
    Answered {
        question: String,
        value: String,
        points: i32,
    },
    #[serde(other)]
    Unknown,
}

impl ScoreRule {
    pub fn points(&self) -> i32 {
        match self {
            ScoreRule::Scanned { points }
            | ScoreRule::ViewedProducts { points, .. }
            | ScoreRule::InCart { points }
            | ScoreRule::RequestedQuote { points }
            | ScoreRule::TradeBuyer { points }
            | ScoreRule::Answered { points, .. } => *points,
            ScoreRule::Unknown => 0,
        }
    }
}

/// The exhibitor's lead settings: qualifying questions, scoring rules and what counts as
/// qualified (`GET`/`PUT /api/v1/exhibitor/lead-settings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadSettings {
    pub questions: Vec<LeadQuestion>,
    pub rules: Vec<ScoreRule>,
    /// A lead with at least this many points is qualified.
    pub threshold: i32,
    /// Points halve every this many days after the last contact (0: they never decay).
    pub half_life_days: u32,
}

impl Default for LeadSettings {
    /// What a new exhibitor starts with: documented, and changeable.
    fn default() -> Self {
        LeadSettings {
            questions: Vec::new(),
            rules: vec![
                ScoreRule::Scanned { points: 10 },
                ScoreRule::ViewedProducts {
                    at_least: 3,
                    points: 10,
                },
                ScoreRule::InCart { points: 20 },
                ScoreRule::RequestedQuote { points: 30 },
                ScoreRule::TradeBuyer { points: 20 },
            ],
            threshold: 40,
            half_life_days: 14,
        }
    }
}

impl LeadSettings {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.questions.len() > LEAD_QUESTIONS_MAX {
            errors.push(
                FieldError::new("questions", FieldErrorCode::TooLong)
                    .with_limit(LEAD_QUESTIONS_MAX as i64),
            );
        }
        for (i, q) in self.questions.iter().enumerate() {
            let f = |name: &str| format!("questions.{i}.{name}");
            let id = q.id.trim();
            if id.is_empty() || id.chars().count() > 40 {
                errors.push(FieldError::new(&f("id"), FieldErrorCode::InvalidValue));
            } else if self.questions[..i].iter().any(|o| o.id.trim() == id) {
                errors.push(FieldError::new(&f("id"), FieldErrorCode::Duplicate));
            }
            if q.label.trim().is_empty() {
                errors.push(FieldError::new(&f("label"), FieldErrorCode::Required));
            }
            text(&mut errors, &f("label"), &q.label, LEAD_FIELD_MAX);
            match q.kind {
                QuestionKind::Choice if q.choices.is_empty() => {
                    errors.push(FieldError::new(&f("choices"), FieldErrorCode::Required))
                }
                QuestionKind::Unknown => {
                    errors.push(FieldError::new(&f("kind"), FieldErrorCode::InvalidValue))
                }
                _ => {}
            }
            if q.choices.len() > LEAD_CHOICES_MAX {
                errors.push(
                    FieldError::new(&f("choices"), FieldErrorCode::TooLong)
                        .with_limit(LEAD_CHOICES_MAX as i64),
                );
            }
            for (j, c) in q.choices.iter().enumerate() {
                if c.trim().is_empty() || c.chars().count() > LEAD_ANSWER_MAX {
                    errors.push(FieldError::new(
                        &f(&format!("choices.{j}")),
                        FieldErrorCode::InvalidValue,
                    ));
                }
            }
        }
        if self.rules.len() > LEAD_RULES_MAX {
            errors.push(
                FieldError::new("rules", FieldErrorCode::TooLong).with_limit(LEAD_RULES_MAX as i64),
            );
        }
        for (i, r) in self.rules.iter().enumerate() {
            let field = format!("rules.{i}");
            if !(-LEAD_POINTS_MAX..=LEAD_POINTS_MAX).contains(&r.points()) {
                errors.push(
                    FieldError::new(&format!("{field}.points"), FieldErrorCode::OutOfRange)
                        .with_limit(LEAD_POINTS_MAX as i64),
                );
            }
            match r {
                ScoreRule::Unknown => {
                    errors.push(FieldError::new(&field, FieldErrorCode::InvalidValue))
                }
                ScoreRule::ViewedProducts { at_least, .. } if !(1..=1000).contains(at_least) => {
                    errors.push(FieldError::new(
                        &format!("{field}.at_least"),
                        FieldErrorCode::OutOfRange,
                    ))
                }
                ScoreRule::Answered {
                    question, value, ..
                } => {
                    if !self.questions.iter().any(|q| q.id.trim() == question) {
                        errors.push(FieldError::new(
                            &format!("{field}.question"),
                            FieldErrorCode::InvalidValue,
                        ));
                    }
                    text(
                        &mut errors,
                        &format!("{field}.value"),
                        value,
                        LEAD_ANSWER_MAX,
                    );
                }
                _ => {}
            }
        }
        let most = LEAD_POINTS_MAX * LEAD_RULES_MAX as i32;
        if !(0..=most).contains(&self.threshold) {
            errors.push(
                FieldError::new("threshold", FieldErrorCode::OutOfRange).with_limit(most as i64),
            );
        }
        if self.half_life_days > 365 {
            errors.push(
                FieldError::new("half_life_days", FieldErrorCode::OutOfRange).with_limit(365),
            );
        }
        errors
    }

    /// Answers that fit these questions: a known question, a choice among its own, a bounded
    /// text; each question once.
    pub fn check_answers(&self, answers: &[LeadAnswer]) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (i, a) in answers.iter().enumerate() {
            let field = format!("answers.{i}");
            let repeated = answers[..i].iter().any(|b| b.question == a.question);
            let ok = !repeated
                && match self.questions.iter().find(|q| q.id == a.question) {
                    None => false,
                    Some(q) if q.kind == QuestionKind::Choice => q.choices.contains(&a.value),
                    Some(_) => a.value.chars().count() <= LEAD_ANSWER_MAX,
                };
            if !ok {
                errors.push(FieldError::new(&field, FieldErrorCode::InvalidValue));
            }
        }
        errors
    }
}

/// What the server knows about a lead for scoring.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeadFacts {
    pub scanned: bool,
    /// Distinct products of this exhibitor viewed; `None` without the analytics consent.
    pub products_viewed: Option<u32>,
    pub in_cart: bool,
    pub requested_quote: bool,
    pub trade_buyer: bool,
    pub answers: Vec<LeadAnswer>,
    /// Whole days since the lead was last seen (scanned, typed in or edited).
    pub age_days: u32,
}

/// Points one rule gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScorePart {
    pub rule: ScoreRule,
    pub points: i32,
}

/// A lead's score and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadScore {
    /// After decay, rounded to the nearest point.
    pub points: i32,
    pub qualified: bool,
    /// The rules that matched, with their full points (before decay).
    pub parts: Vec<ScorePart>,
    /// Points taken by age (the sum of `parts` minus `points`).
    #[serde(default)]
    pub decayed: i32,
}

/// The lead's score under `settings`: the sum of the matching rules' points, halved every
/// `half_life_days` since the lead was last seen, rounded; qualified at `threshold` or more.
pub fn score(settings: &LeadSettings, facts: &LeadFacts) -> LeadScore {
    let parts: Vec<ScorePart> = settings
        .rules
        .iter()
        .filter(|r| matches(r, facts))
        .map(|r| ScorePart {
            rule: r.clone(),
            points: r.points(),
        })
        .collect();
    let full: i32 = parts.iter().map(|p| p.points).sum();
    let points = if settings.half_life_days == 0 {
        full
    } else {
        let factor = half_to_the(facts.age_days as f64 / settings.half_life_days as f64);
        (full as f64 * factor).round() as i32
    };
    LeadScore {
        points,
        qualified: points >= settings.threshold,
        parts,
        decayed: full - points,
    }
}

fn matches(rule: &ScoreRule, f: &LeadFacts) -> bool {
    match rule {
        ScoreRule::Scanned { .. } => f.scanned,
        ScoreRule::ViewedProducts { at_least, .. } => {
            f.products_viewed.is_some_and(|n| n >= *at_least)
        }
        ScoreRule::InCart { .. } => f.in_cart,
        ScoreRule::RequestedQuote { .. } => f.requested_quote,
        ScoreRule::TradeBuyer { .. } => f.trade_buyer,
        ScoreRule::Answered {
            question, value, ..
        } => f
            .answers
            .iter()
            .any(|a| &a.question == question && a.value.trim().eq_ignore_ascii_case(value.trim())),
        ScoreRule::Unknown => false,
    }
}
