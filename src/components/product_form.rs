//! The product editor's form: texts in the three languages, category, price, stock, options and
//! whether the storefront shows it. It reads what staff typed into a draft checked by the same
//! rules as the server, and shows each field's error (its own or the server's) under the field.
//! Only the portal's chunk uses it.

use expocx_contract::{
    Category, FieldError, FieldErrorCode, Localized, ProductDraft, ProductOption, ProductUpdate,
    StaffProduct,
};
use leptos::prelude::*;

use crate::components::amounts::{parse_delta, parse_price, parse_stock, signed_yuan, yuan};
use crate::components::form::FormErrors;
use crate::i18n::portal::product_form::*;
use crate::i18n::{field_message, tr3, use_i18n, Text};

/// The three languages, as the wire names them and as each names itself.
const LANGS: [(&str, &str); 3] = [
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
    ("en", "English"),
];

/// One localized text being edited: the three languages in wire order.
#[derive(Clone, Copy)]
pub struct Texts(pub [RwSignal<String>; 3]);

impl Texts {
    fn new() -> Self {
        Texts(std::array::from_fn(|_| RwSignal::new(String::new())))
    }
    pub fn set(&self, l: &Localized) {
        for (s, v) in self.0.iter().zip([&l.zh_hans, &l.zh_hant, &l.en]) {
            s.set(v.clone());
        }
    }
    pub fn get(&self) -> Localized {
        let [a, b, c] = self.0.map(|s| s.get_untracked());
        Localized {
            zh_hans: a,
            zh_hant: b,
            en: c,
        }
    }
}

#[derive(Clone, Copy)]
struct OptionRow {
    key: usize,
    id: RwSignal<String>,
    label: Texts,
    delta: RwSignal<String>,
}

/// What staff typed, field by field.
#[derive(Clone, Copy)]
pub struct ProductForm {
    name: Texts,
    description: Texts,
    category: RwSignal<String>,
    price: RwSignal<String>,
    stock: RwSignal<String>,
    option_name: Texts,
    options: RwSignal<Vec<OptionRow>>,
    next_key: RwSignal<usize>,
    published: RwSignal<bool>,
}

impl Default for ProductForm {
    fn default() -> Self {
        Self::new()
    }
}

impl ProductForm {
    pub fn new() -> Self {
        ProductForm {
            name: Texts::new(),
            description: Texts::new(),
            category: RwSignal::new(String::new()),
            price: RwSignal::new(String::new()),
            stock: RwSignal::new(String::new()),
            option_name: Texts::new(),
            options: RwSignal::new(Vec::new()),
            next_key: RwSignal::new(0),
            published: RwSignal::new(false),
        }
    }

    fn add_option(&self, o: Option<&ProductOption>) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key + 1);
        let row = OptionRow {
            key,
            id: RwSignal::new(o.map(|o| o.id.clone()).unwrap_or_default()),
            label: Texts::new(),
            delta: RwSignal::new(o.map_or("0".into(), |o| signed_yuan(o.price_delta_minor))),
        };
        if let Some(o) = o {
            row.label.set(&o.label);
        }
        self.options.update(|v| v.push(row));
    }

    /// Shows the product as it is stored.
    pub fn fill(&self, p: &StaffProduct) {
        let (product, summary) = (&p.product, &p.product.summary);
        self.name.set(&summary.name);
        self.description.set(&product.description);
        self.category.set(summary.category_id.to_string());
        self.price.set(yuan(summary.price.amount_minor));
        self.stock.set(summary.stock.to_string());
        self.option_name
            .set(&product.option_name.clone().unwrap_or_default());
        self.options.set(Vec::new());
        for o in &product.options {
            self.add_option(Some(o));
        }
        self.published.set(p.published);
    }

    /// The draft as typed, or every field that is wrong (those that cannot be read as
    /// numbers, then the rules the server checks too).
    pub fn read(&self) -> Result<ProductDraft, Vec<FieldError>> {
        let mut unreadable = Vec::new();
        let mut bad = |field: String| {
            unreadable.push(FieldError::new(&field, FieldErrorCode::InvalidValue));
            0
        };
        let price = parse_price(&self.price.get_untracked())
            .unwrap_or_else(|| bad("price_minor".into()) as i64);
        let stock = parse_stock(&self.stock.get_untracked()).unwrap_or_else(|| bad("stock".into()));
        let category_id = self.category.get_untracked().parse().unwrap_or_else(|_| {
            bad("category_id".into());
            0
        });
        let options: Vec<ProductOption> = self
            .options
            .get_untracked()
            .iter()
            .enumerate()
            .map(|(i, o)| ProductOption {
                id: o.id.get_untracked().trim().to_string(),
                label: o.label.get(),
                price_delta_minor: parse_delta(&o.delta.get_untracked())
                    .unwrap_or_else(|| bad(format!("options.{i}.price_delta_minor")) as i64),
            })
            .collect();
        let draft = ProductDraft {
            name: self.name.get(),
            description: self.description.get(),
            category_id,
            price_minor: price,
            stock,
            option_name: (!options.is_empty()).then(|| self.option_name.get()),
            options,
            published: self.published.get_untracked(),
        };
        let checked = draft.validate();
        let mut errors = unreadable.clone();
        errors.extend(
            checked
                .into_iter()
                .filter(|e| !unreadable.iter().any(|u| u.field == e.field)),
        );
        if errors.is_empty() {
            Ok(draft)
        } else {
            Err(errors)
        }
    }
}

