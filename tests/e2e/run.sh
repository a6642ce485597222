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
export EXPOCX_WECHAT_MINI_APPID=wx-mini-e2e EXPOCX_WECHAT_MINI_SECRET=e2e-mini-secret
PORT="$wechat_port" node tests/e2e/wechat-stand-in.mjs >"$work/wechat.log" 2>&1 &
wechat=$!
# WeChat Pay's part too: its stand-in makes the key pairs (never committed) and writes them here.
pay_port=$(free_port)
export EXPOCX_WECHATPAY_APIV3_KEY=e2e-stand-in-api-v3-key-32-bytes EXPOCX_WECHATPAY_PUBLIC_KEY_ID=PUB_KEY_ID_E2E
KEYS="$work" PORT="$pay_port" node tests/e2e/wechat-pay-stand-in.mjs >"$work/wechat-pay.log" 2>&1 &
pay=$!
for _ in $(seq 1 100); do [ -s "$work/wechatpay.pub.pem" ] && break; sleep 0.1; done
export WECHAT_PAY_STAND_IN="http://127.0.0.1:$pay_port"
# A second origin for the SPA alone (specs/crossorigin.test.mjs serves dist/ there, pointing
# config.json's api_base at the backend): the backend lets that origin call it, and no other.
spa_port=$(free_port)
export SPA_ORIGIN="http://127.0.0.1:$spa_port"
server=""
trap 'kill $server $wechat $pay 2>/dev/null || true; rm -rf "$work"' EXIT

failed=()
for spec in ${SPECS:-tests/e2e/specs/*.test.mjs}; do
  spec="tests/e2e/${spec#tests/e2e/}"
  port=$(free_port)
  rm -f "$work"/e2e.db*
  target/debug/expocx-server --demo --abandoned-cart-minutes 0 --port "$port" --db "$work/e2e.db" --dist dist \
    --public-url "http://127.0.0.1:$port" --cors-origin "$SPA_ORIGIN" --wechat-api "http://127.0.0.1:$wechat_port" \
    --wechat-authorize "http://127.0.0.1:$wechat_port" \
    --wechat-pay-mchid 1900000001 --wechat-pay-serial E2E-MERCHANT --wechat-pay-key "$work/merchant.pem" \
    --wechat-pay-public-key "$work/wechatpay.pub.pem" --wechat-pay-public-key-id PUB_KEY_ID_E2E \
    --wechat-pay-api "http://127.0.0.1:$pay_port" >"$work/server.log" 2>&1 &
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
