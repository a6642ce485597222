//! The OpenAPI 3.1 document of the contract, generated from the handlers and wire types.
//! The committed copy is `crates/contract/openapi.json`; a test fails when they drift.

use serde_json::{json, Value};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api;

mod operations;
pub use operations::{Caller, OPERATIONS, STAFF_CAPABILITIES};

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
        api::staff_products::list, api::staff_products::create, api::staff_products::get, api::staff_products::update,
        api::staff_products::upload_image, api::staff_products::image, api::staff_products::slots,
        api::staff_products::create_slot, api::staff_products::change_slot, api::staff_products::delete_slot,
        api::account::get_profile, api::account::put_profile, api::account::addresses,
        api::account::add_address, api::account::update_address, api::account::delete_address,
        api::account::change_password, api::account::logout_all,
        api::membership::membership, api::membership::points, api::membership::coupons,
        api::membership::redeem,
        api::orders::cancel,
        api::badges::badge, api::badges::renew_badge, api::badges::scan_badge, api::badges::badge_key,
        api::badges::contact_shares, api::badges::decide,
        api::leads::list, api::leads::card, api::leads::read, api::leads::edit, api::leads::note,
        api::leads::export, api::leads::settings, api::leads::save_settings,
        api::customers::list, api::customers::export, api::customers::one,
        api::campaigns::list, api::campaigns::create, api::campaigns::audience, api::campaigns::read,
        api::campaigns::edit, api::campaigns::schedule, api::campaigns::cancel,
        api::campaigns::stop_info, api::campaigns::stop,
        api::wechat::start, api::wechat::finish, api::wechat::js_config, api::wechat_pay::notify,
        api::wechat_mini::ticket, api::wechat_mini::session,
        api::notify::get_prefs, api::notify::put_prefs, api::notify::inbox, api::notify::mark_read,
        api::tickets::my_tickets, api::tickets::open_ticket, api::tickets::my_ticket,
        api::tickets::member_reply, api::tickets::member_status, api::tickets::rate,
        api::staff_tickets::queue, api::staff_tickets::staff_ticket, api::staff_tickets::staff_reply, api::staff_tickets::add_note,
        api::staff_tickets::assign, api::staff_tickets::staff_list,
        api::team::get_team, api::team::invite, api::team::revoke, api::team::change_role,
        api::team::remove, api::team::audit_trail, api::team::preview, api::team::accept,
        api::configure::configurable, api::configure::model, api::configure::price, api::configure::staff_model, api::configure::set, api::configure::remove,
        api::quotes::my_quotes, api::quotes::request, api::quotes::my_quote, api::quotes::accept,
        api::quotes::decline, api::quotes::ask_change, api::quotes::message,
        api::quote_desk::desk, api::quote_desk::desk_quote, api::quote_desk::revise,
        api::quote_desk::withdraw, api::quote_desk::desk_message, api::quote_desk::assign,
        api::tickets::upload_photo, api::tickets::photo,
        api::returns::my_returns, api::returns::request_return, api::returns::my_return,
        api::returns::staff_returns, api::returns::decide,
        api::staff_orders::list, api::staff_orders::order, api::staff_orders::take_step,
        api::staff_orders::pickup, api::staff_orders::export, api::dashboard::dashboard,
        api::catalog::hall_map, api::orders::pickup_slots,
        api::cart::quote, api::cart::get_cart, api::cart::put_cart, api::cart::merge_cart,
        api::cart::offers, api::orders::place_order, api::orders::orders, api::orders::order,
        api::orders::start_payment, api::orders::complete_test_payment,
        api::interests::get_interests, api::interests::put_interests, api::interests::delete_interests,
    ),
    components(schemas(expocx_contract::ErrorCode, expocx_contract::FieldErrorCode, expocx_contract::Lang,
        expocx_contract::ProductSort, expocx_contract::DeviceKey, expocx_contract::OrderFilter,
        expocx_contract::WechatScope, expocx_contract::FulfilmentMethod,
        expocx_contract::StaffOrderSort, expocx_contract::OrderStatus,
        expocx_contract::Assigned, expocx_contract::TicketStatus,
        expocx_contract::quotes::QuoteStatus, expocx_contract::quotes::QuoteAction,
        api::customers::CustomerListKind, api::customers::CustomerSort)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Accounts and sessions"),
        (name = "account", description = "The member's profile, address book and password"),
        (name = "service", description = "After-sales tickets and photos (rules in the contract's `service` module)"),
        (name = "notifications", description = "Notification preferences and the in-app inbox (rules in the contract's `notify` module)"),
        (name = "membership", description = "Tier, benefits and points (rules in the contract's `membership` module)"),
        (name = "catalog", description = "The public storefront"),
        (name = "consent", description = "Consent per purpose, receipts, behaviour events, data export and erasure"),
        (name = "cart", description = "Carts revalidated against current price and stock, coupons and offers"),
        (name = "checkout", description = "Pickup slots, orders (idempotent) and payments"),
        (name = "personalization", description = "The account's interest profile (personalization consent only)"),
        (name = "quotes", description = "Trade buyers' quotes: request, revisions, thread, accept into an order (rules in the contract's `quotes` and `configure` modules)"),
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

/// " **Roles:** owner, manager (capability `orders`)." for a staff operation.
fn roles_note(c: expocx_contract::Capability) -> String {
    let who: Vec<&str> = expocx_contract::StaffRole::ALL
        .into_iter()
        .filter(|r| r.may(c))
        .map(|r| r.as_str())
        .collect();
    let name = json!(c);
    format!(
        " **Roles:** {} (capability `{}`).",
        who.join(", "),
        name.as_str().unwrap_or_default()
    )
}

/// Operations that count attempts (`429 rate_limited` with `Retry-After`).
const RATE_LIMITED: &[&str] = &[
    "auth_register",
    "auth_login",
    "cart_quote",
    "devices_create",
    "me_delete",
    "me_password_change",
    "exhibitor_badge_scans_create",
    "exhibitor_pickups_confirm",
];

/// The base every path is relative to.
pub const BASE: &str = "/api/v1";

/// Paths relative to the `/api/v1` server; each operation's id, summary and caller from
/// [`OPERATIONS`] (its security follows the caller: none for the public, the bearer token for
/// accounts, either where a token is optional); the license as an SPDX identifier.
fn shape(doc: &mut Value) {
    doc["servers"] = json!([{"url": BASE, "description": "This server (the reference backend and any conforming one)"}]);
    doc["info"]["license"] = json!({"name": "MIT", "identifier": "MIT"});
    // utoipa writes a page's item type out in full; a page of a named type refers to it.
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        let names: Vec<String> = schemas.keys().cloned().collect();
        for name in &names {
            let item = name
                .strip_prefix("Page_")
                .filter(|n| names.iter().any(|m| m == n));
            if let Some(item) = item {
                schemas[name]["properties"]["items"]["items"] =
                    json!({"$ref": format!("#/components/schemas/{item}")});
            }
        }
    }
    let Some(paths) = doc["paths"].as_object_mut() else {
        return;
    };
    let old = std::mem::take(paths);
    for (path, mut item) in old {
        let path = path.strip_prefix(BASE).unwrap_or(&path).to_string();
        for (method, op) in item.as_object_mut().into_iter().flatten() {
            let Some((_, _, id, summary, caller)) = OPERATIONS
                .iter()
                .find(|(m, p, ..)| m == method && *p == path)
            else {
                panic!("{method} {path} is not in openapi/operations.rs");
            };
            op["operationId"] = json!(id);
            op["summary"] = json!(summary);
            op["x-expocx-caller"] = json!(caller.name());
            let needs = STAFF_CAPABILITIES
                .iter()
                .find(|(m, p, _)| m == method && *p == path)
                .map(|(.., c)| *c);
            if let Some(c) = needs {
                op["x-expocx-capability"] = json!(c);
            }
            let more = op["description"]
                .as_str()
                .map(|d| format!("\n\n{d}"))
                .unwrap_or_default();
            let roles = needs.map(roles_note).unwrap_or_default();
            let rules = rules_note(op);
            op["description"] = json!(format!("{}{roles}{rules}{more}", caller.describe()));
            op["security"] = match caller {
                Caller::Anyone | Caller::Provider => json!([]),
                Caller::AnyoneOrVisitor => json!([{}, {"bearer": []}]),
                Caller::Visitor | Caller::Staff => json!([{"bearer": []}]),
            };
        }
        paths.insert(path, item);
    }
}

