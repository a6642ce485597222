//! Loading a lazy page: its area's chunk and the areas' styles side by side, a
//! skeleton meanwhile, a retry when any is lost, and prefetching of the likely next area.

use leptos::prelude::*;

use super::{entry, preload_chunk, Area, ChunkFailed, Page, PageView};
use crate::i18n::tr;

/// A page's view once its area's chunk and the areas' styles are both here (fetched side by
/// side); either failing is a failed load.
async fn load(page: Page) -> Result<PageView, ChunkFailed> {
    let styles = crate::components::area_style::area_styles();
    let view = entry(page).await?;
    styles.await.map_err(|()| ChunkFailed)?;
    Ok(view)
}

/// Fetches an area's chunk and the areas' styles without showing anything (prefetching).
pub async fn preload(area: Area) -> Result<(), ChunkFailed> {
    let styles = crate::components::area_style::area_styles();
    preload_chunk(area).await?;
    styles.await.map_err(|()| ChunkFailed)
}

/// Fetches the areas a visitor is likely to open next, once the browser is idle after the
/// first paint: checkout (and sign-in, for a visitor who is not signed in) once the cart has
/// lines, the portal for exhibitor staff. Each area at most once; a failure is left for the
/// page to retry.
pub fn prefetch_likely_areas(cart: crate::state::CartStore, session: crate::state::SessionState) {
    let asked = StoredValue::new(Vec::<Area>::new());
    crate::state::watch::watch(move || {
        let mut likely = Vec::new();
        if cart.count() > 0 {
            likely.push(Area::Checkout);
            if !session.is_signed_in() {
                likely.push(Area::Auth);
            }
        }
        if session.role() == Some(expocx_contract::Role::Exhibitor) {
            likely.push(Area::Exhibitor);
        }
        likely.retain(|a| !asked.with_value(|v| v.contains(a)));
        if likely.is_empty() {
            return;
        }
        asked.update_value(|v| v.extend(&likely));
        crate::browser::idle::when_idle(move || {
            for area in likely {
                leptos::task::spawn_local(async move {
                    let _ = preload(area).await;
                });
            }
        });
    });
}

thread_local! {
    /// Pages whose chunk is already here: shown at once on the next visit, without a
    /// loading frame.
    static READY: std::cell::RefCell<Vec<(Page, PageView)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn ready(page: Page) -> Option<PageView> {
    READY.with(|r| r.borrow().iter().find(|(p, _)| *p == page).map(|(_, v)| *v))
}

/// A page of a lazy area: loads its chunk, shows a skeleton meanwhile, and a retry when the
/// chunk could not be fetched.
#[component]
pub fn LazyPage(page: Page) -> impl IntoView {
    let state = RwSignal::new(ready(page).map(Ok));
    let fetch = move || {
        state.set(None);
        leptos::task::spawn_local(async move {
            let result = load(page).await;
            if let Ok(view) = result {
                READY.with(|r| r.borrow_mut().push((page, view)));
            }
            // The visitor may have left the page meanwhile.
            let _ = state.try_set(Some(result));
        });
    };
    if state.get_untracked().is_none() {
        fetch();
    }
    move || match state.get() {
        Some(Ok(make)) => untrack(make),
        Some(Err(ChunkFailed)) => view! { <ChunkError on_retry=fetch /> }.into_any(),
        None => view! { <crate::components::feedback::BlockSkeleton /> }.into_any(),
    }
}

#[component]
fn ChunkError(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <section class="panel error-panel" role="alert">
            <h1>{tr(|m| m.err_title)}</h1>
            <p class="error-text">{tr(|m| m.chunk_failed)}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| on_retry()>
                {tr(|m| m.retry)}
            </button>
        </section>
    }
}
