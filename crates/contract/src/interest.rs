//! The interest profile behind "千人千面" and the ranking that uses it: pure Rust, no I/O, so the
//! SPA runs it on the device and the backend can merge and extend it with its own interactions.
//!
//! Scores decay exponentially (half-life [`HALF_LIFE_DAYS`]): what the visitor looked at
//! yesterday counts more than last week. The ranking mixes the visitor's categories and
//! exhibitors and spreads the results so one category does not flood the page.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const HALF_LIFE_DAYS: f64 = 7.0;
const DAY_MS: f64 = 86_400_000.0;
/// Entries kept per kind; the weakest are forgotten first.
pub const MAX_ENTRIES: usize = 60;
const FORGET_BELOW: f64 = 0.01;

/// What the visitor did, with the ids it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interaction {
    Viewed,
    AddedToCart,
    /// Added by the backend from paid orders.
    Ordered,
}

impl Interaction {
    pub fn weight(self) -> f64 {
        match self {
            Interaction::Viewed => 1.0,
            Interaction::AddedToCart => 3.0,
            Interaction::Ordered => 5.0,
        }
    }
}

/// Scores by category, exhibitor and product id, as of `updated_at_ms`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InterestProfile {
    /// Milliseconds since 1970 (UTC) when the scores were last brought up to date.
    pub updated_at_ms: i64,
    #[serde(default)]
    #[cfg_attr(
        target_arch = "wasm32",
        serde(serialize_with = "crate::wire_score::scores")
    )]
    pub categories: BTreeMap<i64, f64>,
    #[serde(default)]
    #[cfg_attr(
        target_arch = "wasm32",
        serde(serialize_with = "crate::wire_score::scores")
    )]
    pub exhibitors: BTreeMap<i64, f64>,
    #[serde(default)]
    #[cfg_attr(
        target_arch = "wasm32",
        serde(serialize_with = "crate::wire_score::scores")
    )]
    pub products: BTreeMap<i64, f64>,
}

fn decay_factor(from_ms: i64, to_ms: i64) -> f64 {
    let days = to_ms.saturating_sub(from_ms).max(0) as f64 / DAY_MS;
    crate::halving::half_to_the(days / HALF_LIFE_DAYS)
}

fn prune(map: &mut BTreeMap<i64, f64>) {
    map.retain(|_, v| v.is_finite() && *v >= FORGET_BELOW);
    if map.len() > MAX_ENTRIES {
        let mut scores: Vec<f64> = map.values().copied().collect();
        scores.sort_unstable_by(|a, b| b.total_cmp(a));
        let cut = scores[MAX_ENTRIES - 1];
        let mut kept = 0;
        map.retain(|_, v| {
            let keep = *v >= cut && kept < MAX_ENTRIES;
            kept += keep as usize;
            keep
        });
    }
}

impl InterestProfile {
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.exhibitors.is_empty() && self.products.is_empty()
    }

    /// Brings every score to `now_ms` (decay) and forgets what has faded.
    pub fn decay_to(&mut self, now_ms: i64) {
        if now_ms > self.updated_at_ms {
            let f = decay_factor(self.updated_at_ms, now_ms);
            for map in [
                &mut self.categories,
                &mut self.exhibitors,
                &mut self.products,
            ] {
                map.values_mut().for_each(|v| *v *= f);
                prune(map);
            }
            self.updated_at_ms = now_ms;
        }
    }

    /// Records one action on a product.
    pub fn record(
        &mut self,
        interaction: Interaction,
        product_id: i64,
        category_id: i64,
        exhibitor_id: i64,
        now_ms: i64,
    ) {
        self.decay_to(now_ms);
        let w = interaction.weight();
        *self.products.entry(product_id).or_default() += w;
        *self.categories.entry(category_id).or_default() += w;
        *self.exhibitors.entry(exhibitor_id).or_default() += w * 0.6;
        for map in [
            &mut self.categories,
            &mut self.exhibitors,
            &mut self.products,
        ] {
            prune(map);
        }
    }

    /// Combines two profiles (e.g. this device's and the account's): both decayed to `now_ms`,
    /// scores added.
    pub fn merge(&mut self, other: &InterestProfile, now_ms: i64) {
        let mut other = other.clone();
        other.decay_to(now_ms);
        self.decay_to(now_ms);
        for (mine, theirs) in [
            (&mut self.categories, &other.categories),
            (&mut self.exhibitors, &other.exhibitors),
            (&mut self.products, &other.products),
        ] {
            for (k, v) in theirs {
                *mine.entry(*k).or_default() += v;
            }
            prune(mine);
        }
    }

    /// Whether the profile is small and sane enough to accept from a client.
    pub fn is_well_formed(&self) -> bool {
        [&self.categories, &self.exhibitors, &self.products]
            .iter()
            .all(|m| m.len() <= MAX_ENTRIES * 2 && m.values().all(|v| v.is_finite() && *v >= 0.0))
            // Never updated (0), or a time a client can honestly have: 2000 to 2200.
            && (self.updated_at_ms == 0
                || (946_684_800_000..=7_258_118_400_000).contains(&self.updated_at_ms))
    }

    /// The strongest entries of one kind, best first.
    pub fn top(map: &BTreeMap<i64, f64>, n: usize) -> Vec<(i64, f64)> {
        let mut v: Vec<(i64, f64)> = map.iter().map(|(k, s)| (*k, *s)).collect();
        // Keys are unique, so an unstable sort gives the same order (and less code in the SPA).
        v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }
}

