//! The dashboard's periods and sums: venue days to instants, every day of a period filled in,
//! the average order. No SQL, no clock of their own.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// The period asked for: both days given, or today (the venue's) for a missing end.
pub fn period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    match (from, to) {
        (Some(f), Some(t)) => (f, t),
        (Some(f), None) => (f, f.max(today)),
        (None, Some(t)) => (t, t),
        (None, None) => (today, today),
    }
}

/// When venue day `day` starts, as an instant.
pub fn day_start(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    tz.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| midnight.and_utc())
}

/// The instants a period of venue days covers: from the first day's start to the start of the
/// day after the last.
pub fn bounds(from: NaiveDate, to: NaiveDate, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
    let after = to.checked_add_days(Days::new(1)).unwrap_or(to);
    (day_start(from, tz), day_start(after, tz))
}

/// The venue day of an instant.
pub fn venue_day(t: DateTime<Utc>, tz: Tz) -> NaiveDate {
    t.with_timezone(&tz).date_naive()
}

/// Every day from `from` to `to` with its (revenue, orders) from `rows` (days without a row
/// count zero; rows outside the period are ignored).
pub fn fill_days(
    from: NaiveDate,
    to: NaiveDate,
    rows: &[(NaiveDate, i64, u32)],
) -> Vec<(NaiveDate, i64, u32)> {
    from.iter_days()
        .take_while(|d| *d <= to)
        .map(|d| {
            rows.iter()
                .filter(|(day, _, _)| *day == d)
                .fold((d, 0, 0), |(d, r, n), (_, rr, nn)| (d, r + rr, n + nn))
        })
        .collect()
}

/// The average order in minor units, rounded half up; zero without orders.
pub fn average(total_minor: i64, orders: u32) -> i64 {
    if orders == 0 {
        return 0;
    }
    let n = i64::from(orders);
    (total_minor * 2 + n) / (2 * n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_missing_day_means_today() {
        let today = d("2026-12-04");
        for (from, to, want) in [
            (None, None, (today, today)),
            (Some(d("2026-12-03")), None, (d("2026-12-03"), today)),
            (
                Some(d("2026-12-09")),
                None,
                (d("2026-12-09"), d("2026-12-09")),
            ),
            (
                None,
                Some(d("2026-12-05")),
                (d("2026-12-05"), d("2026-12-05")),
            ),
            (
                Some(d("2026-12-03")),
                Some(d("2026-12-06")),
                (d("2026-12-03"), d("2026-12-06")),
            ),
        ] {
            assert_eq!(period(from, to, today), want, "{from:?}–{to:?}");
        }
    }

    #[test]
    fn venue_days_start_at_the_venues_midnight() {
        let shanghai: Tz = "Asia/Shanghai".parse().unwrap();
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        for (from, to, tz, start, end) in [
            (
                "2026-12-03",
                "2026-12-03",
                shanghai,
                "2026-12-02T16:00:00Z",
                "2026-12-03T16:00:00Z",
            ),
            (
                "2026-12-03",
                "2026-12-06",
                shanghai,
                "2026-12-02T16:00:00Z",
                "2026-12-06T16:00:00Z",
            ),
            (
                "2026-12-03",
                "2026-12-03",
                chrono_tz::UTC,
                "2026-12-03T00:00:00Z",
                "2026-12-04T00:00:00Z",
            ),
            // The night summer time ends has 25 hours.
            (
                "2026-10-25",
                "2026-10-25",
                berlin,
                "2026-10-24T22:00:00Z",
                "2026-10-25T23:00:00Z",
            ),
        ] {
            let (s, e) = bounds(d(from), d(to), tz);
            assert_eq!(
                (s.to_rfc3339(), e.to_rfc3339()),
                (
                    start.parse::<DateTime<Utc>>().unwrap().to_rfc3339(),
                    end.parse::<DateTime<Utc>>().unwrap().to_rfc3339()
                ),
                "{from}–{to} {tz}"
            );
        }
        let late = "2026-12-03T17:30:00Z".parse().unwrap();
        assert_eq!(
            venue_day(late, shanghai),
            d("2026-12-04"),
            "01:30 the next morning in Shanghai"
        );
    }

    #[test]
    fn every_day_of_the_period_is_there() {
        let rows = [
            (d("2026-12-04"), 12_900, 1),
            (d("2026-12-04"), 100, 1),
            (d("2026-12-06"), 5_000, 2),
            (d("2026-12-09"), 999, 9),
        ];
        assert_eq!(
            fill_days(d("2026-12-03"), d("2026-12-06"), &rows),
            vec![
                (d("2026-12-03"), 0, 0),
                (d("2026-12-04"), 13_000, 2),
                (d("2026-12-05"), 0, 0),
                (d("2026-12-06"), 5_000, 2),
            ]
        );
        assert_eq!(fill_days(d("2026-12-03"), d("2026-12-03"), &[]).len(), 1);
    }

    #[test]
    fn the_average_order_rounds_half_up() {
        for (total, n, want) in [
            (0, 0, 0),
            (1000, 0, 0),
            (1000, 3, 333),
            (1001, 2, 501),
            (999, 2, 500),
            (12_900, 1, 12_900),
        ] {
            assert_eq!(average(total, n), want, "{total}/{n}");
        }
    }
}
