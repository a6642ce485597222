//! The coupon wallet: the member's personal coupons, where each applies and until when, used
//! in the cart from here; and the running cart offer, if any.

use expocx_contract::{CouponState, WalletCoupon};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::format;
use crate::i18n::member::coupons::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};
use crate::state::use_cart;

fn state_text(s: CouponState) -> &'static Text {
    match s {
        CouponState::Available => &AVAILABLE,
        CouponState::NotYet => &NOT_YET,
        CouponState::Used => &USED,
        CouponState::Expired => &EXPIRED,
    }
}

#[component]
pub fn CouponWallet() -> impl IntoView {
    let api = expect_context::<Api>();
    let coupons = Res::new(move || async move { api.coupons().await });
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <p class="muted">{tr3(&WHY)}</p>
            <super::account::MyOffer />
            <Loaded resource=coupons page=true fallback=|| view! { <BlockSkeleton /> }
                ok={|list: Vec<WalletCoupon>| view! { <Coupons list=list /> }}
            />
        </section>
    }
}

#[component]
fn Coupons(list: Vec<WalletCoupon>) -> impl IntoView {
    let i18n = use_i18n();
    let cart = use_cart();
    let navigate = use_navigate();
    if list.is_empty() {
        return view! { <p class="empty">{tr3(&EMPTY)} " " <a href="/privacy">{tr3(&crate::i18n::lazy::PRIVACY_TITLE)}</a></p> }.into_any();
    }
    view! {
        <ul class="coupons">
            {list.into_iter().map(|c| {
                let (from, to) = (c.starts_at, c.ends_at);
                let (category, pct, amount) = (c.category.clone(), c.percent_off, c.amount_off.clone());
                let what = move || {
                    let lang = i18n.lang.get();
                    match (&amount, &category, pct) {
                        (Some(a), _, _) => fill(pick(&AMOUNT_OFF, lang), &[("amount", &format::money(a, lang))]),
                        (None, Some(cat), Some(p)) => fill(pick(&OFF, lang), &[("category", cat.get(lang)), ("pct", &p.to_string())]),
                        (None, None, Some(p)) => fill(pick(&PCT_OFF, lang), &[("pct", &p.to_string())]),
                        _ => String::new(),
                    }
                };
                let code = c.code.clone();
                let navigate = navigate.clone();
                let usable = c.state == CouponState::Available;
                view! {
                    <li class:spent=!usable>
                        <strong>{what}</strong>
                        <span class="badge">{tr3(state_text(c.state))}</span>
                        <span class="muted">{move || fill(pick(&VALID, i18n.lang.get()), &[
                            ("from", &format::date_time(from, i18n.lang.get())),
                            ("to", &format::date_time(to, i18n.lang.get())),
                        ])}</span>
                        <code>{c.code.clone()}</code>
                        {c.why.clone().map(|w| view! {
                            <span class="why muted">{move || w.get(i18n.lang.get()).to_string()}</span>
                        })}
                        {usable.then(|| view! {
                            <button type="button" class="btn btn-primary" on:click=move |_| {
                                let code = code.clone();
                                cart.change(move |s| s.input.coupon = Some(code));
                                navigate("/cart", NavigateOptions::default());
                            }>{tr3(&USE)}</button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
