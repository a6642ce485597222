//! The address book: saved delivery addresses, one of them the default that checkout starts
//! with. Editing keeps what was typed when saving fails.

use expocx_contract::{Address, AddressInput, SavedAddress};
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::{field_error, send_if_valid, submit, Field, FormErrors};
use crate::i18n::lazy::error_message;
use crate::i18n::member::addresses::*;
use crate::i18n::{lazy, tr3, tr3_attr, use_i18n};

/// Which address the editor is open for: a new one, or an id.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    New,
    Id(i64),
}

#[component]
pub fn AddressBook() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let revision = RwSignal::new(0u32);
    let book = Res::new(move || {
        revision.track();
        async move { api.addresses().await }
    });
    let editing = RwSignal::new(None::<(Editing, Address, bool)>);
    let remove = Action::new_local(move |id: &i64| {
        let id = *id;
        async move {
            let removed = api.delete_address(id).await;
            if removed.is_ok() {
                revision.update(|r| *r += 1);
            }
            removed
        }
    });
    let saved = Callback::new(move |()| {
        editing.set(None);
        revision.update(|r| *r += 1);
    });
    view! {
        <section class="panel" aria-labelledby="book-h">
            <h2 id="book-h">{tr3(&BOOK_TITLE)}</h2>
            <Loaded resource=book fallback=|| view! { <BlockSkeleton /> }
                ok={move |list: Vec<SavedAddress>| if list.is_empty() {
                    view! { <p>{tr3(&BOOK_EMPTY)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="address-list">
                            {list.into_iter().map(|a| {
                                let id = a.id;
                                let for_edit = a.address.clone();
                                let default = a.is_default;
                                view! {
                                    <li>
                                        <p>
                                            <strong>{a.address.name.clone()}</strong> " " {a.address.phone.clone()}
                                            {default.then(|| view! { " " <span class="badge">{tr3(&BOOK_DEFAULT)}</span> })}
                                        </p>
                                        <p>{a.address.region.clone()} " " {a.address.street.clone()} " " {a.address.postcode.clone()}</p>
                                        <button type="button" class="btn btn-small"
                                            on:click=move |_| editing.set(Some((Editing::Id(id), for_edit.clone(), default)))>
                                            {tr3(&BOOK_EDIT)}
                                        </button>
                                        " "
                                        <button type="button" class="btn btn-small" disabled=move || remove.pending().get()
                                            on:click=move |_| { remove.dispatch(id); }>
                                            {tr3(&BOOK_DELETE)}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            />
            <p class="form-error" role="alert">
                {move || remove.value().get().and_then(Result::err).map(|e| error_message(&e, i18n.t()))}
            </p>
            {move || match editing.get() {
                Some((which, address, default)) =>
                    view! { <AddressEditor which=which address=address default=default saved=saved cancel=move || editing.set(None) /> }.into_any(),
                None => view! {
                    <button type="button" class="btn" on:click=move |_| editing.set(Some((Editing::New, Address::default(), false)))>
                        {tr3(&BOOK_ADD)}
                    </button>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AddressEditor(
    which: Editing,
    address: Address,
    default: bool,
    saved: Callback<()>,
    cancel: impl Fn() + 'static,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let name = RwSignal::new(address.name);
    let phone = RwSignal::new(address.phone);
    let region = RwSignal::new(address.region);
    let street = RwSignal::new(address.street);
    let postcode = RwSignal::new(address.postcode);
    let is_default = RwSignal::new(default);
    let errors = RwSignal::new(FormErrors::default());
    let id = match which {
        Editing::Id(id) => Some(id),
        Editing::New => None,
    };
    let save = submit(
        errors,
        move |input: AddressInput| async move { api.save_address(id, &input).await },
        move |r| {
            if r.is_ok() {
                saved.run(());
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = AddressInput {
            address: Address {
                name: name.get_untracked(),
                phone: phone.get_untracked(),
                region: region.get_untracked(),
                street: street.get_untracked(),
                postcode: postcode.get_untracked(),
            },
            is_default: is_default.get_untracked(),
        };
        send_if_valid(errors, input.address.validate("address."), save, input);
    };
    let err = move |f: &'static str| field_error(errors, f);
    view! {
        <form class="address-editor" on:submit=on_submit novalidate>
            <Field id="book-name" kind="text" autocomplete="name" value=name
                label=tr3_attr(&lazy::ADDRESS_NAME) error=err("address.name") />
            <Field id="book-phone" kind="tel" autocomplete="tel" value=phone
                label=tr3_attr(&lazy::ADDRESS_PHONE) error=err("address.phone") />
            <Field id="book-region" kind="text" autocomplete="address-level1" value=region
                label=tr3_attr(&lazy::ADDRESS_REGION) error=err("address.region") />
            <Field id="book-street" kind="text" autocomplete="street-address" value=street
                label=tr3_attr(&lazy::ADDRESS_STREET) error=err("address.street") />
            <Field id="book-postcode" kind="text" autocomplete="postal-code" value=postcode
                label=tr3_attr(&lazy::ADDRESS_POSTCODE) error=err("address.postcode") />
            <div class="field checkbox">
                <input id="book-default" type="checkbox" prop:checked=move || is_default.get()
                    on:change=move |ev| is_default.set(event_target_checked(&ev)) />
                <label for="book-default">{tr3(&BOOK_MAKE_DEFAULT)}</label>
            </div>
            <p class="form-error" role="alert">
                {move || errors.with(|e| e.fields.is_empty()).then(|| errors.get().general.map(|e| error_message(&e, i18n.t()))).flatten()}
            </p>
            <div class="export-actions">
                <button type="submit" class="btn" disabled=move || save.pending().get()>{tr3(&FORM_SAVE)}</button>
                <button type="button" class="btn" on:click=move |_| cancel()>{tr3(&lazy::DELETE_CANCEL)}</button>
            </div>
        </form>
    }
}
