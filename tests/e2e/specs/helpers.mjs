// Shared set-up: Debian's Chromium through playwright-core (no browser download), a phone-sized
// viewport by default, and an axe audit that fails on any violation.
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import assert from "node:assert/strict";

export const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
export const PHONE = { width: 390, height: 844 };
export const DEMO_VISITOR = { email: "visitor@demo.expocx.test", password: "visit-expo-2026" };
export const DEMO_EXHIBITOR = { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" };

let browser;
let extraArgs = [];
export async function launch() {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
  return browser;
}

/** The browser's camera films `y4m` (a YUV4MPEG2 file), and may be used without asking. Call
 *  before the spec's first page. */
export function fakeCamera(y4m) {
  extraArgs = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${y4m}`];
}

export async function close() {
  await browser?.close();
  browser = undefined;
}

/** A fresh page (own storage) in the given browser language, phone-sized unless told. */
// Service workers are blocked unless a test asks for them (offline.test.mjs): requests a worker
// answers are not seen by `page.route`, which other tests use to fail or delay requests.
export async function newPage({ locale = "zh-CN", viewport = PHONE, userAgent, javaScriptEnabled = true, serviceWorkers = "block" } = {}) {
  const b = await launch();
  const context = await b.newContext({ locale, viewport, baseURL: BASE, hasTouch: viewport.width < 800, javaScriptEnabled, serviceWorkers, ...(userAgent ? { userAgent } : {}) });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.errors = errors;
  return page;
}

/** Fails with the list of rules broken when axe finds any violation. */
export async function expectAccessible(page, what) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(found, [], `axe violations on ${what}`);
}

/** The app has mounted (the static skeleton in index.html, which has no `#main`, is gone). */
export async function appReady(page) {
  await page.waitForSelector("#app:not([aria-busy]) main#main", { timeout: 20000 });
}

/** A request to the reference backend's API, outside the browser: `{ status, headers, json }`. */
export async function api(path, { method = "GET", token, body, headers = {} } = {}) {
  const r = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, headers: r.headers, json: text ? JSON.parse(text) : null };
}

// A member's orders, placed and paid through the API (the browser tests what follows).
export async function account(tag) {
  const email = `${tag}-${Date.now()}@example.cn`;
  const password = "orders-pass-2026";
  const r = await api("/auth/register", { method: "POST", body: { email, password, display_name: "Member" } });
  assert.equal(r.status, 201);
  return { email, password, token: r.json.token };
}

/** A product in stock (without options, or of `exhibitor` with its first option), and a pickup
 *  slot of its exhibitor with room. */
export async function pickupItem({ exhibitor, cheapest } = {}) {
  const cats = (await api("/categories")).json;
  const skip = new Set(cats.filter((c) => c.slug === "tea" || c.slug === "ceramics").map((c) => c.id));
  const query = `limit=100${exhibitor ? `&exhibitor=${exhibitor}` : ""}${cheapest ? "&sort=price_asc" : ""}`;
  const items = (await api(`/products?${query}`)).json.items;
  const product = items.find((p) => (exhibitor || !skip.has(p.category_id)) && p.stock >= 20);
  const option = (await api(`/products/${product.id}`)).json.options?.[0]?.id;
  const slots = (await api(`/exhibitors/${product.exhibitor_id}/pickup-slots`)).json;
  return { product, option, slot: slots.find((s) => s.remaining > 1) };
}

/** Places an order of `quantity` for pickup through the API; pays it when asked. */
export async function order(who, { product, option, slot }, quantity, pay) {
  const cart = { lines: [{ product_id: product.id, option_id: option, quantity }] };
  const quote = (await api("/cart/quote", { method: "POST", body: cart })).json;
  const placed = await api("/orders", {
    method: "POST", token: who.token, headers: { "idempotency-key": `e2e-${Date.now()}-${Math.random()}` },
    body: { cart, fulfilment: [{ method: "pickup", exhibitor_id: product.exhibitor_id, slot_id: slot.id }],
      expected_total_minor: quote.total.amount_minor },
  });
  assert.equal(placed.status, 201);
  if (pay) {
    const start = await api(`/orders/${placed.json.id}/payments`, { method: "POST", token: who.token, body: { provider: "test" } });
    const done = await api(`/payments/test/${start.json.payment_id}`, { method: "POST", token: who.token, body: { succeed: true } });
    assert.equal(done.status, 204);
  }
  return placed.json;
}

export async function signIn(page, { email, password }, next) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: /Reject all|全部拒绝|全部拒絕/ }).click();
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((u) => u.pathname + u.search === next);
}


/** Signs in a demo exhibitor's staff (`tea` or `ceramics`) through the API: token and exhibitor. */
export async function staff(who) {
  const r = await api("/auth/login", { method: "POST", body: { email: `${who}@demo.expocx.test`, password: DEMO_EXHIBITOR.password } });
  assert.equal(r.status, 200);
  return { token: r.json.token, exhibitor: r.json.user.exhibitor_id };
}
