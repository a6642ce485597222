#!/usr/bin/env bash
# Benchmarks (reports, not tests): the product list's update time after a filter change over a
# catalog of 5,000 products and 20 exhibitors, measured in Chromium; and the exhibitor portal
# with 50,000 orders for one exhibitor (API p50/p99 and the orders table in Chromium), and the
# quote desk at 5,000 quotes, the lead list at 20,000 leads, and campaigns at 100,000 members. Needs the release build of
# the SPA in dist/ (scripts/build.sh) and the tools of scripts/install.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
[ -f dist/index.html ] || scripts/build.sh
cargo build --profile server -p expocx-server
DB="$(mktemp -d)/bench.db"
PORT="${PORT:-8097}"
target/server/expocx-server --demo --catalog-size 20,5000 --exhibitor-orders 50000 --exhibitor-quotes 5000 --exhibitor-leads 20000 --campaign-members 100000 --port "$PORT" --db "$DB" --dist dist &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.2; done
cd tests/e2e
BASE_URL="http://127.0.0.1:$PORT" node bench/filter-change.mjs
BASE_URL="http://127.0.0.1:$PORT" node bench/portal.mjs
BASE_URL="http://127.0.0.1:$PORT" node bench/quotes.mjs
BASE_URL="http://127.0.0.1:$PORT" node bench/leads.mjs
BASE_URL="http://127.0.0.1:$PORT" node bench/campaigns.mjs
