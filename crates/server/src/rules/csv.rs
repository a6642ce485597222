//! CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`, tab, carriage return first) neutralized with a leading apostrophe; and
//! reading a file a spreadsheet saved, each row with the line it starts on.

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

/// A row read from a file: the line it starts on (1-based) and its cells.
pub type Row = (usize, Vec<String>);

/// Reads CSV text (RFC 4180: `"` quotes a field, `""` inside one is a quote, a quoted field may
/// hold commas and line breaks). A leading byte order mark is dropped, lines end with CRLF or LF,
/// blank lines are skipped. A quote out of place is an error at its line; an unclosed one at the
/// line its field began.
pub fn parse(text: &str) -> Result<Vec<Row>, (usize, String)> {
    let mut rows = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut line, mut row_line, mut opened_on) = (1, 1, 0);
    // `quoted`: the cell began with a quote; `open`: that quote is not closed yet.
    let (mut quoted, mut open) = (false, false);
    let mut chars = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .chars()
        .peekable();
    while let Some(c) = chars.next() {
        if open {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => open = false,
                _ => {
                    line += usize::from(c == '\n');
                    cell.push(c);
                }
            }
            continue;
        }
        match c {
            ',' => {
                cells.push(std::mem::take(&mut cell));
                quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                let blank = cells.is_empty() && cell.is_empty() && !quoted;
                cells.push(std::mem::take(&mut cell));
                let row = std::mem::take(&mut cells);
                if !blank {
                    rows.push((row_line, row));
                }
                quoted = false;
                line += 1;
                row_line = line;
            }
            '"' if cell.is_empty() && !quoted => {
                (quoted, open, opened_on) = (true, true, line);
            }
            '"' => return Err((line, "a quote inside a field that is not quoted".into())),
            _ if quoted => return Err((line, "text after a field's closing quote".into())),
            _ => cell.push(c),
        }
    }
    if open {
        return Err((opened_on, "a quoted field is not closed".into()));
    }
    if !cells.is_empty() || !cell.is_empty() || quoted {
        cells.push(cell);
        rows.push((row_line, cells));
    }
    Ok(rows)
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

    #[test]
    fn files_are_read_row_by_row_with_the_line_each_starts_on() {
        let rows = |cells: &[(usize, &[&str])]| -> Vec<Row> {
            cells
                .iter()
                .map(|(n, c)| (*n, c.iter().map(|s| s.to_string()).collect()))
                .collect()
        };
        for (text, want) in [
            ("a,b\n1,2\n", rows(&[(1, &["a", "b"]), (2, &["1", "2"])])),
            ("a,b\r\n1,2", rows(&[(1, &["a", "b"]), (2, &["1", "2"])])),
            ("\u{feff}a,b\n", rows(&[(1, &["a", "b"])])),
            ("a,,\n", rows(&[(1, &["a", "", ""])])),
            ("a\n\n\r\nb\n", rows(&[(1, &["a"]), (4, &["b"])])),
            ("\"x, y\",z", rows(&[(1, &["x, y", "z"])])),
            ("\"say \"\"hi\"\"\"", rows(&[(1, &["say \"hi\""])])),
            ("\"\"\n", rows(&[(1, &[""])])),
            (
                "h\n\"two\nlines\",x\r\nnext,\"\"\n",
                rows(&[(1, &["h"]), (2, &["two\nlines", "x"]), (4, &["next", ""])]),
            ),
            ("林小梅,茶\n", rows(&[(1, &["林小梅", "茶"])])),
            ("", rows(&[])),
        ] {
            assert_eq!(parse(text), Ok(want), "{text:?}");
        }
    }

    #[test]
    fn misplaced_and_unclosed_quotes_name_their_line() {
        for (text, want) in [
            ("a\n\"open,b\nc\n", 2),
            ("a\nb\"c\n", 2),
            ("a\n\"x\"y\n", 2),
            ("a\n\"two\nlines\"\n\"x\"\"\n", 4),
        ] {
            assert_eq!(parse(text).map_err(|(n, _)| n), Err(want), "{text:?}");
        }
    }
}
