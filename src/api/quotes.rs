//! Trade quotes: configuring a product, asking for a quote, the buyer's answers and the
//! exhibitor's quote desk (used only by the quotes area and the portal's lazy chunks).

use expocx_contract::configure::{ConfigModel, ConfigPrice, Configuration};
use expocx_contract::quotes::{
    AcceptQuote, NewQuote, NewQuoteMessage, Quote, QuoteAnswer, QuoteAssignee, QuoteStatus,
    QuoteSummary,
};
use expocx_contract::Page;

use super::client::Method;
use super::{Api, ApiError, Tagged};

/// A quote as loaded or changed, with the `ETag` its next versioned change sends back.
pub type TaggedQuote = Tagged<Quote>;

/// A status as the lists' `status` query names it.
pub fn status_slug(s: QuoteStatus) -> &'static str {
    match s {
        QuoteStatus::Requested => "requested",
        QuoteStatus::Quoted => "quoted",
        QuoteStatus::Accepted => "accepted",
        QuoteStatus::Ordered => "ordered",
        QuoteStatus::Declined => "declined",
        QuoteStatus::Expired => "expired",
        QuoteStatus::Withdrawn => "withdrawn",
        QuoteStatus::Unknown => "",
    }
}

/// `?status=…&page=…` of a list (nothing for the defaults).
fn list_query(base: &str, status: Option<QuoteStatus>, page: u32) -> String {
    let mut q = vec![format!("page={}", page.max(1)), "limit=20".to_string()];
    if let Some(s) = status.map(status_slug).filter(|s| !s.is_empty()) {
        q.insert(0, format!("status={s}"));
    }
    format!("{base}?{}", q.join("&"))
}

/// `{}`: the body of a change that carries nothing but its `If-Match`.
fn nothing() -> serde_json::Map<String, serde_json::Value> {
    serde_json::Map::new()
}

impl Api {
    /// The products trade buyers can configure and ask a quote for.
    pub async fn configurable_products(
        &self,
    ) -> Result<Vec<expocx_contract::ProductSummary>, ApiError> {
        self.get("/products/configurable").await
    }
    pub async fn configuration(&self, product_id: i64) -> Result<ConfigModel, ApiError> {
        self.get(&format!("/products/{product_id}/configuration"))
            .await
    }
    /// The server's price of a configuration (the SPA shows the same figure live).
    pub async fn price_configuration(
        &self,
        product_id: i64,
        cfg: &Configuration,
    ) -> Result<ConfigPrice, ApiError> {
        let path = format!("/products/{product_id}/configuration/price");
        self.post(&path, cfg, None).await
    }
    pub async fn request_quote(&self, q: &NewQuote, key: &str) -> Result<Quote, ApiError> {
        self.post("/quotes", q, Some(key)).await
    }
    pub async fn quotes(
        &self,
        status: Option<QuoteStatus>,
        page: u32,
    ) -> Result<Page<QuoteSummary>, ApiError> {
        self.get(&list_query("/quotes", status, page)).await
    }
    pub async fn quote(&self, id: i64) -> Result<TaggedQuote, ApiError> {
        self.get_tagged(&format!("/quotes/{id}")).await
    }
    /// Accepts the revision shown: `412` when the quote changed since, `409` when it expired,
    /// was superseded or closed. The same `key` on a retry places one order.
    pub async fn accept_quote(
        &self,
        q: &TaggedQuote,
        body: &AcceptQuote,
        key: &str,
    ) -> Result<TaggedQuote, ApiError> {
        let path = format!("/quotes/{}/accept", q.value.summary.id);
        self.post_tagged_once(&path, body, q.etag.as_ref(), key)
            .await
    }
    pub async fn decline_quote(&self, q: &TaggedQuote) -> Result<TaggedQuote, ApiError> {
        let path = format!("/quotes/{}/decline", q.value.summary.id);
        self.write_tagged(Method::Post, &path, &nothing(), q.etag.as_ref())
            .await
    }
    /// Asks the exhibitor for a change (the quote goes back to `requested`).
    pub async fn ask_quote_change(&self, id: i64, text: String) -> Result<TaggedQuote, ApiError> {
        let body = NewQuoteMessage {
            text,
            internal: false,
        };
        let path = format!("/quotes/{id}/change");
        self.write_tagged(Method::Post, &path, &body, None).await
    }
    pub async fn quote_message(&self, id: i64, text: String) -> Result<TaggedQuote, ApiError> {
        let body = NewQuoteMessage {
            text,
            internal: false,
        };
        let path = format!("/quotes/{id}/messages");
        self.write_tagged(Method::Post, &path, &body, None).await
    }
    /// The desk's queue: due first.
    pub async fn staff_quotes(
        &self,
        status: Option<QuoteStatus>,
        page: u32,
    ) -> Result<Page<QuoteSummary>, ApiError> {
        self.get(&list_query("/exhibitor/quotes", status, page))
            .await
    }
    pub async fn staff_quote(&self, id: i64) -> Result<TaggedQuote, ApiError> {
        self.get_tagged(&format!("/exhibitor/quotes/{id}")).await
    }
    /// A new revision of the quote shown (`412` when it changed since).
    pub async fn answer_quote(
        &self,
        q: &TaggedQuote,
        answer: &QuoteAnswer,
    ) -> Result<TaggedQuote, ApiError> {
        let path = format!("/exhibitor/quotes/{}/revisions", q.value.summary.id);
        self.write_tagged(Method::Post, &path, answer, q.etag.as_ref())
            .await
    }
    pub async fn withdraw_quote(&self, q: &TaggedQuote) -> Result<TaggedQuote, ApiError> {
        let path = format!("/exhibitor/quotes/{}/withdraw", q.value.summary.id);
        self.write_tagged(Method::Post, &path, &nothing(), q.etag.as_ref())
            .await
    }
    /// A message the buyer reads, or with `internal` a note only the team sees.
    pub async fn staff_quote_message(
        &self,
        id: i64,
        body: &NewQuoteMessage,
    ) -> Result<TaggedQuote, ApiError> {
        let path = format!("/exhibitor/quotes/{id}/messages");
        self.write_tagged(Method::Post, &path, body, None).await
    }
    pub async fn assign_quote(
        &self,
        id: i64,
        user_id: Option<i64>,
    ) -> Result<TaggedQuote, ApiError> {
        let path = format!("/exhibitor/quotes/{id}/assignee");
        let body = QuoteAssignee { user_id };
        self.write_tagged(Method::Put, &path, &body, None).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_asks_for_its_status_and_page() {
        assert_eq!(list_query("/quotes", None, 1), "/quotes?page=1&limit=20");
        assert_eq!(
            list_query("/exhibitor/quotes", Some(QuoteStatus::Quoted), 3),
            "/exhibitor/quotes?status=quoted&page=3&limit=20"
        );
        assert_eq!(
            list_query("/quotes", Some(QuoteStatus::Unknown), 0),
            "/quotes?page=1&limit=20"
        );
    }

    #[test]
    fn slugs_are_the_wire_names() {
        for s in [
            QuoteStatus::Requested,
            QuoteStatus::Quoted,
            QuoteStatus::Accepted,
            QuoteStatus::Ordered,
            QuoteStatus::Declined,
            QuoteStatus::Expired,
            QuoteStatus::Withdrawn,
        ] {
            let wire = serde_json::to_value(s).unwrap();
            assert_eq!(wire.as_str(), Some(status_slug(s)));
        }
    }
}
