//! WeChat Pay API v3, JSAPI (payment inside WeChat's browser): requests signed with the
//! merchant's key (`WECHATPAY2-SHA256-RSA2048`), the `paySign` parameters the page hands to
//! `getBrandWCPayRequest`, and notifications checked against WeChat Pay's public key and
//! decrypted with the API v3 key (AES-256-GCM). Crypto by `ring` (constant-time RSA).

use std::sync::Arc;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{
    RsaKeyPair, UnparsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256,
};
use serde::{Deserialize, Serialize};

use super::der;

/// How old a notification may be (replays of older ones are refused).
pub const NOTIFICATION_MAX_AGE_SECS: i64 = 300;

/// A merchant account (flags and environment, see `main.rs`).
#[derive(Clone)]
pub struct PayConfig {
    /// The official account's app id (the one WeChat sign-in uses), or without one the Mini
    /// Program's.
    pub app_id: String,
    /// The Mini Program's app id, when the merchant account also takes its payments.
    pub mini_app_id: Option<String>,
    pub mchid: String,
    /// The merchant API certificate's serial number.
    pub serial: String,
    pub key: Arc<RsaKeyPair>,
    /// WeChat Pay's public key (or platform certificate key), `RSAPublicKey` DER, and its id
    /// (`Wechatpay-Serial` of what it signs).
    pub platform_key: Arc<Vec<u8>>,
    pub platform_serial: String,
    pub api_v3_key: [u8; 32],
    /// `https://api.mch.weixin.qq.com` in production.
    pub api_base: String,
    /// This server's `/api/v1/payments/wechat/notify`.
    pub notify_url: String,
}

impl std::fmt::Debug for PayConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Keys stay out of logs.
        f.debug_struct("PayConfig")
            .field("mchid", &self.mchid)
            .field("api_base", &self.api_base)
            .finish_non_exhaustive()
    }
}

/// A PEM file's first block, as DER.
pub fn pem(text: &str) -> Option<Vec<u8>> {
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    B64.decode(body.trim()).ok()
}

/// The merchant's private key from its PEM (PKCS#8, `apiclient_key.pem`).
pub fn private_key(pem_text: &str) -> Result<RsaKeyPair, String> {
    let der = pem(pem_text).ok_or("not a PEM file")?;
    RsaKeyPair::from_pkcs8(&der).map_err(|e| format!("not an RSA PKCS#8 key: {e}"))
}

/// WeChat Pay's public key from its PEM (`-----BEGIN PUBLIC KEY-----`).
pub fn public_key(pem_text: &str) -> Result<Vec<u8>, String> {
    let spki = pem(pem_text).ok_or("not a PEM file")?;
    der::rsa_public_key(&spki).ok_or_else(|| "not an RSA public key".into())
}

/// RSA-SHA256 of `message` with the merchant's key, base64.
pub fn sign(key: &RsaKeyPair, message: &str) -> String {
    let mut sig = vec![0; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        message.as_bytes(),
        &mut sig,
    )
    .expect("RSA signing with a valid key");
    B64.encode(sig)
}

/// Whether `signature` (base64) is WeChat Pay's RSA-SHA256 signature of `message`.
pub fn verify(public_key: &[u8], message: &str, signature: &str) -> bool {
    let Ok(sig) = B64.decode(signature.trim()) else {
        return false;
    };
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, public_key)
        .verify(message.as_bytes(), &sig)
        .is_ok()
}

/// The `Authorization` header of a request to WeChat Pay.
pub fn authorization(
    cfg: &PayConfig,
    method: &str,
    path: &str,
    body: &str,
    timestamp: i64,
    nonce: &str,
) -> String {
    let signature = sign(
        &cfg.key,
        &format!("{method}\n{path}\n{timestamp}\n{nonce}\n{body}\n"),
    );
    format!(
        "WECHATPAY2-SHA256-RSA2048 mchid=\"{}\",nonce_str=\"{nonce}\",signature=\"{signature}\",timestamp=\"{timestamp}\",serial_no=\"{}\"",
        cfg.mchid, cfg.serial
    )
}

