//! The wire client: one HTTP helper (timeouts, retries, aborts, bearer token, problem+json)
//! and a typed function per endpoint of the contract.

mod campaigns;
mod client;
mod customers;
mod error;
mod keys;
mod leads;
mod product_config;
mod quotes;
mod retry;
pub mod shares;
mod staff_orders;
mod staff_products;
mod stop;
mod team;

pub use campaigns::TaggedCampaign;
pub use client::{media, Api, Tagged};
pub use customers::{customers_csv_path, CustomerQuery, CustomerSet, CustomerSort};
pub use error::ApiError;
pub use keys::{idempotency_key, key_for};
pub use leads::{LeadQuery, TaggedLead};
pub use quotes::{status_slug, TaggedQuote};
pub use retry::RetryPolicy;

use expocx_contract::{
    AddressInput, Category, ConsentPolicy, ConsentReceipt, ConsentState, ConsentUpdate,
    DeletionReceipt, DeletionRequest, DeviceKey, EventBatch, Exhibitor, ExhibitorQuery,
    ExhibitorSummary, Expo, LoginRequest, Page, PasswordChange, Product, ProductQuery,
    ProductSummary, Profile, RegisterRequest, SavedAddress, Session, User,
};
use expocx_contract::{
    Badge, NewReturn, NewTicket, Photo, Rating, ReturnRequest, Ticket, TicketReply, TicketStatus,
    TicketStatusChange, TicketSummary, WalletCoupon, WechatExchange, WechatScope, WechatSignedIn,
    WechatStart,
};
use expocx_contract::{
    CartInput, CartView, HallMap, Inbox, InterestProfile, MarkRead, Membership, NotificationPrefs,
    Offer, Order, OrderFilter, PaymentStart, PickupSlot, PlaceOrder, PointsEntry, StartPayment,
    TestPaymentOutcome,
};

fn with_query(path: &str, qs: String) -> String {
    if qs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{qs}")
    }
}

