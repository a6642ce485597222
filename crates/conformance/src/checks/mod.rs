//! The checks, grouped in areas (one module each). A check is named after the contract rule it
//! proves; it passes, or fails with what was expected and what came back.

mod auth;
mod campaigns;
mod consent;
mod http;
mod leads;
mod orders;
mod ownership;
mod paging;
mod privacy;
mod problems;
mod quotes;
mod refunds;
pub(crate) mod shapes;
mod staff;
mod stock;
mod team;
mod text;

use std::time::Instant;

use crate::client::{Client, Reply};

/// Every area, in the order they run.
pub const AREAS: [&str; 16] = [
    "problems",
    "http",
    "auth",
    "paging",
    "text",
    "consent",
    "privacy",
    "orders",
    "ownership",
    "stock",
    "refunds",
    "staff",
    "team",
    "quotes",
    "leads",
    "campaigns",
];

/// An account's email and password.
#[derive(Debug, Clone)]
pub struct Account {
    pub email: String,
    pub password: String,
}

/// What to check, against which backend.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site origin; the API is at `<base>/api/v1`.
    pub base: String,
    /// An exhibitor's staff account (the `staff` area runs only with it).
    pub staff: Option<Account>,
    /// A staff account of another exhibitor (for the cross-exhibitor checks).
    pub second_staff: Option<Account>,
    /// The origin the SPA is served from, which the backend's CORS list names (the `http`
    /// area's checks of that origin run only with it).
    pub origin: Option<String>,
    /// The areas to run (all when `None`).
    pub only: Option<Vec<String>>,
}

/// The result of one check.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub area: &'static str,
    pub check: &'static str,
    /// The contract's rule, as what should come back.
    pub expected: String,
    /// What came back instead; `None` when the check passed.
    pub failure: Option<String>,
    pub seconds: f64,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.failure.is_none()
    }
}

/// Every outcome, and notes on what was not run (and why).
#[derive(Debug, Default)]
pub struct Run {
    pub outcomes: Vec<Outcome>,
    pub notes: Vec<String>,
}

impl Run {
    pub fn failures(&self) -> usize {
        self.outcomes.iter().filter(|o| !o.passed()).count()
    }
}

/// What the checks of an area share.
pub(crate) struct Ctx<'a> {
    pub client: Client,
    pub config: &'a Config,
}

/// Collects an area's outcomes, timing each since the one before.
pub(crate) struct Recorder {
    area: &'static str,
    since: Instant,
    outcomes: Vec<Outcome>,
    pub notes: Vec<String>,
}

