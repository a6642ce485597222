//! The lead settings as typed: every number still text, a question's choices one per line. Read
//! into [`LeadSettings`] with each error named as the contract's `validate()` (and the server)
//! names it, so it shows beside the input at fault.

use expocx_contract::leads::{LeadQuestion, LeadSettings, QuestionKind, ScoreRule};
use expocx_contract::{FieldError, FieldErrorCode};

/// A rule's kind, as the form's select names it (the wire's `kind`).
pub const RULE_KINDS: [&str; 6] = [
    "scanned",
    "viewed_products",
    "in_cart",
    "requested_quote",
    "trade_buyer",
    "answered",
];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionDraft {
    pub id: String,
    pub label: String,
    /// One of a list (else a free text).
    pub choice: bool,
    /// One per line.
    pub choices: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleDraft {
    /// One of [`RULE_KINDS`].
    pub kind: String,
    pub points: String,
    pub at_least: String,
    pub question: String,
    pub value: String,
}

impl Default for RuleDraft {
    fn default() -> Self {
        RuleDraft {
            kind: "scanned".into(),
            points: "10".into(),
            at_least: "3".into(),
            question: String::new(),
            value: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsDraft {
    pub questions: Vec<QuestionDraft>,
    pub rules: Vec<RuleDraft>,
    pub threshold: String,
    pub half_life_days: String,
}

/// A whole number as staff type it: `-5`, `−5` (a true minus sign), `+5`, ` 5 `.
fn number(s: &str) -> Option<i64> {
    let s = s.trim().replace('−', "-");
    s.strip_prefix('+').unwrap_or(&s).parse().ok()
}

fn invalid(field: String) -> FieldError {
    FieldError::new(&field, FieldErrorCode::InvalidValue)
}

impl SettingsDraft {
    pub fn from_settings(s: &LeadSettings) -> Self {
        let rule = |r: &ScoreRule| {
            let mut d = RuleDraft {
                points: r.points().to_string(),
                ..RuleDraft::default()
            };
            d.kind = match r {
                ScoreRule::Scanned { .. } => "scanned",
                ScoreRule::ViewedProducts { at_least, .. } => {
                    d.at_least = at_least.to_string();
                    "viewed_products"
                }
                ScoreRule::InCart { .. } => "in_cart",
                ScoreRule::RequestedQuote { .. } => "requested_quote",
                ScoreRule::TradeBuyer { .. } => "trade_buyer",
                ScoreRule::Answered {
                    question, value, ..
                } => {
                    (d.question, d.value) = (question.clone(), value.clone());
                    "answered"
                }
                // A kind this app does not know: not editable here.
                ScoreRule::Unknown => return None,
            }
            .to_string();
            Some(d)
        };
        SettingsDraft {
            questions: s
                .questions
                .iter()
                .map(|q| QuestionDraft {
                    id: q.id.clone(),
                    label: q.label.clone(),
                    choice: q.kind == QuestionKind::Choice,
                    choices: q.choices.join("\n"),
                })
                .collect(),
            rules: s.rules.iter().filter_map(rule).collect(),
            threshold: s.threshold.to_string(),
            half_life_days: s.half_life_days.to_string(),
        }
    }

    /// The settings typed, or the fields to fix (nothing is sent then).
    pub fn read(&self) -> Result<LeadSettings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let questions = self
            .questions
            .iter()
            .map(|q| LeadQuestion {
                id: q.id.trim().to_string(),
                label: q.label.trim().to_string(),
                kind: if q.choice {
                    QuestionKind::Choice
                } else {
                    QuestionKind::Text
                },
                choices: if q.choice {
                    q.choices
                        .lines()
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_string)
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        let mut rules = Vec::new();
        for (i, r) in self.rules.iter().enumerate() {
            let at = |f: &str| format!("rules.{i}.{f}");
            let points = number(&r.points).and_then(|p| i32::try_from(p).ok());
            if points.is_none() {
                errors.push(invalid(at("points")));
            }
            let points = points.unwrap_or(0);
            let rule = match r.kind.as_str() {
                "viewed_products" => {
                    let at_least = number(&r.at_least).and_then(|n| u32::try_from(n).ok());
                    if at_least.is_none() {
                        errors.push(invalid(at("at_least")));
                    }
                    ScoreRule::ViewedProducts {
                        at_least: at_least.unwrap_or(0),
                        points,
                    }
                }
                "in_cart" => ScoreRule::InCart { points },
                "requested_quote" => ScoreRule::RequestedQuote { points },
                "trade_buyer" => ScoreRule::TradeBuyer { points },
                "answered" => ScoreRule::Answered {
                    question: r.question.trim().to_string(),
                    value: r.value.trim().to_string(),
                    points,
                },
                _ => ScoreRule::Scanned { points },
            };
            rules.push(rule);
        }
        let threshold = number(&self.threshold).and_then(|n| i32::try_from(n).ok());
        if threshold.is_none() {
            errors.push(invalid("threshold".into()));
        }
        let half_life = number(&self.half_life_days).and_then(|n| u32::try_from(n).ok());
        if half_life.is_none() {
            errors.push(invalid("half_life_days".into()));
        }
        let settings = LeadSettings {
            questions,
            rules,
            threshold: threshold.unwrap_or(0),
            half_life_days: half_life.unwrap_or(0),
        };
        // The contract's own checks, on the fields that could be read.
        for e in settings.validate() {
            if !errors.iter().any(|o| o.field == e.field) {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(refine(errors))
        }
    }

    /// Whether the form shows `field` beside an input of its own.
    pub fn placed(&self, field: &str) -> bool {
        let mut all: Vec<String> = ["questions", "rules", "threshold", "half_life_days"]
            .map(String::from)
            .to_vec();
        for i in 0..self.questions.len() {
            all.extend(["id", "label", "choices"].map(|f| format!("questions.{i}.{f}")));
        }
        for i in 0..self.rules.len() {
            all.push(format!("rules.{i}"));
            all.extend(
                ["points", "at_least", "question", "value"].map(|f| format!("rules.{i}.{f}")),
            );
        }
        all.iter().any(|f| f == field)
    }
}

/// Errors narrowed to the inputs that show them: a question's choice (`questions.0.choices.2`)
/// is its choices box; its kind is the choices box too (the only way to a wrong kind here).
pub fn refine(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut out: Vec<FieldError> = Vec::new();
    for mut e in errors {
        let parts: Vec<&str> = e.field.split('.').collect();
        if let ["questions", n, "choices" | "kind", ..] = parts[..] {
            e.field = format!("questions.{n}.choices");
        }
        if !out.iter().any(|o| o.field == e.field) {
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(r: Result<LeadSettings, Vec<FieldError>>) -> Vec<String> {
        r.unwrap_err().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn the_defaults_read_back_as_they_were() {
        let s = LeadSettings::default();
        let d = SettingsDraft::from_settings(&s);
        assert_eq!(d.rules.len(), 5);
        assert_eq!(d.read(), Ok(s));
    }

    #[test]
    fn questions_rules_and_numbers_are_read_as_typed() {
        let mut d = SettingsDraft {
            threshold: " 40 ".into(),
            half_life_days: "0".into(),
            ..Default::default()
        };
        d.questions.push(QuestionDraft {
            id: " budget ".into(),
            label: "Budget".into(),
            choice: true,
            choices: "10k+\n\n  less \n".into(),
        });
        d.rules.push(RuleDraft {
            kind: "answered".into(),
            points: "−5".into(),
            question: "budget".into(),
            value: "less".into(),
            ..Default::default()
        });
        let s = d.read().unwrap();
        assert_eq!(s.questions[0].id, "budget");
        assert_eq!(s.questions[0].choices, ["10k+", "less"]);
        assert_eq!(
            s.rules[0],
            ScoreRule::Answered {
                question: "budget".into(),
                value: "less".into(),
                points: -5
            }
        );
        assert_eq!(SettingsDraft::from_settings(&s).read(), Ok(s));
    }

    #[test]
    fn each_error_is_named_where_its_input_is() {
        let mut d = SettingsDraft::from_settings(&LeadSettings::default());
        d.rules[0].points = "ten".into();
        d.rules[1].at_least = "".into();
        d.rules[2].points = "200".into();
        d.threshold = "x".into();
        d.half_life_days = "-1".into();
        d.questions.push(QuestionDraft {
            id: "".into(),
            label: "".into(),
            choice: true,
            choices: "".into(),
        });
        let got = fields(d.read());
        for want in [
            "rules.0.points",
            "rules.1.at_least",
            "rules.2.points",
            "threshold",
            "half_life_days",
            "questions.0.id",
            "questions.0.label",
            "questions.0.choices",
        ] {
            assert!(got.iter().any(|f| f == want), "{want} missing in {got:?}");
            assert!(d.placed(want), "{want} has no input");
        }
        assert_eq!(got.iter().filter(|f| *f == "rules.0.points").count(), 1);
        assert!(!d.placed("questions.9.id"));
    }

    #[test]
    fn a_wrong_choice_is_shown_at_the_choices_box() {
        let e = refine(vec![
            FieldError::new("questions.1.choices.3", FieldErrorCode::InvalidValue),
            FieldError::new("questions.1.choices", FieldErrorCode::TooLong),
            FieldError::new("rules.0.question", FieldErrorCode::InvalidValue),
        ]);
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["questions.1.choices", "rules.0.question"]);
    }
}
