//! What the kit's tests share: the reference backend on a free port, a scratch folder, the kit
//! run as a program and the counts of its table.
#![allow(dead_code)] // each test file uses its part

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const KIT: &str = env!("CARGO_BIN_EXE_expocx-conformance");
/// The demo's staff of two exhibitors (an owner of Jade Peak and one of another booth), as the
/// kit's flags.
pub const STAFF: [&str; 8] = [
    "--staff-email",
    "tea@demo.expocx.test",
    "--staff-password",
    "exhibit-expo-2026",
    "--second-staff-email",
    "ceramics@demo.expocx.test",
    "--second-staff-password",
    "exhibit-expo-2026",
];

/// A scratch folder, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir = std::env::temp_dir().join(format!(
            "expocx-conformance-{tag}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The reference backend, stopped when dropped.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The debug build of the reference backend (`EXPOCX_SERVER_BIN` overrides), built if missing.
pub fn server_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("EXPOCX_SERVER_BIN") {
        return bin.into();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let bin = target.join("debug").join("expocx-server");
    if !bin.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "expocx-server"])
            .current_dir(&root)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cargo build -p expocx-server failed");
    }
    bin
}

/// The origin the reference backend's CORS list names in these tests (the SPA's, were it served
/// from a host of its own).
pub const SPA_ORIGIN: &str = "https://spa.conformance.test";

/// Starts the reference backend with its demo data on a free port (its CORS list naming
/// [`SPA_ORIGIN`]): the server and its origin.
pub async fn reference(dir: &Path) -> (Server, String) {
    let port = free_port();
    let log = std::fs::File::create(dir.join("server.log")).unwrap();
    let child = Command::new(server_binary())
        .arg("--demo")
        .arg("--db")
        .arg(dir.join("conformance.db"))
        .arg("--dist")
        .arg(dir)
        .args(["--port", &port.to_string()])
        .args(["--cors-origin", SPA_ORIGIN])
        .stdout(Stdio::from(log.try_clone().unwrap()))
        .stderr(Stdio::from(log))
        .spawn()
        .expect("the reference backend starts");
    let server = Server(child);
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    loop {
        if let Ok(r) = reqwest::get(format!("{base}/api/health")).await {
            if r.status().is_success() {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the reference backend did not answer /api/health: {}",
            std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    (server, base)
}

pub fn kit(args: &[&str]) -> Output {
    Command::new(KIT).args(args).output().expect("the kit runs")
}

/// The counts in the table's last line: (checks, passed, failed).
pub fn counts(stdout: &str) -> (usize, usize, usize) {
    let last = stdout.lines().last().unwrap_or_default();
    let n: Vec<usize> = last
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    assert_eq!(n.len(), 3, "no summary line: {stdout}");
    (n[0], n[1], n[2])
}
