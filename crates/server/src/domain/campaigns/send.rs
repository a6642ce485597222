//! The batch sender: starts a due campaign by recording its audience and holdout, then decides
//! its members a batch at a time, each batch in one transaction with the messages it writes to
//! the outbox, so a crash loses at most the batch in flight and a restart never sends twice.
//! Every guardrail is read at send time (`rules::campaigns::decide`).

use chrono::{DateTime, Duration, Utc};
use expocx_contract::campaigns::CampaignStatus;
use expocx_contract::Channel;
use rusqlite::Connection;

use super::audience::matched;
use super::texts;
use crate::db::campaigns::facts::{self, Facts};
use crate::db::campaigns::send::{self as data, NewCoupon, Row};
use crate::db::campaigns::{self as store, Stored};
use crate::db::consent;
use crate::db::{notify, Result};
use crate::rules::campaigns::{decide, held_out, Limits, Member, Outcome, Spending, Why};
use crate::rules::coupons::{DELAY_AFTER_LARGE_DAYS, LARGE_ORDER_MINOR};

/// Members decided per transaction.
pub const BATCH: u32 = 100;

/// Starts campaign `id` if it is scheduled: its audience is chosen now and each member's
/// holdout recorded before anything is sent.
pub fn start(conn: &mut Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    let tx = conn.transaction()?;
    let c = store::by_id(&tx, id)?;
    if c.status != CampaignStatus::Scheduled {
        return Ok(());
    }
    let mut members: Vec<i64> = matched(&tx, c.exhibitor_id, &c.draft.audience, now)?
        .into_iter()
        .collect();
    members.sort_unstable();
    let permille = u16::from(c.draft.holdout_percent) * 10;
    let chosen: Vec<(i64, bool)> = members
        .into_iter()
        .map(|u| (u, held_out(id, u, permille)))
        .collect();
    data::start(&tx, id, &chosen, now)?;
    tx.commit()?;
    Ok(())
}

/// The most one coupon of the campaign is reckoned to cost: its amount, or its percentage of
/// the exhibitor's average paid order (at least of its minimum spend).
pub fn coupon_cost(conn: &Connection, c: &Stored) -> Result<i64> {
    let Some(k) = &c.draft.offer.coupon else {
        return Ok(0);
    };
    let avg = data::average_part(conn, c.exhibitor_id)?.max(k.min_spend_minor);
    Ok(match (k.percent_off, k.amount_off_minor) {
        (Some(p), _) => avg * i64::from(p) / 100,
        (None, a) => a.unwrap_or(0),
    })
}

/// What the campaign's coupons commit: what paid orders were discounted by them, and the
/// unused, unexpired ones at `each`, the most one can cost.
fn committed(conn: &Connection, id: i64, each: i64, now: DateTime<Utc>) -> Result<i64> {
    let (_, redeemed, open) = store::results::coupons(conn, id, now)?;
    Ok(redeemed + open as i64 * each)
}

/// What is read once per batch: its members' facts, the campaign's spending and texts.
struct Batch {
    c: Stored,
    facts: Facts,
    large: std::collections::HashSet<i64>,
    spending: Spending,
    why: expocx_contract::Localized,
    text: expocx_contract::Localized,
    coupon_text: Option<expocx_contract::Localized>,
}

impl Batch {
    fn load(conn: &Connection, c: Stored, ids: &[i64], now: DateTime<Utc>) -> Result<Batch> {
        let ex = c.exhibitor_id;
        let name = store::exhibitor_name(conn, ex)?;
        let coupon_text = c
            .draft
            .offer
            .coupon
            .as_ref()
            .map(|k| texts::coupon(k, &name));
        let each = coupon_cost(conn, &c)?;
        let version = consent::policy(conn)?.version;
        Ok(Batch {
            facts: facts::load(conn, ex, ids, version, now)?,
            large: facts::large_buyers(conn, ids, LARGE_ORDER_MINOR, now)?,
            spending: Spending {
                committed_minor: committed(conn, c.id, each, now)?,
                this_coupon_minor: each,
            },
            why: texts::why(&c.draft.audience, &name),
            text: texts::message(&c.draft.offer.message, coupon_text.as_ref()),
            coupon_text,
            c,
        })
    }
}

/// Decides the next batch of campaign `id`'s members; `false` once there is nothing left
/// (sending is then done) or the campaign is not sending (cancelled).
pub fn step(conn: &mut Connection, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let tx = conn.transaction()?;
    let c = store::by_id(&tx, id)?;
    if c.status != CampaignStatus::Sending {
        return Ok(false);
    }
    let pending = data::pending(&tx, id, BATCH)?;
    if pending.is_empty() {
        data::finish(&tx, id, now)?;
        tx.commit()?;
        return Ok(false);
    }
    let ids: Vec<i64> = pending.iter().map(|(u, _)| *u).collect();
    let mut batch = Batch::load(&tx, c, &ids, now)?;
    for (user, held) in pending {
        one(&tx, &mut batch, (user, held), now)?;
    }
    tx.commit()?;
    Ok(true)
}

