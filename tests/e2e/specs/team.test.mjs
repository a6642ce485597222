// An exhibitor's team (issue 33, first part): each staff member's role decides what the portal
// shows and what the backend allows. Booth staff work the pickup desk and their own tickets; they
// see no revenue figures, no orders list and no export, and the backend refuses them anyway.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api } from "./helpers.mjs";

after(close);

const PASSWORD = "exhibit-expo-2026";
const sections = (page) => page.getByRole("navigation", { name: "Portal sections" }).getByRole("link").allTextContents();

test("booth staff open on the pickup desk and see only what their role may do; the backend agrees", async () => {
  const page = await newPage({ locale: "en-US" });
  await signIn(page, { email: "tea-booth@demo.expocx.test", password: PASSWORD }, "/exhibitor/pickup");
  await page.getByRole("navigation", { name: "Portal sections" }).waitFor();
  assert.deepEqual(await sections(page), ["Pickup", "Service"]);
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
    assert.deepEqual(await sections(page), ["Overview", "Orders", "Pickup", "Service", "Returns", "Products", "Time slots"], role);
    const me = (await api("/auth/me", { token: await page.evaluate(() => localStorage.getItem("expocx.session.token")) })).json;
    assert.equal(me.staff_role, role);
    assert.equal(me.capabilities.includes("team"), role === "owner");
  }
});
