//! A product's "Trade configuration" (`/exhibitor/products/:id/configuration`, linked from the
//! staff product page): the model trade buyers configure the product with (option groups, rules, price breaks, minimum
//! quantity), or "Not configurable" and the way to make it so. What staff typed is checked by
//! the contract's `validate()` before it is sent, and stays in the form whatever the answer;
//! the server's field errors show beside the same inputs. The model is part of the product:
//! a change is checked against the product's `ETag`, shared with the product form above.

mod draft;
mod errors;
mod fields;
mod form;

use expocx_contract::configure::ConfigModel;
use expocx_contract::{FieldError, StaffProduct};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError, Tagged};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::FormErrors;
use crate::components::resource::Res;
use crate::i18n::lazy::{error_message, SUBMITTING};
use crate::i18n::product_config::product_config::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n, Text};
use draft::ConfigDraft;
use fields::{focus_soon, ConfigFields};
use form::ConfigForm;

/// What the last save, removal or reload came to.
#[derive(Clone)]
enum Notice {
    Saved,
    Removed,
    /// Fields to fix; those listed here have no input of their own to show beside.
    Fix(Vec<FieldError>),
    /// Someone changed the product first (`412`).
    Changed,
    Failed(ApiError),
}

/// The editor's page: the product (for its `ETag` and name), then the section.
#[component]
pub fn ProductConfigPage() -> impl IntoView {
    let api = expect_context::<Api>();
    // `/exhibitor/products/<id>/configuration`: the id is the segment before the last.
    let id = leptos_router::hooks::use_location()
        .pathname
        .with_untracked(|p| {
            crate::components::route::id_in_path(
                p.trim_end_matches('/').trim_end_matches("/configuration"),
            )
        });
    let loaded = Res::new(move || async move {
        match id {
            Some(id) => api.staff_product(id).await,
            None => Err(ApiError::not_found()),
        }
    });
    view! {
        <h1>{tr3(&TITLE)}</h1>
        <crate::components::portal::PortalNav />
        <Loaded resource=loaded page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Tagged<StaffProduct>| {
                let id = p.value.product.summary.id;
                let name = p.value.product.summary.name.clone();
                let i18n = use_i18n();
                let product = RwSignal::new(p);
                view! {
                    <p><a href=format!("/exhibitor/products/{id}")>"← " {move || name.get(i18n.lang.get()).to_string()}</a></p>
                    <TradeConfig product />
                }
            }} />
    }
}

/// The section, given the product as last loaded or saved (saving the model changes the
/// product's `ETag`, so the section keeps it up to date for the product form too).
#[component]
pub fn TradeConfig(product: RwSignal<Tagged<StaffProduct>>) -> impl IntoView {
    let api = expect_context::<Api>();
    let id = product.with_untracked(|p| p.value.product.summary.id);
    let model = Res::new(move || async move { api.product_config(id).await });
    let reload = Callback::new(move |()| model.refetch());
    view! {
        <section class="panel trade-config" id="trade-config" aria-labelledby="trade-config-h">
            <h2 id="trade-config-h">{tr3(&TITLE)}</h2>
            <p class="hint">{tr3(&INTRO)}</p>
            <Loaded resource=model fallback=|| view! { <BlockSkeleton /> }
                ok={move |m: Option<ConfigModel>| view! { <Editor model=m product reload /> }} />
        </section>
    }
}

