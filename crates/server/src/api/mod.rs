//! The HTTP API under `/api/v1`, its error format and extractors.

pub mod account;
pub mod auth;
pub mod badges;
pub mod campaigns;
pub mod cart;
pub mod catalog;
pub mod configure;
pub mod consent;
pub mod customers;
pub mod dashboard;
mod error;
pub mod etag;
pub mod extract;
pub mod interests;
pub mod leads;
pub mod membership;
pub mod notify;
pub mod orders;
pub mod paging;
pub mod privacy;
pub mod quote_desk;
pub mod quotes;
pub mod returns;
pub mod staff_orders;
pub mod staff_products;
pub mod staff_tickets;
pub mod team;
pub mod tickets;
pub mod wechat;
pub mod wechat_mini;
pub mod wechat_pay;

pub use error::ApiError;

use axum::Router;
use expocx_contract::Health;

use crate::AppState;

#[utoipa::path(get, path = "/api/v1/health", tag = "meta",
    responses((status = 200, description = "The server and its database answer", body = Health)))]
pub async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> Result<axum::Json<Health>, ApiError> {
    state
        .db
        .call(|c| Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))?))
        .await?;
    Ok(axum::Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }))
}

/// Every resource's routes, as served under `/api/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(auth::router())
        .merge(account::router())
        .merge(wechat::router())
        .merge(wechat_mini::router())
        .merge(wechat_pay::router())
        .merge(membership::router())
        .merge(notify::router())
        .merge(tickets::router())
        .merge(returns::router())
        .merge(dashboard::router())
        .merge(staff_orders::router())
        .merge(staff_tickets::router())
        .merge(team::router())
        .merge(catalog::router())
        .merge(configure::router())
        .merge(quotes::router())
        .merge(quote_desk::router())
        .merge(leads::router())
        .merge(badges::router())
        .merge(customers::router())
        .merge(campaigns::router())
        .merge(staff_products::router())
        .merge(cart::router())
        .merge(orders::router())
        .merge(interests::router())
        .merge(consent::router())
        .merge(privacy::router())
        .fallback(|| async { ApiError::not_found() })
}

/// A CSV download: `body` (a `String`, or a streamed `Body`) saved by the browser as `file`.
pub(crate) fn csv_file(
    file: &'static str,
    body: impl Into<axum::body::Body>,
) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body.into(),
    )
        .into_response()
}
