//! An exhibitor's team: invites, joining, role changes and removal, each written to the audit
//! trail in the same transaction. The last owner stays: a team always has someone who can run
//! it.

use chrono::{DateTime, Utc};
use expocx_contract::{
    AuditAction, AuditEvent, CreatedInvite, ErrorCode, InvitePreview, InviteState, NewInvite,
    StaffRole, TeamMember, User, PENDING_INVITES_MAX,
};

/// At most this many members in one team.
pub const TEAM_MAX: u64 = 200;

/// An address as the audit trail keeps it: enough for the team to recognise, not a copy
/// (`li.na@example.test` → `li…@example.test`).
pub fn masked(email: &str) -> String {
    match email.trim().split_once('@') {
        Some((local, domain)) => {
            let head: String = local.chars().take(2).collect();
            format!("{head}…@{domain}")
        }
        None => "…".into(),
    }
}
use rusqlite::Connection;

use super::audit::record;
use super::texts;
use crate::db::auth::{self, team as members};
use crate::db::service::staff_tickets;
use crate::db::{catalog, notify, team as invites, Error, Result};

/// Invites someone to the team as `req.role`. With an address the invite is mailed (the
/// outbox records it) and the answer has no link; without one the answer carries the link
/// once, for a QR code. `origin` is where the app is served.
pub fn invite(
    conn: &Connection,
    exhibitor_id: i64,
    by: Option<i64>,
    req: &NewInvite,
    origin: &str,
    now: DateTime<Utc>,
) -> Result<CreatedInvite> {
    Error::check(req.validate())?;
    if let Some(by) = by {
        still_owner(conn, exhibitor_id, by)?;
    }
    if invites::pending(conn, exhibitor_id, now)?.len() as u64 >= PENDING_INVITES_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "Too many invites wait: revoke some first",
        ));
    }
    let token = crate::ids::new_token();
    let email = req.email.as_deref().map(str::trim);
    let invite = invites::create(
        conn,
        exhibitor_id,
        req.role,
        email,
        &crate::ids::hash_secret(&token),
        by,
        now,
    )?;
    let path = format!("/join/{token}");
    if let Some(address) = email {
        let name = catalog::exhibitor(conn, exhibitor_id)?
            .ok_or(Error::NotFound)?
            .summary
            .name;
        let link = format!("{origin}{path}");
        let text = texts::team_invite(&name, req.role, &link);
        let kind = ("team_invite", invite.id);
        notify::write_mail(conn, address, kind, &text, &link, now)?;
    }
    let mut event = AuditEvent::of(AuditAction::InviteSent);
    event.role = Some(req.role);
    event.target = email.map(masked);
    record(conn, exhibitor_id, by, None, &event, now)?;
    Ok(CreatedInvite {
        invite,
        link: email.is_none().then_some(path),
    })
}

/// Revokes a waiting invite; `NotFound` for another exhibitor's or a used one.
pub fn revoke(
    conn: &mut Connection,
    exhibitor_id: i64,
    by: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    still_owner(&tx, exhibitor_id, by)?;
    let invite = invites::revoke(&tx, exhibitor_id, id, now)?.ok_or(Error::NotFound)?;
    notify::forget_invite_links(&tx, Some(id), now)?;
    let mut event = AuditEvent::of(AuditAction::InviteRevoked);
    event.role = Some(invite.role);
    event.target = invite.email.as_deref().map(masked);
    record(&tx, exhibitor_id, Some(by), None, &event, now)?;
    tx.commit()?;
    Ok(())
}

/// What accepting the invite with `token` would do; `NotFound` for no such token.
pub fn preview(conn: &Connection, token: &str, now: DateTime<Utc>) -> Result<InvitePreview> {
    let (_, invite) =
        invites::by_token(conn, &crate::ids::hash_secret(token), now)?.ok_or(Error::NotFound)?;
    let ex = catalog::exhibitor(conn, invite.exhibitor_id)?.ok_or(Error::NotFound)?;
    Ok(InvitePreview {
        exhibitor_id: invite.exhibitor_id,
        exhibitor: ex.summary.name,
        booth: ex.summary.booth,
        role: invite.view.role,
        expires_at: invite.view.expires_at,
        state: invite.view.state,
    })
}

/// The signed-in account accepts the invite and joins the team: `InviteGone` when it was
/// used, revoked or has expired, `AlreadyStaff` when the account is on a team already.
pub fn accept(
    conn: &mut Connection,
    user_id: i64,
    token: &str,
    now: DateTime<Utc>,
) -> Result<User> {
    let tx = conn.transaction()?;
    let (id, invite) =
        invites::by_token(&tx, &crate::ids::hash_secret(token), now)?.ok_or(Error::NotFound)?;
    if invite.view.state != InviteState::Pending {
        return Err(gone());
    }
    if !members::join(&tx, invite.exhibitor_id, user_id, invite.view.role)? {
        return Err(Error::Conflict(
            ErrorCode::AlreadyStaff,
            "This account is on an exhibitor's team already",
        ));
    }
    if !invites::mark_accepted(&tx, id, user_id, now)? {
        return Err(gone());
    }
    if members::members(&tx, invite.exhibitor_id, user_id)?.len() as u64 > TEAM_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "The team is full: ask its owner to remove someone first",
        ));
    }
    notify::forget_invite_links(&tx, Some(id), now)?;
    let mut event = AuditEvent::of(AuditAction::MemberJoined);
    event.role = Some(invite.view.role);
    record(
        &tx,
        invite.exhibitor_id,
        Some(user_id),
        Some(user_id),
        &event,
        now,
    )?;
    let user = auth::user_by_id(&tx, user_id)?.ok_or(Error::NotFound)?;
    tx.commit()?;
    Ok(user)
}

