//! Amounts typed by staff: prices in yuan with at most two decimals, stock as whole units, and
//! a price back as text for the input. Only the portal's chunk uses them.

/// A price typed in yuan (`129`, `129.5`, `129.50`) in minor units; `None` for anything else.
pub fn parse_price(text: &str) -> Option<i64> {
    let t = text.trim();
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 7 {
        return None;
    }
    if frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || (t.contains('.') && frac.is_empty())
    {
        return None;
    }
    let cents = format!("{frac:0<2}").parse::<i64>().ok()?;
    let minor = whole.parse::<i64>().ok()? * 100 + cents;
    (minor <= 100_000_000).then_some(minor)
}

/// A stock typed as a whole number up to a million.
pub fn parse_stock(text: &str) -> Option<u32> {
    let t = text.trim();
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 7)
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .filter(|n| *n <= 1_000_000)
}

pub fn yuan(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

/// A signed amount in yuan (an option's price difference: `-5`, `+12.5`, `0`).
pub fn parse_delta(text: &str) -> Option<i64> {
    let t = text.trim();
    match t.strip_prefix('-') {
        Some(rest) => parse_price(rest).map(|m| -m),
        None => parse_price(t.strip_prefix('+').unwrap_or(t)),
    }
}

/// A signed amount as text for an input.
pub fn signed_yuan(minor: i64) -> String {
    if minor < 0 {
        format!("-{}", yuan(-minor))
    } else {
        yuan(minor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_read_as_yuan_with_at_most_two_decimals() {
        for (text, want) in [
            ("129", Some(12_900)),
            ("129.5", Some(12_950)),
            ("129.50", Some(12_950)),
            (" 0.05 ", Some(5)),
            ("0", Some(0)),
            ("1000000", Some(100_000_000)),
            ("1000000.01", None),
            ("129.", None),
            ("129.505", None),
            ("-5", None),
            ("1e3", None),
            ("", None),
            ("¥129", None),
        ] {
            assert_eq!(parse_price(text), want, "{text:?}");
        }
        assert_eq!(yuan(12_950), "129.50");
        for (text, want) in [
            ("-5", Some(-500)),
            ("+12.5", Some(1_250)),
            ("0", Some(0)),
            ("--5", None),
        ] {
            assert_eq!(parse_delta(text), want, "{text:?}");
        }
        assert_eq!(signed_yuan(-500), "-5.00");
    }

    #[test]
    fn stock_is_a_whole_number_up_to_a_million() {
        for (text, want) in [
            ("0", Some(0)),
            ("42", Some(42)),
            ("1000000", Some(1_000_000)),
            ("1000001", None),
            ("4.5", None),
            ("-1", None),
            ("", None),
        ] {
            assert_eq!(parse_stock(text), want, "{text:?}");
        }
    }
}
