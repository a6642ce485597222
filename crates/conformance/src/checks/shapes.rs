//! The contract's value shapes: localized text, money, timestamps, calendar days, pages.

use expocx_contract::Lang;
use serde_json::Value;

/// Localized text: an object with a non-empty string for each of `zh-Hans`, `zh-Hant`, `en`.
pub fn localized(v: &Value, what: &str) -> Result<(), String> {
    for lang in Lang::ALL {
        let tag = lang.tag();
        match v.get(tag).and_then(Value::as_str) {
            Some(s) if !s.trim().is_empty() => {}
            _ => return Err(format!("{what} has no `{tag}` text: {}", short(v))),
        }
    }
    Ok(())
}

/// Money: `{"amount_minor": <integer>, "currency": <ISO 4217, three capitals>}`.
pub fn money(v: &Value, what: &str) -> Result<(), String> {
    if !(v["amount_minor"].is_i64() || v["amount_minor"].is_u64()) {
        return Err(format!(
            "{what}: `amount_minor` is not an integer: {}",
            short(v)
        ));
    }
    let currency = v["currency"].as_str().unwrap_or("");
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!(
            "{what}: `currency` is not an ISO 4217 code: {}",
            short(v)
        ));
    }
    Ok(())
}

/// A timestamp in RFC 3339.
pub fn rfc3339(v: &Value, what: &str) -> Result<(), String> {
    let s = v.as_str().unwrap_or("");
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|_| ())
        .map_err(|_| format!("{what} is not RFC 3339: {}", short(v)))
}

/// A calendar day, `YYYY-MM-DD`.
pub fn day(v: &Value, what: &str) -> Result<(), String> {
    let s = v.as_str().unwrap_or("");
    match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(_) if s.len() == 10 => Ok(()),
        _ => Err(format!("{what} is not YYYY-MM-DD: {}", short(v))),
    }
}

/// A page of a list: `items` (an array), `total`, `page` and `limit` (integers).
pub fn page(v: &Value) -> Result<&Vec<Value>, String> {
    for member in ["total", "page", "limit"] {
        if !v[member].is_u64() {
            return Err(format!("no integer `{member}`: {}", short(v)));
        }
    }
    v["items"]
        .as_array()
        .ok_or_else(|| format!("no `items` array: {}", short(v)))
}

/// The start of a JSON value, for a message.
pub fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 160 {
        format!("{}…", s.chars().take(160).collect::<String>())
    } else {
        s
    }
}
