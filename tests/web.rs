//! Components mounted in a real browser (headless Chromium through wasm-bindgen-test):
//! what a visitor sees and what their clicks do.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use expocx::api::ApiError;
use expocx::components::cards::ProductCard;
use expocx::components::feedback::ErrorPanel;
use expocx::components::layout::LangSwitcher;
use expocx::format;
use expocx::i18n::{use_i18n, I18n};
use expocx::state::storage;
use expocx_contract::{Day, Lang, Localized, Money, ProductSummary, Timestamp};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` (inside a router, with the language `lang`) into a fresh element.
fn mount<V: IntoView + 'static>(
    lang: Lang,
    view: impl FnOnce() -> V + Send + 'static,
) -> web_sys::HtmlElement {
    let document = leptos::prelude::document();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(I18n {
            lang: RwSignal::new(lang),
        });
        view! { <Router>{view()}</Router> }
    });
    handle.forget();
    el
}

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

fn product(stock: u32) -> ProductSummary {
    ProductSummary {
        id: 7,
        name: Localized::new(
            "西湖龙井 · 礼盒装",
            "西湖龍井 · 禮盒裝",
            "West Lake Longjing · Gift box",
        ),
        price: Money::cny(26900),
        stock,
        image_url: "/media/products/7.svg".into(),
        category_id: 1,
        exhibitor_id: 1,
        exhibitor_name: Localized::new("翠峰茶庄", "翠峰茶莊", "Jade Peak Tea House"),
        booth: "H1-A01".into(),
        featured: true,
    }
}

#[wasm_bindgen_test]
fn prices_are_formatted_by_the_browser_for_each_language() {
    let m = Money::cny(26900);
    assert_eq!(format::money(&m, Lang::ZhHans), "¥269.00");
    assert!(format::money(&m, Lang::En).contains("269.00"));
    assert!(format::money(&m, Lang::En).contains('¥'));
    let d = Day::parse("2026-12-03").unwrap();
    assert_eq!(format::date(d, Lang::ZhHans), "2026年12月3日");
    assert_eq!(format::date(d, Lang::En), "December 3, 2026");
}

#[wasm_bindgen_test]
async fn product_card_shows_name_price_stock_and_links_to_the_product() {
    let el = mount(
        Lang::ZhHant,
        || view! { <ProductCard product=product(0) /> },
    );
    tick().await;
    let t = text(&el);
    assert!(t.contains("西湖龍井 · 禮盒裝"), "{t}");
    assert!(t.contains("翠峰茶莊"), "{t}");
    assert!(t.contains("已售罄"), "sold out is said: {t}");
    let link = el.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/products/7"));
}

#[wasm_bindgen_test]
async fn error_panel_says_what_failed_and_retry_asks_again() {
    let retries = Arc::new(AtomicU32::new(0));
    let counter = retries.clone();
    let el = mount(Lang::En, move || {
        view! {
            <ErrorPanel error=ApiError::Timeout on_retry=move |_| { counter.fetch_add(1, Ordering::SeqCst); } />
        }
    });
    tick().await;
    assert!(text(&el).contains("The server took too long to answer"));
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Try again"));
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn an_expired_session_offers_sign_in_instead_of_retry() {
    let el = mount(Lang::ZhHans, || {
        view! {
            <ErrorPanel error=ApiError::Problem { status: 401, problem: None } on_retry=|_| () />
        }
    });
    tick().await;
    assert!(el.query_selector("button").unwrap().is_none());
    let link = el.query_selector("a").unwrap().unwrap();
    assert_eq!(link.text_content().as_deref(), Some("重新登录"));
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("/signin?next="));
}

#[wasm_bindgen_test]
async fn switching_language_rerenders_text_and_is_remembered() {
    storage::remove(storage::KEY_LANG);
    let el = mount(Lang::ZhHans, || {
        let i18n = use_i18n();
        view! {
            <LangSwitcher />
            <p id="probe">{move || i18n.t().nav_home}</p>
        }
    });
    tick().await;
    let probe = el.query_selector("#probe").unwrap().unwrap();
    assert_eq!(probe.text_content().as_deref(), Some("首页"));
    let select: web_sys::HtmlSelectElement = el
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value("en");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(probe.text_content().as_deref(), Some("Home"));
    assert_eq!(storage::get(storage::KEY_LANG).as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn pickup_slots_are_shown_in_the_venue_time_zone_whatever_the_phone_says() {
    let at = |s: &str| serde_json::from_value::<Timestamp>(s.into()).unwrap();
    let (start, end) = (at("2026-12-03T02:00:00Z"), at("2026-12-03T04:00:00Z"));
    // 02:00 UTC is 10:00 in Shanghai.
    let en = format::time_range(start, end, Lang::En, "Asia/Shanghai");
    assert!(
        en.contains("10:00") && en.contains("12:00") && en.contains("Dec"),
        "{en}"
    );
    let zh = format::time_range(start, end, Lang::ZhHans, "Asia/Shanghai");
    assert!(zh.contains("12月3日") && zh.contains("10:00"), "{zh}");
}

#[wasm_bindgen_test]
async fn a_pickup_code_is_drawn_as_a_labelled_qr_image() {
    use expocx::components::qr::QrCode;
    let el = mount(Lang::En, || {
        view! { <QrCode text="EXPOCX:PICKUP:EX26-000001:abc".to_string() label=Signal::derive(|| "Pickup code for booth H1-A01".to_string()) /> }
    });
    tick().await;
    let img = el.query_selector("img.qr").unwrap().expect("an image");
    assert_eq!(
        img.get_attribute("alt").as_deref(),
        Some("Pickup code for booth H1-A01")
    );
    let src = img.get_attribute("src").unwrap();
    assert!(
        src.starts_with("data:image/png;base64,"),
        "a PNG a long press can save"
    );
    // The browser decodes it: a valid PNG of a real code's size.
    let decode = js_sys::Reflect::get(&img, &"decode".into()).unwrap();
    let promise = js_sys::Function::from(decode).call0(&img).unwrap();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .expect("the image decodes");
    let width = js_sys::Reflect::get(&img, &"naturalWidth".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        width >= 296.0,
        "{width} px: at least 29 modules and the quiet zone, 8 px each"
    );
}
