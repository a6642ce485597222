//! Errors are RFC 9457 problems with a stable `code`.

use reqwest::Method;
use serde_json::json;

use super::{names_field, on, problem, Ctx, Recorder};

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;

    let r = c.get("/conformance-no-such-operation", None).await;
    rec.record(
        "unknown_path_answers_404_not_found_problem",
        "404 application/problem+json with type, title, status, code `not_found`",
        on(r, |r| problem(r, 404, "not_found")),
    );

    let r = c
        .req(Method::POST, "/auth/register")
        .raw_json("{\"email\": ")
        .send()
        .await;
    rec.record(
        "body_that_is_not_json_answers_400_malformed_request",
        "400 problem with code `malformed_request`",
        on(r, |r| problem(r, 400, "malformed_request")),
    );

    let r = c
        .post(
            "/auth/register",
            None,
            json!({"email": 5, "password": [], "display_name": {}}),
        )
        .await;
    rec.record(
        "body_of_the_wrong_shape_answers_400_malformed_request",
        "400 problem with code `malformed_request`",
        on(r, |r| problem(r, 400, "malformed_request")),
    );

    let body = json!({"email": "not-an-email", "password": "x", "display_name": "Conformance"});
    let r = c.post("/auth/register", None, body).await;
    rec.record(
        "invalid_fields_answer_422_validation_failed_naming_each_field",
        "422 problem `validation_failed` with `errors` naming `email` and `password`",
        on(r, |r| {
            names_field(r, "email")?;
            names_field(r, "password")
        }),
    );

    // Just over 2 MiB of JSON, what any JSON body of the contract may be (far over it, a server
    // may close the connection before the client has read its answer).
    let big = format!(
        "{{\"email\": \"big@example.test\", \"password\": \"conformance\", \"display_name\": \"{}\"}}",
        "x".repeat((2 << 20) + 1024)
    );
    // A server may answer before it has read such a body and close the connection: it is not
    // one to send the next request on.
    let r = c
        .req(Method::POST, "/auth/register")
        .header("connection", "close")
        .raw_json(&big)
        .send()
        .await;
    rec.record(
        "body_over_the_limit_answers_413_payload_too_large",
        "a JSON body just over 2 MiB: 413 problem with code `payload_too_large`",
        on(r, |r| problem(r, 413, "payload_too_large")),
    );
}
