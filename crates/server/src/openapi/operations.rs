//! Every operation of the contract by method and path (relative to the `/api/v1` server): its
//! operation id (stable: generated clients use it as a method name), its summary, and who may
//! call it. The document takes all three from here; a test fails when an operation is missing.

/// Who may call an operation, as the server enforces it (`x-expocx-caller` in the document).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Caller {
    /// Anyone, signed in or not.
    Anyone,
    /// Anyone; a signed-in visitor's token makes it about their account.
    AnyoneOrVisitor,
    /// A signed-in account (visitor or staff).
    Visitor,
    /// A signed-in member of an exhibitor's staff; any other account gets `403 forbidden`.
    Staff,
    /// The payment provider, proven by its signature on the body.
    Provider,
}

impl Caller {
    pub fn name(self) -> &'static str {
        match self {
            Caller::Anyone => "anyone",
            Caller::AnyoneOrVisitor => "anyone_or_visitor",
            Caller::Visitor => "visitor",
            Caller::Staff => "staff",
            Caller::Provider => "provider",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Caller::Anyone => "**Caller:** anyone; no token needed.",
            Caller::AnyoneOrVisitor => {
                "**Caller:** anyone; with a signed-in visitor's token it is about their account."
            }
            Caller::Visitor => "**Caller:** a signed-in account (bearer token).",
            Caller::Staff => {
                "**Caller:** a signed-in member of an exhibitor's staff (bearer token); any other account gets `403 forbidden`, and another exhibitor's ids `404`."
            }
            Caller::Provider => {
                "**Caller:** the payment provider; the body's signature is the proof, no token."
            }
        }
    }
}

use expocx_contract::Capability;
use Caller::*;

