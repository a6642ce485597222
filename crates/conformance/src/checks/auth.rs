//! Bearer tokens: registering and signing in give one, the signed-in operations need a valid one.

use reqwest::Method;
use serde_json::json;

use super::{on, problem, shapes, Ctx, Recorder};
use crate::client::{unique_email, PASSWORD};

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let email = unique_email("auth");
    let body = json!({"email": email, "password": PASSWORD, "display_name": "Conformance"});
    let r = c.post("/auth/register", None, body.clone()).await;
    let mut token = String::new();
    let registered = rec.record(
        "register_answers_201_with_a_token_and_its_expiry",
        "201 with a string `token`, `user` and an RFC 3339 `expires_at`",
        on(r, |r| {
            r.expect_status(201)?;
            token = r.json["token"].as_str().ok_or("no `token`")?.to_string();
            if !r.json["user"].is_object() {
                return Err(format!("no `user`: {}", r.brief()));
            }
            shapes::rfc3339(&r.json["expires_at"], "`expires_at`")
        }),
    );
    if !registered {
        return;
    }

    let r = c.get("/auth/me", Some(&token)).await;
    rec.record(
        "auth_me_answers_the_signed_in_account",
        "200 with the registered `email`",
        on(r, |r| {
            r.expect_status(200)?;
            if r.json["email"] == email {
                Ok(())
            } else {
                Err(format!("another account: {}", r.brief()))
            }
        }),
    );

    let r = c.post("/auth/register", None, body).await;
    rec.record(
        "registering_a_taken_email_answers_409_email_taken",
        "409 problem with code `email_taken`",
        on(r, |r| problem(r, 409, "email_taken")),
    );

    let r = c.get("/orders", None).await;
    rec.record(
        "missing_token_answers_401_unauthorized",
        "GET /orders without a token: 401 problem `unauthorized`",
        on(r, |r| problem(r, 401, "unauthorized")),
    );

    let r = c.get("/orders", Some("conformance-invalid-token")).await;
    rec.record(
        "invalid_token_answers_401_unauthorized",
        "GET /orders with an invalid token: 401 problem `unauthorized`",
        on(r, |r| problem(r, 401, "unauthorized")),
    );

    let r = c
        .req(Method::GET, "/auth/me")
        .header("authorization", &format!("Basic {token}"))
        .send()
        .await;
    rec.record(
        "token_in_another_scheme_answers_401_unauthorized",
        "GET /auth/me with `Authorization: Basic …`: 401 problem `unauthorized`",
        on(r, |r| problem(r, 401, "unauthorized")),
    );

    let wrong = json!({"email": email, "password": "not-the-password-1"});
    let r = c.post("/auth/login", None, wrong).await;
    rec.record(
        "wrong_password_answers_401_invalid_credentials",
        "401 problem with code `invalid_credentials`",
        on(r, |r| problem(r, 401, "invalid_credentials")),
    );

    let r = c.login(&email, PASSWORD).await;
    rec.record(
        "sign_in_answers_a_new_token_that_works",
        "200 with a `token` that /auth/me accepts",
        match r {
            Ok(s) => on(c.get("/auth/me", s.token()).await, |r| r.expect_status(200)),
            Err(e) => Err(e),
        },
    );

    // Guessing a password must not pay: an account's wrong passwords are limited (the reference
    // backend allows 10 in 15 minutes; the kit tries up to 30, on its own account only).
    let guess = json!({"email": email, "password": "guess-password-0"});
    let mut last = Err("no attempt".to_string());
    for _ in 0..30 {
        last = c.post("/auth/login", None, guess.clone()).await;
        if matches!(&last, Ok(r) if r.status != 401) {
            break;
        }
    }
    rec.record(
        "repeated_wrong_passwords_answer_429_with_retry_after",
        "up to 30 wrong passwords for one account: 429 problem `rate_limited` with `Retry-After` in whole seconds",
        on(last, |r| {
            problem(r, 429, "rate_limited")?;
            let wait = r.headers.get("retry-after").and_then(|v| v.to_str().ok());
            match wait.and_then(|v| v.parse::<u64>().ok()) {
                Some(s) if s > 0 => Ok(()),
                _ => Err(format!("`Retry-After` {wait:?}, not whole seconds")),
            }
        }),
    );
}
