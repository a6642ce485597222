//! The visitor's contact sharing, exhibitor by exhibitor (used only by the privacy area's
//! chunk).

use expocx_contract::leads::{ContactShare, ContactShareDecision};

use super::{Api, ApiError};

impl Api {
    /// Every exhibitor that scanned the visitor's badge, and what each may see.
    pub async fn contact_shares(&self) -> Result<Vec<ContactShare>, ApiError> {
        self.get("/me/contact-shares").await
    }
    /// Shares (or stops sharing) the contact with one exhibitor; 404 when it never scanned the
    /// badge.
    pub async fn decide_contact_share(
        &self,
        exhibitor_id: i64,
        decision: &ContactShareDecision,
    ) -> Result<ContactShare, ApiError> {
        let path = format!("/me/contact-shares/{exhibitor_id}");
        self.send_json("PUT", &path, decision).await
    }
}
