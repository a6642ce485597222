//! The rate limits, each keyed to what it protects and sized for a fair: a hall's Wi-Fi or a
//! carrier's NAT puts thousands of visitors behind one address, so per-address ceilings are
//! ceilings for a crowd, and what is worth guessing is limited per account or identity. The
//! README's limits table gives each number and its reason. Time is passed in, so the crowd
//! scenarios are tested without waiting (`tests` below); every refusal is counted per limit for
//! `/metrics`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::rules::limits::RateLimit;

/// Which limit refused, and how long until it would not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub limit: Limit,
    pub wait: Duration,
}

/// Every limit by name (the `limit` label of `expocx_rate_limited_total`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    SignInAccount,
    SignInAddress,
    SignUpIdentity,
    SignUpAddressBurst,
    SignUpAddress,
    SignUpAll,
    DeviceKeysAddress,
    CouponAddress,
    CouponAccount,
    BadgeScans,
    Pickups,
    Invites,
    InviteLookups,
}

impl Limit {
    pub const ALL: [Limit; 13] = [
        Limit::SignInAccount,
        Limit::SignInAddress,
        Limit::SignUpIdentity,
        Limit::SignUpAddressBurst,
        Limit::SignUpAddress,
        Limit::SignUpAll,
        Limit::DeviceKeysAddress,
        Limit::CouponAddress,
        Limit::CouponAccount,
        Limit::BadgeScans,
        Limit::Pickups,
        Limit::Invites,
        Limit::InviteLookups,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Limit::SignInAccount => "sign_in_account",
            Limit::SignInAddress => "sign_in_address",
            Limit::SignUpIdentity => "sign_up_identity",
            Limit::SignUpAddressBurst => "sign_up_address_minute",
            Limit::SignUpAddress => "sign_up_address_hour",
            Limit::SignUpAll => "sign_up_all",
            Limit::DeviceKeysAddress => "device_keys_address",
            Limit::CouponAddress => "coupon_address",
            Limit::CouponAccount => "coupon_account",
            Limit::BadgeScans => "badge_scans",
            Limit::Pickups => "pickups",
            Limit::Invites => "invites",
            Limit::InviteLookups => "invite_lookups",
        }
    }
}

/// All the server's limits, with a count of refusals per limit.
pub struct Limits {
    rules: Vec<(Limit, RateLimit)>,
    refused: [AtomicU64; Limit::ALL.len()],
}

impl Default for Limits {
    fn default() -> Self {
        let min = |m: u64| Duration::from_secs(60 * m);
        let table = [
            (Limit::SignInAccount, 10, min(15)),
            (Limit::SignInAddress, 3_000, min(15)),
            (Limit::SignUpIdentity, 5, min(60)),
            (Limit::SignUpAddressBurst, 120, min(1)),
            (Limit::SignUpAddress, 3_000, min(60)),
            (Limit::SignUpAll, 20_000, min(60)),
            (Limit::DeviceKeysAddress, 20_000, min(60)),
            (Limit::CouponAddress, 1_200, min(10)),
            (Limit::CouponAccount, 60, min(10)),
            (Limit::BadgeScans, 120, min(10)),
            (Limit::Pickups, 120, min(10)),
            // Per exhibitor: a team is invited a few people at a time.
            (Limit::Invites, 60, min(60)),
            // Per address: tokens are 128-bit, so guessing never pays; a hall's crowd shares
            // one address.
            (Limit::InviteLookups, 3_000, min(15)),
        ];
        Limits {
            rules: table
                .into_iter()
                .map(|(l, max, window)| (l, RateLimit::new(max, window)))
                .collect(),
            refused: Default::default(),
        }
    }
}

impl Limits {
    fn rule(&self, limit: Limit) -> &RateLimit {
        &self
            .rules
            .iter()
            .find(|(l, _)| *l == limit)
            .expect("every limit has a rule")
            .1
    }

    /// Counts one attempt against every `(limit, key)` at once: refused (and nothing counted)
    /// when any of them is full.
    pub fn attempt(&self, checks: &[(Limit, &str)], now: Instant) -> Result<(), Refused> {
        for (limit, key) in checks {
            if let Some(wait) = self.rule(*limit).wait(key, now) {
                return Err(self.refuse(*limit, wait));
            }
        }
        for (limit, key) in checks {
            self.rule(*limit)
                .hit(key, now)
                .map_err(|wait| self.refuse(*limit, wait))?;
        }
        Ok(())
    }

    /// Refused when `key` has no room left under `limit`; counts nothing (sign-in failures are
    /// counted only when they fail: `failed`).
    pub fn check(&self, limit: Limit, key: &str, now: Instant) -> Result<(), Refused> {
        match self.rule(limit).wait(key, now) {
            Some(wait) => Err(self.refuse(limit, wait)),
            None => Ok(()),
        }
    }

    /// Records a failed attempt of `key` under `limit` (refusals here are not counted again).
    pub fn failed(&self, limit: Limit, key: &str, now: Instant) {
        let _ = self.rule(limit).hit(key, now);
    }

    /// Forgets `key` under `limit` (a successful sign-in clears its failures).
    pub fn clear(&self, limit: Limit, key: &str) {
        self.rule(limit).clear(key);
    }

