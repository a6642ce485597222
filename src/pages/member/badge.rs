//! The member's expo badge: a QR code booth staff scan, saying plainly what a scan shows them
//! (the tier only; name and contact details only to the exhibitors the member chose to share
//! with), a way to choose them, and a way to replace the code.

use expocx_contract::Badge;
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::qr::QrCode;
use crate::components::saved::SavedNote;
use crate::i18n::member::badge::*;
use crate::i18n::{pick, tr3, tr3_attr, use_i18n};

#[component]
pub fn BadgeCard() -> impl IntoView {
    let api = expect_context::<Api>();
    // Kept on the device: with no signal at the booth, the badge shows from the copy.
    let badge = Res::new(move || async move {
        crate::state::saved::or_saved("badge", api.get_text("/me/badge").await, |_: &Badge| true)
    });
    let renewed = RwSignal::new(None::<Badge>);
    let renew = move |_| {
        spawn_local(async move {
            if let Ok(b) = api.renew_badge().await {
                renewed.set(Some(b));
                // The copy kept for offline follows: the old code is refused from now on.
                badge.refetch();
            }
        });
    };
    view! {
        <section class="panel badge-card" aria-labelledby="badge-h">
            <h2 id="badge-h">{tr3(&TITLE)}</h2>
            <Loaded resource=badge fallback=|| view! { <BlockSkeleton /> }
                ok={move |(b, saved): (Badge, Option<i64>)| view! {
                    <SavedNote saved_at_ms=saved />
                    <BadgeView badge=b renewed=renewed />
                }}
            />
            <super::badge_prompt::ScanPrompt />
            <button type="button" class="btn" on:click=renew>{tr3(&RENEW)}</button>
        </section>
    }
}

#[component]
fn BadgeView(badge: Badge, renewed: RwSignal<Option<Badge>>) -> impl IntoView {
    let i18n = use_i18n();
    let label = tr3_attr(&LABEL);
    move || {
        let b = renewed.get().unwrap_or_else(|| badge.clone());
        let note = if b.shares_contact {
            &SHARES
        } else {
            &TIER_ONLY
        };
        view! {
            <div class="pickup-code">
                <QrCode text=b.code.clone() label=Signal::derive(move || label.get().to_string()) />
            </div>
            <p>{move || pick(note, i18n.lang.get())}</p>
            <p><a href="/privacy#sharing">{tr3(&CHOOSE)}</a></p>
        }
    }
}
