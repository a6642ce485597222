// The storefront in a phone browser: home, product pages, search, languages, deep links, 404.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady } from "./helpers.mjs";

after(close);

test("home shows the expo, halls and featured products in the browser's language", async () => {
  const page = await newPage({ locale: "zh-CN" });
  await page.goto("/");
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: "2026 国际生活方式博览会" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  await page.getByRole("link", { name: /1号馆/ }).waitFor();
  const cards = page.locator(".product-card");
  await cards.first().waitFor();
  assert.ok((await cards.count()) >= 4, "featured products shown");
  // Prices are formatted by the browser for the locale (¥ and two decimals).
  assert.match(await cards.first().locator(".price").innerText(), /¥\s?[\d,]+\.\d{2}/);
  // Phone layout: bottom navigation visible, top navigation hidden.
  assert.ok(await page.locator(".bottom-nav").isVisible());
  assert.ok(!(await page.locator(".top-nav").isVisible()));
  await expectAccessible(page, "home (zh-Hans)");
  assert.deepEqual(page.errors, []);
});

test("traditional Chinese browsers get 繁體中文", async () => {
  const page = await newPage({ locale: "zh-TW" });
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "2026 國際生活方式博覽會" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hant");
  await expectAccessible(page, "home (zh-Hant)");
});

test("switching language changes the page at once and is remembered after reload", async () => {
  const page = await newPage({ locale: "zh-CN" });
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "2026 国际生活方式博览会" }).waitFor();
  await page.getByLabel("语言").selectOption("en");
  await page.getByRole("heading", { level: 1, name: "International Lifestyle Expo 2026" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.getByRole("link", { name: "Exhibitors" }).first().waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "International Lifestyle Expo 2026" }).waitFor();
  await expectAccessible(page, "home (en)");
});

test("a product page opens from the home page and survives a reload (deep link)", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/");
  const first = page.locator(".product-card .card-link").first();
  await first.waitFor();
  const name = (await first.locator("h3").innerText()).trim();
  await first.click();
  await page.waitForURL(/\/products\/\d+$/);
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.getByText(/Pick it up at booth H\d-/).waitFor();
  await page.getByRole("heading", { name: "More from this exhibitor" }).waitFor();
  await expectAccessible(page, "product page");
  await page.reload();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("search and category filter are answered by the backend and kept in the URL", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/");
  await appReady(page);
  await page.getByRole("searchbox", { name: "Search products" }).fill("longjing");
  // The search opens the results inside the app: nothing is downloaded again.
  await page.evaluate(() => { window.stillTheSamePage = true; });
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/products\?q=longjing/);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, "the search reloaded the page");
  await page.getByRole("heading", { level: 1, name: "Results for “longjing”" }).waitFor();
  // The heading follows the URL at once; the results arrive after it.
  await page.locator(".product-card h3").first().waitFor();
  const titles = await page.locator(".product-card h3").allInnerTexts();
  assert.ok(titles.length > 0);
  assert.ok(titles.every((t) => t.includes("Longjing")), titles.join(" | "));

  await page.goto("/products");
  await page.getByLabel("Category").selectOption({ label: "Ceramics" });
  await page.waitForURL(/category=2/);
  await page.getByRole("heading", { level: 2, name: "24 products" }).waitFor();
  await page.getByLabel("Sort by").selectOption("price_asc");
  await page.waitForURL(/sort=price_asc/);
  await page.locator(".product-card").first().waitFor();
  await expectAccessible(page, "product list");
  await page.goto("/products?q=zzzz-nothing");
  await page.getByRole("heading", { name: "No products found" }).waitFor();
});

test("an exhibitor page lists its products; a hall link filters the directory", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/exhibitors?hall=2");
  const cards = page.locator(".exhibitor-card");
  await cards.first().waitFor();
  const booths = await page.locator(".exhibitor-card .booth").allInnerTexts();
  assert.ok(booths.every((b) => b.includes("H2-")), booths.join(","));
  await cards.first().locator(".card-link").click();
  await page.waitForURL(/\/exhibitors\/\d+$/);
  await page.getByRole("heading", { name: "Products" }).waitFor();
  await page.locator(".product-card").first().waitFor();
  await expectAccessible(page, "exhibitor page");
});

test("unknown paths show a translated 404 page with a way home", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/no/such/page");
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.goto("/products/999999");
  await page.getByText("We could not find that.").waitFor();
  await expectAccessible(page, "404");
});

test("a failed request shows the error with a retry that recovers, without losing the page", async () => {
  const page = await newPage({ locale: "en-US" });
  let failing = true;
  // Simulate the hall's weak signal for the product list only (the backend itself is real).
  await page.route("**/api/v1/products?*", (route) => (failing ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("/products?category=1");
  await page.getByRole("alert").filter({ hasText: "Could not reach the server" }).waitFor({ timeout: 20000 });
  failing = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await page.locator(".product-card").first().waitFor();
  assert.equal(await page.getByRole("alert").filter({ hasText: "Could not reach the server" }).count(), 0);
});

test("desktop shows the top navigation instead of the bottom bar", async () => {
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await page.goto("/");
  await appReady(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.ok(await page.locator(".top-nav").isVisible());
  assert.ok(!(await page.locator(".bottom-nav").isVisible()));
  await expectAccessible(page, "home (desktop)");
});

test("dark mode keeps every text readable (axe contrast) on the home and sign-in pages", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.locator(".product-card").first().waitFor();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(17, 22, 21)", "dark background in dark mode");
  await expectAccessible(page, "home (dark)");
  await page.goto("/signin");
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  await expectAccessible(page, "sign-in (dark)");
});
