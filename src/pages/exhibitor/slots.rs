//! The booth's pickup slots (`/exhibitor/slots`), by expo day in the venue's time: add one,
//! change how many orders it takes, remove one no order chose. Visitors see a change at
//! checkout at once.

use chrono::NaiveDate;
use expocx_contract::{Day, Expo, FieldErrorCode, PickupSlot, SlotDraft, Timestamp};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::PortalNav;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::portal::portal::SLOTS;
use crate::i18n::portal::slots::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// The offset of `GMT+08:00`, `GMT-03:30` or `GMT` in minutes.
pub fn gmt_offset(text: &str) -> Option<i64> {
    let rest = text.trim().strip_prefix("GMT")?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, hm) = match rest.as_bytes()[0] {
        b'+' => (1, &rest[1..]),
        b'-' | 0xE2 => (-1, rest.trim_start_matches(['-', '\u{2212}'])),
        _ => return None,
    };
    let (h, m) = hm.split_once(':').unwrap_or((hm, "0"));
    Some(sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?))
}

/// The venue's offset from UTC on `day` (noon), from the browser's time zone data.
fn venue_offset(day: NaiveDate, tz: &str) -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Array, Date, Intl, Object, Reflect};
        use wasm_bindgen::JsValue;
        let opts = Object::new();
        let _ = Reflect::set(&opts, &"timeZone".into(), &tz.into());
        let _ = Reflect::set(&opts, &"timeZoneName".into(), &"longOffset".into());
        let fmt = Intl::DateTimeFormat::new(&Array::of1(&"en-US".into()), &opts);
        let noon = day.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
        let d = Date::new(&JsValue::from_f64(noon.timestamp_millis() as f64));
        let text = fmt
            .format()
            .call1(&JsValue::NULL, &d)
            .ok()
            .and_then(|v| v.as_string());
        if let Some(m) = text.and_then(|t| t.rsplit(' ').next().and_then(gmt_offset)) {
            return m;
        }
    }
    let _ = (day, tz);
    0
}

