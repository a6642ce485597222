//! `expocx-server`: the ExpoCX reference backend.

use std::net::SocketAddr;
use std::path::PathBuf;

use expocx_server::{serve, Config};

const USAGE: &str = "expocx-server [options]
  --port N            port to listen on (env EXPOCX_PORT, default 8080)
  --host ADDR         address to bind (env EXPOCX_HOST, default 127.0.0.1)
  --db PATH           SQLite database file, created if missing (env EXPOCX_DB, default data/expocx.db)
  --dist DIR          built SPA to serve (env EXPOCX_DIST, default dist)
  --demo              load the demo expo, catalog and accounts into an empty database (env EXPOCX_DEMO=1)
  --test-payments     offer the labelled test payment provider (on with --demo; env EXPOCX_TEST_PAYMENTS=1)
  --no-test-payments  refuse it even with --demo (env EXPOCX_TEST_PAYMENTS=0)
  --pay-within-minutes N
                      an unpaid order holds its stock and pickup place this long, then expires
                      (env EXPOCX_PAY_WITHIN_MINUTES, default 30)
  --catalog-size E,P   grow the demo catalog to E exhibitors and P products (benchmarks)
  --exhibitor-orders N give the demo's tea booth N orders (benchmarks of the exhibitor portal)
  --abandoned-cart-minutes N
                      a signed-in visitor's cart untouched this long earns an offer (marketing consent only;
                      env EXPOCX_ABANDONED_CART_MINUTES, default 1440)
  --cors-origin URL   allow this browser origin to call the API; repeatable (env EXPOCX_CORS_ORIGINS, comma-separated)
  --trusted-proxy CIDR
                      a proxy in front of the server (address or CIDR) whose Forwarded / X-Forwarded-For
                      names the client; repeatable (env EXPOCX_TRUSTED_PROXIES, comma-separated)
  --public-url URL    where browsers reach this server (env EXPOCX_PUBLIC_URL, default http://HOST:PORT);
                      WeChat sends sign-ins back to URL/auth/wechat
  --wechat-api URL    WeChat's API (env EXPOCX_WECHAT_API, default https://api.weixin.qq.com)
  --wechat-authorize URL
                      WeChat's authorization pages (env EXPOCX_WECHAT_AUTHORIZE, default https://open.weixin.qq.com)
                      Sign-in with WeChat is on when EXPOCX_WECHAT_APPID and EXPOCX_WECHAT_SECRET are set
                      (the secret only ever from the environment)
  --print-openapi     print the OpenAPI document and exit";

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn parse_args() -> Result<Option<Config>, String> {
    let mut port = env_or("EXPOCX_PORT", "8080");
    let mut host = env_or("EXPOCX_HOST", "127.0.0.1");
    let mut db = env_or("EXPOCX_DB", "data/expocx.db");
    let mut dist = env_or("EXPOCX_DIST", "dist");
    let mut demo = matches!(std::env::var("EXPOCX_DEMO").as_deref(), Ok("1" | "true"));
    let mut cors: Vec<String> = env_or("EXPOCX_CORS_ORIGINS", "")
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string())
        .collect();
    let mut proxies: Vec<String> = env_or("EXPOCX_TRUSTED_PROXIES", "")
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string())
        .collect();
    let mut abandoned = env_or("EXPOCX_ABANDONED_CART_MINUTES", "1440");
    let mut catalog_size = None;
    let mut exhibitor_orders = None;
    let mut test_payments = match std::env::var("EXPOCX_TEST_PAYMENTS").as_deref() {
        Ok("0" | "false") => Some(false),
        Ok("1" | "true") => Some(true),
        _ => None,
    };
    let mut pay_within = env_or("EXPOCX_PAY_WITHIN_MINUTES", "30");
    let mut public_url = std::env::var("EXPOCX_PUBLIC_URL").ok();
    let mut wechat_api = env_or("EXPOCX_WECHAT_API", "https://api.weixin.qq.com");
    let mut wechat_authorize = env_or("EXPOCX_WECHAT_AUTHORIZE", "https://open.weixin.qq.com");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--port" => port = value("--port")?,
            "--host" => host = value("--host")?,
            "--db" => db = value("--db")?,
            "--dist" => dist = value("--dist")?,
            "--cors-origin" => cors.push(value("--cors-origin")?),
            "--trusted-proxy" => proxies.push(value("--trusted-proxy")?),
            "--demo" => demo = true,
            "--no-test-payments" => test_payments = Some(false),
            "--test-payments" => test_payments = Some(true),
            "--pay-within-minutes" => pay_within = value("--pay-within-minutes")?,
            "--public-url" => public_url = Some(value("--public-url")?),
            "--wechat-api" => wechat_api = value("--wechat-api")?,
            "--wechat-authorize" => wechat_authorize = value("--wechat-authorize")?,
            "--catalog-size" => {
                let v = value("--catalog-size")?;
                let parsed = v
                    .split_once(',')
                    .and_then(|(e, p)| Some((e.trim().parse().ok()?, p.trim().parse().ok()?)));
                catalog_size = Some(parsed.ok_or(format!("--catalog-size wants E,P, not {v}"))?);
            }
            "--abandoned-cart-minutes" => abandoned = value("--abandoned-cart-minutes")?,
            "--exhibitor-orders" => {
                let v = value("--exhibitor-orders")?;
                let n = v
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (1..=1_000_000).contains(n));
                exhibitor_orders =
                    Some(n.ok_or(format!("--exhibitor-orders wants 1 to 1000000, not {v}"))?);
            }
            "--print-openapi" => {
                print!("{}", expocx_server::openapi::document_json());
                return Ok(None);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    let addr: SocketAddr = format!("{host}:{port}")
        .parse()
        .map_err(|_| format!("not an address: {host}:{port}"))?;
    let public_url = public_url.unwrap_or_else(|| format!("http://{addr}"));
    let wechat = match (
        std::env::var("EXPOCX_WECHAT_APPID"),
        std::env::var("EXPOCX_WECHAT_SECRET"),
    ) {
        (Ok(app_id), Ok(secret)) if !app_id.is_empty() && !secret.is_empty() => {
            Some(expocx_server::wechat::WechatConfig {
                app_id,
                secret,
                api_base: wechat_api,
                authorize_base: wechat_authorize,
                redirect_uri: format!("{}/auth/wechat", public_url.trim_end_matches('/')),
            })
        }
        _ => None,
    };
    Ok(Some(Config {
        wechat,
        addr,
        database: PathBuf::from(db),
        dist: PathBuf::from(dist),
        demo,
        cors_origins: cors,
        trusted_proxies: expocx_server::proxy::TrustedProxies::parse(&proxies)?,
        catalog_size,
        exhibitor_orders,
        // The test provider is a demo convenience: on with the demo data unless refused.
        test_payments: test_payments.unwrap_or(demo),
        orders: expocx_server::rules::orders::OrderRules {
            pay_within: chrono::Duration::minutes(
                pay_within
                    .parse::<i64>()
                    .ok()
                    .filter(|m| (1..=1440).contains(m))
                    .ok_or(format!(
                        "--pay-within-minutes wants 1 to 1440, not {pay_within}"
                    ))?,
            ),
            ..Default::default()
        },
        offers: expocx_server::db::offers::OfferRules {
            abandoned_after: chrono::Duration::minutes(
                abandoned
                    .parse()
                    .map_err(|_| format!("not a number of minutes: {abandoned}"))?,
            ),
            ..Default::default()
        },
    }))
}

#[tokio::main]
async fn main() {
    let config = match parse_args() {
        Ok(Some(c)) => c,
        Ok(None) => return,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = serve(config).await {
        eprintln!("expocx-server: {e}");
        std::process::exit(1);
    }
}
