#!/usr/bin/env bash
# Lighthouse (mobile defaults: slow 4G, 4x CPU slowdown, phone screen) against the reference
# backend serving the release build, offline, in Debian's Chromium. Prints performance,
# accessibility, best practices, SEO, FCP, LCP, TBT and CLS for /, a product page, an exhibitor
# page (public pages, painted by the server before the WebAssembly), /cart, /privacy and the
# exhibitor portal signed in as the demo tea booth (/exhibitor): the median of 3 runs each. A report, not a test gate: the figures are noisy on a shared 2-core machine.
#   scripts/lighthouse.sh            (builds first when dist/ is missing)
#   RUNS=5 scripts/lighthouse.sh
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
runs=${RUNS:-3}
[ -f dist/index.html ] || scripts/build.sh
cargo build --profile server -p expocx-server
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
target/server/expocx-server --demo --port "$port" --public-url "http://127.0.0.1:$port" --db "$work/lh.db" --dist dist >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break; sleep 0.1; done
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
lighthouse="$ROOT/tests/e2e/node_modules/.bin/lighthouse"
for path in / /products/1 /exhibitors/1 /cart /privacy; do
  for i in $(seq 1 "$runs"); do
    "$lighthouse" "http://127.0.0.1:$port$path" --quiet --output=json \
      --output-path="$work/lh$(echo "$path" | tr '/' '_')-$i.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync" \
      || echo "lighthouse run $i on $path failed" >&2
  done
done
# The portal signed in: a Chromium whose storage holds the demo staff session (as the app keeps
# it after signing in), and Lighthouse told to keep that storage.
debug_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$CHROME_PATH" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync \
  --remote-debugging-port="$debug_port" --user-data-dir="$work/profile" about:blank >/dev/null 2>&1 &
chrome=$!
trap 'kill $server $chrome 2>/dev/null || true; wait $chrome 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 2
(cd tests/e2e && node - "http://127.0.0.1:$port" "http://127.0.0.1:$debug_port" <<'JS'
const { chromium } = require("playwright-core");
const [base, cdp] = process.argv.slice(2);
(async () => {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "tea@demo.expocx.test", password: "exhibit-expo-2026" }) });
  const session = await r.json();
  const policy = await (await fetch(`${base}/api/v1/consent/policy`)).json();
  const browser = await chromium.connectOverCDP(cdp);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${base}/`);
  await page.evaluate(([token, user, version]) => {
    localStorage.setItem("expocx.session.token", token);
    localStorage.setItem("expocx.session.user", JSON.stringify(user));
    localStorage.setItem("expocx.consent", JSON.stringify({ answered_version: version, decisions: [] }));
  }, [session.token, session.user, policy.version]);
  await page.close();
  process.exit(0);
})();
JS
)
for i in $(seq 1 "$runs"); do
  "$lighthouse" "http://127.0.0.1:$port/exhibitor" --quiet --output=json --port="$debug_port" \
    --disable-storage-reset --output-path="$work/lh_exhibitor-$i.json" \
    --only-categories=performance,accessibility,best-practices \
    || echo "lighthouse run $i on /exhibitor failed" >&2
done
# Repeat visits (issue 30): / and /products/1 loaded again by a Chromium that has been here,
# under the service worker, and with the worker and its caches removed before each run (the
# browser's HTTP cache kept). Reported as "/ again (worker)" and "/ again (no worker)".
for mode in worker no-worker; do
  rport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$CHROME_PATH" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync \
    --remote-debugging-port="$rport" --user-data-dir="$work/repeat-$mode" about:blank >/dev/null 2>&1 &
  repeat_chrome=$!
  sleep 2
  state() { (cd tests/e2e && node bench/sw-state.mjs "http://127.0.0.1:$rport" "http://127.0.0.1:$port" "$1"); }
  state prime
  for path in / /products/1; do
    for i in $(seq 1 "$runs"); do
      [ "$mode" = no-worker ] && state forget
      "$lighthouse" "http://127.0.0.1:$port$path" --quiet --output=json --port="$rport" --disable-storage-reset \
        --output-path="$work/lh-again-$mode$(echo "$path" | tr '/' '_')-$i.json" --only-categories=performance \
        || echo "lighthouse repeat run $i on $path ($mode) failed" >&2
    done
  done
  kill "$repeat_chrome" 2>/dev/null || true
  wait "$repeat_chrome" 2>/dev/null || true
done
node - "$work" "$runs" <<'JS'
const { readFileSync, readdirSync } = require("node:fs");
const [dir] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const byPath = {};
for (const f of readdirSync(dir).filter((f) => f.startsWith("lh") && f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  const again = f.match(/^lh-again-([a-z-]+)_/);
  const path = new URL(r.finalDisplayedUrl ?? r.finalUrl).pathname + (again ? ` again (${again[1].replace("-", " ")})` : "");
  (byPath[path] ??= []).push({
    perf: r.categories.performance.score * 100,
    a11y: (r.categories.accessibility?.score ?? NaN) * 100,
    bp: (r.categories["best-practices"]?.score ?? NaN) * 100,
    seo: (r.categories.seo?.score ?? NaN) * 100,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
    cls: r.audits["cumulative-layout-shift"].numericValue,
    fcp: r.audits["first-contentful-paint"].numericValue,
  });
}
console.log("Lighthouse, mobile defaults, median of " + process.argv[3] + " runs");
console.log("page".padEnd(30) + "perf".padStart(6) + "a11y".padStart(6) + "best".padStart(6) + "seo".padStart(6) + "FCP ms".padStart(9) + "LCP ms".padStart(9) + "TBT ms".padStart(9) + "CLS".padStart(8));
for (const [path, rs] of Object.entries(byPath)) {
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(path.padEnd(30) + String(Math.round(m("perf"))).padStart(6) + String(Math.round(m("a11y"))).padStart(6) +
    String(Math.round(m("bp"))).padStart(6) + String(Math.round(m("seo"))).padStart(6) + String(Math.round(m("fcp"))).padStart(9) + String(Math.round(m("lcp"))).padStart(9) +
    String(Math.round(m("tbt"))).padStart(9) + m("cls").toFixed(3).padStart(8));
}
JS
