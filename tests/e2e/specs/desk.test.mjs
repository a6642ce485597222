// The exhibitor portal's after-sales desk and dashboard in Chromium against the reference backend:
// a reply and an internal note on a ticket (the visitor sees only the reply), a return declined
// only with a reason, then approved, received and refunded (the visitor sees each step), and the
// dashboard's figures with their charts and tables.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, staff, api } from "./helpers.mjs";

after(close);

const TEA = { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" };
const NOTE = "Regular customer: send a new lid without asking for the old one";
const REPLY = "A new lid is on its way to you.";

/** A new visitor with a paid order of the tea booth. */
async function teaCustomer() {
  const { exhibitor } = await staff("tea");
  const visitor = await account("desk");
  const item = await pickupItem({ exhibitor });
  const placed = await order(visitor, item, 2, true);
  return { visitor, item, order: placed };
}

test("a reply and an internal note: the visitor sees the reply, never the note", async () => {
  const { visitor, order: o } = await teaCustomer();
  const opened = await api("/me/tickets", { method: "POST", token: visitor.token,
    body: { order_id: o.id, category: "product_issue", subject: "Lid cracked", text: "The lid arrived cracked.", photo_ids: [] } });
  assert.equal(opened.status, 201);
  const page = await newPage({ locale: "zh-CN" });
  await signIn(page, TEA, "/exhibitor/tickets?assigned=nobody");
  await page.getByRole("link", { name: "Lid cracked" }).first().click();
  await page.getByRole("heading", { level: 2, name: "Lid cracked" }).waitFor();
  const assigned = page.waitForResponse((r) => r.url().endsWith("/assignee") && r.status() === 200);
  await page.getByLabel("负责人").selectOption({ index: 1 });
  await assigned;
  await page.getByLabel("内部备注（仅团队可见）").fill(NOTE);
  await page.getByRole("button", { name: "添加备注" }).click();
  await page.locator(".internal .inbox").getByText(NOTE).waitFor();
  await page.getByLabel("回复顾客（顾客可见）").fill(REPLY);
  await page.getByLabel("回复后状态").selectOption("waiting_for_you");
  await page.getByRole("button", { name: "发送回复" }).click();
  await page.locator(".conversation").getByText(REPLY).waitFor();
  assert.equal(await page.getByLabel("回复顾客（顾客可见）").inputValue(), "", "sent: the box is empty again");
  await expectAccessible(page, "staff ticket (zh-Hans)");

  const { token } = await staff("tea");
  const desk = (await api(`/exhibitor/tickets/${opened.json.id}`, { token })).json;
  assert.ok(desk.assignee, "handed to a staff member");
  assert.equal(desk.notes[0].text, NOTE);

  const theirs = await newPage({ locale: "en-US" });
  await signIn(theirs, visitor, `/me/tickets/${opened.json.id}`);
  await theirs.getByText(REPLY).waitFor();
  assert.equal(await theirs.getByText(NOTE).count(), 0, "the note is not on the visitor's page");
  const raw = await fetch(new URL(`/api/v1/me/tickets/${opened.json.id}`, theirs.url()), { headers: { authorization: `Bearer ${visitor.token}` } });
  assert.ok(!(await raw.text()).includes(NOTE), "nor in the visitor's API answer");
  const exported = await fetch(new URL("/api/v1/me/export", theirs.url()), { headers: { authorization: `Bearer ${visitor.token}` } });
  assert.ok(!(await exported.text()).includes(NOTE), "nor in the visitor's export");
});

test("a return is declined only with a reason, then approved, received and refunded", async () => {
  const { visitor, item, order: o } = await teaCustomer();
  const asked = await api("/me/returns", { method: "POST", token: visitor.token,
    body: { order_id: o.id, lines: [{ product_id: item.product.id, option_id: item.option, quantity: 1 }], reason: "damaged", text: "Chipped rim.", photo_ids: [] } });
  assert.equal(asked.status, 201);
  const page = await newPage({ locale: "en-US" });
  await signIn(page, TEA, "/exhibitor/returns");
  const card = page.locator("section.panel").filter({ hasText: o.number });
  await card.getByRole("button", { name: "Decline" }).click();
  await card.getByRole("alert").getByText("Say why you decline.").waitFor();
  await expectAccessible(page, "staff returns (en)");
  await card.getByRole("button", { name: "Approve" }).click();
  await card.getByRole("button", { name: "Items received" }).click();
  await card.getByRole("button", { name: "Refund" }).click();
  await card.locator(".badge").getByText("Refunded").waitFor();
  assert.equal(await card.getByRole("button").count(), 0, "nothing follows a refund");

  const theirs = await newPage({ locale: "en-US" });
  await signIn(theirs, visitor, `/me/returns/${asked.json.id}`);
  await theirs.getByText("Refunded").first().waitFor();
  const ret = (await api(`/me/returns/${asked.json.id}`, { token: visitor.token })).json;
  assert.deepEqual(ret.events.map((e) => e.status), ["requested", "approved", "received", "refunded"]);
});

test("the dashboard shows the day's figures and the expo days, each chart with its table", async () => {
  await teaCustomer();
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, TEA, "/exhibitor");
  const orders = page.locator(".tiles li").filter({ hasText: "Paid orders" }).locator("strong");
  await orders.waitFor();
  assert.ok(Number(await orders.innerText()) >= 1, "today's paid order is counted");
  await page.getByRole("img", { name: "Revenue per day" }).waitFor();
  await page.getByRole("img", { name: "Funnel" }).waitFor();
  await expectAccessible(page, "dashboard (en, desktop)");
  await page.getByRole("link", { name: "Expo days" }).click();
  await page.waitForURL((u) => u.search.startsWith("?from="));
  const perDay = page.locator("section").filter({ has: page.getByRole("heading", { name: "Revenue per day" }) });
  await perDay.locator("tbody tr").nth(3).waitFor();
  assert.equal(await perDay.locator("tbody tr").count(), 4, "one row per expo day");
});

test("the queue counts down to each first answer and turns a ticket overdue while on screen", async () => {
  const { visitor, order: o } = await teaCustomer();
  const opened = await api("/me/tickets", { method: "POST", token: visitor.token,
    body: { order_id: o.id, category: "other", subject: "Gift wrap?", text: "Can you wrap it?", photo_ids: [] } });
  assert.equal(opened.status, 201);
  const page = await newPage({ locale: "en-US" });
  await page.clock.install();
  await signIn(page, TEA, "/exhibitor/tickets?assigned=nobody");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Gift wrap?" }) }).first();
  await row.getByText(/^First answer due in (\d+ h )?\d+ min$/).waitFor();
  assert.equal(await row.getByText("Overdue", { exact: true }).count(), 0);
  await expectAccessible(page, "service queue with countdowns (en)");
  // Time passes at the booth: past the due time, the same row says so without a reload.
  const late = Date.parse(opened.json.respond_by) - Date.now() + 5 * 60_000;
  await page.clock.fastForward(late);
  await row.getByText(/^First answer overdue by \d+ min$/).waitFor();
  await row.getByText("Overdue", { exact: true }).waitFor();
  assert.deepEqual(page.errors, []);
});
