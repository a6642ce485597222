//! WeChat Pay v3's crypto, checked against fixed vectors and against an independent RSA
//! implementation (the `rsa` crate) with key pairs made at test time.

use super::*;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::signature::Verifier;
use std::sync::OnceLock;

/// A key pair made once per test run: (private PEM, public PEM, the `rsa` crate's public key).
fn pair(which: usize) -> &'static (String, String, rsa::RsaPublicKey) {
    static PAIRS: [OnceLock<(String, String, rsa::RsaPublicKey)>; 2] =
        [OnceLock::new(), OnceLock::new()];
    PAIRS[which].get_or_init(|| {
        let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
        let private = key.to_pkcs8_pem(LineEnding::LF).unwrap().to_string();
        let public = key
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        (private, public, key.to_public_key())
    })
}

const API_V3_KEY: &[u8; 32] = b"0123456789abcdef0123456789abcdef";

fn config() -> PayConfig {
    PayConfig {
        app_id: "wx-app".into(),
        mini_app_id: Some("wx-mini".into()),
        mchid: "1900000001".into(),
        serial: "MERCHANT-SERIAL".into(),
        key: Arc::new(private_key(&pair(0).0).unwrap()),
        platform_key: Arc::new(public_key(&pair(1).1).unwrap()),
        platform_serial: "PUB_KEY_ID_0001".into(),
        api_v3_key: *API_V3_KEY,
        api_base: "http://127.0.0.1:9".into(),
        notify_url: "https://shop.example/api/v1/payments/wechat/notify".into(),
    }
}

/// What WeChat Pay's own check does with the merchant's public key.
fn merchant_signed(message: &str, signature_b64: &str) -> bool {
    let sig = Signature::try_from(B64.decode(signature_b64).unwrap().as_slice()).unwrap();
    VerifyingKey::<rsa::sha2::Sha256>::new(pair(0).2.clone())
        .verify(message.as_bytes(), &sig)
        .is_ok()
}

/// WeChat Pay signing with its own key (the stand-in's part).
fn platform_sign(message: &str) -> String {
    sign(&private_key(&pair(1).0).unwrap(), message)
}

#[test]
fn requests_are_signed_over_wechats_five_lines() {
    // The values of WeChat Pay's documentation example (签名生成).
    let body = r#"{"appid":"wxd678efh567hg6787","mchid":"1230000109"}"#;
    let header = authorization(
        &config(),
        "POST",
        "/v3/pay/transactions/jsapi",
        body,
        1554208460,
        "593BEC0C930BF1AFEB40B4A08C8FB242",
    );
    assert!(header.starts_with("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\""));
    assert!(header.ends_with(",timestamp=\"1554208460\",serial_no=\"MERCHANT-SERIAL\""));
    let signature = header
        .split("signature=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let message = format!(
        "POST\n/v3/pay/transactions/jsapi\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{body}\n"
    );
    assert!(
        merchant_signed(&message, signature),
        "verified by another RSA implementation"
    );
    assert!(!merchant_signed(&message.replace("POST", "GET"), signature));
}

#[test]
fn the_pay_sign_covers_app_time_nonce_and_package() {
    let p = pay_params(
        &config(),
        "wx-app",
        "wx201410272009395522657a690389285100",
        1414561699,
        "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
    );
    assert_eq!(p.package, "prepay_id=wx201410272009395522657a690389285100");
    assert_eq!(p.sign_type, "RSA");
    let message = "wx-app\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\nprepay_id=wx201410272009395522657a690389285100\n";
    assert!(merchant_signed(message, &p.pay_sign));
}

const CIPHERTEXT: &str = "Eu6k3KOMCfFZPsMoOqloD2wBiy6brE06bs5X+PBm7J0U5cGMXnbegSUP5P964ea5+wrS25lkVIymy30snc+6Jv/Rpe+OggcjdjhgHEAHimKTkclOiqsVOeFhQOIRj0sXna2HyJjML1HTuwnrH5JajVjvvx1uASJY0wb2Ptc5I37zIk0vfZAa1aJAvTjHPOjEtpdSjrilM3W91eLz6alDWIWC/MGVgIP6ezCBR9brLIqoIg==";

