//! Where a booth's pickup slot may lie: on the expo's days (the venue's calendar) and not over
//! another slot of the same booth.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use expocx_contract::{FieldError, FieldErrorCode};

use super::dashboard::bounds;

/// Field errors for a slot from `starts` to `ends`, given the expo's days and the booth's
/// other slots; empty when it can be stored.
pub fn place(
    (starts, ends): (DateTime<Utc>, DateTime<Utc>),
    (first_day, last_day, tz): (NaiveDate, NaiveDate, Tz),
    others: &[(DateTime<Utc>, DateTime<Utc>)],
) -> Vec<FieldError> {
    let (open, close) = bounds(first_day, last_day, tz);
    if starts < open || ends > close {
        return vec![FieldError::new("starts_at", FieldErrorCode::OutOfRange)];
    }
    if others.iter().any(|(s, e)| starts < *e && *s < ends) {
        return vec![FieldError::new("starts_at", FieldErrorCode::Duplicate)];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_lies_on_the_expo_days_in_the_future_and_apart_from_others() {
        let tz: Tz = "Asia/Shanghai".parse().unwrap();
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let expo = (day(3), day(6), tz);
        // 10:00–11:00 on 4 December, venue time.
        let taken = [(at("2026-12-04T02:00:00Z"), at("2026-12-04T03:00:00Z"))];
        for (starts, ends, want) in [
            ("2026-12-04T03:00:00Z", "2026-12-04T03:30:00Z", None),
            ("2026-12-04T01:30:00Z", "2026-12-04T02:00:00Z", None),
            // The first minute of the first day, the last of the last (venue midnight).
            ("2026-12-02T16:00:00Z", "2026-12-02T17:00:00Z", None),
            ("2026-12-06T15:00:00Z", "2026-12-06T16:00:00Z", None),
            (
                "2026-12-02T15:30:00Z",
                "2026-12-02T16:30:00Z",
                Some(FieldErrorCode::OutOfRange),
            ),
            (
                "2026-12-06T15:30:00Z",
                "2026-12-06T16:30:00Z",
                Some(FieldErrorCode::OutOfRange),
            ),
            (
                "2026-12-04T02:30:00Z",
                "2026-12-04T03:30:00Z",
                Some(FieldErrorCode::Duplicate),
            ),
            (
                "2026-12-04T01:30:00Z",
                "2026-12-04T02:01:00Z",
                Some(FieldErrorCode::Duplicate),
            ),
            (
                "2026-12-04T01:00:00Z",
                "2026-12-04T04:00:00Z",
                Some(FieldErrorCode::Duplicate),
            ),
        ] {
            let got = place((at(starts), at(ends)), expo, &taken);
            assert_eq!(got.first().map(|e| e.code), want, "{starts}–{ends}");
        }
    }
}
