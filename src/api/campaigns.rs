//! Campaigns (issue 26), the exhibitor's side: the list, the live count of an audience, a
//! campaign with its `ETag`, and the changes sent against the version shown (`If-Match`): edit,
//! schedule or send now, cancel. Used only by the portal's lazy chunk.

use expocx_contract::campaigns::{
    Audience, AudienceFilter, Campaign, CampaignDraft, CampaignSummary, ScheduleCampaign,
};
use expocx_contract::{Page, Timestamp};

use super::client::Method;
use super::{Api, ApiError, Tagged};

/// A campaign as loaded or changed, with the `ETag` its next change sends back.
pub type TaggedCampaign = Tagged<Campaign>;

const BASE: &str = "/exhibitor/campaigns";

/// One page of the list (20 a page, newest first).
fn list_path(page: u32) -> String {
    match page {
        0 | 1 => format!("{BASE}?limit=20"),
        p => format!("{BASE}?page={p}&limit=20"),
    }
}

/// Where a change of the campaign `id` goes: the campaign itself, or one of its steps.
fn campaign_path(id: i64, step: Option<&str>) -> String {
    match step {
        Some(step) => format!("{BASE}/{id}/{step}"),
        None => format!("{BASE}/{id}"),
    }
}

impl Api {
    pub async fn campaigns(&self, page: u32) -> Result<Page<CampaignSummary>, ApiError> {
        self.get(&list_path(page)).await
    }
    /// `404` for a campaign of another exhibitor's.
    pub async fn campaign(&self, id: i64) -> Result<TaggedCampaign, ApiError> {
        self.get_tagged(&campaign_path(id, None)).await
    }
    /// How many members `filter` matches now, and how many each channel would reach.
    pub async fn campaign_audience(&self, filter: &AudienceFilter) -> Result<Audience, ApiError> {
        self.post(&format!("{BASE}/audience"), filter, None).await
    }
    pub async fn create_campaign(&self, d: &CampaignDraft) -> Result<TaggedCampaign, ApiError> {
        self.write_tagged(Method::Post, BASE, d, None).await
    }
    /// Saves the campaign as shown: `412` when someone changed it since, `409` once it is no
    /// longer a draft or scheduled.
    pub async fn save_campaign(
        &self,
        shown: &TaggedCampaign,
        d: &CampaignDraft,
    ) -> Result<TaggedCampaign, ApiError> {
        let path = campaign_path(shown.value.id, None);
        self.write_tagged(Method::Put, &path, d, shown.etag.as_ref())
            .await
    }
    /// Sends at `send_at`, or now (`None`).
    pub async fn schedule_campaign(
        &self,
        shown: &TaggedCampaign,
        send_at: Option<Timestamp>,
    ) -> Result<TaggedCampaign, ApiError> {
        let path = campaign_path(shown.value.id, Some("schedule"));
        let body = ScheduleCampaign { send_at };
        self.write_tagged(Method::Post, &path, &body, shown.etag.as_ref())
            .await
    }
    pub async fn cancel_campaign(
        &self,
        shown: &TaggedCampaign,
    ) -> Result<TaggedCampaign, ApiError> {
        let path = campaign_path(shown.value.id, Some("cancel"));
        self.write_tagged(Method::Post, &path, &(), shown.etag.as_ref())
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_and_each_step_have_their_paths() {
        assert_eq!(list_path(1), "/exhibitor/campaigns?limit=20");
        assert_eq!(list_path(0), "/exhibitor/campaigns?limit=20");
        assert_eq!(list_path(3), "/exhibitor/campaigns?page=3&limit=20");
        assert_eq!(campaign_path(7, None), "/exhibitor/campaigns/7");
        assert_eq!(
            campaign_path(7, Some("schedule")),
            "/exhibitor/campaigns/7/schedule"
        );
        assert_eq!(
            campaign_path(7, Some("cancel")),
            "/exhibitor/campaigns/7/cancel"
        );
    }

    #[test]
    fn sending_now_omits_the_time_and_a_schedule_carries_it() {
        let now = serde_json::to_string(&ScheduleCampaign { send_at: None }).unwrap();
        assert_eq!(now, "{}");
        let at: Timestamp = serde_json::from_str("\"2026-12-03T09:30:00Z\"").unwrap();
        let later = serde_json::to_string(&ScheduleCampaign { send_at: Some(at) }).unwrap();
        assert_eq!(later, r#"{"send_at":"2026-12-03T09:30:00Z"}"#);
    }
}
