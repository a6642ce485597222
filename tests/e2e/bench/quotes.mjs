// Benchmark (not a test): the quote desk at 5,000 quotes for one exhibitor (the backend runs
// with --exhibitor-quotes 5000, for the demo's ceramics booth). Over loopback, one request at a
// time: p50/p99 of the desk's queue (waiting first, soonest due first), filtered by status, a
// deep page, and one quote with its revisions and thread. Prints the report and writes
// target/bench/quotes.json.
import { mkdirSync, writeFileSync } from "node:fs";

import { BASE, staffAuth, timed as time } from "./api-timing.mjs";

const auth = await staffAuth("ceramics@demo.expocx.test");
const timed = (path) => time(auth, path);

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
