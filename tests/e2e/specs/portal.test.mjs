// The exhibitor portal's orders in Chromium against the reference backend (release build, phone
// and desktop sizes): staff confirm a visitor's order, mark it ready, hand it over at the booth by
// its pickup code, and the visitor sees it completed; two staff on one order get a conflict, not
// a lost update; another booth's code is refused clearly.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, staff, api } from "./helpers.mjs";

after(close);

const TEA = { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" };
const CERAMICS = { email: "ceramics@demo.expocx.test", password: "exhibit-expo-2026" };

/** A paid pickup order of the tea booth by a new visitor: the visitor and the order as they see it. */
async function teaOrder() {
  const { exhibitor } = await staff("tea");
  const visitor = await account("portal");
  const placed = await order(visitor, await pickupItem({ exhibitor }), 1, true);
  const seen = (await api(`/orders/${placed.id}`, { token: visitor.token })).json;
  return { visitor, order: seen, code: seen.parts[0].pickup_code };
}

test("staff confirm an order, mark it ready, hand it over by its code; the visitor sees it completed", async () => {
  const { visitor, order: o, code } = await teaOrder();
  const page = await newPage({ locale: "en-US" });
  await signIn(page, TEA, "/exhibitor/orders?status=paid");
  const row = page.getByRole("row").filter({ hasText: o.number });
  await row.waitFor();
  await expectAccessible(page, "portal orders (en)");
  // The filtered list as a CSV file for Excel.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  assert.ok(csv.startsWith("\ufeffnumber,placed_at,status"), "UTF-8 with a byte order mark and a header");
  assert.ok(csv.split("\r\n").some((l) => l.startsWith(`${o.number},`) && l.includes(",paid,")), "the order is in it");
  await row.getByRole("link", { name: o.number }).click();
  await page.getByRole("heading", { name: `Order number ${o.number}` }).waitFor();
  await expectAccessible(page, "portal order (en)");
  await page.getByRole("button", { name: "Confirm order" }).click();
  await page.getByText("Updated.").waitFor();
  await page.getByRole("button", { name: "Mark ready for pickup" }).click();
  await page.locator(".timeline").getByText("Ready for pickup").waitFor();
  let mine = (await api(`/orders/${o.id}`, { token: visitor.token })).json;
  assert.equal(mine.status, "ready_for_pickup");
  assert.equal(mine.can_cancel, false, "confirmed: the visitor can no longer cancel");

  // At the booth: the code on the visitor's phone, typed in; one tap hands it over.
  await page.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Pickup" }).click();
  await page.getByLabel("Pickup code").fill(code.split(":").pop().toUpperCase());
  await page.getByRole("button", { name: "Find order" }).click();
  await page.getByRole("heading", { name: `Order number ${o.number}` }).waitFor();
  await expectAccessible(page, "pickup desk (en)");
  await page.getByRole("button", { name: "Complete handover" }).click();
  await page.getByText(/Handed over .* by /).waitFor();
  assert.equal(await page.getByRole("button", { name: "Complete handover" }).count(), 0, "it cannot be handed over twice");

  // The visitor's order page says so.
  const theirs = await newPage({ locale: "en-US" });
  await signIn(theirs, visitor, `/orders/${o.id}`);
  await theirs.locator(".badge").getByText("Completed").waitFor();
  mine = (await api(`/orders/${o.id}`, { token: visitor.token })).json;
  assert.deepEqual(mine.timeline.map((e) => e.status).slice(-4), ["paid", "confirmed", "ready_for_pickup", "completed"]);
  assert.deepEqual(page.errors, []);
});

test("two staff on one order: the second gets a conflict and the fresh order, nothing is lost", async () => {
  const { order: o } = await teaOrder();
  const first = await newPage({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
  const second = await newPage({ locale: "zh-CN" });
  await signIn(first, TEA, `/exhibitor/orders/${o.id}`);
  await signIn(second, TEA, `/exhibitor/orders/${o.id}`);
  await second.getByRole("button", { name: "确认订单" }).waitFor();
  await first.getByRole("button", { name: "确认订单" }).click();
  await first.getByText("已更新。").waitFor();
  await second.getByRole("button", { name: "完成交付" }).click();
  await second.getByRole("alert").getByText("同事刚刚更新了这个订单").waitFor();
  // The fresh order is shown: confirmed, with the steps that follow it.
  await second.getByRole("button", { name: "标记为可自提" }).waitFor();
  await expectAccessible(second, "portal conflict (zh-Hans)");
  const { token } = await staff("tea");
  const now = (await api(`/exhibitor/orders/${o.id}`, { token })).json;
  assert.equal(now.status, "confirmed", "the first change stands; the stale one was not applied");
});

test("another booth's code is refused with the reason, in Traditional Chinese", async () => {
  const { code } = await teaOrder();
  const page = await newPage({ locale: "zh-TW" });
  await signIn(page, CERAMICS, "/exhibitor/pickup");
  await page.getByRole("heading", { level: 1, name: "掃碼自取" }).waitFor();
  await page.getByLabel("自取碼").fill(code);
  await page.getByRole("button", { name: "查找訂單" }).click();
  await page.getByRole("alert").getByText("這個自取碼屬於其他展商的展位").waitFor();
  await page.getByLabel("自取碼").fill("0000000000");
  await page.getByRole("button", { name: "查找訂單" }).click();
  await page.getByRole("alert").getByText("沒有找到使用這個自取碼的已付款訂單").waitFor();
  assert.equal(await page.getByLabel("自取碼").inputValue(), "0000000000", "what was typed stays");
  await expectAccessible(page, "pickup refused (zh-Hant)");
});

test("staff change a price and the stock; a visitor holding the product sees it; a colleague's change is not overwritten", async () => {
  const { exhibitor } = await staff("tea");
  const own = (await api(`/products?exhibitor=${exhibitor}&limit=50`)).json.items.find((p) => p.stock > 20);
  const who = await account("price");
  const visitor = await newPage({ locale: "en-US" });
  await signIn(visitor, who, `/products/${own.id}`);
  await visitor.locator(".product-detail h1").waitFor();
  const option = visitor.locator(".chip-option input").first();
  if (await option.count()) await option.check();
  await visitor.getByRole("button", { name: "Add to cart" }).click();
  await visitor.getByText("Added to your cart.").waitFor();

  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, TEA, "/exhibitor/products");
  const row = page.locator("li.product-row").filter({ has: page.getByRole("link", { name: own.name.en, exact: true }) });
  await row.getByRole("button", { name: "Change price and stock" }).click();
  const price = row.getByLabel("Price (yuan)");
  await price.fill("12.345");
  await row.getByRole("button", { name: "Save" }).click();
  await row.getByText("Enter a price from 0 to 1,000,000 with at most two decimals.").waitFor();
  await expectAccessible(page, "portal products (en)");
  const newPrice = own.price.amount_minor + 1000;
  await price.fill((newPrice / 100).toFixed(2));
  await row.getByLabel("Stock (units)").fill("42");
  await row.getByRole("button", { name: "Save" }).click();
  await row.getByText("Saved: the storefront shows it now.").waitFor();
  const now = (await api(`/products/${own.id}`)).json;
  assert.equal(now.price.amount_minor, newPrice);
  assert.equal(now.stock, 42);

  await visitor.goto("/cart");
  await visitor.getByRole("heading", { name: "Some items have changed" }).waitFor();
  await visitor.getByText(/Price went up from .* to /).waitFor();

  // A colleague changes it while this page has it open: saving says so and shows theirs.
  await row.getByRole("button", { name: "Change price and stock" }).click();
  await row.getByLabel("Stock (units)").fill("7");
  const { token } = await staff("tea");
  const current = await api(`/products/${own.id}`);
  const theirs = await api(`/exhibitor/products/${own.id}`, { method: "PATCH", token, headers: { "if-match": current.headers.get("etag") }, body: { stock: 30 } });
  assert.equal(theirs.status, 200);
  await row.getByRole("button", { name: "Save" }).click();
  await row.getByRole("alert").getByText("A colleague just changed this product.").waitFor();
  assert.equal(await row.getByLabel("Stock (units)").inputValue(), "30", "the fresh stock is shown");
  assert.equal((await api(`/products/${own.id}`)).json.stock, 30, "theirs stands");
});

test("on a desktop an order opens beside the list; a step taken there shows in the list", async () => {
  const { order: o } = await teaOrder();
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(page, TEA, `/exhibitor/orders?q=${o.number}`);
  // The fulfilment, day and slot filters narrow the list and stay in its URL.
  await page.getByLabel("Fulfilment").selectOption({ label: "Delivery" });
  await page.getByText("No orders match.").waitFor();
  assert.match(page.url(), /method=delivery/);
  await page.getByLabel("Fulfilment").selectOption({ label: "Pickup at the booth" });
  const slot = o.parts[0].slot.id;
  await page.getByLabel("Pickup slot").selectOption(String(slot));
  await page.waitForURL((u) => u.search.includes(`slot_id=${slot}`) && u.search.includes("method=pickup"));
  const row = page.getByRole("row").filter({ hasText: o.number });
  await row.getByRole("link", { name: o.number }).click();
  const panel = page.getByRole("complementary", { name: "Selected order" });
  await panel.getByRole("heading", { name: `Order number ${o.number}` }).waitFor();
  assert.match(page.url(), new RegExp(`q=${o.number}&slot_id=${slot}&open=${o.id}$`), "the list stays, the order beside it");
  assert.equal(await row.getAttribute("aria-current"), "true");
  const [list, side] = await Promise.all([page.locator("table.staff-orders").boundingBox(), panel.boundingBox()]);
  assert.ok(side.x >= list.x + list.width, "side by side");
  await expectAccessible(page, "orders with the side panel (en, desktop)");
  await panel.getByRole("button", { name: "Confirm order" }).click();
  await panel.getByText("Updated.").waitFor();
  await row.getByRole("cell", { name: "Confirmed" }).waitFor();
  await panel.getByRole("link", { name: "Close" }).click();
  await panel.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
});
