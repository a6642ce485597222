//! Booth pickup slots over real HTTP and SQLite: on the expo's days, apart, and never below
//! what orders hold.

use crate::common::{problem, send, slot, start};
use expocx_contract::{ErrorCode, FieldErrorCode, PickupSlot};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn slots_stay_on_the_expo_days_apart_and_never_below_what_orders_hold() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    // The demo's slots run 10:00–18:00; 18:00–19:00 on the last day is free.
    let r = tea
        .post("/api/v1/exhibitor/pickup-slots", &slot(6, 18, 19, 3))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let added: PickupSlot = r.json().await.unwrap();
    assert_eq!(added.remaining, 3);
    let public: Vec<PickupSlot> = s
        .anon()
        .ok(&format!("/api/v1/exhibitors/{tea_id}/pickup-slots"))
        .await;
    assert!(
        public.iter().any(|p| p.id == added.id),
        "visitors see it at once"
    );

    for (body, field, code) in [
        (slot(7, 10, 11, 3), "starts_at", FieldErrorCode::OutOfRange),
        (slot(6, 17, 19, 3), "starts_at", FieldErrorCode::Duplicate),
        (slot(5, 18, 23, 3), "ends_at", FieldErrorCode::OutOfRange),
        (slot(5, 18, 19, 0), "capacity", FieldErrorCode::OutOfRange),
    ] {
        let r = tea.post("/api/v1/exhibitor/pickup-slots", &body).await;
        let e = &problem(r).await.errors[0];
        assert_eq!((e.field.as_str(), e.code), (field, code), "{body}");
    }

    // An order holds a place: capacity cannot drop below it, nor can the slot go.
    let ada = s.visitor("ada@example.cn").await;
    let (item, _, _) = s.item_of(tea_id);
    ada.place((item, tea_id, added.id), 1).await;
    ada.place((item, tea_id, added.id), 1).await;
    let path = format!("/api/v1/exhibitor/pickup-slots/{}", added.id);
    let capacity = format!("{path}/capacity");
    let resize = |n: u32| {
        send(
            &tea,
            Method::PUT,
            &capacity,
            None,
            Some(json!({"capacity": n})),
        )
    };
    assert_eq!(resize(0).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let limit = problem(resize(1).await).await.errors[0].limit;
    assert_eq!(limit, Some(2), "the answer names the orders that hold it");
    let r = resize(2).await;
    let changed: PickupSlot = r.json().await.unwrap();
    assert_eq!((changed.capacity, changed.remaining), (2, 0));
    let r = send(&tea, Method::DELETE, &path, None, None).await;
    assert_eq!(problem(r).await.code, ErrorCode::WrongStatus);

    let r = tea
        .post("/api/v1/exhibitor/pickup-slots", &slot(5, 18, 19, 3))
        .await;
    let unused: PickupSlot = r.json().await.unwrap();
    let unused_path = format!("/api/v1/exhibitor/pickup-slots/{}", unused.id);
    let r = send(&tea, Method::DELETE, &unused_path, None, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
}
