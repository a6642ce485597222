//! Writing the interest profile's scores without a float formatter.
//!
//! serde_json writes an `f64` through zmij, whose tables of powers of ten put ~11 KB of data
//! into the SPA's first load; the SPA only ever writes scores (to the device and to
//! `PUT /me/interests`). It writes them here as decimals with six places, from integers
//! (`#[cfg_attr(target_arch = "wasm32", serde(serialize_with = …))]`); the wire format is the
//! same JSON number, and the backend keeps serde_json's formatter.

use std::collections::BTreeMap;

use serde::ser::{Error, SerializeMap};
use serde::Serializer;
use serde_json::value::RawValue;

/// Scores at or above this are written as whole numbers (far beyond any real score).
const WHOLE_ABOVE: f64 = 1e12;

/// `v` as a JSON number with at most six decimal places; not finite writes `0`.
pub fn decimal(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    if v.abs() >= WHOLE_ABOVE {
        return format!("{sign}{}", v.abs() as u64);
    }
    let micro = (v.abs() * 1e6).round() as u64;
    let (whole, frac) = (micro / 1_000_000, micro % 1_000_000);
    if frac == 0 {
        return if whole == 0 {
            "0".to_string()
        } else {
            format!("{sign}{whole}")
        };
    }
    let frac = format!("{frac:06}");
    format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
}

/// A map of scores by id, as `{"id": score, …}`.
pub fn scores<S: Serializer>(map: &BTreeMap<i64, f64>, s: S) -> Result<S::Ok, S::Error> {
    let mut out = s.serialize_map(Some(map.len()))?;
    for (id, score) in map {
        let number = RawValue::from_string(decimal(*score)).map_err(S::Error::custom)?;
        out.serialize_entry(id, &number)?;
    }
    out.end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_back_as_the_score_to_six_places() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (1.0, "1"),
            (3.0, "3"),
            (0.5, "0.5"),
            (0.01, "0.01"),
            (1.0 / 3.0, "0.333333"),
            (2.0 / 3.0, "0.666667"),
            (12.3456789, "12.345679"),
            (0.0000004, "0"),
            (-1.25, "-1.25"),
            (1234567.000001, "1234567.000001"),
            (5e12, "5000000000000"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ];
        for (v, want) in cases {
            let got = decimal(*v);
            assert_eq!(got, *want, "{v}");
            let back: f64 = serde_json::from_str(&got).unwrap();
            if v.is_finite() {
                assert!(
                    (back - v).abs() <= 5e-7 * v.abs().max(1.0),
                    "{v} read back as {back}"
                );
            }
        }
    }

    #[test]
    fn a_map_of_scores_is_the_json_serde_would_write_to_six_places() {
        #[derive(serde::Serialize)]
        struct P {
            #[serde(serialize_with = "scores")]
            s: BTreeMap<i64, f64>,
        }
        let s = BTreeMap::from([(3, 0.25), (12, 1.0 / 3.0), (7, 4.0)]);
        let json = serde_json::to_string(&P { s: s.clone() }).unwrap();
        assert_eq!(json, r#"{"s":{"3":0.25,"7":4,"12":0.333333}}"#);
        let back: BTreeMap<i64, f64> = serde_json::from_value(
            serde_json::from_str::<serde_json::Value>(&json).unwrap()["s"].clone(),
        )
        .unwrap();
        assert_eq!(
            back.keys().collect::<Vec<_>>(),
            s.keys().collect::<Vec<_>>()
        );
    }
}
