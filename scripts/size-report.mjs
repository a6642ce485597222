// Size report of the release build: what a shopper downloads on first load (index.html and
// every local file it references: stylesheet, module preloads, the main WebAssembly module),
// and what each lazy area adds when it is first opened (its split module and the shared chunks
// it needs, from dist/areas.json). Raw, gzip and brotli (quality 11, as precompressed); the
// brotli totals are checked against the committed budgets (size-budget.json). Sizes are
// deterministic for a given build.
// With a folder of pre-rendered public pages (`expocx-server prerender`), it also shows the HTML
// served for each kind of public page, which takes the plain shell's place in a first load.
//   node scripts/size-report.mjs [dist] [size-budget.json] [pre-rendered pages]
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budgetFile = process.argv[3] ?? "size-budget.json";
const html = readFileSync(join(dist, "index.html"), "utf8");
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));

const measure = (name, file = join(dist, name)) => {
  const raw = readFileSync(file);
  return {
    name,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (rows) => rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(9) + " KB";
const line = (name, r) => console.log(name.padEnd(44) + kb(r.raw) + kb(r.gzip) + kb(r.brotli) + String(r.brotli).padStart(9) + " B");
let failed = false;
const check = (what, bytes, limit) => {
  if (limit === undefined) {
    console.error(`no budget for ${what} in ${budgetFile}`);
    failed = true;
  } else if (bytes > limit) {
    console.error(`OVER BUDGET: ${what} is ${bytes} bytes brotli, budget ${limit} (+${bytes - limit})`);
    failed = true;
  }
};

// First load: index.html itself and every local file it references.
const refs = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["']\/?([^"'?#:]+\.(?:js|wasm|css))["']/g)) refs.add(m[1]);
const first = [...refs].filter((n) => existsSync(join(dist, n))).map((n) => measure(n));
if (!first.some((r) => r.name.endsWith(".wasm"))) {
  console.error("no .wasm among the first-load assets: the report would be meaningless");
  process.exit(1);
}
console.log(`Size report (${dist})`);
console.log("first load".padEnd(44) + "raw".padStart(12) + "gzip".padStart(12) + "brotli".padStart(12));
for (const r of first) line("  " + r.name, r);
const firstTotal = sum(first);
line("  TOTAL first load", firstTotal);
check("the first load", firstTotal.brotli, budget.first_load_brotli_bytes);

// Lazy areas: what opening each one downloads on top of the first load.
const { areas } = JSON.parse(readFileSync(join(dist, "areas.json"), "utf8"));
console.log("\nlazy areas (downloaded on first navigation)");
for (const [area, files] of Object.entries(areas).sort()) {
  const rows = files.map((f) => measure(f));
  line(`  ${area} (${files.map((f) => f.split("/").pop()).join(" + ")})`, sum(rows));
  check(`area ${area}`, sum(rows).brotli, budget.areas_brotli_bytes?.[area]);
}
for (const area of Object.keys(budget.areas_brotli_bytes ?? {})) {
  if (!areas[area]) {
    console.error(`area ${area} has a budget but was not built as a lazy area`);
    failed = true;
  }
}
// Public pages: the served HTML (head, painted first screen, the answers it was built from).
const pages = process.argv[4];
if (pages) {
  const firstOf = (dir) => readdirSync(join(pages, dir)).filter((n) => /^\d+$/.test(n)).sort((a, b) => a - b)[0];
  const kinds = [
    ["home /", "index.html"],
    ["product /products/{id}", `products/${firstOf("products")}/index.html`],
    ["exhibitor /exhibitors/{id}", `exhibitors/${firstOf("exhibitors")}/index.html`],
    ["product list /products", "products/index.html"],
    ["exhibitor list /exhibitors", "exhibitors/index.html"],
  ];
  const shell = first.find((r) => r.name === "index.html");
  console.log("\npublic pages: HTML served in place of the shell (index.html), and the first load with it");
  for (const [kind, file] of kinds) {
    const r = measure(kind, join(pages, file));
    line(`  ${kind}`, r);
    console.log("".padEnd(44) + `first load ${firstTotal.brotli - shell.brotli + r.brotli} B (+${r.brotli - shell.brotli})`);
  }
}
console.log(`\nbudget: first load ≤ ${budget.first_load_brotli_bytes} bytes brotli (target ${budget.target_first_load_brotli_bytes})`);
process.exit(failed ? 1 : 0);
