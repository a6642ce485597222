//! An exhibitor's team: members and roles, invites (by email, or a one-use QR code shown at the
//! booth), accepting an invite, and the audit trail.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, patch, post};
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::{
    AuditEvent, CreatedInvite, InvitePreview, NewInvite, Page, PageQuery, Problem, RoleChange,
    Team, TeamMember, User,
};

use super::extract::{attempt, cap, ApiJson, ApiPath, ApiQuery, AuthUser, Can, ClientIp};
use super::paging::page_query;
use super::ApiError;
use crate::db::auth::team as members;
use crate::db::{audit, team as invites};
use crate::domain::team;
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/team", get(get_team))
        .route("/exhibitor/team/invites", post(invite))
        .route("/exhibitor/team/invites/{id}", delete(revoke))
        .route(
            "/exhibitor/team/members/{user_id}",
            patch(change_role).delete(remove),
        )
        .route("/exhibitor/audit", get(audit_trail))
        .route("/invites/{token}", get(preview))
        .route("/invites/{token}/accept", post(accept))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/team", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "The members (owners first) and the invites still waiting", body = Team)))]
pub async fn get_team(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Team>,
) -> Result<Json<Team>, ApiError> {
    let (ex, me) = (staff.exhibitor_id, staff.user_id);
    let team = state
        .db
        .call(move |c| {
            Ok(Team {
                members: members::members(c, ex, me)?,
                invites: invites::pending(c, ex, Utc::now())?,
            })
        })
        .await?;
    Ok(Json(team))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/team/invites", tag = "exhibitor", request_body = NewInvite,
    security(("bearer" = [])),
    responses((status = 201, description = "Invited: mailed to `email` (the outbox records it), or, without one, `link` to show as a QR code, once", body = CreatedInvite),
              (status = 409, description = "`limit_reached`: 50 invites wait already; revoke some first", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `email` is not an address", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many invites from this team in a short time", body = Problem, content_type = "application/problem+json")))]
pub async fn invite(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Team>,
    ApiJson(req): ApiJson<NewInvite>,
) -> Result<(StatusCode, Json<CreatedInvite>), ApiError> {
    attempt(
        &state.limits,
        Limit::Invites,
        &staff.exhibitor_id.to_string(),
    )?;
    ApiError::check(req.validate())?;
    let origin = state.public_url.clone();
    let created = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let created = team::invite(
                &tx,
                staff.exhibitor_id,
                Some(staff.user_id),
                &req,
                &origin,
                Utc::now(),
            )?;
            tx.commit()?;
            Ok(created)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

#[utoipa::path(delete, path = "/api/v1/exhibitor/team/invites/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Invite id")),
    responses((status = 204, description = "Revoked: the link no longer works"),
              (status = 404, description = "`not_found`: no waiting invite of this team by that id", body = Problem, content_type = "application/problem+json")))]
pub async fn revoke(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Team>,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .call(move |c| team::revoke(c, staff.exhibitor_id, staff.user_id, id, Utc::now()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(patch, path = "/api/v1/exhibitor/team/members/{user_id}", tag = "exhibitor", request_body = RoleChange,
    security(("bearer" = [])),
    params(("user_id" = i64, Path, description = "The member's account id")),
    responses((status = 200, description = "The member with their new role (it applies to their next request)", body = TeamMember),
              (status = 404, description = "`not_found`: not a member of this team", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`last_owner`: the team's only owner cannot become anything else", body = Problem, content_type = "application/problem+json")))]
pub async fn change_role(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Team>,
    ApiPath(user_id): ApiPath<i64>,
    ApiJson(req): ApiJson<RoleChange>,
) -> Result<Json<TeamMember>, ApiError> {
    let member = state
        .db
        .call(move |c| {
            team::change_role(
                c,
                staff.exhibitor_id,
                staff.user_id,
                user_id,
                req.role,
                Utc::now(),
            )
        })
        .await?;
    Ok(Json(member))
}

#[utoipa::path(delete, path = "/api/v1/exhibitor/team/members/{user_id}", tag = "exhibitor", security(("bearer" = [])),
    params(("user_id" = i64, Path, description = "The member's account id")),
    responses((status = 204, description = "Removed: their sessions ended, their tickets went back to the queue, and the account is a visitor's again"),
              (status = 404, description = "`not_found`: not a member of this team", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`last_owner`: the team's only owner cannot be removed", body = Problem, content_type = "application/problem+json")))]
pub async fn remove(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Team>,
    ApiPath(user_id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .call(move |c| team::remove(c, staff.exhibitor_id, staff.user_id, user_id, Utc::now()))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/exhibitor/audit", tag = "exhibitor", params(PageQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "Who did what, newest first: exports (filters and row count, never the rows), refunds, part cancellations, price and stock changes, the team's changes. Kept 3 years.", body = Page<AuditEvent>),
              (status = 422, description = "`validation_failed`: `page` or `limit` out of range", body = Problem, content_type = "application/problem+json")))]
pub async fn audit_trail(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Audit>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<Page<AuditEvent>>, ApiError> {
    let (page, limit) = page_query(&q)?;
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| audit::list(c, ex, page, limit))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/invites/{token}", tag = "auth",
    params(("token" = String, Path, description = "The token from the invite's link")),
    responses((status = 200, description = "Which team, which role, until when, and whether it can still be accepted (`state`)", body = InvitePreview),
              (status = 404, description = "`not_found`: no invite has this token", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many tries from this address", body = Problem, content_type = "application/problem+json")))]
pub async fn preview(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiPath(token): ApiPath<String>,
) -> Result<impl IntoResponse, ApiError> {
    attempt(&state.limits, Limit::InviteLookups, &ip)?;
    if token.len() > 128 {
        return Err(ApiError::not_found());
    }
    let preview = state
        .db
        .call(move |c| team::preview(c, &token, Utc::now()))
        .await?;
    // The address carries a secret: no cache keeps the answer.
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(preview)))
}

#[utoipa::path(post, path = "/api/v1/invites/{token}/accept", tag = "auth", security(("bearer" = [])),
    params(("token" = String, Path, description = "The token from the invite's link")),
    responses((status = 200, description = "Joined: the account, now a member of the team with the invite's role", body = User),
              (status = 401, description = "`unauthorized`: sign in or create an account first", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: no invite has this token", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`invite_gone`: used, revoked or expired; `already_staff`: this account is on a team already (an account belongs to at most one exhibitor)", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many tries from this address", body = Problem, content_type = "application/problem+json")))]
pub async fn accept(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    auth: AuthUser,
    ApiPath(token): ApiPath<String>,
) -> Result<Json<User>, ApiError> {
    attempt(&state.limits, Limit::InviteLookups, &ip)?;
    if token.len() > 128 {
        return Err(ApiError::not_found());
    }
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| team::accept(c, user_id, &token, Utc::now()))
            .await?,
    ))
}
