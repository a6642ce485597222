//! Hall maps, carts, coupons and offers.
//!
//! The backend is the authority on price and stock: a cart is always answered *revalidated*
//! ([`CartView`]), each line saying what changed since the visitor saw it ([`LineNotice`]).

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode, Localized, Money};

/// One selectable option of a product (size, weight, glaze…); it may change the price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductOption {
    /// Stable id within the product, e.g. `250g`.
    pub id: String,
    pub label: Localized,
    /// Added to the product's price, in minor units (may be negative).
    pub price_delta_minor: i64,
}

/// Answer of `GET /api/v1/halls/{id}/map`: the floor plan of one hall, in abstract units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HallMap {
    pub hall_id: i64,
    pub code: String,
    pub name: Localized,
    pub width: u32,
    pub height: u32,
    pub booths: Vec<Booth>,
}

/// A booth rectangle on a [`HallMap`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booth {
    /// Booth number, e.g. `H1-A07`.
    pub booth: String,
    pub exhibitor_id: i64,
    pub exhibitor_name: Localized,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

/// A line of a cart as the client holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartLineInput {
    pub product_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    pub quantity: u32,
    /// Unit price (minor units) the visitor saw when adding; the server compares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_price_minor: Option<i64>,
}

/// Most units of one line.
pub const MAX_LINE_QUANTITY: u32 = 99;
/// Most lines in one cart.
pub const MAX_CART_LINES: usize = 100;

/// Body of `PUT /api/v1/cart`, `POST /api/v1/cart/quote` and `POST /api/v1/cart/merge`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartInput {
    pub lines: Vec<CartLineInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
}

impl CartInput {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.lines.len() > MAX_CART_LINES {
            errors.push(FieldError::new("lines", FieldErrorCode::TooLong));
        }
        for (i, l) in self.lines.iter().enumerate() {
            if l.quantity == 0 || l.quantity > MAX_LINE_QUANTITY {
                errors.push(FieldError::new(
                    &format!("lines[{i}].quantity"),
                    FieldErrorCode::OutOfRange,
                ));
            }
        }
        if let Some(c) = &self.coupon {
            if c.chars().count() > 40 {
                errors.push(FieldError::new("coupon", FieldErrorCode::TooLong));
            }
        }
        errors
    }
}

/// What changed on a line since the visitor saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineNotice {
    PriceUp {
        from_minor: i64,
        to_minor: i64,
    },
    PriceDown {
        from_minor: i64,
        to_minor: i64,
    },
    /// Fewer units left than asked for; the quantity was lowered to `available`.
    QuantityReduced {
        asked: u32,
        available: u32,
    },
    SoldOut,
    /// The product or option no longer exists.
    Unavailable,
}

/// A revalidated cart line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartLine {
    pub product_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_label: Option<Localized>,
    pub image_url: String,
    pub exhibitor_id: i64,
    pub category_id: i64,
    /// Units that can be bought (asked quantity, capped by stock).
    pub quantity: u32,
    /// Units the visitor asked for.
    pub requested_quantity: u32,
    /// The unit price the visitor saw, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_price_minor: Option<i64>,
    pub stock: u32,
    /// Current unit price.
    pub unit_price: Money,
    pub line_total: Money,
    pub notices: Vec<LineNotice>,
}

/// The lines of one exhibitor: each exhibitor fulfils its own part of the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartGroup {
    pub exhibitor_id: i64,
    pub exhibitor_name: Localized,
    pub booth: String,
    pub hall_id: i64,
    pub lines: Vec<CartLine>,
    pub subtotal: Money,
}

/// Why a coupon does or does not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CouponStatus {
    Applied {
        discount: Money,
        description: Localized,
    },
    Unknown,
    Expired,
    NotStarted,
    /// The eligible items must add up to at least `minimum`.
    BelowMinimum {
        minimum: Money,
    },
    /// No item in the cart is from the coupon's category or exhibitor.
    NotApplicable {
        description: Localized,
    },
}

/// A time-limited offer earned by a cart left unpaid (marketing consent only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Offer {
    pub id: i64,
    pub percent_off: u32,
    pub expires_at: Timestamp,
}

/// Answer of every cart endpoint: the cart as the server sees it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartView {
    pub groups: Vec<CartGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<CouponStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<Offer>,
    pub subtotal: Money,
    pub discount: Money,
    pub total: Money,
    /// Number of units.
    pub item_count: u32,
    /// True when any line has a notice the visitor has not seen.
    pub changed: bool,
    /// Lines dropped because their product no longer exists.
    #[serde(default)]
    pub removed: u32,
}

impl CartView {
    /// The lines in the form the client stores. `acknowledge`: the visitor has seen what
    /// changed, so the current prices and available quantities become what they agreed to
    /// (sold-out and unavailable lines go); otherwise the lines stay as asked, so the changes
    /// are shown again until acknowledged.
    pub fn to_input(&self, acknowledge: bool) -> CartInput {
        CartInput {
            lines: self
                .groups
                .iter()
                .flat_map(|g| g.lines.iter())
                .filter(|l| !acknowledge || l.quantity > 0)
                .map(|l| CartLineInput {
                    product_id: l.product_id,
                    option_id: l.option_id.clone(),
                    quantity: if acknowledge {
                        l.quantity
                    } else {
                        l.requested_quantity.max(1)
                    },
                    seen_price_minor: if acknowledge {
                        Some(l.unit_price.amount_minor)
                    } else {
                        l.seen_price_minor.or(Some(l.unit_price.amount_minor))
                    },
                })
                .collect(),
            coupon: self.coupon_code.clone(),
        }
    }
}

/// The profile of interests sent by `PUT /api/v1/me/interests` (personalization consent only).
pub use crate::interest::InterestProfile;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_and_coupon_status_have_readable_tags() {
        let n = serde_json::to_value(LineNotice::PriceUp {
            from_minor: 100,
            to_minor: 120,
        })
        .unwrap();
        assert_eq!(n["kind"], "price_up");
        let c = serde_json::to_value(CouponStatus::BelowMinimum {
            minimum: Money::cny(20000),
        })
        .unwrap();
        assert_eq!(c["status"], "below_minimum");
    }

    #[test]
    fn cart_input_refuses_zero_and_huge_quantities() {
        let mut c = CartInput {
            lines: vec![CartLineInput {
                product_id: 1,
                option_id: None,
                quantity: 0,
                seen_price_minor: None,
            }],
            coupon: None,
        };
        assert_eq!(c.validate().len(), 1);
        c.lines[0].quantity = 3;
        assert!(c.validate().is_empty());
        c.lines[0].quantity = 100;
        assert_eq!(c.validate()[0].field, "lines[0].quantity");
    }
}
