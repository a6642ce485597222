//! WeChat Pay (JSAPI): the prepay order made when a visitor pays inside WeChat, WeChat Pay's
//! notification (the only thing besides WeChat Pay's own answer to a query that makes an order
//! paid), and the query made when the visitor is back before the notification.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use chrono::Utc;
use expocx_contract::{ErrorCode, PaymentStart, Problem};

use super::ApiError;
use crate::domain::payments::{self, Settled};
use crate::wechat::pay::{self, Refused, Signed, Transaction};
use crate::wechat::WechatApp;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new().route("/payments/wechat/notify", post(notify))
}

/// A prepay order for an unpaid order of `user_id`, paid inside `app`, and what the page hands
/// to WeChat (or, in a Mini Program, to the host's pay page).
pub async fn start(
    state: &AppState,
    user_id: i64,
    order_id: i64,
    app: WechatApp,
) -> Result<PaymentStart, ApiError> {
    let cfg = state
        .wechat_pay
        .clone()
        .ok_or_else(|| ApiError::invalid("provider"))?;
    let app_id = match app {
        WechatApp::OfficialAccount => Some(cfg.app_id.clone()),
        WechatApp::MiniProgram => cfg.mini_app_id.clone(),
    }
    .ok_or_else(|| ApiError::invalid("provider"))?;
    let charge = state
        .db
        .call(move |c| payments::start_wechat_payment(c, user_id, order_id, app, Utc::now()))
        .await?;
    let prepay_id = pay::prepay(
        &cfg,
        &state.http,
        &pay::Prepay {
            app_id: &app_id,
            out_trade_no: &charge.out_trade_no,
            description: &charge.description,
            total_minor: charge.total_minor,
            openid: &charge.openid,
        },
    )
    .await
    .map_err(|e| {
        tracing::warn!(error = ?e, "WeChat Pay prepay failed");
        ApiError::new(
            502,
            ErrorCode::Internal,
            "WeChat Pay could not take the payment",
        )
    })?;
    let nonce = crate::ids::random_hex(16);
    Ok(PaymentStart::WechatJsapi {
        params: pay::pay_params(&cfg, &app_id, &prepay_id, Utc::now().timestamp(), &nonce),
    })
}

/// Settles what WeChat Pay reports for one payment; answers what it did.
async fn settle(state: &AppState, t: Transaction) -> Result<Settled, ApiError> {
    let paid = t.amount.clone().map(|a| (a.total, a.currency));
    let no = t.out_trade_no.clone();
    let settled = state
        .db
        .call(move |c| {
            let paid = paid.as_ref().map(|(n, cur)| (*n, cur.as_str()));
            payments::settle_wechat(c, &no, &t.trade_state, paid, Utc::now())
        })
        .await?;
    if matches!(settled, Settled::WrongAmount | Settled::NotAwaited) {
        tracing::warn!(
            ?settled,
            "WeChat Pay reported a payment that changes nothing"
        );
    }
    Ok(settled)
}

/// Asks WeChat Pay about the order's pending payments (the visitor may be back before the
/// notification). Best effort: the order is shown as it is if WeChat Pay cannot be asked.
pub async fn check(state: &AppState, user_id: i64, order_id: i64) {
    let Some(cfg) = state.wechat_pay.clone() else {
        return;
    };
    let pending = state
        .db
        .call(move |c| crate::db::orders::payments::pending_wechat(c, user_id, order_id))
        .await
        .unwrap_or_default();
    for no in pending {
        if let Ok(t) = pay::query(&cfg, &state.http, &no).await {
            if t.out_trade_no == no {
                let _ = settle(state, t).await;
            }
        }
    }
}

#[utoipa::path(post, path = "/api/v1/payments/wechat/notify", tag = "checkout",
    request_body(content = String, content_type = "application/json",
        description = "WeChat Pay's notification, signed (`Wechatpay-Timestamp`, `-Nonce`, `-Signature`, `-Serial`) and with its resource encrypted by the merchant's API v3 key"),
    responses((status = 204, description = "Believed and recorded (a repeat changes nothing)"),
              (status = 401, description = "`unauthorized`: not signed by WeChat Pay's key, or older than five minutes", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: this backend has no WeChat Pay, or no such payment", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`not_payable`: the amount is not the order's, or the order no longer awaits it", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: not a payment notification of this merchant", body = Problem, content_type = "application/problem+json")))]
pub async fn notify(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<StatusCode, ApiError> {
    // Over the body limit: the documented problem, not the framework's plain text.
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::too_large(),
        _ => ApiError::malformed(e.body_text()),
    })?;
    let cfg = state.wechat_pay.clone().ok_or_else(ApiError::not_found)?;
    let h = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    let body = std::str::from_utf8(&body).unwrap_or_default();
    let signed = Signed {
        timestamp: h("Wechatpay-Timestamp"),
        nonce: h("Wechatpay-Nonce"),
        signature: h("Wechatpay-Signature"),
        serial: h("Wechatpay-Serial"),
    };
    let t = pay::read_notification(&cfg, &signed, body, Utc::now().timestamp()).map_err(|why| {
        tracing::warn!(?why, "WeChat Pay notification refused");
        match why {
            Refused::Signature | Refused::Stale => ApiError::new(
                401,
                ErrorCode::Unauthorized,
                "Not a notification signed by WeChat Pay",
            ),
            Refused::Content => ApiError::validation(vec![expocx_contract::FieldError::new(
                "resource",
                expocx_contract::FieldErrorCode::InvalidValue,
            )]),
        }
    })?;
    match settle(&state, t).await? {
        Settled::Paid | Settled::AlreadyPaid | Settled::NotYet => Ok(StatusCode::NO_CONTENT),
        Settled::WrongAmount | Settled::NotAwaited => Err(ApiError::new(
            409,
            ErrorCode::NotPayable,
            "The payment does not match an order awaiting it",
        )),
    }
}
