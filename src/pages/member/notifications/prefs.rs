//! What arrives where: channels per kind of message, quiet hours and the weekly offer cap.
//! A marketing channel for offers needs its consent: turning it on without one asks for the
//! consent right here, and saving without it is not possible (the backend refuses it too).

use expocx_contract::{
    Channel, ConsentChannel, ConsentDecision, MessageKind, NotificationPrefs, QuietHours,
    MAX_WEEKLY_OFFERS,
};
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::{submit, FormErrors};
use crate::i18n::lazy::error_message;
use crate::i18n::member::prefs::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};
use crate::state::use_consent;

fn kind_label(k: MessageKind) -> &'static Text {
    match k {
        MessageKind::OrderUpdates => &ORDERS,
        MessageKind::ServiceReplies => &SERVICE,
        MessageKind::Offers => &OFFERS,
    }
}

fn channel_label(c: Channel) -> &'static Text {
    match c {
        Channel::InApp => &IN_APP,
        Channel::Sms => &SMS,
        Channel::Email => &EMAIL,
        Channel::Wechat => &WECHAT,
    }
}

fn slug(k: MessageKind) -> &'static str {
    match k {
        MessageKind::OrderUpdates => "orders",
        MessageKind::ServiceReplies => "service",
        MessageKind::Offers => "offers",
    }
}

fn channel_slug(c: Channel) -> &'static str {
    match c {
        Channel::InApp => "inapp",
        Channel::Sms => "sms",
        Channel::Email => "email",
        Channel::Wechat => "wechat",
    }
}

/// Turns `channel` on or off for `kind`.
fn toggle(p: &mut NotificationPrefs, kind: MessageKind, channel: Channel, on: bool) {
    let pos = p.kinds.iter().position(|k| k.kind == kind);
    let k = match pos {
        Some(i) => &mut p.kinds[i],
        None => {
            p.kinds.push(expocx_contract::KindChannels {
                kind,
                channels: Vec::new(),
            });
            p.kinds.last_mut().expect("just pushed")
        }
    };
    k.channels.retain(|c| *c != channel);
    if on {
        k.channels.push(channel);
    }
}

#[component]
pub fn NotificationSettings() -> impl IntoView {
    let api = expect_context::<Api>();
    let prefs = Res::new(move || async move { api.notification_prefs().await });
    view! {
        <section class="panel" aria-labelledby="notify-h">
            <h2 id="notify-h">{tr3(&TITLE)}</h2>
            <Loaded resource=prefs fallback=|| view! { <BlockSkeleton /> }
                ok={|p: NotificationPrefs| view! { <PrefsForm initial=p /> }}
            />
        </section>
    }
}

