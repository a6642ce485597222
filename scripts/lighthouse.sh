#!/usr/bin/env bash
# Lighthouse (mobile defaults: slow 4G, 4x CPU slowdown, phone screen) against the reference
# backend serving the release build, offline, in Debian's Chromium. Prints performance,
# accessibility, best practices, LCP, TBT and CLS for /, a product page, /cart and /privacy: the median
# of 3 runs each. A report, not a test gate: the figures are noisy on a shared 2-core machine.
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
target/server/expocx-server --demo --port "$port" --db "$work/lh.db" --dist dist >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break; sleep 0.1; done
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
lighthouse="$ROOT/tests/e2e/node_modules/.bin/lighthouse"
for path in / /products/1 /cart /privacy; do
  for i in $(seq 1 "$runs"); do
    "$lighthouse" "http://127.0.0.1:$port$path" --quiet --output=json \
      --output-path="$work/lh$(echo "$path" | tr '/' '_')-$i.json" \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync" \
      || echo "lighthouse run $i on $path failed" >&2
  done
done
node - "$work" "$runs" <<'JS'
const { readFileSync, readdirSync } = require("node:fs");
const [dir] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const byPath = {};
for (const f of readdirSync(dir).filter((f) => f.startsWith("lh") && f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  const path = new URL(r.finalDisplayedUrl ?? r.finalUrl).pathname;
  (byPath[path] ??= []).push({
    perf: r.categories.performance.score * 100,
    a11y: r.categories.accessibility.score * 100,
    bp: r.categories["best-practices"].score * 100,
    lcp: r.audits["largest-contentful-paint"].numericValue,
    tbt: r.audits["total-blocking-time"].numericValue,
    cls: r.audits["cumulative-layout-shift"].numericValue,
    fcp: r.audits["first-contentful-paint"].numericValue,
  });
}
console.log("Lighthouse, mobile defaults, median of " + process.argv[3] + " runs");
console.log("page".padEnd(14) + "perf".padStart(6) + "a11y".padStart(6) + "best".padStart(6) + "FCP ms".padStart(9) + "LCP ms".padStart(9) + "TBT ms".padStart(9) + "CLS".padStart(8));
for (const [path, rs] of Object.entries(byPath)) {
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(path.padEnd(14) + String(Math.round(m("perf"))).padStart(6) + String(Math.round(m("a11y"))).padStart(6) +
    String(Math.round(m("bp"))).padStart(6) + String(Math.round(m("fcp"))).padStart(9) + String(Math.round(m("lcp"))).padStart(9) +
    String(Math.round(m("tbt"))).padStart(9) + m("cls").toFixed(3).padStart(8));
}
JS
