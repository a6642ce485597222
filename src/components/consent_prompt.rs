//! The consent prompt: shown on the first visit and when the policy changes. Not a dark pattern:
//! "accept all", "reject all" and "choose" carry equal weight, each purpose has its own switch
//! and description, and the storefront stays fully usable while it is open.

use expocx_contract::{ConsentChannel, ConsentDecision, ConsentPurpose};
use leptos::prelude::*;

use crate::i18n::{fill, tr, use_i18n};
use crate::state::consent::{all, Reconcile};
use crate::state::use_consent;

/// One purpose with its switch, description, data and retention (prompt and privacy center).
#[component]
pub fn PurposeSwitch(
    purpose: ConsentPurpose,
    checked: Signal<bool>,
    #[prop(into)] on_toggle: Callback<bool>,
    id_prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("{id_prefix}-{}", purpose.id);
    let desc_id = format!("{id}-desc");
    let required = purpose.required;
    let p = StoredValue::new(purpose);
    view! {
        <li class="purpose">
            <div class="purpose-head">
                <input type="checkbox" role="switch" id=id.clone() prop:checked=move || required || checked.get()
                    disabled=required aria-describedby=desc_id.clone()
                    on:change=move |ev| on_toggle.run(event_target_checked(&ev)) />
                <label for=id>{move || p.with_value(|p| p.title.get(i18n.lang.get()).to_string())}</label>
                {required.then(|| view! { <span class="badge">{tr(|m| m.consent_always_on)}</span> })}
            </div>
            <div id=desc_id class="purpose-desc">
                <p>{move || p.with_value(|p| p.description.get(i18n.lang.get()).to_string())}</p>
                <p class="purpose-meta">
                    {move || p.with_value(|p| {
                        let l = i18n.lang.get();
                        let list = p.data_categories.iter().map(|c| c.get(l)).collect::<Vec<_>>().join(" · ");
                        fill(i18n.t().consent_data, &[("list", &list)])
                    })}
                    " · "
                    {move || p.with_value(|p| fill(i18n.t().consent_retention, &[("days", &p.retention_days.to_string())]))}
                </p>
            </div>
        </li>
    }
}

#[component]
pub fn ConsentPrompt() -> impl IntoView {
    let i18n = use_i18n();
    let consent = use_consent();
    let choosing = RwSignal::new(false);
    // Draft choices while choosing; nothing is granted until saved.
    let draft = RwSignal::new(Vec::<ConsentDecision>::new());
    let decide = Callback::new(move |decisions: Vec<ConsentDecision>| {
        consent.decide(decisions, ConsentChannel::Prompt);
        choosing.set(false);
    });
    let decide_all = move |granted: bool| {
        if let Some(p) = consent.policy.get_untracked() {
            decide.run(all(&p, granted));
        }
    };
    let choose_or_save = move |_| {
        if choosing.get_untracked() {
            decide.run(draft.get_untracked());
        } else {
            draft.set(Vec::new());
            choosing.set(true);
        }
    };
    // Re-asking after a policy change says what changed.
    let changed = move || {
        let answered = consent.device.with(|d| d.answered_version);
        answered.and(consent.policy.with(|p| {
            p.as_ref().map(|p| {
                fill(
                    i18n.t().consent_policy_changed,
                    &[("changes", p.changes.get(i18n.lang.get()))],
                )
            })
        }))
    };
    // Closures over a memo rather than `<Show>`: the same single render per change, and less
    // code in every visitor's first load.
    let open = Memo::new(move |_| consent.needs_prompt());
    let sheet = move || {
        open.get().then(|| view! {
            <ConsentSheet>
                <h2 id="consent-title">{tr(|m| m.consent_title)}</h2>
                {move || changed().map(|c| view! { <p class="notice">{c}</p> })}
                <p id="consent-intro">
                    {tr(|m| m.consent_intro)} " "
                    <a href="/privacy">{tr(|m| m.consent_learn_more)}</a>
                </p>
                {move || choosing.get().then(|| view! {
                    <ul class="purposes">
                        {move || consent.policy.get().map(|p| p.purposes.into_iter().map(|purpose| {
                            let pid = purpose.id.clone();
                            let pid2 = purpose.id.clone();
                            let checked = Signal::derive(move || draft.with(|d| d.iter().any(|x| x.purpose == pid && x.granted)));
                            let on_toggle = Callback::new(move |on: bool| draft.update(|d| {
                                d.retain(|x| x.purpose != pid2);
                                d.push(ConsentDecision { purpose: pid2.clone(), granted: on });
                            }));
                            view! { <PurposeSwitch purpose=purpose checked=checked on_toggle=on_toggle id_prefix="prompt" /> }
                        }).collect_view())}
                    </ul>
                })}
                <div class="consent-actions">
                    <button type="button" class="btn" on:click=move |_| decide_all(true)>{tr(|m| m.consent_accept_all)}</button>
                    <button type="button" class="btn" on:click=move |_| decide_all(false)>{tr(|m| m.consent_reject_all)}</button>
                    <button type="button" class="btn" on:click=choose_or_save>
                        {move || if choosing.get() { i18n.t().consent_save } else { i18n.t().consent_choose }}
                    </button>
                </div>
            </ConsentSheet>
        })
    };
    view! {
        {sheet}
        {move || consent.reconciled.get().map(|r| {
            let text = match r {
                Reconcile::DeviceToAccount => i18n.t().reconciled_device_to_account,
                Reconcile::AccountToDevice => i18n.t().reconciled_account_to_device,
                Reconcile::InStep => "",
            };
            view! { <p class="toast" role="status">{text}</p> }
        })}
    }
}

/// The prompt's frame: a sheet fixed above the bottom navigation, over the content rather than
/// in its flow (nothing on the page moves when it opens or closes). Its height is published as
/// `--consent-sheet`, so the page's end and the sticky action bars (add to cart, checkout) are
/// lifted above it and stay within reach.
#[component]
fn ConsentSheet(children: Children) -> impl IntoView {
    let sheet = NodeRef::<leptos::html::Section>::new();
    crate::browser::element_height::use_element_height_var(sheet, "consent-sheet");
    view! {
        <section node_ref=sheet class="consent-prompt" role="dialog" aria-modal="false" aria-labelledby="consent-title" aria-describedby="consent-intro">
            {children()}
        </section>
    }
}
