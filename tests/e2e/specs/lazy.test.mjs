// Lazy areas in the release build: what the first visit to the storefront downloads, that the
// first screen does not jump, that every area loads its own chunk on first navigation and by
// deep link, and that a chunk lost to a bad signal shows a retry instead of ending the app.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { newPage, close, appReady, expectAccessible, DEMO_VISITOR, DEMO_EXHIBITOR } from "./helpers.mjs";

after(close);

const budget = JSON.parse(readFileSync(new URL("../../../size-budget.json", import.meta.url), "utf8"));
const isChunk = (url) => /\/pkg-[0-9a-f]{16}\/(split|chunk)_[\w]+\.wasm$/.test(url);
/** The lazy areas' own files: their chunks and their stylesheet. */
const isAreaFile = (url) => isChunk(url) || /\/pkg-[0-9a-f]{16}\/areas\.css$/.test(url);

/** Opens the first product from the list and adds it (choosing its first option, if any). */
async function addFirstProduct(page, button) {
  await page.locator(".product-card .card-link").first().click();
  await page.locator(".product-detail h1").waitFor();
  const option = page.locator(".chip-option input").first();
  if (await option.count()) await option.check();
  await page.getByRole("button", { name: button }).click();
  await page.locator(".bottom-nav .count-badge").waitFor();
}

/** Every response of the page with its encoded (as transferred) body size. */
function recordResponses(page) {
  const seen = [];
  // Recorded when the request is sent, so a check right after a page shows never misses it;
  // the size is filled in once the response has arrived.
  page.on("request", (req) => {
    const entry = { url: req.url(), bytes: 0 };
    seen.push(entry);
    req.response().then((r) => r && r.finished()).then(() => req.sizes()).then((sizes) => {
      entry.bytes = sizes.responseBodySize;
    }).catch(() => {});
  });
  return seen;
}

test("the first visit to / downloads at most the first-load budget and no lazy area", async () => {
  const page = await newPage({ locale: "zh-CN" });
  const seen = recordResponses(page);
  await page.goto("/", { waitUntil: "networkidle" });
  await page.getByRole("heading", { level: 1, name: "2026 国际生活方式博览会" }).waitFor();
  await page.locator(".product-card").first().waitFor();
  await page.waitForLoadState("networkidle");
  const app = seen.filter(({ url }) => {
    const path = new URL(url).pathname;
    return !path.startsWith("/api/") && !path.startsWith("/media/");
  });
  // The home page is painted by the server (issue 29): its HTML beyond the shell's is content,
  // reported by the size report; the budget holds the shell, scripts, styles and WebAssembly.
  const shell = statSync(new URL("../../../dist/index.html.br", import.meta.url)).size;
  const doc = app.find((r) => new URL(r.url).pathname === "/");
  const total = app.reduce((a, r) => a + r.bytes, 0) - doc.bytes + shell;
  const list = app.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join("\n  ") + `\n  (the shell ${shell})`;
  assert.ok(app.some((r) => r.url.endsWith("_bg.wasm")), `the main module was fetched:\n  ${list}`);
  assert.ok(total <= budget.first_load_brotli_bytes, `first load ${total} bytes > budget ${budget.first_load_brotli_bytes}:\n  ${list}`);
  assert.deepEqual(app.filter((r) => isAreaFile(r.url)).map((r) => r.url), [], "no lazy area (nor its styles) on the first visit of an empty cart");
  console.log(`  first load of /: ${total} bytes encoded over ${app.length} files`);
  assert.deepEqual(page.errors, []);
});

/** The cumulative layout shift while `path` loads, until `ready` shows and the network rests. */
async function layoutShift(path, ready) {
  const page = await newPage({ locale: "zh-CN" });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(path);
  await ready(page);
  await page.getByRole("dialog", { name: "隐私选择" }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  return page.evaluate(() => window.__cls);
}

test("pages do not jump while they load (CLS ≤ 0.05), consent prompt included", async () => {
  const pages = [
    ["/", async (p) => {
      await p.getByRole("heading", { level: 1, name: "2026 国际生活方式博览会" }).waitFor();
      await p.locator(".product-card").first().waitFor();
    }],
    ["/products/1", (p) => p.locator(".product-detail h1").waitFor()],
    ["/cart", (p) => p.getByRole("heading", { level: 1, name: "购物车" }).waitFor()],
  ];
  for (const [path, ready] of pages) {
    const cls = await layoutShift(path, ready);
    console.log(`  CLS while ${path} loads: ${cls.toFixed(4)}`);
    assert.ok(cls <= 0.05, `cumulative layout shift on ${path}: ${cls} > 0.05`);
  }
});

test("the consent sheet leaves the cart's checkout button within reach", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/products");
  await appReady(page);
  await addFirstProduct(page, "Add to cart");
  await page.goto("/cart");
  const sheet = page.getByRole("dialog", { name: "Your privacy choices" });
  await sheet.waitFor();
  const checkout = page.getByRole("link", { name: "Checkout" });
  await checkout.waitFor();
  const a = await checkout.boundingBox();
  const b = await sheet.boundingBox();
  assert.ok(a.y + a.height <= b.y + 1, `checkout (${a.y}+${a.height}) is above the sheet (${b.y})`);
  await checkout.click({ trial: true });
});

