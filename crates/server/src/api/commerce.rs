//! Hall maps, pickup slots, carts, offers, orders, payments and the stored interest profile.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use chrono::Utc;
use expocx_contract::{
    purpose, CartInput, CartView, ErrorCode, FieldError, FieldErrorCode, HallMap, InterestProfile,
    Offer, Order, PaymentStart, PickupSlot, PlaceOrder, Problem, StartPayment, TestPaymentOutcome,
};

use super::auth::request_hash;
use super::extract::{ApiJson, ApiPath, AuthUser, MaybeUser};
use super::ApiError;
use crate::db::commerce as db;
use crate::db::consent::{allows, Subject};
use crate::AppState;

fn valid_cart(input: &CartInput) -> Result<(), ApiError> {
    ApiError::check(input.validate())
}

#[utoipa::path(get, path = "/api/v1/halls/{id}/map", tag = "catalog",
    params(("id" = i64, Path, description = "Hall id")),
    responses((status = 200, description = "Floor plan with booth rectangles", body = HallMap),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json")))]
pub async fn hall_map(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<HallMap>, ApiError> {
    state
        .db
        .call(move |c| db::hall_map(c, id))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(get, path = "/api/v1/exhibitors/{id}/pickup-slots", tag = "checkout",
    params(("id" = i64, Path, description = "Exhibitor id")),
    responses((status = 200, description = "Booth pickup slots with the room left in each", body = Vec<PickupSlot>)))]
pub async fn pickup_slots(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PickupSlot>>, ApiError> {
    Ok(Json(state.db.call(move |c| db::pickup_slots(c, id)).await?))
}

#[utoipa::path(post, path = "/api/v1/cart/quote", tag = "cart", request_body = CartInput,
    security((), ("bearer" = [])),
    responses((status = 200, description = "The cart revalidated against current price and stock; nothing stored", body = CartView),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn quote(
    State(state): State<AppState>,
    user: MaybeUser,
    ApiJson(input): ApiJson<CartInput>,
) -> Result<Json<CartView>, ApiError> {
    valid_cart(&input)?;
    let user_id = user.0.map(|u| u.user.id);
    Ok(Json(
        state
            .db
            .call(move |c| db::quote(c, &input, user_id, Utc::now()))
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
        db::grant_offer_if_due(c, user_id, &rules, now).map(|_| ())
    })
    .await
}

/// Applies `change` to the account's cart, then answers the stored cart revalidated.
async fn account_cart(
    state: &AppState,
    user_id: i64,
    change: impl FnOnce(&mut rusqlite::Connection, chrono::DateTime<Utc>) -> Result<(), ApiError>
        + Send
        + 'static,
) -> Result<Json<CartView>, ApiError> {
    let view = state
        .db
        .call(move |c| {
            let now = Utc::now();
            change(c, now)?;
            let cart = db::load_cart(c, user_id)?;
            db::quote(c, &cart, Some(user_id), now)
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
    valid_cart(&input)?;
    let user_id = auth.user.id;
    account_cart(&state, user_id, move |c, now| {
        db::save_cart(c, user_id, &input, now)
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
    valid_cart(&input)?;
    let user_id = auth.user.id;
    account_cart(&state, user_id, move |c, now| {
        db::merge_cart(c, user_id, &input, now)
    })
    .await
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
                Ok(db::grant_offer_if_due(c, user_id, &rules, Utc::now())?
                    .into_iter()
                    .collect())
            })
            .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/orders", tag = "checkout", request_body = PlaceOrder,
    security(("bearer" = [])),
    params(("Idempotency-Key" = String, Header,
        description = "Required. The same key with the same body answers the order the first request created.")),
    responses(
        (status = 201, description = "Order placed, awaiting payment", body = Order),
        (status = 200, description = "Replay: the order this key placed before", body = Order),
        (status = 409, description = "`cart_changed` (review the cart) or `slot_full`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` or `idempotency_conflict`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn place_order(
    State(state): State<AppState>,
    auth: AuthUser,
    headers: HeaderMap,
    ApiJson(req): ApiJson<PlaceOrder>,
) -> Result<(StatusCode, Json<Order>), ApiError> {
    let key = super::auth::idempotency_key(&headers)?
        .ok_or_else(|| ApiError::malformed("Placing an order needs an Idempotency-Key header"))?;
    valid_cart(&req.cart)?;
    let request_hash = request_hash(&req);
    let user_id = auth.user.id;
    let (order, replayed) = state
        .db
        .call(move |c| {
            let (id, replayed) =
                db::place_order(c, user_id, &req, &key, &request_hash, Utc::now())?;
            let order = db::order(c, user_id, id)?.ok_or_else(ApiError::not_found)?;
            Ok((order, replayed))
        })
        .await?;
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(order)))
}

#[utoipa::path(get, path = "/api/v1/orders", tag = "checkout", security(("bearer" = [])),
    responses((status = 200, description = "The account's orders, newest first", body = Vec<Order>)))]
pub async fn orders(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Vec<Order>>, ApiError> {
    let user_id = auth.user.id;
    Ok(Json(state.db.call(move |c| db::orders(c, user_id)).await?))
}

#[utoipa::path(get, path = "/api/v1/orders/{id}", tag = "checkout", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id")),
    responses((status = 200, description = "The order with its final payment status", body = Order),
              (status = 404, description = "`not_found` (also for someone else's order)", body = Problem, content_type = "application/problem+json")))]
pub async fn order(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Order>, ApiError> {
    let user_id = auth.user.id;
    state
        .db
        .call(move |c| db::order(c, user_id, id))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(post, path = "/api/v1/orders/{id}/payments", tag = "checkout", request_body = StartPayment,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id")),
    responses((status = 201, description = "What the client does next to pay", body = PaymentStart),
              (status = 409, description = "`not_payable`", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: this backend has no such provider", body = Problem, content_type = "application/problem+json")))]
pub async fn start_payment(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<StartPayment>,
) -> Result<(StatusCode, Json<PaymentStart>), ApiError> {
    // The reference backend has no WeChat Pay merchant account: only the test provider, and only
    // where it is switched on.
    if req.provider != "test" || !state.test_payments {
        return Err(ApiError::validation(vec![FieldError::new(
            "provider",
            FieldErrorCode::InvalidValue,
        )]));
    }
    let user_id = auth.user.id;
    let payment_id = state
        .db
        .call(move |c| db::start_test_payment(c, user_id, id, Utc::now()))
        .await?;
    Ok((StatusCode::CREATED, Json(PaymentStart::Test { payment_id })))
}

#[utoipa::path(post, path = "/api/v1/payments/test/{payment_id}", tag = "checkout",
    request_body = TestPaymentOutcome,
    params(("payment_id" = String, Path, description = "From `PaymentStart::Test`")),
    responses((status = 204, description = "The test provider's report is recorded"),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`not_payable`: already complete", body = Problem, content_type = "application/problem+json")))]
pub async fn complete_test_payment(
    State(state): State<AppState>,
    ApiPath(payment_id): ApiPath<String>,
    ApiJson(outcome): ApiJson<TestPaymentOutcome>,
) -> Result<StatusCode, ApiError> {
    if !state.test_payments {
        return Err(ApiError::not_found());
    }
    state
        .db
        .call(move |c| db::complete_test_payment(c, &payment_id, outcome.succeed, Utc::now()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/me/interests", tag = "personalization", security(("bearer" = [])),
    responses((status = 200, description = "The account's interest profile (empty without the personalization consent)", body = InterestProfile)))]
pub async fn get_interests(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<InterestProfile>, ApiError> {
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| {
                if allows(c, &Subject::User(user_id), purpose::PERSONALIZATION)? {
                    db::interests(c, user_id)
                } else {
                    Ok(InterestProfile::default())
                }
            })
            .await?,
    ))
}

#[utoipa::path(put, path = "/api/v1/me/interests", tag = "personalization", request_body = InterestProfile,
    security(("bearer" = [])),
    responses((status = 200, description = "This device's profile merged into the account's; the merged profile", body = InterestProfile),
              (status = 403, description = "`consent_required`: no personalization consent; nothing stored", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn put_interests(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(profile): ApiJson<InterestProfile>,
) -> Result<Json<InterestProfile>, ApiError> {
    if !profile.is_well_formed() {
        return Err(ApiError::validation(vec![FieldError::new(
            "profile",
            FieldErrorCode::InvalidValue,
        )]));
    }
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| {
                if !allows(c, &Subject::User(user_id), purpose::PERSONALIZATION)? {
                    return Err(ApiError::new(
                        403,
                        ErrorCode::ConsentRequired,
                        "No personalization consent",
                    ));
                }
                let now = Utc::now();
                let mut merged = db::interests(c, user_id)?;
                merged.merge(&profile, now.timestamp_millis());
                db::store_interests(c, user_id, &merged, now)?;
                Ok(merged)
            })
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/me/interests", tag = "personalization", security(("bearer" = [])),
    responses((status = 204, description = "The account's interest profile is deleted")))]
pub async fn delete_interests(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<StatusCode, ApiError> {
    let user_id = auth.user.id;
    state
        .db
        .call(move |c| db::delete_interests(c, user_id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
