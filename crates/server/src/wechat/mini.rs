//! The organizer's Mini Program: its sign-in (`wx.login`'s code, exchanged here with WeChat's
//! `jscode2session`, never in the Mini Program, so the app secret stays on the server).

use serde::Deserialize;

use super::{enc, get_json, ExchangeError, Identity, WechatApp};

/// The Mini Program's app id and secret (from the environment), and WeChat's API.
#[derive(Debug, Clone)]
pub struct MiniConfig {
    pub app_id: String,
    pub secret: String,
    /// `https://api.weixin.qq.com` in production.
    pub api_base: String,
}

#[derive(Debug, Deserialize)]
struct SessionAnswer {
    openid: Option<String>,
    unionid: Option<String>,
    errcode: Option<i64>,
}

/// Exchanges `wx.login`'s code for the WeChat user as the Mini Program sees them. The session
/// key WeChat also answers is not kept: nothing here decrypts the Mini Program's data.
pub async fn code_to_session(
    cfg: &MiniConfig,
    http: &reqwest::Client,
    code: &str,
) -> Result<Identity, ExchangeError> {
    let url = format!(
        "{}/sns/jscode2session?appid={}&secret={}&js_code={}&grant_type=authorization_code",
        cfg.api_base.trim_end_matches('/'),
        enc(&cfg.app_id),
        enc(&cfg.secret),
        enc(code)
    );
    let a: SessionAnswer = get_json(http, url).await?;
    match (a.openid, a.errcode.filter(|c| *c != 0)) {
        (Some(openid), None) => Ok(Identity {
            app: WechatApp::MiniProgram,
            openid,
            unionid: a.unionid,
            nickname: None,
        }),
        _ => Err(ExchangeError::Refused),
    }
}
