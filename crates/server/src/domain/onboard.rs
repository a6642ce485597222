//! The organizer's import of exhibitors from a CSV file (there is no organizer portal): every
//! row is checked first; then, in one transaction, each booth is added or updated and each team
//! that has neither its owner nor an invite waiting for them gets an owner invite by email.

use std::collections::hash_map::{Entry as Slot, HashMap};
use std::fmt;

use chrono::{DateTime, Utc};
use expocx_contract::{is_plausible_email, Localized, NewInvite, StaffRole};
use rusqlite::Connection;

use crate::db::auth::team as members;
use crate::db::catalog::onboard::{self as listings, Listing, Upserted};
use crate::db::catalog::{self, staff_products::search_text};
use crate::db::{team as invites, Error};
use crate::rules::csv;

pub const BOOTH_MAX: usize = 20;
pub const NAME_MAX: usize = 120;
pub const CATEGORIES_MAX: usize = 10;
pub const ROWS_MAX: usize = 5_000;

/// The columns the header must name, in any order (others are ignored).
pub const COLUMNS: [&str; 7] = [
    "booth",
    "hall",
    "name_zh_hans",
    "name_zh_hant",
    "name_en",
    "categories",
    "owner_email",
];

/// What is wrong with a line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line of the file (the header is line 1), counting the lines inside quoted fields.
    pub line: usize,
    /// A column of `COLUMNS`, or `header` / `row` for the file's shape.
    pub column: &'static str,
    pub what: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.column, self.what)
    }
}

/// Why nothing was written.
#[derive(Debug)]
pub enum Refused {
    /// Every bad row, in the order of the file.
    Rows(Vec<RowError>),
    Database(Error),
}

impl From<Error> for Refused {
    fn from(e: Error) -> Self {
        Refused::Database(e)
    }
}

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub invites: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} created, {} updated, {} owner invites sent ({} unchanged)",
            self.created, self.updated, self.invites, self.unchanged
        )
    }
}

/// The halls and categories a row may name: id by hall code, id by category slug.
pub struct Known {
    pub halls: HashMap<String, i64>,
    pub categories: HashMap<String, i64>,
}

/// A row that passed every check.
#[derive(Debug, PartialEq)]
pub struct Entry {
    pub booth: String,
    pub hall_id: i64,
    pub name: Localized,
    pub categories: Vec<i64>,
    pub owner_email: String,
}

