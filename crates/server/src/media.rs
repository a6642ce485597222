//! Generated SVG pictures for the demo catalog: small, cacheable, no files to ship.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::api::ApiError;

/// A product picture: a soft background in a hue derived from the id and a simple shape.
pub fn product_svg(id: i64) -> String {
    let hue = (id % 360) * 47 % 360;
    let shape = match id % 4 {
        0 => r##"<circle cx="120" cy="110" r="52" fill="#fff" fill-opacity=".85"/>"##.to_string(),
        1 => r##"<rect x="72" y="62" width="96" height="96" rx="18" fill="#fff" fill-opacity=".85"/>"##.to_string(),
        2 => r##"<path d="M120 50 178 160H62Z" fill="#fff" fill-opacity=".85"/>"##.to_string(),
        _ => r##"<ellipse cx="120" cy="110" rx="70" ry="44" fill="#fff" fill-opacity=".85"/>"##.to_string(),
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240"><rect width="240" height="240" fill="hsl({hue} 55% 62%)"/><circle cx="200" cy="40" r="70" fill="hsl({hue2} 60% 70%)" fill-opacity=".6"/>{shape}<rect x="0" y="196" width="240" height="44" fill="#000" fill-opacity=".08"/></svg>"##,
        hue2 = (hue + 40) % 360
    )
}

/// An exhibitor logo: initials-free monogram shape in the exhibitor's hue.
pub fn exhibitor_svg(id: i64) -> String {
    let hue = (id % 360) * 83 % 360;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96"><rect width="96" height="96" rx="20" fill="hsl({hue} 45% 40%)"/><path d="M24 68 48 24l24 44Z" fill="#fff" fill-opacity=".9"/></svg>"##
    )
}

fn svg_response(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body,
    )
        .into_response()
}

fn parse_id(file: &str) -> Result<i64, ApiError> {
    file.strip_suffix(".svg")
        .and_then(|n| n.parse().ok())
        .filter(|n: &i64| *n > 0)
        .ok_or_else(ApiError::not_found)
}

pub async fn product(Path(file): Path<String>) -> Result<Response, ApiError> {
    Ok(svg_response(product_svg(parse_id(&file)?)))
}

pub async fn exhibitor(Path(file): Path<String>) -> Result<Response, ApiError> {
    Ok(svg_response(exhibitor_svg(parse_id(&file)?)))
}
