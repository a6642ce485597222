//! Campaigns in words, for the campaign pages: a status, the channels, the live count of an
//! audience, its conditions, what happened for a member, and shares in percent.

use expocx_contract::campaigns::{Audience, AudienceFilter, CampaignStatus};
use expocx_contract::customers::Stage;
use expocx_contract::{Category, Channel, Lang};

use super::customer_words::{segment_text, stage_text};
use super::lead_words::{status_text as lead_status_text, tier_text};
use crate::format;
use crate::i18n::campaign_page::progress as outcome;
use crate::i18n::campaigns::words::*;
use crate::i18n::{fill, pick, Text};

/// Where the list lives; a campaign is `{CAMPAIGNS_BASE}/{id}`, a new one `…/new`.
pub const CAMPAIGNS_BASE: &str = "/exhibitor/campaigns";

pub fn status_text(s: CampaignStatus) -> &'static Text {
    match s {
        CampaignStatus::Draft => &STATUS_DRAFT,
        CampaignStatus::Scheduled => &STATUS_SCHEDULED,
        CampaignStatus::Sending => &STATUS_SENDING,
        CampaignStatus::Done => &STATUS_DONE,
        CampaignStatus::Cancelled => &STATUS_CANCELLED,
        CampaignStatus::Unknown => &STATUS_UNKNOWN,
    }
}

pub fn channel_text(c: Channel) -> &'static Text {
    match c {
        Channel::InApp => &CHANNEL_IN_APP,
        Channel::Sms => &CHANNEL_SMS,
        Channel::Email => &CHANNEL_EMAIL,
        Channel::Wechat => &CHANNEL_WECHAT,
    }
}

fn reach_text(c: Channel) -> &'static Text {
    match c {
        Channel::InApp => &REACH_IN_APP,
        Channel::Sms => &REACH_SMS,
        Channel::Email => &REACH_EMAIL,
        Channel::Wechat => &REACH_WECHAT,
    }
}

/// Words in a list, as each language joins them (`SMS, WeChat`; `短信、微信`).
pub fn joined(words: impl IntoIterator<Item = impl AsRef<str>>, lang: Lang) -> String {
    let words: Vec<String> = words.into_iter().map(|w| w.as_ref().to_string()).collect();
    words.join(if lang == Lang::En { ", " } else { "、" })
}

pub fn channels_words(channels: &[Channel], lang: Lang) -> String {
    joined(channels.iter().map(|c| pick(channel_text(*c), lang)), lang)
}

/// The live count: "1,240 match · 310 allow WeChat messages · 95 excluded by caps or strong
/// intent", the channels chosen in the order the server counted them.
pub fn audience_line(a: &Audience, chosen: &[Channel], lang: Lang) -> String {
    let say = |text: &Text, n: u64| fill(pick(text, lang), &[("n", &format::count(n))]);
    let mut reach: Vec<(Channel, u64)> = a
        .channels
        .iter()
        .filter(|r| chosen.contains(&r.channel))
        .map(|r| (r.channel, r.members))
        .collect();
    for c in chosen {
        if !reach.iter().any(|(r, _)| r == c) {
            reach.push((*c, 0));
        }
    }
    let mut parts = vec![say(&MATCHED, a.matched)];
    parts.extend(reach.into_iter().map(|(c, n)| say(reach_text(c), n)));
    parts.push(say(&EXCLUDED, a.excluded));
    if a.no_consent > 0 {
        parts.push(say(&NO_CONSENT, a.no_consent));
    }
    parts.join(" · ")
}

/// What happened for a member, by the wire's name; an unknown one as sent.
pub fn outcome_text(name: &str) -> Option<&'static Text> {
    use outcome::*;
    Some(match name {
        "sent" => &SENT,
        "deferred" => &DEFERRED,
        "holdout" => &HOLDOUT,
        "no_consent" => &outcome::NO_CONSENT,
        "weekly_cap" => &WEEKLY_CAP,
        "strong_intent" => &STRONG_INTENT,
        "frequency_limit" => &FREQUENCY_LIMIT,
        "budget_spent" => &BUDGET_SPENT,
        "inactive" => &INACTIVE,
        "not_chosen" => &NOT_CHOSEN,
        _ => return None,
    })
}