/// The whole of a draft as a change of every field.
pub fn as_update(d: ProductDraft) -> ProductUpdate {
    ProductUpdate {
        price_minor: Some(d.price_minor),
        stock: Some(d.stock),
        name: Some(d.name),
        description: Some(d.description),
        published: Some(d.published),
        option_name: d.option_name,
        options: Some(d.options),
    }
}

/// One input (or text area) with its label and its announced error.
#[component]
pub fn Input(
    id: String,
    label: Signal<String>,
    value: RwSignal<String>,
    errors: RwSignal<FormErrors>,
    /// The field's name as the server names it.
    field: String,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] inputmode: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let err_id = format!("{id}-error");
    let error = {
        let field = field.clone();
        Signal::derive(move || errors.with(|e| e.field(&field)))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=invalid aria-describedby=err_id.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() autocomplete="off" inputmode=(!inputmode.is_empty()).then_some(inputmode)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=invalid aria-describedby=err_id.clone() />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            {input}
            <p class="field-error" id=err_id>{move || error.get().map(|e| field_message(&e, i18n.t()))}</p>
        </div>
    }
}

/// The three languages of one text, as a group.
#[component]
pub fn TextFields(
    legend: Signal<String>,
    field: String,
    texts: Texts,
    errors: RwSignal<FormErrors>,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let id_base = field.replace('.', "-");
    view! {
        <fieldset class="langs">
            <legend>{move || legend.get()}</legend>
            {LANGS.iter().zip(texts.0).map(|((tag, own), value)| {
                let label = Signal::derive(move || own.to_string());
                view! { <Input id=format!("{id_base}-{tag}") label value errors field=format!("{field}.{tag}") multiline /> }
            }).collect_view()}
        </fieldset>
    }
}

pub fn text(t: &'static Text) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || crate::i18n::pick(t, i18n.lang.get()).to_string())
}

/// The form's fields (the page adds its buttons and notices around them).
#[component]
pub fn ProductFields(
    form: ProductForm,
    errors: RwSignal<FormErrors>,
    categories: Vec<Category>,
) -> impl IntoView {
    let i18n = use_i18n();
    let f = form;
    let category_error = Signal::derive(move || errors.with(|e| e.field("category_id")));
    view! {
        <TextFields legend=text(&NAME) field="name".into() texts=f.name errors />
        <TextFields legend=text(&DESCRIPTION) field="description".into() texts=f.description errors multiline=true />
        <div class="field">
            <label for="product-category">{tr3(&CATEGORY)}</label>
            <select id="product-category" prop:value=move || f.category.get()
                on:change=move |ev| f.category.set(event_target_value(&ev))
                aria-invalid=move || category_error.with(Option::is_some).then_some("true")
                aria-describedby="product-category-error">
                <option value="">{tr3(&CHOOSE)}</option>
                {categories.into_iter().map(|c| {
                    let id = c.id.to_string();
                    view! { <option value=id.clone() selected=move || f.category.get() == id>{move || c.name.get(i18n.lang.get()).to_string()}</option> }
                }).collect_view()}
            </select>
            <p class="field-error" id="product-category-error">{move || category_error.get().map(|e| field_message(&e, i18n.t()))}</p>
        </div>
        <div class="filters">
            <Input id="product-price".into() label=text(&PRICE) value=f.price errors field="price_minor".into() inputmode="decimal" />
            <Input id="product-stock".into() label=text(&STOCK) value=f.stock errors field="stock".into() inputmode="numeric" />
        </div>
        <fieldset class="langs">
            <legend>{tr3(&OPTIONS)}</legend>
            <p class="hint">{tr3(&OPTIONS_HINT)}</p>
            <Show when=move || f.options.with(|o| !o.is_empty())>
                <TextFields legend=text(&OPTION_NAME) field="option_name".into() texts=f.option_name errors />
            </Show>
            <For each=move || f.options.get().into_iter().enumerate() key=|(i, o)| (*i, o.key) let((i, o))>
                <fieldset class="option-row">
                    <legend>{move || crate::i18n::fill(crate::i18n::pick(&OPTION, i18n.lang.get()), &[("n", &(i + 1).to_string())])}</legend>
                    <Input id=format!("option-{}-id", o.key) label=text(&OPTION_ID) value=o.id errors field=format!("options.{i}.id") />
                    <TextFields legend=text(&OPTION_LABEL) field=format!("options.{i}.label") texts=o.label errors />
                    <Input id=format!("option-{}-delta", o.key) label=text(&OPTION_DELTA) value=o.delta errors
                        field=format!("options.{i}.price_delta_minor") inputmode="decimal" />
                    <button type="button" class="btn" on:click=move |_| f.options.update(|v| v.retain(|r| r.key != o.key))>
                        {tr3(&REMOVE_OPTION)}
                    </button>
                </fieldset>
            </For>
            <button type="button" class="btn" on:click=move |_| f.add_option(None)>{tr3(&ADD_OPTION)}</button>
        </fieldset>
        <label class="check">
            <input type="checkbox" prop:checked=move || f.published.get()
                on:change=move |ev| f.published.set(event_target_checked(&ev)) />
            {tr3(&PUBLISHED)}
        </label>
    }
}
