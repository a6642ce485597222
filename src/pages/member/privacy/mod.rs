//! The privacy center: every purpose with its state, data and retention, switchable at once; the
//! history of consent receipts; and, for accounts, data export and erasure.

use expocx_contract::{
    ConsentChannel, ConsentDecision, ConsentReceipt, DeletionReceipt, DeletionRequest,
};
use leptos::prelude::*;

mod device;
pub mod sharing;
pub mod stop;

use crate::components::resource::Res;

use crate::api::{Api, ApiError};
use crate::browser::clipboard::copy_text;
use crate::browser::download::download;
use crate::components::consent_prompt::PurposeSwitch;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::{fill, lazy, pick, tr, tr3, use_i18n};
use crate::state::{storage, use_consent, use_interests, use_session};
use expocx_contract::interest::InterestProfile;

use crate::i18n::privacy::privacy::*;

/// Where a receipt's decision was made; a decision for one exhibitor is asked in the message
/// sent after its scan, not in the first-visit prompt.
fn channel_label(
    c: ConsentChannel,
    one_exhibitor: bool,
    lang: expocx_contract::Lang,
) -> &'static str {
    match c {
        ConsentChannel::Prompt if one_exhibitor => pick(&CHANNEL_SCAN, lang),
        ConsentChannel::Prompt => pick(&CHANNEL_PROMPT, lang),
        ConsentChannel::PrivacyCenter => pick(&CHANNEL_PRIVACY_CENTER, lang),
        ConsentChannel::SignIn => pick(&CHANNEL_SIGN_IN, lang),
        ConsentChannel::NotificationSettings => pick(&CHANNEL_NOTIFICATIONS, lang),
        ConsentChannel::StopLink => pick(&CHANNEL_STOP_LINK, lang),
    }
}