impl Api {
    pub async fn expo(&self) -> Result<Expo, ApiError> {
        self.get("/expo").await
    }
    pub async fn categories(&self) -> Result<Vec<Category>, ApiError> {
        self.get("/categories").await
    }
    pub async fn exhibitors(&self, q: &ExhibitorQuery) -> Result<Page<ExhibitorSummary>, ApiError> {
        self.get(&with_query("/exhibitors", q.to_query_string()))
            .await
    }
    pub async fn exhibitor(&self, id: i64) -> Result<Exhibitor, ApiError> {
        self.get(&format!("/exhibitors/{id}")).await
    }
    pub async fn products(&self, q: &ProductQuery) -> Result<Page<ProductSummary>, ApiError> {
        self.get(&with_query("/products", q.to_query_string()))
            .await
    }
    pub async fn product(&self, id: i64) -> Result<Product, ApiError> {
        self.get(&format!("/products/{id}")).await
    }
    pub async fn register(&self, req: &RegisterRequest, key: &str) -> Result<Session, ApiError> {
        self.post("/auth/register", req, Some(key)).await
    }
    pub async fn login(&self, req: &LoginRequest) -> Result<Session, ApiError> {
        self.post("/auth/login", req, None).await
    }
    /// Ends the session of `token` on the backend.
    pub async fn logout(&self, token: Option<String>) -> Result<(), ApiError> {
        self.post_empty_as("/auth/logout", token).await
    }
    pub async fn me(&self) -> Result<User, ApiError> {
        self.get("/auth/me").await
    }
    pub async fn consent_policy(&self) -> Result<ConsentPolicy, ApiError> {
        self.get("/consent/policy").await
    }
    /// The account's decisions when signed in, else those recorded for `device_id`.
    pub async fn consent_state(&self, device_id: Option<&str>) -> Result<ConsentState, ApiError> {
        match device_id {
            Some(d) => self.get(&format!("/consent?device_id={d}")).await,
            None => self.get("/consent").await,
        }
    }
    pub async fn put_consent(&self, update: &ConsentUpdate) -> Result<ConsentState, ApiError> {
        self.send_json("PUT", "/consent", update).await
    }
    /// A new device key for this browser (anonymous consent and events).
    pub async fn issue_device(&self) -> Result<DeviceKey, ApiError> {
        self.post("/devices", &(), None).await
    }
    /// The account's receipts when signed in, else those of `device_id`.
    pub async fn consent_receipts(
        &self,
        device_id: Option<&str>,
    ) -> Result<Vec<ConsentReceipt>, ApiError> {
        match device_id {
            Some(d) => self.get(&format!("/consent/receipts?device_id={d}")).await,
            None => self.get("/consent/receipts").await,
        }
    }
    /// Sends `batch` with a `keepalive` request that outlives the page (page hide, tab closed):
    /// unlike `sendBeacon` it carries the JSON type and the bearer token. Nobody waits for the
    /// answer.
    pub fn send_events_keepalive(&self, batch: &EventBatch) {
        #[cfg(target_arch = "wasm32")]
        {
            let Ok(body) = serde_json::to_string(batch) else {
                return;
            };
            let Ok(headers) = web_sys::Headers::new() else {
                return;
            };
            let _ = headers.set("Content-Type", "application/json");
            if let Some(token) = self.bearer_token() {
                let _ = headers.set("Authorization", &format!("Bearer {token}"));
            }
            let init = web_sys::RequestInit::new();
            init.set_method("POST");
            // `keepalive` is not in web-sys yet; it is a plain property of the init object.
            let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
            init.set_headers(&headers);
            init.set_body(&body.into());
            if let Some(w) = web_sys::window() {
                let _ = w.fetch_with_str_and_init(&self.url("/events"), &init);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = batch;
    }
    pub async fn send_events(&self, batch: &EventBatch) -> Result<(), ApiError> {
        self.post::<_, serde::de::IgnoredAny>("/events", batch, None)
            .await
            .map(|_| ())
    }
    /// The export as the server wrote it (a [`DataExport`]): shown and saved as is, so the
    /// bundle needs no generic JSON value type to read and re-print it.
    pub async fn export_my_data(&self, device_id: Option<&str>) -> Result<String, ApiError> {
        match device_id {
            Some(d) => self.get_text(&format!("/me/export?device_id={d}")).await,
            None => self.get_text("/me/export").await,
        }
    }
    pub async fn profile(&self) -> Result<Profile, ApiError> {
        self.get("/me/profile").await
    }
    pub async fn save_profile(&self, p: &Profile) -> Result<Profile, ApiError> {
        self.send_json("PUT", "/me/profile", p).await
    }
    pub async fn addresses(&self) -> Result<Vec<SavedAddress>, ApiError> {
        self.get("/me/addresses").await
    }
    /// Adds (`id` `None`) or changes an address of the book.
    pub async fn save_address(
        &self,
        id: Option<i64>,
        input: &AddressInput,
    ) -> Result<SavedAddress, ApiError> {
        match id {
            Some(id) => {
                self.send_json("PUT", &format!("/me/addresses/{id}"), input)
                    .await
            }
            None => self.post("/me/addresses", input, None).await,
        }
    }
    pub async fn delete_address(&self, id: i64) -> Result<(), ApiError> {
        self.send_json("DELETE", &format!("/me/addresses/{id}"), &())
            .await
    }
    pub async fn change_password(&self, req: &PasswordChange) -> Result<(), ApiError> {
        self.post("/me/password", req, None).await
    }
    /// Ends every session of the account, this one too.
    pub async fn logout_all(&self) -> Result<(), ApiError> {
        self.post("/auth/logout-all", &(), None).await
    }
    pub async fn delete_me(&self, req: &DeletionRequest) -> Result<DeletionReceipt, ApiError> {
        self.send_json("DELETE", "/me", req).await
    }
    pub async fn hall_map(&self, hall_id: i64) -> Result<HallMap, ApiError> {
        self.get(&format!("/halls/{hall_id}/map")).await
    }
    pub async fn pickup_slots(&self, exhibitor_id: i64) -> Result<Vec<PickupSlot>, ApiError> {
        self.get(&format!("/exhibitors/{exhibitor_id}/pickup-slots"))
            .await
    }
    /// Revalidates a cart without storing it (anonymous visitors).
    pub async fn quote_cart(&self, cart: &CartInput) -> Result<CartView, ApiError> {
        self.post("/cart/quote", cart, None).await
    }
    pub async fn account_cart(&self) -> Result<CartView, ApiError> {
        self.get("/cart").await
    }
    pub async fn save_cart(&self, cart: &CartInput) -> Result<CartView, ApiError> {
        self.send_json("PUT", "/cart", cart).await
    }
    pub async fn merge_cart(&self, cart: &CartInput) -> Result<CartView, ApiError> {
        self.post("/cart/merge", cart, None).await
    }
    pub async fn offers(&self) -> Result<Vec<Offer>, ApiError> {
        self.get("/offers").await
    }
    pub async fn place_order(&self, req: &PlaceOrder, key: &str) -> Result<Order, ApiError> {
        self.post("/orders", req, Some(key)).await
    }
    /// One page of the order history, optionally one status group only.
    pub async fn orders(
        &self,
        filter: Option<OrderFilter>,
        page: u32,
    ) -> Result<Page<Order>, ApiError> {
        let status = filter.map_or(String::new(), |f| format!("&status={}", f.as_str()));
        self.get(&format!("/orders?page={page}{status}")).await
    }
    pub async fn cancel_order(&self, id: i64) -> Result<Order, ApiError> {
        self.post(&format!("/orders/{id}/cancel"), &(), None).await
    }
    pub async fn membership(&self) -> Result<Membership, ApiError> {
        self.get("/me/membership").await
    }
    pub async fn points(&self, page: u32) -> Result<Page<PointsEntry>, ApiError> {
        self.get(&format!("/me/points?page={page}")).await
    }
    pub async fn notification_prefs(&self) -> Result<NotificationPrefs, ApiError> {
        self.get("/me/notification-preferences").await
    }
    pub async fn save_notification_prefs(
        &self,
        prefs: &NotificationPrefs,
    ) -> Result<NotificationPrefs, ApiError> {
        self.send_json("PUT", "/me/notification-preferences", prefs)
            .await
    }
    pub async fn tickets(&self, page: u32) -> Result<Page<TicketSummary>, ApiError> {
        self.get(&format!("/me/tickets?page={page}")).await
    }
    pub async fn ticket(&self, id: i64) -> Result<Ticket, ApiError> {
        self.get(&format!("/me/tickets/{id}")).await
    }
    pub async fn open_ticket(&self, t: &NewTicket) -> Result<Ticket, ApiError> {
        self.post("/me/tickets", t, None).await
    }
    pub async fn reply_ticket(&self, id: i64, r: &TicketReply) -> Result<Ticket, ApiError> {
        self.post(&format!("/me/tickets/{id}/messages"), r, None)
            .await
    }
    pub async fn set_ticket_status(
        &self,
        id: i64,
        status: TicketStatus,
    ) -> Result<Ticket, ApiError> {
        let body = TicketStatusChange { status };
        self.send_json("PUT", &format!("/me/tickets/{id}/status"), &body)
            .await
    }
    pub async fn rate_ticket(&self, id: i64, r: &Rating) -> Result<Ticket, ApiError> {
        self.post(&format!("/me/tickets/{id}/rating"), r, None)
            .await
    }
    pub async fn upload_photo(
        &self,
        file: &wasm_bindgen::JsValue,
        kind: &str,
    ) -> Result<Photo, ApiError> {
        self.upload("/me/photos", file, kind).await.map(|t| t.value)
    }
    /// A `blob:` URL of a photo (only those allowed see it, so it is fetched with the token);
    /// revoke it when done.
    pub async fn photo_url(&self, id: &str) -> Result<String, ApiError> {
        self.get_blob_url(&format!("/photos/{id}")).await
    }
    pub async fn wechat_start(
        &self,
        scope: WechatScope,
        next: &str,
    ) -> Result<WechatStart, ApiError> {
        let scope = if scope == WechatScope::Base {
            "base"
        } else {
            "userinfo"
        };
        let next = expocx_contract::encode_query_value(next);
        self.get(&format!("/auth/wechat?scope={scope}&next={next}"))
            .await
    }
    pub async fn wechat_finish(&self, req: &WechatExchange) -> Result<WechatSignedIn, ApiError> {
        self.post("/auth/wechat", req, None).await
    }
    /// The session of the ticket a Mini Program handed to its web-view.
    pub async fn wechat_mini_session(&self, ticket: String) -> Result<Session, ApiError> {
        self.post(
            "/auth/wechat/mini/session",
            &expocx_contract::WechatMiniExchange { ticket },
            None,
        )
        .await
    }
    pub async fn redeem_points(&self) -> Result<Vec<WalletCoupon>, ApiError> {
        self.post("/me/points/redeem", &(), None).await
    }
    pub async fn coupons(&self) -> Result<Vec<WalletCoupon>, ApiError> {
        self.get("/me/coupons").await
    }
    pub async fn badge(&self) -> Result<Badge, ApiError> {
        self.get("/me/badge").await
    }
    pub async fn renew_badge(&self) -> Result<Badge, ApiError> {
        self.post("/me/badge", &(), None).await
    }
    pub async fn returns(&self, page: u32) -> Result<Page<ReturnRequest>, ApiError> {
        self.get(&format!("/me/returns?page={page}")).await
    }
    pub async fn return_request(&self, id: i64) -> Result<ReturnRequest, ApiError> {
        self.get(&format!("/me/returns/{id}")).await
    }
    pub async fn request_return(&self, r: &NewReturn) -> Result<ReturnRequest, ApiError> {
        self.post("/me/returns", r, None).await
    }
    pub async fn inbox(&self, page: u32) -> Result<Inbox, ApiError> {
        self.get(&format!("/me/notifications?page={page}")).await
    }
    pub async fn mark_read(&self, up_to: i64) -> Result<(), ApiError> {
        self.post::<_, serde::de::IgnoredAny>("/me/notifications/read", &MarkRead { up_to }, None)
            .await
            .map(|_| ())
    }
    pub async fn order(&self, id: i64) -> Result<Order, ApiError> {
        self.get(&format!("/orders/{id}")).await
    }
    pub async fn start_payment(
        &self,
        order_id: i64,
        provider: &str,
    ) -> Result<PaymentStart, ApiError> {
        let req = StartPayment {
            provider: provider.into(),
        };
        self.post(&format!("/orders/{order_id}/payments"), &req, None)
            .await
    }
    /// Reports the test provider's outcome (what a real provider's callback would do).
    pub async fn complete_test_payment(
        &self,
        payment_id: &str,
        succeed: bool,
    ) -> Result<(), ApiError> {
        self.post::<_, serde::de::IgnoredAny>(
            &format!("/payments/test/{payment_id}"),
            &TestPaymentOutcome { succeed },
            None,
        )
        .await
        .map(|_| ())
    }
    pub async fn interests(&self) -> Result<InterestProfile, ApiError> {
        self.get("/me/interests").await
    }
    pub async fn merge_interests(&self, p: &InterestProfile) -> Result<InterestProfile, ApiError> {
        self.send_json("PUT", "/me/interests", p).await
    }
    pub async fn delete_interests(&self) -> Result<(), ApiError> {
        self.send_json::<_, serde::de::IgnoredAny>("DELETE", "/me/interests", &())
            .await
            .map(|_| ())
    }
}