impl Recorder {
    fn new(area: &'static str) -> Recorder {
        Recorder {
            area,
            since: Instant::now(),
            outcomes: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Records `check` from `result`, and hands on its value when it passed: the checks after
    /// it build on it.
    pub fn passed<T>(
        &mut self,
        check: &'static str,
        expected: &str,
        result: Result<T, String>,
    ) -> Option<T> {
        let (outcome, value) = match result {
            Ok(v) => (Ok(()), Some(v)),
            Err(e) => (Err(e), None),
        };
        self.record(check, expected, outcome);
        value
    }

    /// Records `check`: passed when `result` is `Ok`, else failed with what came back.
    /// Answers whether it passed, so a check others build on can stop the area.
    pub fn record(
        &mut self,
        check: &'static str,
        expected: &str,
        result: Result<(), String>,
    ) -> bool {
        let now = Instant::now();
        let passed = result.is_ok();
        self.outcomes.push(Outcome {
            area: self.area,
            check,
            expected: expected.to_string(),
            failure: result.err(),
            seconds: now.duration_since(self.since).as_secs_f64(),
        });
        self.since = now;
        passed
    }
}

/// Runs the configured areas against the backend.
pub async fn run(config: &Config) -> Result<Run, String> {
    let areas: Vec<&'static str> = match &config.only {
        None => AREAS.to_vec(),
        Some(only) => {
            if let Some(bad) = only.iter().find(|a| !AREAS.contains(&a.as_str())) {
                return Err(format!(
                    "unknown area `{bad}`; the areas are {}",
                    AREAS.join(", ")
                ));
            }
            AREAS
                .into_iter()
                .filter(|a| only.iter().any(|o| o == a))
                .collect()
        }
    };
    let ctx = Ctx {
        client: Client::new(&config.base)?,
        config,
    };
    let mut run = Run::default();
    for area in areas {
        let mut rec = Recorder::new(area);
        match area {
            "problems" => problems::run(&ctx, &mut rec).await,
            "http" => http::run(&ctx, &mut rec).await,
            "auth" => auth::run(&ctx, &mut rec).await,
            "paging" => paging::run(&ctx, &mut rec).await,
            "text" => text::run(&ctx, &mut rec).await,
            "consent" => consent::run(&ctx, &mut rec).await,
            "orders" => orders::run(&ctx, &mut rec).await,
            "ownership" => ownership::run(&ctx, &mut rec).await,
            "stock" => stock::run(&ctx, &mut rec).await,
            "refunds" => refunds::run(&ctx, &mut rec).await,
            "staff" => staff::run(&ctx, &mut rec).await,
            "team" => team::run(&ctx, &mut rec).await,
            "quotes" => quotes::run(&ctx, &mut rec).await,
            "privacy" => privacy::run(&ctx, &mut rec).await,
            "campaigns" => campaigns::run(&ctx, &mut rec).await,
            _ => leads::run(&ctx, &mut rec).await,
        }
        run.outcomes.append(&mut rec.outcomes);
        run.notes.append(&mut rec.notes);
    }
    Ok(run)
}

/// `r` is an RFC 9457 problem (`application/problem+json` with `type`, `title`, `status`,
/// `code`) with this status and stable code.
pub(crate) fn problem(r: &Reply, status: u16, code: &str) -> Result<(), String> {
    let want = format!("{status} {code}");
    if r.status != status {
        return Err(format!("{} (wanted {want})", r.brief()));
    }
    if r.content_type != expocx_contract::PROBLEM_CONTENT_TYPE {
        return Err(format!("not problem+json: {}", r.brief()));
    }
    for member in ["type", "title"] {
        if !r.json[member].is_string() {
            return Err(format!("no string `{member}`: {}", r.brief()));
        }
    }
    if r.json["status"].as_u64() != Some(u64::from(status)) {
        return Err(format!(
            "`status` member {} is not {status}",
            r.json["status"]
        ));
    }
    if r.json["code"].as_str() != Some(code) {
        return Err(format!(
            "`code` {} (wanted `{code}`): {}",
            r.json["code"],
            r.brief()
        ));
    }
    Ok(())
}

/// `r` is a `422 validation_failed` problem whose `errors` name `field` (each with a `code`).
pub(crate) fn names_field(r: &Reply, field: &str) -> Result<(), String> {
    problem(r, 422, "validation_failed")?;
    let errors = r.json["errors"].as_array().cloned().unwrap_or_default();
    if errors
        .iter()
        .any(|e| !e["field"].is_string() || !e["code"].is_string())
    {
        return Err(format!(
            "an `errors` entry without `field` and `code`: {}",
            r.brief()
        ));
    }
    if errors.iter().any(|e| e["field"] == field) {
        Ok(())
    } else {
        Err(format!("`errors` do not name `{field}`: {}", r.brief()))
    }
}

/// The request failed, or `f` of its reply.
pub(crate) fn on(
    r: Result<Reply, String>,
    f: impl FnOnce(&Reply) -> Result<(), String>,
) -> Result<(), String> {
    f(&r?)
}

/// Registers a new visitor for the area, recorded as its first check: the session, if it worked.
pub(crate) async fn registered(
    ctx: &Ctx<'_>,
    rec: &mut Recorder,
    check: &'static str,
) -> Option<crate::client::Session> {
    let session = ctx.client.register(rec.area).await;
    let result = session.as_ref().map(|_| ()).map_err(Clone::clone);
    rec.record(check, "POST /auth/register: 201 with a token", result);
    session.ok()
}
