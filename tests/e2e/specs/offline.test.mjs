// At the fair with no signal (issue 30): the app installs, and after one visit it opens with the
// network cut, from its service worker (public/sw.js).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, appReady, api, BASE, account, pickupItem, order } from "./helpers.mjs";

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
async function controlled(locale = "zh-CN") {
  const page = await newPage({ locale, serviceWorkers: "allow" });
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

/** A visitor with a paid booth-pickup order, signed in on `page` (as the app keeps a session). */
async function visitorWithPickup(page, tag) {
  const who = await account(tag);
  const placed = await order(who, await pickupItem(), 1, true);
  const me = (await api("/auth/login", { method: "POST", body: { email: who.email, password: who.password } })).json.user;
  const policy = (await api("/consent/policy")).json;
  await page.goto("/cart");
  await appReady(page);
  await page.evaluate(([token, user, version]) => {
    localStorage.setItem("expocx.session.token", token);
    localStorage.setItem("expocx.session.user", JSON.stringify(user));
    localStorage.setItem("expocx.consent", JSON.stringify({ answered_version: version, decisions: [] }));
  }, [who.token, me, policy.version]);
  return { who, placed };
}

const SAVED = /^Offline: this is the copy saved on this device at /;
const pickupQr = (page) => page.getByRole("img", { name: /^Pickup code for booth / });
const badgeQr = (page) => page.getByRole("img", { name: "Badge QR code" });

test("with no signal the pickup code and the badge show from the device's copy, also without a worker", async () => {
  // No service worker, as in WeChat on iOS: the app stays open and the signal goes.
  const page = await newPage({ locale: "en-US" });
  const { placed } = await visitorWithPickup(page, "nosignal");
  await page.goto("/me");
  await badgeQr(page).waitFor();
  await page.goto(`/orders/${placed.id}`);
  await pickupQr(page).waitFor();
  assert.equal(await page.getByText(SAVED).count(), 0, "online, no note");
  await page.getByRole("link", { name: "All my orders" }).click();
  await page.waitForURL((u) => u.pathname === "/me/orders");

  await page.context().setOffline(true);
  await page.getByText("You are offline. What you see may be out of date.").waitFor();
  await page.goBack();
  await pickupQr(page).waitFor();
  await page.getByText(SAVED).waitFor();
  assert.match(await page.locator(".order-number").textContent(), new RegExp(placed.number));
  await page.locator('.bottom-nav a[href="/me"]').click();
  await badgeQr(page).waitFor();
  await page.getByText(SAVED).waitFor();

  // Back online: the banner says so, then goes; the page answers from the server again.
  await page.context().setOffline(false);
  const back = page.getByRole("status").filter({ hasText: "You are back online." });
  await back.waitFor();
  await back.waitFor({ state: "hidden", timeout: 8000 });
  await page.goto(`/orders/${placed.id}`);
  await pickupQr(page).waitFor();
  assert.equal(await page.getByText(SAVED).count(), 0);
  assert.deepEqual(page.errors, []);
});

/** What the browser keeps for the app: its local storage keys, and Cache Storage's entries with
 *  whether their body names `who` or `placed`. */
const kept = (page, who, placed) => page.evaluate(async ([email, number]) => {
  const urls = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const body = await (await cache.match(req)).text().catch(() => "");
      urls.push({ url: new URL(req.url).pathname, personal: body.includes(email) || body.includes(number) });
    }
  }
  return { keys: Object.keys(localStorage).filter((k) => k.startsWith("expocx.")), urls };
}, [who.email, placed.number]);
const personalUrl = (u) => u.personal || /^\/(me|orders|checkout)(\/|$)|^\/api\/v1\/(me|orders|cart|auth)(\/|$)/.test(u.url);