#[component]
fn PrefsForm(initial: NotificationPrefs) -> impl IntoView {
    let api = expect_context::<Api>();
    let consent = use_consent();
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let draft = RwSignal::new(initial);
    let errors = RwSignal::new(FormErrors::default());
    let done = RwSignal::new(false);
    let allowed = move |c: Channel| c.marketing_purpose().is_none_or(|p| consent.allows(p));
    // Offers on a channel whose consent is missing: asked for in place, never saved.
    let missing = move || {
        draft.with(|d| {
            d.channels(MessageKind::Offers)
                .iter()
                .copied()
                .filter(|c| !allowed(*c))
                .collect::<Vec<_>>()
        })
    };
    let save = submit(
        errors,
        move |p: NotificationPrefs| async move { api.save_notification_prefs(&p).await },
        move |r| {
            done.set(r.is_ok());
            if let Ok(p) = r {
                draft.set(p.clone());
            }
        },
    );
    // A consent just given is saved by the backend before these preferences are (they need it).
    let asked_at = RwSignal::new(None::<u32>);
    let waiting = move || asked_at.get().is_some_and(|r| consent.revision.get() <= r);
    let queued = RwSignal::new(None::<NotificationPrefs>);
    crate::state::watch::watch(move || {
        if !waiting() {
            if let Some(p) = queued.get() {
                queued.set(None);
                save.dispatch(p);
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        if !missing().is_empty() {
            return;
        }
        let mut p = draft.get_untracked();
        p.utc_offset_minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
        queued.set(Some(p));
    };
    let ask = move |c: Channel| {
        asked_at.set(Some(consent.revision.get_untracked()));
        if let Some(purpose) = c.marketing_purpose() {
            let grant = vec![ConsentDecision {
                purpose: purpose.into(),
                granted: true,
            }];
            consent.decide(grant, ConsentChannel::NotificationSettings);
        }
    };
    let hours = || {
        (0u8..24)
            .map(|h| view! { <option value=h.to_string()>{format!("{h:02}:00")}</option> })
            .collect_view()
    };
    let quiet_on = move || draft.with(|d| d.quiet_hours.is_some());
    let set_quiet = move |from: Option<u8>, to: Option<u8>| {
        draft.update(|d| {
            let q = d.quiet_hours.unwrap_or(QuietHours { from: 22, to: 8 });
            d.quiet_hours = Some(QuietHours {
                from: from.unwrap_or(q.from),
                to: to.unwrap_or(q.to),
            });
        })
    };
    view! {
        <form on:submit=on_submit novalidate>
            {MessageKind::ALL.into_iter().map(|kind| view! {
                <fieldset class="channels">
                    <legend>{tr3(kind_label(kind))}</legend>
                    {Channel::ALL.into_iter().map(|c| {
                        let id = format!("n-{}-{}", slug(kind), channel_slug(c));
                        view! {
                            <label class="switch">
                                <input type="checkbox" id=id
                                    prop:checked=move || draft.with(|d| d.channels(kind).contains(&c))
                                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| toggle(d, kind, c, on)); done.set(false); } />
                                {tr3(channel_label(c))}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
            {move || missing().into_iter().map(|c| {
                let name = move || pick(channel_label(c), lang());
                view! {
                    <div class="notice" role="group">
                        <p>{move || fill(pick(&NEEDS, lang()), &[("channel", name())])}</p>
                        <button type="button" class="btn btn-primary" on:click=move |_| ask(c)>
                            {move || fill(pick(&ALLOW, lang()), &[("channel", name())])}
                        </button>
                    </div>
                }
            }).collect_view()}
            <label class="switch" for="n-quiet">
                <input type="checkbox" id="n-quiet" prop:checked=quiet_on
                    on:change=move |ev| { if event_target_checked(&ev) { set_quiet(None, None) } else { draft.update(|d| d.quiet_hours = None) } } />
                {tr3(&QUIET)}
            </label>
            <Show when=quiet_on>
                <div class="quiet-hours">
                    <label for="n-quiet-from">{tr3(&FROM)}</label>
                    <select id="n-quiet-from" prop:value=move || draft.with(|d| d.quiet_hours.map(|q| q.from.to_string()).unwrap_or_default())
                        on:change=move |ev| set_quiet(event_target_value(&ev).parse().ok(), None)>{hours()}</select>
                    <label for="n-quiet-to">{tr3(&TO)}</label>
                    <select id="n-quiet-to" prop:value=move || draft.with(|d| d.quiet_hours.map(|q| q.to.to_string()).unwrap_or_default())
                        on:change=move |ev| set_quiet(None, event_target_value(&ev).parse().ok())>{hours()}</select>
                </div>
            </Show>
            <div class="field">
                <label for="n-cap">{tr3(&CAP)}</label>
                <select id="n-cap" prop:value=move || draft.with(|d| d.weekly_offer_cap.to_string())
                    on:change=move |ev| draft.update(|d| d.weekly_offer_cap = event_target_value(&ev).parse().unwrap_or(2))>
                    {(0..=MAX_WEEKLY_OFFERS).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="btn btn-primary">{tr3(&SAVE)}</button>
            <p class="form-outcome" role="status">
                {move || if !missing().is_empty() {
                    pick(&FIRST_CONSENT, lang()).to_string()
                } else if let Some(e) = errors.get().general {
                    error_message(&e, i18n.t())
                } else if done.get() {
                    pick(&SAVED, lang()).to_string()
                } else {
                    String::new()
                }}
            </p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_a_channel_changes_only_that_kind() {
        let mut p = NotificationPrefs {
            kinds: vec![],
            quiet_hours: None,
            utc_offset_minutes: 0,
            weekly_offer_cap: 2,
            needs_consent: vec![],
        };
        toggle(&mut p, MessageKind::Offers, Channel::Sms, true);
        toggle(&mut p, MessageKind::Offers, Channel::Sms, true);
        toggle(&mut p, MessageKind::OrderUpdates, Channel::InApp, true);
        assert_eq!(p.channels(MessageKind::Offers), [Channel::Sms]);
        toggle(&mut p, MessageKind::Offers, Channel::Sms, false);
        assert!(p.channels(MessageKind::Offers).is_empty());
        assert_eq!(p.channels(MessageKind::OrderUpdates), [Channel::InApp]);
    }
}