#[component]
pub fn PrivacyCenter() -> impl IntoView {
    let consent = use_consent();
    let session = use_session();
    let erased = RwSignal::new(None::<DeletionReceipt>);
    view! {
        <h1>{tr3(&lazy::PRIVACY_TITLE)}</h1>
        {move || erased.get().map(|r| view! { <DeletionDone receipt=r /> })}
        <p>{tr3(&PRIVACY_INTRO)}</p>
        <section aria-labelledby="purposes-h" class="panel">
            <h2 id="purposes-h">{tr3(&PRIVACY_PURPOSES)}</h2>
            {move || match consent.policy.get() {
                None => view! { <BlockSkeleton /> }.into_any(),
                Some(policy) => {
                    view! {
                        <ul class="purposes">
                            {policy.purposes.into_iter().map(|p| {
                                let id = p.id.clone();
                                let id2 = p.id.clone();
                                let checked = Signal::derive(move || consent.allows(&id));
                                let on_toggle = Callback::new(move |on: bool| consent.decide(
                                    vec![ConsentDecision { purpose: id2.clone(), granted: on }],
                                    ConsentChannel::PrivacyCenter,
                                ));
                                view! { <PurposeSwitch purpose=p checked=checked on_toggle=on_toggle id_prefix="center" /> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
        {move || session.is_signed_in().then(|| view! { <sharing::SharingSection /> })}
        <InterestProfileView />
        <device::DeviceData />
        <ConsentHistory />
        <section aria-labelledby="data-h" class="panel">
            <h2 id="data-h">{tr3(&PRIVACY_YOUR_DATA)}</h2>
            {move || if session.is_signed_in() {
                view! { <ExportData /> <DeleteAccount erased=erased /> }.into_any()
            } else {
                view! {
                    <p>{tr3(&PRIVACY_SIGNIN_FOR_DATA)}</p>
                    <a href="/signin?next=%2Fprivacy" class="btn">{tr(|m| m.nav_signin)}</a>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ConsentHistory() -> impl IntoView {
    let i18n = use_i18n();
    let consent = use_consent();
    let session = use_session();
    let api = expect_context::<Api>();
    let receipts = Res::new(move || {
        consent.revision.track();
        let signed_in = session.is_signed_in();
        let device = consent.device_id.get_untracked();
        async move {
            match device {
                _ if signed_in => api.consent_receipts(None).await,
                Some(d) => api.consent_receipts(Some(&d)).await,
                // No device key yet: nothing was recorded for this browser.
                None => Ok(Vec::new()),
            }
        }
    });
    let title = move |purpose: &str| {
        consent.policy.with(|p| {
            p.as_ref()
                .and_then(|p| p.purposes.iter().find(|x| x.id == purpose))
                .map(|x| x.title.get(i18n.lang.get()).to_string())
                .unwrap_or_else(|| purpose.to_string())
        })
    };
    view! {
        <section aria-labelledby="history-h" class="panel">
            <h2 id="history-h">{tr3(&PRIVACY_HISTORY)}</h2>
            // Kept on this device and sent again until the backend records it.
            {move || (!consent.recorded()).then(|| view! { <p class="notice" role="status">{tr3(&PRIVACY_UNSENT)}</p> })}
            <Loaded resource=receipts fallback=|| view! { <BlockSkeleton /> }
                ok={move |list: Vec<ConsentReceipt>| {
                    if list.is_empty() {
                        return view! { <p>{tr3(&PRIVACY_HISTORY_EMPTY)}</p> }.into_any();
                    }
                    view! {
                        <div class="table-scroll" tabindex="0">
                            <table class="receipts">
                                <thead><tr>
                                    <th scope="col">{tr3(&RECEIPT_TIME)}</th>
                                    <th scope="col">{tr3(&RECEIPT_PURPOSE)}</th>
                                    <th scope="col">{tr3(&RECEIPT_DECISION)}</th>
                                    <th scope="col">{tr3(&RECEIPT_VERSION)}</th>
                                    <th scope="col">{tr3(&RECEIPT_CHANNEL)}</th>
                                    <th scope="col">{tr3(&RECEIPT_ID)}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|r| {
                                        let purpose = r.purpose.clone();
                                        let exhibitor = r.exhibitor.clone();
                                        let (channel, one_exhibitor) = (r.channel, exhibitor.is_some());
                                        view! {
                                            <tr>
                                                <td>
                                                    {move || format::date_time(r.recorded_at, i18n.lang.get())}
                                                    {r.decided_at.map(|t| view! {
                                                        <small class="decided">{move || fill(pick(&RECEIPT_DECIDED, i18n.lang.get()), &[("time", &format::date_time(t, i18n.lang.get()))])}</small>
                                                    })}
                                                </td>
                                                <td>{move || {
                                                    let lang = i18n.lang.get();
                                                    match &exhibitor {
                                                        Some(e) => fill(pick(&RECEIPT_FOR_EXHIBITOR, lang), &[("purpose", &title(&purpose)), ("exhibitor", e.get(lang))]),
                                                        None => title(&purpose),
                                                    }
                                                }}</td>
                                                <td>{move || if r.granted { pick(&RECEIPT_GRANTED, i18n.lang.get()) } else { pick(&RECEIPT_WITHDRAWN, i18n.lang.get()) }}</td>
                                                <td>{r.policy_version}</td>
                                                <td>{move || channel_label(channel, one_exhibitor, i18n.lang.get())}</td>
                                                <td><code>{r.id.clone()}</code></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            />
        </section>
    }
}

/// Offers the JSON both as a file and on the page: file downloads are unreliable in WeChat.
#[component]
fn ExportData() -> impl IntoView {
    let i18n = use_i18n();
    let consent = use_consent();
    let api = expect_context::<Api>();
    let export = Action::new_local(move |_: &()| {
        let device = consent.device_id.get_untracked();
        async move { api.export_my_data(device.as_deref()).await }
    });
    let copied = RwSignal::new(false);
    view! {
        <h3>{tr3(&EXPORT_TITLE)}</h3>
        <p>{tr3(&EXPORT_INTRO)}</p>
        <button type="button" class="btn" disabled=move || export.pending().get()
            on:click=move |_| { copied.set(false); export.dispatch(()); }>
            {move || if export.pending().get() { pick(&lazy::SUBMITTING, i18n.lang.get()) } else { pick(&EXPORT_BUTTON, i18n.lang.get()) }}
        </button>
        {move || export.value().get().map(|r: Result<String, ApiError>| match r {
            Err(e) => view! { <p class="form-error" role="alert">{move || error_message(&e, i18n.t())}</p> }.into_any(),
            Ok(data) => {
                let json = data;
                let for_copy = json.clone();
                let for_file = json.clone();
                view! {
                    <div class="export-actions">
                        <button type="button" class="btn" on:click=move |_| download("expocx-my-data.json", "application/json", &for_file)>
                            {tr3(&EXPORT_DOWNLOAD)}
                        </button>
                        <button type="button" class="btn" on:click=move |_| { copy_text(&for_copy); copied.set(true); }>
                            {move || if copied.get() { pick(&EXPORT_COPIED, i18n.lang.get()) } else { pick(&EXPORT_COPY, i18n.lang.get()) }}
                        </button>
                    </div>
                    <label for="export-json" class="visually-hidden">{tr3(&EXPORT_LABEL)}</label>
                    <textarea id="export-json" class="export-json" readonly rows="12">{json}</textarea>
                }.into_any()
            }
        })}
    }
}

#[component]
fn DeleteAccount(erased: RwSignal<Option<DeletionReceipt>>) -> impl IntoView {
    let i18n = use_i18n();
    let consent = use_consent();
    let session = use_session();
    let api = expect_context::<Api>();
    let confirming = RwSignal::new(false);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let delete = Action::new_local(move |req: &DeletionRequest| {
        let req = req.clone();
        async move {
            let answer = api.delete_me(&req).await;
            if let Ok(receipt) = &answer {
                // Nothing of the person stays in this browser either.
                storage::clear_all();
                consent.forget_device();
                crate::state::saved::clear();
                session.forget_after_erasure();
                erased.set(Some(receipt.clone()));
            }
            answer
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        delete.dispatch(DeletionRequest {
            confirm_email: email.get_untracked(),
            password: password.get_untracked(),
            device_id: consent.device_id.get_untracked(),
        });
    };
    view! {
        <h3>{tr3(&DELETE_TITLE)}</h3>
        <p>{tr3(&DELETE_INTRO)}</p>
        <Show when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="btn btn-danger" on:click=move |_| confirming.set(true)>{tr3(&DELETE_START)}</button>
            }>
            <form on:submit=on_submit class="delete-form" novalidate>
                <div class="field">
                    <label for="confirm-email">{tr3(&DELETE_CONFIRM_LABEL)}</label>
                    <input id="confirm-email" type="email" autocomplete="off" prop:value=move || email.get()
                        on:input=move |ev| email.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="confirm-password">{tr3(&DELETE_PASSWORD_LABEL)}</label>
                    <input id="confirm-password" type="password" autocomplete="current-password"
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev)) />
                </div>
                <p class="form-error" role="alert">
                    {move || delete.value().get().and_then(Result::err).map(|e| error_message(&e, i18n.t()))}
                </p>
                <div class="export-actions">
                    <button type="submit" class="btn btn-danger" disabled=move || delete.pending().get()>{tr3(&DELETE_CONFIRM)}</button>
                    <button type="button" class="btn" on:click=move |_| confirming.set(false)>{tr3(&lazy::DELETE_CANCEL)}</button>
                </div>
            </form>
        </Show>
    }
}

#[component]
fn DeletionDone(receipt: DeletionReceipt) -> impl IntoView {
    let i18n = use_i18n();
    let kept: u64 = receipt.anonymized.values().sum();
    view! {
        <section class="panel success" role="status" aria-labelledby="deleted-h">
            <h2 id="deleted-h">{tr3(&DELETE_DONE_TITLE)}</h2>
            <p>{move || fill(pick(&DELETE_DONE_BODY, i18n.lang.get()), &[
                ("id", &receipt.receipt_id),
                ("time", &format::date_time(receipt.deleted_at, i18n.lang.get())),
            ])}</p>
            <p>{move || fill(pick(&DELETE_DONE_ANONYMIZED, i18n.lang.get()), &[("n", &kept.to_string())])}</p>
        </section>
    }
}

/// What the device has learned for "for you": the strongest categories and exhibitors, and a
/// button that clears it (here and on the account).
#[component]
fn InterestProfileView() -> impl IntoView {
    let i18n = use_i18n();
    let interests = use_interests();
    let api = expect_context::<Api>();
    let names = {
        Res::new(move || async move {
            let cats = api.categories().await?;
            let q = expocx_contract::ExhibitorQuery {
                limit: Some(100),
                ..Default::default()
            };
            let exs = api.exhibitors(&q).await?.items;
            Ok::<_, ApiError>((cats, exs))
        })
    };
    let clear = move |_| interests.clear();
    let rows = move |categories: bool| {
        let p = interests.profile.get();
        let map = if categories {
            &p.categories
        } else {
            &p.exhibitors
        };
        let top = InterestProfile::top(map, 5);
        let max = top.first().map(|t| t.1).unwrap_or(1.0).max(1e-9);
        let lang = i18n.lang.get();
        let loaded = names.get().and_then(Result::ok);
        top.into_iter()
            .map(|(id, score)| {
                let name = loaded
                    .as_ref()
                    .and_then(|(cs, es)| {
                        if categories {
                            cs.iter()
                                .find(|c| c.id == id)
                                .map(|c| c.name.get(lang).to_string())
                        } else {
                            es.iter()
                                .find(|e| e.id == id)
                                .map(|e| e.name.get(lang).to_string())
                        }
                    })
                    .unwrap_or_else(|| format!("#{id}"));
                let pct = ((score / max) * 100.0).round() as u32;
                view! {
                    <li>
                        <span>{name}</span>
                        <meter min="0" max="100" value=pct aria-label=format!("{pct}%")></meter>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="profile-h" class="panel">
            <h2 id="profile-h">{tr3(&PROFILE_TITLE)}</h2>
            {move || {
                if !interests.enabled() {
                    view! { <p>{tr3(&PROFILE_OFF)}</p> }.into_any()
                } else if interests.profile.with(InterestProfile::is_empty) {
                    view! { <p>{tr3(&PROFILE_EMPTY)}</p> }.into_any()
                } else {
                    view! {
                        <p>{tr3(&PROFILE_INTRO)}</p>
                        <h3>{tr3(&PROFILE_CATEGORIES)}</h3>
                        <ul class="profile-list">{rows(true)}</ul>
                        <h3>{tr3(&PROFILE_EXHIBITORS)}</h3>
                        <ul class="profile-list">{rows(false)}</ul>
                        <button type="button" class="btn" on:click=clear>{tr3(&PROFILE_CLEAR)}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}
