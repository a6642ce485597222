//! `expocx-server`: the ExpoCX reference backend.

use expocx_server::proxy::TrustedProxies;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use expocx_server::{serve, Config};

const ENV_ONLY: &str = "Environment only:
  EXPOCX_WECHAT_APPID, EXPOCX_WECHAT_SECRET
          Sign-in with WeChat is on when both are set (the secret only ever from the environment)
  EXPOCX_WECHAT_MINI_APPID, EXPOCX_WECHAT_MINI_SECRET
          Sign-in inside the organizer's Mini Program (its web-view) is on when both are set
  EXPOCX_METRICS_TOKEN
          /metrics answers this host; other hosts need `Authorization: Bearer <token>`
  RUST_LOG
          which logs to write (default info; RUST_LOG=info,expocx::http=warn drops the request lines)";

#[derive(Parser)]
#[command(
    name = "expocx-server",
    version,
    about = "The ExpoCX reference backend: the HTTP API over SQLite, and the built SPA",
    after_help = ENV_ONLY,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Copy the database to FILE while the server keeps serving
    ///
    /// SQLite's online backup API takes a consistent copy while the server goes on writing; the
    /// copy is checked with `PRAGMA integrity_check` before it replaces FILE.
    ///
    /// To restore: stop the server, copy FILE over the database file, delete the `-wal` and
    /// `-shm` files beside it, start the server.
    Backup {
        #[command(flatten)]
        db: Database,
        /// Where the copy goes (replaced if it exists)
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Write every public page of a running backend into a folder for static hosting
    ///
    /// Home, the product and exhibitor lists, every product and exhibitor, in the three
    /// languages, each with its head (title, card, canonical, hreflang, JSON-LD), its painted
    /// first screen and brotli copy; the built SPA beside them (`shell.html` for every other
    /// path), `robots.txt` and `sitemap.xml`. Reads only the contract's public API.
    Prerender {
        /// The backend's origin (its API is at `<URL>/api/v1`)
        #[arg(long, value_name = "URL")]
        from: String,
        /// Built SPA whose `index.html` the pages are made from
        #[arg(long, value_name = "DIR", default_value = "dist")]
        dist: PathBuf,
        /// Folder to write (created; files in it are replaced)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Where browsers reach the site (canonical and card URLs)
        #[arg(long, value_name = "URL")]
        public_url: String,
        /// Language of the plain paths (the others are under `lang/<tag>/`)
        #[arg(long, value_name = "TAG", default_value = "zh-Hans")]
        lang: String,
    },
    /// Add or update exhibitors from a CSV file and invite each team's owner by email
    ///
    /// The header names the columns, in any order: booth, hall (a hall's code), name_zh_hans,
    /// name_zh_hant, name_en, categories (category slugs separated by `;`), owner_email. A booth
    /// already in the database is updated, a new one added; an owner with neither an account on
    /// the team nor an invite waiting is invited. Importing the same file again changes nothing.
    ///
    /// Every row is checked first: if any is wrong, nothing is written and each error is
    /// printed as `line N: column: what`, and the command exits with 1.
    ImportExhibitors {
        #[command(flatten)]
        db: Database,
        /// Where browsers reach the site (the invite links)
        #[arg(
            long,
            value_name = "URL",
            env = "EXPOCX_PUBLIC_URL",
            default_value = "http://127.0.0.1:8080"
        )]
        public_url: String,
        /// The CSV file (UTF-8)
        #[arg(value_name = "CSV")]
        csv: PathBuf,
    },
}

/// The database file, for serving and for a backup.
#[derive(Args)]
struct Database {
    /// SQLite database file (created if missing when serving)
    #[arg(
        long,
        value_name = "PATH",
        env = "EXPOCX_DB",
        default_value = "data/expocx.db"
    )]
    db: PathBuf,
}

