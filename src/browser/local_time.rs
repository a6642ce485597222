//! The browser's own time zone: what a `datetime-local` input holds (`2026-12-03T09:30`, no
//! offset) as an instant, read as the staff member's clock says it.

use expocx_contract::Timestamp;

/// Whether `value` has the shape a `datetime-local` input gives (seconds optional).
fn well_formed(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b[i].is_ascii_digit());
    (b.len() == 16 || b.len() == 19)
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && (b.len() == 16 || (b[16] == b':' && digits(17..19)))
}

/// The instant a `datetime-local` value names in the browser's time zone; `None` when empty or
/// malformed. (Off the browser, in tests, the value is read as UTC.)
pub fn instant(value: &str) -> Option<Timestamp> {
    let value = value.trim();
    if !well_formed(value) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    let ms = {
        // A date-time without an offset is local time to `Date` (a date alone would be UTC).
        let ms = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(value)).get_time();
        if ms.is_nan() {
            return None;
        }
        ms as i64
    };
    #[cfg(not(target_arch = "wasm32"))]
    let ms = chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .ok()?
        .and_utc()
        .timestamp_millis();
    chrono::DateTime::from_timestamp_millis(ms).map(Timestamp::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_datetime_local_value_names_an_instant() {
        let at = instant("2026-12-03T09:30").unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-03T09:30:00+00:00");
        assert!(instant("2026-12-03T09:30:15").is_some());
        for bad in [
            "",
            "2026-12-03",
            "2026-12-03 09:30",
            "2026-13-03T09:30",
            "soon",
        ] {
            assert_eq!(instant(bad), None, "{bad:?}");
        }
    }
}
