//! The exhibitor's after-sales desk: the queue, one ticket with its internal notes and who
//! handles it, replies the member sees, notes the member never sees.

use axum::extract::State;
use axum::routing::{get, post, put};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::Capability;
use expocx_contract::{
    Assignment, NewNote, Page, Problem, StaffMember, StaffTicket, StaffTicketQuery, StaffTicketRow,
    TicketReply,
};

use super::extract::{cap, ApiJson, ApiPath, ApiQuery, Can, Staff};
use super::paging::paging;
use super::ApiError;
use crate::db::service::{staff_tickets as desk, tickets as db, Who};
use crate::db::Error;
use crate::domain::customers;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/tickets", get(queue))
        .route("/exhibitor/tickets/{id}", get(staff_ticket))
        .route("/exhibitor/tickets/{id}/messages", post(staff_reply))
        .route("/exhibitor/tickets/{id}/notes", post(add_note))
        .route("/exhibitor/tickets/{id}/assignee", put(assign))
        .route("/exhibitor/staff", get(staff_list))
}

fn who(staff: &Staff) -> Who {
    Who::Staff {
        user_id: staff.user_id,
        exhibitor_id: staff.exhibitor_id,
    }
}

/// Runs `f` for the staff member, then answers the ticket as staff see it.
async fn then_ticket<F>(
    state: &AppState,
    staff: Staff,
    id: i64,
    f: F,
) -> Result<Json<StaffTicket>, ApiError>
where
    F: FnOnce(&mut rusqlite::Connection) -> crate::db::Result<()> + Send + 'static,
{
    let who = who(&staff);
    // Booth staff handle only the tickets assigned to them; any other is not theirs to see.
    let only_own = !staff.role.may(Capability::Service);
    let me = staff.user_id;
    let ticket = state
        .db
        .call(move |c| {
            if only_own && desk::assignee(c, id)? != Some(me) {
                return Err(Error::NotFound);
            }
            f(c)?;
            let ticket = db::ticket(c, who, id)?.ok_or(Error::NotFound)?;
            desk::ticket(c, ticket, staff.exhibitor_id)
        })
        .await?;
    Ok(Json(ticket))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/tickets", tag = "exhibitor", params(StaffTicketQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's queue: open tickets by when an answer is due (higher tiers sooner), resolved and closed last", body = Page<StaffTicketRow>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn queue(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::OwnTickets>,
    ApiQuery(mut q): ApiQuery<StaffTicketQuery>,
) -> Result<Json<Page<StaffTicketRow>>, ApiError> {
    if !staff.role.may(Capability::Service) {
        q.assigned = Some(expocx_contract::Assigned::Me);
    }
    let (page, limit) = paging(q.page, q.limit, expocx_contract::DEFAULT_PAGE_LIMIT)?;
    let (exhibitor, me) = (staff.exhibitor_id, staff.user_id);
    Ok(Json(
        state
            .db
            .call(move |c| {
                let now = Utc::now();
                let red_carpet = customers::red_carpet(c, exhibitor, now)?;
                desk::queue(c, (exhibitor, me), &q, (page, limit), &red_carpet, now)
            })
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/tickets/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "The ticket with its conversation, the member's name, who handles it and the internal notes", body = StaffTicket),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's)", body = Problem, content_type = "application/problem+json")))]
pub async fn staff_ticket(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::OwnTickets>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<StaffTicket>, ApiError> {
    then_ticket(&state, staff, id, |_| Ok(())).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/tickets/{id}/messages", tag = "exhibitor", request_body = TicketReply,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Answered; the member is notified", body = StaffTicket),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status` or `limit_reached`", body = Problem, content_type = "application/problem+json")))]
pub async fn staff_reply(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::OwnTickets>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<TicketReply>,
) -> Result<Json<StaffTicket>, ApiError> {
    ApiError::check(req.validate())?;
    let who = who(&staff);
    then_ticket(&state, staff, id, move |c| {
        crate::domain::service::reply(c, who, id, &req, Utc::now())
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/tickets/{id}/notes", tag = "exhibitor", request_body = NewNote,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Noted for the staff; the member never sees it", body = StaffTicket),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`limit_reached`: the ticket keeps no more notes", body = Problem, content_type = "application/problem+json")))]
pub async fn add_note(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::OwnTickets>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<NewNote>,
) -> Result<Json<StaffTicket>, ApiError> {
    ApiError::check(req.validate())?;
    let (me, exhibitor) = (staff.user_id, staff.exhibitor_id);
    then_ticket(&state, staff, id, move |c| {
        desk::add_note(c, me, exhibitor, id, &req.text, Utc::now())
    })
    .await
}

#[utoipa::path(put, path = "/api/v1/exhibitor/tickets/{id}/assignee", tag = "exhibitor", request_body = Assignment,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Ticket id")),
    responses((status = 200, description = "Handed to that staff member (or to nobody)", body = StaffTicket),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's)", body = Problem, content_type = "application/problem+json")))]
pub async fn assign(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Service>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(req): ApiJson<Assignment>,
) -> Result<Json<StaffTicket>, ApiError> {
    let exhibitor = staff.exhibitor_id;
    then_ticket(&state, staff, id, move |c| {
        desk::assign(c, exhibitor, id, req.assignee_id)
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/exhibitor/staff", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's staff, who tickets can be handed to", body = Vec<StaffMember>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn staff_list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Service>,
) -> Result<Json<Vec<StaffMember>>, ApiError> {
    let exhibitor = staff.exhibitor_id;
    Ok(Json(
        state.db.call(move |c| desk::staff(c, exhibitor)).await?,
    ))
}
