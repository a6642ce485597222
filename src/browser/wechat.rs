//! WeChat's in-app browser: its JS bridge, and WeChat Pay through it.

/// Inside WeChat's in-app browser (its user agent says `MicroMessenger`).
pub fn in_wechat() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| ua.contains("MicroMessenger"))
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
pub async fn pay(bridge: wasm_bindgen::JsValue, params: &expocx_contract::WechatPayParams) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
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
