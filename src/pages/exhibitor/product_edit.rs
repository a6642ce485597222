//! The product editor: a new product (`/exhibitor/products/new`), or one of the booth's
//! (`/exhibitor/products/:id`) with its picture. Nothing typed is lost: a refused save keeps the
//! form and marks the fields; a colleague's earlier change is announced, and staff choose to
//! save theirs over it or to look at it first.

use expocx_contract::{Category, ProductDraft, StaffProduct, PRODUCT_IMAGE_MAX_BYTES};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{Api, ApiError, Tagged};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::FormErrors;
use crate::components::portal::PortalNav;
use crate::components::product_form::{as_update, ProductFields, ProductForm};
use crate::components::route::resource_by_id;
use crate::i18n::lazy::{self, error_message};
use crate::i18n::portal::portal::PRODUCTS;
use crate::i18n::portal::product_edit::*;
use crate::i18n::{pick, tr3, use_i18n, Text};

#[derive(Clone)]
enum Notice {
    Created,
    Saved,
    Fix,
    Changed,
    BadPicture,
    Uploading,
    Failed(ApiError),
}

#[component]
fn NoticeLine(
    notice: RwSignal<Option<Notice>>,
    #[prop(optional)] on_theirs: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notice.get().map(|n| {
            let status = |t: &'static Text| view! { <p role="status">{tr3(t)}</p> }.into_any();
            let alert = |t: &'static Text| view! { <p role="alert" class="error-text">{tr3(t)}</p> }.into_any();
            match n {
                Notice::Created => status(&CREATED),
                Notice::Saved => status(&SAVED),
                Notice::Uploading => status(&UPLOADING),
                Notice::Fix => alert(&FIX),
                Notice::BadPicture => alert(&BAD_PICTURE),
                Notice::Changed => view! {
                    <div role="alert" class="error-text">
                        <p>{tr3(&CHANGED)}</p>
                        {on_theirs.map(|cb| view! {
                            <button type="button" class="btn" on:click=move |_| cb.run(())>{tr3(&SHOW_THEIRS)}</button>
                        })}
                    </div>
                }.into_any(),
                Notice::Failed(e) => view! { <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p> }.into_any(),
            }
        })
    }
}

fn categories() -> Res<Vec<Category>> {
    let api = expect_context::<Api>();
    Res::new(move || async move { api.categories().await })
}

/// The errors of a refused save: the server's field errors, else what went wrong.
fn refused(e: ApiError, errors: RwSignal<FormErrors>, notice: RwSignal<Option<Notice>>) {
    let fields = e.problem().map(|p| p.errors.clone()).unwrap_or_default();
    if fields.is_empty() {
        notice.set(Some(Notice::Failed(e)));
    } else {
        errors.set(FormErrors::local(fields));
        notice.set(Some(Notice::Fix));
    }
}

#[component]
fn Header(title: &'static Text) -> impl IntoView {
    view! {
        <h1>{tr3(title)}</h1>
        <PortalNav />
        <p><a href="/exhibitor/products">"← " {tr3(&PRODUCTS)}</a></p>
    }
}

#[component]
pub fn StaffProductNew() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let form = ProductForm::new();
    let errors = RwSignal::new(FormErrors::default());
    let notice = RwSignal::new(None::<Notice>);
    let create = Action::new_local(move |d: &ProductDraft| {
        let d = d.clone();
        async move { api.create_product(&d).await }
    });
    let busy = create.pending();
    // Leaves for the new product's page from an effect, as the router expects (not from
    // inside the request's task, which the page being replaced still owns).
    crate::state::watch::watch(move || match create.value().get() {
        Some(Ok(p)) => navigate(
            &format!(
                "/exhibitor/products/{}?created=1",
                p.value.product.summary.id
            ),
            Default::default(),
        ),
        Some(Err(e)) => refused(e, errors, notice),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match form.read() {
            Ok(d) => {
                errors.set(FormErrors::default());
                create.dispatch(d);
            }
            Err(fields) => {
                errors.set(FormErrors::local(fields));
                notice.set(Some(Notice::Fix));
            }
        }
    };
    let cats = categories();
    view! {
        <Header title=&NEW />
        <Loaded resource=cats page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |list: Vec<Category>| view! {
                <form class="panel product-form" on:submit=submit novalidate>
                    <ProductFields form errors categories=list />
                    <NoticeLine notice />
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                        {move || pick(if busy.get() { &lazy::SUBMITTING } else { &CREATE }, i18n.lang.get())}
                    </button>
                </form>
            }}
        />
    }
}

