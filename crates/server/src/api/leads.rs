//! Leads (issue 25), the exhibitor's side: the list, a card typed in, a lead with its score's
//! parts, qualifying it (with `If-Match`: a colleague's edit in between answers `412`, never
//! overwritten), notes, the settings (questions, scoring rules) and the CSV. A badge scan makes
//! leads too (`POST /exhibitor/badge-scans`).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::leads::{
    Lead, LeadEdit, LeadSettings, LeadStatus, LeadSummary, NewCardLead, NewLeadNote,
};
use expocx_contract::{Page, Problem};
use serde::Deserialize;

use super::auth::{idempotency_key, request_hash};
use super::etag::Versioned;
use super::extract::{cap, ApiJson, ApiPath, ApiQuery, Can};
use super::paging::paging;
use super::ApiError;
use crate::db::leads::LeadFilter;
use crate::domain::leads as domain;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/leads", get(list).post(card))
        .route("/exhibitor/leads/export", get(export))
        .route("/exhibitor/leads/{id}", get(read).put(edit))
        .route("/exhibitor/leads/{id}/notes", post(note))
        .route("/exhibitor/lead-settings", get(settings).put(save_settings))
}

/// `?status&q&assignee&page&limit` of the lead list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LeadQuery {
    pub status: Option<LeadStatus>,
    /// Words in the name or company of a contact the lead shows (1–100 characters).
    pub q: Option<String>,
    /// Only the leads assigned to this member of the team.
    pub assignee: Option<i64>,
    pub page: Option<u32>,
    pub limit: Option<u32>,
}

/// Lead `id` with its `ETag` (`status` 200 or 201).
async fn answer(
    state: &AppState,
    ex: i64,
    id: i64,
    status: StatusCode,
) -> Result<Response, ApiError> {
    let lead = state
        .db
        .call(move |c| domain::get(c, ex, id, Utc::now()))
        .await?;
    Versioned::Lead.answer(status, (id, lead.version), lead)
}

