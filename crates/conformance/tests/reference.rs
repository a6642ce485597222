//! The kit passes against the reference backend (the real server binary with its demo data),
//! and fails, naming the checks, against a backend that answers every request `200 text/plain`.

mod common;

use std::time::Instant;

use common::{counts, kit, reference, Scratch, SPA_ORIGIN, STAFF};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test(flavor = "multi_thread")]
async fn the_reference_backend_passes_every_check() {
    let dir = Scratch::new("reference");
    let (_server, base) = reference(&dir.0).await;
    let junit = dir.0.join("junit.xml");
    let started = Instant::now();
    let junit_path = junit.to_str().unwrap();
    let args = [&base, "--allowed-origin", SPA_ORIGIN, "--junit", junit_path];
    let out = kit(&[&args[..], &STAFF[..]].concat());
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
        "body_over_the_limit_answers_413_payload_too_large",
    ] {
        let line = stdout.lines().find(|l| l.contains(check));
        assert!(
            line.is_some_and(|l| l.ends_with("FAIL")),
            "{check} must fail:\n{stdout}"
        );
    }
    assert!(stdout.contains("got:      200 (text/plain) ok"), "{stdout}");
    assert_eq!(counts(&stdout), (5, 0, 5));
    assert_eq!(xml.matches("<failure ").count(), 5);
    assert_eq!(xml.matches("<testsuite ").count(), 1);
}

#[test]
fn an_unknown_area_is_refused() {
    let out = kit(&["http://127.0.0.1:9", "--only", "problems,nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown area `nope`"));
}
