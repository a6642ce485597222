//! Rate limits: at most `max` hits per key in a sliding `window`. Time is passed in, so the
//! rule is tested without waiting; the server keeps one limiter per kind of attempt.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keys kept at most; beyond this the oldest idle keys are dropped first (memory stays bounded).
const MAX_KEYS: usize = 100_000;

pub struct RateLimit {
    pub max: usize,
    pub window: Duration,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimit {
    pub fn new(max: usize, window: Duration) -> Self {
        RateLimit {
            max,
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// How long until `key` may try again (`None`: it may now). Records nothing.
    pub fn wait(&self, key: &str, now: Instant) -> Option<Duration> {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        let q = hits.get_mut(key)?;
        self.expire(q, now);
        (q.len() >= self.max).then(|| self.window - now.duration_since(q[0]))
    }

    /// Records an attempt of `key`; refused (with the wait) when the window is full.
    pub fn hit(&self, key: &str, now: Instant) -> Result<(), Duration> {
        if let Some(wait) = self.wait(key, now) {
            return Err(wait);
        }
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() >= MAX_KEYS && !hits.contains_key(key) {
            let window = self.window;
            hits.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
            if hits.len() >= MAX_KEYS {
                return Err(Duration::from_secs(1));
            }
        }
        hits.entry(key.to_string()).or_default().push_back(now);
        Ok(())
    }

    /// Forgets `key` (a successful sign-in clears its failures).
    pub fn clear(&self, key: &str) {
        self.hits
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }

    fn expire(&self, q: &mut VecDeque<Instant>, now: Instant) {
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            q.pop_front();
        }
    }
}

/// Whole seconds to tell a client in `Retry-After` (at least 1).
pub fn retry_after_secs(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0).max(u64::from(wait.as_secs() == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_window_refuses_until_the_oldest_hit_leaves_it() {
        let limit = RateLimit::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        let s = Duration::from_secs;
        // (seconds after t0, key, allowed, wait told when refused)
        let steps: &[(u64, &str, bool, u64)] = &[
            (0, "a", true, 0),
            (10, "a", true, 0),
            (20, "a", true, 0),
            (30, "a", false, 30),
            (30, "b", true, 0),
            (59, "a", false, 1),
            (60, "a", true, 0),
            (61, "a", false, 9),
            (70, "a", true, 0),
        ];
        for (at, key, allowed, wait) in steps {
            let got = limit.hit(key, t0 + s(*at));
            match got {
                Ok(()) => assert!(allowed, "{at}s {key}: allowed, expected refused"),
                Err(w) => {
                    assert!(!allowed, "{at}s {key}: refused, expected allowed");
                    assert_eq!(w, s(*wait), "{at}s {key}");
                }
            }
        }
    }

    #[test]
    fn clearing_a_key_lets_it_try_again() {
        let limit = RateLimit::new(1, Duration::from_secs(60));
        let now = Instant::now();
        assert!(limit.hit("a", now).is_ok());
        assert!(limit.hit("a", now).is_err());
        assert!(limit.wait("a", now).is_some());
        limit.clear("a");
        assert!(limit.wait("a", now).is_none());
        assert!(limit.hit("a", now).is_ok());
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        for (ms, want) in [(0, 1), (1, 1), (999, 1), (1000, 1), (1001, 2), (30_000, 30)] {
            assert_eq!(retry_after_secs(Duration::from_millis(ms)), want, "{ms} ms");
        }
    }
}