#[derive(Args)]
struct ServeArgs {
    /// Port to listen on
    #[arg(long, value_name = "N", env = "EXPOCX_PORT", default_value_t = 8080)]
    port: u16,
    /// Address to bind
    #[arg(
        long,
        value_name = "ADDR",
        env = "EXPOCX_HOST",
        default_value = "127.0.0.1"
    )]
    host: IpAddr,
    #[command(flatten)]
    db: Database,
    /// Built SPA to serve
    #[arg(long, value_name = "DIR", env = "EXPOCX_DIST", default_value = "dist")]
    dist: PathBuf,
    /// Load the demo expo, catalog and accounts into an empty database
    #[arg(long, env = "EXPOCX_DEMO", value_name = "1|0", num_args = 0..=1, require_equals = true,
        default_missing_value = "1", value_parser = choice)]
    demo: Option<Choice>,
    /// Offer the labelled test payment provider (on with --demo unless refused)
    #[arg(long, env = "EXPOCX_TEST_PAYMENTS", value_name = "1|0", num_args = 0..=1,
        require_equals = true, default_missing_value = "1", value_parser = choice,
        overrides_with = "no_test_payments")]
    test_payments: Option<Choice>,
    /// Refuse the test payment provider even with --demo (same as EXPOCX_TEST_PAYMENTS=0)
    #[arg(long, overrides_with = "test_payments")]
    no_test_payments: bool,
    /// An unpaid order holds its stock and pickup place this long, then expires (1 to 1440)
    #[arg(long, value_name = "N", env = "EXPOCX_PAY_WITHIN_MINUTES", default_value_t = 30,
        value_parser = clap::value_parser!(i64).range(1..=1440))]
    pay_within_minutes: i64,
    /// Grow the demo catalog to E exhibitors and P products (benchmarks)
    #[arg(long, value_name = "E,P", value_parser = catalog_size)]
    catalog_size: Option<(i64, i64)>,
    /// Give the demo's tea booth N orders (benchmarks of the exhibitor portal; 1 to 1000000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    exhibitor_orders: Option<i64>,
    /// Give the demo's ceramics booth N quotes (benchmarks of the quote desk; 1 to 100000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=100_000))]
    exhibitor_quotes: Option<i64>,
    /// Give the demo's tea booth N leads (benchmarks of the lead list; 1 to 100000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=100_000))]
    exhibitor_leads: Option<i64>,
    /// Give the fair N members with the tea booth's tea in their carts and mixed marketing
    /// consents (benchmarks of campaigns; 1 to 1000000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    campaign_members: Option<i64>,
    /// With --demo: the last three days of trade at both demo booths (orders in every step,
    /// rated tickets, returns, repeat customers), so the portal opens on real figures
    #[arg(long)]
    demo_history: bool,
    /// A signed-in visitor's cart untouched this long earns an offer (marketing consent only)
    #[arg(
        long,
        value_name = "N",
        env = "EXPOCX_ABANDONED_CART_MINUTES",
        default_value_t = 1440
    )]
    abandoned_cart_minutes: i64,
    /// Allow this browser origin to call the API; repeatable (env: comma-separated)
    #[arg(
        long = "cors-origin",
        value_name = "URL",
        env = "EXPOCX_CORS_ORIGINS",
        value_delimiter = ','
    )]
    cors_origins: Vec<String>,
    /// A proxy in front of the server (address or CIDR) whose Forwarded / X-Forwarded-For names
    /// the client; repeatable (env: comma-separated). Without one, the TCP peer is the client.
    #[arg(
        long = "trusted-proxy",
        value_name = "CIDR",
        env = "EXPOCX_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = proxy_cidr
    )]
    trusted_proxies: Vec<String>,
    /// Where browsers reach this server [default: http://HOST:PORT]; WeChat sends sign-ins back
    /// to URL/auth/wechat
    #[arg(long, value_name = "URL", env = "EXPOCX_PUBLIC_URL")]
    public_url: Option<String>,
    /// WeChat's API
    #[arg(
        long,
        value_name = "URL",
        env = "EXPOCX_WECHAT_API",
        default_value = "https://api.weixin.qq.com"
    )]
    wechat_api: String,
    /// WeChat's authorization pages
    #[arg(
        long,
        value_name = "URL",
        env = "EXPOCX_WECHAT_AUTHORIZE",
        default_value = "https://open.weixin.qq.com"
    )]
    wechat_authorize: String,
    #[command(flatten)]
    wechat_pay: expocx_server::wechat::pay_args::PayArgs,
    /// A WeChat domain verification file (MP_verify_….txt, a Mini Program's business-domain
    /// file), served at the site's root under its name; repeatable
    #[arg(
        long = "wechat-verify-file",
        value_name = "FILE",
        env = "EXPOCX_WECHAT_VERIFY_FILES",
        value_delimiter = ','
    )]
    wechat_verify_files: Vec<PathBuf>,
    /// Print the OpenAPI document and exit
    #[arg(long)]
    print_openapi: bool,
}

