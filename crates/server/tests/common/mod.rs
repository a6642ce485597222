//! A real server on a free port, over a temporary SQLite file with the demo data.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::PathBuf;

use expocx_contract::Problem;
use expocx_server::{build, Config};
use reqwest::{header, Client};

pub struct TestServer {
    pub base: String,
    _dir: tempfile::TempDir,
    pub db_path: PathBuf,
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }
}

pub async fn start() -> TestServer {
    start_offering(Default::default()).await
}

/// A server whose abandoned carts earn offers by `offers`.
pub async fn start_offering(offers: expocx_server::db::commerce::OfferRules) -> TestServer {
    start_custom(offers, true).await
}

/// A server with its offer rules and with or without the test payment provider.
pub async fn start_custom(
    offers: expocx_server::db::commerce::OfferRules,
    test_payments: bool,
) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>spa</title>").unwrap();
    // The same page, brotli-compressed (as scripts/precompress.mjs writes it).
    let index_br: [u8; 25] = [
        27, 32, 0, 248, 141, 84, 181, 191, 126, 225, 129, 155, 19, 97, 89, 8, 43, 194, 100, 0, 24,
        168, 112, 185, 19,
    ];
    std::fs::write(dist.join("index.html.br"), index_br).unwrap();
    std::fs::write(
        dist.join("app-0123456789abcdef_bg.wasm"),
        b"\0asm\x01\0\0\0",
    )
    .unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "console.log('plain')").unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), b"brotli-bytes").unwrap();
    let db_path = dir.path().join("data").join("expocx.db");
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database: db_path.clone(),
        dist,
        demo: true,
        cors_origins: vec!["https://shop.example".into()],
        offers,
        catalog_size: None,
        test_payments,
    };
    start_with(config, dir).await
}

/// A server with `config` (its database and dist inside `dir`).
pub async fn start_with(config: Config, dir: tempfile::TempDir) -> TestServer {
    let db_path = config.database.clone();
    let app = build(&config).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    TestServer {
        base: format!("http://{addr}"),
        _dir: dir,
        db_path,
    }
}

pub fn client() -> Client {
    Client::builder().no_gzip().no_brotli().build().unwrap()
}

pub async fn problem(resp: reqwest::Response) -> Problem {
    assert_eq!(
        resp.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    resp.json().await.unwrap()
}
