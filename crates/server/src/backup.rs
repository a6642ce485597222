//! Online backup: a consistent copy of the database, taken while the server keeps serving and
//! writing. SQLite's backup API copies every page in one step, inside one read transaction: the
//! copy is the database as of one instant (WAL mode lets the writers go on meanwhile). The copy
//! is written beside the target under a temporary name, checked with `PRAGMA integrity_check`,
//! synced, and only then renamed into place, so `--to` is either a whole good copy or untouched.
//!
//! The copy is a single file (rollback journal, no `-wal`/`-shm`). To restore it:
//! 1. stop the server;
//! 2. put the copy in place as the database file (`cp backup.db data/expocx.db`);
//! 3. delete any `data/expocx.db-wal` and `data/expocx.db-shm` left beside it (they belong to
//!    the old file and would be replayed onto the copy);
//! 4. start the server (it switches the file back to WAL mode).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub pages: i64,
    pub bytes: u64,
}

/// Copies the database at `db` to `to` (replacing it) while other connections may be writing.
pub fn backup(db: &Path, to: &Path) -> Result<Report, String> {
    if !db.is_file() {
        return Err(format!("{}: no database there", db.display()));
    }
    if to.exists() && same_file(db, to) {
        return Err(format!("{}: that is the database itself", to.display()));
    }
    let dir = match to.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let name = to
        .file_name()
        .ok_or(format!("{}: not a file name", to.display()))?
        .to_string_lossy();
    let tmp = dir.join(format!(".{name}.partial-{}", crate::ids::random_hex(4)));
    let done = write_checked(db, &tmp).and_then(|pages| {
        std::fs::rename(&tmp, to).map_err(|e| format!("{}: {e}", to.display()))?;
        sync_dir(&dir);
        let bytes = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
        Ok(Report { pages, bytes })
    });
    if done.is_err() {
        for leftover in [tmp.clone(), with_suffix(&tmp, "-journal")] {
            let _ = std::fs::remove_file(leftover);
        }
    }
    done
}

/// Copies `db` into `tmp`, makes it a standalone file, checks and syncs it: its page count.
fn write_checked(db: &Path, tmp: &Path) -> Result<i64, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let src = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("{}: {e}", db.display()))?;
    src.busy_timeout(Duration::from_secs(5)).map_err(sql)?;
    let mut dst = Connection::open(tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let pages = {
        let copy = Backup::new(&src, &mut dst).map_err(sql)?;
        copy_all(&copy)?;
        i64::from(copy.progress().pagecount)
    };
    // The copy carries the source's WAL flag; a backup is one self-contained file.
    dst.pragma_update(None, "journal_mode", "DELETE")
        .map_err(sql)?;
    drop(dst);
    drop(src);
    integrity_check(tmp)?;
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| format!("{}: {e}", tmp.display()))?;
    Ok(pages)
}

/// Every page in one step (one read transaction), retried while the database is locked.
fn copy_all(copy: &Backup) -> Result<(), String> {
    for _ in 0..100 {
        match copy.step(-1).map_err(|e| e.to_string())? {
            StepResult::Done => return Ok(()),
            StepResult::More => continue,
            // Busy or Locked: another connection holds a lock this instant.
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    Err("the database stayed locked; no backup taken".into())
}

/// `PRAGMA integrity_check` on the file at `path`: `Ok` only when it answers `ok`.
pub fn integrity_check(path: &Path) -> Result<(), String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let answers: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| format!("integrity_check: {e}"))?;
    if answers == ["ok"] {
        Ok(())
    } else {
        Err(format!("integrity_check: {}", answers.join("; ")))
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Makes the rename durable (Unix: the directory entry is synced; elsewhere nothing to do).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_missing_database_and_copying_onto_itself() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        let missing = backup(&db, &dir.path().join("b.db")).unwrap_err();
        assert!(missing.contains("no database"), "{missing}");
        assert!(!db.exists(), "a backup must not create the database");
        Connection::open(&db)
            .unwrap()
            .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
        assert!(backup(&db, &db).unwrap_err().contains("database itself"));
        let copy = dir.path().join("b.db");
        let report = backup(&db, &copy).unwrap();
        assert!(report.pages >= 2 && report.bytes > 0, "{report:?}");
        let n: i64 = Connection::open(&copy)
            .unwrap()
            .query_row("SELECT x FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!names.iter().any(|n| n.contains("partial")), "{names:?}");
    }
}
