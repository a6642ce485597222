//! An exhibitor's team (issue 33): invites by QR code and by email, accepting one, expiry, reuse
//! and revocation, role changes and the last-owner rule, removal (sessions end, tickets go back
//! to the queue), and the audit trail.

use crate::common::{answer, problem, start, Api, TestServer};
use expocx_contract::{
    AuditAction, AuditEvent, CreatedInvite, ErrorCode, InvitePreview, InviteState, Page, StaffRole,
    Team, User,
};
use reqwest::{Method, StatusCode};
use serde_json::json;

pub(crate) async fn invite(api: &Api, role: &str, email: Option<&str>) -> CreatedInvite {
    let r = api
        .post(
            "/api/v1/exhibitor/team/invites",
            &json!({"role": role, "email": email}),
        )
        .await;
    answer(r, StatusCode::CREATED).await
}

/// The token of a QR invite's link (`/join/<token>`).
pub(crate) fn token(created: &CreatedInvite) -> String {
    let link = created
        .link
        .as_deref()
        .expect("a QR invite answers its link");
    link.strip_prefix("/join/")
        .expect("a join link")
        .to_string()
}

pub(crate) async fn accept(api: &Api, token: &str) -> reqwest::Response {
    api.post(&format!("/api/v1/invites/{token}/accept"), &json!({}))
        .await
}

pub(crate) async fn audit(api: &Api) -> Vec<AuditEvent> {
    let page: Page<AuditEvent> = api.ok("/api/v1/exhibitor/audit?limit=100").await;
    page.items
}

async fn code_of(r: reqwest::Response, status: StatusCode) -> ErrorCode {
    assert_eq!(r.status(), status, "{}", r.url());
    problem(r).await.code
}

async fn member_id(s: &TestServer, email: &str) -> i64 {
    s.db()
        .query_row("SELECT id FROM users WHERE email = ?", [email], |r| {
            r.get(0)
        })
        .unwrap()
}