/// `(method, path, operation id, summary, caller)`: one row per operation.
#[rustfmt::skip]
pub const OPERATIONS: &[(&str, &str, &str, &str, Caller)] = &[
    ("get", "/health", "health_check", "Check that the server and its database answer", Anyone),
    ("post", "/auth/register", "auth_register", "Create an account and sign in", Anyone),
    ("post", "/auth/login", "auth_login", "Sign in with email and password", Anyone),
    ("post", "/auth/logout", "auth_logout", "Sign out on this device", Visitor),
    ("post", "/auth/logout-all", "auth_logout_all", "Sign out on every device", Visitor),
    ("get", "/auth/me", "auth_me", "Who is signed in", Visitor),
    ("get", "/auth/wechat", "auth_wechat_start", "Start signing in with WeChat", Anyone),
    ("post", "/auth/wechat", "auth_wechat_finish", "Finish signing in with WeChat", Anyone),
    ("post", "/auth/wechat/mini", "auth_wechat_mini_ticket", "Get a one-use ticket inside the Mini Program", Anyone),
    ("post", "/auth/wechat/mini/session", "auth_wechat_mini_session", "Sign in the web-view with a Mini Program ticket", Anyone),
    ("get", "/cart", "cart_get", "Read the account's saved cart", Visitor),
    ("put", "/cart", "cart_replace", "Save the account's cart", Visitor),
    ("post", "/cart/merge", "cart_merge", "Merge this device's cart into the account's", Visitor),
    ("post", "/cart/quote", "cart_quote", "Price a cart against current price, stock and coupon", AnyoneOrVisitor),
    ("get", "/categories", "categories_list", "List product categories", Anyone),
    ("get", "/consent", "consent_get", "Read the consent choices of this device or account", AnyoneOrVisitor),
    ("put", "/consent", "consent_replace", "Record consent choices", AnyoneOrVisitor),
    ("get", "/consent/policy", "consent_policy_get", "Read the privacy policy's purposes and version", Anyone),
    ("get", "/consent/receipts", "consent_receipts_list", "List consent receipts", AnyoneOrVisitor),
    ("post", "/devices", "devices_create", "Get a device key for consent without an account", Anyone),
    ("post", "/events", "events_record", "Record behaviour events (analytics consent only)", AnyoneOrVisitor),
    ("post", "/exhibitor/badge-scans", "exhibitor_badge_scans_create", "Scan a visitor's badge at the booth", Staff),
    ("get", "/exhibitor/dashboard", "exhibitor_dashboard_get", "Read the booth's figures for a period", Staff),
    ("get", "/exhibitor/orders", "exhibitor_orders_list", "List the booth's orders", Staff),
    ("get", "/exhibitor/orders/export", "exhibitor_orders_export", "Export the booth's orders as CSV", Staff),
    ("get", "/exhibitor/orders/{id}", "exhibitor_orders_get", "Read one of the booth's orders", Staff),
    ("post", "/exhibitor/orders/{id}/status", "exhibitor_orders_take_step", "Move an order to its next step", Staff),
    ("get", "/exhibitor/pickup-slots", "exhibitor_pickup_slots_list", "List the booth's pickup slots", Staff),
    ("post", "/exhibitor/pickup-slots", "exhibitor_pickup_slots_create", "Add a pickup slot", Staff),
    ("delete", "/exhibitor/pickup-slots/{id}", "exhibitor_pickup_slots_delete", "Remove an unbooked pickup slot", Staff),
    ("put", "/exhibitor/pickup-slots/{id}/capacity", "exhibitor_pickup_slots_set_capacity", "Change a pickup slot's capacity", Staff),
    ("post", "/exhibitor/pickups", "exhibitor_pickups_confirm", "Hand over an order by its pickup code", Staff),
    ("get", "/exhibitor/products", "exhibitor_products_list", "List the booth's products", Staff),
    ("post", "/exhibitor/products", "exhibitor_products_create", "Add a product", Staff),
    ("get", "/exhibitor/products/{id}", "exhibitor_products_get", "Read one of the booth's products", Staff),
    ("patch", "/exhibitor/products/{id}", "exhibitor_products_update", "Change a product", Staff),
    ("post", "/exhibitor/products/{id}/image", "exhibitor_products_upload_image", "Upload a product's picture", Staff),
    ("get", "/exhibitor/returns", "exhibitor_returns_list", "List return requests to decide", Staff),
    ("post", "/exhibitor/returns/{id}/decision", "exhibitor_returns_decide", "Accept or refuse a return request", Staff),
    ("get", "/exhibitor/staff", "exhibitor_staff_list", "List the booth's staff", Staff),
    ("get", "/exhibitor/tickets", "exhibitor_tickets_list", "List the after-sales desk's tickets", Staff),
    ("get", "/exhibitor/tickets/{id}", "exhibitor_tickets_get", "Read a ticket with its conversation", Staff),
    ("put", "/exhibitor/tickets/{id}/assignee", "exhibitor_tickets_assign", "Assign a ticket to a staff member", Staff),
    ("post", "/exhibitor/tickets/{id}/messages", "exhibitor_tickets_reply", "Answer the customer on a ticket", Staff),
    ("post", "/exhibitor/tickets/{id}/notes", "exhibitor_tickets_add_note", "Add an internal note to a ticket", Staff),
    ("get", "/exhibitor/team", "exhibitor_team_get", "List the team's members and waiting invites", Staff),
    ("post", "/exhibitor/team/invites", "exhibitor_team_invite", "Invite someone to the team by email or QR code", Staff),
    ("delete", "/exhibitor/team/invites/{id}", "exhibitor_team_revoke_invite", "Revoke a waiting invite", Staff),
    ("patch", "/exhibitor/team/members/{user_id}", "exhibitor_team_change_role", "Change a member's role", Staff),
    ("delete", "/exhibitor/team/members/{user_id}", "exhibitor_team_remove", "Remove a member from the team", Staff),
    ("get", "/exhibitor/audit", "exhibitor_audit_list", "Read the team's audit trail", Staff),
    ("get", "/products/configurable", "products_configurable", "List the products trade buyers can ask a quote for", Anyone),
    ("get", "/products/{id}/configuration", "products_configuration", "Read a product's configuration model", Anyone),
    ("post", "/products/{id}/configuration/price", "products_configuration_price", "Price a configuration of a product", Anyone),
    ("get", "/exhibitor/products/{id}/configuration", "exhibitor_products_get_configuration", "Read a product's configuration model (drafts too)", Staff),
    ("put", "/exhibitor/products/{id}/configuration", "exhibitor_products_set_configuration", "Make a product configurable, or change its model", Staff),
    ("delete", "/exhibitor/products/{id}/configuration", "exhibitor_products_remove_configuration", "Make a product a retail product again", Staff),
    ("get", "/quotes", "quotes_list", "List the buyer's quotes", Visitor),
    ("post", "/quotes", "quotes_request", "Ask an exhibitor for a quote", Visitor),
    ("get", "/quotes/{id}", "quotes_get", "Read a quote with its revisions and thread", Visitor),
    ("post", "/quotes/{id}/accept", "quotes_accept", "Accept the latest revision: an order at its prices", Visitor),
    ("post", "/quotes/{id}/decline", "quotes_decline", "Decline a quote", Visitor),
    ("post", "/quotes/{id}/change", "quotes_ask_change", "Ask the exhibitor for a change", Visitor),
    ("post", "/quotes/{id}/messages", "quotes_message", "Write in a quote's thread", Visitor),
    ("get", "/exhibitor/quotes", "exhibitor_quotes_list", "List the quote desk's queue", Staff),
    ("get", "/exhibitor/quotes/{id}", "exhibitor_quotes_get", "Read a quote with the buyer and internal notes", Staff),
    ("post", "/exhibitor/quotes/{id}/revisions", "exhibitor_quotes_revise", "Answer or revise a quote", Staff),
    ("post", "/exhibitor/quotes/{id}/withdraw", "exhibitor_quotes_withdraw", "Withdraw a quote not yet accepted", Staff),
    ("post", "/exhibitor/quotes/{id}/messages", "exhibitor_quotes_message", "Write in a quote's thread or add an internal note", Staff),
    ("put", "/exhibitor/quotes/{id}/assignee", "exhibitor_quotes_assign", "Assign a quote to a staff member", Staff),
    ("get", "/exhibitor/leads", "exhibitor_leads_list", "List the exhibitor's leads with their scores", Staff),
    ("post", "/exhibitor/leads", "exhibitor_leads_card", "Type in a lead from a business card", Staff),
    ("get", "/exhibitor/leads/export", "exhibitor_leads_export", "Export the leads as CSV", Staff),
    ("get", "/exhibitor/leads/{id}", "exhibitor_leads_get", "Read a lead with its notes and its score's parts", Staff),
    ("put", "/exhibitor/leads/{id}", "exhibitor_leads_edit", "Qualify a lead: status, rating, assignee, answers", Staff),
    ("post", "/exhibitor/leads/{id}/notes", "exhibitor_leads_note", "Add a note to a lead", Staff),
    ("get", "/exhibitor/lead-settings", "exhibitor_lead_settings_get", "Read the qualifying questions and scoring rules", Staff),
    ("put", "/exhibitor/lead-settings", "exhibitor_lead_settings_put", "Set the qualifying questions and scoring rules", Staff),
    ("get", "/me/contact-shares", "me_contact_shares_list", "List the exhibitors that scanned the badge and what each may see", Visitor),
    ("put", "/me/contact-shares/{exhibitor_id}", "me_contact_shares_decide", "Share one's contact with one exhibitor, or stop", Visitor),
    ("get", "/invites/{token}", "invites_preview", "See what an invite to a team offers", Anyone),
    ("post", "/invites/{token}/accept", "invites_accept", "Join a team by accepting its invite", Visitor),
    ("get", "/exhibitors", "exhibitors_list", "List or search exhibitors", Anyone),
    ("get", "/exhibitors/{id}", "exhibitors_get", "Read an exhibitor and its booth", Anyone),
    ("get", "/exhibitors/{id}/pickup-slots", "exhibitors_pickup_slots_list", "List an exhibitor's pickup slots with room left", Anyone),
    ("get", "/expo", "expo_get", "Read the expo: name, dates, venue and halls", Anyone),
    ("get", "/halls", "halls_list", "List the halls", Anyone),
    ("get", "/halls/{id}/map", "halls_map_get", "Read a hall's floor plan", Anyone),
    ("delete", "/me", "me_delete", "Erase the account and its personal data", Visitor),
    ("get", "/me/addresses", "me_addresses_list", "List the address book", Visitor),
    ("post", "/me/addresses", "me_addresses_create", "Add an address", Visitor),
    ("delete", "/me/addresses/{id}", "me_addresses_delete", "Remove an address", Visitor),
    ("put", "/me/addresses/{id}", "me_addresses_replace", "Change an address", Visitor),
    ("get", "/me/badge", "me_badge_get", "Read the expo badge's QR code", Visitor),
    ("post", "/me/badge", "me_badge_renew", "Replace the badge's code", Visitor),
    ("get", "/me/coupons", "me_coupons_list", "List the account's coupons", Visitor),
    ("get", "/me/export", "me_export", "Download all the account's personal data", Visitor),
    ("delete", "/me/interests", "me_interests_delete", "Clear the interest profile", Visitor),
    ("get", "/me/interests", "me_interests_get", "Read the interest profile", Visitor),
    ("put", "/me/interests", "me_interests_replace", "Save the interest profile (personalization consent only)", Visitor),
    ("get", "/me/membership", "me_membership_get", "Read the member's tier and benefits", Visitor),
    ("get", "/me/notification-preferences", "me_notification_preferences_get", "Read notification preferences", Visitor),
    ("put", "/me/notification-preferences", "me_notification_preferences_replace", "Change notification preferences", Visitor),
    ("get", "/me/notifications", "me_notifications_list", "List the in-app inbox", Visitor),
    ("post", "/me/notifications/read", "me_notifications_mark_read", "Mark notifications as read", Visitor),
    ("post", "/me/password", "me_password_change", "Change the password", Visitor),
    ("post", "/me/photos", "me_photos_upload", "Upload a photo for a ticket or return", Visitor),
    ("get", "/me/points", "me_points_list", "List points earned and spent", Visitor),
    ("post", "/me/points/redeem", "me_points_redeem", "Turn points into a coupon", Visitor),
    ("get", "/me/profile", "me_profile_get", "Read the profile", Visitor),
    ("put", "/me/profile", "me_profile_replace", "Change the profile", Visitor),
    ("get", "/me/returns", "me_returns_list", "List return requests", Visitor),
    ("post", "/me/returns", "me_returns_create", "Ask to return items of an order", Visitor),
    ("get", "/me/returns/{id}", "me_returns_get", "Read a return request", Visitor),
    ("get", "/me/tickets", "me_tickets_list", "List after-sales tickets", Visitor),
    ("post", "/me/tickets", "me_tickets_create", "Ask an exhibitor for help", Visitor),
    ("get", "/me/tickets/{id}", "me_tickets_get", "Read a ticket with its conversation", Visitor),
    ("post", "/me/tickets/{id}/messages", "me_tickets_reply", "Write on a ticket", Visitor),
    ("post", "/me/tickets/{id}/rating", "me_tickets_rate", "Rate how a ticket was handled", Visitor),
    ("put", "/me/tickets/{id}/status", "me_tickets_set_status", "Close or reopen a ticket", Visitor),
    ("get", "/offers", "offers_list", "List the account's personal offers", Visitor),
    ("get", "/orders", "orders_list", "List the account's orders", Visitor),
    ("post", "/orders", "orders_place", "Place an order (idempotent)", Visitor),
    ("get", "/orders/{id}", "orders_get", "Read an order with its pickup codes", Visitor),
    ("post", "/orders/{id}/cancel", "orders_cancel", "Cancel an order", Visitor),
    ("post", "/orders/{id}/payments", "orders_payments_start", "Start paying an order", Visitor),
    ("post", "/payments/test/{payment_id}", "payments_test_complete", "Report the test provider's payment outcome", Visitor),
    ("post", "/payments/wechat/notify", "payments_wechat_notify", "Receive WeChat Pay's signed payment notice", Provider),
    ("get", "/photos/{id}", "photos_get", "Read an uploaded photo", Visitor),
    ("get", "/product-images/{key}", "product_images_get", "Read a product picture", Anyone),
    ("get", "/products", "products_list", "List, filter and search products", Anyone),
    ("get", "/products/{id}", "products_get", "Read a product with its options and stock", Anyone),
    ("get", "/wechat/js-config", "wechat_js_config_get", "Get the signed configuration for WeChat's JS-SDK", Anyone),
];

