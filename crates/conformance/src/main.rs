//! `expocx-conformance <BASE_URL>`: runs the conformance checks against a backend, prints a
//! table, optionally writes JUnit XML, and exits non-zero when any check fails.

use std::process::ExitCode;

use clap::Parser;
use expocx_conformance::{report, run, Account, Config, AREAS};

/// Proves, over HTTP only, that a backend fits the ExpoCX contract (API at <BASE_URL>/api/v1).
#[derive(Parser)]
#[command(name = "expocx-conformance", version)]
struct Args {
    /// The site origin, e.g. https://expo.example.com (the API is at <BASE_URL>/api/v1).
    base_url: String,
    /// An exhibitor staff account: runs the `staff` and `team` areas (an owner: the invite checks).
    #[arg(long, env = "EXPOCX_STAFF_EMAIL", requires = "staff_password")]
    staff_email: Option<String>,
    #[arg(long, env = "EXPOCX_STAFF_PASSWORD", requires = "staff_email")]
    staff_password: Option<String>,
    /// A staff account of another exhibitor: adds the cross-exhibitor checks.
    #[arg(
        long,
        env = "EXPOCX_SECOND_STAFF_EMAIL",
        requires = "second_staff_password"
    )]
    second_staff_email: Option<String>,
    #[arg(
        long,
        env = "EXPOCX_SECOND_STAFF_PASSWORD",
        requires = "second_staff_email"
    )]
    second_staff_password: Option<String>,
    /// The origin the SPA is served from, which the backend's CORS list must name.
    #[arg(long, env = "EXPOCX_ALLOWED_ORIGIN", value_name = "ORIGIN")]
    allowed_origin: Option<String>,
    /// Only these areas, comma-separated (see the README's table of areas).
    #[arg(long, value_delimiter = ',')]
    only: Option<Vec<String>>,
    /// Also write the outcomes as JUnit XML to this file.
    #[arg(long, value_name = "FILE")]
    junit: Option<std::path::PathBuf>,
}

fn account(email: Option<String>, password: Option<String>) -> Option<Account> {
    Some(Account {
        email: email?,
        password: password?,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let config = Config {
        base: args.base_url,
        staff: account(args.staff_email, args.staff_password),
        second_staff: account(args.second_staff_email, args.second_staff_password),
        origin: args.allowed_origin,
        only: args.only,
    };
    let outcome = match run(&config).await {
        Ok(run) => run,
        Err(e) => {
            eprintln!("expocx-conformance: {e} (areas: {})", AREAS.join(", "));
            return ExitCode::from(2);
        }
    };
    print!("{}", report::table(&outcome));
    if let Some(path) = &args.junit {
        if let Err(e) = std::fs::write(path, report::junit(&outcome)) {
            eprintln!("expocx-conformance: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if outcome.failures() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
