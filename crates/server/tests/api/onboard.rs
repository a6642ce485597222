//! The organizer's import of exhibitors (`expocx-server import-exhibitors`), run as the real
//! command against a database file with the demo data: booths added or updated once, owners
//! invited once, and a file with a bad row refused whole, each error named by its line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use expocx_server::domain::onboard::{read, Known, ROWS_MAX};

const BIN: &str = env!("CARGO_BIN_EXE_expocx-server");
const HEADER: &str = "booth,hall,name_zh_hans,name_zh_hant,name_en,categories,owner_email\n";

/// A database file with the demo data, in a folder of its own.
fn demo_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("expocx.db");
    let db = expocx_server::db::Db::open(&path).unwrap();
    assert!(db.with(expocx_server::demo::load).unwrap());
    (dir, path)
}

/// Runs the import of `csv` into `db`: (exit code, stdout, stderr).
fn import(db: &Path, csv: &str) -> (Option<i32>, String, String) {
    let file = db.with_file_name("exhibitors.csv");
    std::fs::write(&file, csv).unwrap();
    let out = Command::new(BIN)
        .args(["import-exhibitors", "--public-url", "https://shop.example/"])
        .arg("--db")
        .arg(db)
        .arg(&file)
        .env_remove("EXPOCX_DB")
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

/// Every row of the tables an import writes, to compare before and after.
fn dump(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = String::new();
    for table in [
        "exhibitors",
        "exhibitor_categories",
        "team_invites",
        "mail_outbox",
        "audit_events",
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            out.push_str(&format!("{table}: {}\n", cells.join(" | ")));
        }
    }
    out
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_good_file_adds_and_updates_booths_and_invites_new_owners_once() {
    let (_dir, db) = demo_db();
    let csv = format!(
        "\u{feff}{HEADER}\
         H1-A01,H1,翠峰茶庄,翠峰茶莊,\"Jade Peak Tea House, Est. 1962\",tea;food,Tea@Demo.expocx.test\r\n\
         H2-N01,H2,云纹织造,雲紋織造,Cloud Weave,silk,weave@example.com\r\n\
         H3-N02,H3,小木工,小木工,Little Carpenter,,carpenter@example.com\r\n"
    );
    let (code, out, err) = import(&db, &csv);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("2 created, 1 updated, 2 owner invites sent"),
        "{out}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM exhibitors"), 16);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (name, search): (String, String) = conn
        .query_row(
            "SELECT name_json, search_text FROM exhibitors WHERE booth = 'H1-A01'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(name.contains("Est. 1962"), "{name}");
    // The search text keeps the tagline it had: only the name changed.
    assert!(
        search.contains("est. 1962") && search.contains("three generations"),
        "{search}"
    );
    let slugs: String = conn
        .query_row(
            "SELECT group_concat(slug, ';') FROM (SELECT c.slug FROM exhibitor_categories x
               JOIN categories c ON c.id = x.category_id JOIN exhibitors e ON e.id = x.exhibitor_id
              WHERE e.booth = 'H1-A01' ORDER BY c.slug)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(slugs, "food;tea");
    // The demo owner of H1-A01 is on its team already; each new booth's owner gets a link.
    let mails: Vec<(String, String)> = conn
        .prepare("SELECT address, link FROM mail_outbox WHERE kind = 'team_invite' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let to: Vec<&str> = mails.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(to, ["weave@example.com", "carpenter@example.com"]);
    assert!(mails
        .iter()
        .all(|(_, link)| link.starts_with("https://shop.example/join/")));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM team_invites WHERE role = 'owner' AND created_by IS NULL"
        ),
        2
    );

    // The same file again: nothing changes, nobody is invited twice.
    let before = dump(&db);
    let (code, out, err) = import(&db, &csv);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("0 created, 0 updated, 0 owner invites sent (3 unchanged)"),
        "{out}"
    );
    assert_eq!(dump(&db), before);
}

#[test]
fn a_file_with_bad_rows_is_refused_whole_with_each_error_by_line() {
    let (_dir, db) = demo_db();
    let before = dump(&db);
    let long_name = "N".repeat(121);
    // Columns in another order; line 3's quoted name spans two lines, so the next row is line 5.
    let csv = format!(
        "owner_email,booth,hall,name_en,name_zh_hans,name_zh_hant,categories\r\n\
         a@example.com,H2-N01,H2,Good One,好一,好一,tea\r\n\
         b@example.com,H2-N02,H2,\"Two\r\nLines\",二,二,\"tea; food\"\r\n\
         c@example.com,H2-N03,H9,Three,三,三,tea\r\n\
         not-an-email,,H2,Four,,四,toys\r\n\
         d@example.com,H2-N01,H1,Again,重,重,\r\n\
         e@example.com,H2-N0000000000000000001,H1,{long_name},五,五,\r\n\
         f@example.com,H2-N09,H1,Short,六,六\r\n"
    );
    let (code, out, err) = import(&db, &csv);
    assert_eq!(code, Some(1), "{out}{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "line 5: hall: no hall has the code \"H9\"",
            "line 6: booth: empty",
            "line 6: name_zh_hans: missing",
            "line 6: categories: no category has the slug \"toys\"",
            "line 6: owner_email: \"not-an-email\" is not a plausible address",
            "line 7: booth: \"H2-N01\" is on line 2 too",
            "line 8: booth: longer than 20 characters",
            "line 8: name_en: longer than 120 characters",
            "line 9: row: 6 fields where the header has 7",
        ],
        "{err}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM exhibitors"), 14);
    assert_eq!(dump(&db), before, "nothing was written");
}

#[test]
fn the_file_s_shape_is_checked_before_its_rows() {
    let known = Known {
        halls: HashMap::from([("H1".to_string(), 1)]),
        categories: HashMap::from([("tea".to_string(), 1)]),
    };
    let errors = |text: &str| -> Vec<String> {
        read(text, &known)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        errors("booth,name_zh_hans,name_zh_hant,name_en,categories,booth\nx\n"),
        [
            "line 1: booth: twice in the header",
            "line 1: hall: missing from the header",
            "line 1: owner_email: missing from the header",
        ]
    );
    assert_eq!(errors(""), ["line 1: header: the file is empty"]);
    assert_eq!(
        errors(&format!("{HEADER}A1,H1,\"a\nb,b,b,,x@example.com\n")),
        ["line 2: row: a quoted field is not closed"]
    );
    let row = "A1,H1,甲,甲,A,tea,x@example.com\n";
    assert_eq!(
        errors(&format!("{HEADER}{}", row.repeat(ROWS_MAX + 1))),
        [format!(
            "line {}: row: more than {ROWS_MAX} rows",
            ROWS_MAX + 2
        )]
    );
    let good = read(&format!("{HEADER}{row}"), &known).unwrap();
    assert_eq!((good[0].hall_id, &good[0].categories[..]), (1, &[1][..]));
}

#[test]
fn the_command_s_help_explains_the_file() {
    let out = Command::new(BIN)
        .args(["import-exhibitors", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for text in [
        "--db",
        "--public-url",
        "owner_email",
        "line N: column: what",
    ] {
        assert!(help.contains(text), "{text} missing from:\n{help}");
    }
}
