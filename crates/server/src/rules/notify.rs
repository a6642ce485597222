//! The outbox's rules: whether a message of a kind goes out on a channel now, later, or not at
//! all. Documented for clients in `expocx_contract::notify`.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime, TimeZone, Timelike, Utc};
use expocx_contract::{Channel, KindChannels, MessageKind, NotificationPrefs, QuietHours};

/// What the outbox does with one message on one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Send,
    /// Quiet hours: send when they end.
    HoldUntil(DateTime<Utc>),
    Skip(Reason),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NotChosen,
    NoConsent,
    WeeklyCap,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::NotChosen => "not_chosen",
            Reason::NoConsent => "no_consent",
            Reason::WeeklyCap => "weekly_cap",
        }
    }
}

/// What a member who never chose gets: order updates and service replies in the app and by
/// email, offers only in the app, quiet from 22 to 8 (China time), at most 2 offers a week.
pub fn default_prefs() -> NotificationPrefs {
    use Channel::*;
    let kinds = [
        (MessageKind::OrderUpdates, vec![InApp, Email]),
        (MessageKind::ServiceReplies, vec![InApp, Email]),
        (MessageKind::Offers, vec![InApp]),
    ];
    NotificationPrefs {
        kinds: kinds
            .into_iter()
            .map(|(kind, channels)| KindChannels { kind, channels })
            .collect(),
        quiet_hours: Some(QuietHours { from: 22, to: 8 }),
        utc_offset_minutes: 8 * 60,
        weekly_offer_cap: 2,
        needs_consent: Vec::new(),
    }
}

/// Decides one message of `kind` on `channel`. `consented`: the channel's marketing purpose is
/// granted (ignored for other kinds); `offers_this_week`: offers sent in the last 7 days.
pub fn decide(
    kind: MessageKind,
    channel: Channel,
    prefs: &NotificationPrefs,
    consented: bool,
    offers_this_week: u32,
    now: DateTime<Utc>,
) -> Decision {
    if !prefs.channels(kind).contains(&channel) {
        return Decision::Skip(Reason::NotChosen);
    }
    if !kind.is_marketing() {
        return Decision::Send;
    }
    if channel.marketing_purpose().is_some() && !consented {
        return Decision::Skip(Reason::NoConsent);
    }
    if offers_this_week >= u32::from(prefs.weekly_offer_cap) {
        return Decision::Skip(Reason::WeeklyCap);
    }
    match prefs.quiet_hours {
        Some(q) if channel != Channel::InApp => quiet_until(q, prefs.utc_offset_minutes, now)
            .map_or(Decision::Send, Decision::HoldUntil),
        _ => Decision::Send,
    }
}

/// When the quiet hours that `now` falls in end, or `None` outside them.
pub fn quiet_until(
    q: QuietHours,
    offset_minutes: i32,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let zone = FixedOffset::east_opt(offset_minutes * 60)?;
    let local = now.with_timezone(&zone);
    let h = local.hour() as u8;
    let quiet = if q.from < q.to {
        (q.from..q.to).contains(&h)
    } else {
        h >= q.from || h < q.to
    };
    if !quiet {
        return None;
    }
    let end = NaiveTime::from_hms_opt(u32::from(q.to), 0, 0)?;
    let mut day = local.date_naive();
    if h >= q.to {
        day += Duration::days(1);
    }
    let end = zone.from_local_datetime(&day.and_time(end)).single()?;
    Some(end.with_timezone(&Utc))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use Channel::*;
    use MessageKind::*;

    /// `h:m` China time on 2026-12-01 (the campaign rules' tests use it too).
    pub(crate) fn at(h: u32, m: u32) -> DateTime<Utc> {
        // 2026-12-01 in China (UTC+8): `h` is China time.
        FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 1, h, m, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn china(day: u32, h: u32) -> DateTime<Utc> {
        FixedOffset::east_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, day, h, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn each_message_goes_only_where_the_rules_allow() {
        let mut prefs = default_prefs();
        prefs.kinds[2].channels = vec![InApp, Sms, Email];
        let noon = at(12, 0);
        let night = at(23, 30);
        for (kind, channel, consented, week, now, want) in [
            (OrderUpdates, InApp, false, 0, noon, Decision::Send),
            (OrderUpdates, Email, false, 9, night, Decision::Send),
            (
                OrderUpdates,
                Sms,
                true,
                0,
                noon,
                Decision::Skip(Reason::NotChosen),
            ),
            (
                ServiceReplies,
                Wechat,
                true,
                0,
                noon,
                Decision::Skip(Reason::NotChosen),
            ),
            (Offers, InApp, false, 0, noon, Decision::Send),
            (
                Offers,
                Sms,
                false,
                0,
                noon,
                Decision::Skip(Reason::NoConsent),
            ),
            (Offers, Sms, true, 0, noon, Decision::Send),
            (Offers, Email, true, 1, noon, Decision::Send),
            (
                Offers,
                Email,
                true,
                2,
                noon,
                Decision::Skip(Reason::WeeklyCap),
            ),
            (
                Offers,
                InApp,
                false,
                2,
                noon,
                Decision::Skip(Reason::WeeklyCap),
            ),
            (
                Offers,
                Wechat,
                true,
                0,
                noon,
                Decision::Skip(Reason::NotChosen),
            ),
            (
                Offers,
                Sms,
                true,
                0,
                night,
                Decision::HoldUntil(china(2, 8)),
            ),
            (Offers, InApp, false, 0, night, Decision::Send),
            (
                Offers,
                Sms,
                false,
                0,
                night,
                Decision::Skip(Reason::NoConsent),
            ),
        ] {
            assert_eq!(
                decide(kind, channel, &prefs, consented, week, now),
                want,
                "{kind:?} {channel:?} consent={consented} week={week} {now}"
            );
        }
    }

    #[test]
    fn quiet_hours_span_midnight_or_not_in_the_members_time() {
        let night = QuietHours { from: 22, to: 8 };
        let lunch = QuietHours { from: 12, to: 14 };
        for (q, now, want) in [
            (night, at(21, 59), None),
            (night, at(22, 0), Some(china(2, 8))),
            (night, at(3, 0), Some(china(1, 8))),
            (night, at(8, 0), None),
            (lunch, at(12, 30), Some(china(1, 14))),
            (lunch, at(14, 0), None),
        ] {
            assert_eq!(quiet_until(q, 8 * 60, now), want, "{q:?} {now}");
        }
        // The same instant is 05:00 in Berlin (UTC+1): quiet there until 08:00 Berlin time.
        let berlin = quiet_until(night, 60, at(12, 0)).unwrap();
        assert_eq!(berlin, at(15, 0));
    }
}