fn resource() -> Resource {
    Resource {
        algorithm: "AEAD_AES_256_GCM".into(),
        ciphertext: CIPHERTEXT.into(),
        associated_data: "transaction".into(),
        nonce: "abcdefghijkl".into(),
    }
}

#[test]
fn a_notification_resource_decrypts_with_the_api_v3_key() {
    // Encrypted by Node's crypto (AES-256-GCM, tag appended, as WeChat Pay sends it).
    let plain = decrypt(API_V3_KEY, &resource()).unwrap();
    let t: Transaction = serde_json::from_slice(&plain).unwrap();
    assert_eq!(t.out_trade_no, "wx42a1b2c3");
    assert_eq!(t.trade_state, "SUCCESS");
    assert_eq!(
        t.amount,
        Some(Amount {
            total: 2990,
            currency: "CNY".into()
        })
    );
    let mut wrong = *API_V3_KEY;
    wrong[0] ^= 1;
    assert_eq!(decrypt(&wrong, &resource()), None, "another key");
    let mut tampered = resource();
    tampered.associated_data = "refund".into();
    assert_eq!(
        decrypt(API_V3_KEY, &tampered),
        None,
        "other associated data"
    );
}

fn notification_body() -> String {
    serde_json::to_string(&Notification {
        id: "EV-2018022511223320873".into(),
        event_type: "TRANSACTION.SUCCESS".into(),
        resource: resource(),
    })
    .unwrap()
}

#[test]
fn only_a_fresh_notification_signed_by_wechat_pay_is_believed() {
    let cfg = config();
    let body = notification_body();
    let now = 1_765_000_000;
    let ts = now.to_string();
    let good = platform_sign(&format!("{ts}\n0123456789abcdef\n{body}\n"));
    let signed = |signature: &'static str, ts: &'static str| Signed {
        timestamp: ts,
        nonce: "0123456789abcdef",
        signature,
        serial: "PUB_KEY_ID_0001",
    };
    let good: &'static str = Box::leak(good.into_boxed_str());
    let ts: &'static str = Box::leak(ts.into_boxed_str());
    let t = read_notification(&cfg, &signed(good, ts), &body, now).unwrap();
    assert_eq!(t.out_trade_no, "wx42a1b2c3");
    // Tampered: the amount in the body changed after signing.
    let tampered = body.replace("Eu6k", "Eu6l");
    assert_eq!(
        read_notification(&cfg, &signed(good, ts), &tampered, now),
        Err(Refused::Signature)
    );
    // Forged: signed by a key that is not WeChat Pay's (the merchant's own).
    let forged = sign(&cfg.key, &format!("{ts}\n0123456789abcdef\n{body}\n"));
    let forged: &'static str = Box::leak(forged.into_boxed_str());
    assert_eq!(
        read_notification(&cfg, &signed(forged, ts), &body, now),
        Err(Refused::Signature)
    );
    // Another key id.
    let other = Signed {
        serial: "PUB_KEY_ID_9999",
        ..signed(good, ts)
    };
    assert_eq!(
        read_notification(&cfg, &other, &body, now),
        Err(Refused::Signature)
    );
    // Replayed later than five minutes.
    assert_eq!(
        read_notification(&cfg, &signed(good, ts), &body, now + 301),
        Err(Refused::Stale)
    );
    // Another merchant's payment.
    let mut elsewhere = config();
    elsewhere.mchid = "1900000002".into();
    assert_eq!(
        read_notification(&elsewhere, &signed(good, ts), &body, now),
        Err(Refused::Content)
    );
}

#[test]
fn an_rsa_key_is_taken_out_of_its_public_key_info_and_nothing_else_is() {
    let spki = pem(&pair(1).1).unwrap();
    let key = der::rsa_public_key(&spki).unwrap();
    assert!(verify(&key, "m", &platform_sign("m")));
    assert_eq!(
        der::rsa_public_key(&spki[..spki.len() - 1]),
        None,
        "truncated"
    );
    assert_eq!(
        der::rsa_public_key(b"\x30\x03\x02\x01\x00"),
        None,
        "not a key"
    );
    assert!(public_key("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----").is_err());
}
