//! Quotes as a workflow (issue 24): a trade buyer's request priced by the configuration rules,
//! the exhibitor's revisions, the thread, and accepting, which places an order at the quote's
//! prices that then goes through the normal payment and fulfilment. Which step is open is
//! `rules::quotes`' decision; each refusal says why (`409` with its code).

use chrono::{DateTime, Utc};
use expocx_contract::configure::Conflict;
use expocx_contract::quotes::{
    unit_after, ChosenOption, NewQuote, Quote, QuoteAction, QuoteAnswer, QuoteSide, QuoteStatus,
    OPEN_QUOTES_MAX, QUOTE_MESSAGES_MAX, QUOTE_REVISIONS_MAX,
};
use expocx_contract::{ErrorCode, FieldError, FieldErrorCode, Localized, Money};
use rusqlite::Connection;

use crate::db::idempotency::{replayed_id, store_idempotent_response, StoredResponse};
use crate::db::quotes::{self as data, view, Head, NewLine, NewRequest, NewRevision, Writer};
use crate::db::{account, catalog, membership, venue_tz, Error, Result};
use crate::rules::dashboard::venue_day;
use crate::rules::quotes::{actions, after, answer_within, valid_end};

pub use view::Side;

fn side_of(side: Side) -> QuoteSide {
    match side {
        Side::Buyer(_) => QuoteSide::Buyer,
        Side::Desk(_) => QuoteSide::Exhibitor,
    }
}

/// Quote `id` as `side` sees it, with the actions open to them now; `None` when it is not
/// theirs.
pub fn get(conn: &Connection, side: Side, id: i64, now: DateTime<Utc>) -> Result<Option<Quote>> {
    let Some(mut q) = view::get(conn, side, id, now)? else {
        return Ok(None);
    };
    q.actions = actions(q.summary.status, side_of(side), false);
    Ok(Some(q))
}

/// Quote `id` if `side` may see it: `NotFound` otherwise (another buyer's, another booth's).
pub(super) fn head_of(conn: &Connection, side: Side, id: i64) -> Result<Head> {
    let head = data::head(conn, id)?.ok_or(Error::NotFound)?;
    let mine = match side {
        Side::Buyer(u) => head.buyer_id == Some(u),
        Side::Desk(e) => head.exhibitor_id == e,
    };
    if mine {
        Ok(head)
    } else {
        Err(Error::NotFound)
    }
}

fn expired(head: &Head, now: DateTime<Utc>) -> bool {
    head.valid_end.is_some_and(|end| end <= now)
}

/// Why `action` is not open on `head` now, as the `409` a client shows.
pub(super) fn refusal(head: &Head, now: DateTime<Utc>) -> Error {
    match head.status {
        QuoteStatus::Quoted if expired(head, now) => Error::Conflict(
            ErrorCode::QuoteExpired,
            "The quote's validity ended; ask the exhibitor for a new one",
        ),
        QuoteStatus::Requested | QuoteStatus::Quoted => Error::Conflict(
            ErrorCode::QuoteSuperseded,
            "The quote changed; read the latest revision first",
        ),
        _ => Error::Conflict(
            ErrorCode::QuoteClosed,
            "The quote was declined, withdrawn or already accepted",
        ),
    }
}

/// Where `action` by `side` leads from `head`, checking the version the client sent: a quote
/// that moved on since answers why (`409`), as does an action not open now.
pub(super) fn check(
    head: &Head,
    side: Side,
    version: Option<i64>,
    action: QuoteAction,
    now: DateTime<Utc>,
) -> Result<QuoteStatus> {
    if version.is_some_and(|v| v != head.version) {
        return Err(refusal(head, now));
    }
    after(head.status, side_of(side), expired(head, now), action).ok_or_else(|| refusal(head, now))
}

fn conflict_field(line: usize, c: &Conflict) -> FieldError {
    let at = |f: String, code| FieldError::new(&format!("lines.{line}.configuration.{f}"), code);
    match c {
        Conflict::Quantity { min, .. } => {
            at("quantity".into(), FieldErrorCode::OutOfRange).with_limit(i64::from(*min))
        }
        Conflict::Required { group } => at(format!("choices.{group}"), FieldErrorCode::Required),
        Conflict::OneOnly { group } => at(format!("choices.{group}"), FieldErrorCode::Duplicate),
        Conflict::Repeated { option } => at(format!("choices.{option}"), FieldErrorCode::Duplicate),
        Conflict::Excludes { option, .. }
        | Conflict::Requires { option, .. }
        | Conflict::Unknown { option } => {
            at(format!("choices.{option}"), FieldErrorCode::InvalidValue)
        }
    }
}

