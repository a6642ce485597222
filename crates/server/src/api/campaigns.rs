//! Campaigns (issue 26), the exhibitor's side: the list, a draft, the live audience count, one
//! campaign read whole with its results, edits, scheduling and cancelling (each with the
//! campaign's `ETag` in `If-Match`: a colleague's change in between answers `412`). And the
//! "stop these" link every message carries, which needs no sign-in.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::campaigns::{
    Audience, AudienceFilter, Campaign, CampaignDraft, CampaignSummary, ScheduleCampaign, StopInfo,
    Stopped,
};
use expocx_contract::{Page, Problem};
use serde::Deserialize;

use super::etag::Versioned;
use super::extract::{cap, ApiJson, ApiPath, ApiQuery, Can};
use super::paging::paging;
use super::ApiError;
use crate::domain::campaigns as domain;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/campaigns", get(list).post(create))
        .route("/exhibitor/campaigns/audience", post(audience))
        .route("/exhibitor/campaigns/{id}", get(read).put(edit))
        .route("/exhibitor/campaigns/{id}/schedule", post(schedule))
        .route("/exhibitor/campaigns/{id}/cancel", post(cancel))
        .route("/stop/{token}", get(stop_info).post(stop))
}

/// `?page&limit` of the campaign list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CampaignQuery {
    pub page: Option<u32>,
    pub limit: Option<u32>,
}

/// Campaign `id` with its `ETag`.
async fn answer(
    state: &AppState,
    ex: i64,
    id: i64,
    status: StatusCode,
) -> Result<Response, ApiError> {
    let c = state
        .db
        .call(move |c| domain::read(c, ex, id, Utc::now()))
        .await?;
    Versioned::Campaign.answer(status, (id, c.version), c)
}

#[utoipa::path(get, path = "/api/v1/exhibitor/campaigns", tag = "exhibitor", params(CampaignQuery), security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's campaigns, newest first, with how many members each was decided for, reached and redeemed", body = Page<CampaignSummary>),
              (status = 403, description = "`forbidden`: not staff, or a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `page` or `limit` out of range", body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiQuery(q): ApiQuery<CampaignQuery>,
) -> Result<Json<Page<CampaignSummary>>, ApiError> {
    let paged = paging(q.page, q.limit, 20)?;
    let ex = staff.exhibitor_id;
    Ok(Json(
        state.db.call(move |c| domain::list(c, ex, paged)).await?,
    ))
}

const DRAFT_422: &str = "`validation_failed`: `name` missing or over 100 characters; `audience` without any condition, a list over 10 values or an unknown one, `audience.min_lead_score` outside −2,000 to 2,000, hours over 2,160 or days over 365, a category or product that does not exist (or another exhibitor's product); `offer.message` empty in every language or over 500 characters; `offer.coupon` with both or neither of `percent_off` (1–90) and `amount_off_minor`, `valid_days` not 1–90; `channels` empty or repeated; `holdout_percent` over 50, `per_member` not 1–3, `window_days` not 1–60, `budget_minor` missing with a coupon or over 100,000,000";

#[utoipa::path(post, path = "/api/v1/exhibitor/campaigns", tag = "exhibitor", request_body = CampaignDraft, security(("bearer" = [])),
    responses((status = 201, description = "The draft, with its `ETag`", body = Campaign),
              (status = 403, description = "`forbidden`: not staff, or a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = DRAFT_422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiJson(draft): ApiJson<CampaignDraft>,
) -> Result<Response, ApiError> {
    let who = (staff.exhibitor_id, staff.user_id);
    let id = state
        .db
        .call(move |c| domain::create(c, who, &draft, Utc::now()))
        .await?;
    answer(&state, who.0, id, StatusCode::CREATED).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/campaigns/audience", tag = "exhibitor", request_body = AudienceFilter, security(("bearer" = [])),
    responses((status = 200, description = "The live count: members matching every condition, how many each channel would reach now (its marketing consent given and chosen for offers; the inbox: any marketing consent), how many caps or strong intent exclude, and how many allow no marketing", body = Audience),
              (status = 403, description = "`forbidden`: not staff, or a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `audience` without any condition or with an unknown value, a number out of its range, a category or product that does not exist", body = Problem, content_type = "application/problem+json")))]
