//! The contract's instants ([`Timestamp`], RFC 3339 in UTC) and calendar days ([`Day`],
//! `YYYY-MM-DD`), and how the SPA reads them without chrono's general parser.
//!
//! chrono parses through its format-item machinery, which the WebAssembly carries whole
//! (~13 KB before wasm-opt, in the first load). On wasm32 the two types read their text through
//! the small functions below; the backend keeps chrono's parser for what clients send it. Both
//! write what chrono writes, so the JSON is the same either way.

use std::ops::{Deref, Sub};

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use serde::{Deserialize, Deserializer, Serialize};

/// An instant, on the wire as RFC 3339 in UTC (`2026-11-22T09:30:00Z`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Timestamp(DateTime<Utc>);

/// A calendar day, on the wire as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Day(NaiveDate);

impl Day {
    /// Exactly `YYYY-MM-DD` (a URL's or a date input's value), by the small reader.
    pub fn parse(s: &str) -> Option<Day> {
        parse_date(s).map(Day)
    }
}

macro_rules! wire_value {
    ($wire:ident, $inner:ty, $parse:ident, $what:literal) => {
        impl From<$inner> for $wire {
            fn from(v: $inner) -> Self {
                $wire(v)
            }
        }

        impl From<$wire> for $inner {
            fn from(v: $wire) -> Self {
                v.0
            }
        }

        impl Deref for $wire {
            type Target = $inner;
            fn deref(&self) -> &$inner {
                &self.0
            }
        }

        /// The time between two of them.
        impl Sub for $wire {
            type Output = TimeDelta;
            fn sub(self, earlier: $wire) -> TimeDelta {
                self.0 - earlier.0
            }
        }

        impl<'de> Deserialize<'de> for $wire {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[cfg(target_arch = "wasm32")]
                let v = read(d, $parse, concat!("not ", $what))?;
                #[cfg(not(target_arch = "wasm32"))]
                let v = <$inner>::deserialize(d)?;
                Ok($wire(v))
            }
        }
    };
}

wire_value!(
    Timestamp,
    DateTime<Utc>,
    parse_datetime,
    "an RFC 3339 timestamp"
);
wire_value!(Day, NaiveDate, parse_date, "a date (YYYY-MM-DD)");

/// The WebAssembly's reader: the text through `parse` (elsewhere only its tests use it).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn read<'de, D: Deserializer<'de>, T>(
    d: D,
    parse: fn(&str) -> Option<T>,
    refusal: &'static str,
) -> Result<T, D::Error> {
    let s = String::deserialize(d)?;
    parse(&s).ok_or_else(|| serde::de::Error::custom(refusal))
}

