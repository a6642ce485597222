//! What each revision of a quote changed from the one before it, and the side-by-side table of
//! revisions built from that (pure: no DOM, so `cargo test` covers it).

use expocx_contract::quotes::{QuoteLine, QuoteRevision};
use expocx_contract::{Lang, Money};

use crate::format;
use crate::i18n::quote_common::quote_common::*;
use crate::i18n::{fill, pick, Text};

/// What a revision changed from the previous one; all `false` for the first.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Per line, in the lines' order.
    pub units: Vec<bool>,
    pub total: bool,
    pub valid_until: bool,
    pub payment_terms: bool,
    pub delivery_terms: bool,
    pub incoterm: bool,
    pub lead_days: bool,
    pub note: bool,
}

impl Changes {
    pub fn any(&self) -> bool {
        let terms = [
            self.total,
            self.valid_until,
            self.payment_terms,
            self.delivery_terms,
            self.incoterm,
            self.lead_days,
            self.note,
        ];
        self.units.iter().chain(terms.iter()).any(|c| *c)
    }
}

/// What `now` changed from `before` (a line missing on one side counts as changed).
pub fn changes(before: Option<&QuoteRevision>, now: &QuoteRevision) -> Changes {
    let Some(b) = before else {
        return Changes {
            units: vec![false; now.units.len()],
            ..Changes::default()
        };
    };
    let (a, n) = (&b.answer, &now.answer);
    Changes {
        units: (0..now.units.len())
            .map(|i| b.units.get(i) != now.units.get(i))
            .collect(),
        total: b.total != now.total,
        valid_until: a.valid_until != n.valid_until,
        payment_terms: a.payment_terms.trim() != n.payment_terms.trim(),
        delivery_terms: a.delivery_terms.trim() != n.delivery_terms.trim(),
        incoterm: a.incoterm.trim() != n.incoterm.trim(),
        lead_days: a.lead_days != n.lead_days,
        note: a.note.trim() != n.note.trim(),
    }
}

/// The revisions newest first, each with what it changed from the one before.
pub fn history(revisions: &[QuoteRevision]) -> Vec<(&QuoteRevision, Changes)> {
    let mut sorted: Vec<&QuoteRevision> = revisions.iter().collect();
    sorted.sort_by_key(|r| r.number);
    let mut out: Vec<_> = sorted
        .iter()
        .enumerate()
        .map(|(i, r)| (*r, changes(i.checked_sub(1).map(|p| sorted[p]), r)))
        .collect();
    out.reverse();
    out
}

/// The newest revision, if answered.
pub fn latest(revisions: &[QuoteRevision]) -> Option<&QuoteRevision> {
    revisions.iter().max_by_key(|r| r.number)
}

/// A cell of the revisions table: the words, and whether they changed.
pub type Cell = (String, bool);
/// A row: its label and a cell per revision (newest first).
pub type Row = (String, Vec<Cell>);

/// `{n} working days`, or a dash for none said.
pub fn lead_time(days: u32, lang: Lang) -> String {
    if days == 0 {
        "—".into()
    } else {
        fill(pick(&LEAD_DAYS, lang), &[("n", &days.to_string())])
    }
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".into()
    } else {
        s.to_string()
    }
}

fn money_or_dash(m: Option<&Money>, lang: Lang) -> String {
    m.map_or_else(|| "—".into(), |m| format::money(m, lang))
}

