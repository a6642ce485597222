//! Pricing a cart: combining lines, current price and stock against what the visitor saw,
//! coupons and offers. The data layer reads the facts; these functions decide.

use chrono::{DateTime, Utc};
use expocx_contract::MAX_LINE_QUANTITY;
use expocx_contract::{CartLineInput, CouponStatus, LineNotice, Localized, Money, ProductOption};

/// What a line is priced from: the product as it stands now.
#[derive(Debug, Clone, Default)]
pub struct ProductFacts {
    pub price_minor: i64,
    pub stock: u32,
    pub options: Vec<ProductOption>,
}

/// A line priced: the option chosen, unit price, the quantity that can be had and why it differs.
#[derive(Debug, Clone, PartialEq)]
pub struct PricedLine {
    pub option: Option<ProductOption>,
    pub unit_minor: i64,
    pub quantity: u32,
    pub notices: Vec<LineNotice>,
}

/// Same product and option: one line, quantities added (capped at `MAX_LINE_QUANTITY`).
pub fn combine(lines: &[CartLineInput]) -> Vec<CartLineInput> {
    let mut out: Vec<CartLineInput> = Vec::new();
    for l in lines {
        let option = l.option_id.clone().filter(|o| !o.is_empty());
        match out
            .iter_mut()
            .find(|x| x.product_id == l.product_id && x.option_id == option)
        {
            Some(x) => {
                x.quantity = (x.quantity + l.quantity).min(MAX_LINE_QUANTITY);
                if x.seen_price_minor.is_none() {
                    x.seen_price_minor = l.seen_price_minor;
                }
            }
            None => out.push(CartLineInput {
                option_id: option,
                quantity: l.quantity.min(MAX_LINE_QUANTITY),
                ..l.clone()
            }),
        }
    }
    out
}

/// Prices one line against the product as it is now. An unknown or missing option makes the
/// line unavailable (quantity 0); price changes are named; stock caps the quantity.
pub fn price_line(line: &CartLineInput, p: &ProductFacts) -> PricedLine {
    let mut notices = Vec::new();
    let option = match &line.option_id {
        Some(id) => {
            let found = p.options.iter().find(|o| &o.id == id).cloned();
            if found.is_none() {
                notices.push(LineNotice::Unavailable);
            }
            found
        }
        None if !p.options.is_empty() => {
            notices.push(LineNotice::Unavailable);
            None
        }
        None => None,
    };
    let unit_minor = (p.price_minor + option.as_ref().map_or(0, |o| o.price_delta_minor)).max(0);
    if !notices.is_empty() {
        return PricedLine {
            option,
            unit_minor,
            quantity: 0,
            notices,
        };
    }
    let mut quantity = line.quantity;
    match line.seen_price_minor {
        Some(seen) if seen < unit_minor => notices.push(LineNotice::PriceUp {
            from_minor: seen,
            to_minor: unit_minor,
        }),
        Some(seen) if seen > unit_minor => notices.push(LineNotice::PriceDown {
            from_minor: seen,
            to_minor: unit_minor,
        }),
        _ => {}
    }
    if p.stock == 0 {
        notices.push(LineNotice::SoldOut);
        quantity = 0;
    } else if p.stock < quantity {
        notices.push(LineNotice::QuantityReduced {
            asked: quantity,
            available: p.stock,
        });
        quantity = p.stock;
    }
    PricedLine {
        option,
        unit_minor,
        quantity,
        notices,
    }
}

/// A coupon as stored.
#[derive(Debug, Clone)]
pub struct Coupon {
    pub percent_off: Option<i64>,
    pub amount_off_minor: Option<i64>,
    pub min_total_minor: i64,
    pub category_id: Option<i64>,
    pub exhibitor_id: Option<i64>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub description: Localized,
}

/// What a coupon looks at in each line: (category, exhibitor, line total).
pub type EligibleLine = (i64, i64, i64);

/// A coupon's verdict on the lines at `now`, and the discount it gives.
pub fn apply_coupon(
    c: &Coupon,
    lines: &[EligibleLine],
    currency: &str,
    now: DateTime<Utc>,
) -> (CouponStatus, i64) {
    if now < c.starts_at {
        return (CouponStatus::NotStarted, 0);
    }
    if now > c.ends_at {
        return (CouponStatus::Expired, 0);
    }
    let eligible: i64 = lines
        .iter()
        .filter(|(cat, ex, _)| {
            c.category_id.is_none_or(|x| x == *cat) && c.exhibitor_id.is_none_or(|x| x == *ex)
        })
        .map(|(_, _, total)| total)
        .sum();
    if eligible == 0 && (c.category_id.is_some() || c.exhibitor_id.is_some()) {
        let description = c.description.clone();
        return (CouponStatus::NotApplicable { description }, 0);
    }
    if eligible < c.min_total_minor {
        let minimum = Money {
            amount_minor: c.min_total_minor,
            currency: currency.into(),
        };
        return (CouponStatus::BelowMinimum { minimum }, 0);
    }
    let discount = match (c.percent_off, c.amount_off_minor) {
        (Some(p), _) => eligible * p.clamp(0, 100) / 100,
        (None, Some(a)) => a.clamp(0, eligible),
        _ => 0,
    };
    let status = CouponStatus::Applied {
        discount: Money {
            amount_minor: discount,
            currency: currency.into(),
        },
        description: c.description.clone(),
    };
    (status, discount)
}

/// The total discount: the coupon's, then the offer's percentage of what is left, never more
/// than the subtotal.
pub fn total_discount(subtotal: i64, coupon_discount: i64, offer_percent: Option<u32>) -> i64 {
    let offer = offer_percent.map_or(0, |p| {
        (subtotal - coupon_discount).max(0) * p.min(100) as i64 / 100
    });
    (coupon_discount + offer).clamp(0, subtotal.max(0))
}

#[cfg(test)]
#[path = "pricing_tests.rs"]
mod tests;
