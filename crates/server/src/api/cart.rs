//! The cart: priced by the server against the current catalog, stored for signed-in visitors,
//! merged from a device at sign-in; and the abandoned-cart offer it may earn.

use axum::extract::State;
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{CartInput, CartView, Offer, Problem};

use super::extract::{ApiJson, AuthUser, ClientIp, MaybeUser};
use super::ApiError;
use crate::db::cart as db;
use crate::domain::{cart::quote as quote_now, offers};
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cart", get(get_cart).put(put_cart))
        .route("/cart/quote", post(quote))
        .route("/cart/merge", post(merge_cart))
        .route("/offers", get(offers))
}

pub fn valid_cart(input: &CartInput) -> Result<(), ApiError> {
    ApiError::check(input.validate())
}

#[utoipa::path(post, path = "/api/v1/cart/quote", tag = "cart", request_body = CartInput,
    security((), ("bearer" = [])),
    responses((status = 200, description = "The cart revalidated against current price and stock; nothing stored", body = CartView),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many coupon codes tried", body = Problem, content_type = "application/problem+json")))]
pub async fn quote(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    user: MaybeUser,
    ApiJson(input): ApiJson<CartInput>,
) -> Result<Json<CartView>, ApiError> {
    valid_cart(&input)?;
    if input
        .coupon
        .as_deref()
        .is_some_and(|c| !c.trim().is_empty())
    {
        // Coupon codes are guessable: an account may try only so many, and an address (a
        // hall's crowd editing carts) a crowd's worth.
        let account = user.0.as_ref().map(|u| u.user.id.to_string());
        let mut checks = vec![(Limit::CouponAddress, ip.as_str())];
        if let Some(a) = &account {
            checks.push((Limit::CouponAccount, a.as_str()));
        }
        state.limits.attempt(&checks, std::time::Instant::now())?;
    }
    let user_id = user.0.map(|u| u.user.id);
    Ok(Json(
        state
            .db
            .call(move |c| quote_now(c, &input, user_id, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/cart", tag = "cart", security(("bearer" = [])),
    responses((status = 200, description = "The account's cart, revalidated (and any abandoned-cart offer it earned)", body = CartView),
              (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json")))]
pub async fn get_cart(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<CartView>, ApiError> {
    let rules = state.offers.clone();
    let user_id = auth.user.id;
    account_cart(&state, user_id, move |c, now| {
        offers::grant_offer_if_due(c, user_id, &rules, now).map(|_| ())
    })
    .await
}

/// Applies `change` to the account's cart, then answers the stored cart revalidated.
async fn account_cart(
    state: &AppState,
    user_id: i64,
    change: impl FnOnce(&mut rusqlite::Connection, chrono::DateTime<Utc>) -> crate::db::Result<()>
        + Send
        + 'static,
) -> Result<Json<CartView>, ApiError> {
    let view = state
        .db
        .call(move |c| {
            let now = Utc::now();
            change(c, now)?;
            let cart = db::load_cart(c, user_id)?;
            quote_now(c, &cart, Some(user_id), now)
        })
        .await?;
    Ok(Json(view))
}

#[utoipa::path(put, path = "/api/v1/cart", tag = "cart", request_body = CartInput,
    security(("bearer" = [])),
    responses((status = 200, description = "Stored; the cart revalidated", body = CartView),
              (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn put_cart(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(input): ApiJson<CartInput>,
) -> Result<Json<CartView>, ApiError> {
    store_cart(state, auth, input, db::save_cart).await
}

/// Checks `input`, stores it into the account's cart with `apply`, answers the cart.
async fn store_cart(
    state: AppState,
    auth: AuthUser,
    input: CartInput,
    apply: fn(
        &mut rusqlite::Connection,
        i64,
        &CartInput,
        chrono::DateTime<Utc>,
    ) -> crate::db::Result<()>,
) -> Result<Json<CartView>, ApiError> {
    valid_cart(&input)?;
    let user_id = auth.user.id;
    account_cart(&state, user_id, move |c, now| {
        apply(c, user_id, &input, now)
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/cart/merge", tag = "cart", request_body = CartInput,
    security(("bearer" = [])),
    responses((status = 200, description = "This device's cart added to the account's (quantities combined)", body = CartView),
              (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json")))]
pub async fn merge_cart(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(input): ApiJson<CartInput>,
) -> Result<Json<CartView>, ApiError> {
    store_cart(state, auth, input, db::merge_cart).await
}

#[utoipa::path(get, path = "/api/v1/offers", tag = "cart", security(("bearer" = [])),
    responses((status = 200, description = "The account's active offer, if any (marketing consent only)", body = Vec<Offer>)))]
pub async fn offers(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Vec<Offer>>, ApiError> {
    let rules = state.offers.clone();
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| {
                Ok(offers::grant_offer_if_due(c, user_id, &rules, Utc::now())?
                    .into_iter()
                    .collect())
            })
            .await?,
    ))
}