pub async fn audience(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiJson(filter): ApiJson<AudienceFilter>,
) -> Result<Json<Audience>, ApiError> {
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| domain::count(c, ex, &filter, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/campaigns/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Campaign id")),
    responses((status = 200, description = "The campaign with its progress, what became of each member, and (once sending started) sent against holdout: conversion, revenue per member, incremental revenue and conversion lift with 95 % intervals, redemptions, discount cost, ROI; with its `ETag`", body = Campaign),
              (status = 403, description = "`forbidden`: a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's campaign)", body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    answer(&state, staff.exhibitor_id, id, StatusCode::OK).await
}

#[utoipa::path(put, path = "/api/v1/exhibitor/campaigns/{id}", tag = "exhibitor", request_body = CampaignDraft, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Campaign id"),
           ("If-Match" = String, Header, description = "The campaign's `ETag`")),
    responses((status = 200, description = "The draft or scheduled campaign, changed (it keeps its status and send time)", body = Campaign),
              (status = 403, description = "`forbidden`: a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's campaign)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: the campaign is sending or over", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: someone changed the campaign since the `ETag` (nothing was overwritten)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = DRAFT_422, body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn edit(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(draft): ApiJson<CampaignDraft>,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    let pre = Versioned::Campaign.precondition(&headers, id);
    let version = pre.version();
    pre.check(
        state
            .db
            .call(move |c| domain::edit(c, ex, (id, version), &draft))
            .await,
    )?;
    answer(&state, ex, id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/campaigns/{id}/schedule", tag = "exhibitor", request_body = ScheduleCampaign, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Campaign id"),
           ("If-Match" = String, Header, description = "The campaign's `ETag`")),
    responses((status = 200, description = "Scheduled for `send_at` (none or past: now; sending starts within seconds, in batches; the audience and its holdout are recorded first)", body = Campaign),
              (status = 403, description = "`forbidden`: a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's campaign)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: the campaign is sending or over", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: someone changed the campaign since the `ETag`", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: the stored draft is no longer valid (a category since removed)", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn schedule(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ScheduleCampaign>,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    let pre = Versioned::Campaign.precondition(&headers, id);
    let version = pre.version();
    let at = body.send_at.map(Into::into);
    pre.check(
        state
            .db
            .call(move |c| domain::schedule(c, ex, (id, version), at, Utc::now()))
            .await,
    )?;
    answer(&state, ex, id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/campaigns/{id}/cancel", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Campaign id"),
           ("If-Match" = String, Header, description = "The campaign's `ETag`")),
    responses((status = 200, description = "Cancelled: a draft or scheduled campaign sends nothing; one sending stops, its members not yet decided get nothing", body = Campaign),
              (status = 403, description = "`forbidden`: a role without campaigns", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's campaign)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: the campaign is done or cancelled", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: someone changed the campaign since the `ETag`", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn cancel(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Campaigns>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    let pre = Versioned::Campaign.precondition(&headers, id);
    let version = pre.version();
    pre.check(
        state
            .db
            .call(move |c| domain::cancel(c, ex, (id, version), Utc::now()))
            .await,
    )?;
    answer(&state, ex, id, StatusCode::OK).await
}

/// A token is 32 hex digits; anything else is no message's.
fn token(t: &str) -> Result<String, ApiError> {
    if t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(t.to_ascii_lowercase())
    } else {
        Err(ApiError::not_found())
    }
}

#[utoipa::path(get, path = "/api/v1/stop/{token}", tag = "consent",
    params(("token" = String, Path, description = "The token of a campaign message's \"stop these\" link")),
    responses((status = 200, description = "Who sent the message, by which channel, and which marketing consents the link would withdraw now (none: stopped already)", body = StopInfo),
              (status = 404, description = "`not_found`: no message carries this token", body = Problem, content_type = "application/problem+json")))]
pub async fn stop_info(
    State(state): State<AppState>,
    ApiPath(t): ApiPath<String>,
) -> Result<Json<StopInfo>, ApiError> {
    let t = token(&t)?;
    Ok(Json(
        state.db.call(move |c| domain::stop::info(c, &t)).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/stop/{token}", tag = "consent",
    params(("token" = String, Path, description = "The token of a campaign message's \"stop these\" link")),
    responses((status = 200, description = "The marketing consent of the message's channel (the inbox's copy: every marketing channel) is withdrawn, a receipt each, as in the privacy center; sending it again withdraws nothing more", body = Stopped),
              (status = 404, description = "`not_found`: no message carries this token", body = Problem, content_type = "application/problem+json")))]
pub async fn stop(
    State(state): State<AppState>,
    ApiPath(t): ApiPath<String>,
) -> Result<Json<Stopped>, ApiError> {
    let t = token(&t)?;
    Ok(Json(
        state.db.call(move |c| domain::stop::stop(c, &t)).await?,
    ))
}
