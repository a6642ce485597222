//! The outcomes as a table for people and as JUnit XML for CI.

use std::fmt::Write;

use crate::checks::{Outcome, Run};

/// A table: area, check, PASS or FAIL, and for a failure what was expected and what came back.
pub fn table(run: &Run) -> String {
    let width = |f: fn(&Outcome) -> usize, title: &str| {
        run.outcomes
            .iter()
            .map(f)
            .max()
            .unwrap_or(0)
            .max(title.len())
    };
    let area_w = width(|o| o.area.len(), "area");
    let check_w = width(|o| o.check.len(), "check");
    let mut out = String::new();
    let _ = writeln!(out, "{:area_w$}  {:check_w$}  result", "area", "check");
    let _ = writeln!(
        out,
        "{}  {}  ------",
        "-".repeat(area_w),
        "-".repeat(check_w)
    );
    for o in &run.outcomes {
        let result = if o.passed() { "pass" } else { "FAIL" };
        let _ = writeln!(out, "{:area_w$}  {:check_w$}  {result}", o.area, o.check);
        if let Some(got) = &o.failure {
            let pad = " ".repeat(area_w + 2);
            let _ = writeln!(out, "{pad}  expected: {}", o.expected);
            let _ = writeln!(out, "{pad}  got:      {got}");
        }
    }
    for note in &run.notes {
        let _ = writeln!(out, "note: {note}");
    }
    let failed = run.failures();
    let _ = writeln!(
        out,
        "{} checks: {} passed, {failed} failed",
        run.outcomes.len(),
        run.outcomes.len() - failed
    );
    out
}

/// Escapes text for an XML attribute or element (and drops characters XML 1.0 cannot hold).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one `testsuite` per area, one `testcase` per check, `failure` on a failed one.
pub fn junit(run: &Run) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"expocx-conformance\" tests=\"{}\" failures=\"{}\">",
        run.outcomes.len(),
        run.failures()
    );
    let mut areas: Vec<&str> = run.outcomes.iter().map(|o| o.area).collect();
    areas.dedup();
    for area in areas {
        let cases: Vec<&Outcome> = run.outcomes.iter().filter(|o| o.area == area).collect();
        let failures = cases.iter().filter(|o| !o.passed()).count();
        let time: f64 = cases.iter().map(|o| o.seconds).sum();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{area}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" time=\"{time:.3}\">",
            cases.len()
        );
        for o in cases {
            let head = format!(
                "    <testcase classname=\"conformance.{area}\" name=\"{}\" time=\"{:.3}\"",
                xml_escape(o.check),
                o.seconds
            );
            match &o.failure {
                None => {
                    let _ = writeln!(out, "{head}/>");
                }
                Some(got) => {
                    let message = xml_escape(&format!("expected {}; got {got}", o.expected));
                    let _ = writeln!(out, "{head}>");
                    let _ = writeln!(
                        out,
                        "      <failure message=\"{message}\">{message}</failure>"
                    );
                    let _ = writeln!(out, "    </testcase>");
                }
            }
        }
        let _ = writeln!(out, "  </testsuite>");
    }
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(check: &'static str, failure: Option<&str>) -> Outcome {
        Outcome {
            area: "problems",
            check,
            expected: "404 <problem> & \"code\"".into(),
            failure: failure.map(str::to_string),
            seconds: 0.01,
        }
    }

    #[test]
    fn junit_has_a_testcase_per_check_and_escapes_the_failure() {
        let run = Run {
            outcomes: vec![
                outcome("a", None),
                outcome("b", Some("200 <html>\u{1} 'x'")),
            ],
            notes: Vec::new(),
        };
        let xml = junit(&run);
        assert_eq!(xml.matches("<testcase ").count(), 2);
        assert_eq!(xml.matches("<testsuite ").count(), 1);
        assert!(xml.contains("failures=\"1\""));
        assert!(xml.contains(
            "message=\"expected 404 &lt;problem&gt; &amp; &quot;code&quot;; got 200 &lt;html&gt;? &apos;x&apos;\""
        ));
        let t = table(&run);
        assert!(t.contains("FAIL") && t.contains("2 checks: 1 passed, 1 failed"));
    }
}
