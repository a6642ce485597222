//! The portal's camera: a button that opens the back camera, reads a QR code on the visitor's
//! phone (a pickup code, a badge), closes the camera and hands the code on. Only where there is
//! a camera and a reader (the browser's BarcodeDetector, or our worker in the release build);
//! typing the code always works.

use leptos::prelude::*;

use crate::i18n::portal::camera_scan::*;
use crate::i18n::tr3;

/// Whether this browser can scan: a camera API and a way to read codes.
fn can_scan() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let has_media = js_sys::Reflect::get(&window().navigator(), &"mediaDevices".into())
            .map(|v| !v.is_undefined())
            .unwrap_or(false);
        let has_detector =
            js_sys::Reflect::has(&window(), &"BarcodeDetector".into()).unwrap_or(false);
        has_media && (has_detector || crate::browser::camera::worker_url().is_some())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

#[component]
pub fn CameraScan(
    on_code: Callback<String>,
    /// What to hold up to the camera (the pickup QR code unless said otherwise).
    #[prop(optional)]
    aim: Option<&'static crate::i18n::Text>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let video = NodeRef::<leptos::html::Video>::new();
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::RefCell;
        use std::rc::Rc;
        let current = send_wrapper::SendWrapper::new(Rc::new(RefCell::new(
            None::<Rc<crate::browser::camera::Scan>>,
        )));
        let stop = {
            let current = current.clone();
            move || {
                if let Some(s) = current.borrow_mut().take() {
                    s.stop();
                }
            }
        };
        // The camera goes off when it is closed and when the page goes away.
        let stop_now = send_wrapper::SendWrapper::new(stop.clone());
        // The closure keeps the wrapper (Send), not the function inside it.
        #[allow(clippy::redundant_closure)]
        on_cleanup(move || stop_now());
        let stop_closed = stop.clone();
        crate::state::watch::watch(move || {
            if !open.get() {
                stop_closed();
                return;
            }
            let Some(el) = video.get() else { return };
            let (current, stop) = (current.clone(), stop.clone());
            leptos::task::spawn_local(async move {
                let found = move |code: String| {
                    stop();
                    open.set(false);
                    on_code.run(code);
                };
                match crate::browser::camera::start(el.into(), found).await {
                    Ok(scan) if open.get_untracked() => *current.borrow_mut() = Some(scan),
                    Ok(scan) => scan.stop(),
                    Err(_) => {
                        failed.set(true);
                        open.set(false);
                    }
                }
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on_code;
    if !can_scan() {
        return ().into_any();
    }
    view! {
        <div class="camera-scan">
            <button type="button" class="btn" aria-expanded=move || open.get().to_string()
                on:click=move |_| { failed.set(false); open.update(|o| *o = !*o); }>
                {move || if open.get() { tr3(&STOP).into_any() } else { tr3(&SCAN).into_any() }}
            </button>
            {move || open.get().then(|| view! {
                <p class="muted">{tr3(aim.unwrap_or(&AIM))}</p>
                <video node_ref=video class="camera" autoplay muted playsinline aria-label=crate::i18n::tr3_attr(&SCAN)></video>
            })}
            {move || failed.get().then(|| view! { <p class="error-text" role="alert">{tr3(&NO_CAMERA)}</p> })}
        </div>
    }
    .into_any()
}
