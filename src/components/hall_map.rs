//! A hall's floor plan drawn from the backend's layout data: every booth is a link to its
//! exhibitor; one booth can be highlighted ("you are picking up here").

use expocx_contract::HallMap;
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::i18n::{fill, messages, use_i18n};

#[component]
pub fn HallMapView(hall_id: i64, #[prop(optional)] highlight: Option<i64>) -> impl IntoView {
    let api = expect_context::<Api>();
    let map = Res::new(move || async move { api.hall_map(hall_id).await });
    view! {
        <Loaded resource=map fallback=|| view! { <BlockSkeleton /> }
            ok={move |m: HallMap| view! { <HallSvg map=m highlight=highlight /> }}
        />
    }
}

#[component]
fn HallSvg(map: HallMap, highlight: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let name = map.name.clone();
    if highlight.is_none() {
        // The hall map shared: the hall and who exhibits in it.
        let (hall, who) = (name.clone(), map.booths.clone());
        crate::browser::card::describe(move |l| crate::browser::card::Card {
            title: fill(messages(l).map_title, &[("hall", hall.get(l))]),
            text: who
                .iter()
                .take(6)
                .map(|b| b.exhibitor_name.get(l))
                .collect::<Vec<_>>()
                .join(" · "),
            image: String::new(),
        });
    }
    let title = move || fill(i18n.t().map_title, &[("hall", name.get(i18n.lang.get()))]);
    view! {
        <figure class="hall-map">
            <svg viewBox=format!("0 0 {} {}", map.width, map.height) role="group"
                aria-label=title.clone()>
                <rect class="hall-floor" x="1" y="1" width=map.width - 2 height=map.height - 2 rx="2" />
                <text class="hall-entrance" x=map.width / 2 y=map.height - 3 text-anchor="middle">
                    {move || i18n.t().map_entrance}
                </text>
                {map.booths.into_iter().map(|b| {
                    let here = highlight == Some(b.exhibitor_id);
                    // An SVG group acting as a link (the view macro would make `<a>` an HTML
                    // element, which SVG does not draw): focusable, Enter opens it.
                    let href = format!("/exhibitors/{}", b.exhibitor_id);
                    let (nav, nav2, href2) = (navigate.clone(), navigate.clone(), href.clone());
                    let ex_name = b.exhibitor_name.clone();
                    let booth = b.booth.clone();
                    let label = move || fill(i18n.t().map_booth_label, &[
                        ("booth", &booth),
                        ("name", ex_name.get(i18n.lang.get())),
                    ]);
                    view! {
                        <g role="link" tabindex="0" aria-label=label data-href=href.clone()
                            aria-current=here.then_some("location")
                            class=if here { "booth booth-here" } else { "booth" }
                            on:click=move |_| nav(&href, Default::default())
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" { nav2(&href2, Default::default()) }
                            }>
                            <rect x=b.x y=b.y width=b.w height=b.h rx="1.5" />
                            <text x=b.x + b.w / 2 y=b.y + b.h / 2 + 1 text-anchor="middle" aria-hidden="true">
                                {b.booth.rsplit('-').next().unwrap_or_default().to_string()}
                            </text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
