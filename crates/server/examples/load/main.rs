//! Load benchmark of the reference backend (a report, not a test). Driven by `scripts/load.sh`:
//!
//! - `load prepare --db FILE --accounts N --tokens FILE` creates N shopper accounts with a
//!   session each in the database file before the server starts, through the server's own
//!   library (sign-ups over HTTP are rate-limited per address, and rightly so), and
//!   writes their session tokens to a file;
//! - `load run --base URL --tokens FILE [--duration S] [--concurrency N] [--out FILE]` runs each
//!   operation for S seconds with N workers against the running server, prints a table and
//!   writes the figures as JSON.

mod ops;
mod setup;
mod stats;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use ops::{Ctx, MakeRequest};
use serde_json::json;
use stats::Summary;

const USAGE: &str = "usage:
  load prepare --db FILE --accounts N --tokens FILE
  load run --base URL --tokens FILE [--duration SECONDS] [--concurrency N] [--out FILE]";

fn main() {
    if let Err(e) = main_inner() {
        eprintln!("load: {e}");
        std::process::exit(1);
    }
}

fn main_inner() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let command = args.next().ok_or(USAGE)?;
    let mut flags = std::collections::HashMap::new();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or(format!("{flag} needs a value\n{USAGE}"))?;
        flags.insert(flag, value);
    }
    let flag = |name: &str| flags.get(name).cloned().ok_or(format!("{name}?\n{USAGE}"));
    let number = |name: &str, default: usize| {
        flags.get(name).map_or(Ok(default), |v| {
            v.parse::<usize>()
                .map_err(|_| format!("{name} {v}: not a number"))
        })
    };
    match command.as_str() {
        "prepare" => setup::prepare(
            &PathBuf::from(flag("--db")?),
            number("--accounts", 50)?,
            &PathBuf::from(flag("--tokens")?),
        ),
        "run" => tokio::runtime::Runtime::new()
            .map_err(|e| e.to_string())?
            .block_on(run(Run {
                base: flag("--base")?,
                tokens: PathBuf::from(flag("--tokens")?),
                duration: Duration::from_secs(number("--duration", 10)? as u64),
                concurrency: number("--concurrency", 16)?.max(1),
                out: flags.get("--out").map(PathBuf::from),
            })),
        _ => Err(USAGE.into()),
    }
}

struct Run {
    base: String,
    tokens: PathBuf,
    duration: Duration,
    concurrency: usize,
    out: Option<PathBuf>,
}

async fn run(r: Run) -> Result<(), String> {
    let shoppers: Vec<String> = std::fs::read_to_string(&r.tokens)
        .map_err(|e| format!("{}: {e}", r.tokens.display()))?
        .lines()
        .map(String::from)
        .collect();
    if shoppers.len() < r.concurrency {
        return Err(format!(
            "{} accounts for {} workers: each worker needs accounts of its own",
            shoppers.len(),
            r.concurrency
        ));
    }
    // Plain answers (no Accept-Encoding): the figures are the handlers', not the compressor's.
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .pool_max_idle_per_host(r.concurrency)
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| e.to_string())?;
    let staff = setup::staff_token(&client, &r.base).await?;
    let mut ctx = Ctx::new(r.base.clone(), client, shoppers, staff);
    setup::catalog(&mut ctx).await?;
    ctx.concurrency = r.concurrency;
    ctx.sold_out = ctx
        .products
        .iter()
        .map(|_| AtomicBool::new(false))
        .collect();
    let ctx = Arc::new(ctx);
    println!(
        "{} products in stock, {} accounts, {} workers, {} s per operation",
        ctx.products.len(),
        ctx.shoppers.len(),
        r.concurrency,
        r.duration.as_secs()
    );
    let load_before = load_average();
    let reads: [(&'static str, MakeRequest); 3] = [
        ("browse: product list (category)", ops::product_list),
        ("browse: one product", ops::one_product),
        ("cart quote (3 lines)", ops::quote),
    ];
    let portal: [(&'static str, MakeRequest); 2] = [
        ("portal: orders list (tea booth)", ops::portal_orders),
        ("portal: dashboard (expo days)", ops::portal_dashboard),
    ];
    let mut rows: Vec<Summary> = Vec::new();
    for (op, make) in reads {
        let (rec, took) = ops::phase(&ctx, r.duration, |w, end| {
            ops::reads(ctx.clone(), op, make, w, end)
        })
        .await;
        rows.extend(rec.summary(took));
    }
    let (rec, took) = ops::phase(&ctx, r.duration, |w, end| ops::orders(ctx.clone(), w, end)).await;
    rows.extend(rec.summary(took));
    for (op, make) in portal {
        let (rec, took) = ops::phase(&ctx, r.duration, |w, end| {
            ops::reads(ctx.clone(), op, make, w, end)
        })
        .await;
        rows.extend(rec.summary(took));
    }
    let load_after = load_average();
    print!("{}", stats::table(&rows));
    println!("load average (1, 5, 15 min): before {load_before}, after {load_after}");
    if let Some(out) = r.out {
        let report = json!({
            "measured_at": chrono::Utc::now().to_rfc3339(),
            "server": r.base,
            "concurrency": r.concurrency,
            "seconds_per_operation": r.duration.as_secs(),
            "accounts": ctx.shoppers.len(),
            "products_in_stock": ctx.products.len(),
            "load_average_before": load_before,
            "load_average_after": load_after,
            "operations": rows.iter().map(Summary::json).collect::<Vec<_>>(),
        });
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&out, format!("{report:#}\n"))
            .map_err(|e| format!("{}: {e}", out.display()))?;
        println!("written to {}", out.display());
    }
    Ok(())
}

/// The machine's load average (1, 5 and 15 minutes), as `/proc/loadavg` says.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
