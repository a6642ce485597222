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
    assert.equal(await page.locator("main img.product-image").getAttribute("src"), product.summary.image_url);
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
  assert.match(await r.text(), /<html lang="en"[ >]/);
});

// The leaf texts of `main` and where they are: what a visitor sees of the page.
const painted = (page) => page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll("main *")) {
    if (el.children.length || el.closest(".visually-hidden, noscript")) continue;
    const text = (el.innerText || el.getAttribute("placeholder") || "").trim();
    const r = el.getBoundingClientRect();
    if (!text || !r.width || r.bottom > innerHeight) continue;
    out.push({ text, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) });
  }
  return out;
});

// From the first frame: the main heading of each frame, and the layout shifts.
const watch = () => {
  window.__frames = [];
  window.__shift = 0;
  const frame = () => {
    window.__frames.push(document.querySelector("main h1")?.textContent ?? null);
    if (window.__frames.length < 600) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
};

test("the first screen is painted before the WebAssembly, and the app takes it over unmoved", async () => {
  const product = (await api("/products/1")).json;
  for (const [locale, lang] of LANGS) {
    for (const path of ["/", "/products/1", `/exhibitors/${product.exhibitor_id}`]) {
      // Without the WebAssembly: what the server painted.
      const bare = await newPage({ locale });
      await bare.route(/\.wasm$/, (r) => r.abort());
      await bare.goto(path);
      await bare.locator("main h1").waitFor();
      const before = await painted(bare);
      assert.ok(before.length >= 4, `${lang} ${path}: ${JSON.stringify(before)}`);
      // With it: every text in the same place once the app runs, the heading in every frame.
      const page = await newPage({ locale });
      const refused = [];
      page.on("console", (m) => { if (/Content Security Policy/.test(m.text())) refused.push(m.text()); });
      const asked = [];
      page.on("request", (r) => asked.push(new URL(r.url()).pathname));
      await page.addInitScript(watch);
      await page.goto(path);
      await appReady(page);
      await page.waitForTimeout(500);
      const after = await painted(page);
      for (const t of before) {
        const found = after.find((a) => a.text === t.text && Math.abs(a.x - t.x) <= 1 && Math.abs(a.y - t.y) <= 1);
        assert.ok(found, `${lang} ${path}: "${t.text}" at ${t.x},${t.y} in the app: ${JSON.stringify(after.filter((a) => a.text === t.text))}`);
      }
      const { frames, shift } = await page.evaluate(() => ({ frames: window.__frames, shift: window.__shift }));
      const title = before.find((t) => t.text === frames.at(-1));
      assert.ok(title, `${lang} ${path}: the heading ${frames.at(-1)}`);
      const shown = frames.slice(frames.findIndex((f) => f !== null));
      assert.deepEqual([...new Set(shown)], [frames.at(-1)], `${lang} ${path}: headings seen from the first`);
      assert.ok(shift <= 0.02, `${lang} ${path}: layout shift ${shift}`);
      // The answers the page carried were not asked for again; its scripts all ran.
      assert.ok(!asked.includes(`/api/v1${path === "/" ? "/expo" : path}`), `${lang} ${path}: asked again`);
      assert.deepEqual(refused, []);
      assert.deepEqual(page.errors, []);
    }
  }
});

test("what a visitor types, picks or taps on the painted page is still there when the app takes over", async () => {
  let product;
  for (const p of (await api("/products?limit=50")).json.items.filter((p) => p.stock > 5)) {
    const full = (await api(`/products/${p.id}`)).json;
    if (full.options?.length > 1) { product = full; break; }
  }
  assert.ok(product, "a demo product with a choice of options");
  /** A page whose WebAssembly waits until `release()`: the painted page is all there is. */
  const holding = async () => {
    const page = await newPage({ locale: "en-US" });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\.wasm$/, async (r) => { await held; await r.continue(); });
    return { page, release };
  };

  // The home search: typed before the app ran, searched with the app's Enter.
  const home = await holding();
  await home.page.goto("/");
  await home.page.locator("#home-search").fill("丝巾");
  assert.equal(await home.page.evaluate(() => document.getElementById("app").getAttribute("aria-busy")), "true", "typed before the app");
  home.release();
  await appReady(home.page);
  await home.page.waitForFunction(() => document.querySelector("main#main #home-search")?.value === "丝巾", null, { timeout: 10000 });
  assert.equal(await home.page.evaluate(() => document.activeElement?.id), "home-search", "the focus stays in the box");
  await home.page.keyboard.press("Enter");
  await home.page.waitForURL((u) => u.pathname === "/products" && u.searchParams.get("q") === "丝巾");
  assert.deepEqual(home.page.errors, []);

  // A product's option: chosen before the app ran, added with the app's button.
  const pick = await holding();
  await pick.page.goto(`/products/${product.id}`);
  await pick.page.locator(".chip-option input").nth(1).check();
  // The tap on the painted button is not lost either: the app's button takes it.
  await pick.page.getByRole("button", { name: "Add to cart" }).click();
  pick.release();
  await appReady(pick.page);
  await pick.page.waitForFunction(() => document.querySelectorAll("main#main .chip-option input")[1]?.checked, null, { timeout: 10000 });
  await pick.page.getByText("Added to your cart.").waitFor();
  const lines = await pick.page.evaluate(() => localStorage.getItem("expocx.cart"));
  assert.ok(lines?.includes(product.options[1].id), `the cart holds the chosen option: ${lines}`);
  assert.deepEqual(pick.page.errors, []);
});
