//! Membership: tier, benefits and the points ledger.

use axum::extract::State;
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{Membership, Page, PageQuery, PointsEntry, WalletCoupon};

use super::extract::{ApiQuery, AuthUser};
use super::ApiError;
use crate::db::membership as db;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me/membership", get(membership))
        .route("/me/coupons", get(coupons))
        .route("/me/points/redeem", post(redeem))
        .route("/me/points", get(points))
}

#[utoipa::path(get, path = "/api/v1/me/membership", tag = "membership", security(("bearer" = [])),
    responses((status = 200, description = "The member's tier, progress to the next, points and every tier's benefits", body = Membership)))]
pub async fn membership(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Membership>, ApiError> {
    Ok(Json(
        auth.run(&state, |c, me| db::membership(c, me, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/me/points", tag = "membership", security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, description = "One page of the points ledger, newest first", body = Page<PointsEntry>)))]
pub async fn points(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<Page<PointsEntry>>, ApiError> {
    let (page, limit) = super::paging::page_query(&query)?;
    Ok(Json(
        auth.run(&state, move |c, me| {
            db::ledger(c, me, page, limit, Utc::now())
        })
        .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/me/coupons", tag = "membership", security(("bearer" = [])),
    responses((status = 200, description = "The member's personal coupons, newest first, each with where it stands", body = Vec<WalletCoupon>)))]
pub async fn coupons(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Vec<WalletCoupon>>, ApiError> {
    Ok(Json(
        auth.run(&state, |c, me| {
            crate::db::coupons::wallet(c, me, Utc::now())
        })
        .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/me/points/redeem", tag = "membership", security(("bearer" = [])),
    responses((status = 201, description = "500 points spent on a ¥5 coupon for anything (valid 30 days); the wallet now holds it", body = Vec<WalletCoupon>),
              (status = 409, description = "`not_enough_points`", body = expocx_contract::Problem, content_type = "application/problem+json")))]
pub async fn redeem(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<(axum::http::StatusCode, Json<Vec<WalletCoupon>>), ApiError> {
    let wallet = auth
        .run(&state, |c, me| {
            db::redeem(c, me, &crate::domain::texts::points_coupon(), Utc::now())?;
            crate::db::coupons::wallet(c, me, Utc::now())
        })
        .await?;
    Ok((axum::http::StatusCode::CREATED, Json(wallet)))
}
