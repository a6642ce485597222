// The booth's own catalog and pickup slots in Chromium against the reference backend (release
// build, phone size): staff create a product in three languages (a missing text is marked and
// nothing typed is lost), give it a picture, publish it, and a visitor finds it in their language;
// a colleague's earlier change is announced, not overwritten; slots are added by venue time,
// overlaps refused, and visitors see them at once.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import QRCode from "qrcode";
import { newPage, close, expectAccessible, signIn, staff, api } from "./helpers.mjs";

after(close);

const TEA = { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" };

test("staff create a product in three languages, picture it, publish it; a visitor finds it in theirs", async () => {
  const page = await newPage({ locale: "en-US" });
  await signIn(page, TEA, "/exhibitor/products");
  await page.getByRole("link", { name: "New product" }).click();
  const name = page.getByRole("group", { name: "Name" });
  await name.getByLabel("简体中文").fill("鹤嘴壶");
  await name.getByLabel("繁體中文").fill("鶴嘴壺");
  const description = page.getByRole("group", { name: "Description" });
  await description.getByLabel("简体中文").fill("细口注水");
  await description.getByLabel("繁體中文").fill("細口注水");
  await description.getByLabel("English").fill("A gooseneck for slow pours");
  await page.getByLabel("Category").selectOption({ index: 1 });
  await page.getByLabel("Price (yuan)").fill("258");
  await page.getByLabel("Stock (units)").fill("12");
  await page.getByRole("button", { name: "Add an option" }).click();
  const what = page.getByRole("group", { name: /What they choose/ });
  for (const [lang, text] of [["简体中文", "容量"], ["繁體中文", "容量"], ["English", "Size"]]) await what.getByLabel(lang).fill(text);
  const option = page.getByRole("group", { name: "Option 1" });
  await option.getByLabel(/Code/).fill("1l");
  for (const [lang, text] of [["简体中文", "1升"], ["繁體中文", "1升"], ["English", "1 litre"]]) await option.getByLabel(lang).fill(text);
  await option.getByLabel(/Price difference/).fill("40");
  await page.getByRole("button", { name: "Create product" }).click();
  // The English name is missing: marked, nothing sent, everything typed still there.
  await page.getByText("Some fields need attention").waitFor();
  assert.equal(await name.getByLabel("English").getAttribute("aria-invalid"), "true");
  assert.equal(await name.getByLabel("简体中文").inputValue(), "鹤嘴壶");
  await expectAccessible(page, "product editor with errors (en)");
  await name.getByLabel("English").fill("Heron kettle");
  await page.getByRole("button", { name: "Create product" }).click();
  await page.getByText("Product created.").waitFor();
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  assert.ok(id > 0);
  assert.equal((await api(`/products/${id}`)).status, 404, "a draft is not in the storefront");

  // A picture, read from its bytes by the server.
  const dir = mkdtempSync(join(tmpdir(), "expocx-"));
  const png = join(dir, "kettle.png");
  writeFileSync(png, await QRCode.toBuffer("heron kettle"));
  await page.getByLabel(/^Picture/).setInputFiles(png);
  await page.getByText("Saved: the storefront shows it now.").waitFor();
  const src = await page.locator(".product-picture img").getAttribute("src");
  assert.match(src, /^\/api\/v1\/product-images\//);
  assert.ok(await page.locator(".product-picture img").evaluate((img) => img.complete && img.naturalWidth > 0), "the picture shows");

  // A colleague publishes first with a new price; our save is refused and keeps what we typed.
  const { token } = await staff("tea");
  const tag = `"p${id}-v${(await api(`/exhibitor/products/${id}`, { token })).json.version}"`;
  const theirs = await api(`/exhibitor/products/${id}`, { method: "PATCH", token, headers: { "If-Match": tag }, body: { price_minor: 26_800 } });
  assert.equal(theirs.status, 200);
  await page.getByLabel(/^Published/).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("A colleague just changed this product").waitFor();
  assert.ok(await page.getByLabel(/^Published/).isChecked(), "our edit is still there");
  await expectAccessible(page, "product editor with a conflict (en)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Saved: the storefront shows it now.").waitFor();
  const now = (await api(`/products/${id}`)).json;
  assert.equal(now.price.amount_minor, 25_800, "saved over theirs, as chosen");

  // The list marks drafts only.
  await page.getByRole("link", { name: "← Products" }).click();
  const row = page.locator(".product-row").filter({ hasText: "Heron kettle" });
  await row.waitFor();
  assert.equal(await row.getByText("Draft").count(), 0);

  // A visitor reading Traditional Chinese finds it, with its option.
  const visitor = await newPage({ locale: "zh-TW" });
  await visitor.goto(`/products?q=${encodeURIComponent("鶴嘴")}`);
  await visitor.getByRole("link", { name: /鶴嘴壺/ }).first().click();
  await visitor.getByRole("heading", { name: "鶴嘴壺" }).waitFor();
  await visitor.getByText("1升").first().waitFor();
  assert.deepEqual([...page.errors, ...visitor.errors], []);
});

test("slots are added by venue time, overlaps refused, and visitors see them at once", async () => {
  const { exhibitor } = await staff("tea");
  const expo = (await api("/expo")).json;
  const page = await newPage({ locale: "zh-CN" });
  await signIn(page, TEA, "/exhibitor/slots");
  // The expo's last day (the options are its days in order).
  const last = Math.round((Date.parse(expo.ends_on) - Date.parse(expo.starts_on)) / 864e5);
  await page.getByLabel("日期").selectOption(String(last));
  await page.getByLabel("开始（场馆时间）").fill("18:00");
  await page.getByLabel("结束（场馆时间）").fill("19:00");
  await page.getByLabel("可接订单数", { exact: true }).first().fill("3");
  await page.getByRole("button", { name: "添加自提时段" }).click();
  await page.getByText("已添加。").waitFor();
  const row = page.locator(".product-row").filter({ hasText: "18:00–19:00" });
  await row.getByText("剩余 3 / 3").waitFor();
  const seen = (await api(`/exhibitors/${exhibitor}/pickup-slots`)).json;
  const added = seen.find((s) => s.ends_at.startsWith(`${expo.ends_on}T11:00`));
  assert.ok(added, "visitors see 18:00–19:00 venue time (11:00 UTC)");

  await page.getByLabel("开始（场馆时间）").fill("18:30");
  await page.getByLabel("结束（场馆时间）").fill("19:30");
  await page.getByRole("button", { name: "添加自提时段" }).click();
  await page.getByText("与本展位的另一个时段重叠。").waitFor();
  await expectAccessible(page, "pickup slots (zh-Hans)");

  await row.getByRole("button", { name: "删除" }).click();
  await row.waitFor({ state: "detached" });
  const after = (await api(`/exhibitors/${exhibitor}/pickup-slots`)).json;
  assert.ok(!after.some((s) => s.id === added.id), "removed");
  assert.deepEqual(page.errors, []);
});
