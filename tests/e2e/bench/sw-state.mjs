// For scripts/lighthouse.sh's repeat visits (issue 30): puts a running Chromium (reached over CDP)
// in the state of a visitor who has been here before.
//   node bench/sw-state.mjs <cdp-url> <base-url> prime    loads / and /products/1 and waits for the
//                                                          service worker to control the page
//   node bench/sw-state.mjs <cdp-url> <base-url> forget   removes the worker and its caches; the
//                                                          browser's HTTP cache stays
import { chromium } from "playwright-core";

const [cdp, base, action] = process.argv.slice(2);
const browser = await chromium.connectOverCDP(cdp);
const page = await browser.contexts()[0].newPage();
await page.goto(`${base}/`);
if (action === "prime") {
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (const path of ["/", "/products/1"]) {
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.waitForTimeout(1500);
  }
} else {
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  });
}
await page.close();
process.exit(0);
