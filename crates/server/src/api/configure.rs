//! Configurable products (issue 24): the model a trade buyer configures, the price of a
//! configuration as the backend decides it, and the exhibitor setting or removing the model.
//! Both sides run the contract's `configure` module.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use expocx_contract::configure::{ConfigModel, ConfigPrice, Configuration, Conflict};
use expocx_contract::{FieldError, FieldErrorCode, Problem, ProductSummary, StaffProduct};

use super::etag::Versioned;
use super::extract::{cap, ApiJson, ApiPath, Can};
use super::ApiError;
use crate::db::catalog::{self as q, staff_products as db};
use crate::AppState;

/// At most this many choices in one configuration, each id at most 40 characters.
const CHOICES_MAX: usize = 64;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/products/configurable", get(configurable))
        .route("/products/{id}/configuration", get(model))
        .route("/products/{id}/configuration/price", post(price))
        .route(
            "/exhibitor/products/{id}/configuration",
            get(staff_model).put(set).delete(remove),
        )
}

#[utoipa::path(get, path = "/api/v1/products/configurable", tag = "catalog",
    responses((status = 200, description = "The published products trade buyers can configure and ask a quote for (at most 100), by exhibitor", body = Vec<ProductSummary>)))]
pub async fn configurable(
    State(state): State<AppState>,
) -> Result<Json<Vec<ProductSummary>>, ApiError> {
    Ok(Json(state.db.call(|c| q::configurable(c)).await?))
}

#[utoipa::path(get, path = "/api/v1/products/{id}/configuration", tag = "catalog",
    params(("id" = i64, Path, description = "Product id")),
    responses((status = 200, description = "The product's configuration model: option groups, rules, price breaks, minimum quantity", body = ConfigModel),
              (status = 404, description = "`not_found`: no such published product, or it is not configurable", body = Problem, content_type = "application/problem+json")))]
pub async fn model(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ConfigModel>, ApiError> {
    let (model, _) = state
        .db
        .call(move |c| q::configuration(c, id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(model))
}

/// A conflict as the field error a client shows beside the choice it is about.
fn field_error(c: &Conflict) -> FieldError {
    match c {
        Conflict::Quantity { min, .. } => {
            FieldError::new("quantity", FieldErrorCode::OutOfRange).with_limit(i64::from(*min))
        }
        Conflict::Required { group } => {
            FieldError::new(&format!("choices.{group}"), FieldErrorCode::Required)
        }
        Conflict::OneOnly { group } => {
            FieldError::new(&format!("choices.{group}"), FieldErrorCode::Duplicate)
        }
        Conflict::Repeated { option } => {
            FieldError::new(&format!("choices.{option}"), FieldErrorCode::Duplicate)
        }
        Conflict::Excludes { option, .. }
        | Conflict::Requires { option, .. }
        | Conflict::Unknown { option } => {
            FieldError::new(&format!("choices.{option}"), FieldErrorCode::InvalidValue)
        }
    }
}

#[utoipa::path(post, path = "/api/v1/products/{id}/configuration/price", tag = "catalog",
    params(("id" = i64, Path, description = "Product id")), request_body = Configuration,
    responses((status = 200, description = "The price the backend charges or quotes for this configuration: the unit price before options (the list price, or the price break reached), each choice's difference, the unit and total price, the lead time and the next price break", body = ConfigPrice),
              (status = 404, description = "`not_found`: no such published product, or it is not configurable", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `quantity` below the minimum order quantity (its `limit`) or above 1,000,000; `choices.<group>` required or given two options (`duplicate`); `choices.<option>` chosen twice (`duplicate`), unknown, excluded by another choice or needing one; more than 64 choices", body = Problem, content_type = "application/problem+json")))]
pub async fn price(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(cfg): ApiJson<Configuration>,
) -> Result<Json<ConfigPrice>, ApiError> {
    if cfg.choices.len() > CHOICES_MAX || cfg.choices.iter().any(|c| c.len() > 40) {
        let e = FieldError::new("choices", FieldErrorCode::TooLong).with_limit(CHOICES_MAX as i64);
        return Err(ApiError::validation(vec![e]));
    }
    let (model, list_price) = state
        .db
        .call(move |c| q::configuration(c, id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    model
        .price(list_price, &cfg)
        .map(Json)
        .map_err(|conflicts| ApiError::validation(conflicts.iter().map(field_error).collect()))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/products/{id}/configuration", tag = "exhibitor",
    security(("bearer" = [])), params(("id" = i64, Path, description = "Product id")),
    responses((status = 200, description = "The product's configuration model, the product published or a draft", body = ConfigModel),
              (status = 404, description = "`not_found`: the product has no model, or it is another booth's", body = Problem, content_type = "application/problem+json")))]
pub async fn staff_model(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ConfigModel>, ApiError> {
    let ex = staff.exhibitor_id;
    state
        .db
        .call(move |c| db::config(c, ex, id))
        .await?
        .flatten()
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

fn with_etag(p: StaffProduct) -> Result<Response, ApiError> {
    let (_, etag) = Versioned::Product.header(p.product.summary.id, p.product.version)?;
    Ok((StatusCode::OK, etag, Json(p)).into_response())
}

#[utoipa::path(put, path = "/api/v1/exhibitor/products/{id}/configuration", tag = "exhibitor",
    request_body = ConfigModel, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Product id"),
           ("If-Match" = String, Header, description = "The product's `ETag`")),
    responses((status = 200, description = "The product, now configurable by trade buyers, with its new `ETag`", body = StaffProduct),
              (status = 404, description = "`not_found` (also another booth's product)", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: changed by someone else first", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: every field of the model that is wrong (`config.groups.0.options.1.id` duplicate, `config.rules.2` naming an unknown option, `config.breaks` not ascending, …); nothing stored", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn set(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(model): ApiJson<ConfigModel>,
) -> Result<Response, ApiError> {
    let pre = Versioned::Product.precondition(&headers, id);
    let version = pre.version();
    ApiError::check(model.validate())?;
    let ex = staff.exhibitor_id;
    let p = pre
        .check(
            state
                .db
                .call(move |c| db::set_config(c, ex, id, version, Some(&model)))
                .await,
        )?
        .ok_or_else(ApiError::not_found)?;
    state.pages.forget();
    with_etag(p)
}

#[utoipa::path(delete, path = "/api/v1/exhibitor/products/{id}/configuration", tag = "exhibitor",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "Product id"),
           ("If-Match" = String, Header, description = "The product's `ETag`")),
    responses((status = 200, description = "The product, a retail product again, with its new `ETag`", body = StaffProduct),
              (status = 404, description = "`not_found` (also another booth's product)", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: changed by someone else first", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn remove(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Catalog>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let pre = Versioned::Product.precondition(&headers, id);
    let version = pre.version();
    let ex = staff.exhibitor_id;
    let p = pre
        .check(
            state
                .db
                .call(move |c| db::set_config(c, ex, id, version, None))
                .await,
        )?
        .ok_or_else(ApiError::not_found)?;
    state.pages.forget();
    with_etag(p)
}
