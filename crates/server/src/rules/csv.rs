//! CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`, tab, carriage return first) neutralized with a leading apostrophe.

/// One cell, quoted when it has to be.
pub fn cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if risky {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) || text != text.trim() {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One line of cells, ended with CRLF.
pub fn line<'a>(cells: impl IntoIterator<Item = &'a str>) -> String {
    let mut s = cells.into_iter().map(cell).collect::<Vec<_>>().join(",");
    s.push_str("\r\n");
    s
}

/// Minor units as a decimal amount (`12900` → `129.00`), never read as a formula.
pub fn amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_neutralized() {
        for (value, want) in [
            ("EX26-000001", "EX26-000001"),
            ("林小梅", "林小梅"),
            ("Tea, green", "\"Tea, green\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+86 21 1234", "'+86 21 1234"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            (" padded ", "\" padded \""),
            ("", ""),
        ] {
            assert_eq!(cell(value), want, "{value:?}");
        }
        assert_eq!(line(["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }

    #[test]
    fn amounts_are_plain_decimals() {
        for (minor, want) in [
            (12_900, "129.00"),
            (5, "0.05"),
            (0, "0.00"),
            (-250, "-2.50"),
        ] {
            assert_eq!(amount(minor), want);
        }
    }
}
