//! The cart: lines per exhibitor, quantities, what changed since the visitor added things,
//! coupon and offer, and the way to checkout.

use expocx_contract::{CartGroup, CartLine, CartView, CouponStatus, Lang, LineNotice, Money};
use leptos::prelude::*;

use crate::components::cards::Price;
use crate::components::feedback::{signin_href, BlockSkeleton, EmptyCart};
use crate::format;
use crate::i18n::checkout::cart::*;
use crate::i18n::{error_message, fill, pick, tr, tr3, use_i18n, Text};
use crate::state::{use_cart, use_session};

/// What a visitor reads about one change of a line.
fn notice_text(n: &LineNotice, currency: &str, lang: Lang) -> String {
    let money = |amount_minor: i64| {
        format::money(
            &Money {
                amount_minor,
                currency: currency.to_string(),
            },
            lang,
        )
    };
    match n {
        LineNotice::PriceUp {
            from_minor,
            to_minor,
        } => fill(
            pick(&CART_PRICE_UP, lang),
            &[("from", &money(*from_minor)), ("to", &money(*to_minor))],
        ),
        LineNotice::PriceDown {
            from_minor,
            to_minor,
        } => fill(
            pick(&CART_PRICE_DOWN, lang),
            &[("from", &money(*from_minor)), ("to", &money(*to_minor))],
        ),
        LineNotice::QuantityReduced { asked, available } => fill(
            pick(&CART_QUANTITY_REDUCED, lang),
            &[("asked", &asked.to_string()), ("n", &available.to_string())],
        ),
        LineNotice::SoldOut => pick(&CART_SOLD_OUT, lang).into(),
        LineNotice::Unavailable => pick(&CART_UNAVAILABLE, lang).into(),
    }
}

/// Why a coupon does not apply, or what it gives.
fn coupon_text(status: &CouponStatus, lang: Lang) -> String {
    match status {
        CouponStatus::Applied { description, .. } => fill(
            pick(&COUPON_APPLIED, lang),
            &[("what", description.get(lang))],
        ),
        CouponStatus::Unknown => pick(&COUPON_UNKNOWN, lang).into(),
        CouponStatus::Expired => pick(&COUPON_EXPIRED, lang).into(),
        CouponStatus::NotStarted => pick(&COUPON_NOT_STARTED, lang).into(),
        CouponStatus::BelowMinimum { minimum } => fill(
            pick(&COUPON_BELOW_MINIMUM, lang),
            &[("amount", &format::money(minimum, lang))],
        ),
        CouponStatus::NotApplicable { description } => fill(
            pick(&COUPON_NOT_APPLICABLE, lang),
            &[("what", description.get(lang))],
        ),
    }
}

#[component]
pub fn CartPage() -> impl IntoView {
    let cart = use_cart();
    let i18n = use_i18n();
    // Revalidate whenever the cart is opened: prices and stock may have moved.
    cart.refresh();
    let empty = move || cart.saved.with(|s| s.input.lines.is_empty());
    let retry = move |_| cart.refresh();
    view! {
        <h1>{tr3(&CART_TITLE)}</h1>
        <p class="muted" role="status">{move || cart.syncing.get().then(|| i18n.t().cart_updating)}</p>
        {move || cart.error.get().map(|e| {
            view! {
                <div class="panel error-panel" role="alert">
                    <p>{move || error_message(&e, i18n.t())}</p>
                    <p>{tr3(&CART_KEPT)}</p>
                    <button type="button" class="btn" on:click=retry>{tr(|m| m.retry)}</button>
                </div>
            }
        })}
        {move || {
            if empty() {
                return view! { <EmptyCart /> }.into_any();
            }
            match cart.saved.with(|s| s.view.clone()) {
                None => view! { <BlockSkeleton /> }.into_any(),
                Some(v) => view! { <CartContent view=v /> }.into_any(),
            }
        }}
    }
}

