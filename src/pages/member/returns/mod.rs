//! Returns: the member's list, one return followed step by step (a refusal says why), and
//! requesting one (`new`).

mod new;

pub use new::NewReturnPage;

use expocx_contract::{Page, ReturnRequest};
use leptos::prelude::*;

use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, paged_list};
use crate::components::photos::PhotoView;
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::returns::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

#[component]
pub fn ReturnList() -> impl IntoView {
    let api = expect_context::<crate::api::Api>();
    let (list, on_page) = paged(move |p| async move { api.returns(p).await });
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
                ok={move |p: Page<ReturnRequest>| view! { <Returns page=p on_page=on_page /> }}
            />
        </section>
    }
}

#[component]
fn Returns(page: Page<ReturnRequest>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = || view! { <p class="empty">{tr3(&EMPTY)}</p> }.into_any();
    paged_list(page, on_page, "order-list", empty, move |r| {
        let number = r.order_number.clone();
        view! {
            <li>
                <a href=format!("/me/returns/{}", r.id)>{move || fill(pick(&FOR_ORDER, i18n.lang.get()), &[("number", &number)])}</a>
                <span class="badge">{tr3(status(r.status))}</span>
                <Price money=r.refund.clone() />
            </li>
        }
    })
}

#[component]
pub fn ReturnPage() -> impl IntoView {
    let ret = resource_by_id(|api, id| async move { api.return_request(id).await });
    view! {
        <Loaded resource=ret page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|r: ReturnRequest| view! { <ReturnView r=r /> }}
        />
    }
}

#[component]
fn ReturnView(r: ReturnRequest) -> impl IntoView {
    let i18n = use_i18n();
    let number = r.order_number.clone();
    let order = r.order_id;
    view! {
        <section class="panel">
            <h1>{tr3(&NEW_TITLE)}</h1>
            <p><a href=format!("/orders/{order}")>{move || fill(pick(&FOR_ORDER, i18n.lang.get()), &[("number", &number)])}</a></p>
            <p><span class="badge">{tr3(status(r.status))}</span> " " {tr3(reason(r.reason))}</p>
            {(!r.text.is_empty()).then(|| view! { <p class="message-text">{r.text.clone()}</p> })}
            <ul class="order-lines">
                {r.lines.into_iter().map(|l| {
                    let name = l.name.clone();
                    view! {
                        <li>
                            <span>{move || name.get(i18n.lang.get()).to_string()}</span>
                            <span>"× "{l.quantity}</span>
                            <Price money=l.refund.clone() />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <dl class="totals"><dt>{tr3(&REFUND)}</dt><dd><Price money=r.refund.clone() /></dd></dl>
            {(!r.photos.is_empty()).then(|| view! {
                <ul class="photos">
                    {r.photos.into_iter().enumerate().map(|(i, p)| view! { <li><PhotoView photo=p n=i + 1 /></li> }).collect_view()}
                </ul>
            })}
        </section>
        <section class="panel" aria-labelledby="return-steps-h">
            <h2 id="return-steps-h">{tr3(&STEPS)}</h2>
            <ol class="timeline">
                {r.events.into_iter().map(|e| {
                    let at = e.at;
                    view! {
                        <li class="done">
                            <strong>{tr3(status(e.status))}</strong>
                            " " <span class="muted">{move || format::date_time(at, i18n.lang.get())}</span>
                            {(!e.note.is_empty()).then(|| view! { <p class="message-text">{e.note.clone()}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
