//! The exhibitor's dashboard figures.

use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{Dashboard, DashboardQuery, Problem};

use super::extract::{cap, ApiQuery, Can};
use super::ApiError;
use crate::db::dashboard as db;
use crate::rules::dashboard::{period, venue_day};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new().route("/exhibitor/dashboard", get(dashboard))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/dashboard", tag = "exhibitor", params(DashboardQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "Revenue, orders, pickups due, open tickets and returns, top products, the funnel and every day's figures for the period (venue days; today when not given)", body = Dashboard),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn dashboard(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Figures>,
    ApiQuery(q): ApiQuery<DashboardQuery>,
) -> Result<Json<Dashboard>, ApiError> {
    ApiError::check(q.validate())?;
    let exhibitor = staff.exhibitor_id;
    let figures = state
        .db
        .call(move |c| {
            let now = Utc::now();
            let today = venue_day(now, crate::db::venue_tz(c)?);
            let (from, to) = period(q.from.map(Into::into), q.to.map(Into::into), today);
            let q = DashboardQuery {
                from: Some(from.into()),
                to: Some(to.into()),
            };
            crate::db::Error::check(q.validate())?;
            db::dashboard(c, exhibitor, from, to, now)
        })
        .await?;
    Ok(Json(figures))
}
