//! The HTTP API under `/api/v1`, its error format and extractors.

pub mod account;
pub mod auth;
pub mod cart;
pub mod catalog;
pub mod consent;
pub mod desk;
mod error;
pub mod etag;
pub mod extract;
pub mod figures;
pub mod fulfilment;
pub mod interests;
pub mod listings;
pub mod membership;
pub mod notify;
pub mod orders;
pub mod privacy;
pub mod returns;
pub mod service;
pub mod wechat;

pub use error::ApiError;

use axum::routing::{delete, get, post, put};
use axum::Router;
use expocx_contract::Health;

use crate::AppState;

#[utoipa::path(get, path = "/api/health", tag = "meta",
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

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/auth/register", post(auth::register))
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/auth/me", get(auth::me))
        .route("/auth/logout-all", post(account::logout_all))
        .route("/auth/wechat", get(wechat::start).post(wechat::finish))
        .route(
            "/me/profile",
            get(account::get_profile).put(account::put_profile),
        )
        .route(
            "/me/addresses",
            get(account::addresses).post(account::add_address),
        )
        .route(
            "/me/addresses/{id}",
            axum::routing::put(account::update_address).delete(account::delete_address),
        )
        .route("/me/password", post(account::change_password))
        .route("/me/membership", get(membership::membership))
        .route("/me/coupons", get(membership::coupons))
        .route("/me/points/redeem", post(membership::redeem))
        .route("/me/badge", get(account::badge).post(account::renew_badge))
        .route("/exhibitor/badge-scans", post(account::scan_badge))
        .route("/me/points", get(membership::points))
        .route(
            "/me/notification-preferences",
            get(notify::get_prefs).put(notify::put_prefs),
        )
        .route("/me/notifications", get(notify::inbox))
        .route("/me/notifications/read", post(notify::mark_read))
        .route(
            "/me/tickets",
            get(service::my_tickets).post(service::open_ticket),
        )
        .route("/me/tickets/{id}", get(service::my_ticket))
        .route("/me/tickets/{id}/messages", post(service::member_reply))
        .route("/me/tickets/{id}/status", put(service::member_status))
        .route("/me/tickets/{id}/rating", post(service::rate))
        .route(
            "/me/photos",
            post(service::upload_photo).layer(axum::extract::DefaultBodyLimit::max(
                expocx_contract::PHOTO_MAX_BYTES + 1,
            )),
        )
        .route("/photos/{id}", get(service::photo))
        .route(
            "/me/returns",
            get(returns::my_returns).post(returns::request_return),
        )
        .route("/me/returns/{id}", get(returns::my_return))
        .route("/exhibitor/returns", get(returns::staff_returns))
        .route("/exhibitor/returns/{id}/decision", post(returns::decide))
        .route("/exhibitor/dashboard", get(figures::dashboard))
        .route("/exhibitor/orders", get(fulfilment::list))
        .route("/exhibitor/orders/export", get(fulfilment::export))
        .route("/exhibitor/orders/{id}", get(fulfilment::order))
        .route("/exhibitor/orders/{id}/status", post(fulfilment::take_step))
        .route("/exhibitor/pickups", post(fulfilment::pickup))
        .route("/exhibitor/tickets", get(desk::queue))
        .route("/exhibitor/tickets/{id}", get(desk::staff_ticket))
        .route("/exhibitor/tickets/{id}/messages", post(desk::staff_reply))
        .route("/exhibitor/tickets/{id}/notes", post(desk::add_note))
        .route("/exhibitor/tickets/{id}/assignee", put(desk::assign))
        .route("/exhibitor/staff", get(desk::staff_list))
        .route("/expo", get(catalog::expo))
        .route("/halls", get(catalog::halls))
        .route("/categories", get(catalog::categories))
        .route("/exhibitors", get(catalog::exhibitors))
        .route("/exhibitors/{id}", get(catalog::exhibitor))
        .route("/products", get(catalog::products))
        .route("/products/{id}", get(catalog::product))
        .route("/halls/{id}/map", get(catalog::hall_map))
        .route(
            "/exhibitor/products",
            get(listings::list).post(listings::create),
        )
        .route(
            "/exhibitor/products/{id}",
            get(listings::get).patch(listings::update),
        )
        .route(
            "/exhibitor/products/{id}/image",
            post(listings::upload_image).layer(axum::extract::DefaultBodyLimit::max(
                expocx_contract::PRODUCT_IMAGE_MAX_BYTES + 1,
            )),
        )
        .route("/product-images/{key}", get(listings::image))
        .route(
            "/exhibitor/pickup-slots",
            get(listings::slots).post(listings::create_slot),
        )
        .route(
            "/exhibitor/pickup-slots/{id}",
            axum::routing::delete(listings::delete_slot),
        )
        .route(
            "/exhibitor/pickup-slots/{id}/capacity",
            put(listings::change_slot),
        )
        .route("/exhibitors/{id}/pickup-slots", get(orders::pickup_slots))
        .route("/cart", get(cart::get_cart).put(cart::put_cart))
        .route("/cart/quote", post(cart::quote))
        .route("/cart/merge", post(cart::merge_cart))
        .route("/offers", get(cart::offers))
        .route("/orders", post(orders::place_order).get(orders::orders))
        .route("/orders/{id}", get(orders::order))
        .route("/orders/{id}/cancel", post(orders::cancel))
        .route("/orders/{id}/payments", post(orders::start_payment))
        .route(
            "/payments/test/{payment_id}",
            post(orders::complete_test_payment),
        )
        .route(
            "/me/interests",
            get(interests::get_interests)
                .put(interests::put_interests)
                .delete(interests::delete_interests),
        )
        .route("/consent/policy", get(consent::policy))
        .route("/consent", get(consent::get_state).put(consent::put_state))
        .route("/consent/receipts", get(consent::receipts))
        .route("/events", post(consent::events))
        .route("/me/export", get(privacy::export))
        .route("/me", delete(privacy::delete_me))
        .route("/devices", post(consent::issue_device))
        .fallback(|| async { ApiError::not_found() })
}