/// `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        digits(&b[0..4])? as i32,
        digits(&b[5..7])?,
        digits(&b[8..10])?,
    )
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, as chrono and the backend write it.
pub fn parse_datetime(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_date(s.get(..10)?)?;
    let (h, m, sec) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if rest.first() == Some(&b'.') {
        let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 9 {
            return None;
        }
        nanos = digits(&rest[1..=n])? * 10u32.pow(9 - n as u32);
        rest = &rest[n + 1..];
    }
    let offset_secs: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2] => {
            let hours = i64::from(digits(&[*oh1, *oh2])?);
            let minutes = i64::from(digits(&[*om1, *om2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let secs = hours * 3600 + minutes * 60;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(h, m, sec, nanos)?;
    let local = date.and_time(time).and_utc();
    local.checked_sub_signed(chrono::TimeDelta::seconds(offset_secs))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_timestamps_as_chrono_does() {
        let cases = [
            "2026-12-03T10:00:00Z",
            "2026-12-03T10:00:00.5Z",
            "2026-12-03T10:00:00.123456789Z",
            "2026-12-03T18:30:15+08:00",
            "2026-12-03T01:30:00-05:30",
            "2026-02-28T23:59:59Z",
            "2024-02-29T00:00:00+00:00",
            "2026-12-03t10:00:00z",
        ];
        for s in cases {
            let want: DateTime<Utc> = DateTime::parse_from_rfc3339(s).unwrap().into();
            assert_eq!(parse_datetime(s), Some(want), "{s}");
        }
        // What chrono writes comes back unchanged.
        let now = DateTime::from_timestamp(1_796_000_000, 123_456_789).unwrap();
        assert_eq!(parse_datetime(&now.to_rfc3339()), Some(now));
        let json = serde_json::to_string(&now).unwrap();
        assert_eq!(parse_datetime(json.trim_matches('"')), Some(now));
    }

    #[test]
    fn refuses_what_is_not_a_timestamp() {
        let cases = [
            "",
            "2026-12-03",
            "2026-12-03T10:00:00",
            "2026-12-03T10:00Z",
            "2026-13-03T10:00:00Z",
            "2026-02-30T10:00:00Z",
            "2026-12-03T24:00:00Z",
            "2026-12-03T10:00:00.Z",
            "2026-12-03T10:00:00.1234567890Z",
            "2026-12-03T10:00:00+8:00",
            "2026-12-03T10:00:00+08:60",
            "2026-12-03T10:00:00+0800",
            "2026-12-03T10:00:00Zjunk",
            "２026-12-03T10:00:00Z",
            "+2026-12-03T10:00:00Z",
        ];
        for s in cases {
            assert_eq!(parse_datetime(s), None, "{s}");
        }
    }

    #[test]
    fn reads_dates() {
        assert_eq!(
            parse_date("2026-12-03"),
            NaiveDate::from_ymd_opt(2026, 12, 3)
        );
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2026-02-29",
            "2026-12-3",
            "26-12-03",
            "2026/12/03",
            "2026-12-03T00:00:00Z",
            "abcd-ef-gh",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_wasm_reader_refuses_what_it_cannot_read() {
        let at = |json: &str| {
            let mut d = serde_json::Deserializer::from_str(json);
            read(&mut d, parse_datetime, "not a timestamp").map_err(|e| e.to_string())
        };
        assert_eq!(
            at(r#""2026-12-03T10:00:00Z""#),
            Ok(ts("2026-12-03T10:00:00Z"))
        );
        assert!(at(r#""yesterday""#)
            .unwrap_err()
            .contains("not a timestamp"));
        assert!(at("12").is_err());
        let mut d = serde_json::Deserializer::from_str(r#""2026-12-04""#);
        assert_eq!(
            read(&mut d, parse_date, "not a date").unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
        );
    }

    fn ts(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().into()
    }

    #[test]
    fn fields_keep_their_json_with_null_or_nothing_for_absent_options() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Row {
            at: Timestamp,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            until: Option<Timestamp>,
            on: Option<Day>,
        }
        let json = r#"{"at":"2026-12-03T10:00:00Z","on":"2026-12-04"}"#;
        let r: Row = serde_json::from_str(json).unwrap();
        assert_eq!(*r.at, ts("2026-12-03T10:00:00Z"));
        assert_eq!(
            r.on.map(NaiveDate::from),
            NaiveDate::from_ymd_opt(2026, 12, 4)
        );
        // What the server writes is what chrono wrote before these types.
        assert_eq!(serde_json::to_string(&r).unwrap(), json);
        let odd = Timestamp::from(DateTime::from_timestamp(1_796_000_000, 5_000_000).unwrap());
        assert_eq!(
            serde_json::to_value(odd).unwrap(),
            serde_json::to_value(*odd).unwrap()
        );
        let r: Row = serde_json::from_str(r#"{"at":"2026-12-03T10:00:00Z","until":null}"#).unwrap();
        assert_eq!((r.until, r.on), (None, None));
        assert!(serde_json::from_str::<Row>(r#"{"at":"yesterday"}"#).is_err());
        assert!(
            serde_json::from_str::<Row>(r#"{"at":"2026-12-03T10:00:00Z","on":"2026-02-30"}"#)
                .is_err()
        );
    }
}
