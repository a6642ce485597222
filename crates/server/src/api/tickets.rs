//! After-sales service: the member's tickets and photos (the staff's side is `desk`).

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    NewTicket, Page, PageQuery, Photo, Problem, Rating, Ticket, TicketReply, TicketStatusChange,
    TicketSummary, PHOTO_MAX_BYTES,
};

use super::extract::{ApiJson, ApiPath, ApiQuery, AuthUser};
use super::ApiError;
use crate::db::service::{photos, tickets as db, Who};
use crate::db::Error;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me/tickets", get(my_tickets).post(open_ticket))
        .route("/me/tickets/{id}", get(my_ticket))
        .route("/me/tickets/{id}/messages", post(member_reply))
        .route("/me/tickets/{id}/status", put(member_status))
        .route("/me/tickets/{id}/rating", post(rate))
        .route(
            "/me/photos",
            post(upload_photo).layer(DefaultBodyLimit::max(expocx_contract::PHOTO_MAX_BYTES + 1)),
        )
        .route("/photos/{id}", get(photo))
}

/// Runs `f` as `who`, then answers the ticket as `who` sees it.
async fn then_ticket<F>(state: &AppState, who: Who, id: i64, f: F) -> Result<Json<Ticket>, ApiError>
where
    F: FnOnce(&mut rusqlite::Connection) -> crate::db::Result<()> + Send + 'static,
{
    let ticket = state
        .db
        .call(move |c| {
            f(c)?;
            db::ticket(c, who, id)?.ok_or(Error::NotFound)
        })
        .await?;
    Ok(Json(ticket))
}

#[utoipa::path(get, path = "/api/v1/me/tickets", tag = "service", params(PageQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The member's tickets, newest first", body = Page<TicketSummary>)))]
pub async fn my_tickets(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<Page<TicketSummary>>, ApiError> {
    let (page, limit) = super::paging::page_query(&q)?;
    Ok(Json(
        auth.run(&state, move |c, me| {
            db::list(c, Who::Member(me), page, limit)
        })
        .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/me/tickets", tag = "service", request_body = NewTicket,
    security(("bearer" = [])),
    responses((status = 201, description = "Opened, with its first message", body = Ticket),
              (status = 404, description = "`not_found`: no such order of the member", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`limit_reached`: too many open tickets", body = Problem, content_type = "application/problem+json")))]
pub async fn open_ticket(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(req): ApiJson<NewTicket>,
) -> Result<(StatusCode, Json<Ticket>), ApiError> {
    ApiError::check(req.validate())?;
    let me = auth.user.id;
    let ticket = state
        .db
        .call(move |c| {
            let id = crate::domain::service::open_ticket(c, me, &req, Utc::now())?;
            db::ticket(c, Who::Member(me), id)?.ok_or(Error::NotFound)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(ticket)))
}

#[utoipa::path(get, path = "/api/v1/me/tickets/{id}", tag = "service", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "The ticket with its conversation", body = Ticket),
              (status = 404, description = "`not_found` (also someone else's)", body = Problem, content_type = "application/problem+json")))]
pub async fn my_ticket(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Ticket>, ApiError> {
    then_ticket(&state, Who::Member(auth.user.id), id, |_| Ok(())).await
}

#[utoipa::path(post, path = "/api/v1/me/tickets/{id}/messages", tag = "service", request_body = TicketReply,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Sent; the ticket as it is now", body = Ticket),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status` (resolved or closed: reopen first) or `limit_reached`", body = Problem, content_type = "application/problem+json")))]
pub async fn member_reply(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<TicketReply>,
) -> Result<Json<Ticket>, ApiError> {
    ApiError::check(req.validate())?;
    let who = Who::Member(auth.user.id);
    then_ticket(&state, who, id, move |c| {
        crate::domain::service::reply(c, who, id, &req, Utc::now())
    })
    .await
}

#[utoipa::path(put, path = "/api/v1/me/tickets/{id}/status", tag = "service", request_body = TicketStatusChange,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Reopened or resolved", body = Ticket),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`", body = Problem, content_type = "application/problem+json")))]
pub async fn member_status(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<TicketStatusChange>,
) -> Result<Json<Ticket>, ApiError> {
    let me = auth.user.id;
    then_ticket(&state, Who::Member(me), id, move |c| {
        db::member_sets(c, me, id, req.status, Utc::now())
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/me/tickets/{id}/rating", tag = "service", request_body = Rating,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Rated and closed", body = Ticket),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: only a resolved ticket is rated, once", body = Problem, content_type = "application/problem+json")))]
pub async fn rate(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<Rating>,
) -> Result<Json<Ticket>, ApiError> {
    ApiError::check(req.validate())?;
    let me = auth.user.id;
    then_ticket(&state, Who::Member(me), id, move |c| {
        db::rate(c, me, id, &req, Utc::now())
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/me/photos", tag = "service", security(("bearer" = [])),
    request_body(content(("image/jpeg"), ("image/png"), ("image/webp")),
        description = "The image's bytes (at most 5 MB); its type is read from them"),
    responses((status = 201, description = "Stored; send its id with a ticket message", body = Photo),
              (status = 409, description = "`limit_reached`: too many photos wait to be sent", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: not a JPEG, PNG or WebP image, or larger than 5 MB", body = Problem, content_type = "application/problem+json")))]
pub async fn upload_photo(
    State(state): State<AppState>,
    auth: AuthUser,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<(StatusCode, Json<Photo>), ApiError> {
    let (kind, body) = super::extract::uploaded_image(body, "photo", PHOTO_MAX_BYTES)?;
    let photo = auth
        .run(&state, move |c, me| {
            photos::store(c, me, kind, &body, Utc::now())
        })
        .await?;
    Ok((StatusCode::CREATED, Json(photo)))
}

#[utoipa::path(get, path = "/api/v1/photos/{id}", tag = "service", security(("bearer" = [])),
    params(("id" = String, Path, description = "Photo id")),
    responses((status = 200, description = "The image, with its real type; never run as a document", content_type = "image/jpeg"),
              (status = 404, description = "`not_found` (also for anyone but its member and the exhibitor's staff)", body = Problem, content_type = "application/problem+json")))]
pub async fn photo(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    let viewer = auth.user.clone();
    let (kind, data) = state
        .db
        .call(move |c| photos::load(c, &viewer, &id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    super::extract::image(&kind, data, "private, max-age=86400")
}
