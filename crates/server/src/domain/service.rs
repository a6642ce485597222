//! After-sales service as a workflow: a ticket's first answer is due by the member's tier, a
//! staff reply and every step of a return are told to the member, and a refunded return takes
//! its points back (`life::on_refunded`).

use chrono::{DateTime, Utc};
use expocx_contract::{NewTicket, ReturnDecision, ReturnStatus, TicketReply};
use rusqlite::Connection;

use super::{life, notify::send, texts};
use crate::db::service::{returns, tickets, Who};
use crate::db::{membership, Result};

/// Opens a ticket with its first message; answers its id.
pub fn open_ticket(
    conn: &mut Connection,
    user_id: i64,
    req: &NewTicket,
    now: DateTime<Utc>,
) -> Result<i64> {
    let tier = membership::membership(conn, user_id, now)?.tier;
    tickets::open(conn, user_id, tier, req, now)
}

/// A reply by the member or the staff; a staff reply is told to the member.
pub fn reply(
    conn: &mut Connection,
    who: Who,
    id: i64,
    req: &TicketReply,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let member = tickets::reply(&tx, who, id, req, now)?;
    if matches!(who, Who::Staff { .. }) {
        send(&tx, member, &texts::ticket_reply(id), now)?;
    }
    tx.commit()?;
    Ok(())
}

/// The staff's next step on a return of their exhibitor; the member is told.
pub fn decide_return(
    conn: &mut Connection,
    (exhibitor_id, staff_user_id): (i64, i64),
    id: i64,
    d: &ReturnDecision,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let done = returns::decide(&tx, exhibitor_id, id, d, now)?;
    if d.status == ReturnStatus::Refunded {
        life::on_refunded(&tx, done.order_id, &done.refund, now)?;
        let (order, amount) = (done.order_id, &done.refund);
        super::audit::refunded(&tx, exhibitor_id, staff_user_id, order, amount, now)?;
    }
    let message = texts::return_step(id, d.status, d.note.trim(), &done.refund);
    send(&tx, done.member, &message, now)?;
    tx.commit()?;
    Ok(())
}