    /// A new account from `address` for `identity` (an email, phone or WeChat id, normalized).
    pub fn sign_up(&self, address: &str, identity: &str, now: Instant) -> Result<(), Refused> {
        self.attempt(
            &[
                (Limit::SignUpIdentity, identity),
                (Limit::SignUpAddressBurst, address),
                (Limit::SignUpAddress, address),
                (Limit::SignUpAll, ""),
            ],
            now,
        )
    }

    fn refuse(&self, limit: Limit, wait: Duration) -> Refused {
        if let Some(i) = Limit::ALL.iter().position(|l| *l == limit) {
            self.refused[i].fetch_add(1, Ordering::Relaxed);
        }
        Refused { limit, wait }
    }

    /// How many requests each limit refused since the server started.
    pub fn refusals(&self) -> Vec<(&'static str, u64)> {
        Limit::ALL
            .iter()
            .zip(&self.refused)
            .map(|(l, n)| (l.name(), n.load(Ordering::Relaxed)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALL: &str = "203.0.113.7";

    /// `n` events spread evenly over `span` from `start`.
    fn spread(start: Instant, span: Duration, n: u32) -> impl Iterator<Item = (u32, Instant)> {
        (0..n).map(move |i| (i, start + span * i / n))
    }

    #[test]
    fn a_crowd_behind_one_address_gets_its_device_keys_and_sign_ups() {
        let limits = Limits::default();
        let start = Instant::now();
        let hour = Duration::from_secs(3600);
        for (i, at) in spread(start, hour, 2_000) {
            let key = limits.attempt(&[(Limit::DeviceKeysAddress, HALL)], at);
            assert_eq!(key, Ok(()), "visitor {i} got a device key");
        }
        for (i, at) in spread(start, hour, 500) {
            let email = format!("visitor{i}@example.com");
            assert_eq!(
                limits.sign_up(HALL, &email, at),
                Ok(()),
                "visitor {i} signed up"
            );
        }
        assert!(limits.refusals().iter().all(|(_, n)| *n == 0));
    }

    #[test]
    fn a_script_behind_one_address_is_still_stopped() {
        let limits = Limits::default();
        let start = Instant::now();
        let accepted = spread(start, Duration::from_secs(60), 10_000)
            .filter(|(i, at)| {
                limits
                    .sign_up(HALL, &format!("bot{i}@example.com"), *at)
                    .is_ok()
            })
            .count();
        assert_eq!(accepted, 120, "a minute's burst from one address");
        let refused = limits.refusals();
        assert!(refused.contains(&("sign_up_address_minute", 10_000 - 120)));
        // An hour of it: the hourly ceiling holds too.
        let limits = Limits::default();
        let accepted = spread(start, Duration::from_secs(3600), 10_000)
            .filter(|(i, at)| {
                limits
                    .sign_up(HALL, &format!("bot{i}@example.com"), *at)
                    .is_ok()
            })
            .count();
        assert_eq!(accepted, 3_000);
    }

    #[test]
    fn one_identity_and_the_whole_server_have_ceilings_of_their_own() {
        let limits = Limits::default();
        let now = Instant::now();
        for i in 0..5 {
            assert!(limits
                .sign_up(&format!("10.0.0.{i}"), "same@example.com", now)
                .is_ok());
        }
        let refused = limits.sign_up("10.0.1.1", "same@example.com", now);
        assert_eq!(refused.map_err(|r| r.limit), Err(Limit::SignUpIdentity));
        // Many addresses together cannot pass the server's own ceiling.
        let accepted = (0..25_000u32)
            .filter(|i| {
                let address = format!("198.51.{}.{}", i / 250, i % 250);
                let at = now + Duration::from_millis(u64::from(*i) * 100);
                limits
                    .sign_up(&address, &format!("u{i}@example.com"), at)
                    .is_ok()
            })
            .count();
        assert_eq!(accepted, 20_000 - 5, "the 5 above count too");
    }

    #[test]
    fn a_refusal_counts_nothing_against_the_other_limits() {
        let limits = Limits::default();
        let now = Instant::now();
        for _ in 0..5 {
            limits.sign_up(HALL, "x@example.com", now).unwrap();
        }
        // The identity is full: the address's buckets are not charged for the refusals.
        for _ in 0..500 {
            assert!(limits.sign_up(HALL, "x@example.com", now).is_err());
        }
        for i in 0..115 {
            assert!(limits
                .sign_up(HALL, &format!("y{i}@example.com"), now)
                .is_ok());
        }
    }

    #[test]
    fn repeated_wrong_passwords_for_one_account_are_still_slowed() {
        let limits = Limits::default();
        let now = Instant::now();
        for _ in 0..10 {
            assert!(limits
                .check(Limit::SignInAccount, "a@example.com", now)
                .is_ok());
            limits.failed(Limit::SignInAccount, "a@example.com", now);
        }
        let r = limits.check(Limit::SignInAccount, "a@example.com", now);
        assert_eq!(r.map_err(|r| r.limit), Err(Limit::SignInAccount));
        limits.clear(Limit::SignInAccount, "a@example.com");
        assert!(limits
            .check(Limit::SignInAccount, "a@example.com", now)
            .is_ok());
    }
}
