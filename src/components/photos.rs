//! Photos on a service request or a return: chosen on the phone, checked, uploaded one by one
//! (a failure keeps the others and says why), shown from bytes fetched with the session's token.
//! Used only by lazy areas, so it and its texts live in their chunks.

use expocx_contract::{Photo, PHOTOS_PER_MESSAGE};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::Api;
use crate::browser::photos::{self, Refused, ACCEPT};
use crate::i18n::lazy::error_message;
use crate::i18n::service::photos::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// An uploaded photo, shown once its bytes arrive.
#[component]
pub fn PhotoView(photo: Photo, n: usize) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let src = RwSignal::new(None::<String>);
    let id = photo.id.clone();
    spawn_local(async move {
        if let Ok(url) = api.photo_url(&id).await {
            if src.try_set(Some(url.clone())).is_some() {
                photos::revoke(&url);
            }
        }
    });
    on_cleanup(move || {
        if let Some(url) = src.try_get_untracked().flatten() {
            photos::revoke(&url);
        }
    });
    let alt = move || fill(pick(&PHOTO_ALT, i18n.lang.get()), &[("n", &n.to_string())]);
    move || match src.get() {
        Some(url) => view! { <img class="photo" src=url alt=alt /> }.into_any(),
        None => {
            view! { <span class="photo photo-loading" role="img" aria-label=alt></span> }.into_any()
        }
    }
}

#[derive(Clone)]
enum Trouble {
    Text(&'static Text),
    Api(crate::api::ApiError),
}

/// Chooses and uploads up to four photos into `photos` (their ids go with the message).
#[component]
pub fn PhotoPicker(photos: RwSignal<Vec<Photo>>, id: &'static str) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Trouble>);
    let on_change = move |_| {
        problem.set(None);
        let room = PHOTOS_PER_MESSAGE.saturating_sub(photos.with_untracked(Vec::len));
        let chosen: Vec<_> = photos::chosen(id).into_iter().take(room).collect();
        busy.set(true);
        spawn_local(async move {
            for file in chosen {
                match file {
                    Err(Refused::NotAnImage) => problem.set(Some(Trouble::Text(&NOT_IMAGE))),
                    Err(Refused::TooLarge) => problem.set(Some(Trouble::Text(&TOO_LARGE))),
                    Ok(f) => match api.upload_photo(&f, &photos::kind(&f)).await {
                        Ok(p) => photos.update(|v| v.push(p)),
                        Err(e) => problem.set(Some(Trouble::Api(e))),
                    },
                }
            }
            busy.set(false);
        });
    };
    view! {
        <div class="field">
            <label for=id>{tr3(&PHOTOS)}</label>
            <input type="file" id=id accept=ACCEPT multiple on:change=on_change
                disabled=move || busy.get() || photos.with(|p| p.len() >= PHOTOS_PER_MESSAGE) />
            <p role="status" class="form-outcome">
                {move || match (busy.get(), problem.get()) {
                    (true, _) => pick(&UPLOADING, i18n.lang.get()).to_string(),
                    (false, Some(Trouble::Text(t))) => pick(t, i18n.lang.get()).to_string(),
                    (false, Some(Trouble::Api(e))) => error_message(&e, i18n.t()),
                    (false, None) => String::new(),
                }}
            </p>
            <ul class="photos">
                {move || photos.get().into_iter().enumerate().map(|(i, p)| {
                    let id = p.id.clone();
                    let label = move || fill(pick(&REMOVE, i18n.lang.get()), &[("n", &(i + 1).to_string())]);
                    view! {
                        <li>
                            <PhotoView photo=p n=i + 1 />
                            <button type="button" class="btn btn-small" aria-label=label
                                on:click=move |_| photos.update(|v| v.retain(|x| x.id != id))>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
