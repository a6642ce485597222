#!/usr/bin/env bash
# Starts the reference backend (fresh temporary SQLite with demo data, serving dist/) on a free
# port, runs the Playwright specs against it in Debian's Chromium, and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
wechat_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# WeChat's part is played by a local stand-in (sign-in with WeChat).
export EXPOCX_WECHAT_APPID=wx-e2e EXPOCX_WECHAT_SECRET=e2e-stand-in-secret
PORT="$wechat_port" node tests/e2e/wechat-stand-in.mjs >"$work/wechat.log" 2>&1 &
wechat=$!
target/debug/expocx-server --demo --abandoned-cart-minutes 0 --port "$port" --db "$work/e2e.db" --dist dist \
  --public-url "http://127.0.0.1:$port" --wechat-api "http://127.0.0.1:$wechat_port" \
  --wechat-authorize "http://127.0.0.1:$wechat_port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server $wechat 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { cat "$work/server.log"; exit 1; }
cd tests/e2e
BASE_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 ${SPECS:-specs/} || { echo "--- server log"; tail -50 "$work/server.log"; exit 1; }
