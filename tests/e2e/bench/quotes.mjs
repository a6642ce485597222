// Benchmark (not a test): the quote desk at 5,000 quotes for one exhibitor (the backend runs
// with --exhibitor-quotes 5000, for the demo's ceramics booth). Over loopback, one request at a
// time: p50/p99 of the desk's queue (waiting first, soonest due first), filtered by status, a
// deep page, and one quote with its revisions and thread. Prints the report and writes
// target/bench/quotes.json.
import { mkdirSync, writeFileSync } from "node:fs";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const login = await fetch(`${BASE}/api/v1/auth/login`, {
  method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "ceramics@demo.expocx.test", password: "exhibit-expo-2026" }),
});
const { token } = await login.json();
const auth = { headers: { authorization: `Bearer ${token}` } };

const stats = (times) => {
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: times.length, p50_ms: r(at(0.5)), p99_ms: r(at(0.99)), max_ms: r(times[times.length - 1]) };
};

async function timed(path) {
  const times = [];
  for (let i = 0; i < ROUNDS + 5; i++) {
    const t0 = performance.now();
    const r = await fetch(`${BASE}/api/v1${path}`, auth);
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    if (i >= 5) times.push(performance.now() - t0); // the first rounds warm the caches
  }
  return stats(times);
}

const first = await (await fetch(`${BASE}/api/v1/exhibitor/quotes?limit=1`, auth)).json();
if (first.total < 5000) throw new Error(`the desk has ${first.total} quotes; start the server with --exhibitor-quotes 5000`);
const report = {
  quotes: first.total,
  "desk queue, page 1": await timed("/exhibitor/quotes"),
  "status = requested": await timed("/exhibitor/quotes?status=requested"),
  "status = expired": await timed("/exhibitor/quotes?status=expired"),
  "page 100": await timed("/exhibitor/quotes?page=100&limit=20"),
  "one quote": await timed(`/exhibitor/quotes/${first.items[0].id}`),
};
console.table(Object.fromEntries(Object.entries(report).filter(([, v]) => typeof v === "object")));
console.log(`quotes of the exhibitor: ${report.quotes}`);
mkdirSync("../../target/bench", { recursive: true });
writeFileSync("../../target/bench/quotes.json", JSON.stringify(report, null, 2));
