#!/usr/bin/env bash
# The contract against the reference backend: schemathesis generates requests from
# /api/openapi.json (examples, coverage, fuzzing, stateful sequences) and checks that the server
# never fails (5xx), never answers a status the document does not declare, and never answers
# a body that breaks its schema. Signed in as a fresh visitor, so the signed-in endpoints are
# exercised too. Needs a built server (cargo build -p expocx-server) and tests/contract/.venv
# (scripts/install.sh test).
set -euo pipefail
cd "$(dirname "$0")/../.."
examples=${EXAMPLES:-40}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
target/debug/expocx-server --demo --db "$work/contract.db" --dist "$work" --port "$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.2; done
token=$(curl -fs -X POST "$base/api/v1/auth/register" -H 'content-type: application/json' \
  -d '{"email":"contract@example.test","password":"contract-pass-1","display_name":"Contract"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
# Signing out would end the session every other generated request uses: logout has its own
# tests (crates/server/tests/api/storefront.rs).
status=0
tests/contract/.venv/bin/schemathesis run "$base/api/openapi.json" --url "$base/api/v1" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,response_schema_conformance \
  --exclude-path /auth/logout --exclude-path /auth/logout-all \
  --max-examples "$examples" --seed 20261123 --continue-on-failure --no-color \
  --report ndjson --report-ndjson-path "$work/events.ndjson" >"$work/out.txt" 2>&1 || status=$?
grep -E "generated|passed|failure|❌|ST[0-9]+" "$work/out.txt" | tail -12
if [ "$status" != 0 ]; then
  sed -n "/ERRORS/,/WARNINGS/p" "$work/out.txt" | head -150
  grep -q ERRORS "$work/out.txt" || sed -n "/FAILURES/,/WARNINGS/p" "$work/out.txt" | head -150
  echo "server log:"; tail -20 "$work/server.log"
  exit "$status"
fi
generated=$(grep -oE '[0-9]+ generated' "$work/out.txt" | grep -oE '[0-9]+' | tail -1)
if [ "${generated:-0}" -lt 1000 ]; then
  echo "only ${generated:-0} requests generated; the contract run needs at least 1000"
  exit 1
fi
echo "contract: $generated generated requests, 0 server errors, 0 undocumented statuses, 0 schema violations"
