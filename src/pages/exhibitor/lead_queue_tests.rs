use super::*;
use expocx_contract::leads::LeadContact;
use expocx_contract::{FieldError, FieldErrorCode, Problem};

const CODE: &str = "EXPOCX:BADGE:0123456789abcdef0123456789abcdef.\
    AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIj";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().into()
}

fn scan(key: &str) -> Queued {
    let body = BadgeScan {
        code: CODE.into(),
        scanned_at: None,
    };
    Queued::new(
        key.into(),
        Capture::Scan(body),
        at("2026-12-03T10:00:00Z").into(),
    )
}

fn card(key: &str, name: &str) -> Queued {
    let lead = NewCardLead {
        contact: LeadContact {
            name: name.into(),
            ..Default::default()
        },
        note: String::new(),
    };
    Queued::new(
        key.into(),
        Capture::Card(lead),
        at("2026-12-03T10:01:00Z").into(),
    )
}

fn note(key: &str, lead_id: i64) -> Queued {
    let note = NewLeadNote {
        text: "Wants samples".into(),
    };
    Queued::new(
        key.into(),
        Capture::Note { lead_id, note },
        at("2026-12-03T10:02:00Z").into(),
    )
}

fn problem(status: u16, code: ErrorCode, fields: &[&str]) -> ApiError {
    let mut p = Problem::new(status, code, "x");
    p.errors = fields
        .iter()
        .map(|f| FieldError::new(f, FieldErrorCode::OutOfRange))
        .collect();
    ApiError::Problem {
        status,
        problem: Some(p),
    }
}

#[test]
fn only_expocx_badges_are_sent() {
    assert!(is_badge_code(CODE));
    for bad in [
        "",
        "EXPOCX:BADGE:",
        "EXPOCX:BADGE:0123456789ABCDEF0123456789ABCDEF",
        "EXPOCX:BADGE:0123456789abcdef0123456789abcde",
        "EXPOCX:BADGE:0123456789abcdef0123456789abcdef0",
        // Unsigned (a badge from before codes were signed), a cut or a foreign signature.
        "EXPOCX:BADGE:0123456789abcdef0123456789abcdef",
        &CODE[..CODE.len() - 1],
        CODE.replace('-', "+").as_str(),
        "EXPOCX:BADGE:0123456789abcdef0123456789abcdeg",
        "expocx:badge:0123456789abcdef0123456789abcdef",
        "EX26-PICKUP-1234",
        " EXPOCX:BADGE:0123456789abcdef0123456789abcdef",
    ] {
        assert!(!is_badge_code(bad), "{bad}");
    }
}

#[test]
fn a_queued_scan_says_when_it_was_made_and_travels_as_the_contract_says() {
    let first = scan("k1");
    let Capture::Scan(s) = &first.capture else {
        unreachable!()
    };
    assert_eq!(s.scanned_at, None, "sent at once: the server's time");
    let kept = first.clone().kept();
    let json = serde_json::to_value(&kept).unwrap();
    assert_eq!(json["kind"], "scan");
    assert_eq!(json["key"], "k1");
    assert_eq!(json["body"]["code"], CODE);
    assert_eq!(json["body"]["scanned_at"], "2026-12-03T10:00:00Z");
    assert_eq!(json["scanned_at"], "2026-12-03T10:00:00Z");
    let back: Queued = serde_json::from_value(json).unwrap();
    assert_eq!(back, kept);
    let n = note("k3", 7).kept();
    let json = serde_json::to_value(&n).unwrap();
    assert_eq!(json["kind"], "note");
    assert_eq!(json["body"]["lead_id"], 7);
    assert_eq!(serde_json::from_value::<Queued>(json).unwrap(), n);
    assert_eq!(
        card("k2", "Li").kept(),
        card("k2", "Li"),
        "only scans change"
    );
}

