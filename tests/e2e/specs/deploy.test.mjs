// A new build reaches a page that stays open (WeChat keeps its webviews for days): the page learns
// the deployed build from config.json and reloads at its next navigation, never while the visitor
// is filling something in.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, appReady } from "./helpers.mjs";

after(close);

test("a new build makes an open page reload at its next navigation, not while a form is filled in", async () => {
  const page = await newPage({ locale: "en-US" });
  let deployed = null; // null: the build this page runs
  await page.route("**/config.json", async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    assert.ok(config.build, "config.json says which build is deployed");
    route.fulfill({ response, json: deployed ? { ...config, build: deployed } : config });
  });
  await page.goto("/");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  await page.locator("#home-search").fill("silk");
  await page.evaluate(() => { window.__sameDocument = true; });
  // Checked again when the page comes back to the foreground: the same build, nothing happens.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await page.waitForTimeout(300);
  // Then a new build is deployed while the visitor types.
  deployed = "00000000deadbeef";
  const asked = page.waitForResponse((r) => r.url().endsWith("/config.json"));
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await asked;
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload while typing");
  assert.equal(await page.locator("#home-search").inputValue(), "silk", "nothing typed is lost");
  // The next navigation loads the new build: a fresh document, at the page asked for.
  const card = page.locator(".product-card .card-link").first();
  const href = await card.getAttribute("href");
  const reloaded = page.waitForEvent("load");
  await card.click();
  await reloaded;
  await appReady(page);
  assert.equal(new URL(page.url()).pathname, href);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, "a new document");
  await page.locator(".product-detail h1").waitFor();
  assert.deepEqual(page.errors, []);
});

test("a browser without WebAssembly sees the expo itself and how to open the page where it runs", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.addInitScript(() => { delete window.WebAssembly; });
  const expo = await (await fetch(new URL("/api/v1/expo", process.env.BASE_URL))).json();
  // A public page carries its own content (issue 29): readable, with the message beside it.
  const product = await (await fetch(new URL("/api/v1/products/2", process.env.BASE_URL))).json();
  await page.goto("/products/2");
  await page.getByRole("heading", { level: 1, name: product.name.en }).waitFor();
  await page.getByText("In WeChat: tap “···” at the top right and choose “Open in Browser”.").waitFor();
  // Any other page: the expo itself, fetched by the fallback.
  await page.goto("/cart");
  const fallback = page.locator(".boot-expo");
  await fallback.getByRole("heading", { level: 1, name: expo.name.en }).waitFor();
  const text = await fallback.innerText();
  assert.ok(text.includes(expo.venue.en) && text.includes(expo.starts_on), text);
  for (const hall of expo.halls) assert.ok(text.includes(hall.name.en), hall.name.en);
  await page.getByText("In WeChat: tap “···” at the top right and choose “Open in Browser”.").waitFor();
  assert.equal(await fallback.getAttribute("lang"), "en");
});
