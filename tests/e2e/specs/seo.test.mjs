// Public pages carry their own content (issue 29): what a crawler, a link preview or a browser
// without JavaScript gets from the server, and that the app, once running, says the same.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, appReady, api } from "./helpers.mjs";

after(close);

const LANGS = [["zh-CN", "zh-Hans"], ["zh-TW", "zh-Hant"], ["en-US", "en"]];
const card = (page) => page.evaluate(() => ({
  title: document.title,
  text: document.querySelector('meta[data-card="og:description"]').content,
  image: document.querySelector('meta[data-card="og:image"]').content,
}));

test("without JavaScript a product page shows its name, price, picture, exhibitor and booth", async () => {
  const product = { summary: (await api("/products/1")).json };
  for (const [locale, lang] of LANGS) {
    const page = await newPage({ locale, javaScriptEnabled: false });
    const r = await page.goto(`/products/1`);
    assert.equal(r.status(), 200);
    await page.getByRole("heading", { level: 1, name: product.summary.name[lang] }).waitFor();
    await page.getByRole("img", { name: product.summary.name[lang] }).waitFor();
    const link = page.getByRole("link", { name: product.summary.exhibitor_name[lang] });
    assert.equal(await link.getAttribute("href"), `/exhibitors/${product.summary.exhibitor_id}`);
    assert.ok((await page.locator("main").innerText()).includes(product.summary.booth));
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, "the browser's language");
  }
  const page = await newPage({ javaScriptEnabled: false });
  assert.equal((await page.goto("/products/999999")).status(), 404);
});

test("the app, once running, says what the server's page said, in each language", async () => {
  const product = { summary: (await api("/products/1")).json };
  for (const [locale, lang] of LANGS) {
    for (const path of ["/", "/products/1", `/exhibitors/${product.summary.exhibitor_id}`]) {
      const bare = await newPage({ locale, javaScriptEnabled: false });
      await bare.goto(path);
      const served = await card(bare);
      const page = await newPage({ locale });
      await page.goto(path);
      await appReady(page);
      // The app describes the page once its data is here.
      await page.waitForFunction((t) => document.title === t, served.title, { timeout: 10000 }).catch(() => {});
      const running = await card(page);
      assert.deepEqual(running, served, `${lang} ${path}`);
      assert.deepEqual(page.errors, []);
    }
  }
});

test("a language chosen in the app is the language of the next page the server sends", async () => {
  const page = await newPage({ locale: "zh-CN" });
  await page.goto("/products/1");
  await appReady(page);
  await page.getByLabel("语言").selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  const cookies = await page.context().cookies();
  assert.equal(cookies.find((c) => c.name === "expocx_lang")?.value, "en");
  const r = await page.request.get("/products/1");
  assert.match(await r.text(), /<html lang="en">/);
});
