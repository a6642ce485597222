//! Who a campaign is for: each condition's members read once by an index, intersected; and the
//! live count, broken down the way it would be sent now.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::campaigns::{Audience, AudienceFilter, ChannelReach};
use expocx_contract::{purpose, Channel};
use rusqlite::Connection;

use crate::db::campaigns::audience::{self as data, Members};
use crate::db::campaigns::facts;
use crate::db::{consent, Result};
use crate::rules::membership::{spend_since, tier_for};

/// The members matching every condition of `filter`.
pub fn matched(
    conn: &Connection,
    ex: i64,
    filter: &AudienceFilter,
    now: DateTime<Utc>,
) -> Result<Members> {
    let mut sets: Vec<Members> = Vec::new();
    let standing = !filter.stages.is_empty() || !filter.segments.is_empty();
    if standing || filter.min_lead_score.is_some() {
        let customers = super::super::customers::standing(conn, ex, now)?;
        let scores = match filter.min_lead_score {
            Some(_) => Some(super::super::leads::scores(conn, ex, now)?),
            None => None,
        };
        let keep = |(_, stage, segment, lead): &(i64, _, _, Option<i64>)| {
            (filter.stages.is_empty() || filter.stages.contains(stage))
                && (filter.segments.is_empty() || filter.segments.contains(segment))
                && scores.as_ref().is_none_or(|s| {
                    let min = filter.min_lead_score.unwrap_or(i32::MIN);
                    lead.and_then(|l| s.get(&l)).is_some_and(|p| *p >= min)
                })
        };
        sets.push(customers.iter().filter(|c| keep(c)).map(|c| c.0).collect());
    }
    if !filter.lead_statuses.is_empty() {
        sets.push(data::lead_statuses(conn, ex, &filter.lead_statuses)?);
    }
    if let Some(category) = filter.interest_category_id {
        let version = consent::policy(conn)?.version;
        let allowed = data::allowing(conn, purpose::PERSONALIZATION, version)?;
        let mut interested = data::interested(conn, category)?;
        interested.retain(|u| allowed.contains(u));
        sets.push(interested);
    }
    if let Some(h) = filter.cart_unpaid_hours {
        sets.push(data::carts_unpaid(
            conn,
            ex,
            now - Duration::hours(i64::from(h)),
        )?);
    }
    if let Some(d) = filter.quote_waiting_days {
        sets.push(data::quotes_waiting(
            conn,
            ex,
            now - Duration::days(i64::from(d)),
        )?);
    }
    if let Some(b) = &filter.bought {
        let since = b.not_in_days.map(|d| now - Duration::days(i64::from(d)));
        sets.push(data::bought(
            conn,
            ex,
            (b.product_id, b.category_id),
            since,
        )?);
    }
    // The smallest condition first; the fair's whole membership only for tiers alone.
    sets.sort_by_key(|s| s.len());
    let mut sets = sets.into_iter();
    let mut members = match sets.next() {
        Some(first) => {
            let staff = data::staff(conn)?;
            first.into_iter().filter(|u| !staff.contains(u)).collect()
        }
        None => data::members(conn)?,
    };
    for s in sets {
        members.retain(|u| s.contains(u));
    }
    if !filter.tiers.is_empty() {
        let spend = data::spend_since(conn, spend_since(now))?;
        let tier = |u: &i64| tier_for(spend.get(u).copied().unwrap_or(0));
        members.retain(|u| filter.tiers.contains(&tier(u)));
    }
    Ok(members)
}

/// The live count: who matches, whom each channel would reach, who is excluded and who allows
/// no marketing at all.
pub fn count(
    conn: &Connection,
    ex: i64,
    filter: &AudienceFilter,
    now: DateTime<Utc>,
) -> Result<Audience> {
    let members: Vec<i64> = matched(conn, ex, filter, now)?.into_iter().collect();
    let version = consent::policy(conn)?.version;
    let f = facts::load(conn, ex, &members, version, now)?;
    let mut reach = [0u64; 4];
    let (mut excluded, mut no_consent) = (0, 0);
    for u in &members {
        let Some(allowed) = f.consents.get(u) else {
            no_consent += 1;
            continue;
        };
        // Without stored preferences: offers in the app only, two a week.
        let (chosen, cap) = f.offers.get(u).copied().unwrap_or((1, 2));
        let capped = f.week.get(u).copied().unwrap_or(0) >= u32::from(cap);
        if capped || f.strong.contains(u) || f.signed_out.contains(u) {
            excluded += 1;
            continue;
        }
        for (i, c) in Channel::ALL.iter().enumerate() {
            let consented = *c == Channel::InApp || allowed.contains(c);
            if consented && chosen & (1 << i) != 0 {
                reach[i] += 1;
            }
        }
    }
    Ok(Audience {
        matched: members.len() as u64,
        channels: Channel::ALL
            .iter()
            .zip(reach)
            .map(|(c, members)| ChannelReach {
                channel: *c,
                members,
            })
            .collect(),
        excluded,
        no_consent,
    })
}
