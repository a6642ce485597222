// Trade quotes (issue 24): a trade buyer finds the teapot under "Trade quotes" and configures it on a phone (an exclusion closes
// a choice, a price break shows), asks for a quote; the desk answers and revises; the buyer
// accepts the latest revision, the order is placed at the quote's price and paid; the printable
// document renders. An expired quote cannot be accepted; another buyer and another booth see
// none of it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api, appReady } from "./helpers.mjs";

after(close);

const BUYER = { email: "buyer@demo.expocx.test", password: "visit-expo-2026" };
const STAFF_PASSWORD = "exhibit-expo-2026";
const token = (page) => page.evaluate(() => localStorage.getItem("expocx.session.token"));
const amount = (minor) => (minor / 100).toLocaleString("en-US", { minimumFractionDigits: 2 });

async function teapot() {
  const r = await api("/products?q=teapot&limit=50");
  const p = r.json.items.find((i) => i.name.en.includes("Ru ware teapot"));
  assert.ok(p, "the demo's configurable teapot");
  return p;
}

test("a trade buyer configures and asks on a phone, the desk answers twice, the buyer accepts and pays at the quote's price", async () => {
  const product = await teapot();
  const buyer = await newPage({ locale: "en-US" });
  // The member center leads to the quotes, which list the products a quote can be asked for.
  await signIn(buyer, BUYER, "/me");
  await buyer.getByRole("link", { name: "Trade quotes" }).click();
  await buyer.waitForURL((u) => u.pathname === "/me/quotes");
  await buyer.getByRole("link", { name: /^Configure and ask: Ru ware teapot/ }).click();
  await buyer.waitForURL((u) => u.pathname === "/quotes/new");
  await buyer.getByRole("heading", { level: 1, name: "Request a trade quote" }).waitFor();
  // Crackle cannot be fired large: that choice closes, saying why.
  await buyer.getByRole("radio", { name: /^Crackle/ }).check();
  const large = buyer.getByRole("radio", { name: /^300 ml/ });
  assert.equal(await large.isDisabled(), true);
  await buyer.getByText("Not available with Crackle").first().waitFor();
  await buyer.getByRole("radio", { name: /^150 ml/ }).check();
  await buyer.getByLabel("Quantity (pieces)").fill("60");
  // The live price is the backend's price for the same configuration, and the next break shows.
  const priced = await api(`/products/${product.id}/configuration/price`, { method: "POST", body: { choices: ["crackle", "small"], quantity: 60 } });
  assert.equal(priced.status, 200);
  const panel = buyer.locator(".totals");
  await panel.getByText(amount(priced.json.total_minor)).waitFor();
  await buyer.getByText(/From 200 pieces: .* each/).waitFor();
  await expectAccessible(buyer, "configurator");
  await buyer.getByLabel("Delivery region").fill("Hamburg, DE");
  await buyer.getByRole("button", { name: "Request the quote" }).click();
  await buyer.waitForURL((u) => /^\/me\/quotes\/\d+$/.test(u.pathname));
  const id = Number(new URL(buyer.url()).pathname.split("/").pop());
  await buyer.getByText("Waiting for an answer").first().waitFor();

  // The desk (a manager, desktop, 繁體中文) answers with 5 % off, then revises to 8 %.
  const desk = await newPage({ locale: "zh-TW", viewport: { width: 1280, height: 800 } });
  await signIn(desk, { email: "ceramics-manager@demo.expocx.test", password: STAFF_PASSWORD }, `/exhibitor/quotes/${id}`);
  for (const [pct, n] of [["5", 1], ["8", 2]]) {
    await desk.getByRole("heading", { name: `報價（第 ${n} 版）` }).waitFor();
    await desk.getByLabel("定價方式").selectOption("discount");
    // The first answer sets the incoterm; the revision starts from it.
    if (n === 1) await desk.getByLabel(/Incoterm/).fill("FOB Shanghai");
    await desk.getByLabel("在目錄價上優惠的百分比").fill(pct);
    await desk.getByRole("button", { name: "傳送報價" }).click();
    await desk.getByText("報價已傳送給買家。").waitFor();
  }
  await desk.getByText("第 2 版").first().waitFor();
  await expectAccessible(desk, "quote desk");
  const sent = await api(`/quotes/${id}`, { token: await token(buyer) });
  assert.equal(sent.json.revisions.length, 2);
  const total = sent.json.revisions[1].total.amount_minor;

  // The buyer sees both revisions side by side and accepts the latest, picked up at the booth.
  await buyer.reload();
  await appReady(buyer);
  await buyer.getByText("Revision 2").first().waitFor();
  await buyer.getByText("Revision 1").first().waitFor();
  assert.ok(await buyer.locator(".changed").count() >= 1, "what changed is marked");
  await expectAccessible(buyer, "quote page");
  const slot = buyer.getByLabel("Pickup time");
  const options = await slot.locator("option:not([disabled])").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await slot.selectOption(options[0]);
  await buyer.getByRole("button", { name: "Accept and place the order" }).click();
  await buyer.waitForURL((u) => /^\/orders\/\d+$/.test(u.pathname));
  const orderId = Number(new URL(buyer.url()).pathname.split("/").pop());
  const order = await api(`/orders/${orderId}`, { token: await token(buyer) });
  assert.equal(order.json.total.amount_minor, total, "the order is at the quote's price");
  await buyer.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await buyer.getByRole("heading", { level: 1, name: "Paid. Thank you!" }).waitFor();

  // The printable document: both companies, the number and revision, the terms.
  await buyer.goto(`/me/quotes/${id}/print`);
  await appReady(buyer);
  await buyer.getByRole("heading", { name: "Quotation" }).waitFor();
  const doc = await buyer.locator("main").textContent();
  for (const want of [sent.json.number, "Hanse Teehaus GmbH", "Celadon", "Revision 2", "FOB", amount(total)]) {
    assert.ok(doc.includes(want), `the document shows ${want}`);
  }
  await buyer.emulateMedia({ media: "print" });
  assert.equal(await buyer.getByRole("button", { name: "Print" }).isVisible(), false, "no buttons on paper");
  assert.deepEqual(buyer.errors, []);
  assert.deepEqual(desk.errors, []);
});