#[utoipa::path(get, path = "/api/v1/exhibitor/leads", tag = "exhibitor", params(LeadQuery), security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's leads, last seen first, each with its live score; contact details only where the visitor shares them with this exhibitor now (badge) or as typed (card)", body = Page<LeadSummary>),
              (status = 403, description = "`forbidden`: not staff, or a role without leads", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `q` over 100 characters, `page` or `limit` out of range", body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
    ApiQuery(q): ApiQuery<LeadQuery>,
) -> Result<Json<Page<LeadSummary>>, ApiError> {
    let paged = paging(q.page, q.limit, 20)?;
    if q.q.as_ref().is_some_and(|q| q.chars().count() > 100) {
        return Err(ApiError::validation(vec![
            expocx_contract::FieldError::new("q", expocx_contract::FieldErrorCode::TooLong)
                .with_limit(100),
        ]));
    }
    let filter = LeadFilter {
        status: q.status.filter(|s| *s != LeadStatus::Unknown),
        q: q.q,
        assignee: q.assignee,
    };
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| domain::list(c, ex, &filter, paged, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/leads", tag = "exhibitor", request_body = NewCardLead, security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body answer the lead the first request made (a card typed offline and sent again)")),
    responses((status = 201, description = "The lead, typed in from a business card; with its `ETag`", body = Lead),
              (status = 200, description = "The same request sent again with its `Idempotency-Key`: the lead it made", body = Lead),
              (status = 403, description = "`forbidden`: not staff, or a role without leads", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `contact.name` missing or over 100 characters, another `contact` field over 120, `contact.email` without `@`, `note` over 2,000 characters; the same `Idempotency-Key` with another body", body = Problem, content_type = "application/problem+json")))]
pub async fn card(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewCardLead>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&new);
    let who = (staff.exhibitor_id, staff.user_id);
    let (id, replayed) = state
        .db
        .call(move |c| {
            let key = key.as_deref().map(|k| (k, hash.as_str()));
            domain::card(c, who, &new, key, Utc::now())
        })
        .await?;
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    answer(&state, who.0, id, status).await
}

#[utoipa::path(get, path = "/api/v1/exhibitor/leads/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Lead id")),
    responses((status = 200, description = "The lead with its notes, answers and the score's parts; with its `ETag`", body = Lead),
              (status = 403, description = "`forbidden`: a role without leads", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's lead)", body = Problem, content_type = "application/problem+json")))]
pub async fn read(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    answer(&state, staff.exhibitor_id, id, StatusCode::OK).await
}

#[utoipa::path(put, path = "/api/v1/exhibitor/leads/{id}", tag = "exhibitor", request_body = LeadEdit, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Lead id"),
           ("If-Match" = String, Header, description = "The lead's `ETag`")),
    responses((status = 200, description = "The follow-up is saved: status, rating, assignee and answers", body = Lead),
              (status = 403, description = "`forbidden`: a role without leads", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's lead)", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: a colleague changed the lead since the `ETag` (read it again; nothing was overwritten)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `status` unknown, `rating` not 1–5, `assignee` not on the team, `answers.N` not a question of the settings or not one of its choices, over 200 characters, or a question answered twice", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn edit(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(e): ApiJson<LeadEdit>,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    let pre = Versioned::Lead.precondition(&headers, id);
    let version = pre.version();
    pre.check(
        state
            .db
            .call(move |c| domain::edit(c, ex, id, version, &e, Utc::now()))
            .await,
    )?;
    answer(&state, ex, id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/leads/{id}/notes", tag = "exhibitor", request_body = NewLeadNote, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Lead id"),
           ("Idempotency-Key" = Option<String>, Header, description = "A note sent again with its key (written offline) is kept once")),
    responses((status = 200, description = "The lead with the note, newest first", body = Lead),
              (status = 403, description = "`forbidden`: a role without leads", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's lead)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`limit_reached`: 200 notes", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `text` empty or over 2,000 characters; the same `Idempotency-Key` with another body", body = Problem, content_type = "application/problem+json")))]
pub async fn note(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(n): ApiJson<NewLeadNote>,
) -> Result<Response, ApiError> {
    ApiError::check(n.validate())?;
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&n);
    let who = (staff.exhibitor_id, staff.user_id);
    state
        .db
        .call(move |c| {
            let key = key.as_deref().map(|k| (k, hash.as_str()));
            domain::note(c, who, id, &n.text, key, Utc::now())
        })
        .await?;
    answer(&state, who.0, id, StatusCode::OK).await
}

#[utoipa::path(get, path = "/api/v1/exhibitor/leads/export", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "Every lead as CSV (UTF-8 with a byte order mark; cells a spreadsheet would run as formulas start with an apostrophe), last seen first: contact fields only where the visitor shares them at the moment of the export. The export is in the audit trail (who, how many rows)", content_type = "text/csv"),
              (status = 403, description = "`forbidden`: a role without exports", body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Export>,
) -> Result<Response, ApiError> {
    let who = (staff.exhibitor_id, staff.user_id);
    let body = state
        .db
        .call(move |c| domain::csv(c, who.0, who.1, Utc::now()))
        .await?;
    Ok(super::csv_file("leads.csv", body))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/lead-settings", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "The qualifying questions, the scoring rules and the threshold (the documented defaults until the exhibitor saves its own)", body = LeadSettings),
              (status = 403, description = "`forbidden`: a role without leads", body = Problem, content_type = "application/problem+json")))]
pub async fn settings(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Leads>,
) -> Result<Json<LeadSettings>, ApiError> {
    let ex = staff.exhibitor_id;
    Ok(Json(state.db.call(move |c| domain::settings(c, ex)).await?))
}

#[utoipa::path(put, path = "/api/v1/exhibitor/lead-settings", tag = "exhibitor", request_body = LeadSettings, security(("bearer" = [])),
    responses((status = 200, description = "Saved; every lead's score follows at once (scores are computed on read)", body = LeadSettings),
              (status = 403, description = "`forbidden`: a role without the lead settings (booth staff)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: over 10 `questions`, `questions.N.id` empty, over 40 characters or repeated, `questions.N.label` empty or over 120 characters, a choice question without `choices` or over 12, over 20 `rules`, `rules.N.points` outside −100…100, `rules.N.at_least` outside 1…1,000, `rules.N.question` not a question, `threshold` outside 0…2,000, `half_life_days` over 365", body = Problem, content_type = "application/problem+json")))]
pub async fn save_settings(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::LeadSettings>,
    ApiJson(s): ApiJson<LeadSettings>,
) -> Result<Json<LeadSettings>, ApiError> {
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| domain::save_settings(c, ex, &s, Utc::now()))
            .await?,
    ))
}