/// Imports the CSV `text`: all of it in one transaction, or nothing when a row is bad.
/// `public_url` is where the invite links point.
pub fn import(
    conn: &mut Connection,
    text: &str,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Summary, Refused> {
    // Immediate: the running server may be writing; the import waits its turn, never half-way.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(Error::from)?;
    let known = Known {
        halls: catalog::halls(&tx)?
            .into_iter()
            .map(|h| (h.code, h.id))
            .collect(),
        categories: catalog::categories(&tx)?
            .into_iter()
            .map(|c| (c.slug, c.id))
            .collect(),
    };
    let entries = read(text, &known).map_err(Refused::Rows)?;
    let origin = public_url.trim_end_matches('/');
    let mut done = Summary::default();
    for e in &entries {
        let listing = Listing {
            booth: &e.booth,
            hall_id: e.hall_id,
            name: &e.name,
            categories: &e.categories,
        };
        let upserted = listings::upsert(&tx, &listing, search_text)?;
        match upserted {
            Upserted::Created(_) => done.created += 1,
            Upserted::Updated(_) => done.updated += 1,
            Upserted::Unchanged(_) => done.unchanged += 1,
        }
        if invite_owner(&tx, upserted.id(), &e.owner_email, origin, now)? {
            done.invites += 1;
        }
    }
    tx.commit().map_err(Error::from)?;
    Ok(done)
}

/// Invites `email` as the team's owner unless they are on the team or an invite waits for them.
fn invite_owner(
    conn: &Connection,
    exhibitor_id: i64,
    email: &str,
    origin: &str,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let on_team = members::members(conn, exhibitor_id, 0)?
        .iter()
        .any(|m| m.email.trim().eq_ignore_ascii_case(email));
    if on_team || invites::pending_for(conn, exhibitor_id, email, now)? {
        return Ok(false);
    }
    let req = NewInvite {
        role: StaffRole::Owner,
        email: Some(email.to_string()),
    };
    super::team::invite(conn, exhibitor_id, None, &req, origin, now)?;
    Ok(true)
}

/// Reads and checks the whole file: its rows, or every error of every row.
pub fn read(text: &str, known: &Known) -> Result<Vec<Entry>, Vec<RowError>> {
    let error = |line, column, what: &str| RowError {
        line,
        column,
        what: what.to_string(),
    };
    let mut rows = csv::parse(text)
        .map_err(|(line, what)| vec![error(line, "row", &what)])?
        .into_iter();
    let Some((header_line, header)) = rows.next() else {
        return Err(vec![error(1, "header", "the file is empty")]);
    };
    let mut at = [0; COLUMNS.len()];
    let mut errors = Vec::new();
    for (i, column) in COLUMNS.into_iter().enumerate() {
        let mut found = header
            .iter()
            .enumerate()
            .filter(|(_, h)| h.trim().eq_ignore_ascii_case(column));
        match (found.next(), found.next()) {
            (Some((p, _)), None) => at[i] = p,
            (None, _) => errors.push(error(header_line, column, "missing from the header")),
            (Some(_), Some(_)) => errors.push(error(header_line, column, "twice in the header")),
        }
    }
    let rows: Vec<_> = rows.collect();
    if let Some((line, _)) = rows.get(ROWS_MAX) {
        errors.push(error(*line, "row", &format!("more than {ROWS_MAX} rows")));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut booths = HashMap::new();
    let mut entries = Vec::new();
    for (line, cells) in &rows {
        if cells.len() != header.len() {
            let what = format!(
                "{} fields where the header has {}",
                cells.len(),
                header.len()
            );
            errors.push(error(*line, "row", &what));
            continue;
        }
        let fields = at.map(|i| cells[i].trim());
        entries.extend(entry(*line, fields, known, &mut booths, &mut errors));
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

/// One row's fields in the order of `COLUMNS`, checked; `booths` has the line of each booth so
/// far.
fn entry(
    line: usize,
    [booth, hall, zh_hans, zh_hant, en, categories, email]: [&str; COLUMNS.len()],
    known: &Known,
    booths: &mut HashMap<String, usize>,
    errors: &mut Vec<RowError>,
) -> Option<Entry> {
    let before = errors.len();
    let mut bad = |column, what: String| errors.push(RowError { line, column, what });
    let longer = |max: usize| format!("longer than {max} characters");
    if booth.is_empty() {
        bad("booth", "empty".into());
    } else if booth.chars().count() > BOOTH_MAX {
        bad("booth", longer(BOOTH_MAX));
    } else {
        match booths.entry(booth.to_string()) {
            Slot::Occupied(first) => {
                bad("booth", format!("{booth:?} is on line {} too", first.get()))
            }
            Slot::Vacant(slot) => {
                slot.insert(line);
            }
        }
    }
    let hall_id = known.halls.get(hall).copied();
    if hall.is_empty() {
        bad("hall", "empty".into());
    } else if hall_id.is_none() {
        bad("hall", format!("no hall has the code {hall:?}"));
    }
    for (column, name) in [
        ("name_zh_hans", zh_hans),
        ("name_zh_hant", zh_hant),
        ("name_en", en),
    ] {
        if name.is_empty() {
            bad(column, "missing".into());
        } else if name.chars().count() > NAME_MAX {
            bad(column, longer(NAME_MAX));
        }
    }
    let slugs: Vec<&str> = categories
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if slugs.len() > CATEGORIES_MAX {
        bad("categories", format!("more than {CATEGORIES_MAX}"));
    }
    let mut category_ids = Vec::new();
    for slug in slugs {
        match known.categories.get(slug) {
            Some(id) => category_ids.push(*id),
            None => bad("categories", format!("no category has the slug {slug:?}")),
        }
    }
    if email.is_empty() {
        bad("owner_email", "missing".into());
    } else if !is_plausible_email(email) {
        bad(
            "owner_email",
            format!("{email:?} is not a plausible address"),
        );
    }
    if errors.len() > before {
        return None;
    }
    Some(Entry {
        booth: booth.to_string(),
        hall_id: hall_id?,
        name: Localized {
            zh_hans: zh_hans.to_string(),
            zh_hant: zh_hant.to_string(),
            en: en.to_string(),
        },
        categories: category_ids,
        owner_email: email.to_string(),
    })
}
