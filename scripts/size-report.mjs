// Size report of what a shopper downloads on first load: each asset index.html pulls in,
// raw, gzip and brotli (quality 11, as precompressed), and the total brotli, checked against
// the committed budget (size-budget.json). Sizes are deterministic for a given build.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budgetFile = process.argv[3] ?? "size-budget.json";
const html = readFileSync(join(dist, "index.html"), "utf8");

// index.html itself, and every local file it references (script, module preload, wasm, css).
const refs = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src)=["']\/?([^"'?#]+\.(?:js|wasm|css))["']/g)) refs.add(m[1]);
for (const m of html.matchAll(/['"]\/?([\w.-]+_bg\.wasm)['"]/g)) refs.add(m[1]);

const rows = [];
for (const name of refs) {
  const path = join(dist, name);
  if (!existsSync(path)) continue;
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = gzipSync(raw, { level: 9 }).length;
  rows.push({ name, raw: raw.length, gzip: gz, brotli: br });
}
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
console.log("First-load size report (" + dist + ")");
console.log("asset".padEnd(40) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
for (const r of rows) console.log(r.name.padEnd(40) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
console.log("TOTAL".padEnd(40) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));

if (!rows.some((r) => r.name.endsWith(".wasm"))) {
  console.error("no .wasm found among the first-load assets: the report would be meaningless");
  process.exit(1);
}
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
console.log(`budget: total brotli ≤ ${kb(budget.total_brotli_bytes).trim()} (${budget.total_brotli_bytes} bytes); product target ${kb(budget.target_brotli_bytes).trim()}`);
if (total.brotli > budget.total_brotli_bytes) {
  console.error(`OVER BUDGET by ${total.brotli - budget.total_brotli_bytes} bytes brotli`);
  process.exit(1);
}
