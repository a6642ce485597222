// A cross-origin deployment: dist/ on a static host of its own (SPA_ORIGIN, which the backend's
// --cors-origin lets in), config.json's api_base pointing at the backend's origin. The whole
// shopping journey works there, and a page on a third origin is refused by the API.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { newPage, close, appReady, signIn, api, account, pickupItem, BASE } from "./helpers.mjs";

const SPA_ORIGIN = process.env.SPA_ORIGIN;
assert.ok(SPA_ORIGIN, "run.sh exports SPA_ORIGIN, the origin the backend allows");

const DIST = new URL("../../../dist/", import.meta.url);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** Serves dist/ as a plain static host does (the plain files, not the precompressed .br/.gz;
 *  any path that is not a file gets index.html), with config.json pointing at the backend. */
async function staticHost(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      const path = new URL(req.url, "http://host").pathname;
      let body;
      let type;
      if (path === "/config.json") {
        const config = JSON.parse(await readFile(new URL("config.json", DIST), "utf8"));
        body = JSON.stringify({ ...config, api_base: BASE });
        type = TYPES[".json"];
      } else {
        let file = new URL(`.${path}`, DIST);
        const isFile = file.href.startsWith(DIST.href) && (await stat(file).catch(() => null))?.isFile();
        if (!isFile) file = new URL("index.html", DIST);
        body = await readFile(file);
        type = TYPES[extname(file.pathname)] ?? "application/octet-stream";
      }
      res.writeHead(200, { "content-type": type, "cache-control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(e));
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const spa = await staticHost(Number(new URL(SPA_ORIGIN).port));
const third = await staticHost();

after(async () => {
  await close();
  await Promise.all([spa, third].map(({ server }) => new Promise((ok) => {
    server.closeAllConnections();
    server.close(ok);
  })));
});

/** A fresh page whose navigations by path (`page.goto("/cart")`, also in helpers' signIn) go to
 *  `origin`; what it requests and what the console reports as an error are kept. */
async function pageAt(origin) {
  const page = await newPage({ locale: "en-US" });
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(new URL(url, origin).href, options);
  page.requests = [];
  page.failed = [];
  page.consoleErrors = [];
  page.context().on("request", (r) => page.requests.push(r.url()));
  page.context().on("requestfailed", (r) => page.failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`));
  page.on("console", (m) => { if (m.type() === "error") page.consoleErrors.push(m.text()); });
  return page;
}

const refusedByCors = (text) => /CORS|Access-Control-Allow/i.test(text);

/** What `fetch(url)` in the page gives: the status, or the name of the error it rejects with. */
function fetchFrom(page, url) {
  return page.evaluate((u) => fetch(u).then((r) => r.status, (e) => e.name), url);
}

test("served from its own origin, the SPA browses, signs in, orders for booth pickup and pays against the API's origin", async () => {
  const who = await account("crossorigin");
  const item = await pickupItem();
  const name = item.product.name.en;
  const page = await pageAt(spa.origin);

  // The storefront: its products come from the API's origin, their pictures too.
  await page.goto("/");
  await appReady(page);
  const img = page.locator(".product-card img").first();
  await img.waitFor();
  assert.ok(page.requests.some((u) => u.startsWith(`${BASE}/api/v1/products`)), "products asked of the API's origin");
  const src = await img.getAttribute("src");
  assert.ok(src.startsWith(`${BASE}/media/`), `a product picture from the API's origin, not ${src}`);
  await img.scrollIntoViewIfNeeded();
  const width = await img.evaluate((el) => el.decode().then(() => el.naturalWidth, (e) => `not decoded: ${e}`));
  assert.ok(width > 0, `the picture ${src} shows (${width})`);

  // Signed in through the SPA's own sign-in page.
  await signIn(page, who, "/");
  assert.equal(new URL(page.url()).origin, spa.origin, "signed in without leaving the SPA's origin");

  // Found by its name, added to the cart, ordered for pickup at the booth.
  await page.locator("#home-search").fill(name);
  await page.locator("#home-search").press("Enter");
  await page.waitForURL((u) => u.pathname === "/products");
  await page.locator(".product-card").getByRole("link", { name, exact: true }).first().click();
  await page.waitForURL((u) => u.pathname === `/products/${item.product.id}`);
  await page.locator(".product-detail h1").waitFor();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByText("Added to your cart.").waitFor();
  await page.getByRole("link", { name: "View cart" }).click();
  await page.locator(".cart-line").first().waitFor();
  await page.getByRole("link", { name: "Checkout" }).click();
  await page.waitForURL((u) => u.pathname === "/checkout");
  const part = page.locator(`fieldset.fulfilment[id="fulfilment.${item.product.exhibitor_id}"]`);
  await part.waitFor();
  assert.equal(await part.locator("input[value=pickup]").isChecked(), true, "booth pickup is offered first");
  await part.locator(`input[name="slot-${item.product.exhibitor_id}"][value="${item.slot.id}"]`).check();
  await page.getByRole("button", { name: "Place order" }).click();
  await page.waitForURL(/\/orders\/\d+$/);
  await page.getByRole("heading", { level: 1, name: "Order placed" }).waitFor();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await page.getByRole("heading", { level: 1, name: "Paid. Thank you!" }).waitFor();
  await page.getByRole("img", { name: /^Pickup code for booth / }).first().waitFor();
  const here = new URL(page.url());
  assert.equal(here.origin, spa.origin, "the order page is on the SPA's origin");
  const number = (await page.locator(".order-number").textContent()).replace("Order number ", "");

  // The backend has it, paid, for this member.
  const orders = (await api("/orders", { token: who.token })).json;
  assert.equal(orders.total, 1);
  const placed = orders.items[0];
  assert.equal(String(placed.id), here.pathname.split("/").pop());
  assert.equal(placed.number, number);
  assert.equal(placed.payment, "succeeded");
  assert.equal(placed.parts[0].method, "pickup");
  assert.equal(placed.parts[0].exhibitor_id, item.product.exhibitor_id);

  // Every API request went to the API's origin, none failed, and nothing was refused.
  const apiCalls = page.requests.filter((u) => u.startsWith(`${BASE}/api/v1/`));
  assert.ok(apiCalls.some((u) => u.startsWith(`${BASE}/api/v1/orders`)), "orders placed at the API's origin");
  assert.deepEqual(page.requests.filter((u) => u.startsWith(`${spa.origin}/api/`)), [],
    "no API request to the SPA's origin (a static host answers it with index.html)");
  assert.deepEqual(page.failed.filter((f) => f.includes(`${BASE}/`) && !f.endsWith("net::ERR_ABORTED")), [], "no request to the API failed");
  assert.deepEqual(page.consoleErrors.filter(refusedByCors), [], "no CORS error in the console");
  assert.deepEqual(page.errors, []);
});

test("a third origin is refused: the storefront there says it cannot reach the server, and the preflight allows only the SPA's origin", async () => {
  // The page on the third origin: the app starts, but its API requests are refused by the browser.
  const page = await pageAt(third.origin);
  await page.goto("/");
  await appReady(page);
  await page.getByRole("alert").filter({ hasText: "Could not reach the server. Check your connection and try again." })
    .first().waitFor({ timeout: 15000 });
  await page.getByRole("button", { name: "Try again" }).first().waitFor();
  assert.equal(await page.locator(".product-card").count(), 0, "no products shown");
  assert.ok(page.requests.some((u) => u.startsWith(`${BASE}/api/v1/`)), "the app did ask the API's origin");
  const refusal = page.consoleErrors.filter(refusedByCors);
  assert.ok(refusal.some((t) => t.includes(third.origin) && t.includes(BASE)),
    `the console names the refused origin and the API: ${page.consoleErrors.join(" | ")}`);
  assert.equal(await fetchFrom(page, `${BASE}/api/v1/products`), "TypeError");

  // The same request from the SPA's own origin is answered.
  const allowed = await pageAt(spa.origin);
  await allowed.goto("/");
  await appReady(allowed);
  assert.equal(await fetchFrom(allowed, `${BASE}/api/v1/products`), 200);
  assert.deepEqual(allowed.consoleErrors.filter(refusedByCors), []);

  // What a deployer sees with curl: the preflight of placing an order names only the SPA's origin.
  const preflight = (origin) => fetch(`${BASE}/api/v1/orders`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type,idempotency-key",
    },
  });
  const refused = await preflight(third.origin);
  assert.equal(refused.headers.get("access-control-allow-origin"), null, "no allow-origin for the third origin");
  const ok = await preflight(spa.origin);
  assert.ok(ok.status < 300, `preflight answered ${ok.status}`);
  assert.equal(ok.headers.get("access-control-allow-origin"), spa.origin);
  assert.match(ok.headers.get("access-control-allow-methods") ?? "", /\bPOST\b/i);
  const allowedHeaders = (ok.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/\s*,\s*/);
  for (const h of ["authorization", "content-type", "idempotency-key", "if-match"]) {
    assert.ok(allowedHeaders.includes(h), `${h} allowed (${allowedHeaders.join(", ")})`);
  }
  // An answer for one origin is not cached and served to another.
  const read = await fetch(`${BASE}/api/v1/products`, { headers: { origin: spa.origin } });
  assert.equal(read.headers.get("access-control-allow-origin"), spa.origin);
  assert.match(read.headers.get("vary") ?? "", /\borigin\b/i);
  const other = await fetch(`${BASE}/api/v1/products`, { headers: { origin: third.origin } });
  assert.equal(other.status, 200);
  assert.equal(other.headers.get("access-control-allow-origin"), null);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(allowed.errors, []);
});