test("each area loads its own chunk on first navigation and by deep link", async () => {
  const page = await newPage({ locale: "en-US" });
  const seen = recordResponses(page);
  const chunksSince = (n) => seen.slice(n).filter((r) => isChunk(r.url)).map((r) => new URL(r.url).pathname.split("/").pop());
  await page.goto("/");
  await appReady(page);
  await page.waitForLoadState("networkidle");

  // Sign-in: navigation by the bottom bar fetches the auth area.
  let mark = seen.length;
  await page.locator(".bottom-nav").getByRole("link", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  assert.ok(chunksSince(mark).includes("split_auth.wasm"), `auth chunk fetched: ${chunksSince(mark)}`);
  await expectAccessible(page, "sign-in (lazy)");

  // Back to the storefront and again: nothing is fetched a second time.
  await page.getByRole("link", { name: "Products" }).first().click();
  await page.locator(".product-card").first().waitFor();
  mark = seen.length;
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  assert.deepEqual(chunksSince(mark), [], "a loaded area is not fetched again");

  // Privacy center by deep link, in Traditional Chinese.
  await page.getByLabel("Language").selectOption("zh-Hant");
  mark = seen.length;
  await page.goto("/privacy");
  await page.getByRole("heading", { level: 1, name: "隱私中心" }).waitFor();
  assert.ok(chunksSince(mark).includes("split_privacy.wasm"));

  // Member area after signing in, then the exhibitor portal for staff.
  await page.goto("/signin?next=/me");
  await page.getByLabel("電子郵件").fill(DEMO_VISITOR.email);
  await page.getByLabel("密碼").fill(DEMO_VISITOR.password);
  mark = seen.length;
  await page.getByRole("button", { name: "登入" }).click();
  await page.waitForURL(/\/me$/);
  await page.getByRole("heading", { level: 1, name: "我的帳戶" }).waitFor();
  assert.ok(chunksSince(mark).includes("split_member.wasm"));
  assert.deepEqual(page.errors, []);

  const staff = await newPage({ locale: "en-US" });
  await staff.goto("/signin?next=/exhibitor");
  await staff.getByLabel("Email").fill(DEMO_EXHIBITOR.email);
  await staff.getByLabel("Password").fill(DEMO_EXHIBITOR.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await staff.waitForURL(/\/exhibitor$/);
  await staff.getByRole("heading", { level: 1, name: "Exhibitor portal" }).waitFor();
  await staff.reload();
  await staff.getByRole("heading", { level: 1, name: "Exhibitor portal" }).waitFor();
  assert.deepEqual(staff.errors, []);
});

test("a chunk lost to a bad signal shows a translated retry; the cart keeps its line; retry succeeds", async () => {
  const page = await newPage({ locale: "zh-CN" });
  // The hall's signal drops for lazy chunks and their styles (idle prefetching included)
  // from the start.
  const chunks = /\/pkg-[0-9a-f]{16}\/((split|chunk)_\w+\.wasm|areas\.css)$/;
  const blocked = [];
  await page.route(chunks, (route) => {
    blocked.push(route.request().url());
    return route.abort("internetdisconnected");
  });
  await page.goto("/products");
  await appReady(page);
  await addFirstProduct(page, "加入购物车");

  await page.locator(".bottom-nav").getByRole("link", { name: "登录" }).click();
  const alert = page.getByRole("alert");
  await alert.getByText("这部分页面没能下载下来").waitFor();
  assert.ok(blocked.some((u) => u.endsWith("split_auth.wasm")), `the auth chunk was requested: ${blocked}`);
  assert.ok(blocked.some((u) => u.endsWith("/areas.css")), `the areas' styles were requested: ${blocked}`);
  await expectAccessible(page, "area failed to load");

  // The cart keeps its line; its page lives in the checkout area, so it says the same.
  await page.locator(".bottom-nav").getByRole("link", { name: "购物车" }).click();
  await alert.getByText("这部分页面没能下载下来").waitFor();
  assert.equal(await page.locator(".bottom-nav .count-badge").innerText(), "1");
  // The storefront still works.
  await page.goBack();
  await page.goBack();
  await page.locator(".product-detail h1").waitFor();

  // The signal is back: retry brings the page.
  await page.goForward();
  await alert.getByRole("button", { name: "重试" }).waitFor();
  await page.unroute(chunks);
  await alert.getByRole("button", { name: "重试" }).click();
  await page.getByRole("heading", { level: 1, name: "登录" }).waitFor();
  // …styled: the areas' stylesheet came with it (the form is at most 440 px wide).
  assert.equal(await page.locator(".auth").evaluate((e) => getComputedStyle(e).maxWidth), "440px");
  // And the cart, with its line.
  await page.locator(".bottom-nav").getByRole("link", { name: "购物车" }).click();
  await page.locator(".cart-line").first().waitFor();
  assert.deepEqual(page.errors, []);
});

test("with lines in the cart, checkout and sign-in are fetched while the browser is idle", async () => {
  const page = await newPage({ locale: "en-US" });
  const seen = recordResponses(page);
  await page.goto("/products");
  await appReady(page);
  await addFirstProduct(page, "Add to cart");
  const fetched = () => seen.filter((r) => isChunk(r.url)).map((r) => new URL(r.url).pathname.split("/").pop());
  for (let i = 0; i < 50 && !(fetched().includes("split_checkout.wasm") && fetched().includes("split_auth.wasm")); i++) {
    await page.waitForTimeout(200);
  }
  assert.ok(fetched().includes("split_checkout.wasm"), `checkout prefetched: ${fetched()}`);
  assert.ok(fetched().includes("split_auth.wasm"), `sign-in prefetched: ${fetched()}`);
  assert.ok(!fetched().includes("split_exhibitor.wasm"), "a shopper never downloads the exhibitor portal");
});
