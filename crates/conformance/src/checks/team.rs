//! An exhibitor's team: the staff member's role and capabilities as the contract's permission
//! table says, and, for an owner, a QR invite used once by a new visitor who then works in the
//! invite's role, is refused figures, and is out at once when removed; the audit trail says so.

use expocx_contract::StaffRole;
use serde_json::{json, Value};

use super::{on, problem, registered, Ctx, Recorder};
use reqwest::Method;

/// The capabilities the contract's table gives `role`, as wire names.
fn capabilities(role: StaffRole) -> Vec<Value> {
    role.capabilities()
        .iter()
        .map(|c| serde_json::to_value(c).unwrap_or_default())
        .collect()
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some(account) = &ctx.config.staff else {
        rec.notes
            .push("team: skipped (give --staff-email and --staff-password)".into());
        return;
    };
    let Ok(staff) = c.login(&account.email, &account.password).await else {
        rec.notes
            .push("team: skipped (the staff account cannot sign in)".into());
        return;
    };
    let role = staff.json["user"]["staff_role"]
        .as_str()
        .and_then(StaffRole::parse);
    let exhibitor = staff.json["user"]["exhibitor_id"].as_i64();
    let told = rec.record(
        "staff_are_told_their_role_and_capabilities",
        "GET /auth/me as staff: `staff_role` owner, manager or booth, and `capabilities` exactly as the permission table gives that role",
        on(c.get("/auth/me", staff.token()).await, |r| {
            r.expect_status(200)?;
            let role = role.ok_or_else(|| format!("no known `staff_role`: {}", r.brief()))?;
            let got = r.json["capabilities"].as_array().cloned().unwrap_or_default();
            if got == capabilities(role) {
                Ok(())
            } else {
                Err(format!("`capabilities` {got:?} for {}", role.as_str()))
            }
        }),
    );
    if !told || role != Some(StaffRole::Owner) {
        rec.notes
            .push("team: invite checks skipped (the staff account is not an owner)".into());
        return;
    }

    let mut token = String::new();
    let invited = rec.record(
        "an_owner_invites_by_qr_code_and_gets_the_link_once",
        "POST /exhibitor/team/invites {role: booth}: 201 with `invite.state` pending and `link` /join/<token>",
        on(
            c.post("/exhibitor/team/invites", staff.token(), json!({"role": "booth"}))
                .await,
            |r| {
                r.expect_status(201)?;
                let link = r.json["link"].as_str().unwrap_or_default();
                token = link.strip_prefix("/join/").unwrap_or_default().to_string();
                match (token.is_empty(), r.json["invite"]["state"].as_str()) {
                    (false, Some("pending")) => Ok(()),
                    _ => Err(format!("no pending invite with a /join/ link: {}", r.brief())),
                }
            },
        ),
    );
    if !invited {
        return;
    }
    let path = format!("/invites/{token}");
    rec.record(
        "anyone_holding_the_link_sees_the_team_and_role",
        "GET /invites/{token} without a token: 200 with the exhibitor, role booth and state pending",
        on(c.get(&path, None).await, |r| {
            r.expect_status(200)?;
            let ok = r.json["exhibitor_id"].as_i64() == exhibitor
                && r.json["role"] == "booth"
                && r.json["state"] == "pending";
            ok.then_some(()).ok_or_else(|| r.brief())
        }),
    );
    let Some(member) = registered(ctx, rec, "register_the_colleague").await else {
        return;
    };
    let accept = format!("{path}/accept");
    let joined = rec.record(
        "accepting_makes_the_account_staff_in_the_invites_role",
        "POST /invites/{token}/accept as a new visitor: 200 with `exhibitor_id` and `staff_role` booth",
        on(c.post(&accept, member.token(), json!({})).await, |r| {
            r.expect_status(200)?;
            let ok = r.json["exhibitor_id"].as_i64() == exhibitor && r.json["staff_role"] == "booth";
            ok.then_some(()).ok_or_else(|| r.brief())
        }),
    );
    if let Some(late) = registered(ctx, rec, "register_a_second_visitor").await {
        rec.record(
            "an_invite_works_once",
            "POST /invites/{token}/accept again by another visitor: 409 problem `invite_gone`",
            on(c.post(&accept, late.token(), json!({})).await, |r| {
                problem(r, 409, "invite_gone")
            }),
        );
        rec.record(
            "a_visitor_gets_403_on_the_team",
            "GET /exhibitor/team as a visitor: 403 problem `forbidden`",
            on(c.get("/exhibitor/team", late.token()).await, |r| {
                problem(r, 403, "forbidden")
            }),
        );
    }
    if !joined {
        return;
    }
    rec.record(
        "booth_staff_get_403_on_figures",
        "GET /exhibitor/dashboard as the new booth staff: 403 problem `forbidden`",
        on(c.get("/exhibitor/dashboard", member.token()).await, |r| {
            problem(r, 403, "forbidden")
        }),
    );
    let me = c.get("/auth/me", member.token()).await;
    let id = me.ok().and_then(|r| r.json["id"].as_i64()).unwrap_or(0);
    let removed = rec.record(
        "the_owner_removes_a_member",
        "DELETE /exhibitor/team/members/{user_id}: 204",
        on(
            c.req(Method::DELETE, &format!("/exhibitor/team/members/{id}"))
                .token(staff.token())
                .send()
                .await,
            |r| r.expect_status(204),
        ),
    );
    if !removed {
        return;
    }
    rec.record(
        "a_removed_members_session_ends_at_once",
        "GET /auth/me with the removed member's token: 401 problem `unauthorized`",
        on(c.get("/auth/me", member.token()).await, |r| {
            problem(r, 401, "unauthorized")
        }),
    );
    rec.record(
        "the_audit_trail_lists_the_join_and_the_removal",
        "GET /exhibitor/audit: 200 with `member_joined` and `member_removed` events",
        on(
            c.get("/exhibitor/audit?limit=100", staff.token()).await,
            |r| {
                r.expect_status(200)?;
                let items = r.json["items"].as_array().cloned().unwrap_or_default();
                let has = |a: &str| items.iter().any(|e| e["action"] == a);
                (has("member_joined") && has("member_removed"))
                    .then_some(())
                    .ok_or_else(|| r.brief())
            },
        ),
    );
}
