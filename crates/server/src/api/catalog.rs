//! The public storefront: expo, halls, categories, exhibitors, products.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;
use axum::Router;
use expocx_contract::{
    Category, Exhibitor, ExhibitorQuery, ExhibitorSummary, Expo, FieldError, FieldErrorCode, Hall,
    Page, Problem, Product, ProductQuery, ProductSummary,
};

use super::etag::Versioned;
use super::extract::{ApiPath, ApiQuery};
use super::paging::check_paging;
use super::ApiError;
use crate::db::catalog as q;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/expo", get(expo))
        .route("/halls", get(halls))
        .route("/categories", get(categories))
        .route("/exhibitors", get(exhibitors))
        .route("/exhibitors/{id}", get(exhibitor))
        .route("/products", get(products))
        .route("/products/{id}", get(product))
        .route("/halls/{id}/map", get(hall_map))
}

const MAX_SEARCH_LEN: usize = 100;

fn check_search(words: &Option<String>, errors: &mut Vec<FieldError>) {
    if words
        .as_deref()
        .is_some_and(|w| w.chars().count() > MAX_SEARCH_LEN)
    {
        errors
            .push(FieldError::new("q", FieldErrorCode::TooLong).with_limit(MAX_SEARCH_LEN as i64));
    }
}

#[utoipa::path(get, path = "/api/v1/expo", tag = "catalog",
    responses((status = 200, description = "The expo with its halls", body = Expo),
              (status = 404, description = "No expo configured", body = Problem, content_type = "application/problem+json")))]
pub async fn expo(State(state): State<AppState>) -> Result<Json<Expo>, ApiError> {
    state
        .db
        .call(|c| q::expo(c))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(get, path = "/api/v1/halls", tag = "catalog",
    responses((status = 200, description = "Halls ordered by code", body = Vec<Hall>)))]
pub async fn halls(State(state): State<AppState>) -> Result<Json<Vec<Hall>>, ApiError> {
    Ok(Json(state.db.call(|c| q::halls(c)).await?))
}

#[utoipa::path(get, path = "/api/v1/categories", tag = "catalog",
    responses((status = 200, description = "Product categories in display order", body = Vec<Category>)))]
pub async fn categories(State(state): State<AppState>) -> Result<Json<Vec<Category>>, ApiError> {
    Ok(Json(state.db.call(|c| q::categories(c)).await?))
}

#[utoipa::path(get, path = "/api/v1/exhibitors", tag = "catalog", params(ExhibitorQuery),
    responses((status = 200, description = "One page of exhibitors, featured first", body = Page<ExhibitorSummary>),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn exhibitors(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ExhibitorQuery>,
) -> Result<Json<Page<ExhibitorSummary>>, ApiError> {
    let mut errors = Vec::new();
    check_paging(query.page, query.limit, &mut errors);
    check_search(&query.q, &mut errors);
    ApiError::check(errors)?;
    Ok(Json(
        state.db.call(move |c| q::exhibitors(c, &query)).await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/exhibitors/{id}", tag = "catalog",
    params(("id" = i64, Path, description = "Exhibitor id")),
    responses((status = 200, description = "The exhibitor", body = Exhibitor),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json")))]
pub async fn exhibitor(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Exhibitor>, ApiError> {
    state
        .db
        .call(move |c| q::exhibitor(c, id))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(get, path = "/api/v1/products", tag = "catalog", params(ProductQuery),
    responses((status = 200, description = "One page of products", body = Page<ProductSummary>),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn products(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ProductQuery>,
) -> Result<Json<Page<ProductSummary>>, ApiError> {
    let mut errors = Vec::new();
    check_paging(query.page, query.limit, &mut errors);
    check_search(&query.q, &mut errors);
    for (name, v) in [
        ("min_price", query.min_price),
        ("max_price", query.max_price),
    ] {
        if v.is_some_and(|v| v < 0) {
            errors.push(FieldError::new(name, FieldErrorCode::OutOfRange).with_limit(0));
        }
    }
    if let (Some(lo), Some(hi)) = (query.min_price, query.max_price) {
        if lo > hi {
            errors.push(FieldError::new("max_price", FieldErrorCode::OutOfRange).with_limit(lo));
        }
    }
    ApiError::check(errors)?;
    Ok(Json(state.db.call(move |c| q::products(c, &query)).await?))
}

#[utoipa::path(get, path = "/api/v1/products/{id}", tag = "catalog",
    params(("id" = i64, Path, description = "Product id"),
           ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer")),
    responses((status = 200, description = "The product; `ETag` header carries its version", body = Product,
               headers(("ETag" = String, description = "The product's version"),
                       ("Last-Modified" = Option<String>, description = "When what the product's page shows last changed (HTTP date; a sitemap's `lastmod`); optional"))),
              (status = 304, description = "Unchanged since the ETag sent"),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json")))]
pub async fn product(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (product, changed) = state
        .db
        .call(move |c| Ok((q::product(c, id)?, q::product_changed(c, id)?)))
        .await?;
    let product = product.ok_or_else(ApiError::not_found)?;
    let (tag, etag) = Versioned::Product.header(product.summary.id, product.version)?;
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag.as_str()))
    {
        return Ok((StatusCode::NOT_MODIFIED, etag).into_response());
    }
    let mut resp = (etag, Json(product)).into_response();
    if let Some(v) = changed.and_then(|at| {
        HeaderValue::from_str(&at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()).ok()
    }) {
        resp.headers_mut().insert(header::LAST_MODIFIED, v);
    }
    Ok(resp)
}

#[utoipa::path(get, path = "/api/v1/halls/{id}/map", tag = "catalog",
    params(("id" = i64, Path, description = "Hall id")),
    responses((status = 200, description = "Floor plan with booth rectangles", body = expocx_contract::HallMap),
              (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json")))]
pub async fn hall_map(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<expocx_contract::HallMap>, ApiError> {
    state
        .db
        .call(move |c| crate::db::halls::hall_map(c, id))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}
