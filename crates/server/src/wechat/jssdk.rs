//! WeChat's JS-SDK on this site's pages: the server's `access_token` and `jsapi_ticket`, fetched
//! from WeChat, cached until shortly before they expire and shared by every request (one refresh
//! in flight at a time: the others wait for it), and the signature a page passes to `wx.config`.

use std::time::{Duration, Instant};

use serde::Deserialize;
use sha1::{Digest, Sha1};
use tokio::sync::Mutex;

use super::{enc, get_json, ExchangeError, WechatConfig};

/// Renewed this long before WeChat says it expires (clock drift, requests in flight).
const MARGIN: Duration = Duration::from_secs(300);

/// WeChat's codes for an access token it no longer takes: renewed once and asked again.
const STALE_TOKEN: [i64; 2] = [40001, 42001];

struct Held {
    value: String,
    until: Instant,
}

impl Held {
    fn fresh(slot: &Option<Held>) -> Option<String> {
        slot.as_ref()
            .filter(|h| h.until > Instant::now())
            .map(|h| h.value.clone())
    }

    fn new(value: String, expires_in: Option<u64>) -> Held {
        let life = Duration::from_secs(expires_in.unwrap_or(7200)).saturating_sub(MARGIN);
        Held {
            value,
            until: Instant::now() + life,
        }
    }
}

#[derive(Default)]
struct Cache {
    token: Option<Held>,
    ticket: Option<Held>,
}

/// The shared cache (one per server).
#[derive(Default)]
pub struct Tickets {
    cache: Mutex<Cache>,
}

#[derive(Debug, Deserialize)]
struct Answer {
    access_token: Option<String>,
    ticket: Option<String>,
    expires_in: Option<u64>,
    #[serde(default)]
    errcode: i64,
}

impl Tickets {
    /// The current `jsapi_ticket`, from the cache or fetched.
    pub async fn ticket(
        &self,
        cfg: &WechatConfig,
        http: &reqwest::Client,
    ) -> Result<String, ExchangeError> {
        let mut cache = self.cache.lock().await;
        if let Some(t) = Held::fresh(&cache.ticket) {
            return Ok(t);
        }
        let base = cfg.api_base.trim_end_matches('/');
        for _ in 0..2 {
            let token = match Held::fresh(&cache.token) {
                Some(t) => t,
                None => {
                    let url = format!(
                        "{base}/cgi-bin/token?grant_type=client_credential&appid={}&secret={}",
                        enc(&cfg.app_id),
                        enc(&cfg.secret)
                    );
                    let a: Answer = get_json(http, url).await?;
                    let t = a.access_token.ok_or(ExchangeError::Refused)?;
                    cache.token = Some(Held::new(t.clone(), a.expires_in));
                    t
                }
            };
            let url = format!(
                "{base}/cgi-bin/ticket/getticket?access_token={}&type=jsapi",
                enc(&token)
            );
            let a: Answer = get_json(http, url).await?;
            match a.ticket {
                Some(t) if a.errcode == 0 => {
                    cache.ticket = Some(Held::new(t.clone(), a.expires_in));
                    return Ok(t);
                }
                _ if STALE_TOKEN.contains(&a.errcode) => cache.token = None,
                _ => return Err(ExchangeError::Refused),
            }
        }
        Err(ExchangeError::Refused)
    }
}

/// `wx.config`'s signature: SHA-1 of the four values in WeChat's order, as lowercase hex.
pub fn signature(ticket: &str, nonce: &str, timestamp: i64, url: &str) -> String {
    let plain = format!("jsapi_ticket={ticket}&noncestr={nonce}&timestamp={timestamp}&url={url}");
    crate::ids::hex(&Sha1::digest(plain.as_bytes()))
}

/// The URL WeChat signs (without its `#` part), when it is a page of this site.
pub fn page_url<'a>(public_origin: &str, url: &'a str) -> Option<&'a str> {
    let url = url.split('#').next().unwrap_or_default();
    let rest = url.strip_prefix(public_origin.trim_end_matches('/'))?;
    let on_site = rest.is_empty() || rest.starts_with('/') || rest.starts_with('?');
    (on_site && url.len() <= 2000 && !url.contains(char::is_whitespace)).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_wechats_published_example() {
        // JS-SDK documentation, appendix 1 (签名算法).
        assert_eq!(
            signature(
                "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
                "Wm3WZYTPz0wzccnW",
                1414587457,
                "http://mp.weixin.qq.com?params=value"
            ),
            "0f9de62fce790f9a083d5c99e95740ceb90c27ed"
        );
    }

    #[test]
    fn signs_only_this_sites_pages_without_their_fragment() {
        let o = "https://expo.example.cn";
        let table = [
            (
                "https://expo.example.cn/products/2?x=1#top",
                Some("https://expo.example.cn/products/2?x=1"),
            ),
            ("https://expo.example.cn", Some("https://expo.example.cn")),
            ("https://expo.example.cn/", Some("https://expo.example.cn/")),
            ("https://expo.example.cn.evil.com/", None),
            ("https://expo.example.cn@evil.com/", None),
            ("http://expo.example.cn/", None),
            ("https://evil.com/?https://expo.example.cn/", None),
            ("https://expo.example.cn/a b", None),
        ];
        for (url, want) in table {
            assert_eq!(page_url(o, url), want, "{url}");
        }
    }
}
