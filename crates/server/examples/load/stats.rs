//! What a phase of the load measured: per operation, every answer's latency and how many said
//! "sold out" or were errors; summed into requests, req/s, p50 and p99.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{json, Value};

/// How a request ended.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The answer the operation expects (2xx).
    Ok,
    /// The product sold out: a real answer, counted apart from errors.
    SoldOut,
    /// Any other status (`0`: no answer at all).
    Error(u16),
}

#[derive(Default)]
pub struct Row {
    latencies: Vec<Duration>,
    sold_out: u64,
    errors: u64,
    /// Errors by status (`0`: no answer).
    error_statuses: BTreeMap<u16, u64>,
}

/// Rows in the order their operations were first seen.
#[derive(Default)]
pub struct Recorder {
    rows: Vec<(&'static str, Row)>,
}

impl Recorder {
    fn row(&mut self, op: &'static str) -> &mut Row {
        let at = match self.rows.iter().position(|(name, _)| *name == op) {
            Some(i) => i,
            None => {
                self.rows.push((op, Row::default()));
                self.rows.len() - 1
            }
        };
        &mut self.rows[at].1
    }

    /// One request of `op` that took `took` (answers of every kind count in the latencies).
    pub fn add(&mut self, op: &'static str, took: Duration, outcome: Outcome) {
        let row = self.row(op);
        row.latencies.push(took);
        match outcome {
            Outcome::Ok => {}
            Outcome::SoldOut => row.sold_out += 1,
            Outcome::Error(status) => {
                row.errors += 1;
                *row.error_statuses.entry(status).or_default() += 1;
            }
        }
    }

    pub fn merge(&mut self, other: Recorder) {
        for (op, r) in other.rows {
            let row = self.row(op);
            row.latencies.extend(r.latencies);
            row.sold_out += r.sold_out;
            row.errors += r.errors;
            for (status, n) in r.error_statuses {
                *row.error_statuses.entry(status).or_default() += n;
            }
        }
    }

    /// Each operation's figures over a phase that lasted `elapsed`.
    pub fn summary(self, elapsed: Duration) -> Vec<Summary> {
        self.rows
            .into_iter()
            .map(|(op, mut r)| {
                r.latencies.sort_unstable();
                Summary {
                    op,
                    requests: r.latencies.len() as u64,
                    sold_out: r.sold_out,
                    errors: r.errors,
                    per_second: r.latencies.len() as f64 / elapsed.as_secs_f64(),
                    p50_ms: percentile(&r.latencies, 0.50),
                    p99_ms: percentile(&r.latencies, 0.99),
                    max_ms: r.latencies.last().map_or(0.0, ms),
                    error_statuses: r.error_statuses,
                }
            })
            .collect()
    }
}

pub struct Summary {
    pub op: &'static str,
    pub requests: u64,
    pub sold_out: u64,
    pub errors: u64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub error_statuses: BTreeMap<u16, u64>,
}

impl Summary {
    pub fn json(&self) -> Value {
        let r = |x: f64| (x * 100.0).round() / 100.0;
        json!({
            "operation": self.op,
            "requests": self.requests,
            "sold_out": self.sold_out,
            "errors": self.errors,
            "errors_by_status": self.error_statuses,
            "per_second": r(self.per_second),
            "p50_ms": r(self.p50_ms),
            "p99_ms": r(self.p99_ms),
            "max_ms": r(self.max_ms),
        })
    }
}

fn ms(d: &Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of sorted latencies, in milliseconds (0 when there are none).
fn percentile(sorted: &[Duration], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    ms(&sorted[rank.clamp(1, sorted.len()) - 1])
}

/// The table printed at the end.
pub fn table(rows: &[Summary]) -> String {
    let mut out = format!(
        "{:<34} {:>9} {:>7} {:>8} {:>9} {:>8} {:>8}\n",
        "operation", "requests", "errors", "sold out", "req/s", "p50 ms", "p99 ms"
    );
    for s in rows {
        out += &format!(
            "{:<34} {:>9} {:>7} {:>8} {:>9.0} {:>8.2} {:>8.2}\n",
            s.op, s.requests, s.errors, s.sold_out, s.per_second, s.p50_ms, s.p99_ms
        );
    }
    for s in rows.iter().filter(|s| s.errors > 0) {
        out += &format!(
            "errors of {} by status (0: no answer): {:?}\n",
            s.op, s.error_statuses
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank_over_every_answer() {
        let mut rec = Recorder::default();
        for i in 1..=100 {
            let outcome = if i == 100 {
                Outcome::SoldOut
            } else {
                Outcome::Ok
            };
            rec.add("op", Duration::from_millis(i), outcome);
        }
        rec.add("other", Duration::from_millis(7), Outcome::Error(503));
        let rows = rec.summary(Duration::from_secs(10));
        assert_eq!(rows[0].op, "op");
        assert_eq!(
            (rows[0].requests, rows[0].sold_out, rows[0].errors),
            (100, 1, 0)
        );
        assert_eq!((rows[0].p50_ms, rows[0].p99_ms), (50.0, 99.0));
        assert_eq!(rows[0].per_second, 10.0);
        assert_eq!(
            (rows[1].requests, rows[1].errors, rows[1].p99_ms),
            (1, 1, 7.0)
        );
        assert_eq!(rows[1].error_statuses, BTreeMap::from([(503, 1)]));
    }
}