#[component]
fn Editor(
    model: Option<ConfigModel>,
    product: RwSignal<Tagged<StaffProduct>>,
    reload: Callback<()>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let form = ConfigForm::new();
    if let Some(m) = &model {
        form.fill(&ConfigDraft::from_model(m));
    }
    // Stored on the server; shown (stored, or being made configurable).
    let configured = RwSignal::new(model.is_some());
    let editing = RwSignal::new(model.is_some());
    let errors = RwSignal::new(FormErrors::default());
    let notice = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    let asking = RwSignal::new(false);

    let show = move |fields: Vec<FieldError>, draft: &ConfigDraft| {
        let elsewhere = fields.iter().filter(|e| !draft.placed(&e.field));
        notice.set(Some(Notice::Fix(elsewhere.cloned().collect())));
        errors.set(FormErrors::local(fields));
        focus_soon("#trade-config [aria-invalid='true']".into());
    };
    let failed = move |e: ApiError, draft: &ConfigDraft| {
        let fields = e.problem().map(|p| p.errors.clone()).unwrap_or_default();
        if e.status() == Some(412) {
            notice.set(Some(Notice::Changed));
        } else if fields.is_empty() {
            notice.set(Some(Notice::Failed(e)));
        } else {
            show(draft.refine(fields), draft);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let draft = form.draft();
        let model = match draft.read() {
            Ok(m) => m,
            Err(fields) => return show(fields, &draft),
        };
        errors.set(FormErrors::default());
        notice.set(None);
        busy.set(true);
        spawn_local(async move {
            match api
                .set_product_config(&product.get_untracked(), &model)
                .await
            {
                Ok(fresh) => {
                    product.set(fresh);
                    configured.set(true);
                    notice.set(Some(Notice::Saved));
                }
                Err(e) => failed(e, &draft),
            }
            busy.set(false);
        });
    };
    let remove = move |_| {
        busy.set(true);
        spawn_local(async move {
            match api.remove_product_config(&product.get_untracked()).await {
                Ok(fresh) => {
                    product.set(fresh);
                    configured.set(false);
                    editing.set(false);
                    errors.set(FormErrors::default());
                    notice.set(Some(Notice::Removed));
                    focus_soon("#cfg-make".into());
                }
                Err(e) => failed(e, &form.draft()),
            }
            asking.set(false);
            busy.set(false);
        });
    };
    // Their version: the product (its new `ETag`) and its model, which replaces the form.
    let theirs = move |_| {
        busy.set(true);
        spawn_local(async move {
            match api
                .staff_product(product.get_untracked().value.product.summary.id)
                .await
            {
                Ok(fresh) => {
                    product.set(fresh);
                    reload.run(());
                }
                Err(e) => notice.set(Some(Notice::Failed(e))),
            }
            busy.set(false);
        });
    };
    let start = move |_| {
        form.fill(&ConfigDraft::starter());
        errors.set(FormErrors::default());
        notice.set(None);
        editing.set(true);
        focus_soon("#cfg-min-quantity".into());
    };
    let cancel = move |_| {
        errors.set(FormErrors::default());
        notice.set(None);
        editing.set(false);
        focus_soon("#cfg-make".into());
    };
    let status = move || {
        notice.get().map(|n| {
            let said = |t: &'static Text| view! { <p role="status">{tr3(t)}</p> }.into_any();
            match n {
                Notice::Saved => said(&SAVED),
                Notice::Removed => said(&REMOVED),
                Notice::Fix(elsewhere) => view! {
                    <div role="alert" class="error-text">
                        <p>{tr3(&FIX)}</p>
                        {elsewhere.into_iter().map(|e| {
                            let field = e.field.clone();
                            let also = move || fill(pick(&OTHER, i18n.lang.get()), &[("field", &field)]);
                            view! { <p>{also} " " {move || field_message(&e, i18n.t())}</p> }
                        }).collect_view()}
                    </div>
                }.into_any(),
                Notice::Changed => view! {
                    <div role="alert" class="error-text">
                        <p>{tr3(&CHANGED)}</p>
                        <button type="button" class="btn" disabled=move || busy.get() on:click=theirs>{tr3(&RELOAD)}</button>
                    </div>
                }.into_any(),
                Notice::Failed(e) => view! {
                    <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p>
                }.into_any(),
            }
        })
    };
    let save_label = move || {
        pick(
            if busy.get() { &SUBMITTING } else { &SAVE },
            i18n.lang.get(),
        )
    };
    move || {
        if !editing.get() {
            return view! {
                <p>{tr3(&NOT_CONFIGURABLE)}</p>
                {status}
                <button type="button" id="cfg-make" class="btn btn-primary" on:click=start>{tr3(&MAKE)}</button>
            }
            .into_any();
        }
        view! {
            <form class="config-form" on:submit=submit novalidate>
                <ConfigFields form errors />
                {status}
                <div class="config-actions">
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get()>{save_label}</button>
                    {move || if configured.get() {
                        view! {
                            <button type="button" class="btn" aria-expanded=move || asking.get().to_string()
                                disabled=move || busy.get() on:click=move |_| asking.set(true)>{tr3(&REMOVE)}</button>
                        }.into_any()
                    } else {
                        view! { <button type="button" class="btn" on:click=cancel>{tr3(&CANCEL)}</button> }.into_any()
                    }}
                </div>
                {move || asking.get().then(|| view! {
                    <div class="confirm" role="group" aria-labelledby="cfg-remove-q">
                        <p id="cfg-remove-q">{tr3(&REMOVE_CONFIRM)}</p>
                        <button type="button" class="btn btn-danger" disabled=move || busy.get() on:click=remove>{tr3(&REMOVE_YES)}</button>
                        <button type="button" class="btn" on:click=move |_| asking.set(false)>{tr3(&KEEP)}</button>
                    </div>
                })}
            </form>
        }
        .into_any()
    }
}
