//! A campaign as typed: every number still text (empty: not used), each group of checkboxes a
//! row of flags. Read into a [`CampaignDraft`] with each error named as the contract's
//! `validate()` (and the server) names it, so it shows beside the input at fault.

use std::str::FromStr;

use expocx_contract::campaigns::{
    AudienceFilter, Bought, CampaignDraft, CampaignOffer, CouponOffer,
};
use expocx_contract::customers::{Segment, Stage};
use expocx_contract::leads::LeadStatus;
use expocx_contract::{Channel, FieldError, FieldErrorCode, Localized, Tier};

use crate::components::amounts::{parse_price, yuan};

pub const TIERS: [Tier; 3] = [Tier::Member, Tier::Silver, Tier::Gold];

/// What staff typed. Each `Vec<bool>` is a flag per value of the matching `ALL` list.
#[derive(Clone, Debug, PartialEq)]
pub struct CampaignValues {
    pub name: String,
    pub stages: Vec<bool>,
    pub segments: Vec<bool>,
    pub lead_statuses: Vec<bool>,
    pub min_lead_score: String,
    /// A category id, or empty for any.
    pub interest_category: String,
    pub cart_hours: String,
    pub quote_days: String,
    pub bought: bool,
    pub bought_category: String,
    pub bought_not_in_days: String,
    pub tiers: Vec<bool>,
    pub message: Localized,
    pub coupon: bool,
    /// Percent off (else an amount off).
    pub percent: bool,
    pub percent_off: String,
    /// Yuan, as the amounts below.
    pub amount_off: String,
    pub min_spend: String,
    pub coupon_category: String,
    pub valid_days: String,
    pub channels: Vec<bool>,
    pub holdout: String,
    pub per_member: String,
    pub budget: String,
    pub window_days: String,
}

impl Default for CampaignValues {
    fn default() -> Self {
        CampaignValues {
            name: String::new(),
            stages: vec![false; Stage::ALL.len()],
            segments: vec![false; Segment::ALL.len()],
            lead_statuses: vec![false; LeadStatus::ALL.len()],
            min_lead_score: String::new(),
            interest_category: String::new(),
            cart_hours: String::new(),
            quote_days: String::new(),
            bought: false,
            bought_category: String::new(),
            bought_not_in_days: String::new(),
            tiers: vec![false; TIERS.len()],
            message: Localized::default(),
            coupon: false,
            percent: true,
            percent_off: String::new(),
            amount_off: String::new(),
            min_spend: String::new(),
            coupon_category: String::new(),
            valid_days: "10".into(),
            channels: vec![false; Channel::ALL.len()],
            holdout: "10".into(),
            per_member: "1".into(),
            budget: String::new(),
            window_days: "14".into(),
        }
    }
}

/// One value of the form: how to read it and how to change it (`lens!(message.en)`).
pub struct Lens<T: 'static> {
    pub get: fn(&CampaignValues) -> &T,
    pub set: fn(&mut CampaignValues) -> &mut T,
}

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Lens<T> {}

macro_rules! lens {
    ($($field:ident).+) => {
        $crate::pages::exhibitor::campaign_draft::Lens {
            get: |v| &v.$($field).+,
            set: |v| &mut v.$($field).+,
        }
    };
}
pub(crate) use lens;

/// The fields the form shows an error beside; any other the server names is listed with the
/// form's notice, so no error goes unseen.
pub const SHOWN_FIELDS: &[&str] = &[
    "name",
    "audience",
    "audience.stages",
    "audience.segments",
    "audience.lead_statuses",
    "audience.tiers",
    "audience.min_lead_score",
    "audience.cart_unpaid_hours",
    "audience.quote_waiting_days",
    "audience.bought.not_in_days",
    "offer.message",
    "offer.message.zh-Hans",
    "offer.message.zh-Hant",
    "offer.message.en",
    "offer.coupon",
    "offer.coupon.percent_off",
    "offer.coupon.amount_off_minor",
    "offer.coupon.min_spend_minor",
    "offer.coupon.valid_days",
    "channels",
    "holdout_percent",
    "per_member",
    "budget_minor",
    "window_days",
];

/// The values of `all` whose flag is set.
fn chosen<T: Copy>(all: &[T], flags: &[bool]) -> Vec<T> {
    all.iter()
        .zip(flags)
        .filter(|(_, on)| **on)
        .map(|(x, _)| *x)
        .collect()
}

fn flags<T: PartialEq>(all: &[T], chosen: &[T]) -> Vec<bool> {
    all.iter().map(|x| chosen.contains(x)).collect()
}

fn id_text(id: Option<i64>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn number_text<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Reads the typed numbers, noting each that cannot be read under its wire name.
#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn fail(&mut self, field: &str, code: FieldErrorCode) {
        self.errors.push(FieldError::new(field, code));
    }

    /// Empty: not used.
    fn optional<T: FromStr>(&mut self, field: &str, text: &str) -> Option<T> {
        let t = text.trim().replace('−', "-");
        if t.is_empty() {
            return None;
        }
        let parsed = t.strip_prefix('+').unwrap_or(&t).parse().ok();
        if parsed.is_none() {
            self.fail(field, FieldErrorCode::InvalidValue);
        }
        parsed
    }

    fn required<T: FromStr + Default>(&mut self, field: &str, text: &str) -> T {
        if text.trim().is_empty() {
            self.fail(field, FieldErrorCode::Required);
            return T::default();
        }
        self.optional(field, text).unwrap_or_default()
    }

    /// An amount in yuan, in minor units; empty is `empty`.
    fn yuan(&mut self, field: &str, text: &str, empty: Option<i64>) -> i64 {
        match (text.trim(), empty) {
            ("", Some(e)) => e,
            ("", None) => {
                self.fail(field, FieldErrorCode::Required);
                0
            }
            (t, _) => parse_price(t).unwrap_or_else(|| {
                self.fail(field, FieldErrorCode::InvalidValue);
                0
            }),
        }
    }
}

