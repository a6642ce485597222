//! Runtime configuration read from `/config.json`, so one build can point at any backend.

use serde::Deserialize;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RuntimeConfig {
    /// Origin of the backend (`https://api.example.com`); empty for the SPA's own origin.
    pub api_base: String,
    /// Language when neither the visitor nor the browser says (`zh-Hans`, `zh-Hant`, `en`).
    pub default_locale: Option<String>,
    pub features: Features,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct Features {
    /// Show the exhibitor portal entry to exhibitor accounts.
    pub exhibitor_portal: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            exhibitor_portal: true,
        }
    }
}

impl RuntimeConfig {
    /// Parses `config.json`; anything missing or unreadable falls back to the defaults, because a
    /// broken config file must not leave the visitor with a blank page.
    pub fn parse(text: &str) -> RuntimeConfig {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// Fetches `/config.json` (never cached by the server).
    pub async fn load() -> RuntimeConfig {
        use crate::browser::fetch;
        let get = fetch::Outgoing {
            method: "GET",
            headers: &[],
            body: None,
            signal: None,
        };
        let Ok(resp) = fetch::send("/config.json", get).await else {
            return RuntimeConfig::default();
        };
        if !resp.ok() {
            return RuntimeConfig::default();
        }
        fetch::text(&resp)
            .await
            .map(|t| RuntimeConfig::parse(&t))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_or_broken_config_falls_back_to_defaults() {
        let c = RuntimeConfig::parse(r#"{"api_base":"https://api.expo.example"}"#);
        assert_eq!(c.api_base, "https://api.expo.example");
        assert!(c.features.exhibitor_portal);
        assert_eq!(RuntimeConfig::parse("{not json"), RuntimeConfig::default());
        let off = RuntimeConfig::parse(r#"{"features":{"exhibitor_portal":false}}"#);
        assert!(!off.features.exhibitor_portal);
    }
}