/// A clock time typed as `HH:MM` (what a time input gives), in minutes after midnight.
fn minutes(time: &str) -> Option<i64> {
    let (h, m) = time.trim().split_once(':')?;
    let (h, m) = (h.parse::<i64>().ok()?, m.get(..2)?.parse::<i64>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A venue-time day and clock time as an instant.
fn at(day: Day, time: &str, tz: &str) -> Option<Timestamp> {
    let midnight = day.and_hms_opt(0, 0, 0)?.and_utc();
    let offset = venue_offset(*day, tz);
    Some((midnight + chrono::Duration::minutes(minutes(time)? - offset)).into())
}

/// What a refusal of the slot form means, in words.
fn why(e: &ApiError) -> Option<&'static Text> {
    let f = e.problem()?.errors.first()?;
    Some(match (f.field.as_str(), f.code) {
        ("starts_at", FieldErrorCode::Duplicate) => &OVERLAP,
        ("starts_at", _) => &OFF_DAYS,
        ("ends_at", _) => &LENGTH,
        _ => &CAPACITY_RANGE,
    })
}

#[derive(Clone)]
enum Notice {
    Done(&'static Text),
    Refused(&'static Text),
    Held(i64),
    Failed(ApiError),
}

#[component]
fn NoticeLine(notice: RwSignal<Option<Notice>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notice.get().map(|n| match n {
            Notice::Done(t) => view! { <p role="status">{tr3(t)}</p> }.into_any(),
            Notice::Refused(t) => view! { <p role="alert" class="error-text">{tr3(t)}</p> }.into_any(),
            Notice::Held(n) => view! { <p role="alert" class="error-text">
                {move || fill(pick(&HELD, i18n.lang.get()), &[("n", &n.to_string())])}</p> }.into_any(),
            Notice::Failed(e) => view! { <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p> }.into_any(),
        })
    }
}

fn refusal(e: ApiError) -> Notice {
    match why(&e) {
        Some(t) if e.status() == Some(422) => Notice::Refused(t),
        _ => Notice::Failed(e),
    }
}

#[component]
pub fn StaffSlots() -> impl IntoView {
    let api = expect_context::<Api>();
    let loaded = Res::new(move || async move {
        let slots = api.staff_slots().await?;
        Ok::<_, ApiError>((api.expo().await?, slots))
    });
    view! {
        <h1>{tr3(&SLOTS)}</h1>
        <PortalNav />
        <Loaded resource=loaded page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |(expo, slots): (Expo, Vec<PickupSlot>)| view! { <Slots expo slots /> }}
        />
    }
}

#[component]
fn Slots(expo: Expo, slots: Vec<PickupSlot>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let tz = StoredValue::new(expo.time_zone.clone());
    let slots = RwSignal::new(slots);
    let days: Vec<Day> = expo
        .starts_on
        .iter_days()
        .take_while(|d| *d <= *expo.ends_on)
        .map(Day::from)
        .collect();
    let chosen = StoredValue::new(days.clone());
    let (day, from, to, capacity) = (
        RwSignal::new("0".to_string()),
        RwSignal::new("10:00".to_string()),
        RwSignal::new("11:00".to_string()),
        RwSignal::new("10".to_string()),
    );
    let notice = RwSignal::new(None::<Notice>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let tz = tz.get_value();
        let d = day
            .get_untracked()
            .parse::<usize>()
            .ok()
            .and_then(|i| chosen.with_value(|days| days.get(i).copied()));
        let draft = d.and_then(|d| {
            Some(SlotDraft {
                starts_at: at(d, &from.get_untracked(), &tz)?,
                ends_at: at(d, &to.get_untracked(), &tz)?,
                capacity: capacity.get_untracked().trim().parse().ok()?,
            })
        });
        let Some(draft) = draft.filter(|d| d.validate().is_empty()) else {
            return notice.set(Some(Notice::Refused(&LENGTH_OR_CAPACITY)));
        };
        spawn_local(async move {
            match api.create_slot(&draft).await {
                Ok(s) => {
                    slots.update(|v| {
                        v.push(s);
                        v.sort_by_key(|s| s.starts_at);
                    });
                    notice.set(Some(Notice::Done(&ADDED)));
                }
                Err(e) => notice.set(Some(refusal(e))),
            }
        });
    };
    view! {
        <form class="panel filters" on:submit=add novalidate>
            <h2>{tr3(&ADD)}</h2>
            <div class="field">
                <label for="slot-day">{tr3(&DAY)}</label>
                <select id="slot-day" prop:value=move || day.get() on:change=move |ev| day.set(event_target_value(&ev))>
                    {days.into_iter().enumerate().map(|(i, d)| view! {
                        <option value=i.to_string()>{move || format::date(d, i18n.lang.get())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="slot-from">{tr3(&FROM)}</label>
                <input id="slot-from" type="time" step="300" bind:value=from />
            </div>
            <div class="field">
                <label for="slot-to">{tr3(&TO)}</label>
                <input id="slot-to" type="time" step="300" bind:value=to />
            </div>
            <div class="field">
                <label for="slot-capacity">{tr3(&CAPACITY)}</label>
                <input id="slot-capacity" type="number" min="1" max="500" inputmode="numeric" bind:value=capacity />
            </div>
            <button type="submit" class="btn btn-primary">{tr3(&ADD)}</button>
            <NoticeLine notice />
        </form>
        <Show when=move || slots.with(|s| !s.is_empty())
            fallback=|| view! { <p class="empty">{tr3(&NONE_YET)}</p> }>
            <ul class="order-list panel">
                <For each=move || slots.get() key=|s| (s.id, s.capacity, s.remaining) let(s)>
                    <SlotRow item=s tz=tz.get_value() slots />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn SlotRow(item: PickupSlot, tz: String, slots: RwSignal<Vec<PickupSlot>>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let id = item.id;
    let capacity = RwSignal::new(item.capacity.to_string());
    let notice = RwSignal::new(None::<Notice>);
    let (starts, ends) = (item.starts_at, item.ends_at);
    let label = move || {
        let (day, hours) = format::slot_parts(starts, ends, i18n.lang.get(), &tz);
        format!("{day} {hours}")
    };
    let input_id = format!("slot-{id}-capacity");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(n) = capacity
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=500).contains(n))
        else {
            return notice.set(Some(Notice::Refused(&CAPACITY_RANGE)));
        };
        spawn_local(async move {
            match api.set_slot_capacity(id, n).await {
                Ok(s) => slots.update(|v| {
                    v.iter_mut()
                        .filter(|x| x.id == id)
                        .for_each(|x| *x = s.clone())
                }),
                Err(e) => {
                    let held = e
                        .problem()
                        .and_then(|p| p.errors.first().and_then(|f| f.limit));
                    notice.set(Some(match held {
                        Some(n) if n <= 500 && e.status() == Some(422) => Notice::Held(n),
                        _ => refusal(e),
                    }));
                }
            }
        });
    };
    let remove = move |_| {
        spawn_local(async move {
            match api.delete_slot(id).await {
                Ok(()) => slots.update(|v| v.retain(|s| s.id != id)),
                Err(e) if e.status() == Some(409) => notice.set(Some(Notice::Refused(&IN_USE))),
                Err(e) => notice.set(Some(Notice::Failed(e))),
            }
        });
    };
    let free = move || {
        fill(
            pick(&FREE, i18n.lang.get()),
            &[
                ("n", &item.remaining.to_string()),
                ("c", &item.capacity.to_string()),
            ],
        )
    };
    view! {
        <li class="product-row">
            <strong>{label}</strong>
            <span class="muted">{free}</span>
            <form class="filters" on:submit=save novalidate>
                <div class="field">
                    <label for=input_id.clone()>{tr3(&CAPACITY)}</label>
                    <input id=input_id type="number" min="1" max="500" inputmode="numeric" bind:value=capacity />
                </div>
                <button type="submit" class="btn">{tr3(&SAVE)}</button>
                <button type="button" class="btn" on:click=remove>{tr3(&DELETE)}</button>
            </form>
            <NoticeLine notice />
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_read_as_the_browser_writes_them() {
        for (text, want) in [
            ("GMT+08:00", Some(480)),
            ("GMT-03:30", Some(-210)),
            ("GMT\u{2212}05:00", Some(-300)),
            ("GMT", Some(0)),
            ("GMT+5", Some(300)),
            ("UTC+8", None),
            ("", None),
        ] {
            assert_eq!(gmt_offset(text), want, "{text:?}");
        }
        let day = Day::parse("2026-12-06").unwrap();
        assert_eq!(
            at(day, "18:00", "UTC").unwrap().to_rfc3339(),
            "2026-12-06T18:00:00+00:00"
        );
        assert_eq!(at(day, "7pm", "UTC"), None);
        assert_eq!(at(day, "24:00", "UTC"), None);
        assert_eq!(minutes("09:05"), Some(545));
    }
}
