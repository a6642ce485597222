//! The data modules are leaves: a module of `db/` may use its parent folders (the layer's
//! shared helpers, a folder's shared readers) and its own children, never a sibling or a
//! cousin. What spans modules is the domain layer's (`crate::domain`). This test reads the
//! sources, so a new module that imports a sibling fails here.

use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

/// Every module of `db/` as a path below `db` (`db/mod.rs` is the empty path).
fn modules(dir: &Path, prefix: &[String], out: &mut Vec<(ModPath, PathBuf)>) {
    for entry in std::fs::read_dir(dir).expect("db/ is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let mut here = prefix.to_vec();
        if path.is_dir() {
            here.push(name);
            modules(&path, &here, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            if name != "mod" {
                here.push(name);
            }
            out.push((here, path));
        }
    }
}

/// The module paths `source` (the file of module `me`) refers to through `super::…` and
/// `crate::db::…`, resolved as far as they name modules in `known`.
fn references(source: &str, me: &ModPath, known: &[ModPath]) -> Vec<ModPath> {
    let code: String = source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (prefix, base) in [("crate::db::", Vec::new()), ("super::", parent(me))] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(prefix) {
            // `a::super::x` does not occur; `crate::db::` inside `super::` neither.
            let after = &rest[at + prefix.len()..];
            let (mut start, mut tail) = (base.clone(), after);
            while let Some(t) = tail.strip_prefix("super::") {
                start.pop();
                tail = t;
            }
            for p in paths(tail) {
                let mut full = start.clone();
                let mut resolved = start.clone();
                for seg in p {
                    full.push(seg);
                    if known.contains(&full) {
                        resolved = full.clone();
                    } else {
                        break;
                    }
                }
                found.push(resolved);
            }
            rest = after;
        }
    }
    found
}

/// The module `super` names in module `me` (for `x/mod.rs` too: its module is `x`).
fn parent(me: &ModPath) -> ModPath {
    let mut p = me.clone();
    p.pop();
    p
}

/// The paths at the start of `text`: `a::b` or the members of `{a::b, c}`.
fn paths(text: &str) -> Vec<Vec<String>> {
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|seg| {
                seg.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|seg| !seg.is_empty())
            .collect()
    };
    match text.strip_prefix('{') {
        Some(group) => {
            let group = group.split('}').next().unwrap_or("");
            group.split(',').map(|m| ident(m.trim())).collect()
        }
        None => vec![ident(text)],
    }
}

/// The sibling or cousin modules `me` reaches for (its ancestors and descendants are fine).
fn violations(me: &ModPath, refs: &[ModPath]) -> Vec<String> {
    refs.iter()
        .filter(|r| !me.starts_with(r) && !r.starts_with(me))
        .filter(|r| r.first().is_none_or(|f| f != "error"))
        .map(|r| r.join("::"))
        .collect()
}

#[test]
fn data_modules_import_no_sibling() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/db");
    let mut all = Vec::new();
    modules(&root, &[], &mut all);
    let known: Vec<ModPath> = all.iter().map(|(m, _)| m.clone()).collect();
    assert!(known.len() > 20, "every data module was found: {known:?}");
    let mut bad = Vec::new();
    for (me, file) in &all {
        if me.last().is_some_and(|n| n == "leaf_rule") {
            continue;
        }
        let source = std::fs::read_to_string(file).unwrap();
        for v in violations(me, &references(&source, me, &known)) {
            bad.push(format!("db::{} uses db::{v}", me.join("::")));
        }
    }
    assert!(
        bad.is_empty(),
        "data modules must not import siblings (move the workflow to crate::domain):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_rule_sees_sibling_imports_in_every_spelling() {
    let known: Vec<ModPath> = [
        vec![],
        vec!["cart"],
        vec!["orders"],
        vec!["orders", "view"],
        vec!["orders", "slots"],
    ]
    .into_iter()
    .map(|p| p.into_iter().map(String::from).collect())
    .collect();
    let view: ModPath = vec!["orders".into(), "view".into()];
    let cart: ModPath = vec!["cart".into()];
    let check = |src: &str, me: &ModPath| violations(me, &references(src, me, &known));
    // Siblings, however written, are found.
    assert_eq!(check("use super::orders::total_of;", &cart), ["orders"]);
    assert_eq!(check("x = super::orders::head(c)?;", &cart), ["orders"]);
    assert_eq!(check("use crate::db::{json, orders};", &cart), ["orders"]);
    assert_eq!(check("use super::slots::slot;", &view), ["orders::slots"]);
    assert_eq!(check("use super::super::cart;", &view), ["cart"]);
    // The layer's shared helpers, the parent folder, own children and comments are fine.
    assert!(check("use super::{col, json, Result};", &cart).is_empty());
    assert!(check("use super::parts;\nuse crate::db::{col, Error};", &view).is_empty());
    assert!(check("// see super::orders::head", &cart).is_empty());
    let orders: ModPath = vec!["orders".into()];
    assert!(check("use crate::db::orders::slots::slot;", &orders).is_empty());
}
