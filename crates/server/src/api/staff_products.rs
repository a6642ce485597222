//! The booth's own catalog and pickup slots, as its staff edit them. Every endpoint is scoped
//! to the staff member's exhibitor: another booth's product or slot answers 404.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{self, delete, post, put};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    FieldError, FieldErrorCode, Page, PickupSlot, Problem, ProductDraft, ProductUpdate, SlotChange,
    SlotDraft, StaffProduct, PRODUCT_IMAGE_MAX_BYTES,
};
use serde::Deserialize;

use super::etag::Versioned;
use super::extract::{cap, ApiJson, ApiPath, ApiQuery, Can};
use super::paging::paging;
use super::ApiError;
use crate::db::catalog::staff_products as db;
use crate::db::orders::slots;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/products", routing::get(list).post(create))
        .route("/exhibitor/products/{id}", routing::get(get).patch(update))
        .route(
            "/exhibitor/products/{id}/image",
            post(upload_image).layer(DefaultBodyLimit::max(
                expocx_contract::PRODUCT_IMAGE_MAX_BYTES + 1,
            )),
        )
        .route("/product-images/{key}", routing::get(image))
        .route(
            "/exhibitor/pickup-slots",
            routing::get(slots).post(create_slot),
        )
        .route("/exhibitor/pickup-slots/{id}", delete(delete_slot))
        .route("/exhibitor/pickup-slots/{id}/capacity", put(change_slot))
}

/// The product with its `ETag` (the storefront's too).
fn with_etag(status: StatusCode, p: StaffProduct) -> Result<Response, ApiError> {
    let (_, etag) = Versioned::Product.header(p.product.summary.id, p.product.version)?;
    Ok((status, etag, Json(p)).into_response())
}

/// Which of the booth's products `GET /api/v1/exhibitor/products` lists.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StaffProductQuery {
    /// `true`: those the storefront shows; `false`: the drafts; absent: all.
    published: Option<bool>,
    page: Option<u32>,
    limit: Option<u32>,
}

