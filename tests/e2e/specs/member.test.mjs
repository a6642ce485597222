// The member center's account, on a phone, against the reference backend: profile, address
// book, password, and signing out on all devices. Bad input is told and keeps what was typed;
// text from the network is shown as text.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady } from "./helpers.mjs";

after(close);

const XSS = `<img src=x onerror="window.__xss=1">`;

async function signUp(page, email, password) {
  await page.goto("/signup?next=%2Fme");
  await appReady(page);
  await page.getByRole("dialog", { name: "Your privacy choices" }).getByRole("button", { name: "Reject all" }).click();
  await page.getByLabel("Name").fill("Member");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/me$/);
  await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();
}

test("a member keeps a profile and an address book, changes the password and signs out everywhere", async () => {
  const page = await newPage({ locale: "en-US" });
  const email = `member-${Date.now()}@example.cn`;
  await signUp(page, email, "member-pass-2026");

  // The badge: a QR code, and what a scan shows (the consent to share was refused).
  await page.getByRole("img", { name: "Badge QR code" }).waitFor();
  await page.getByText("Booth staff who scan it see only your member tier, not who you are.").waitFor();

  // Profile: a wrong phone is named, nothing typed is lost; then it saves.
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Name").fill(XSS);
  await profile.getByLabel("Phone (optional)").fill("call me");
  await profile.getByLabel("Company (trade visitors, optional)").fill("Tea & Co.");
  await profile.getByRole("button", { name: "Save" }).click();
  await profile.getByText("This value is not valid.").waitFor();
  assert.equal(await profile.getByLabel("Company (trade visitors, optional)").inputValue(), "Tea & Co.");
  await profile.getByLabel("Phone (optional)").fill("+86 138 0000 0000");
  await profile.getByRole("button", { name: "Save" }).click();
  await profile.getByText("Saved.").waitFor();
  await page.reload();
  await page.getByRole("region", { name: "Profile" }).getByLabel("Phone (optional)").waitFor();
  await page.waitForFunction(() => document.querySelector("#company")?.value === "Tea & Co.");
  // The name came back from the network: shown as text, never run.
  await page.getByText(XSS).first().waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  // Address book: empty, then two addresses, the second the default, then one deleted.
  const book = page.getByRole("region", { name: "Address book" });
  await book.getByText("No saved addresses yet.").waitFor();
  await book.getByRole("button", { name: "Add an address" }).click();
  await book.getByRole("button", { name: "Save" }).click();
  await book.locator("#book-name-error:not(:empty)").waitFor();
  await expectAccessible(page, "address editor with errors");
  await book.getByLabel("Full name").fill("Home");
  await book.getByLabel("Phone").fill("13800000000");
  await book.getByLabel("Province / city / district").fill("上海市 浦东新区");
  await book.getByLabel("Street address").fill("世博大道 1500 号");
  await book.getByRole("button", { name: "Save" }).click();
  await book.getByText("Default", { exact: true }).waitFor();
  await book.getByRole("button", { name: "Add an address" }).click();
  await book.getByLabel("Full name").fill("Work");
  await book.getByLabel("Phone").fill("13900000000");
  await book.getByLabel("Province / city / district").fill("北京市 朝阳区");
  await book.getByLabel("Street address").fill("天辰东路 7 号");
  await book.getByLabel("Use as default address").check();
  await book.getByRole("button", { name: "Save" }).click();
  await book.locator(".address-list li").nth(1).waitFor();
  const first = book.locator(".address-list li").first();
  assert.match(await first.innerText(), /Work[\s\S]*Default/);
  await first.getByRole("button", { name: "Delete" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".address-list li").length === 1);
  assert.match(await book.locator(".address-list li").first().innerText(), /Home[\s\S]*Default/);

  // Checkout starts from the address book: the default fills the delivery address.
  const items = await page.evaluate(async () => (await (await fetch("/api/v1/products?limit=100")).json()).items);
  const cats = await page.evaluate(async () => (await (await fetch("/api/v1/categories")).json()));
  const skip = new Set(cats.filter((c) => c.slug === "tea" || c.slug === "ceramics").map((c) => c.id));
  const plain = items.find((p) => !skip.has(p.category_id) && p.stock >= 20);
  await page.goto(`/products/${plain.id}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByText("Added to your cart.").waitFor();
  await page.goto("/checkout");
  await page.locator("fieldset.fulfilment").first().waitFor();
  await page.getByLabel("Delivery", { exact: true }).check();
  await page.waitForFunction(() => document.getElementById("address.name")?.value === "Home");
  assert.equal(await page.getByLabel("Street address").inputValue(), "世博大道 1500 号");
  await page.goto("/me");
  await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();

  // Password: the current one is asked for.
  const pw = page.getByRole("region", { name: "Change password" });
  await pw.getByLabel("Current password").fill("not-it");
  await pw.getByLabel("New password").fill("member-pass-2027");
  await pw.getByRole("button", { name: "Change password" }).click();
  await pw.locator("#current_password-error:not(:empty)").waitFor();
  assert.equal(await pw.getByLabel("New password").inputValue(), "member-pass-2027");
  await pw.getByLabel("Current password").fill("member-pass-2026");
  await pw.getByRole("button", { name: "Change password" }).click();
  await pw.getByText("Password changed.").waitFor();
  await expectAccessible(page, "member account");

  // Sign out on all devices: this one too.
  await page.getByRole("button", { name: "Sign out on all devices" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.goto("/me");
  await page.waitForURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("member-pass-2027");
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL(/\/me$/);
});

test("the account page speaks Chinese on a Chinese phone", async () => {
  const page = await newPage({ locale: "zh-CN" });
  await page.goto("/signup?next=%2Fme");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await page.locator("#display_name").fill("会员");
  await page.locator("#email").fill(`zh-${Date.now()}@example.cn`);
  await page.locator("#password").fill("member-pass-2026");
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(/\/me$/);
  await page.getByRole("heading", { name: "地址簿" }).waitFor();
  await page.getByRole("heading", { name: "修改密码" }).waitFor();
  await page.getByRole("button", { name: "在所有设备上退出" }).waitFor();
});
