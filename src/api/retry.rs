//! When a request is tried again.

/// How often and how patiently a read is retried after a passing failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub first_delay_ms: u32,
    pub factor: u32,
}

impl RetryPolicy {
    /// Reads: three tries, waiting 400 ms then 1.2 s; a weak hall signal often recovers.
    pub const READS: RetryPolicy = RetryPolicy {
        attempts: 3,
        first_delay_ms: 400,
        factor: 3,
    };
    /// Writes are never repeated blindly: they go once (an idempotency key makes a manual
    /// retry safe).
    pub const ONCE: RetryPolicy = RetryPolicy {
        attempts: 1,
        first_delay_ms: 0,
        factor: 1,
    };

    /// The wait before try number `attempt` (0-based), or `None` when out of tries.
    pub fn delay_before(&self, attempt: u32) -> Option<u32> {
        match attempt {
            0 => Some(0),
            a if a < self.attempts => Some(self.first_delay_ms * self.factor.pow(a - 1)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_off_then_give_up() {
        let p = RetryPolicy::READS;
        assert_eq!(p.delay_before(0), Some(0));
        assert_eq!(p.delay_before(1), Some(400));
        assert_eq!(p.delay_before(2), Some(1200));
        assert_eq!(p.delay_before(3), None);
    }

    #[test]
    fn writes_go_once() {
        assert_eq!(RetryPolicy::ONCE.delay_before(0), Some(0));
        assert_eq!(RetryPolicy::ONCE.delay_before(1), None);
    }
}
