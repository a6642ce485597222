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
export async function launch() {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return browser;
}

export async function close() {
  await browser?.close();
  browser = undefined;
}

/** A fresh page (own storage) in the given browser language, phone-sized unless told. */
export async function newPage({ locale = "zh-CN", viewport = PHONE } = {}) {
  const b = await launch();
  const context = await b.newContext({ locale, viewport, baseURL: BASE, hasTouch: viewport.width < 800 });
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
