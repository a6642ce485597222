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
        api::consent::receipts, api::consent::events, api::consent::export, api::consent::delete_me,
        api::catalog::update_product,
        api::commerce::hall_map, api::commerce::pickup_slots,
        api::commerce::quote, api::commerce::get_cart, api::commerce::put_cart, api::commerce::merge_cart,
        api::commerce::offers, api::commerce::place_order, api::commerce::orders, api::commerce::order,
        api::commerce::start_payment, api::commerce::complete_test_payment,
        api::commerce::get_interests, api::commerce::put_interests, api::commerce::delete_interests,
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
