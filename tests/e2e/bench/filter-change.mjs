// Benchmark (not a test): how long the product list takes to update after a filter change, over a
// catalog of 5,000 products and 20 exhibitors, in Chromium on a phone-sized viewport. The clock
// runs in the page from the `change` event to the next frame after the new list is in the DOM
// (request, JSON decoding, rendering). Prints the median and writes target/bench/filter-change.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { newPage, close, BASE } from "../specs/helpers.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const categories = await (await fetch(`${BASE}/api/v1/categories`)).json();
const expo = await (await fetch(`${BASE}/api/v1/expo`)).json();
const page = await newPage({ locale: "en-US" });
await page.goto("/products");
await page.locator(".product-card").first().waitFor({ timeout: 30000 });

const select = page.getByLabel("Category");
const times = [];
for (let i = 0; i < ROUNDS + 3; i++) {
  const value = String(categories[i % categories.length].id);
  // Arm the clock in the page: it starts at the `change` event and stops at the first frame
  // after the new list is in the DOM.
  await page.evaluate(() => {
    const first = () => [...document.querySelectorAll("main .product-card a")].map((a) => a.getAttribute("href")).join(" ");
    const before = first();
    window.__bench = { t0: 0, t1: 0 };
    document.addEventListener("change", () => { window.__bench.t0 = performance.now(); }, { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (window.__bench.t0 && first() && first() !== before && !document.querySelector("main [aria-busy='true']")) {
        mo.disconnect();
        requestAnimationFrame(() => { window.__bench.t1 = performance.now(); });
      }
    });
    mo.observe(document.querySelector("main"), { subtree: true, childList: true, attributes: true });
  });
  await select.selectOption(value);
  await page.waitForFunction(() => window.__bench.t1 > 0, null, { timeout: 15000 });
  const ms = await page.evaluate(() => window.__bench.t1 - window.__bench.t0);
  if (i >= 3) times.push(ms); // the first rounds warm caches and the JIT
}
await close();

times.sort((a, b) => a - b);
const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const report = {
  what: "product list update after a category filter change (Chromium, 390×844, en)",
  catalog: { exhibitors: expo.exhibitor_count, products: expo.product_count },
  rounds: times.length,
  median_ms: Math.round(pick(0.5) * 10) / 10,
  p90_ms: Math.round(pick(0.9) * 10) / 10,
  min_ms: Math.round(times[0] * 10) / 10,
  max_ms: Math.round(times[times.length - 1] * 10) / 10,
};
mkdirSync("../../target/bench", { recursive: true });
writeFileSync("../../target/bench/filter-change.json", JSON.stringify(report, null, 2) + "\n");
console.log(JSON.stringify(report, null, 2));
