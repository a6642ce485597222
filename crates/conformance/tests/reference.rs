//! The kit passes against the reference backend (the real server binary with its demo data),
//! and fails, naming the checks, against a backend that answers every request `200 text/plain`.

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

const KIT: &str = env!("CARGO_BIN_EXE_expocx-conformance");
const STAFF_PASSWORD: &str = "exhibit-expo-2026";

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
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
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The debug build of the reference backend (`EXPOCX_SERVER_BIN` overrides), built if missing.
fn server_binary() -> PathBuf {
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

/// Starts the reference backend with its demo data on a free port: the server and its origin.
async fn reference(dir: &Path) -> (Server, String) {
    let port = free_port();
    let log = std::fs::File::create(dir.join("server.log")).unwrap();
    let child = Command::new(server_binary())
        .arg("--demo")
        .arg("--db")
        .arg(dir.join("conformance.db"))
        .arg("--dist")
        .arg(dir)
        .args(["--port", &port.to_string()])
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

fn kit(args: &[&str]) -> Output {
    Command::new(KIT).args(args).output().expect("the kit runs")
}

/// The counts in the table's last line: (checks, passed, failed).
fn counts(stdout: &str) -> (usize, usize, usize) {
    let last = stdout.lines().last().unwrap_or_default();
    let n: Vec<usize> = last
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    assert_eq!(n.len(), 3, "no summary line: {stdout}");
    (n[0], n[1], n[2])
}

#[tokio::test(flavor = "multi_thread")]
async fn the_reference_backend_passes_every_check() {
    let dir = Scratch::new("reference");
    let (_server, base) = reference(&dir.0).await;
    let junit = dir.0.join("junit.xml");
    let started = Instant::now();
    let out = kit(&[
        &base,
        "--staff-email",
        "tea@demo.expocx.test",
        "--staff-password",
        STAFF_PASSWORD,
        "--second-staff-email",
        "ceramics@demo.expocx.test",
        "--second-staff-password",
        STAFF_PASSWORD,
        "--junit",
        junit.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}(ran in {:.2} s)", started.elapsed().as_secs_f64());
    assert!(out.status.success(), "the kit failed:\n{stdout}");
    let (checks, passed, failed) = counts(&stdout);
    assert_eq!((passed, failed), (checks, 0));
    assert!(!stdout.contains("note:"), "every area ran:\n{stdout}");

    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(xml.starts_with("<?xml"));
    assert_eq!(xml.matches("<testcase ").count(), checks);
    assert_eq!(
        xml.matches("<testsuite ").count(),
        expocx_conformance::AREAS.len(),
        "one suite per area"
    );
    assert_eq!(
        xml.matches("<testsuite ").count(),
        xml.matches("</testsuite>").count()
    );
    assert_eq!(xml.matches("<failure").count(), 0);
    assert!(xml.trim_end().ends_with("</testsuites>"));
}

/// A "backend" answering every request `200 text/plain`.
async fn always_ok() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                // Read the head and as much of the body as it announces.
                while let Ok(n) = socket.read(&mut buf).await {
                    request.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&request).to_ascii_lowercase();
                    let Some(end) = text.find("\r\n\r\n") else {
                        if n == 0 {
                            break;
                        }
                        continue;
                    };
                    let length = text
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    if n == 0 || request.len() >= end + 4 + length {
                        break;
                    }
                }
                let answer = "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok";
                let _ = socket.write_all(answer.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    base
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backend_without_problems_fails_the_problems_checks() {
    let base = always_ok().await;
    let dir = Scratch::new("broken");
    let junit = dir.0.join("junit.xml");
    let out = tokio::task::spawn_blocking(move || {
        let out = kit(&[
            &base,
            "--only",
            "problems",
            "--junit",
            junit.to_str().unwrap(),
        ]);
        (out, std::fs::read_to_string(&junit).unwrap())
    });
    let (out, xml) = out.await.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the kit must fail:\n{stdout}");
    for check in [
        "unknown_path_answers_404_not_found_problem",
        "body_that_is_not_json_answers_400_malformed_request",
        "body_of_the_wrong_shape_answers_400_malformed_request",
        "invalid_fields_answer_422_validation_failed_naming_each_field",
    ] {
        let line = stdout.lines().find(|l| l.contains(check));
        assert!(
            line.is_some_and(|l| l.ends_with("FAIL")),
            "{check} must fail:\n{stdout}"
        );
    }
    assert!(stdout.contains("got:      200 (text/plain) ok"), "{stdout}");
    assert_eq!(counts(&stdout), (4, 0, 4));
    assert_eq!(xml.matches("<failure ").count(), 4);
    assert_eq!(xml.matches("<testsuite ").count(), 1);
}

#[test]
fn an_unknown_area_is_refused() {
    let out = kit(&["http://127.0.0.1:9", "--only", "problems,nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown area `nope`"));
}