test("an expired quote cannot be accepted, in 简体中文; the buyer can ask for a new one", async () => {
  const buyer = await newPage({ locale: "zh-CN" });
  await signIn(buyer, BUYER, "/me/quotes?status=expired");
  const row = buyer.locator(".quote-row, li, tr").filter({ hasText: "已过期" }).first();
  await row.waitFor();
  await row.getByRole("link").first().click();
  await buyer.waitForURL((u) => /^\/me\/quotes\/\d+$/.test(u.pathname));
  await buyer.getByText("已过期").first().waitFor();
  await buyer.getByRole("button", { name: "请展商修改报价" }).waitFor();
  assert.equal(await buyer.getByRole("button", { name: "接受报价并下单" }).count(), 0);
  // However the page was left open, the server refuses it too.
  const id = Number(new URL(buyer.url()).pathname.split("/").pop());
  const t = await token(buyer);
  const q = await api(`/quotes/${id}`, { token: t });
  const r = await api(`/quotes/${id}/accept`, {
    method: "POST", token: t, headers: { "if-match": q.headers.get("etag") },
    body: { fulfilment: { method: "delivery", exhibitor_id: q.json.exhibitor_id } },
  });
  assert.equal(r.status, 409);
  assert.equal(r.json.code, "quote_expired");
  await expectAccessible(buyer, "expired quote");
  assert.deepEqual(buyer.errors, []);
});

test("another buyer and another booth see none of a buyer's quote", async () => {
  const login = await api("/auth/login", { method: "POST", body: BUYER });
  const mine = await api("/quotes?limit=1", { token: login.json.token });
  const id = mine.json.items[0].id;
  const visitor = await newPage({ locale: "en-US" });
  await signIn(visitor, { email: "visitor@demo.expocx.test", password: "visit-expo-2026" }, `/me/quotes/${id}`);
  await visitor.getByText(/not found|doesn.t exist|no longer/i).first().waitFor();
  assert.equal((await api(`/quotes/${id}`, { token: await token(visitor) })).status, 404);
  const tea = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(tea, { email: "tea@demo.expocx.test", password: STAFF_PASSWORD }, `/exhibitor/quotes/${id}`);
  await tea.getByText(/not found|doesn.t exist|no longer/i).first().waitFor();
  assert.equal((await api(`/exhibitor/quotes/${id}`, { token: await token(tea) })).status, 404);
});

test("staff edit a product's trade configuration: the form says what is wrong beside it, then saves", async () => {
  const product = await teapot();
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(page, { email: "ceramics-manager@demo.expocx.test", password: STAFF_PASSWORD }, `/exhibitor/products/${product.id}`);
  await page.getByRole("link", { name: /Trade configuration/ }).click();
  await page.waitForURL((u) => u.pathname === `/exhibitor/products/${product.id}/configuration`);
  const min = page.getByLabel("Minimum order quantity (pieces)");
  await min.waitFor();
  assert.equal(await min.inputValue(), "10", "the model as saved");
  await expectAccessible(page, "configuration editor");
  // Nothing below one piece: refused beside the field, nothing sent.
  await min.fill("0");
  await page.getByRole("button", { name: "Save configuration" }).click();
  assert.equal(await min.getAttribute("aria-invalid"), "true");
  const before = await api(`/products/${product.id}/configuration`);
  assert.equal(before.json.min_quantity, 10);
  await min.fill("12");
  await page.getByRole("button", { name: "Save configuration" }).click();
  await page.getByText("Configuration saved.").waitFor();
  const after = await api(`/products/${product.id}/configuration`);
  assert.equal(after.json.min_quantity, 12, "the storefront's model changed");
  // Back as it was, for the other tests.
  await min.fill("10");
  await page.getByRole("button", { name: "Save configuration" }).click();
  for (let i = 0; i < 50 && (await api(`/products/${product.id}/configuration`)).json.min_quantity !== 10; i++) {
    await page.waitForTimeout(100);
  }
  assert.equal((await api(`/products/${product.id}/configuration`)).json.min_quantity, 10);
  assert.deepEqual(page.errors, []);
});