/// Prices every line of `req` as the backend alone decides (the configuration rules), all of
/// one exhibitor's configurable products; answers the exhibitor and the lines, or every
/// field that is wrong.
fn priced_lines(conn: &Connection, req: &NewQuote) -> Result<(i64, Vec<NewLine>)> {
    let mut errors = Vec::new();
    let mut lines = Vec::new();
    let mut exhibitor = None;
    for (i, l) in req.lines.iter().enumerate() {
        let product = || {
            FieldError::new(
                &format!("lines.{i}.product_id"),
                FieldErrorCode::InvalidValue,
            )
        };
        let Some(p) = catalog::configured(conn, l.product_id)? else {
            errors.push(product());
            continue;
        };
        if *exhibitor.get_or_insert(p.exhibitor_id) != p.exhibitor_id {
            errors.push(product());
            continue;
        }
        match p.model.price(p.price_minor, &l.configuration) {
            Ok(price) => {
                let chosen = p
                    .model
                    .groups
                    .iter()
                    .flat_map(|g| g.options.iter().map(move |o| (g, o)))
                    .filter(|(_, o)| l.configuration.choices.contains(&o.id))
                    .map(|(g, o)| ChosenOption {
                        group: g.name.clone(),
                        option: o.label.clone(),
                    })
                    .collect();
                lines.push(NewLine {
                    product_id: l.product_id,
                    name: p.name,
                    configuration: l.configuration.clone(),
                    chosen,
                    list_unit: Money {
                        amount_minor: price.unit_minor,
                        currency: p.currency,
                    },
                });
            }
            Err(conflicts) => errors.extend(conflicts.iter().map(|c| conflict_field(i, c))),
        }
    }
    Error::check(errors)?;
    Ok((
        exhibitor.ok_or(Error::field("lines", FieldErrorCode::Required))?,
        lines,
    ))
}

/// A trade buyer asks for a quote. With the same `key` and body it answers the quote the first
/// request made (`true` = replayed), so a double submit makes one quote.
pub fn request(
    conn: &mut Connection,
    buyer_id: i64,
    req: &NewQuote,
    (key, request_hash): (Option<&str>, &str),
    now: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("quote:{buyer_id}");
    if let Some(key) = key {
        if let Some(id) = replayed_id(&tx, &scope, key, request_hash)? {
            return Ok((id, true));
        }
    }
    let company = account::profile(&tx, buyer_id)?.company;
    if company.trim().is_empty() {
        return Err(Error::Conflict(
            ErrorCode::TradeProfileRequired,
            "Quotes are for trade buyers: add your company to your profile",
        ));
    }
    Error::check(req.validate(venue_day(now, venue_tz(&tx)?).into()))?;
    // Choices are option ids: at most 64 a line, each at most 40 characters (as when priced).
    let too_many = req.lines.iter().position(|l| {
        l.configuration.choices.len() > 64 || l.configuration.choices.iter().any(|c| c.len() > 40)
    });
    if let Some(i) = too_many {
        let field = format!("lines.{i}.configuration.choices");
        return Err(Error::field(&field, FieldErrorCode::TooLong));
    }
    if data::open_of_buyer(&tx, buyer_id)?.len() >= OPEN_QUOTES_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "Too many open quotes; decline or accept some first",
        ));
    }
    let (exhibitor_id, lines) = priced_lines(&tx, req)?;
    let tier = membership::membership(&tx, buyer_id, now)?.tier;
    let id = data::insert(
        &tx,
        &NewRequest {
            exhibitor_id,
            buyer_id,
            buyer_company: company.trim(),
            needed_by: req.needed_by,
            region: &req.region,
            answer_by: now + answer_within(tier),
        },
        &lines,
        now,
    )?;
    if !req.message.trim().is_empty() {
        data::add_message(&tx, id, Writer::Buyer(buyer_id), &req.message, now)?;
    }
    if let Some(key) = key {
        let stored = StoredResponse {
            request_hash: request_hash.to_string(),
            status: 201,
            body: id.to_string(),
        };
        store_idempotent_response(&tx, &scope, key, &stored, Some(buyer_id))?;
    }
    tx.commit()?;
    Ok((id, false))
}

