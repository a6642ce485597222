// Benchmark (not a test): the lead list at 20,000 leads for one exhibitor (the backend runs
// with --exhibitor-leads 20000, for the demo's tea booth). Over loopback, one request at a
// time: p50/p99 of the list (each row's contact joined live from the visitor's current
// decision and its score computed on read), filtered by status, searched, a deep page, one lead
// and the CSV of all of them. Prints the report and writes target/bench/leads.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { BASE, staffAuth, timed as time } from "./api-timing.mjs";

const auth = await staffAuth("tea@demo.expocx.test");
const timed = (path) => time(auth, path);

const first = await (await fetch(`${BASE}/api/v1/exhibitor/leads?limit=1`, auth)).json();
if (first.total < 20000) throw new Error(`the booth has ${first.total} leads; start the server with --exhibitor-leads 20000`);
const report = {
  leads: first.total,
  "list, page 1": await timed("/exhibitor/leads"),
  "status = new": await timed("/exhibitor/leads?status=new"),
  "search a company": await timed("/exhibitor/leads?q=Company%2042"),
  "page 500": await timed("/exhibitor/leads?page=500&limit=20"),
  "one lead": await timed(`/exhibitor/leads/${first.items[0].id}`),
};
const t0 = performance.now();
const csv = await (await fetch(`${BASE}/api/v1/exhibitor/leads/export`, auth)).text();
report["CSV of every lead (once)"] = { ms: Math.round(performance.now() - t0), rows: csv.split("\n").length - 2 };
console.table(Object.fromEntries(Object.entries(report).filter(([, v]) => typeof v === "object")));
console.log(`leads of the exhibitor: ${report.leads}`);
mkdirSync("../../target/bench", { recursive: true });
writeFileSync("../../target/bench/leads.json", JSON.stringify(report, null, 2));