/// What the page passes to `getBrandWCPayRequest` for `prepay_id`.
pub fn pay_params(
    cfg: &PayConfig,
    app_id: &str,
    prepay_id: &str,
    timestamp: i64,
    nonce: &str,
) -> expocx_contract::WechatPayParams {
    let package = format!("prepay_id={prepay_id}");
    let pay_sign = sign(
        &cfg.key,
        &format!("{app_id}\n{timestamp}\n{nonce}\n{package}\n"),
    );
    expocx_contract::WechatPayParams {
        app_id: app_id.to_string(),
        time_stamp: timestamp.to_string(),
        nonce_str: nonce.to_string(),
        package,
        sign_type: "RSA".into(),
        pay_sign,
    }
}

/// The encrypted part of a notification.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    pub algorithm: String,
    pub ciphertext: String,
    #[serde(default)]
    pub associated_data: String,
    pub nonce: String,
}

/// A notification's body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Notification {
    pub id: String,
    pub event_type: String,
    pub resource: Resource,
}

/// A payment as WeChat Pay reports it (decrypted notification, or order query).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    pub mchid: String,
    pub appid: String,
    pub out_trade_no: String,
    #[serde(default)]
    pub transaction_id: String,
    /// `SUCCESS`, `NOTPAY`, `CLOSED`, `PAYERROR`, …
    pub trade_state: String,
    #[serde(default)]
    pub amount: Option<Amount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    pub total: i64,
    pub currency: String,
}

/// Decrypts a notification's resource with the API v3 key.
pub fn decrypt(api_v3_key: &[u8; 32], r: &Resource) -> Option<Vec<u8>> {
    use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
    if r.algorithm != "AEAD_AES_256_GCM" {
        return None;
    }
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, api_v3_key).ok()?);
    let nonce = Nonce::try_assume_unique_for_key(r.nonce.as_bytes()).ok()?;
    let mut data = B64.decode(&r.ciphertext).ok()?;
    let plain = key
        .open_in_place(nonce, Aad::from(r.associated_data.as_bytes()), &mut data)
        .ok()?;
    Some(plain.to_vec())
}

/// Why a notification was not believed.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not signed by WeChat Pay's key (forged or tampered), or signed by another key.
    Signature,
    /// Signed too long ago (a replay) or in the future.
    Stale,
    /// Not what a payment notification carries, or not for this merchant.
    Content,
}

/// The headers WeChat Pay signs a notification with.
pub struct Signed<'a> {
    pub timestamp: &'a str,
    pub nonce: &'a str,
    pub signature: &'a str,
    pub serial: &'a str,
}

/// Checks a notification (signature, age, merchant) and answers the payment it reports.
pub fn read_notification(
    cfg: &PayConfig,
    signed: &Signed,
    body: &str,
    now: i64,
) -> Result<Transaction, Refused> {
    if signed.serial != cfg.platform_serial {
        return Err(Refused::Signature);
    }
    let message = format!("{}\n{}\n{body}\n", signed.timestamp, signed.nonce);
    if !verify(&cfg.platform_key, &message, signed.signature) {
        return Err(Refused::Signature);
    }
    let at: i64 = signed.timestamp.parse().map_err(|_| Refused::Stale)?;
    if (now - at).abs() > NOTIFICATION_MAX_AGE_SECS {
        return Err(Refused::Stale);
    }
    let n: Notification = serde_json::from_str(body).map_err(|_| Refused::Content)?;
    let plain = decrypt(&cfg.api_v3_key, &n.resource).ok_or(Refused::Content)?;
    let t: Transaction = serde_json::from_slice(&plain).map_err(|_| Refused::Content)?;
    if t.mchid != cfg.mchid || !cfg.takes(&t.appid) {
        return Err(Refused::Content);
    }
    Ok(t)
}

/// Why WeChat Pay did not do what was asked.
#[derive(Debug)]
pub enum PayError {
    Unreachable(String),
    /// WeChat Pay answered with an error (its code and message), or with an unsigned answer.
    Refused(String),
}

