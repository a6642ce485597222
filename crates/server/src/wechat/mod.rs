//! WeChat's OAuth for web pages opened inside WeChat: the authorization URL the browser is sent
//! to, and the server-side exchange of the code it brings back (the app secret never leaves
//! the server). The endpoints are configurable, so tests point them at a local stand-in.

mod der;
pub mod jssdk;
pub mod mini;
pub mod pay;
pub mod pay_args;

use expocx_contract::WechatScope;
use serde::Deserialize;

#[derive(Debug, Clone)]
pub struct WechatConfig {
    pub app_id: String,
    pub secret: String,
    /// `https://api.weixin.qq.com` in production.
    pub api_base: String,
    /// `https://open.weixin.qq.com` in production.
    pub authorize_base: String,
    /// Where WeChat sends the browser back to (this app's `/auth/wechat`).
    pub redirect_uri: String,
    /// Where browsers reach this site (`https://host[:port]`): only its pages get a JS-SDK
    /// signature. WeChat also wants it listed as the JS-SDK's safe domain.
    pub public_origin: String,
}

/// `scheme://host[:port]` of a URL.
pub fn origin_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    format!("{scheme}://{host}")
}

/// Percent-encodes a query value.
pub(crate) fn enc(v: &str) -> String {
    expocx_contract::encode_query_value(v)
}

/// WeChat's authorization page for this sign-in.
pub fn authorize_url(cfg: &WechatConfig, scope: WechatScope, state: &str) -> String {
    let scope = match scope {
        WechatScope::Base => "snsapi_base",
        WechatScope::Userinfo => "snsapi_userinfo",
    };
    format!(
        "{}/connect/oauth2/authorize?appid={}&redirect_uri={}&response_type=code&scope={scope}&state={}#wechat_redirect",
        cfg.authorize_base.trim_end_matches('/'),
        enc(&cfg.app_id),
        enc(&cfg.redirect_uri),
        enc(state)
    )
}

/// What WeChat said about a code.
#[derive(Debug, Deserialize)]
struct TokenAnswer {
    access_token: Option<String>,
    openid: Option<String>,
    /// Given when the app is bound to a WeChat Open Platform account.
    unionid: Option<String>,
    errcode: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct UserInfo {
    nickname: Option<String>,
    unionid: Option<String>,
}

/// Which of the organizer's WeChat apps a person signed in through: each gives the same person
/// its own openid; the unionid (when the apps share an Open Platform account) is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WechatApp {
    OfficialAccount,
    MiniProgram,
}

/// A WeChat user as one app of the organizer's sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub app: WechatApp,
    pub openid: String,
    pub unionid: Option<String>,
    pub nickname: Option<String>,
}

/// Why an exchange did not sign anyone in.
#[derive(Debug)]
pub enum ExchangeError {
    /// WeChat refused the code (used, expired, forged).
    Refused,
    /// WeChat could not be asked.
    Unreachable(String),
}

pub(crate) async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: String,
) -> Result<T, ExchangeError> {
    let unreachable = |e: reqwest::Error| ExchangeError::Unreachable(e.to_string());
    http.get(url)
        .send()
        .await
        .map_err(unreachable)?
        .json()
        .await
        .map_err(unreachable)
}

/// Exchanges `code` for the WeChat account's openid (and, for `userinfo`, its nickname).
pub async fn exchange(
    cfg: &WechatConfig,
    http: &reqwest::Client,
    code: &str,
    scope: WechatScope,
) -> Result<Identity, ExchangeError> {
    let base = cfg.api_base.trim_end_matches('/');
    let url = format!(
        "{base}/sns/oauth2/access_token?appid={}&secret={}&code={}&grant_type=authorization_code",
        enc(&cfg.app_id),
        enc(&cfg.secret),
        enc(code)
    );
    let answer: TokenAnswer = get_json(http, url).await?;
    let (Some(token), Some(openid), None) = (answer.access_token, answer.openid, answer.errcode)
    else {
        return Err(ExchangeError::Refused);
    };
    let mut found = Identity {
        app: WechatApp::OfficialAccount,
        openid,
        unionid: answer.unionid,
        nickname: None,
    };
    if scope == WechatScope::Base {
        return Ok(found);
    }
    let url = format!(
        "{base}/sns/userinfo?access_token={}&openid={}&lang=zh_CN",
        enc(&token),
        enc(&found.openid)
    );
    let info: UserInfo = get_json(http, url).await?;
    found.nickname = info.nickname;
    found.unionid = found.unionid.or(info.unionid);
    Ok(found)
}
