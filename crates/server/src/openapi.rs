//! The OpenAPI 3.1 document of the contract, generated from the handlers and wire types.
//! The committed copy is `crates/contract/openapi.json`; a test fails when they drift.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ExpoCX API",
        description = include_str!("../../contract/API.md"),
        license(name = "MIT")
    ),
    paths(
        api::health,
        api::auth::register, api::auth::login, api::auth::logout, api::auth::me,
        api::catalog::expo, api::catalog::halls, api::catalog::categories,
        api::catalog::exhibitors, api::catalog::exhibitor,
        api::catalog::products, api::catalog::product,
        api::consent::policy, api::consent::get_state, api::consent::put_state,
        api::consent::issue_device,
        api::consent::receipts, api::consent::events, api::privacy::export, api::privacy::delete_me,
        api::catalog::update_product,
        api::catalog::hall_map, api::orders::pickup_slots,
        api::cart::quote, api::cart::get_cart, api::cart::put_cart, api::cart::merge_cart,
        api::cart::offers, api::orders::place_order, api::orders::orders, api::orders::order,
        api::orders::start_payment, api::orders::complete_test_payment,
        api::interests::get_interests, api::interests::put_interests, api::interests::delete_interests,
    ),
    components(schemas(expocx_contract::ErrorCode, expocx_contract::FieldErrorCode, expocx_contract::Lang)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Accounts and sessions"),
        (name = "catalog", description = "The public storefront"),
        (name = "consent", description = "Consent per purpose, receipts, behaviour events, data export and erasure"),
        (name = "cart", description = "Carts revalidated against current price and stock, coupons and offers"),
        (name = "checkout", description = "Pickup slots, orders (idempotent) and payments"),
        (name = "personalization", description = "The account's interest profile (personalization consent only)"),
        (name = "exhibitor", description = "The exhibitor's own catalog"),
        (name = "meta", description = "Health"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("Opaque token from register or login"))
                    .build(),
            ),
        );
    }
}

/// The document as committed: pretty JSON with a trailing newline.
pub fn document_json() -> String {
    let mut s = ApiDoc::openapi()
        .to_pretty_json()
        .expect("OpenAPI document serializes");
    s.push('\n');
    s
}
