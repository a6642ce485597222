#!/usr/bin/env bash
# Load benchmark of the reference backend (a report, not a test; not part of scripts/test.sh).
# Builds the release server, starts it over loopback on a fresh database with the demo data,
# gives it ACCOUNTS shopper accounts (50), and runs each operation for DURATION seconds (10)
# with CONCURRENCY workers (16): browse, cart quote, orders placed and paid, exhibitor portal.
# Prints a table and writes target/bench/load.json. The server stops at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
PORT="${PORT:-8098}"
TMP="$(mktemp -d)"
SERVER=
stop() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap stop EXIT
# The server is built on its own, without the example's dev-dependency features, and copied at
# once (the target directory may be shared with other builds).
cargo build --profile server -p expocx-server --example load
cp "$TARGET/server/examples/load" "$TMP/load"
cargo build --profile server -p expocx-server --bin expocx-server
cp "$TARGET/server/expocx-server" "$TMP/expocx-server"
# Accounts are written into the database file before the server opens it: sign-ups over HTTP
# are rate-limited per client address (120 a minute), a limit the benchmark leaves as it is.
"$TMP/load" prepare --db "$TMP/load.db" --accounts "${ACCOUNTS:-50}" --tokens "$TMP/tokens"
mkdir "$TMP/dist"
"$TMP/expocx-server" --demo --host 127.0.0.1 --port "$PORT" --db "$TMP/load.db" \
  --dist "$TMP/dist" >"$TMP/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null || { cat "$TMP/server.log"; exit 1; }
uptime
"$TMP/load" run --base "http://127.0.0.1:$PORT" --tokens "$TMP/tokens" \
  --duration "${DURATION:-10}" --concurrency "${CONCURRENCY:-16}" --out "$ROOT/target/bench/load.json"
