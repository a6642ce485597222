#!/usr/bin/env bash
# The contract against the reference backend: schemathesis generates requests from
# /api/openapi.json (examples, coverage, fuzzing, stateful sequences) and checks that the server
# never fails (5xx), never answers a status the document does not declare, and never answers
# a body that breaks its schema. Three passes: signed in as a fresh visitor (the signed-in
# endpoints are exercised too), with an expired session's token, and signed out. First the
# conformance kit, as an organizer runs it (scripts/conformance.sh), against the same backend.
# Needs a built server (cargo build -p expocx-server) and tests/contract/.venv
# (scripts/install.sh test).
set -euo pipefail
cd "$(dirname "$0")/../.."
examples=${EXAMPLES:-40}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
target/debug/expocx-server --demo --db "$work/contract.db" --dist "$work" --port "$port" \
  --cors-origin https://spa.contract.test >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.2; done
scripts/conformance.sh "$base" --allowed-origin https://spa.contract.test \
  --staff-email tea@demo.expocx.test --staff-password exhibit-expo-2026 \
  --second-staff-email ceramics@demo.expocx.test --second-staff-password exhibit-expo-2026 \
  > "$work/conformance.txt" || { cat "$work/conformance.txt"; exit 1; }
tail -1 "$work/conformance.txt"
token=$(curl -fs -X POST "$base/api/v1/auth/register" -H 'content-type: application/json' \
  -d '{"email":"contract@example.test","password":"contract-pass-1","display_name":"Contract"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
# An expired session: a second visitor whose session's end is moved into the past (this script
# owns the database; a kit against another backend would wait for the expiry instead).
expired=$(curl -fs -X POST "$base/api/v1/auth/register" -H 'content-type: application/json' \
  -d '{"email":"expired@example.test","password":"contract-pass-1","display_name":"Expired"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
python3 - "$work/contract.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=10)
with db:
    n = db.execute("UPDATE sessions SET expires_at = '2020-01-01T00:00:00+00:00' WHERE user_id = "
                   "(SELECT id FROM users WHERE email = 'expired@example.test')").rowcount
assert n == 1, n
PY
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $expired" "$base/api/v1/auth/me")" = 401 ] ||
  { echo "the expired session still works"; exit 1; }

total=0
# One pass: $1 names it, $2 the number of examples per operation, the rest are schemathesis's
# own arguments (the session's header, or none).
pass() {
  local name=$1 examples=$2 status=0
  shift 2
  local config=()
  [ $# -gt 0 ] || config=(--config-file tests/contract/signed-out.toml)
  # Signing out would end the session every other generated request uses: logout has its own
  # tests (crates/server/tests/api/storefront.rs).
  tests/contract/.venv/bin/schemathesis ${config[@]+"${config[@]}"} run "$base/api/openapi.json" --url "$base/api/v1" "$@" \
    --checks not_a_server_error,status_code_conformance,response_schema_conformance \
    --exclude-path /auth/logout --exclude-path /auth/logout-all \
    --max-examples "$examples" --seed 20261123 --continue-on-failure --no-color \
    --report ndjson --report-ndjson-path "$work/events-$name.ndjson" >"$work/out-$name.txt" 2>&1 || status=$?
  echo "--- $name"
  grep -E "generated|passed|failure|❌|ST[0-9]+" "$work/out-$name.txt" | tail -12 || true
  if [ "$status" != 0 ]; then
    sed -n "/ERRORS/,/WARNINGS/p" "$work/out-$name.txt" | head -150
    grep -q ERRORS "$work/out-$name.txt" || sed -n "/FAILURES/,/WARNINGS/p" "$work/out-$name.txt" | head -150
    echo "server log:"; tail -20 "$work/server.log"
    exit "$status"
  fi
  local generated
  generated=$(grep -oE '[0-9]+ generated' "$work/out-$name.txt" | grep -oE '[0-9]+' | tail -1 || true)
  echo "$name: ${generated:-0} generated requests"
  total=$(( total + ${generated:-0} ))
}
pass signed-in "$examples" -H "Authorization: Bearer $token"
pass expired-token "$(( (examples + 3) / 4 ))" -H "Authorization: Bearer $expired"
pass signed-out "$(( (examples + 3) / 4 ))"
if [ "$total" -lt 3000 ]; then
  echo "only $total requests generated; the contract run needs at least 3000"
  exit 1
fi
echo "contract: $total generated requests (signed in, with an expired token, signed out), 0 server errors, 0 undocumented statuses, 0 schema violations"
