//! Notifications: the in-app inbox (newest first, unread marked) and the settings of what
//! arrives where.

mod prefs;

use expocx_contract::Inbox;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::format;
use crate::i18n::member::notifications::*;
use crate::i18n::{tr3, use_i18n};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let (inbox, on_page) = paged(move |p| async move { api.inbox(p).await });
    let mark_all = Callback::new(move |up_to: i64| {
        spawn_local(async move {
            if api.mark_read(up_to).await.is_ok() {
                inbox.refetch();
            }
        });
    });
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <Loaded resource=inbox page=true fallback=|| view! { <BlockSkeleton /> }
                ok={move |i: Inbox| view! { <InboxList inbox=i on_page=on_page mark_all=mark_all /> }}
            />
        </section>
        <prefs::NotificationSettings />
    }
}

#[component]
fn InboxList(inbox: Inbox, on_page: Callback<u32>, mark_all: Callback<i64>) -> impl IntoView {
    let i18n = use_i18n();
    if inbox.items.is_empty() {
        return view! { <p class="empty">{tr3(&EMPTY)}</p> }.into_any();
    }
    let newest = inbox.items.iter().map(|n| n.id).max().unwrap_or(0);
    let (current, pages) = (
        inbox.page,
        inbox.total.div_ceil(u64::from(inbox.limit.max(1))) as u32,
    );
    view! {
        {(inbox.unread > 0).then(|| view! {
            <button type="button" class="btn" on:click=move |_| mark_all.run(newest)>{tr3(&MARK_ALL)}</button>
        })}
        <ul class="inbox">
            {inbox.items.into_iter().map(|n| {
                let text = n.text.clone();
                let why = n.why.clone();
                let at = n.at;
                view! {
                    <li class:unread=!n.read>
                        {(!n.read).then(|| view! { <span class="badge">{tr3(&NEW)}</span> " " })}
                        <span>{move || text.get(i18n.lang.get()).to_string()}</span>
                        <span class="muted">{move || format::date_time(at, i18n.lang.get())}</span>
                        {n.link.filter(|l| l.starts_with('/')).map(|l| view! { <a href=l>{tr3(&OPEN)}</a> })}
                        {why.map(|w| view! {
                            <span class="why muted">{tr3(&WHY_YOU)}{move || w.get(i18n.lang.get()).to_string()}</span>
                        })}
                        {n.stop.filter(|l| l.starts_with("/stop/")).map(|l| view! { <a href=l>{tr3(&STOP)}</a> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}
