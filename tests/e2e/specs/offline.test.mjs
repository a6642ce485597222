// At the fair with no signal (issue 30): the app installs, and after one visit it opens with the
// network cut, from its service worker (public/sw.js).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, appReady, api, BASE } from "./helpers.mjs";

after(close);

/** A PNG's width and height, from its header. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test("the app is installable: a manifest with its names, start, display and icons that exist", async () => {
  const r = await fetch(`${BASE}/manifest.webmanifest`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-type"), /manifest\+json|application\/json/);
  const m = await r.json();
  assert.ok(m.name && m.short_name && m.start_url && m.id);
  assert.equal(m.display, "standalone");
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  for (const size of [192, 512]) {
    const icon = m.icons.find((i) => i.sizes === `${size}x${size}` && i.type === "image/png" && i.purpose !== "maskable");
    assert.ok(icon, `a ${size} px icon`);
    const png = Buffer.from(await (await fetch(`${BASE}${icon.src}`)).arrayBuffer());
    assert.deepEqual(pngSize(png), [size, size], icon.src);
  }
  const maskable = m.icons.find((i) => i.purpose === "maskable");
  assert.equal((await fetch(`${BASE}${maskable.src}`)).status, 200);
  // The page names it.
  const page = await newPage();
  await page.goto("/cart");
  assert.equal(await page.locator('link[rel="manifest"]').getAttribute("href"), "/manifest.webmanifest");
});

/** A page whose service worker has installed and controls it. */
async function controlled() {
  const page = await newPage({ serviceWorkers: "allow" });
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await appReady(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the reloaded page is under the worker");
  return page;
}

test("after one visit, with no network, the pages seen and the cart open", async () => {
  const expo = (await api("/expo")).json;
  let product;
  for (const p of (await api("/products?limit=50")).json.items.filter((p) => p.stock > 5)) {
    product = (await api(`/products/${p.id}`)).json;
    if (!product.options?.length) break;
  }
  const page = await controlled();
  await page.goto(`/products/${product.id}`);
  await appReady(page);
  await page.getByRole("button", { name: "加入购物车" }).click();
  await page.getByRole("status").filter({ hasText: "已加入购物车" }).waitFor();

  await page.context().setOffline(true);
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: expo.name["zh-Hans"] }).waitFor();
  await appReady(page);
  await page.goto(`/products/${product.id}`);
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: product.name["zh-Hans"] }).waitFor();
  // The cart was never opened online: its area was kept when the worker installed.
  await page.goto("/cart");
  await appReady(page);
  await page.getByText(product.name["zh-Hans"]).first().waitFor();
  // A page never seen says it is offline (the shell, then the app's own message), not the
  // browser's error.
  const r = await page.goto("/exhibitors/2");
  assert.equal(r.status(), 200);
  await appReady(page);
  assert.deepEqual(page.errors, []);

  await page.context().setOffline(false);
  await page.goto("/exhibitors/2");
  await appReady(page);
  await page.locator("main h1").waitFor();
});

test("nothing personal goes into the worker's caches", async () => {
  const page = await controlled();
  const email = `sw-${Date.now()}@example.com`;
  const r = await api("/auth/register", { method: "POST", body: { email, password: "offline-pass-2026", display_name: "离线访客" } });
  assert.equal(r.status, 201);
  await page.evaluate(([token, user]) => {
    localStorage.setItem("expocx.session.token", token);
    localStorage.setItem("expocx.session.user", JSON.stringify(user));
  }, [r.json.token, r.json.user]);
  for (const path of ["/me", "/products/1", "/me/orders", "/cart"]) {
    await page.goto(path);
    await appReady(page);
    await page.waitForTimeout(300);
  }
  const kept = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req)).text().catch(() => "");
        out.push({ url: new URL(req.url).pathname, personal: /sw-\d+@example\.com|离线访客/.test(body) });
      }
    }
    return out;
  });
  assert.ok(kept.length > 5, JSON.stringify(kept.map((k) => k.url)));
  assert.deepEqual(kept.filter((k) => k.personal || /^\/api\/v1\/(me|orders|cart|auth)/.test(k.url)), []);
});
