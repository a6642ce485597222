// An exhibitor's team (issue 33, first part): each staff member's role decides what the portal
// shows and what the backend allows. Booth staff work the pickup desk, leads and their own tickets; they
// see no revenue figures, no orders list and no export, and the backend refuses them anyway.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api, appReady, account, pickupItem, order, staff } from "./helpers.mjs";

after(close);

const PASSWORD = "exhibit-expo-2026";
const MANAGER_SECTIONS = ["Overview", "Orders", "Pickup", "Leads", "Customers", "Campaigns", "Service", "Returns", "Quotes", "Products", "Time slots", "Activity"];
const sections = (page, name = "Portal sections") => page.getByRole("navigation", { name }).getByRole("link").allTextContents();

test("booth staff open on the pickup desk and see only what their role may do; the backend agrees", async () => {
  const page = await newPage({ locale: "en-US" });
  await signIn(page, { email: "tea-booth@demo.expocx.test", password: PASSWORD }, "/exhibitor/pickup");
  await page.getByRole("navigation", { name: "Portal sections" }).waitFor();
  assert.deepEqual(await sections(page), ["Pickup", "Leads", "Service"]);
  await expectAccessible(page, "pickup desk as booth staff");
  // The portal's home is the figures: booth staff are taken to the desk instead.
  await page.goto("/exhibitor");
  await page.waitForURL((u) => u.pathname === "/exhibitor/pickup");
  // Typed in by hand, the orders list is refused by the backend, and says so.
  await page.goto("/exhibitor/orders");
  await page.getByText(/not allowed|permission/i).first().waitFor();
  const token = await page.evaluate(() => localStorage.getItem("expocx.session.token"));
  for (const path of ["/exhibitor/dashboard", "/exhibitor/orders", "/exhibitor/orders/export", "/exhibitor/products"]) {
    const r = await api(path, { token });
    assert.equal(r.status, 403, path);
    assert.equal(r.json.code, "forbidden", path);
  }
  assert.deepEqual(page.errors, []);
});

test("a manager has the whole portal but the team; the owner has everything", async () => {
  for (const [email, role] of [["tea-manager@demo.expocx.test", "manager"], ["tea@demo.expocx.test", "owner"]]) {
    const page = await newPage({ locale: "en-US" });
    await signIn(page, { email, password: PASSWORD }, "/exhibitor/orders");
    await page.getByRole("navigation", { name: "Portal sections" }).waitFor();
    assert.deepEqual(await sections(page), role === "owner" ? [...MANAGER_SECTIONS, "Team"] : MANAGER_SECTIONS, role);
    const me = (await api("/auth/me", { token: await page.evaluate(() => localStorage.getItem("expocx.session.token")) })).json;
    assert.equal(me.staff_role, role);
    assert.equal(me.capabilities.includes("team"), role === "owner");
  }
});

test("the owner invites a colleague by QR code; they join on a phone, work the pickup desk, and are out once removed", async () => {
  const owner = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(owner, { email: "tea@demo.expocx.test", password: PASSWORD }, "/exhibitor/team");
  await owner.getByRole("heading", { level: 2, name: "Members" }).waitFor();
  await owner.locator(".team-row").getByText("tea-manager@demo.expocx.test").waitFor();
  await expectAccessible(owner, "team page");
  // Booth staff is the default role; its hint says what it may not do.
  await owner.getByText("no revenue, no exports").waitFor();
  await owner.getByRole("button", { name: "Show invite QR code" }).click();
  await owner.getByRole("img", { name: "QR code to join the team" }).waitFor();
  const link = await owner.locator(".invite-link").textContent();
  assert.match(link, /^http:\/\/.+\/join\/[0-9a-f]{32,}$/, link);
  assert.equal(await owner.locator(".invite-link").getAttribute("href"), link);
  await expectAccessible(owner, "invite QR code");
  await owner.getByRole("button", { name: "Done" }).click();
  await owner.locator(".team-row").getByText("QR code invite").waitFor();

  // The colleague scans it with their phone: no account yet, so they create one and come back.
  const phone = await newPage({ locale: "zh-CN" });
  await phone.goto(new URL(link).pathname);
  await appReady(phone);
  await phone.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await phone.getByText(/邀请你以展位工作人员身份加入团队/).waitFor();
  await expectAccessible(phone, "invite page (zh-Hans)");
  await phone.getByRole("link", { name: "注册新账号" }).click();
  await phone.locator("#display_name").fill("临时店员");
  const email = `booth-${Date.now()}@example.cn`;
  await phone.locator("#email").fill(email);
  await phone.locator("#password").fill("booth-pass-2026");
  await phone.locator("form button[type=submit]").click();
  await phone.waitForURL((u) => u.pathname.startsWith("/join/"));
  await phone.getByRole("button", { name: "接受并加入" }).click();
  // Booth staff open on the pickup desk and see only what their role may do.
  await phone.waitForURL((u) => u.pathname === "/exhibitor/pickup");
  await phone.getByRole("navigation", { name: "展商后台导航" }).getByRole("link").first().waitFor();
  assert.deepEqual(await sections(phone, "展商后台导航"), ["扫码自提", "线索", "售后工单"]);

  // A visitor's paid pickup order at the tea booth: the new colleague hands it over.
  const visitor = await account("team-pickup");
  const { exhibitor } = await staff("tea");
  const placed = await order(visitor, await pickupItem({ exhibitor }), 1, true);
  const seen = (await api(`/orders/${placed.id}`, { token: visitor.token })).json;
  await phone.locator("#pickup-code").fill(seen.parts[0].pickup_code.split(":").pop().toUpperCase());
  await phone.getByRole("button", { name: "查找订单" }).click();
  await phone.getByRole("heading", { name: new RegExp(seen.number) }).waitFor();
  await phone.getByRole("button", { name: "完成交付" }).click();
  await phone.getByText(/由 临时店员 交付/).waitFor();
  // No revenue and no export, whatever the client asks.
  const token = await phone.evaluate(() => localStorage.getItem("expocx.session.token"));
  assert.equal((await api("/exhibitor/dashboard", { token })).status, 403);
  assert.equal((await api("/exhibitor/orders/export", { token })).status, 403);

  // The owner removes them; their next request is refused and the phone asks to sign in.
  await owner.reload();
  const row = owner.locator(".team-row", { hasText: email });
  await row.getByRole("combobox").waitFor();
  assert.equal(await row.getByRole("combobox").inputValue(), "booth");
  await row.getByRole("button", { name: "Remove" }).click();
  await row.getByText("They are signed out at once").waitFor();
  await row.locator(".confirm").getByRole("button", { name: "Remove" }).click();
  await owner.getByText("临时店员 is no longer on the team.").waitFor();
  assert.equal((await api("/auth/me", { token })).status, 401);
  await phone.getByRole("navigation", { name: "展商后台导航" }).getByRole("link", { name: "售后工单" }).click();
  await phone.waitForURL((u) => u.pathname === "/signin");
  // The activity page says who joined and who removed them.
  await owner.goto("/exhibitor/audit");
  await owner.getByText("临时店员 joined as Booth staff").waitFor();
  await owner.getByText("Removed 临时店员 (Booth staff) from the team").waitFor();
  await expectAccessible(owner, "activity page");
  assert.deepEqual(owner.errors, []);
  assert.deepEqual(phone.errors, []);
});