/// A yes or no from a flag or the environment; empty is neither (an unset variable).
#[derive(Clone, Copy)]
struct Choice(Option<bool>);

fn choice(v: &str) -> Result<Choice, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" => Ok(Choice(None)),
        "1" | "true" | "yes" | "on" => Ok(Choice(Some(true))),
        "0" | "false" | "no" | "off" => Ok(Choice(Some(false))),
        _ => Err(format!("wants 1 or 0, not {v}")),
    }
}

fn catalog_size(v: &str) -> Result<(i64, i64), String> {
    v.split_once(',')
        .and_then(|(e, p)| Some((e.trim().parse().ok()?, p.trim().parse().ok()?)))
        .ok_or(format!("wants E,P, not {v}"))
}

fn config(a: ServeArgs) -> Result<Config, String> {
    let addr = SocketAddr::new(a.host, a.port);
    let public_url = a.public_url.unwrap_or_else(|| format!("http://{addr}"));
    let wechat = match (
        std::env::var("EXPOCX_WECHAT_APPID"),
        std::env::var("EXPOCX_WECHAT_SECRET"),
    ) {
        (Ok(app_id), Ok(secret)) if !app_id.is_empty() && !secret.is_empty() => {
            Some(expocx_server::wechat::WechatConfig {
                app_id,
                secret,
                api_base: a.wechat_api.clone(),
                authorize_base: a.wechat_authorize,
                redirect_uri: format!("{}/auth/wechat", public_url.trim_end_matches('/')),
                public_origin: expocx_server::wechat::origin_of(&public_url),
            })
        }
        _ => None,
    };
    let wechat_mini = match (
        std::env::var("EXPOCX_WECHAT_MINI_APPID"),
        std::env::var("EXPOCX_WECHAT_MINI_SECRET"),
    ) {
        (Ok(app_id), Ok(secret)) if !app_id.is_empty() && !secret.is_empty() => {
            Some(expocx_server::wechat::mini::MiniConfig {
                app_id,
                secret,
                api_base: a.wechat_api.clone(),
            })
        }
        _ => None,
    };
    let wechat_pay = a.wechat_pay.clone().config(
        wechat.as_ref().map(|w| w.app_id.as_str()),
        wechat_mini.as_ref().map(|w| w.app_id.as_str()),
        &public_url,
    )?;
    let root_files = a
        .wechat_verify_files
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !expocx_server::spa::is_root_file_name(name) {
                return Err(format!(
                    "{}: not a verification file name like MP_verify_abc.txt",
                    p.display()
                ));
            }
            let content =
                std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((name.to_string(), content))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let demo = a.demo.and_then(|c| c.0).unwrap_or(false);
    let test_payments = if a.no_test_payments {
        Some(false)
    } else {
        a.test_payments.and_then(|c| c.0)
    };
    Ok(Config {
        wechat,
        wechat_pay,
        wechat_mini,
        root_files,
        public_url,
        addr,
        database: a.db.db,
        dist: a.dist,
        demo,
        cors_origins: a
            .cors_origins
            .iter()
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect(),
        trusted_proxies: TrustedProxies::parse(&a.trusted_proxies)
            .expect("each --trusted-proxy was checked when parsed"),
        catalog_size: a.catalog_size,
        exhibitor_orders: a.exhibitor_orders,
        exhibitor_quotes: a.exhibitor_quotes,
        exhibitor_leads: a.exhibitor_leads,
        campaign_members: a.campaign_members,
        demo_history: a.demo_history,
        // The test provider is a demo convenience: on with the demo data unless refused.
        test_payments: test_payments.unwrap_or(demo),
        orders: expocx_server::rules::orders::OrderRules {
            pay_within: chrono::Duration::minutes(a.pay_within_minutes),
            ..Default::default()
        },
        offers: expocx_server::db::offers::OfferRules {
            abandoned_after: chrono::Duration::minutes(a.abandoned_cart_minutes),
            ..Default::default()
        },
    })
}

