//! Leads (issue 25), the exhibitor's side: the list, a lead with its `ETag`, the follow-up,
//! notes, business cards, badge scans and the settings (used only by the portal's
//! lazy chunk). Captures made at the booth carry an `Idempotency-Key`, so one sent again after
//! a lost signal is recorded once.

use expocx_contract::leads::{
    BadgeKey, Lead, LeadEdit, LeadSettings, LeadStatus, LeadSummary, NewCardLead, NewLeadNote,
};
use expocx_contract::{encode_query_value, BadgeScan, Page, ScannedVisitor};

use super::client::Method;
use super::{Api, ApiError, Tagged};

/// A lead as loaded or changed, with the `ETag` its next change sends back.
pub type TaggedLead = Tagged<Lead>;

/// Which leads the list shows (`?status=…&q=…&page=…`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeadQuery {
    pub status: Option<LeadStatus>,
    /// Words in a contact's name or company.
    pub q: Option<String>,
    /// Only the leads assigned to this member of the team.
    pub assignee: Option<i64>,
    /// 1-based; `None` is the first.
    pub page: Option<u32>,
}

impl LeadQuery {
    /// The query string (no `?`), defaults left out, in a fixed order.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.status.filter(|s| *s != LeadStatus::Unknown) {
            parts.push(format!("status={}", s.as_str()));
        }
        if let Some(q) = self.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            parts.push(format!("q={}", encode_query_value(q)));
        }
        if let Some(a) = self.assignee {
            parts.push(format!("assignee={a}"));
        }
        if let Some(p) = self.page.filter(|p| *p > 1) {
            parts.push(format!("page={p}"));
        }
        parts.join("&")
    }
}

fn list_path(q: &LeadQuery) -> String {
    let qs = q.to_query_string();
    let sep = if qs.is_empty() { "" } else { "&" };
    format!("/exhibitor/leads?limit=20{sep}{qs}")
}

impl Api {
    pub async fn leads(&self, q: &LeadQuery) -> Result<Page<LeadSummary>, ApiError> {
        self.get(&list_path(q)).await
    }
    pub async fn lead(&self, id: i64) -> Result<TaggedLead, ApiError> {
        self.get_tagged(&format!("/exhibitor/leads/{id}")).await
    }
    /// A lead typed in from a business card; the same `key` sent again makes no second lead.
    pub async fn card_lead(&self, card: &NewCardLead, key: &str) -> Result<TaggedLead, ApiError> {
        self.post_tagged_once("/exhibitor/leads", card, None, key)
            .await
    }
    /// Saves the follow-up of the lead as it was loaded: `412` when a colleague changed it
    /// since (nothing is overwritten).
    pub async fn edit_lead(
        &self,
        lead: &TaggedLead,
        edit: &LeadEdit,
    ) -> Result<TaggedLead, ApiError> {
        let path = format!("/exhibitor/leads/{}", lead.value.summary.id);
        self.write_tagged(Method::Put, &path, edit, lead.etag.as_ref())
            .await
    }
    /// A note; the same `key` sent again keeps it once. The answer is the lead with its new
    /// `ETag` (a note moves the lead's version).
    pub async fn lead_note(
        &self,
        id: i64,
        note: &NewLeadNote,
        key: &str,
    ) -> Result<TaggedLead, ApiError> {
        let path = format!("/exhibitor/leads/{id}/notes");
        self.post_tagged_once(&path, note, None, key).await
    }
    /// The public key badge codes are signed with (kept on the phone for scans with no signal).
    pub async fn badge_key(&self) -> Result<BadgeKey, ApiError> {
        self.get("/exhibitor/badge-key").await
    }
    pub async fn lead_settings(&self) -> Result<LeadSettings, ApiError> {
        self.get("/exhibitor/lead-settings").await
    }
    pub async fn save_lead_settings(&self, s: &LeadSettings) -> Result<LeadSettings, ApiError> {
        self.send_json("PUT", "/exhibitor/lead-settings", s).await
    }
    /// A visitor's badge scanned at the booth; the same `key` sent again counts once.
    pub async fn scan_badge(
        &self,
        scan: &BadgeScan,
        key: &str,
    ) -> Result<ScannedVisitor, ApiError> {
        self.post("/exhibitor/badge-scans", scan, Some(key)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_asks_for_its_filters_and_page() {
        assert_eq!(
            list_path(&LeadQuery::default()),
            "/exhibitor/leads?limit=20"
        );
        let q = LeadQuery {
            status: Some(LeadStatus::Qualified),
            q: Some(" Li Wei ".into()),
            assignee: Some(4),
            page: Some(3),
        };
        assert_eq!(
            list_path(&q),
            "/exhibitor/leads?limit=20&status=qualified&q=Li%20Wei&assignee=4&page=3"
        );
        let junk = LeadQuery {
            status: Some(LeadStatus::Unknown),
            q: Some("  ".into()),
            assignee: None,
            page: Some(1),
        };
        assert_eq!(junk.to_query_string(), "");
    }
}