#[test]
fn items_wait_in_order_once_each_and_leave_as_they_are_answered() {
    let mut q = Queue::default();
    q.add(scan("a"));
    q.add(card("b", "Li Wei"));
    q.add(note("c", 7));
    q.add(card("b", "Li Wei"));
    assert_eq!(q.waiting(), 3, "the same key is one item");
    assert_eq!(q.first().map(|i| i.key.as_str()), Some("a"));
    q.settle("a", Verdict::Keep);
    assert_eq!(q.first().map(|i| i.key.as_str()), Some("a"), "kept first");
    q.settle("a", Verdict::Sent);
    assert_eq!(q.first().map(|i| i.key.as_str()), Some("b"));
    q.settle("b", Verdict::Refused(Refusal::Invalid));
    assert_eq!(q.waiting(), 1);
    assert_eq!(q.failed.len(), 1);
    assert_eq!(q.failed[0].reason, Refusal::Invalid);
    assert_eq!(q.notes_for(7).len(), 1);
    assert!(q.notes_for(8).is_empty());
    q.settle("nothing", Verdict::Sent);
    assert_eq!(q.waiting(), 1, "an unknown key changes nothing");
    q.dismiss("b");
    assert!(q.failed.is_empty());
}

#[test]
fn the_list_of_refused_items_keeps_the_latest() {
    let mut q = Queue::default();
    for i in 0..FAILED_KEPT + 3 {
        let key = format!("k{i}");
        q.add(card(&key, "x"));
        q.settle(&key, Verdict::Refused(Refusal::Other));
    }
    assert_eq!(q.failed.len(), FAILED_KEPT);
    assert_eq!(q.failed[0].item.key, "k3");
}

#[test]
fn no_signal_and_server_faults_keep_an_item_refusals_drop_it() {
    let now = at("2026-12-03T12:00:00Z");
    let s = scan("a").kept();
    for err in [
        ApiError::Network,
        ApiError::Timeout,
        ApiError::Aborted,
        ApiError::Problem {
            status: 503,
            problem: None,
        },
        ApiError::Problem {
            status: 500,
            problem: None,
        },
        problem(429, ErrorCode::RateLimited, &[]),
        problem(401, ErrorCode::Unauthorized, &[]),
    ] {
        assert_eq!(verdict(&s, &err, now), Verdict::Keep, "{err:?}");
    }
    let not_found = problem(404, ErrorCode::NotFound, &[]);
    assert_eq!(
        verdict(&s, &not_found, now),
        Verdict::Refused(Refusal::NotABadge)
    );
    assert_eq!(
        verdict(&note("n", 7), &not_found, now),
        Verdict::Refused(Refusal::LeadGone)
    );
    assert_eq!(
        verdict(
            &card("c", "Li"),
            &problem(422, ErrorCode::ValidationFailed, &["contact.email"]),
            now
        ),
        Verdict::Refused(Refusal::Invalid)
    );
    assert_eq!(
        verdict(
            &card("c", "Li"),
            &problem(403, ErrorCode::Forbidden, &[]),
            now
        ),
        Verdict::Refused(Refusal::NotAllowed)
    );
    assert_eq!(
        verdict(
            &note("n", 7),
            &problem(409, ErrorCode::LimitReached, &[]),
            now
        ),
        Verdict::Refused(Refusal::TooManyNotes)
    );
}

#[test]
fn a_key_the_server_knows_was_recorded_by_an_earlier_attempt() {
    let now = at("2026-12-03T12:00:00Z");
    let err = problem(422, ErrorCode::IdempotencyConflict, &[]);
    assert_eq!(verdict(&scan("a").kept(), &err, now), Verdict::Sent);
    assert_eq!(
        verdict(&card("c", "Li"), &ApiError::Decode("x".into()), now),
        Verdict::Sent
    );
}

#[test]
fn a_refused_scan_time_is_too_old_or_a_wrong_clock() {
    let s = scan("a").kept();
    let err = problem(422, ErrorCode::ValidationFailed, &["scanned_at"]);
    let Verdict::Resend(again) = verdict(&s, &err, at("2026-12-03T12:00:00Z")) else {
        panic!("a recent scan is sent again with the server's time")
    };
    assert_eq!(again.key, "a", "the same key");
    assert!(matches!(&again.capture, Capture::Scan(b) if b.scanned_at.is_none()));
    assert_eq!(
        verdict(&s, &err, at("2026-12-11T12:00:00Z")),
        Verdict::Refused(Refusal::TooOld)
    );
    assert_eq!(
        verdict(&again, &err, at("2026-12-03T12:00:00Z")),
        Verdict::Refused(Refusal::Invalid),
        "sent without a time and still refused: no loop"
    );
    let mut q = Queue::default();
    q.add(s);
    q.settle("a", Verdict::Resend(again.clone()));
    assert_eq!(q.first(), Some(&again));
}
