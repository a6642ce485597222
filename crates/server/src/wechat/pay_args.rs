//! The merchant account's flags (`expocx-server serve --help`). The API v3 key is read from the
//! environment only, like WeChat's app secret: it never appears in a process list.

use std::sync::Arc;

use super::pay::{private_key, public_key, PayConfig};

#[derive(clap::Args, Debug, Clone, Default)]
pub struct PayArgs {
    /// WeChat Pay merchant id (with EXPOCX_WECHATPAY_APIV3_KEY and the key files: WeChat Pay
    /// JSAPI inside WeChat)
    #[arg(long, value_name = "ID", env = "EXPOCX_WECHATPAY_MCHID")]
    pub wechat_pay_mchid: Option<String>,
    /// Serial number of the merchant API certificate
    #[arg(long, value_name = "SERIAL", env = "EXPOCX_WECHATPAY_SERIAL")]
    pub wechat_pay_serial: Option<String>,
    /// The merchant API private key (PEM, PKCS#8: apiclient_key.pem)
    #[arg(long, value_name = "FILE", env = "EXPOCX_WECHATPAY_KEY_FILE")]
    pub wechat_pay_key: Option<std::path::PathBuf>,
    /// WeChat Pay's public key (PEM) that signs its answers and notifications
    #[arg(long, value_name = "FILE", env = "EXPOCX_WECHATPAY_PUBLIC_KEY_FILE")]
    pub wechat_pay_public_key: Option<std::path::PathBuf>,
    /// That public key's id (the `Wechatpay-Serial` of what it signs)
    #[arg(long, value_name = "ID", env = "EXPOCX_WECHATPAY_PUBLIC_KEY_ID")]
    pub wechat_pay_public_key_id: Option<String>,
    /// WeChat Pay's API
    #[arg(
        long,
        value_name = "URL",
        env = "EXPOCX_WECHATPAY_API",
        default_value = "https://api.mch.weixin.qq.com"
    )]
    pub wechat_pay_api: String,
}

impl PayArgs {
    /// The merchant account, when its id is given; every other part is then required.
    pub fn config(
        self,
        app_id: Option<&str>,
        mini_app_id: Option<&str>,
        public_url: &str,
    ) -> Result<Option<PayConfig>, String> {
        let Some(mchid) = self.wechat_pay_mchid.filter(|m| !m.is_empty()) else {
            return Ok(None);
        };
        let need = |v: Option<String>, what: &str| {
            v.filter(|v| !v.is_empty())
                .ok_or(format!("WeChat Pay needs {what}"))
        };
        let read = |p: Option<std::path::PathBuf>, what: &str| {
            let p = p.ok_or(format!("WeChat Pay needs {what}"))?;
            std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
        };
        let api_v3_key: [u8; 32] = std::env::var("EXPOCX_WECHATPAY_APIV3_KEY")
            .unwrap_or_default()
            .into_bytes()
            .try_into()
            .map_err(|_| "EXPOCX_WECHATPAY_APIV3_KEY must be the 32-character API v3 key")?;
        Ok(Some(PayConfig {
            app_id: need(
                app_id.or(mini_app_id).map(str::to_string),
                "EXPOCX_WECHAT_APPID (the official account) or EXPOCX_WECHAT_MINI_APPID",
            )?,
            mini_app_id: mini_app_id.map(str::to_string),
            mchid,
            serial: need(self.wechat_pay_serial, "--wechat-pay-serial")?,
            key: Arc::new(private_key(&read(
                self.wechat_pay_key,
                "--wechat-pay-key",
            )?)?),
            platform_key: Arc::new(public_key(&read(
                self.wechat_pay_public_key,
                "--wechat-pay-public-key",
            )?)?),
            platform_serial: need(self.wechat_pay_public_key_id, "--wechat-pay-public-key-id")?,
            api_v3_key,
            api_base: self.wechat_pay_api,
            notify_url: format!(
                "{}/api/v1/payments/wechat/notify",
                public_url.trim_end_matches('/')
            ),
        }))
    }
}