/// Staff of the quote's exhibitor answer (the first revision) or revise it, if `version` is
/// still current. Unit prices come from the answer's prices on the lines' list prices.
pub fn answer(
    conn: &mut Connection,
    exhibitor_id: i64,
    staff_id: i64,
    id: i64,
    version: i64,
    answer: &QuoteAnswer,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let side = Side::Desk(exhibitor_id);
    let head = head_of(&tx, side, id)?;
    // Waiting for an answer (first, or after the buyer asked for a change): an answer; a quote
    // already answered: a revision. Either way the next revision number.
    let action = if head.status == QuoteStatus::Requested {
        QuoteAction::Answer
    } else {
        QuoteAction::Revise
    };
    check(&head, side, Some(version), action, now)?;
    let list = data::list_units(&tx, id)?;
    let tz = venue_tz(&tx)?;
    Error::check(answer.validate(list.len(), venue_day(now, tz).into()))?;
    if head.revisions >= QUOTE_REVISIONS_MAX as i64 {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "Too many revisions",
        ));
    }
    let units: Vec<i64> = list
        .iter()
        .zip(&answer.prices)
        .map(|((unit, _), p)| unit_after(*unit, *p))
        .collect();
    let total_minor = units.iter().zip(&list).map(|(u, (_, qty))| u * qty).sum();
    let revision = NewRevision {
        answer,
        units: &units,
        total_minor,
        valid_end: valid_end(*answer.valid_until, tz),
        staff_id,
    };
    if !data::add_revision(&tx, id, version, &revision, now)? {
        return Err(refusal(&head, now));
    }
    tx.commit()?;
    Ok(())
}

/// `side` moves quote `id` by `action` (decline, withdraw) if `version` is current.
pub fn step(
    conn: &mut Connection,
    side: Side,
    id: i64,
    version: i64,
    action: QuoteAction,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let head = head_of(&tx, side, id)?;
    let to = check(&head, side, Some(version), action, now)?;
    if !data::set_status(&tx, id, version, to, now)? {
        return Err(refusal(&head, now));
    }
    tx.commit()?;
    Ok(())
}

/// A message in the thread; the buyer asking for a change (`change`) also sends the quote back
/// to the exhibitor, due again by the buyer's tier.
pub fn message(
    conn: &mut Connection,
    side: Side,
    writer: Writer,
    id: i64,
    text: &str,
    change: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    let head = head_of(&tx, side, id)?;
    let action = if change {
        QuoteAction::AskChange
    } else {
        QuoteAction::Message
    };
    check(&head, side, None, action, now)?;
    if data::message_count(&tx, id)? >= QUOTE_MESSAGES_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "Too many messages",
        ));
    }
    data::add_message(&tx, id, writer, text, now)?;
    if let (true, Writer::Buyer(buyer)) = (change, writer) {
        data::set_status(&tx, id, head.version, QuoteStatus::Requested, now)?;
        let tier = membership::membership(&tx, buyer, now)?.tier;
        data::reopen(&tx, id, now + answer_within(tier))?;
    }
    tx.commit()?;
    Ok(())
}

/// Assigns quote `id` to a staff member of its exhibitor (`422 user_id` otherwise) or nobody.
pub fn assign(
    conn: &mut Connection,
    exhibitor_id: i64,
    id: i64,
    user_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    head_of(&tx, Side::Desk(exhibitor_id), id)?;
    if let Some(u) = user_id {
        if !crate::db::team::is_staff_of(&tx, exhibitor_id, u)? {
            return Err(Error::field("user_id", FieldErrorCode::InvalidValue));
        }
    }
    data::set_assignee(&tx, id, user_id, now)?;
    tx.commit()?;
    Ok(())
}

/// Before the buyer's account is erased: their open quotes are withdrawn, so the exhibitor
/// stops working on them (the quotes stay, anonymized).
pub fn before_erasure(conn: &Connection, buyer_id: i64, now: DateTime<Utc>) -> Result<()> {
    for id in data::open_of_buyer(conn, buyer_id)? {
        if let Some(head) = data::head(conn, id)? {
            data::set_status(conn, id, head.version, QuoteStatus::Withdrawn, now)?;
        }
    }
    Ok(())
}

/// The configuration of a line as the order shows it: "Glaze: celadon · Size: 1.2 l".
pub fn option_label(chosen: &[ChosenOption]) -> Option<Localized> {
    if chosen.is_empty() {
        return None;
    }
    let join = |pick: fn(&Localized) -> &str| {
        chosen
            .iter()
            .map(|c| format!("{}: {}", pick(&c.group), pick(&c.option)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    Some(Localized {
        zh_hans: join(|l| &l.zh_hans),
        zh_hant: join(|l| &l.zh_hant),
        en: join(|l| &l.en),
    })
}

pub use super::quote_order::accept;

/// Tells each buyer whose quote's validity ends within a day (once per quote), through the
/// notification rules (their channels and preferences for order updates).
pub fn tell_expiring(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let due = data::expiring(conn, now, now + crate::rules::quotes::expiry_notice())?;
    for (id, buyer, number) in &due {
        let message = crate::db::notify::Message {
            kind: expocx_contract::MessageKind::OrderUpdates,
            text: super::texts::quote_expiring(number),
            link: Some(format!("/me/quotes/{id}")),
        };
        super::notify::send(conn, *buyer, &message, now)?;
        data::expiry_told(conn, *id, now)?;
    }
    Ok(due.len())
}