#[utoipa::path(get, path = "/api/v1/exhibitor/products", tag = "exhibitor", params(StaffProductQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The booth's products, drafts included, newest first", body = Page<StaffProduct>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: page or limit out of range", body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiQuery(q): ApiQuery<StaffProductQuery>,
) -> Result<Json<Page<StaffProduct>>, ApiError> {
    let (page, limit) = paging(q.page, q.limit, 24)?;
    let ex = staff.exhibitor_id;
    let list = state
        .db
        .call(move |c| db::list(c, ex, q.published, page, limit))
        .await?;
    Ok(Json(list))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/products", tag = "exhibitor", request_body = ProductDraft,
    security(("bearer" = [])),
    responses((status = 201, description = "Created; `ETag` carries its version", body = StaffProduct),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`limit_reached`: the booth has as many products as it may have", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`, with every field that is wrong", body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiJson(draft): ApiJson<ProductDraft>,
) -> Result<Response, ApiError> {
    ApiError::check(draft.validate())?;
    let ex = staff.exhibitor_id;
    let p = state
        .db
        .call(move |c| db::create(c, ex, &draft, Utc::now()))
        .await?;
    // The public pages showing it are built anew.
    state.pages.forget();
    with_etag(StatusCode::CREATED, p)
}

#[utoipa::path(get, path = "/api/v1/exhibitor/products/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Product id")),
    responses((status = 200, description = "The product, published or not; `ETag` carries its version", body = StaffProduct),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another booth's product)", body = Problem, content_type = "application/problem+json")))]
pub async fn get(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    let p = state
        .db
        .call(move |c| db::get(c, ex, id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    // The public pages showing it are built anew.
    state.pages.forget();
    with_etag(StatusCode::OK, p)
}

#[utoipa::path(patch, path = "/api/v1/exhibitor/products/{id}", tag = "exhibitor",
    request_body = ProductUpdate,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Product id"),
           ("If-Match" = String, Header, description = "The product's `ETag`")),
    responses((status = 200, description = "Updated; carries the new `ETag`", body = StaffProduct),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: no such product of this exhibitor", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: changed by someone else first", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`, with every field that is wrong; nothing stored", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(update): ApiJson<ProductUpdate>,
) -> Result<Response, ApiError> {
    let pre = Versioned::Product.precondition(&headers, id);
    let version = pre.version();
    let who = (staff.exhibitor_id, staff.user_id);
    let p = pre
        .check(
            state
                .db
                .call(move |c| {
                    crate::domain::catalog::update_product(c, who, id, version, &update, Utc::now())
                })
                .await,
        )?
        .ok_or_else(ApiError::not_found)?;
    // The public pages showing it are built anew.
    state.pages.forget();
    with_etag(StatusCode::OK, p)
}

#[utoipa::path(post, path = "/api/v1/exhibitor/products/{id}/image", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Product id")),
    request_body(content(("image/jpeg"), ("image/png"), ("image/webp")),
        description = "The picture's bytes (at most 2 MB); its type is read from them"),
    responses((status = 200, description = "The product with its new picture and `ETag`", body = StaffProduct),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another booth's product)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: not a JPEG, PNG or WebP image, or larger than 2 MB", body = Problem, content_type = "application/problem+json")))]
pub async fn upload_image(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    let (kind, body) = super::extract::uploaded_image(body, "image", PRODUCT_IMAGE_MAX_BYTES)?;
    let ex = staff.exhibitor_id;
    let p = state
        .db
        .call(move |c| db::set_image(c, ex, id, kind, &body, Utc::now()))
        .await?
        .ok_or_else(ApiError::not_found)?;
    // The public pages showing it are built anew.
    state.pages.forget();
    with_etag(StatusCode::OK, p)
}

#[utoipa::path(get, path = "/api/v1/product-images/{key}", tag = "catalog",
    params(("key" = String, Path, description = "The picture's key, from a product's `image_url`")),
    responses((status = 200, description = "The picture, with its real type; never run as a document", content_type = "image/jpeg"),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json")))]
pub async fn image(
    State(state): State<AppState>,
    ApiPath(key): ApiPath<String>,
) -> Result<Response, ApiError> {
    if key.len() > 64 {
        return Err(ApiError::not_found());
    }
    let (kind, data) = state
        .db
        .call(move |c| db::image(c, &key))
        .await?
        .ok_or_else(ApiError::not_found)?;
    // A new picture has a new key: this one never changes.
    super::extract::image(&kind, data, "public, max-age=31536000, immutable")
}

#[utoipa::path(get, path = "/api/v1/exhibitor/pickup-slots", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "The booth's pickup slots with the room left in each", body = Vec<PickupSlot>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn slots(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
) -> Result<Json<Vec<PickupSlot>>, ApiError> {
    let ex = staff.exhibitor_id;
    Ok(Json(
        state.db.call(move |c| slots::pickup_slots(c, ex)).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/pickup-slots", tag = "exhibitor", request_body = SlotDraft,
    security(("bearer" = [])),
    responses((status = 201, description = "Added; visitors can choose it at once", body = PickupSlot),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`limit_reached`: the booth has as many slots as it may have", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: length or capacity out of range, not on the expo's days (`starts_at` `out_of_range`) or over another slot (`starts_at` `duplicate`)", body = Problem, content_type = "application/problem+json")))]
pub async fn create_slot(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiJson(draft): ApiJson<SlotDraft>,
) -> Result<(StatusCode, Json<PickupSlot>), ApiError> {
    ApiError::check(draft.validate())?;
    let ex = staff.exhibitor_id;
    let slot = state.db.call(move |c| slots::create(c, ex, &draft)).await?;
    Ok((StatusCode::CREATED, Json(slot)))
}

#[utoipa::path(put, path = "/api/v1/exhibitor/pickup-slots/{id}/capacity", tag = "exhibitor", request_body = SlotChange,
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Slot id")),
    responses((status = 200, description = "The slot with its new capacity", body = PickupSlot),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another booth's slot)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `capacity` out of range; its `limit` is the least allowed when orders hold the slot", body = Problem, content_type = "application/problem+json")))]
pub async fn change_slot(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<SlotChange>,
) -> Result<Json<PickupSlot>, ApiError> {
    if !(1..=expocx_contract::SLOT_CAPACITY_MAX).contains(&change.capacity) {
        return Err(ApiError::validation(vec![FieldError::new(
            "capacity",
            FieldErrorCode::OutOfRange,
        )
        .with_limit(i64::from(expocx_contract::SLOT_CAPACITY_MAX))]));
    }
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| slots::set_capacity(c, ex, id, change.capacity))
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/exhibitor/pickup-slots/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Slot id")),
    responses((status = 204, description = "Removed"),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another booth's slot)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: orders chose this slot", body = Problem, content_type = "application/problem+json")))]
pub async fn delete_slot(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let ex = staff.exhibitor_id;
    state.db.call(move |c| slots::delete(c, ex, id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
