//! The member center's account page.

use expocx_contract::{Day, Role};
use leptos::prelude::*;

use crate::components::resource::Res;

use super::addresses::AddressBook;
use super::profile::{PasswordForm, ProfileForm, SignOutEverywhere};
use crate::api::Api;
use crate::format;
use crate::i18n::member::account::*;
use crate::i18n::{lazy, pick, tr, tr3, tr3_attr, use_i18n};
use crate::state::use_session;

#[component]
pub fn Account() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = expect_context::<Api>();
    // The guard of the member area takes the visitor home once the account is gone.
    let sign_out = move |_| {
        crate::state::saved::clear();
        session.sign_out(api);
    };
    view! {
        <section class="panel">
            <h1>{tr3(&ME_TITLE)}</h1>
            {move || session.user().map(|u| {
                let since = Day::from(u.created_at.date_naive());
                let role = u.role;
                view! {
                    <p class="greeting">{u.display_name.clone()}</p>
                    <dl class="facts">
                        <dt>{tr3(&ME_EMAIL)}</dt>
                        <dd>{u.email.clone()}</dd>
                        <dt>{tr3(&ME_ROLE)}</dt>
                        <dd>{move || if role == Role::Exhibitor { pick(&ROLE_EXHIBITOR, i18n.lang.get()) } else { pick(&ROLE_VISITOR, i18n.lang.get()) }}</dd>
                        <dt>{tr3(&ME_MEMBER_SINCE)}</dt>
                        <dd>{move || format::date(since, i18n.lang.get())}</dd>
                    </dl>
                }
            })}
            <p><a href="/privacy">{tr3(&lazy::PRIVACY_TITLE)}</a></p>
            <MyOffer />
            <nav aria-label=tr3_attr(&MEMBER_NAV)>
                <ul class="link-list">
                    <li><a href="/me/orders">{tr3(&lazy::ME_ORDERS)}</a></li>
                    <li><a href="/me/membership">{tr3(&MEMBERSHIP_LINK)}</a></li>
                    <li><a href="/me/coupons">{tr3(&COUPONS_LINK)}</a></li>
                    <li><a href="/me/tickets">{tr3(&SERVICE_LINK)}</a></li>
                    <li><a href="/me/returns">{tr3(&RETURNS_LINK)}</a></li>
                    <li><a href="/me/quotes">{tr3(&QUOTES_LINK)}</a></li>
                    <li><a href="/me/notifications">{tr3(&NOTIFICATIONS_LINK)}</a> <Unread /></li>
                </ul>
            </nav>
            <button type="button" class="btn" on:click=sign_out>{tr3(&SIGNOUT)}</button>
            " "
            <SignOutEverywhere />
        </section>
        <super::badge::BadgeCard />
        <ProfileForm />
        <AddressBook />
        <PasswordForm />
    }
}

/// The abandoned-cart offer, when the visitor has one (marketing consent only, backend rule).
#[component]
pub fn MyOffer() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let offers = Res::new(move || async move { api.offers().await });
    move || {
        offers
            .get()
            .and_then(Result::ok)
            .and_then(|o| o.into_iter().next())
            .map(|o| {
                view! {
                    <p class="panel offer" role="note">
                        {move || crate::i18n::fill(i18n.t().offer_text, &[
                            ("pct", &o.percent_off.to_string()),
                            ("date", &format::date_time(o.expires_at, i18n.lang.get())),
                        ])}
                        " " <a href="/cart">{tr(|m| m.nav_cart)}</a>
                    </p>
                }
            })
    }
}

/// How many in-app messages wait unread (nothing when none or unknown).
#[component]
fn Unread() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let inbox = Res::new(move || async move { api.inbox(1).await });
    move || {
        inbox
            .get()
            .and_then(Result::ok)
            .filter(|i| i.unread > 0)
            .map(|i| {
                let n = i.unread.to_string();
                view! {
                    <span class="badge">{move || crate::i18n::fill(pick(&UNREAD, i18n.lang.get()), &[("n", &n)])}</span>
                }
            })
    }
}