/// The rules of an operation that its schema cannot say, in prose: idempotency, the
/// precondition, the consent it needs (read from its headers and documented answers).
fn rules_note(op: &Value) -> String {
    let header = |name: &str| {
        op["parameters"].as_array().is_some_and(|ps| {
            ps.iter().any(|p| {
                p["in"] == "header"
                    && p["name"]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        })
    };
    let mut out = String::new();
    if header("Idempotency-Key") {
        out.push_str(
            " **Idempotency:** with an `Idempotency-Key`, the same key and body get the first \
             answer again and change nothing more; another body with that key is `422 \
             idempotency_conflict`.",
        );
    }
    if header("If-Match") {
        out.push_str(
            " **Precondition:** send the `ETag` you were given as `If-Match`: `428` without it, ",
        );
        out.push_str(match op["responses"].get("412") {
            Some(_) => "`412 precondition_failed` when someone changed it first.",
            None => "the `409` below when it moved on since.",
        });
        out.push_str(" Something not yours is `404` whatever `If-Match` says.");
    }
    let consent = op["responses"]["403"]["description"]
        .as_str()
        .unwrap_or_default();
    if consent.contains("consent_required") {
        out.push_str(&format!(" **Consent:** {consent}."));
    }
    out
}

fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    })
}

/// Declares on every operation the answers that the shared machinery can give, so that the
/// document lists every status the server can answer: a body or query it cannot read (400),
/// input that fails validation (422), a JSON body over its limit (413), a missing or dead token where one is accepted (401), an unknown id in the path (404), a
/// slow request (408), too many attempts (429), and a server fault (500).
fn complete(doc: &mut Value) {
    let Some(paths) = doc["paths"].as_object_mut() else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for op in item.values_mut() {
            let id = op["operationId"].as_str().unwrap_or_default().to_string();
            let op_caller = op["x-expocx-caller"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let in_ = |place: &str| params.iter().any(|p| p["in"] == place);
            let reads_input = op.get("requestBody").is_some() || in_("query") || in_("header");
            let reads_json = op["requestBody"]["content"]
                .get("application/json")
                .is_some();
            let bearer = op["security"]
                .as_array()
                .is_some_and(|reqs| reqs.iter().any(|r| r.get("bearer").is_some()));
            let Some(responses) = op["responses"].as_object_mut() else {
                continue;
            };
            let mut add = |status: &str, body: Value| {
                responses.entry(status.to_string()).or_insert(body);
            };
            if reads_input {
                add(
                    "400",
                    problem("`malformed_request`: the body, query or a header cannot be read"),
                );
                add(
                    "422",
                    problem("`validation_failed`: `errors` names each field and why"),
                );
            }
            if reads_json {
                add(
                    "413",
                    problem("`payload_too_large`: the body is over 2 MiB; nothing was read"),
                );
            }
            if bearer {
                add(
                    "401",
                    problem(
                        "`unauthorized`: the token is missing, expired or revoked; sign in again",
                    ),
                );
            }
            if in_("path") {
                add("404", problem("`not_found`: no such id (or not yours)"));
            }
            if op_caller == "staff" {
                add(
                    "403",
                    problem("`forbidden`: not an exhibitor's staff, or the role may not do this"),
                );
            }
            add(
                "408",
                json!({"description": "The request took longer than the server allows"}),
            );
            if RATE_LIMITED.contains(&id.as_str()) {
                add(
                    "429",
                    problem(
                        "`rate_limited`: too many attempts; `Retry-After` says when to try again",
                    ),
                );
            }
            add(
                "500",
                problem("`internal`: the server failed; the request may be retried"),
            );
        }
    }
}

/// The document as committed: pretty JSON with a trailing newline.
pub fn document_json() -> String {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).expect("OpenAPI document serializes");
    shape(&mut doc);
    complete(&mut doc);
    let mut s = serde_json::to_string_pretty(&doc).expect("OpenAPI document serializes");
    s.push('\n');
    s
}