/// The table of revisions side by side: a row per line's unit price, then the total and each
/// term; a column per revision, newest first, with what changed marked.
pub fn revision_rows(lines: &[QuoteLine], revisions: &[QuoteRevision], lang: Lang) -> Vec<Row> {
    let hist = history(revisions);
    let row = |label: String, cell: &dyn Fn(&QuoteRevision, &Changes) -> Cell| -> Row {
        (label, hist.iter().map(|(r, c)| cell(r, c)).collect())
    };
    let term = |t: &Text| pick(t, lang).to_string();
    let mut rows: Vec<Row> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let label = fill(pick(&UNIT_OF, lang), &[("product", l.name.get(lang))]);
            row(label, &|r, c| {
                let changed = c.units.get(i).copied().unwrap_or(false);
                (money_or_dash(r.units.get(i), lang), changed)
            })
        })
        .collect();
    rows.push(row(term(&TOTAL), &|r, c| {
        (format::money(&r.total, lang), c.total)
    }));
    rows.push(row(term(&VALID_UNTIL), &|r, c| {
        (format::date(r.answer.valid_until, lang), c.valid_until)
    }));
    rows.push(row(term(&PAYMENT_TERMS), &|r, c| {
        (or_dash(&r.answer.payment_terms), c.payment_terms)
    }));
    rows.push(row(term(&DELIVERY_TERMS), &|r, c| {
        (or_dash(&r.answer.delivery_terms), c.delivery_terms)
    }));
    rows.push(row(term(&INCOTERM), &|r, c| {
        (or_dash(&r.answer.incoterm), c.incoterm)
    }));
    rows.push(row(term(&LEAD_TIME), &|r, c| {
        (lead_time(r.answer.lead_days, lang), c.lead_days)
    }));
    rows.push(row(term(&NOTE), &|r, c| (or_dash(&r.answer.note), c.note)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::configure::Configuration;
    use expocx_contract::quotes::{LinePrice, QuoteAnswer};
    use expocx_contract::{Day, Localized, Timestamp};

    fn revision(number: u32, units: &[i64], until: &str, incoterm: &str) -> QuoteRevision {
        QuoteRevision {
            number,
            units: units.iter().map(|u| Money::cny(*u)).collect(),
            total: Money::cny(units.iter().sum::<i64>() * 10),
            answer: QuoteAnswer {
                prices: units
                    .iter()
                    .map(|u| LinePrice::Unit { minor: *u })
                    .collect(),
                valid_until: Day::parse(until).unwrap(),
                payment_terms: "30 % deposit".into(),
                delivery_terms: String::new(),
                incoterm: incoterm.into(),
                lead_days: 20,
                note: String::new(),
            },
            at: Timestamp::default(),
            superseded: false,
        }
    }

    #[test]
    fn the_first_revision_changed_nothing_and_a_later_one_says_what_it_changed() {
        let first = revision(1, &[1000, 500], "2026-12-20", "FOB Shanghai");
        assert!(!changes(None, &first).any());
        assert_eq!(changes(None, &first).units, [false, false]);
        let second = revision(2, &[900, 500], "2026-12-27", "FOB Shanghai ");
        let c = changes(Some(&first), &second);
        assert_eq!(c.units, [true, false], "only the first line's price moved");
        assert!(c.total && c.valid_until);
        assert!(!c.incoterm, "spaces around a term are not a change");
        assert!(!c.payment_terms && !c.lead_days && !c.note);
        let same = changes(Some(&second), &second);
        assert!(!same.any());
    }

    #[test]
    fn a_line_priced_on_one_side_only_counts_as_changed() {
        let one = revision(1, &[1000], "2026-12-20", "");
        let two = revision(2, &[1000, 300], "2026-12-20", "");
        assert_eq!(changes(Some(&one), &two).units, [false, true]);
    }

    #[test]
    fn history_is_newest_first_whatever_order_the_revisions_came_in() {
        let revs = vec![
            revision(2, &[900], "2026-12-27", "EXW"),
            revision(1, &[1000], "2026-12-20", "EXW"),
            revision(3, &[900], "2026-12-27", "DAP Hamburg"),
        ];
        let h = history(&revs);
        let numbers: Vec<u32> = h.iter().map(|(r, _)| r.number).collect();
        assert_eq!(numbers, [3, 2, 1]);
        assert!(h[0].1.incoterm && !h[0].1.units[0]);
        assert!(h[1].1.units[0] && h[1].1.valid_until);
        assert!(!h[2].1.any());
        assert_eq!(latest(&revs).map(|r| r.number), Some(3));
    }

    #[test]
    fn the_table_has_a_row_per_line_then_the_terms_with_changes_marked() {
        let line = QuoteLine {
            product_id: 1,
            name: Localized::new("茶", "茶", "Tea"),
            configuration: Configuration::default(),
            chosen: vec![],
            list_unit: Money::cny(1200),
        };
        let revs = vec![
            revision(1, &[1000], "2026-12-20", "EXW"),
            revision(2, &[900], "2026-12-20", "EXW"),
        ];
        let rows = revision_rows(&[line], &revs, Lang::En);
        assert_eq!(rows.len(), 1 + 7);
        assert_eq!(rows[0].0, "Unit price: Tea");
        assert_eq!(
            rows[0].1,
            [("CNY 9.00".into(), true), ("CNY 10.00".into(), false)]
        );
        let incoterm = rows.iter().find(|r| r.0 == "Incoterm").unwrap();
        assert_eq!(incoterm.1, [("EXW".into(), false), ("EXW".into(), false)]);
        let note = rows.last().unwrap();
        assert_eq!(note.1[0].0, "—", "nothing said shows a dash");
        assert_eq!(lead_time(0, Lang::En), "—");
        assert_eq!(lead_time(20, Lang::En), "20 working days");
    }
}