/// One `--trusted-proxy` value: an address or a CIDR.
fn proxy_cidr(s: &str) -> Result<String, String> {
    TrustedProxies::parse(&[s]).map(|_| s.trim().to_string())
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    if cli.serve.print_openapi {
        print!("{}", expocx_server::openapi::document_json());
        return;
    }
    expocx_server::telemetry::init();
    if let Some(Command::Backup { db, to }) = cli.command {
        let took = std::time::Instant::now();
        let file = to.display().to_string();
        match tokio::task::spawn_blocking(move || expocx_server::backup::backup(&db.db, &to)).await
        {
            Ok(Ok(r)) => tracing::info!(
                to = %file,
                pages = r.pages,
                bytes = r.bytes,
                ms = took.elapsed().as_millis() as u64,
                "backup written and integrity_check ok"
            ),
            Ok(Err(e)) => fail("backup", e),
            Err(e) => fail("backup", e.to_string()),
        }
        return;
    }
    if let Some(Command::Prerender {
        from,
        dist,
        out,
        public_url,
        lang,
    }) = cli.command
    {
        let Some(lang) = expocx_contract::Lang::from_tag(&lang) else {
            fail("prerender", format!("{lang}: not zh-Hans, zh-Hant or en"));
        };
        let took = std::time::Instant::now();
        match expocx_server::snapshot::prerender::prerender(&from, &dist, &out, &public_url, lang)
            .await
        {
            Ok(w) => tracing::info!(
                out = %out.display(),
                pages = w.pages,
                bytes = w.bytes,
                ms = took.elapsed().as_millis() as u64,
                "public pages written"
            ),
            Err(e) => fail("prerender", e),
        }
        return;
    }
    if let Some(Command::ImportExhibitors {
        db,
        public_url,
        csv,
    }) = cli.command
    {
        import_exhibitors(&db.db, &public_url, &csv);
        return;
    }
    let config = match config(cli.serve) {
        Ok(c) => c,
        Err(e) => fail("expocx-server", e),
    };
    if let Err(e) = serve(config).await {
        fail("expocx-server", e);
    }
}

/// Imports the exhibitors of `csv`, printing what it did, or every bad row and exits with 1.
fn import_exhibitors(db: &Path, public_url: &str, csv: &Path) {
    use expocx_server::domain::onboard::{import, Refused};
    if !db.is_file() {
        fail(
            "import-exhibitors",
            format!("{}: no such database", db.display()),
        );
    }
    let text = std::fs::read_to_string(csv)
        .unwrap_or_else(|e| fail("import-exhibitors", format!("{}: {e}", csv.display())));
    let db = expocx_server::db::Db::open(db)
        .unwrap_or_else(|e| fail("import-exhibitors", format!("{}: {e}", db.display())));
    match db.with(|c| import(c, &text, public_url, chrono::Utc::now())) {
        Ok(done) => println!("{done}"),
        Err(Refused::Rows(errors)) => {
            for e in &errors {
                eprintln!("{e}");
            }
            fail(
                "import-exhibitors",
                format!("{} errors, nothing written", errors.len()),
            );
        }
        Err(Refused::Database(e)) => fail("import-exhibitors", e.to_string()),
    }
}

fn fail(what: &str, e: String) -> ! {
    tracing::error!("{what}: {e}");
    std::process::exit(1);
}
