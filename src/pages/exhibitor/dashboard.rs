//! Portal home: the booth's figures for a period (today, the expo days, or chosen days; kept in
//! the URL as `?from=…&to=…`), computed by the backend, drawn as small SVG charts each with its
//! numbers as a table.

use chrono::Datelike;
use expocx_contract::{Dashboard, DashboardQuery, Day};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::Api;
use crate::components::cards::Price;
use crate::components::charts::{percent, Bar, BarChart};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::PortalNav;
use crate::format;
use crate::i18n::portal::dashboard::*;
use crate::i18n::portal::portal::PORTAL_TITLE;
use crate::i18n::{fill, lazy, pick, tr3, tr3_attr, use_i18n, Text};

fn href(q: &DashboardQuery) -> String {
    match q.to_query_string() {
        qs if qs.is_empty() => "/exhibitor".into(),
        qs => format!("/exhibitor?{qs}"),
    }
}

#[component]
pub fn Dashboard() -> impl IntoView {
    // Booth staff see no revenue figures: their portal opens on the pickup desk.
    let to_desk = use_navigate();
    Effect::new(move |_| {
        if !crate::components::portal::may(expocx_contract::Capability::Figures) {
            to_desk(
                "/exhibitor/pickup",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    let api = expect_context::<Api>();
    let query = use_query_map();
    let wanted = Memo::new(move |_| {
        query.with(|q| DashboardQuery {
            from: q.get("from").as_deref().and_then(Day::parse),
            to: q.get("to").as_deref().and_then(Day::parse),
        })
    });
    let figures = Res::new(move || {
        let q = wanted.get();
        async move { api.dashboard(&q).await }
    });
    let expo = Res::new(move || async move { api.expo().await });
    let expo_days = move || {
        expo.get().and_then(Result::ok).map(|e| DashboardQuery {
            from: Some(e.starts_on),
            to: Some(e.ends_on),
        })
    };
    let (from, to) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let navigate = use_navigate();
    let on_custom = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = DashboardQuery {
            from: Day::parse(&from.get_untracked()),
            to: Day::parse(&to.get_untracked()),
        };
        navigate(&href(&q), NavigateOptions::default());
    };
    let current =
        move |q: Option<DashboardQuery>| (q.as_ref() == Some(&wanted.get())).then_some("page");
    view! {
        <h1>{tr3(&PORTAL_TITLE)}</h1>
        <PortalNav />
        <Booth />
        <section class="panel" aria-labelledby="period-h">
            <h2 id="period-h">{tr3(&PERIOD)}</h2>
            <nav class="tabs" aria-label=tr3_attr(&PERIOD)>
                // Plain links (the router still handles them): `<A>` marks every link to
                // `/exhibitor` current, whatever its query.
                <a href="/exhibitor" aria-current=move || current(Some(DashboardQuery::default()))>{tr3(&TODAY)}</a>
                {move || expo_days().map(|q| view! {
                    <a href=href(&q) aria-current=move || current(Some(q.clone()))>{tr3(&EXPO_DAYS)}</a>
                })}
            </nav>
            <form class="filters" on:submit=on_custom>
                <label class="field"><span>{tr3(&FROM)}</span><input type="date" required bind:value=from /></label>
                <label class="field"><span>{tr3(&TO)}</span><input type="date" required bind:value=to /></label>
                <button type="submit" class="btn">{tr3(&SHOW)}</button>
            </form>
        </section>
        <Loaded resource=figures page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |d: Dashboard| view! { <Figures d=d /> }}
        />
    }
}

/// The staff member's booth and a way to see it as visitors do.
#[component]
fn Booth() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = crate::state::use_session();
    let i18n = use_i18n();
    let exhibitor = Res::new(move || {
        let id = session.exhibitor_id();
        async move {
            match id {
                Some(id) => api.exhibitor(id).await,
                None => Err(crate::api::ApiError::not_found()),
            }
        }
    });
    view! {
        <Loaded resource=exhibitor fallback=|| view! { <BlockSkeleton /> }
            ok={move |e: expocx_contract::Exhibitor| {
                let name = e.summary.name.clone();
                let booth = e.summary.booth.clone();
                let count = e.product_count.to_string();
                view! {
                    <section class="panel" aria-labelledby="booth-h">
                        <h2 id="booth-h">{tr3(&YOUR_BOOTH)}</h2>
                        <p class="greeting">{move || name.get(i18n.lang.get()).to_string()}</p>
                        <p class="booth">{move || fill(i18n.t().product_booth, &[("booth", &booth)])}
                            " · " {move || fill(pick(&PRODUCT_COUNT, i18n.lang.get()), &[("n", &count)])}</p>
                        <a href=format!("/exhibitors/{}", e.summary.id) class="btn">{tr3(&VIEW_STOREFRONT)}</a>
                    </section>
                }
            }}
        />
    }
}

#[component]
fn Figures(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |text: &'static Text| pick(text, i18n.lang.get());
    let (next_hour, overdue) = (
        d.pickups_next_hour.to_string(),
        d.overdue_tickets.to_string(),
    );
    let overdue_any = d.overdue_tickets > 0;
    let days: Vec<Bar> = d
        .daily
        .iter()
        .map(|day| Bar {
            label: format!("{}/{}", day.day.month(), day.day.day()),
            value: day.revenue.amount_minor,
        })
        .collect();
    let f = d.funnel.clone();
    let steps: Vec<(&'static Text, u32, Option<u32>)> = vec![
        (&VIEWS, f.views, None),
        (&CARTS, f.added_to_cart, percent(f.added_to_cart, f.views)),
        (&ORDERS, f.orders, percent(f.orders, f.added_to_cart)),
        (&REPEAT, f.repeat_orders, percent(f.repeat_orders, f.orders)),
    ];
    view! {
        <ul class="tiles">
            <li><span>{tr3(&REVENUE)}</span><strong><Price money=d.revenue.clone() /></strong></li>
            <li><a href="/exhibitor/orders"><span>{tr3(&ORDERS)}</span><strong>{d.orders}</strong></a></li>
            <li><span>{tr3(&AVERAGE)}</span><strong><Price money=d.average_order.clone() /></strong></li>
            <li><a href="/exhibitor/pickup">
                <span>{move || fill(t(&PICKUPS), &[("n", &next_hour)])}</span><strong>{d.pickups_today}</strong>
            </a></li>
            <li class:alert={overdue_any}>
                <span>{move || fill(t(&TICKETS), &[("n", &overdue)])}</span><strong>{d.open_tickets}</strong>
            </li>
            <li><span>{tr3(&RETURNS)}</span><strong>{d.open_returns}</strong></li>
        </ul>
        <section class="panel" aria-labelledby="per-day-h">
            <h2 id="per-day-h">{tr3(&PER_DAY)}</h2>
            <BarChart name=Signal::derive(move || t(&PER_DAY).to_string()) bars=days />
            <table class="figures">
                <thead><tr><th scope="col">{tr3(&DAY)}</th><th scope="col">{tr3(&ORDERS)}</th><th scope="col">{tr3(&REVENUE)}</th></tr></thead>
                <tbody>
                    {d.daily.into_iter().map(|day| view! {
                        <tr>
                            <th scope="row">{move || format::date(day.day, i18n.lang.get())}</th>
                            <td>{day.orders}</td>
                            <td><Price money=day.revenue.clone() /></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section class="panel" aria-labelledby="funnel-h">
            <h2 id="funnel-h">{tr3(&FUNNEL)}</h2>
            <super::dashboard_quotes::FunnelFigures name=&FUNNEL steps />
            <p class="muted">{tr3(&FUNNEL_NOTE)}</p>
        </section>
        <super::dashboard_quotes::QuoteFunnel q=d.quotes.clone() />
        <section class="panel" aria-labelledby="status-h">
            <h2 id="status-h">{tr3(&BY_STATUS)}</h2>
            <ul class="link-list">
                {d.by_status.into_iter().map(|c| view! {
                    <li><span class="badge">{tr3(lazy::order_status(c.status))}</span> " " {c.count}</li>
                }).collect_view()}
            </ul>
        </section>
        <section class="panel" aria-labelledby="top-h">
            <h2 id="top-h">{tr3(&TOP)}</h2>
            {if d.top_products.is_empty() {
                view! { <p class="empty">{tr3(&NO_SALES)}</p> }.into_any()
            } else {
                view! {
                    <ol class="order-lines">
                        {d.top_products.into_iter().map(|p| {
                            let name = p.name.clone();
                            view! {
                                <li>
                                    <a href=format!("/products/{}", p.product_id)>{move || name.get(i18n.lang.get()).to_string()}</a>
                                    <span>" × " {p.quantity}</span>
                                    <Price money=p.revenue.clone() />
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_in_the_url_is_read_strictly() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().ok().map(Day::from);
        for (text, want) in [
            ("2026-12-03", d("2026-12-03")),
            ("2026-02-30", None),
            ("2026-12", None),
            ("soon", None),
            ("", None),
        ] {
            assert_eq!(Day::parse(text), want, "{text}");
        }
        let q = DashboardQuery {
            from: d("2026-12-03"),
            to: d("2026-12-06"),
        };
        assert_eq!(href(&q), "/exhibitor?from=2026-12-03&to=2026-12-06");
        assert_eq!(href(&DashboardQuery::default()), "/exhibitor");
    }
}
