//! WeChat's in-app browser: its JS bridge, and WeChat Pay through it; and a Mini Program's
//! `<web-view>`, where the host signs in, pays and shares (`integrations/wechat-mini-program`).

use wasm_bindgen::JsValue;

fn global(name: &str) -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &name.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// Inside WeChat's in-app browser (its user agent says `MicroMessenger`).
pub fn in_wechat() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| ua.contains("MicroMessenger"))
}

/// Inside a Mini Program's `<web-view>` (its user agent says `miniProgram`, or WeChat's
/// JS-SDK says so).
pub fn in_mini_program() -> bool {
    let ua = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    ua.contains("miniProgram")
        || global("__wxjs_environment")
            .and_then(|v| v.as_string())
            .as_deref()
            == Some("miniprogram")
}

/// Hands payment `params` for `order_id` to the host's pay page (`wx.miniProgram.navigateTo`),
/// which calls `wx.requestPayment` and comes back to the order. False when the host cannot be
/// reached (WeChat's SDK did not load).
pub fn mini_pay(order_id: i64, params: &expocx_contract::WechatPayParams) -> bool {
    use wasm_bindgen::JsCast;
    let enc = expocx_contract::encode_query_value;
    let url = format!(
        "/pages/pay/pay?order={order_id}&timeStamp={}&nonceStr={}&package={}&signType={}&paySign={}",
        enc(&params.time_stamp),
        enc(&params.nonce_str),
        enc(&params.package),
        enc(&params.sign_type),
        enc(&params.pay_sign)
    );
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let Some(mp) = global("wx").and_then(|wx| get(&wx, "miniProgram")) else {
        return false;
    };
    let Some(go) = get(&mp, "navigateTo").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let arg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&arg, &"url".into(), &url.into());
    go.call1(&mp, &arg).is_ok()
}

/// Sends the browser to `url` (WeChat's authorization page).
pub fn go_to(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}

/// Inside WeChat's browser with its JS bridge: WeChat Pay can be offered.
pub fn bridge() -> Option<wasm_bindgen::JsValue> {
    let w = web_sys::window()?;
    let ua = w.navigator().user_agent().ok()?;
    if !ua.contains("MicroMessenger") {
        return None;
    }
    js_sys::Reflect::get(&w, &"WeixinJSBridge".into())
        .ok()
        .filter(|b| b.is_object())
}

/// Calls `WeixinJSBridge.invoke('getBrandWCPayRequest', params, cb)` and waits for the callback.
/// Its result is not trusted: the caller asks the backend for the order's status afterwards.
pub async fn pay(bridge: JsValue, params: &expocx_contract::WechatPayParams) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let obj = js_sys::Object::new();
    for (k, v) in [
        ("appId", &params.app_id),
        ("timeStamp", &params.time_stamp),
        ("nonceStr", &params.nonce_str),
        ("package", &params.package),
        ("signType", &params.sign_type),
        ("paySign", &params.pay_sign),
    ] {
        let _ = js_sys::Reflect::set(&obj, &k.into(), &JsValue::from_str(v));
    }
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let cb = Closure::once_into_js(move |_res: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        if let Ok(invoke) = js_sys::Reflect::get(&bridge, &"invoke".into()) {
            if let Some(f) = invoke.dyn_ref::<js_sys::Function>() {
                let _ = f.call3(&bridge, &"getBrandWCPayRequest".into(), &obj, &cb);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
