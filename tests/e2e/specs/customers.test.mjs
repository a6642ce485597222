// Customers (issue 25): the booth's owner finds a buyer in the customer list and opens their
// 360 view with stage and four values (desktop, English); on a phone (简体中文) a visitor met at
// the booth appears with their contact only while they share it, and withdrawing takes it out of
// the 360 view and the CSV at once.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api, account, order, pickupItem, staff, DEMO_EXHIBITOR } from "./helpers.mjs";

after(close);

const named = async (tag, name, profile = {}) => {
  const v = await account(tag);
  const r = await api("/me/profile", { method: "PUT", token: v.token, body: { display_name: name, ...profile } });
  assert.equal(r.status, 200);
  const me = await api("/auth/me", { token: v.token });
  return { ...v, id: me.json.id };
};

test("the owner finds a buyer in the list and opens their 360: stage, four values, their order", async () => {
  const tea = await staff("tea");
  const buyer = await named("cust-buyer", "Ling Wu");
  const placed = await order(buyer, await pickupItem({ exhibitor: tea.exhibitor }), 1, true);
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(page, DEMO_EXHIBITOR, "/exhibitor/customers?stage=forming&sort=recent");
  await page.getByRole("heading", { level: 1, name: "Customers" }).waitFor();
  await page.getByText(/^Fewer than 30 customers with orders/).waitFor();
  await expectAccessible(page, "customer list");
  await page.getByRole("link", { name: "Ling Wu" }).click();
  await page.waitForURL((u) => u.pathname === `/exhibitor/customers/${buyer.id}`);
  await page.getByRole("heading", { level: 1, name: "Ling Wu" }).waitFor();
  await page.locator(".customer-marks").getByText("Forming").waitFor();
  const values = page.getByRole("region", { name: "Values" });
  for (const label of ["Satisfaction (0–100)", "Loyalty (0–100)", "Retained", "Revenue"]) {
    await values.getByText(label, { exact: true }).first().waitFor();
  }
  await page.getByRole("region", { name: "Orders" }).getByRole("link", { name: placed.number }).waitFor();
  await page.getByRole("region", { name: "What they allow you" }).getByText("Not shared with you").waitFor();
  await expectAccessible(page, "customer 360");

  // The red-carpet list keeps the filters in the address, and Back returns to the list.
  await page.goBack();
  await page.getByRole("navigation", { name: "Customer lists" }).getByRole("link", { name: "Red carpet" }).click();
  await page.waitForURL((u) => u.searchParams.get("list") === "red_carpet" && u.searchParams.get("stage") === "forming");
  await page.getByRole("link", { name: "Red carpet", exact: true }).and(page.locator("[aria-current=page]")).waitFor();
  // The lead-score filter joins them in the address; nobody forming on the red carpet scores 40.
  await page.getByLabel("Lead score").selectOption("40");
  await page.waitForURL((u) => u.searchParams.get("min_score") === "40" && u.searchParams.get("list") === "red_carpet");
  await page.getByText("No customers match these filters.").waitFor();
  // Someone else's customer is not found, with a way back.
  await page.goto("/exhibitor/customers/999999");
  await page.getByRole("heading", { level: 1, name: "Customer not found" }).waitFor();
});

test("on a phone, a met visitor's contact shows only while shared, and leaves the 360 and CSV at once", async () => {
  const tea = await staff("tea");
  const mei = await named("cust-mei", "Mei Zhang", { phone: "13900001234", company: "Lotus Cups" });
  const badge = await api("/me/badge", { token: mei.token });
  const scan = await api("/exhibitor/badge-scans", {
    method: "POST", token: tea.token, headers: { "idempotency-key": `cust-${Date.now()}` }, body: { code: badge.json.code },
  });
  assert.ok([200, 201].includes(scan.status), `scan: ${scan.status}`);
  const share = (on) => api(`/me/contact-shares/${tea.exhibitor}`, { method: "PUT", token: mei.token, body: { share: on, channel: "prompt" } });
  assert.equal((await share(true)).status, 200);

  const phone = await newPage({ locale: "zh-CN" });
  await signIn(phone, DEMO_EXHIBITOR, `/exhibitor/customers/${mei.id}`);
  await phone.getByRole("heading", { level: 1, name: "Mei Zhang" }).waitFor();
  await phone.getByRole("region", { name: "联系方式" }).getByText("13900001234").waitFor();
  await phone.getByText("已与你分享").waitFor();
  await phone.locator(".customer-marks").getByText("接触中").waitFor();
  await expectAccessible(phone, "customer 360 on a phone");

  // Withdrawn: anonymous in the 360 view and out of the CSV, read at the moment of export.
  assert.equal((await share(false)).status, 200);
  await phone.reload();
  await phone.getByRole("heading", { level: 1, name: "匿名：尚未与你分享联系方式" }).waitFor();
  assert.equal(await phone.getByText("13900001234").count(), 0);
  assert.equal(await phone.getByText("Mei Zhang").count(), 0);
  await phone.goto("/exhibitor/customers?stage=exploring");
  await phone.getByRole("heading", { level: 1, name: "顾客" }).waitFor();
  const [download] = await Promise.all([
    phone.waitForEvent("download"),
    phone.getByRole("button", { name: "导出 CSV" }).click(),
  ]);
  const text = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  assert.ok(text.startsWith("\u{feff}user_id,"), "a spreadsheet-ready CSV");
  assert.ok(text.includes(`\n${mei.id},`), "the anonymous customer is a row");
  assert.ok(!text.includes("Mei Zhang") && !text.includes("13900001234"), "without the withdrawn contact");
});
