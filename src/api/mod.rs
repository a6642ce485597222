//! The wire client: one HTTP helper (timeouts, retries, aborts, bearer token, problem+json)
//! and a typed function per endpoint of the contract.

mod client;
mod error;

pub use client::{idempotency_key, Api, RetryPolicy};
pub use error::ApiError;

use expocx_contract::{
    Category, Exhibitor, ExhibitorQuery, ExhibitorSummary, Expo, LoginRequest, Page, Product,
    ProductQuery, ProductSummary, RegisterRequest, Session, User,
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
}
