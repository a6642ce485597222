//! A campaign message's "stop these" link (used only by the privacy area's chunk): it needs no
//! sign-in, the token in the link is the message's own.

use expocx_contract::campaigns::{StopInfo, Stopped};

use super::{Api, ApiError};

impl Api {
    /// What the link would stop (404: no message carries the token).
    pub async fn stop_info(&self, token: &str) -> Result<StopInfo, ApiError> {
        self.get(&format!("/stop/{token}")).await
    }
    /// Withdraws the consents the link names, a receipt each.
    pub async fn stop_offers(&self, token: &str) -> Result<Stopped, ApiError> {
        self.post(&format!("/stop/{token}"), &(), None).await
    }
}