/// One member: the guardrails on each channel of the campaign, then the messages (skipped
/// ones too, with why), the coupon, and the outcome.
fn one(
    conn: &Connection,
    b: &mut Batch,
    (user, held): (i64, bool),
    now: DateTime<Utc>,
) -> Result<()> {
    let id = b.c.id;
    let f = &b.facts;
    if !f.exists.contains(&user) {
        return data::decided(conn, (id, user), (Why::Inactive.code(), false), now);
    }
    let allowed = f.consents.get(&user).cloned().unwrap_or_default();
    let blocked: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|c| c.marketing_purpose().is_some() && !allowed.contains(c))
        .collect();
    let prefs = notify::prefs(conn, user, &blocked)?;
    let any_marketing = !allowed.is_empty();
    let member = Member {
        inactive: f.signed_out.contains(&user),
        held_out: false,
        strong_intent: f.strong.contains(&user),
        sent_before: f.sent_before.get(&user).copied().unwrap_or(0),
        consented: false,
        offers_this_week: f.week.get(&user).copied().unwrap_or(0),
    };
    let limits = Limits {
        per_member: b.c.draft.per_member,
        budget_minor: b.c.draft.budget_minor,
    };
    let outcomes: Vec<(Channel, Outcome)> =
        b.c.draft
            .channels
            .iter()
            .map(|&ch| {
                let consented = match ch {
                    Channel::InApp => any_marketing,
                    _ => !blocked.contains(&ch),
                };
                let m = Member {
                    consented,
                    ..member
                };
                (ch, decide(&m, ch, &prefs, (limits, b.spending), now))
            })
            .collect();
    let reached = |o: &Outcome| !matches!(o, Outcome::Skip(_));
    let eligible = outcomes.iter().any(|(_, o)| reached(o));
    if held {
        return data::decided(conn, (id, user), (Why::Holdout.code(), eligible), now);
    }
    let rows: Vec<Row> = outcomes
        .iter()
        .map(|(channel, o)| match o {
            Outcome::Send if *channel == Channel::InApp => row(*channel, "sent", None, None),
            Outcome::Send => row(*channel, "queued", None, None),
            Outcome::Defer(t) => row(*channel, "held", None, Some(*t)),
            Outcome::Skip(why) => row(*channel, "skipped", Some(why.code()), None),
        })
        .collect();
    let link = if eligible && b.c.draft.offer.coupon.is_some() {
        issue(conn, b, user, now)?;
        "/me/coupons".to_string()
    } else {
        format!("/exhibitors/{}", b.c.exhibitor_id)
    };
    data::write_message(conn, (id, user), (&b.text, &b.why, &link), &rows, now)?;
    let outcome = if outcomes.iter().any(|(_, o)| *o == Outcome::Send) {
        "sent"
    } else if eligible {
        "deferred"
    } else {
        first_reason(&outcomes)
    };
    data::decided(conn, (id, user), (outcome, eligible), now)
}

fn row(
    channel: Channel,
    status: &'static str,
    reason: Option<&'static str>,
    after: Option<DateTime<Utc>>,
) -> Row<'static> {
    Row {
        channel,
        status,
        reason,
        send_after: after,
    }
}

/// Why nothing went out: the first reason other than a channel the member did not choose.
fn first_reason(outcomes: &[(Channel, Outcome)]) -> &'static str {
    let whys: Vec<Why> = outcomes
        .iter()
        .filter_map(|(_, o)| match o {
            Outcome::Skip(w) => Some(*w),
            _ => None,
        })
        .collect();
    whys.iter()
        .find(|w| w.code() != "not_chosen")
        .or(whys.first())
        .map_or("not_chosen", |w| w.code())
}

/// The member's coupon: the exhibitor's products only; a week later for a member who just paid
/// a large order.
fn issue(conn: &Connection, b: &mut Batch, user: i64, now: DateTime<Utc>) -> Result<()> {
    let (Some(k), Some(description)) = (&b.c.draft.offer.coupon, &b.coupon_text) else {
        return Ok(());
    };
    let starts_at = if b.large.contains(&user) {
        now + Duration::days(DELAY_AFTER_LARGE_DAYS)
    } else {
        now
    };
    let coupon = NewCoupon {
        percent_off: k.percent_off,
        amount_off_minor: k.amount_off_minor,
        min_total_minor: k.min_spend_minor,
        category_id: k.category_id,
        exhibitor_id: b.c.exhibitor_id,
        starts_at,
        ends_at: starts_at + Duration::days(i64::from(k.valid_days)),
        description,
    };
    data::issue_coupon(conn, (b.c.id, user), &coupon, &b.why, now)?;
    b.spending.committed_minor += b.spending.this_coupon_minor;
    Ok(())
}

/// Starts the due campaigns and sends a few batches of those sending (the background task
/// calls it every second); how many batches went.
pub fn run_due(conn: &mut Connection, now: DateTime<Utc>, batches: u32) -> Result<u32> {
    let mut done = 0;
    for (id, status) in store::due(conn, now)? {
        if status == CampaignStatus::Scheduled {
            start(conn, id, now)?;
        }
        while done < batches && step(conn, id, now)? {
            done += 1;
        }
    }
    Ok(done)
}