/// What ranking needs to know of a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub product_id: i64,
    pub category_id: i64,
    pub exhibitor_id: i64,
    pub featured: bool,
}

/// Why an item is shown ("why am I seeing this?").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Because you viewed (or bought) products of this category.
    Category(i64),
    /// Because you looked at this exhibitor's products.
    Exhibitor(i64),
    /// Not personalized: featured or popular at the expo.
    Popular,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// Index into the candidates.
    pub index: usize,
    pub score: f64,
    pub reason: Reason,
}

/// How much a second, third… item of the same category is worth.
const SAME_CATEGORY_PENALTY: f64 = 0.55;
const SAME_EXHIBITOR_PENALTY: f64 = 0.75;

/// Ranks `candidates` for the visitor and returns the best `n`, each with its reason.
/// Without a profile (no consent, or nothing recorded yet) the order is featured first, then as
/// given, and every reason is [`Reason::Popular`].
pub fn rank(
    profile: Option<&InterestProfile>,
    now_ms: i64,
    candidates: &[Candidate],
    n: usize,
) -> Vec<Ranked> {
    let profile = profile.filter(|p| !p.is_empty()).map(|p| {
        let mut p = p.clone();
        p.decay_to(now_ms);
        p
    });
    let Some(p) = profile else {
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        // The index breaks ties: featured first, then as given.
        order.sort_unstable_by_key(|&i| (!candidates[i].featured, i));
        return order
            .into_iter()
            .take(n)
            .map(|index| Ranked {
                index,
                score: 0.0,
                reason: Reason::Popular,
            })
            .collect();
    };
    let max = |m: &BTreeMap<i64, f64>| m.values().copied().fold(0.0f64, f64::max).max(1e-9);
    let (cmax, emax, pmax) = (max(&p.categories), max(&p.exhibitors), max(&p.products));
    let base: Vec<(f64, Reason)> = candidates
        .iter()
        .map(|c| {
            let cs = p.categories.get(&c.category_id).copied().unwrap_or(0.0) / cmax;
            let es = p.exhibitors.get(&c.exhibitor_id).copied().unwrap_or(0.0) / emax;
            // Something seen many times already is a little less worth showing again.
            let seen = p.products.get(&c.product_id).copied().unwrap_or(0.0) / pmax;
            let score = cs + 0.7 * es + if c.featured { 0.1 } else { 0.0 } - 0.3 * seen;
            let reason = if cs == 0.0 && es == 0.0 {
                Reason::Popular
            } else if cs >= 0.7 * es {
                Reason::Category(c.category_id)
            } else {
                Reason::Exhibitor(c.exhibitor_id)
            };
            (score, reason)
        })
        .collect();
    // Greedy selection with a penalty for repeats keeps the list varied.
    let mut taken = vec![false; candidates.len()];
    let mut per_category: BTreeMap<i64, i32> = BTreeMap::new();
    let mut per_exhibitor: BTreeMap<i64, i32> = BTreeMap::new();
    let mut out = Vec::new();
    while out.len() < n.min(candidates.len()) {
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in candidates.iter().enumerate() {
            if taken[i] {
                continue;
            }
            let rc = per_category.get(&c.category_id).copied().unwrap_or(0);
            let re = per_exhibitor.get(&c.exhibitor_id).copied().unwrap_or(0);
            let s = base[i].0 * SAME_CATEGORY_PENALTY.powi(rc) * SAME_EXHIBITOR_PENALTY.powi(re)
                // Repeats also lose a fixed amount, so zero-score items can overtake them.
                - 0.05 * (rc + re) as f64;
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        let Some((i, s)) = best else { break };
        taken[i] = true;
        *per_category.entry(candidates[i].category_id).or_default() += 1;
        *per_exhibitor.entry(candidates[i].exhibitor_id).or_default() += 1;
        out.push(Ranked {
            index: i,
            score: s,
            reason: base[i].1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_000_000_000;
    const DAY: i64 = 86_400_000;

    fn c(product_id: i64, category_id: i64, exhibitor_id: i64, featured: bool) -> Candidate {
        Candidate {
            product_id,
            category_id,
            exhibitor_id,
            featured,
        }
    }

    fn catalog() -> Vec<Candidate> {
        // 5 categories × 6 products, 2 exhibitors per category; product 1 and 13 featured.
        (0..30)
            .map(|i| c(i + 1, i / 6 + 1, (i / 3) + 1, i == 0 || i == 12))
            .collect()
    }

    #[test]
    fn cold_start_shows_featured_first_and_says_so() {
        let cands = catalog();
        let empty = InterestProfile::default();
        for profile in [None, Some(&empty)] {
            let r = rank(profile, NOW, &cands, 4);
            assert_eq!(r.len(), 4);
            assert_eq!(cands[r[0].index].product_id, 1);
            assert_eq!(cands[r[1].index].product_id, 13);
            assert!(r.iter().all(|x| x.reason == Reason::Popular));
        }
    }

    #[test]
    fn what_was_viewed_comes_first_with_its_reason() {
        let cands = catalog();
        let mut p = InterestProfile::default();
        // Viewed two tea products (category 4, exhibitor 7).
        p.record(Interaction::Viewed, 19, 4, 7, NOW - DAY);
        p.record(Interaction::Viewed, 20, 4, 7, NOW);
        let r = rank(Some(&p), NOW, &cands, 6);
        assert_eq!(cands[r[0].index].category_id, 4);
        assert_eq!(r[0].reason, Reason::Category(4));
        // The rest is not personal and says so.
        assert!(r
            .iter()
            .filter(|x| cands[x.index].category_id != 4)
            .all(|x| x.reason == Reason::Popular));
    }

    #[test]
    fn old_interests_fade_and_recent_ones_win() {
        let mut p = InterestProfile::default();
        for _ in 0..3 {
            p.record(Interaction::Viewed, 1, 1, 1, NOW - 28 * DAY);
        }
        p.record(Interaction::Viewed, 25, 5, 9, NOW);
        p.decay_to(NOW);
        // Three views four weeks ago (half-life 7 days) weigh 3/16 of one view now.
        let old = p.categories[&1];
        assert!((old - 3.0 / 16.0).abs() < 1e-9, "{old}");
        assert!(p.categories[&5] > old);
        let r = rank(Some(&p), NOW, &catalog(), 1);
        assert_eq!(r[0].reason, Reason::Category(5));
        // Half a year later everything has faded away.
        p.decay_to(NOW + 180 * DAY);
        assert!(p.is_empty());
    }

    #[test]
    fn one_category_does_not_flood_the_page() {
        let cands = catalog();
        let mut p = InterestProfile::default();
        for id in 7..=12 {
            p.record(Interaction::AddedToCart, id, 2, 3, NOW);
        }
        p.record(Interaction::Viewed, 1, 1, 1, NOW);
        let r = rank(Some(&p), NOW, &cands, 8);
        let of_two = r.iter().filter(|x| cands[x.index].category_id == 2).count();
        assert!(of_two >= 2, "the favourite still leads: {of_two}");
        assert!(of_two <= 4, "but takes at most half of the page: {of_two}");
        assert_eq!(cands[r[0].index].category_id, 2);
        let categories: std::collections::BTreeSet<i64> =
            r.iter().map(|x| cands[x.index].category_id).collect();
        assert!(categories.len() >= 3, "{categories:?}");
    }

    #[test]
    fn merging_adds_scores_and_keeps_every_interest() {
        let mut device = InterestProfile::default();
        device.record(Interaction::Viewed, 1, 1, 1, NOW);
        let mut account = InterestProfile::default();
        account.record(Interaction::Ordered, 2, 1, 2, NOW - DAY);
        account.record(Interaction::Viewed, 30, 5, 10, NOW - DAY);
        device.merge(&account, NOW);
        assert!(device.categories[&1] > 5.0 * 0.9);
        assert!(device.categories.contains_key(&5));
        assert_eq!(device.exhibitors.len(), 3);
        assert!(device.is_well_formed());
    }

    #[test]
    fn the_profile_stays_bounded() {
        let mut p = InterestProfile::default();
        for id in 0..500 {
            p.record(Interaction::Viewed, id, id, id, NOW + id);
        }
        assert!(p.products.len() <= MAX_ENTRIES);
        assert!(p.categories.len() <= MAX_ENTRIES);
        // The most recent survive.
        assert!(p.products.contains_key(&499));
        let json = serde_json::to_string(&p).unwrap();
        let back: InterestProfile = serde_json::from_str(&json).unwrap();
        assert_eq!(back.products.len(), p.products.len());
    }
}
