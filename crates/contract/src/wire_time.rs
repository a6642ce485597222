//! Reading the contract's timestamps (RFC 3339) and dates (`YYYY-MM-DD`) without chrono's
//! general parser.
//!
//! chrono parses through its format-item machinery, which the WebAssembly carries whole
//! (~13 KB before wasm-opt, in the first load). The SPA reads timestamps through these small
//! functions instead (`#[cfg_attr(target_arch = "wasm32", serde(deserialize_with = …))]` on
//! each field); the backend keeps chrono's parser for what clients send it.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Deserializer};

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

fn refused<E: serde::de::Error>(what: &str) -> E {
    E::custom(format_args!("not {what}"))
}

pub fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let s = String::deserialize(d)?;
    parse_datetime(&s).ok_or_else(|| refused("an RFC 3339 timestamp"))
}

pub fn opt_datetime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_datetime(&s)
            .map(Some)
            .ok_or_else(|| refused("an RFC 3339 timestamp")),
    }
}

pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = String::deserialize(d)?;
    parse_date(&s).ok_or_else(|| refused("a date (YYYY-MM-DD)"))
}

pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => parse_date(&s)
            .map(Some)
            .ok_or_else(|| refused("a date (YYYY-MM-DD)")),
    }
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
    fn fields_read_through_serde_with_null_for_absent_options() {
        #[derive(Deserialize)]
        struct Row {
            #[serde(deserialize_with = "datetime")]
            at: DateTime<Utc>,
            #[serde(default, deserialize_with = "opt_datetime")]
            until: Option<DateTime<Utc>>,
            #[serde(default, deserialize_with = "opt_date")]
            on: Option<NaiveDate>,
        }
        let r: Row = serde_json::from_str(r#"{"at":"2026-12-03T10:00:00Z","until":null}"#).unwrap();
        assert_eq!(r.at, parse_datetime("2026-12-03T10:00:00Z").unwrap());
        assert_eq!((r.until, r.on), (None, None));
        let r: Row =
            serde_json::from_str(r#"{"at":"2026-12-03T10:00:00Z","on":"2026-12-04"}"#).unwrap();
        assert_eq!(r.on, NaiveDate::from_ymd_opt(2026, 12, 4));
        assert!(serde_json::from_str::<Row>(r#"{"at":"yesterday"}"#).is_err());
        assert!(serde_json::from_str::<Row>(r#"{"at":12}"#).is_err());
    }
}
