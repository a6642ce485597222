//! An exhibitor's team (issue 33): every `/exhibitor` operation called as the owner, a manager
//! and booth staff of one exhibitor, another exhibitor's owner, a visitor and anonymously. Each
//! answers as the permission table says: `403 forbidden` exactly when the role lacks the
//! operation's capability, whatever the body; `401` anonymously.

use crate::common::{start, Api};
use expocx_contract::{Capability, StaffRole, User};
use expocx_server::openapi::{BASE, STAFF_CAPABILITIES};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn call(api: &Api, method: &str, path: &str) -> StatusCode {
    let path = path.replace("{id}", "1").replace("{user_id}", "999999");
    let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
    let mut request = api.request(method.clone(), &format!("{BASE}{path}"));
    if method != Method::GET {
        request = request.json(&json!({}));
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn every_staff_operation_answers_each_role_as_the_permission_table_says() {
    let s = start().await;
    let mut team = Vec::new();
    for (who, role) in [
        ("tea", StaffRole::Owner),
        ("tea-manager", StaffRole::Manager),
        ("tea-booth", StaffRole::Booth),
    ] {
        let (api, _) = s.staff(who).await;
        let me: User = api.ok("/api/v1/auth/me").await;
        assert_eq!(me.staff_role, Some(role), "{who}");
        assert_eq!(
            me.capabilities,
            role.capabilities(),
            "{who} is told what it may do"
        );
        team.push((api, role));
    }
    let (other, _) = s.staff("ceramics").await;
    let visitor = s.visitor("roles@example.test").await;
    for (method, path, needs) in STAFF_CAPABILITIES {
        for (api, role) in &team {
            let status = call(api, method, path).await;
            if role.may(*needs) {
                assert_ne!(status, StatusCode::FORBIDDEN, "{role:?} {method} {path}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{role:?} {method} {path}");
            }
        }
        // Another exhibitor's owner is staff: allowed in, but sees nothing of tea's (the
        // second-account tests check the 404s).
        assert_ne!(
            call(&other, method, path).await,
            StatusCode::FORBIDDEN,
            "ceramics {method} {path}"
        );
        assert_eq!(
            call(&visitor, method, path).await,
            StatusCode::FORBIDDEN,
            "visitor {method} {path}"
        );
        assert_eq!(
            call(&s.anon(), method, path).await,
            StatusCode::UNAUTHORIZED,
            "anonymous {method} {path}"
        );
    }
    assert!(STAFF_CAPABILITIES
        .iter()
        .any(|(.., c)| *c == Capability::Export));
}

#[tokio::test]
async fn booth_staff_see_only_the_tickets_assigned_to_them() {
    let s = start().await;
    let (owner, exhibitor) = s.staff("tea").await;
    let (booth, _) = s.staff("tea-booth").await;
    let member = s.visitor("ticket-roles@example.test").await;
    let item = s.item_of(exhibitor);
    let order = member.place(item, 1).await;
    member.pay(order.id).await;
    let t: serde_json::Value = member
        .post("/api/v1/me/tickets", &json!({"order_id": order.id, "category": "other", "subject": "Box", "text": "Gift box?", "photo_ids": []}))
        .await
        .json()
        .await
        .unwrap();
    let id = t["id"].as_i64().unwrap();
    let path = format!("/api/v1/exhibitor/tickets/{id}");
    // Not theirs yet: not in their queue, and not found.
    let queue: serde_json::Value = booth.ok("/api/v1/exhibitor/tickets").await;
    assert_eq!(queue["total"], 0);
    assert_eq!(booth.get(&path).await.status(), StatusCode::NOT_FOUND);
    // The owner assigns it to them: now they see and answer it.
    let staff: Vec<serde_json::Value> = owner.ok("/api/v1/exhibitor/staff").await;
    let booth_id = staff
        .iter()
        .find(|m| m["name"].as_str().unwrap().contains("赵强"))
        .unwrap()["id"]
        .clone();
    let r = owner
        .put(
            &format!("{path}/assignee"),
            &json!({"assignee_id": booth_id}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let queue: serde_json::Value = booth.ok("/api/v1/exhibitor/tickets").await;
    assert_eq!(queue["total"], 1);
    assert_eq!(booth.get(&path).await.status(), StatusCode::OK);
    let r = booth
        .post(
            &format!("{path}/messages"),
            &json!({"text": "Yes, a gift box is included.", "photo_ids": []}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn booth_staff_hand_over_at_the_desk_but_take_no_other_step() {
    let s = start().await;
    let (booth, exhibitor) = s.staff("tea-booth").await;
    let member = s.visitor("desk-roles@example.test").await;
    let order = member.place(s.item_of(exhibitor), 1).await;
    member.pay(order.id).await;
    let seen: expocx_contract::Order = member.ok(&format!("/api/v1/orders/{}", order.id)).await;
    let code = seen.parts[0].pickup_code.clone().unwrap();
    let r = booth
        .post("/api/v1/exhibitor/pickups", &json!({ "code": code }))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let step = |body: serde_json::Value| {
        booth
            .request(
                Method::POST,
                &format!("/api/v1/exhibitor/orders/{}/status", order.id),
            )
            .header("If-Match", tag.clone())
            .json(&body)
            .send()
    };
    // Confirming or cancelling is the orders' capability, which booth staff lack.
    for status in ["confirmed", "cancelled"] {
        let r = step(json!({ "status": status, "pickup_code": code }))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{status}");
    }
    // The handover needs the code the visitor showed: none is refused, another order's too.
    let r = step(json!({ "status": "completed" })).await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let other = member.place(s.item_of(exhibitor), 1).await;
    member.pay(other.id).await;
    let theirs: expocx_contract::Order = member.ok(&format!("/api/v1/orders/{}", other.id)).await;
    let other_code = theirs.parts[0].pickup_code.clone().unwrap();
    let r = step(json!({ "status": "completed", "pickup_code": other_code }))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Another booth's code too: 404, as for anything that is not this booth's.
    let elsewhere = member
        .place(s.item_of(if exhibitor == 1 { 2 } else { 1 }), 1)
        .await;
    member.pay(elsewhere.id).await;
    let theirs: expocx_contract::Order =
        member.ok(&format!("/api/v1/orders/{}", elsewhere.id)).await;
    let their_code = theirs.parts[0].pickup_code.clone().unwrap();
    let r = step(json!({ "status": "completed", "pickup_code": their_code }))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "another booth's code");
    let r = step(json!({ "status": "completed", "pickup_code": code }))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let seen: expocx_contract::Order = member.ok(&format!("/api/v1/orders/{}", order.id)).await;
    assert_eq!(seen.status, expocx_contract::OrderStatus::Completed);
}
