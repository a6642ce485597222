#!/usr/bin/env bash
# Runs every test of ExpoCX, installing what is missing first (idempotent):
#   1. lint: rustfmt, clippy (host and wasm32) with warnings as errors
#   2. native: cargo test --workspace (contract, backend over real HTTP on a temporary SQLite
#      file, the OpenAPI drift check, SPA logic)
#   2b. contract: schemathesis (signed in, expired token, signed out; ≥ 3,000 requests) against
#       the reference backend; the conformance kit runs in the native tests
#   3. in the browser: wasm-bindgen-test in headless Chromium (components mounted and asserted)
#   4. release build of the SPA and the first-load size report against size-budget.json, with
#      the HTML of each kind of public page (pre-rendered from the demo backend)
#   5. end to end: Playwright + axe in Chromium against the reference backend serving the build
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
scripts/install.sh test
source scripts/env.sh
# A clean clone builds once: incremental caches and full debug info only fill the disk (a CI run
# once stopped on "No space left on device").
if [ -n "${CI:-}" ]; then
  export CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=line-tables-only CARGO_PROFILE_TEST_DEBUG=line-tables-only
fi
stage() { printf '\n\033[1m=== %s (%ss)\033[0m\n' "$*" $(( $(date +%s) - started )); }

stage "lint"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p expocx --target wasm32-unknown-unknown --all-targets -- -D warnings
# The release build splits the lazy areas (feature `split`): lint that code path too.
cargo clippy -p expocx --target wasm32-unknown-unknown --features split -- -D warnings

stage "native tests"
cargo test --workspace

stage "the Mini Program host template (node:test, a recording wx)"
node --test integrations/wechat-mini-program/test/

stage "contract: schemathesis against the reference backend"
cargo build -p expocx-server
tests/contract/run.sh

stage "contract document: openapi-spec-validator, Redocly lint, a generated client type-checks"
tests/contract/document.sh

stage "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test -p expocx --target wasm32-unknown-unknown --test web --test web_state

stage "release build and size report (with the public pages, pre-rendered)"
scripts/build.sh
cargo build -p expocx-server
scripts/public-pages.sh target/public-pages
node scripts/size-report.mjs dist size-budget.json target/public-pages

stage "end-to-end tests (Playwright + axe, Chromium, reference backend)"
cargo build -p expocx-server
tests/e2e/run.sh

stage "all tests passed"