#[tokio::test]
async fn a_colleague_joins_by_qr_code_once_and_works_in_their_role() {
    let s = start().await;
    let (owner, exhibitor) = s.staff("tea").await;
    let created = invite(&owner, "booth", None).await;
    assert_eq!(created.invite.state, InviteState::Pending);
    let token = token(&created);
    // Anyone holding the link sees which team and role, before signing in.
    let preview: InvitePreview = s.anon().ok(&format!("/api/v1/invites/{token}")).await;
    assert_eq!(preview.exhibitor_id, exhibitor);
    assert_eq!(preview.role, StaffRole::Booth);
    // Accepting needs an account.
    let r = accept(&s.anon(), &token).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let colleague = s.visitor("new-booth@example.test").await;
    let user: User = answer(accept(&colleague, &token).await, StatusCode::OK).await;
    assert_eq!(user.exhibitor_id, Some(exhibitor));
    assert_eq!(user.staff_role, Some(StaffRole::Booth));
    // The same session now works the pickup desk, and sees no figures.
    let me: User = colleague.ok("/api/v1/auth/me").await;
    assert_eq!(me.capabilities, StaffRole::Booth.capabilities());
    let r = colleague.get("/api/v1/exhibitor/dashboard").await;
    assert_eq!(
        code_of(r, StatusCode::FORBIDDEN).await,
        ErrorCode::Forbidden
    );
    let r = colleague
        .post(
            "/api/v1/exhibitor/pickups",
            &json!({"code": "NO-SUCH-CODE"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // One use: a second person gets `invite_gone`, and the link says it was used.
    let other = s.visitor("late@example.test").await;
    let r = accept(&other, &token).await;
    assert_eq!(
        code_of(r, StatusCode::CONFLICT).await,
        ErrorCode::InviteGone
    );
    let preview: InvitePreview = s.anon().ok(&format!("/api/v1/invites/{token}")).await;
    assert_eq!(preview.state, InviteState::Accepted);
    let other_me: User = other.ok("/api/v1/auth/me").await;
    assert_eq!(
        other_me.exhibitor_id, None,
        "a visitor never becomes staff without accepting"
    );
    // The team lists the new member; the audit trail says who joined, in which role.
    let team: Team = owner.ok("/api/v1/exhibitor/team").await;
    assert!(team
        .members
        .iter()
        .any(|m| m.email == "new-booth@example.test" && m.role == StaffRole::Booth));
    assert!(team.invites.iter().all(|i| i.id != created.invite.id));
    let events = audit(&owner).await;
    let joined = events
        .iter()
        .find(|e| e.action == AuditAction::MemberJoined)
        .unwrap();
    assert_eq!(joined.role, Some(StaffRole::Booth));
    assert_eq!(joined.target.as_deref(), Some("Shopper"));
    // An unknown token is not found; an absurd one too.
    let r = s.anon().get("/api/v1/invites/not-a-token").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_invite_by_email_is_mailed_and_never_shown_and_a_bad_address_stores_nothing() {
    let s = start().await;
    let (owner, _) = s.staff("tea").await;
    let created = invite(&owner, "manager", Some("li.na@example.test")).await;
    assert_eq!(created.link, None, "the link goes only to the address");
    assert_eq!(created.invite.email.as_deref(), Some("li.na@example.test"));
    let (address, link, text): (String, String, String) = s
        .db()
        .query_row(
            "SELECT address, link, text_json FROM mail_outbox ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(address, "li.na@example.test");
    assert!(link.contains("/join/"), "{link}");
    assert!(text.contains(&link), "the message carries the link: {text}");
    // The link in the mail works.
    let token = link.rsplit('/').next().unwrap();
    let preview: InvitePreview = s.anon().ok(&format!("/api/v1/invites/{token}")).await;
    assert_eq!(preview.role, StaffRole::Manager);
    let stored: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM team_invites WHERE token_hash = ?",
            [token],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 0, "only the token's hash is stored");
    // Once accepted, the token leaves the outbox too.
    let colleague = s.visitor("li.na@example.test").await;
    let r = accept(&colleague, token).await;
    assert_eq!(r.status(), StatusCode::OK);
    let (link, text): (Option<String>, String) = s
        .db()
        .query_row(
            "SELECT link, text_json FROM mail_outbox ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(link, None);
    assert!(!text.contains(token), "{text}");
    let before: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM team_invites", [], |r| r.get(0))
        .unwrap();
    let r = owner
        .post(
            "/api/v1/exhibitor/team/invites",
            &json!({"role": "booth", "email": "not an address"}),
        )
        .await;
    let p = problem(r).await;
    assert_eq!(p.code, ErrorCode::ValidationFailed);
    assert_eq!(p.errors[0].field, "email");
    let after: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM team_invites", [], |r| r.get(0))
        .unwrap();
    assert_eq!(before, after);
}

#[tokio::test]
async fn a_revoked_or_expired_invite_cannot_be_used_and_another_team_cannot_touch_it() {
    let s = start().await;
    let (owner, _) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let revoked = invite(&owner, "booth", None).await;
    let path = format!("/api/v1/exhibitor/team/invites/{}", revoked.invite.id);
    // Another exhibitor's owner: not found, and the invite still works afterwards.
    let r = ceramics
        .request(Method::DELETE, &path)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = owner.request(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = owner.request(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND, "revoked once");
    let visitor = s.visitor("revoked@example.test").await;
    let r = accept(&visitor, &token(&revoked)).await;
    assert_eq!(
        code_of(r, StatusCode::CONFLICT).await,
        ErrorCode::InviteGone
    );
    // Seven days later it has expired.
    let expired = invite(&owner, "booth", None).await;
    s.db()
        .execute(
            "UPDATE team_invites SET expires_at = datetime('now', '-1 minute') WHERE id = ?",
            [expired.invite.id],
        )
        .unwrap();
    let t = token(&expired);
    let preview: InvitePreview = s.anon().ok(&format!("/api/v1/invites/{t}")).await;
    assert_eq!(preview.state, InviteState::Expired);
    let r = accept(&visitor, &t).await;
    assert_eq!(
        code_of(r, StatusCode::CONFLICT).await,
        ErrorCode::InviteGone
    );
    let team: Team = owner.ok("/api/v1/exhibitor/team").await;
    assert!(team.invites.is_empty(), "neither waits any more");
    // An account on a team already cannot join a second one.
    let fresh = invite(&ceramics, "booth", None).await;
    let (manager, _) = s.staff("tea-manager").await;
    let r = accept(&manager, &token(&fresh)).await;
    assert_eq!(
        code_of(r, StatusCode::CONFLICT).await,
        ErrorCode::AlreadyStaff
    );
}

#[tokio::test]
async fn the_last_owner_stays_and_a_removed_member_is_out_at_once() {
    let s = start().await;
    let (owner, _) = s.staff("tea").await;
    let (booth, exhibitor) = s.staff("tea-booth").await;
    let me = member_id(&s, "tea@demo.expocx.test").await;
    let manager = member_id(&s, "tea-manager@demo.expocx.test").await;
    let booth_id = member_id(&s, "tea-booth@demo.expocx.test").await;
    let member = |id: i64| format!("/api/v1/exhibitor/team/members/{id}");
    // The only owner can neither step down nor leave.
    let r = owner
        .request(Method::PATCH, &member(me))
        .json(&json!({"role": "manager"}))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(r, StatusCode::CONFLICT).await, ErrorCode::LastOwner);
    let r = owner
        .request(Method::DELETE, &member(me))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(r, StatusCode::CONFLICT).await, ErrorCode::LastOwner);
    // With a second owner, they can.
    let r = owner
        .request(Method::PATCH, &member(manager))
        .json(&json!({"role": "owner"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    // The new owner sends an owner invite, then steps down: the invite no longer works.
    let (second, _) = s.staff("tea-manager").await;
    let sent = invite(&second, "owner", None).await;
    let r = second
        .request(Method::PATCH, &member(manager))
        .json(&json!({"role": "manager"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = accept(&s.visitor("comeback@example.test").await, &token(&sent)).await;
    assert_eq!(
        code_of(r, StatusCode::CONFLICT).await,
        ErrorCode::InviteGone
    );
    // No longer an owner, they cannot run the team either.
    let r = second
        .post("/api/v1/exhibitor/team/invites", &json!({"role": "owner"}))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The only owner of a team with others on it cannot erase their account before handing over.
    let r = owner
        .delete(
            "/api/v1/me",
            &json!({"confirm_email": "tea@demo.expocx.test", "password": "exhibit-expo-2026"}),
        )
        .await;
    assert_eq!(code_of(r, StatusCode::CONFLICT).await, ErrorCode::LastOwner);
    // Another exhibitor's member: not found.
    let ceramics_booth = member_id(&s, "ceramics-booth@demo.expocx.test").await;
    let r = owner
        .request(Method::DELETE, &member(ceramics_booth))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A ticket handed to the booth member goes back to the queue when they are removed.
    let visitor = s.visitor("removal@example.test").await;
    let order = visitor.place(s.item_of(exhibitor), 1).await;
    visitor.pay(order.id).await;
    let t: serde_json::Value = visitor
        .post("/api/v1/me/tickets", &json!({"order_id": order.id, "category": "other", "subject": "Box", "text": "Gift box?", "photo_ids": []}))
        .await
        .json()
        .await
        .unwrap();
    let ticket = t["id"].as_i64().unwrap();
    let r = owner
        .put(
            &format!("/api/v1/exhibitor/tickets/{ticket}/assignee"),
            &json!({"assignee_id": booth_id}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = owner
        .request(Method::DELETE, &member(booth_id))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    // Their next request is refused: the session ended.
    let r = booth.get("/api/v1/exhibitor/tickets").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let assignee: Option<i64> = s
        .db()
        .query_row(
            "SELECT assignee_user_id FROM tickets WHERE id = ?",
            [ticket],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(assignee, None);
    // Signing in again, the account is a visitor's, with no way into the portal.
    let (again, _) = (s.anon(), ());
    let r = again
        .login("tea-booth@demo.expocx.test", "exhibit-expo-2026")
        .await;
    let session: expocx_contract::Session = answer(r, StatusCode::OK).await;
    assert_eq!(session.user.exhibitor_id, None);
    let back = s.anon().with_token(&session.token);
    let r = back
        .post("/api/v1/exhibitor/pickups", &json!({"code": "X"}))
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The audit trail has both changes, with who did them.
    let events = audit(&owner).await;
    let changed: Vec<_> = events
        .iter()
        .filter(|e| e.action == AuditAction::RoleChanged)
        .map(|e| (e.from.as_deref(), e.to.as_deref()))
        .collect();
    assert_eq!(
        changed,
        [
            (Some("owner"), Some("manager")),
            (Some("manager"), Some("owner"))
        ]
    );
    let removed = events
        .iter()
        .find(|e| e.action == AuditAction::MemberRemoved)
        .unwrap();
    assert!(removed.actor.is_some());
    assert_eq!(removed.role, Some(StaffRole::Booth));
}
