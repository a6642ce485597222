//! Pickup slots, orders (idempotent, expiring when unpaid) and the test payment provider.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    FieldError, FieldErrorCode, Order, OrderQuery, Page, PaymentStart, PickupSlot, PlaceOrder,
    Problem, StartPayment, TestPaymentOutcome,
};

use super::auth::request_hash;
use super::cart::valid_cart;
use super::extract::{ApiJson, ApiPath, ApiQuery, AuthUser};
use super::ApiError;
use crate::db::orders::{slots, view};
use crate::domain::{orders as db, payments};
use crate::wechat::WechatApp;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitors/{id}/pickup-slots", get(pickup_slots))
        .route("/orders", post(place_order).get(orders))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/cancel", post(cancel))
        .route("/orders/{id}/payments", post(start_payment))
        .route("/payments/test/{payment_id}", post(complete_test_payment))
}

#[utoipa::path(get, path = "/api/v1/exhibitors/{id}/pickup-slots", tag = "checkout",
    params(("id" = i64, Path, description = "Exhibitor id")),
    responses((status = 200, description = "Booth pickup slots with the room left in each", body = Vec<PickupSlot>)))]
pub async fn pickup_slots(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<PickupSlot>>, ApiError> {
    Ok(Json(
        state
            .db
            .call(move |c| {
                db::expire_due(c, Utc::now())?;
                slots::pickup_slots(c, id)
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
        (status = 409, description = "`cart_changed` (review the cart), `slot_full` or `too_many_unpaid_orders`", body = Problem, content_type = "application/problem+json"),
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
    if req.fulfilment.len() > req.cart.lines.len() {
        // At most one per exhibitor in the cart, so never more than its lines.
        return Err(ApiError::validation(vec![FieldError::new(
            "fulfilment",
            FieldErrorCode::TooLong,
        )
        .with_limit(req.cart.lines.len() as i64)]));
    }
    let request_hash = request_hash(&req);
    let user_id = auth.user.id;
    let rules = state.orders.clone();
    let (order, replayed) = state
        .db
        .call(move |c| {
            let (id, replayed) =
                db::place(c, user_id, &req, &rules, &key, &request_hash, Utc::now())?;
            let order = view::order(c, user_id, id)?.ok_or(crate::db::Error::NotFound)?;
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

/// Orders per page of the history when the client does not say.
const ORDERS_PER_PAGE: u32 = 10;

#[utoipa::path(get, path = "/api/v1/orders", tag = "checkout", security(("bearer" = [])),
    params(OrderQuery),
    responses((status = 200, description = "One page of the account's orders, newest first", body = Page<Order>)))]
pub async fn orders(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(query): ApiQuery<OrderQuery>,
) -> Result<Json<Page<Order>>, ApiError> {
    let (page, limit) = super::paging::paging(query.page, query.limit, ORDERS_PER_PAGE)?;
    Ok(Json(
        auth.run(&state, move |c, me| {
            db::expire_due(c, Utc::now())?;
            view::orders(c, me, query.status, page, limit)
        })
        .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/orders/{id}/cancel", tag = "checkout", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id")),
    responses((status = 200, description = "Cancelled: stock and pickup place released, a payment refunded, points taken back", body = Order),
              (status = 404, description = "`not_found` (also for someone else's order)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`not_cancellable`: the exhibitor confirmed it, or it is closed", body = Problem, content_type = "application/problem+json")))]
pub async fn cancel(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Order>, ApiError> {
    let user_id = auth.user.id;
    let order = state
        .db
        .call(move |c| {
            db::cancel(c, user_id, id, Utc::now())?;
            view::order(c, user_id, id)?.ok_or(crate::db::Error::NotFound)
        })
        .await?;
    Ok(Json(order))
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
    // Back from WeChat Pay before its notification: WeChat Pay is asked.
    super::wechat_pay::check(&state, user_id, id).await;
    state
        .db
        .call(move |c| {
            db::expire_due(c, Utc::now())?;
            view::order(c, user_id, id)
        })
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(post, path = "/api/v1/orders/{id}/payments", tag = "checkout", request_body = StartPayment,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id")),
    responses((status = 201, description = "What the client does next to pay", body = PaymentStart),
              (status = 409, description = "`not_payable`", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: this backend has no such provider, or (`wechat_jsapi`, `wechat_mini_program`) the account did not sign in through that WeChat app", body = Problem, content_type = "application/problem+json"),
              (status = 502, description = "`internal`: WeChat Pay could not take the payment", body = Problem, content_type = "application/problem+json")))]
pub async fn start_payment(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<StartPayment>,
) -> Result<(StatusCode, Json<PaymentStart>), ApiError> {
    let wechat = match req.provider.as_str() {
        "wechat_jsapi" => Some(WechatApp::OfficialAccount),
        "wechat_mini_program" => Some(WechatApp::MiniProgram),
        _ => None,
    };
    if let Some(app) = wechat {
        let start = super::wechat_pay::start(&state, auth.user.id, id, app).await?;
        return Ok((StatusCode::CREATED, Json(start)));
    }
    // The labelled test provider, where it is switched on.
    if req.provider != "test" || !state.test_payments {
        return Err(ApiError::invalid("provider"));
    }
    let user_id = auth.user.id;
    let payment_id = state
        .db
        .call(move |c| payments::start_test_payment(c, user_id, id, Utc::now()))
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
    auth: AuthUser,
    ApiPath(payment_id): ApiPath<String>,
    ApiJson(outcome): ApiJson<TestPaymentOutcome>,
) -> Result<StatusCode, ApiError> {
    if !state.test_payments {
        return Err(ApiError::not_found());
    }
    let user_id = auth.user.id;
    state
        .db
        .call(move |c| {
            payments::complete_test_payment(c, user_id, &payment_id, outcome.succeed, Utc::now())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
