// Benchmark (not a test): the lead list at 20,000 leads for one exhibitor (the backend runs
// with --exhibitor-leads 20000, for the demo's tea booth). Over loopback, one request at a
// time: p50/p99 of the list (each row's contact joined live from the visitor's current
// decision and its score computed on read), filtered by status, searched, a deep page, one lead
// and the CSV of all of them; and the booth's customers (with --exhibitor-orders 50000: its
// buyers and its leads, each valued), all of them, the two lists, one customer, the CSV, and
// the desk's queue (which flags red-carpet customers). Writes target/bench/leads.json.
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
  // The same booth's customers (its 50,000 orders' buyers and its 20,000 leads), each valued.
  "customers, by value": await timed("/exhibitor/customers"),
  "at-risk list": await timed("/exhibitor/customers?list=at_risk"),
  "red-carpet list": await timed("/exhibitor/customers?list=red_carpet"),
  // Every lead scored at once for the filter (grouped activity, not three queries a lead).
  "lead score ≥ 40": await timed("/exhibitor/customers?min_score=40"),
  "one customer (360)": await timed(`/exhibitor/customers/${(await (await fetch(`${BASE}/api/v1/exhibitor/customers?limit=1`, auth)).json()).customers.items[0].user_id}`),
  // The desk's queue flags red-carpet customers' tickets (it values every customer).
  "service desk queue": await timed("/exhibitor/tickets"),
};
const t0 = performance.now();
const csv = await (await fetch(`${BASE}/api/v1/exhibitor/leads/export`, auth)).text();
report["CSV of every lead (once)"] = { ms: Math.round(performance.now() - t0), rows: csv.split("\n").length - 2 };
const t1 = performance.now();
const customers = await (await fetch(`${BASE}/api/v1/exhibitor/customers/export`, auth)).text();
report["CSV of every customer (once)"] = { ms: Math.round(performance.now() - t1), rows: customers.split("\n").length - 2 };
console.table(Object.fromEntries(Object.entries(report).filter(([, v]) => typeof v === "object")));
console.log(`leads of the exhibitor: ${report.leads}`);
mkdirSync("../../target/bench", { recursive: true });
writeFileSync("../../target/bench/leads.json", JSON.stringify(report, null, 2));
