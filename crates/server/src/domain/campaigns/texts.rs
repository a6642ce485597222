//! A campaign's texts, in the three languages: why the member got it (from the first condition
//! of its audience), what its coupon gives, and the exhibitor's message with every language
//! filled (an empty one shows another).

use expocx_contract::campaigns::{AudienceFilter, CouponOffer};
use expocx_contract::{Lang, Localized};

use super::super::texts::money;

/// Why a member of `filter`'s audience got the exhibitor's offer.
pub fn why(filter: &AudienceFilter, ex: &Localized) -> Localized {
    let (h, t, e) = (ex.get(Lang::ZhHans), ex.get(Lang::ZhHant), ex.get(Lang::En));
    let say = |a: String, b: String, c: String| Localized::new(&a, &b, &c);
    if filter.cart_unpaid_hours.is_some() {
        say(
            format!("你的购物车里还有{h}的商品。"),
            format!("你的購物車裡還有{t}的商品。"),
            format!("You left {e}'s products in your cart."),
        )
    } else if filter.quote_waiting_days.is_some() {
        say(
            format!("{h}的报价正在等你答复。"),
            format!("{t}的報價正在等你答覆。"),
            format!("{e}'s quote is waiting for your answer."),
        )
    } else if filter.bought.is_some() {
        say(
            format!("你曾在{h}购买过商品。"),
            format!("你曾在{t}購買過商品。"),
            format!("You bought from {e} before."),
        )
    } else if filter.interest_category_id.is_some() {
        say(
            format!("你关注过{h}所售的品类（你允许了个性化推荐）。"),
            format!("你關注過{t}所售的品類（你允許了個人化推薦）。"),
            format!("You showed interest in what {e} sells (you allow personalization)."),
        )
    } else if !filter.lead_statuses.is_empty() || filter.min_lead_score.is_some() {
        say(
            format!("你在展会上到访过{h}的展位。"),
            format!("你在展會上到訪過{t}的展位。"),
            format!("You met {e} at their booth."),
        )
    } else if filter.tiers.is_empty() {
        say(
            format!("你是{h}的顾客。"),
            format!("你是{t}的顧客。"),
            format!("You are a customer of {e}."),
        )
    } else {
        say(
            format!("这是{h}给你所在会员等级的优惠。"),
            format!("這是{t}給你所在會員等級的優惠。"),
            format!("{e}'s offer for your membership tier."),
        )
    }
}

/// What the coupon gives, at the exhibitor `ex`.
pub fn coupon(c: &CouponOffer, ex: &Localized) -> Localized {
    let (h, t, e) = (ex.get(Lang::ZhHans), ex.get(Lang::ZhHant), ex.get(Lang::En));
    let off = match (c.percent_off, c.amount_off_minor) {
        (Some(p), _) => [
            format!("{p}% 折扣"),
            format!("{p}% 折扣"),
            format!("{p}% off"),
        ],
        (None, a) => {
            let m = money(&expocx_contract::Money::cny(a.unwrap_or(0)));
            [format!("立减 {m}"), format!("立減 {m}"), format!("{m} off")]
        }
    };
    let [oh, ot, oe] = off;
    let min =
        (c.min_spend_minor > 0).then(|| money(&expocx_contract::Money::cny(c.min_spend_minor)));
    let (mh, mt, me) = match &min {
        Some(m) => (
            format!("，满 {m} 可用"),
            format!("，滿 {m} 可用"),
            format!(", on {m} or more"),
        ),
        None => Default::default(),
    };
    Localized::new(
        &format!("{h}商品{oh}{mh}"),
        &format!("{t}商品{ot}{mt}"),
        &format!("{oe} {e}'s products{me}"),
    )
}

/// The exhibitor's message with every language filled, and the coupon's line after it.
pub fn message(words: &Localized, coupon: Option<&Localized>) -> Localized {
    let fill = |lang| {
        let w = words.get(lang);
        match coupon {
            Some(c) => format!("{w}\n{}", c.get(lang)),
            None => w.to_string(),
        }
    };
    Localized {
        zh_hans: fill(Lang::ZhHans),
        zh_hant: fill(Lang::ZhHant),
        en: fill(Lang::En),
    }
}