/// What each staff operation needs (`x-expocx-capability`); the roles that have it are in
/// `expocx_contract::team`. Booth staff's tickets are only those assigned to them.
#[rustfmt::skip]
pub const STAFF_CAPABILITIES: &[(&str, &str, Capability)] = &[
    ("post", "/exhibitor/badge-scans", Capability::BadgeScan),
    ("get", "/exhibitor/dashboard", Capability::Figures),
    ("get", "/exhibitor/orders", Capability::Orders),
    ("get", "/exhibitor/orders/export", Capability::Export),
    ("get", "/exhibitor/orders/{id}", Capability::Orders),
    ("post", "/exhibitor/orders/{id}/status", Capability::Pickup),
    ("get", "/exhibitor/pickup-slots", Capability::Catalog),
    ("post", "/exhibitor/pickup-slots", Capability::Catalog),
    ("delete", "/exhibitor/pickup-slots/{id}", Capability::Catalog),
    ("put", "/exhibitor/pickup-slots/{id}/capacity", Capability::Catalog),
    ("post", "/exhibitor/pickups", Capability::Pickup),
    ("get", "/exhibitor/products", Capability::Catalog),
    ("post", "/exhibitor/products", Capability::Catalog),
    ("get", "/exhibitor/products/{id}", Capability::Catalog),
    ("patch", "/exhibitor/products/{id}", Capability::Catalog),
    ("post", "/exhibitor/products/{id}/image", Capability::Catalog),
    ("get", "/exhibitor/returns", Capability::Returns),
    ("post", "/exhibitor/returns/{id}/decision", Capability::Returns),
    ("get", "/exhibitor/staff", Capability::Service),
    ("get", "/exhibitor/tickets", Capability::OwnTickets),
    ("get", "/exhibitor/tickets/{id}", Capability::OwnTickets),
    ("put", "/exhibitor/tickets/{id}/assignee", Capability::Service),
    ("post", "/exhibitor/tickets/{id}/messages", Capability::OwnTickets),
    ("post", "/exhibitor/tickets/{id}/notes", Capability::OwnTickets),
    ("get", "/exhibitor/products/{id}/configuration", Capability::Catalog),
    ("put", "/exhibitor/products/{id}/configuration", Capability::Catalog),
    ("delete", "/exhibitor/products/{id}/configuration", Capability::Catalog),
    ("get", "/exhibitor/team", Capability::Team),
    ("post", "/exhibitor/team/invites", Capability::Team),
    ("delete", "/exhibitor/team/invites/{id}", Capability::Team),
    ("patch", "/exhibitor/team/members/{user_id}", Capability::Team),
    ("delete", "/exhibitor/team/members/{user_id}", Capability::Team),
    ("get", "/exhibitor/audit", Capability::Audit),
    ("get", "/exhibitor/quotes", Capability::Quotes),
    ("get", "/exhibitor/quotes/{id}", Capability::Quotes),
    ("post", "/exhibitor/quotes/{id}/revisions", Capability::Quotes),
    ("post", "/exhibitor/quotes/{id}/withdraw", Capability::Quotes),
    ("post", "/exhibitor/quotes/{id}/messages", Capability::Quotes),
    ("put", "/exhibitor/quotes/{id}/assignee", Capability::Quotes),
    ("get", "/exhibitor/leads", Capability::Leads),
    ("post", "/exhibitor/leads", Capability::Leads),
    ("get", "/exhibitor/leads/export", Capability::Export),
    ("get", "/exhibitor/leads/{id}", Capability::Leads),
    ("put", "/exhibitor/leads/{id}", Capability::Leads),
    ("post", "/exhibitor/leads/{id}/notes", Capability::Leads),
    ("get", "/exhibitor/lead-settings", Capability::Leads),
    ("put", "/exhibitor/lead-settings", Capability::LeadSettings),
];