#[component]
fn CartContent(view: CartView) -> impl IntoView {
    let cart = use_cart();
    let session = use_session();
    let i18n = use_i18n();
    let changed = view.changed;
    let removed = view.removed;
    let ack = { move |_| cart.acknowledge() };
    let checkout_href = move || {
        if session.is_signed_in() {
            "/checkout".to_string()
        } else {
            signin_href("/checkout", "")
        }
    };
    let offer = view.offer.clone();
    let subtotal = view.subtotal.clone();
    let discount = view.discount.clone();
    let total = view.total.clone();
    let has_discount = discount.amount_minor > 0;
    let can_buy = view.item_count > 0;
    view! {
        {changed.then(|| view! {
            <section class="panel notice" role="status" aria-labelledby="changed-h">
                <h2 id="changed-h">{tr3(&CART_CHANGED_TITLE)}</h2>
                <p>{tr3(&CART_CHANGED_TEXT)}</p>
                {(removed > 0).then(|| view! {
                    <p>{move || fill(i18n.t().cart_removed, &[("n", &removed.to_string())])}</p>
                })}
                <button type="button" class="btn btn-primary" on:click=ack>{tr3(&CART_ACCEPT_CHANGES)}</button>
            </section>
        })}
        {offer.map(|o| view! {
            <p class="panel offer" role="note">
                {move || fill(i18n.t().offer_text, &[
                    ("pct", &o.percent_off.to_string()),
                    ("date", &format::date_time(o.expires_at, i18n.lang.get())),
                ])}
            </p>
        })}
        {view.groups.iter().cloned().map(|g| view! { <CartGroupView group=g /> }).collect_view()}
        <CouponForm status=view.coupon.clone() code=view.coupon_code.clone() />
        <section class="panel summary" aria-labelledby="sum-h">
            <h2 id="sum-h" class="visually-hidden">{tr3(&CART_SUMMARY)}</h2>
            <dl class="totals">
                <dt>{tr3(&CART_SUBTOTAL)}</dt><dd><Price money=subtotal /></dd>
                {has_discount.then(|| view! {
                    <dt>{tr3(&CART_DISCOUNT)}</dt><dd>"−"<Price money=discount.clone() /></dd>
                })}
                <dt class="grand">{tr3(&CART_TOTAL)}</dt><dd class="grand"><Price money=total /></dd>
            </dl>
        </section>
        <div class="sticky-bar">
            {if can_buy && !changed {
                view! { <a href=checkout_href class="btn btn-primary btn-block">{tr3(&CART_CHECKOUT)}</a> }.into_any()
            } else {
                view! { <p class="hint">{tr3(&CART_REVIEW_FIRST)}</p> }.into_any()
            }}
        </div>
    }
}

