//! The delivery address fields of checkout, started from the member's address book: the
//! default address fills an empty form, another saved one can be chosen, and any field can
//! still be changed by hand (browser autofill keeps working).

use expocx_contract::{Address, FieldError, SavedAddress};
use leptos::prelude::*;

use crate::api::Api;
use crate::i18n::checkout::address::*;
use crate::i18n::{field_message, lazy, pick, tr3, use_i18n, Text};
use crate::state::use_session;

/// A choice of saved addresses (signed-in members with a book only).
#[component]
fn SavedAddresses(address: RwSignal<Address>) -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    let book = RwSignal::new(Vec::<SavedAddress>::new());
    if session.is_signed_in_untracked() {
        leptos::task::spawn_local(async move {
            let Ok(list) = api.addresses().await else {
                return;
            };
            // The default fills the form only if nothing was typed yet.
            if let Some(d) = list.iter().find(|a| a.is_default) {
                if address.with_untracked(|a| *a == Address::default()) {
                    address.set(d.address.clone());
                }
            }
            book.set(list);
        });
    }
    move || {
        (book.with(Vec::len) > 1).then(|| {
            view! {
                <div class="field">
                    <label for="saved-address">{tr3(&BOOK_TITLE)}</label>
                    <select id="saved-address" on:change=move |ev| {
                        let id: i64 = event_target_value(&ev).parse().unwrap_or_default();
                        if let Some(a) = book.with_untracked(|b| b.iter().find(|a| a.id == id).cloned()) {
                            address.set(a.address);
                        }
                    }>
                        {book.get().into_iter().map(|a| view! {
                            <option value=a.id.to_string() selected=a.is_default>
                                {format!("{} · {} {}", a.address.name, a.address.region, a.address.street)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}

type Getter = fn(&Address) -> &String;
type Setter = fn(&mut Address, String);
/// name, label, autocomplete, input type, read, write.
type AddressField = (
    &'static str,
    &'static Text,
    &'static str,
    &'static str,
    Getter,
    Setter,
);

#[component]
pub fn AddressFields(
    address: RwSignal<Address>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields: [AddressField; 5] = [
        (
            "name",
            &lazy::ADDRESS_NAME,
            "name",
            "text",
            |a| &a.name,
            |a, v| a.name = v,
        ),
        (
            "phone",
            &lazy::ADDRESS_PHONE,
            "tel",
            "tel",
            |a| &a.phone,
            |a, v| a.phone = v,
        ),
        (
            "region",
            &lazy::ADDRESS_REGION,
            "address-level1",
            "text",
            |a| &a.region,
            |a, v| a.region = v,
        ),
        (
            "street",
            &lazy::ADDRESS_STREET,
            "street-address",
            "text",
            |a| &a.street,
            |a, v| a.street = v,
        ),
        (
            "postcode",
            &lazy::ADDRESS_POSTCODE,
            "postal-code",
            "text",
            |a| &a.postcode,
            |a, v| a.postcode = v,
        ),
    ];
    view! {
        <fieldset class="panel address">
            <legend>{tr3(&lazy::ADDRESS_TITLE)}</legend>
            <SavedAddresses address=address />
            {fields.into_iter().map(|(name, label, autocomplete, kind, get, set)| {
                let id = format!("address.{name}");
                let err = {
                    let id = id.clone();
                    Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == id).map(|e| field_message(e, i18n.t()))))
                };
                let err_id = format!("{id}-error");
                view! {
                    <div class="field">
                        <label for=id.clone()>{move || pick(label, i18n.lang.get())}</label>
                        <input id=id.clone() name=id.clone() type=kind autocomplete=autocomplete
                            prop:value=move || address.with(|a| get(a).clone())
                            on:input=move |ev| address.update(|a| set(a, event_target_value(&ev)))
                            aria-invalid=move || err.get().map(|_| "true")
                            aria-describedby=err_id.clone() />
                        <p class="field-error" id=err_id>{move || err.get()}</p>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}