/// `by` is still an owner of the team (checked again inside the transaction: the request's
/// role was read before it).
fn still_owner(conn: &Connection, exhibitor_id: i64, by: i64) -> Result<()> {
    match members::role_of(conn, exhibitor_id, by)? {
        Some(StaffRole::Owner) => Ok(()),
        _ => Err(Error::Forbidden("only the team's owners run the team")),
    }
}

/// A member stops being an owner (or leaves): the invites they sent and that still wait are
/// revoked, so none of them brings anyone in afterwards, and their links leave the outbox.
fn no_longer_owner(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    for id in invites::revoke_sent_by(conn, exhibitor_id, user_id, now)? {
        notify::forget_invite_links(conn, Some(id), now)?;
    }
    Ok(())
}

/// An account about to be erased: refused while it is the only owner of a team that has other
/// members (someone else must be made owner first). Otherwise it leaves the team as a removal
/// does: the invites it sent are revoked, its tickets go back to the queue, and the audit trail
/// says a member left (the erasure then clears who).
pub fn before_erasure(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<()> {
    let Some(exhibitor_id) = auth::user_by_id(conn, user_id)?.and_then(|u| u.exhibitor_id) else {
        return Ok(());
    };
    let role = members::role_of(conn, exhibitor_id, user_id)?;
    let others = members::members(conn, exhibitor_id, user_id)?.len() > 1;
    if role == Some(StaffRole::Owner) && others && members::owners(conn, exhibitor_id)? <= 1 {
        return Err(last_owner());
    }
    no_longer_owner(conn, exhibitor_id, user_id, now)?;
    staff_tickets::release(conn, user_id)?;
    let mut event = AuditEvent::of(AuditAction::MemberRemoved);
    event.role = role;
    let me = Some(user_id);
    record(conn, exhibitor_id, me, me, &event, now)
}

fn gone() -> Error {
    Error::Conflict(
        ErrorCode::InviteGone,
        "The invite was used, revoked or has expired",
    )
}

fn last_owner() -> Error {
    Error::Conflict(
        ErrorCode::LastOwner,
        "The team needs an owner: make someone else owner first",
    )
}

/// The owner changes a member's role; the last owner cannot become anything else.
pub fn change_role(
    conn: &mut Connection,
    exhibitor_id: i64,
    by: i64,
    user_id: i64,
    role: StaffRole,
    now: DateTime<Utc>,
) -> Result<TeamMember> {
    let tx = conn.transaction()?;
    still_owner(&tx, exhibitor_id, by)?;
    let old = members::role_of(&tx, exhibitor_id, user_id)?.ok_or(Error::NotFound)?;
    if old == StaffRole::Owner
        && role != StaffRole::Owner
        && members::owners(&tx, exhibitor_id)? <= 1
    {
        return Err(last_owner());
    }
    if old != role {
        members::set_role(&tx, exhibitor_id, user_id, role)?;
        if old == StaffRole::Owner {
            no_longer_owner(&tx, exhibitor_id, user_id, now)?;
        }
        let mut event = AuditEvent::of(AuditAction::RoleChanged);
        event.from = Some(old.as_str().into());
        event.to = Some(role.as_str().into());
        record(&tx, exhibitor_id, Some(by), Some(user_id), &event, now)?;
    }
    let member = members::members(&tx, exhibitor_id, by)?
        .into_iter()
        .find(|m| m.user_id == user_id)
        .ok_or(Error::NotFound)?;
    tx.commit()?;
    Ok(member)
}

/// The owner removes a member (or a member leaves): every session of theirs ends at once,
/// their tickets go back to the queue, and the account is a visitor's again. Not the last
/// owner.
pub fn remove(
    conn: &mut Connection,
    exhibitor_id: i64,
    by: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    still_owner(&tx, exhibitor_id, by)?;
    let role = members::role_of(&tx, exhibitor_id, user_id)?.ok_or(Error::NotFound)?;
    if role == StaffRole::Owner && members::owners(&tx, exhibitor_id)? <= 1 {
        return Err(last_owner());
    }
    no_longer_owner(&tx, exhibitor_id, user_id, now)?;
    members::leave(&tx, exhibitor_id, user_id)?;
    auth::delete_sessions_of(&tx, user_id)?;
    staff_tickets::release(&tx, user_id)?;
    let mut event = AuditEvent::of(AuditAction::MemberRemoved);
    event.role = Some(role);
    record(&tx, exhibitor_id, Some(by), Some(user_id), &event, now)?;
    tx.commit()?;
    Ok(())
}