#[component]
pub fn StaffProductEdit() -> impl IntoView {
    let loaded = resource_by_id(|api, id| async move {
        let product = api.staff_product(id).await?;
        Ok((product, api.categories().await?))
    });
    view! {
        <Header title=&EDIT />
        <Loaded resource=loaded page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |(p, cats): (Tagged<StaffProduct>, Vec<Category>)| view! { <Editor product=p categories=cats /> }}
        />
    }
}

#[component]
fn Editor(product: Tagged<StaffProduct>, categories: Vec<Category>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let form = ProductForm::new();
    form.fill(&product.value);
    let created = use_query_map().with_untracked(|q| q.get("created").is_some());
    let notice = RwSignal::new(created.then_some(Notice::Created));
    let errors = RwSignal::new(FormErrors::default());
    let busy = RwSignal::new(false);
    let id = product.value.product.summary.id;
    let image = RwSignal::new(product.value.product.summary.image_url.clone());
    // The version a save is checked against: as loaded, or a colleague's newer one.
    let base = RwSignal::new(product);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = match form.read() {
            Ok(d) => d,
            Err(fields) => {
                errors.set(FormErrors::local(fields));
                notice.set(Some(Notice::Fix));
                return;
            }
        };
        errors.set(FormErrors::default());
        busy.set(true);
        spawn_local(async move {
            match api
                .update_product(&base.get_untracked(), &as_update(draft))
                .await
            {
                Ok(fresh) => {
                    base.set(fresh);
                    notice.set(Some(Notice::Saved));
                }
                Err(e) if e.status() == Some(412) => match api.staff_product(id).await {
                    Ok(fresh) => {
                        base.set(fresh);
                        notice.set(Some(Notice::Changed));
                    }
                    Err(e) => notice.set(Some(Notice::Failed(e))),
                },
                Err(e) => refused(e, errors, notice),
            }
            busy.set(false);
        });
    };
    let theirs = Callback::new(move |()| {
        form.fill(&base.get_untracked().value);
        errors.set(FormErrors::default());
        notice.set(None);
    });
    let upload = move |_| {
        let Some(chosen) = crate::browser::photos::chosen("product-image")
            .into_iter()
            .next()
        else {
            return;
        };
        let file = match chosen {
            Ok(f) if size_of(&f) <= PRODUCT_IMAGE_MAX_BYTES as f64 => f,
            _ => return notice.set(Some(Notice::BadPicture)),
        };
        notice.set(Some(Notice::Uploading));
        spawn_local(async move {
            let kind = crate::browser::photos::kind(&file);
            match api.upload_product_image(id, &file, &kind).await {
                Ok(fresh) => {
                    image.set(fresh.value.product.summary.image_url.clone());
                    base.set(fresh);
                    notice.set(Some(Notice::Saved));
                }
                Err(e) if e.status() == Some(422) => notice.set(Some(Notice::BadPicture)),
                Err(e) => notice.set(Some(Notice::Failed(e))),
            }
        });
    };
    view! {
        <div class="panel product-picture">
            <img src=move || crate::api::media(&image.get()) alt="" width="120" height="120" />
            <div class="field">
                <label for="product-image">{tr3(&PICTURE)}</label>
                <input id="product-image" type="file" accept=crate::browser::photos::ACCEPT on:change=upload />
            </div>
        </div>
        <form class="panel product-form" on:submit=submit novalidate>
            <ProductFields form errors categories />
            <NoticeLine notice on_theirs=theirs />
            <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                {move || pick(if busy.get() { &lazy::SUBMITTING } else { &SAVE }, i18n.lang.get())}
            </button>
        </form>
        // The trade configuration is edited on its own page (a long form of its own).
        <p><a class="btn" href=move || format!("/exhibitor/products/{}/configuration", base.with(|p| p.value.product.summary.id))>
            {tr3(&crate::i18n::product_config::product_config::TITLE)} " →"
        </a></p>
    }
}

fn size_of(file: &wasm_bindgen::JsValue) -> f64 {
    js_sys::Reflect::get(file, &"size".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::MAX)
}