/// A signed request to WeChat Pay; answers the JSON it sent back, after checking its signature.
async fn call<T: serde::de::DeserializeOwned>(
    cfg: &PayConfig,
    http: &reqwest::Client,
    method: reqwest::Method,
    path: &str,
    body: Option<String>,
) -> Result<T, PayError> {
    let timestamp = chrono::Utc::now().timestamp();
    let nonce = crate::ids::random_hex(16);
    let text = body.clone().unwrap_or_default();
    let auth = authorization(cfg, method.as_str(), path, &text, timestamp, &nonce);
    let mut req = http
        .request(
            method,
            format!("{}{path}", cfg.api_base.trim_end_matches('/')),
        )
        .header("Authorization", auth)
        .header("Accept", "application/json");
    if let Some(b) = body {
        req = req.header("Content-Type", "application/json").body(b);
    }
    let resp = req
        .send()
        .await
        .map_err(|e| PayError::Unreachable(e.to_string()))?;
    let status = resp.status();
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (ts, nonce, sig, serial) = (
        header("Wechatpay-Timestamp"),
        header("Wechatpay-Nonce"),
        header("Wechatpay-Signature"),
        header("Wechatpay-Serial"),
    );
    let answer = resp
        .text()
        .await
        .map_err(|e| PayError::Unreachable(e.to_string()))?;
    if !status.is_success() {
        return Err(PayError::Refused(format!("{status}: {answer}")));
    }
    // An answer not signed by WeChat Pay's key is not WeChat Pay's.
    let message = format!("{ts}\n{nonce}\n{answer}\n");
    if serial != cfg.platform_serial || !verify(&cfg.platform_key, &message, &sig) {
        return Err(PayError::Refused("unsigned answer".into()));
    }
    serde_json::from_str(&answer).map_err(|e| PayError::Refused(e.to_string()))
}

impl PayConfig {
    /// Whether payments of app `app_id` are this merchant account's to take.
    pub fn takes(&self, app_id: &str) -> bool {
        app_id == self.app_id || self.mini_app_id.as_deref() == Some(app_id)
    }
}

/// What a JSAPI prepay order carries.
pub struct Prepay<'a> {
    /// The app the payer is in (the official account's or the Mini Program's).
    pub app_id: &'a str,
    pub out_trade_no: &'a str,
    pub description: &'a str,
    pub total_minor: i64,
    pub openid: &'a str,
}

/// Creates the prepay order; answers its `prepay_id`.
pub async fn prepay(
    cfg: &PayConfig,
    http: &reqwest::Client,
    p: &Prepay<'_>,
) -> Result<String, PayError> {
    #[derive(Deserialize)]
    struct Answer {
        prepay_id: String,
    }
    let body = serde_json::json!({
        "appid": p.app_id,
        "mchid": cfg.mchid,
        "description": p.description,
        "out_trade_no": p.out_trade_no,
        "notify_url": cfg.notify_url,
        "amount": { "total": p.total_minor, "currency": "CNY" },
        "payer": { "openid": p.openid },
    });
    let a: Answer = call(
        cfg,
        http,
        reqwest::Method::POST,
        "/v3/pay/transactions/jsapi",
        Some(body.to_string()),
    )
    .await?;
    Ok(a.prepay_id)
}

/// The payment as WeChat Pay has it now (when the visitor is back before the notification).
pub async fn query(
    cfg: &PayConfig,
    http: &reqwest::Client,
    out_trade_no: &str,
) -> Result<Transaction, PayError> {
    let path = format!(
        "/v3/pay/transactions/out-trade-no/{}?mchid={}",
        expocx_contract::encode_query_value(out_trade_no),
        expocx_contract::encode_query_value(&cfg.mchid)
    );
    call(cfg, http, reqwest::Method::GET, &path, None).await
}

/// Asks WeChat Pay to refund `amount_minor` of payment `out_trade_no` (of `total_minor`);
/// `out_refund_no` makes a repeat the same refund. True when WeChat Pay took it.
pub async fn refund(
    cfg: &PayConfig,
    http: &reqwest::Client,
    out_trade_no: &str,
    out_refund_no: &str,
    amount_minor: i64,
    total_minor: i64,
) -> Result<bool, PayError> {
    #[derive(Deserialize)]
    struct Answer {
        status: String,
    }
    let body = serde_json::json!({
        "out_trade_no": out_trade_no,
        "out_refund_no": out_refund_no,
        "amount": { "refund": amount_minor, "total": total_minor, "currency": "CNY" },
    });
    let a: Answer = call(
        cfg,
        http,
        reqwest::Method::POST,
        "/v3/refund/domestic/refunds",
        Some(body.to_string()),
    )
    .await?;
    Ok(matches!(a.status.as_str(), "SUCCESS" | "PROCESSING"))
}

#[cfg(test)]
mod tests;