test("under the worker a reload with no signal shows the pickup code; sign-out and erasure leave nothing", async () => {
  const page = await controlled("en-US");
  const { who, placed } = await visitorWithPickup(page, "worker");
  const productId = placed.parts[0].lines[0].product_id;
  // A painted product page carries its answers: its page is what the worker keeps.
  const seen = (k) => k.urls.some((u) => u.url === `/products/${productId}`);
  await page.goto(`/products/${productId}`);
  await appReady(page);
  await page.goto("/me");
  await badgeQr(page).waitFor();
  await page.goto(`/orders/${placed.id}`);
  await pickupQr(page).waitFor();
  const before = await kept(page, who, placed);
  assert.ok(before.keys.includes(`expocx.saved.order.${placed.id}`) && before.keys.includes("expocx.saved.badge"), before.keys.join());
  assert.ok(seen(before), "the product seen is kept for offline");
  assert.deepEqual(before.urls.filter(personalUrl), [], "nothing personal in the caches");

  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  await pickupQr(page).waitFor();
  await page.getByText(SAVED).waitFor();
  await page.context().setOffline(false);

  // Sign-out: the copies and the caches go with the session.
  await page.goto("/me");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.waitForFunction((id) => caches.open("expocx-pages").then((c) => c.match(`/products/${id}`)).then((r) => !r), productId);
  const out = await kept(page, who, placed);
  assert.deepEqual(out.keys.filter((k) => /saved|session/.test(k)), [], out.keys.join());
  assert.ok(!seen(out), "the caches were emptied");
  assert.deepEqual(out.urls.filter(personalUrl), []);

  // Erasure (signed in again): nothing of the person on the device, nothing in the caches.
  const again = (await api("/auth/login", { method: "POST", body: { email: who.email, password: who.password } })).json;
  await page.evaluate(([token, user]) => {
    localStorage.setItem("expocx.session.token", token);
    localStorage.setItem("expocx.session.user", JSON.stringify(user));
  }, [again.token, again.user]);
  await page.goto(`/products/${productId}`);
  await appReady(page);
  await page.goto(`/orders/${placed.id}`);
  await pickupQr(page).waitFor();
  await page.goto("/privacy");
  await page.getByText("Pickup codes of orders to collect: 1, to show offline").waitFor();
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Type your email to confirm").fill(who.email);
  await page.getByLabel("Type your password to confirm").fill(who.password);
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.getByRole("heading", { name: "Your data has been deleted" }).waitFor();
  await page.waitForFunction((id) => caches.open("expocx-pages").then((c) => c.match(`/products/${id}`)).then((r) => !r), productId);
  const erased = await kept(page, who, placed);
  assert.deepEqual(erased.keys, []);
  assert.deepEqual(erased.urls.filter(personalUrl), []);
});

test("the privacy center lists what this device keeps and clears the offline copies", async () => {
  const page = await newPage({ locale: "zh-TW" });
  const { placed } = await visitorWithPickup(page, "device");
  await page.goto(`/orders/${placed.id}`);
  await page.locator(".order-part .pickup-code img").waitFor();
  await page.goto("/privacy");
  const section = page.getByRole("region", { name: "本裝置儲存的內容" });
  await section.getByText("待取貨訂單的取貨碼：1 個，供離線時出示").waitFor();
  await section.getByRole("button", { name: "清除離線副本" }).click();
  await section.getByRole("status").filter({ hasText: "已清除。購物車保留" }).waitFor();
  assert.equal(await section.getByText(/取貨碼/).count(), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("expocx.saved.")).length), 0);
});

test("with no signal, placing an order says it needs a connection and keeps every choice", async () => {
  const page = await newPage({ locale: "en-US" });
  const { who } = await visitorWithPickup(page, "offline-checkout");
  const { product, option } = await pickupItem();
  await page.goto(`/products/${product.id}`);
  await page.locator(".product-detail h1").waitFor();
  if (option) await page.locator(".chip-option input").first().check();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByText("Added to your cart.").waitFor();
  await page.goto("/checkout");
  const slot = page.locator("fieldset.fulfilment .slot:not(.full) input").nth(1);
  await slot.waitFor();
  await slot.check();

  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Place order" }).click();
  await page.getByText("You are offline, and this needs a connection. Everything you entered is kept").waitFor();
  assert.equal(new URL(page.url()).pathname, "/checkout");
  assert.ok(await slot.isChecked(), "the chosen pickup time is kept");
  assert.equal((await api("/orders", { token: who.token })).json.total, 1, "nothing was placed");

  await page.context().setOffline(false);
  await page.getByRole("status").filter({ hasText: "You are back online." }).waitFor();
  await page.getByRole("button", { name: "Place order" }).click();
  await page.waitForURL(/\/orders\/\d+$/);
  assert.equal((await api("/orders", { token: who.token })).json.total, 2, "placed once");
  assert.deepEqual(page.errors, []);
});

test("a new build's worker waits while a form is filled in and takes over at the next page load", async () => {
  const page = await controlled("en-US");
  const script = () => page.evaluate(() => new URL(navigator.serviceWorker.controller.scriptURL).searchParams.get("v"));
  const old = await script();
  assert.ok(old, "the worker is registered for this build");
  await page.locator("#home-search").fill("silk");
  await page.evaluate(() => { window.__sameDocument = true; });
  // What the new build's index.html does on load: register its own worker.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.register("/sw.js?v=next-build");
    const worker = reg.installing || reg.waiting;
    if (worker && worker.state !== "installed") {
      await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "installed" && resolve()));
    }
  });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting)), true, "installed, waiting");
  assert.equal(await script(), old, "the open page keeps its worker");
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload");
  assert.equal(await page.locator("#home-search").inputValue(), "silk", "nothing typed is lost");
  // The next page load hands over. That page is the new build's, so its index.html registers
  // the same worker (the old build's page would start installing its own again, racing the
  // hand-over).
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      return register.call(this, String(url).replace(/v=[^&]+/, "v=next-build"), options);
    };
  });
  await page.goto("/products/1");
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.includes("v=next-build"), null, { timeout: 10000 });
  assert.deepEqual(page.errors, []);
});
