#!/usr/bin/env bash
# Runs the Playwright specs in Debian's Chromium against the reference backend serving dist/.
# Each spec file gets its own backend (fresh temporary SQLite with demo data, on a free port):
# its data and its rate-limit windows are its own (every browser here is 127.0.0.1, so the
# per-client limits would otherwise add up across the whole suite).
# SPECS=specs/portal.test.mjs runs one file.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wechat_port=$(free_port)
# WeChat's part is played by a local stand-in (sign-in with WeChat).
export EXPOCX_WECHAT_APPID=wx-e2e EXPOCX_WECHAT_SECRET=e2e-stand-in-secret
PORT="$wechat_port" node tests/e2e/wechat-stand-in.mjs >"$work/wechat.log" 2>&1 &
wechat=$!
server=""
trap 'kill $server $wechat 2>/dev/null || true; rm -rf "$work"' EXIT

failed=()
for spec in ${SPECS:-tests/e2e/specs/*.test.mjs}; do
  spec="tests/e2e/${spec#tests/e2e/}"
  port=$(free_port)
  rm -f "$work"/e2e.db*
  target/debug/expocx-server --demo --abandoned-cart-minutes 0 --port "$port" --db "$work/e2e.db" --dist dist \
    --public-url "http://127.0.0.1:$port" --wechat-api "http://127.0.0.1:$wechat_port" \
    --wechat-authorize "http://127.0.0.1:$wechat_port" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { cat "$work/server.log"; exit 1; }
  if ! (cd tests/e2e && BASE_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 "${spec#tests/e2e/}"); then
    failed+=("$spec")
    echo "--- server log ($spec)"
    tail -50 "$work/server.log"
  fi
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}"
  exit 1
fi
