//! Reading a pickup QR code with the camera: frames from `getUserMedia` drawn to a canvas every
//! few hundred milliseconds and read by the browser's `BarcodeDetector` where it exists, else by
//! our own decoder in a Web Worker (`scanner-worker.js`, its own small WebAssembly), so the page
//! never stalls. Only the exhibitor portal uses this.
//!
//! The browser's objects are reached through `Reflect` rather than typed `web-sys` methods:
//! wasm-bindgen writes a JS shim for every typed method into the one glue file of the first load,
//! so a dozen camera and worker methods would cost every shopper's first load for a page only
//! booth staff open.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(o: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &key.into(), value);
}

/// `o[method](...args)`.
fn call(o: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f: Function = get(o, method).dyn_into().ok()?;
    let list = Array::new();
    for a in args {
        list.push(a);
    }
    Reflect::apply(&f, o, &list).ok()
}

fn new_object(entries: &[(&str, &JsValue)]) -> JsValue {
    let o: JsValue = Object::new().into();
    for (k, v) in entries {
        set(&o, k, v);
    }
    o
}

/// Why the camera could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// No camera, or the browser refused it (permission).
    Unavailable,
}

/// Where the QR reader's worker is: next to the app's own module (release build), or nowhere
/// (a development build without it).
pub fn worker_url() -> Option<String> {
    let link = leptos::prelude::document()
        .query_selector(r#"link[rel="modulepreload"][href$="/expocx.js"]"#)
        .ok()??;
    let href = link.get_attribute("href")?;
    Some(href.replace("/expocx.js", "/scanner-worker.js"))
}

/// A running scan; [`Scan::stop`] turns the camera off.
pub struct Scan {
    stream: JsValue,
    stopped: Rc<Cell<bool>>,
    worker: Option<JsValue>,
    _on_message: Option<Closure<dyn Fn(Array)>>,
}

impl Scan {
    pub fn stop(&self) {
        self.stopped.set(true);
        if let Some(w) = &self.worker {
            call(w, "terminate", &[]);
        }
        if let Some(tracks) = call(&self.stream, "getTracks", &[]) {
            for t in Array::from(&tracks).iter() {
                call(&t, "stop", &[]);
            }
        }
    }
}

/// Shows the back camera in `video` and calls `found` once with the first QR code read.
pub async fn start(
    video: JsValue,
    found: impl Fn(String) + 'static,
) -> Result<Rc<Scan>, CameraError> {
    let window: JsValue = leptos::prelude::window().into();
    let devices = get(&get(&window, "navigator"), "mediaDevices");
    let wants = new_object(&[(
        "video",
        &new_object(&[("facingMode", &"environment".into())]),
    )]);
    let promise: Promise = call(&devices, "getUserMedia", &[&wants])
        .ok_or(CameraError::Unavailable)?
        .unchecked_into();
    let stream = JsFuture::from(promise)
        .await
        .map_err(|_| CameraError::Unavailable)?;
    set(&video, "srcObject", &stream);
    call(&video, "play", &[]);

    let found = Rc::new(found);
    let done = Rc::new(Cell::new(false));
    let busy = Rc::new(Cell::new(false));
    let report = {
        let (found, done, busy) = (found.clone(), done.clone(), busy.clone());
        Rc::new(move |text: Option<String>| {
            busy.set(false);
            if let Some(t) = text.filter(|_| !done.get()) {
                done.set(true);
                found(t);
            }
        })
    };
    let detector = get(&window, "BarcodeDetector")
        .dyn_into::<Function>()
        .ok()
        .and_then(|ctor| {
            let formats = new_object(&[("formats", &Array::of1(&"qr_code".into()))]);
            Reflect::construct(&ctor, &Array::of1(&formats)).ok()
        });
    let (worker, on_message) = match (&detector, worker_url()) {
        (None, Some(url)) => {
            let ctor: Function = get(&window, "Worker").unchecked_into();
            let args = Array::of2(&url.into(), &new_object(&[("type", &"module".into())]));
            let worker = Reflect::construct(&ctor, &args).map_err(|_| CameraError::Unavailable)?;
            let report = report.clone();
            // The worker's message event arrives as this closure's argument; the closure type
            // is one the app already has (no new glue), the event is read through `Reflect`.
            let on_message = Closure::<dyn Fn(Array)>::new(move |event: Array| {
                report(get(&event, "data").as_string());
            });
            set(&worker, "onmessage", on_message.as_ref());
            (Some(worker), Some(on_message))
        }
        _ => (None, None),
    };
    let canvas: JsValue = leptos::prelude::document()
        .create_element("canvas")
        .map_err(|_| CameraError::Unavailable)?
        .into();
    let stopped = Rc::new(Cell::new(false));
    let scan = Rc::new(Scan {
        stream,
        stopped: stopped.clone(),
        worker: worker.clone(),
        _on_message: on_message,
    });
    let frame = move || {
        let ready = get(&video, "readyState").as_f64().unwrap_or(0.0) >= 2.0;
        let (w, h) = (
            get(&video, "videoWidth").as_f64().unwrap_or(0.0),
            get(&video, "videoHeight").as_f64().unwrap_or(0.0),
        );
        if done.get() || busy.get() || !ready || w == 0.0 || h == 0.0 {
            return;
        }
        // At most 640 pixels wide: enough for a code held up to the camera, cheap to read.
        let scale = (640.0 / w).min(1.0);
        let (w, h) = ((w * scale).floor(), (h * scale).floor());
        set(&canvas, "width", &w.into());
        set(&canvas, "height", &h.into());
        let Some(ctx) = call(&canvas, "getContext", &[&"2d".into()]) else {
            return;
        };
        let zero = JsValue::from(0);
        call(
            &ctx,
            "drawImage",
            &[&video, &zero, &zero, &w.into(), &h.into()],
        );
        busy.set(true);
        if let Some(d) = &detector {
            let report = report.clone();
            let detect = call(d, "detect", &[&canvas]).map(|p| p.unchecked_into::<Promise>());
            wasm_bindgen_futures::spawn_local(async move {
                let codes = match detect {
                    Some(p) => JsFuture::from(p).await.ok(),
                    None => None,
                };
                let first = codes
                    .map(|v| Array::from(&v))
                    .and_then(|a| a.iter().next())
                    .and_then(|c| get(&c, "rawValue").as_string());
                report(first);
            });
        } else if let (Some(worker), Some(pixels)) = (
            &worker,
            call(&ctx, "getImageData", &[&zero, &zero, &w.into(), &h.into()]),
        ) {
            let buffer = get(&get(&pixels, "data"), "buffer");
            let msg = new_object(&[
                ("width", &w.into()),
                ("height", &h.into()),
                ("pixels", &buffer),
            ]);
            if call(worker, "postMessage", &[&msg, &Array::of1(&buffer)]).is_none() {
                busy.set(false);
            }
        } else {
            busy.set(false);
        }
    };
    // A frame every quarter second until the scan stops (a timeout re-armed each time).
    fn every(ms: u32, stopped: Rc<Cell<bool>>, f: Rc<dyn Fn()>) {
        gloo_timers::callback::Timeout::new(ms, move || {
            if !stopped.get() {
                f();
                every(ms, stopped, f);
            }
        })
        .forget();
    }
    every(250, stopped, Rc::new(frame));
    Ok(scan)
}