#[component]
fn CartGroupView(group: CartGroup) -> impl IntoView {
    let i18n = use_i18n();
    let name = group.exhibitor_name.clone();
    let booth = group.booth.clone();
    let heading_id = format!("g-{}", group.exhibitor_id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="panel cart-group" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <a href=format!("/exhibitors/{}", group.exhibitor_id)>{move || name.get(i18n.lang.get()).to_string()}</a>
                <span class="muted">{move || fill(i18n.t().product_booth, &[("booth", &booth)])}</span>
            </h2>
            <ul class="cart-lines">
                {group.lines.into_iter().map(|l| view! { <CartLineView line=l /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn CartLineView(line: CartLine) -> impl IntoView {
    let cart = use_cart();
    let i18n = use_i18n();
    let id = line.product_id;
    let option = line.option_id.clone();
    let qty = line.requested_quantity.max(1);
    let max = line.stock.clamp(1, expocx_contract::MAX_LINE_QUANTITY);
    let name = line.name.clone();
    let name2 = line.name.clone();
    let option_label = line.option_label.clone();
    let currency = line.unit_price.currency.clone();
    let notices = line.notices.clone();
    let set = {
        let option = option.clone();
        move |q: u32| {
            let option = option.clone();
            cart.set_quantity(id, option.clone(), q)
        }
    };
    let dec = {
        let set = set.clone();
        move |_| set(qty.saturating_sub(1).max(1))
    };
    let inc = move |_| set((qty + 1).min(max));
    let remove = {
        let option = option.clone();
        move |_| {
            let option = option.clone();
            cart.remove(id, option.clone())
        }
    };
    let label = move |key: &'static Text| {
        let name = name2.clone();
        move || {
            fill(
                pick(key, i18n.lang.get()),
                &[("name", name.get(i18n.lang.get()))],
            )
        }
    };
    view! {
        <li class="cart-line">
            <img src=crate::api::media(&line.image_url) alt="" width="72" height="72" />
            <div class="cart-line-main">
                <a href=format!("/products/{id}") class="cart-line-name">{move || name.get(i18n.lang.get()).to_string()}</a>
                {option_label.map(|o| view! { <span class="muted">{move || o.get(i18n.lang.get()).to_string()}</span> })}
                <span class="unit"><Price money=line.unit_price.clone() /></span>
                {(!notices.is_empty()).then(|| view! {
                    <ul class="line-notices">
                        {notices.into_iter().map(|n| {
                            let currency = currency.clone();
                            view! { <li>{move || notice_text(&n, &currency, i18n.lang.get())}</li> }
                        }).collect_view()}
                    </ul>
                })}
                <div class="qty">
                    <button type="button" class="btn btn-icon" on:click=dec disabled={qty <= 1}
                        aria-label=label(&CART_DECREASE)>"−"</button>
                    <output aria-live="polite">{qty}</output>
                    <button type="button" class="btn btn-icon" on:click=inc disabled={qty >= max}
                        aria-label=label(&CART_INCREASE)>"+"</button>
                    <button type="button" class="btn btn-link" on:click=remove
                        aria-label=label(&CART_REMOVE_LABEL)>{tr3(&CART_REMOVE)}</button>
                </div>
            </div>
            <span class="line-total"><Price money=line.line_total.clone() /></span>
        </li>
    }
}

#[component]
fn CouponForm(status: Option<CouponStatus>, code: Option<String>) -> impl IntoView {
    let cart = use_cart();
    let i18n = use_i18n();
    let input = RwSignal::new(code.clone().unwrap_or_default());
    let applied = matches!(status, Some(CouponStatus::Applied { .. }));
    let apply = {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            // Codes are ASCII (the server upper-cases in full anyway); `to_uppercase` would bring
            // Unicode's case tables into the first load.
            let code = input.get_untracked().trim().to_ascii_uppercase();
            cart.change(move |s| s.input.coupon = (!code.is_empty()).then_some(code));
        }
    };
    let remove = move |_| {
        input.set(String::new());
        cart.change(|s| s.input.coupon = None);
    };
    view! {
        <form class="panel coupon" on:submit=apply>
            <label for="coupon">{tr3(&COUPON_LABEL)}</label>
            <div class="row">
                <input id="coupon" name="coupon" autocomplete="off" autocapitalize="characters"
                    maxlength="40" prop:value=move || input.get()
                    on:input=move |ev| input.set(event_target_value(&ev))
                    aria-describedby="coupon-status" />
                <button type="submit" class="btn">{tr3(&COUPON_APPLY)}</button>
                {code.is_some().then(|| view! {
                    <button type="button" class="btn btn-link" on:click=remove>{tr3(&COUPON_REMOVE)}</button>
                })}
            </div>
            <p id="coupon-status" class=if applied { "coupon-ok" } else { "field-error" } role="status">
                {status.map(|s| move || coupon_text(&s, i18n.lang.get()))}
            </p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_change_is_said_plainly_in_every_language() {
        for lang in Lang::ALL {
            let up = notice_text(
                &LineNotice::PriceUp {
                    from_minor: 1990,
                    to_minor: 2490,
                },
                "CNY",
                lang,
            );
            assert!(up.contains("19.90") && up.contains("24.90"), "{up}");
            let fewer = notice_text(
                &LineNotice::QuantityReduced {
                    asked: 5,
                    available: 2,
                },
                "CNY",
                lang,
            );
            assert!(fewer.contains('5') && fewer.contains('2'), "{fewer}");
        }
        assert_eq!(
            coupon_text(
                &CouponStatus::BelowMinimum {
                    minimum: Money::cny(20000)
                },
                Lang::En
            ),
            "This coupon needs eligible items worth at least CNY 200.00."
        );
    }
}