/// Basis points as a percent with one decimal (`1234` → `12.3`); `signed` puts `+` before a
/// gain. A loss carries a true minus sign.
pub fn bp_percent(bp: i64, signed: bool) -> String {
    let tenths = (bp.unsigned_abs() + 5) / 10;
    let sign = match bp.signum() {
        _ if tenths == 0 => "",
        -1 => "−",
        1 if signed => "+",
        _ => "",
    };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// A category's name, or "category 7" when the list does not have it (any more).
pub fn category_name(id: i64, categories: &[Category], lang: Lang) -> String {
    match categories.iter().find(|c| c.id == id) {
        Some(c) => c.name.get(lang).to_string(),
        None => fill(pick(&CATEGORY_N, lang), &[("id", &id.to_string())]),
    }
}

/// Each condition of an audience in words, one line each.
pub fn conditions(a: &AudienceFilter, categories: &[Category], lang: Lang) -> Vec<String> {
    let list =
        |text: &Text, words: Vec<&str>| fill(pick(text, lang), &[("list", &joined(words, lang))]);
    let number = |text: &Text, n: String| fill(pick(text, lang), &[("n", &n)]);
    let category = |id| category_name(id, categories, lang);
    let mut out = Vec::new();
    if !a.stages.is_empty() {
        let known = a.stages.iter().filter(|s| **s != Stage::Unknown);
        out.push(list(
            &COND_STAGES,
            known.map(|s| pick(stage_text(*s), lang)).collect(),
        ));
    }
    if !a.segments.is_empty() {
        let words = a.segments.iter().map(|s| pick(segment_text(*s), lang));
        out.push(list(&COND_SEGMENTS, words.collect()));
    }
    if !a.lead_statuses.is_empty() {
        let words = a
            .lead_statuses
            .iter()
            .map(|s| pick(lead_status_text(*s), lang));
        out.push(list(&COND_LEADS, words.collect()));
    }
    if let Some(s) = a.min_lead_score {
        out.push(number(&COND_SCORE, s.to_string()));
    }
    if let Some(id) = a.interest_category_id {
        out.push(fill(
            pick(&COND_INTEREST, lang),
            &[("category", &category(id))],
        ));
    }
    if let Some(h) = a.cart_unpaid_hours {
        out.push(number(&COND_CART, h.to_string()));
    }
    if let Some(d) = a.quote_waiting_days {
        out.push(number(&COND_QUOTE, d.to_string()));
    }
    if let Some(b) = &a.bought {
        let bought = match b.category_id {
            Some(id) => fill(pick(&COND_BOUGHT_IN, lang), &[("category", &category(id))]),
            None => pick(&COND_BOUGHT, lang).to_string(),
        };
        out.push(match b.not_in_days {
            Some(n) => fill(
                pick(&COND_NOT_SINCE, lang),
                &[("bought", &bought), ("n", &n.to_string())],
            ),
            None => bought,
        });
    }
    if !a.tiers.is_empty() {
        let words = a.tiers.iter().map(|t| pick(tier_text(*t), lang));
        out.push(list(&COND_TIERS, words.collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::campaigns::{Bought, ChannelReach};
    use expocx_contract::Localized;

    fn audience() -> Audience {
        let reach = |channel, members| ChannelReach { channel, members };
        Audience {
            matched: 1_240,
            channels: vec![
                reach(Channel::Wechat, 310),
                reach(Channel::Sms, 180),
                reach(Channel::Email, 75),
            ],
            excluded: 95,
            no_consent: 0,
        }
    }

    #[test]
    fn the_live_count_names_only_the_channels_chosen() {
        let chosen = [Channel::Sms, Channel::Wechat];
        assert_eq!(
            audience_line(&audience(), &chosen, Lang::En),
            "1,240 match · 310 allow WeChat messages · 180 allow SMS · 95 excluded by caps or strong intent"
        );
        let a = Audience {
            no_consent: 40,
            ..audience()
        };
        assert_eq!(
            audience_line(&a, &[Channel::InApp], Lang::En),
            "1,240 match · 0 in the app inbox · 95 excluded by caps or strong intent · 40 without any marketing consent"
        );
        assert_eq!(
            audience_line(&audience(), &[], Lang::ZhHans),
            "1,240 人符合条件 · 95 人因发送上限或购买意向强而排除"
        );
        assert!(
            audience_line(&audience(), &chosen, Lang::ZhHant).contains("310 人允許接收微信訊息")
        );
    }

    #[test]
    fn shares_read_as_percent_with_one_decimal() {
        for (bp, signed, want) in [
            (1234, false, "12.3"),
            (1250, true, "+12.5"),
            (-45, true, "−0.5"),
            (-4, true, "0.0"),
            (0, true, "0.0"),
            (10_000, false, "100.0"),
        ] {
            assert_eq!(bp_percent(bp, signed), want, "{bp}");
        }
    }

    #[test]
    fn an_audience_reads_as_its_conditions() {
        let tea = Category {
            id: 3,
            slug: "tea".into(),
            name: Localized {
                zh_hans: "茶叶".into(),
                zh_hant: "茶葉".into(),
                en: "Tea".into(),
            },
            product_count: 4,
        };
        let a = AudienceFilter {
            stages: vec![Stage::Exploring, Stage::Declining],
            cart_unpaid_hours: Some(24),
            bought: Some(Bought {
                product_id: None,
                category_id: Some(3),
                not_in_days: Some(30),
            }),
            interest_category_id: Some(9),
            ..AudienceFilter::default()
        };
        assert_eq!(
            conditions(&a, std::slice::from_ref(&tea), Lang::En),
            [
                "Stage: Exploring, Declining",
                "Interested in category 9",
                "Cart left unpaid for at least 24 hours",
                "Bought Tea from us, not in the last 30 days",
            ]
        );
        assert_eq!(
            conditions(&a, &[tea], Lang::ZhHans)[3],
            "在本店买过「茶叶」，但最近 30 天内没有"
        );
        assert!(conditions(&AudienceFilter::default(), &[], Lang::En).is_empty());
    }

    #[test]
    fn every_outcome_the_contract_names_has_words() {
        for o in [
            "sent",
            "deferred",
            "holdout",
            "no_consent",
            "weekly_cap",
            "strong_intent",
            "frequency_limit",
            "budget_spent",
            "inactive",
            "not_chosen",
        ] {
            assert!(outcome_text(o).is_some(), "{o}");
        }
        assert_eq!(outcome_text("fax"), None);
        assert_eq!(
            pick(outcome_text("no_consent").unwrap(), Lang::En),
            "No consent for the channel"
        );
    }
}