impl CampaignValues {
    pub fn from_draft(d: &CampaignDraft) -> Self {
        let a = &d.audience;
        let bought = a.bought.clone().unwrap_or_default();
        let coupon = d.offer.coupon.clone();
        let c = coupon.as_ref();
        CampaignValues {
            name: d.name.clone(),
            stages: flags(&Stage::ALL, &a.stages),
            segments: flags(&Segment::ALL, &a.segments),
            lead_statuses: flags(&LeadStatus::ALL, &a.lead_statuses),
            min_lead_score: number_text(a.min_lead_score),
            interest_category: id_text(a.interest_category_id),
            cart_hours: number_text(a.cart_unpaid_hours),
            quote_days: number_text(a.quote_waiting_days),
            bought: a.bought.is_some(),
            bought_category: id_text(bought.category_id),
            bought_not_in_days: number_text(bought.not_in_days),
            tiers: flags(&TIERS, &a.tiers),
            message: d.offer.message.clone(),
            coupon: c.is_some(),
            percent: c.is_none_or(|c| c.amount_off_minor.is_none()),
            percent_off: number_text(c.and_then(|c| c.percent_off)),
            amount_off: c
                .and_then(|c| c.amount_off_minor)
                .map(yuan)
                .unwrap_or_default(),
            min_spend: c
                .map(|c| c.min_spend_minor)
                .filter(|m| *m > 0)
                .map(yuan)
                .unwrap_or_default(),
            coupon_category: id_text(c.and_then(|c| c.category_id)),
            valid_days: c.map_or("10".into(), |c| c.valid_days.to_string()),
            channels: flags(&Channel::ALL, &d.channels),
            holdout: d.holdout_percent.to_string(),
            per_member: d.per_member.to_string(),
            budget: Some(d.budget_minor)
                .filter(|b| *b > 0)
                .map(yuan)
                .unwrap_or_default(),
            window_days: d.window_days.to_string(),
        }
    }

    fn read_audience(&self, r: &mut Reader) -> AudienceFilter {
        AudienceFilter {
            stages: chosen(&Stage::ALL, &self.stages),
            segments: chosen(&Segment::ALL, &self.segments),
            lead_statuses: chosen(&LeadStatus::ALL, &self.lead_statuses),
            min_lead_score: r.optional("audience.min_lead_score", &self.min_lead_score),
            interest_category_id: self.interest_category.parse().ok(),
            cart_unpaid_hours: r.optional("audience.cart_unpaid_hours", &self.cart_hours),
            quote_waiting_days: r.optional("audience.quote_waiting_days", &self.quote_days),
            bought: self.bought.then(|| Bought {
                product_id: None,
                category_id: self.bought_category.parse().ok(),
                not_in_days: r.optional("audience.bought.not_in_days", &self.bought_not_in_days),
            }),
            tiers: chosen(&TIERS, &self.tiers),
        }
    }

    /// The audience as typed (the live count asks for it), or the numbers that cannot be read.
    pub fn audience(&self) -> Result<AudienceFilter, Vec<FieldError>> {
        let mut r = Reader::default();
        let filter = self.read_audience(&mut r);
        if r.errors.is_empty() {
            Ok(filter)
        } else {
            Err(r.errors)
        }
    }

    fn read_coupon(&self, r: &mut Reader) -> CouponOffer {
        let (percent, amount) = ("offer.coupon.percent_off", "offer.coupon.amount_off_minor");
        CouponOffer {
            percent_off: self.percent.then(|| r.required(percent, &self.percent_off)),
            amount_off_minor: (!self.percent).then(|| r.yuan(amount, &self.amount_off, None)),
            min_spend_minor: r.yuan("offer.coupon.min_spend_minor", &self.min_spend, Some(0)),
            category_id: self.coupon_category.parse().ok(),
            valid_days: r.required("offer.coupon.valid_days", &self.valid_days),
        }
    }

    /// The campaign typed, or every field to fix (nothing is sent then): those that cannot be
    /// read, then the contract's own checks.
    pub fn read(&self) -> Result<CampaignDraft, Vec<FieldError>> {
        let mut r = Reader::default();
        let m = &self.message;
        let draft = CampaignDraft {
            name: self.name.trim().to_string(),
            audience: self.read_audience(&mut r),
            offer: CampaignOffer {
                message: Localized {
                    zh_hans: m.zh_hans.trim().to_string(),
                    zh_hant: m.zh_hant.trim().to_string(),
                    en: m.en.trim().to_string(),
                },
                coupon: self.coupon.then(|| self.read_coupon(&mut r)),
            },
            channels: chosen(&Channel::ALL, &self.channels),
            holdout_percent: r.required("holdout_percent", &self.holdout),
            per_member: r.required("per_member", &self.per_member),
            budget_minor: r.yuan("budget_minor", &self.budget, Some(0)),
            window_days: r.required("window_days", &self.window_days),
        };
        let mut errors = r.errors;
        // A rule broken only because a number could not be read says nothing more.
        let checked: Vec<FieldError> = draft
            .validate()
            .into_iter()
            .filter(|e| {
                let inside = format!("{}.", e.field);
                !errors
                    .iter()
                    .any(|u| u.field == e.field || u.field.starts_with(&inside))
            })
            .collect();
        errors.extend(checked);
        if errors.is_empty() {
            Ok(draft)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
#[path = "campaign_draft_tests.rs"]
mod tests;
