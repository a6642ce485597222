// The member's orders and membership, on a phone, against the reference backend: points and
// tier after a paid order, the history's status tabs, the order's timeline, cancelling an
// unconfirmed order (refund, stock and points back) and buying the same again.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, api, appReady } from "./helpers.mjs";

after(close);

test("points after a paid order, the history's tabs, cancel with refund, buy again", async () => {
  const who = await account("orders");
  const item = await pickupItem();
  const paid = await order(who, item, 2, true);
  const unpaid = await order(who, item, 1, false);
  const stockAfter = (await api(`/products/${item.product.id}`)).json.stock;

  const page = await newPage({ locale: "en-US" });
  await signIn(page, who, "/me");
  await page.getByRole("link", { name: "Tier and points" }).click();
  await page.getByRole("heading", { level: 1, name: "Membership and points" }).waitFor();
  const points = Math.floor(paid.total.amount_minor / 100);
  // The tier follows the year's paid spend (Silver from ¥1,000, Gold from ¥5,000).
  const spend = paid.total.amount_minor;
  const tier = spend >= 500000 ? "Gold" : spend >= 100000 ? "Silver" : "Member";
  await page.locator(".tier").getByText(tier, { exact: true }).waitFor();
  assert.equal(await page.locator("dd.points").textContent(), String(points));
  await page.getByText(`Earned with order ${paid.number}`).waitFor();
  assert.equal(await page.locator(".ledger .points").first().textContent(), `+${points}`);
  await page.getByText("1.25 points per yuan spent").waitFor();
  // Points of an order the exhibitor has not confirmed cannot be spent yet.
  assert.equal(await page.getByRole("button", { name: "Get a ¥5 coupon for 500 points" }).isDisabled(), true);
  await page.getByText(/You need 500 spendable points/).waitFor();
  await expectAccessible(page, "membership");

  // The history: everything, then only what waits for payment (kept in the URL).
  await page.goto("/me/orders");
  await page.locator(".order-list li").nth(1).waitFor();
  await page.getByRole("link", { name: "To pay" }).click();
  await page.waitForURL(/status=to_pay/);
  await page.waitForFunction(() => document.querySelectorAll(".order-list li").length === 1);
  await page.getByRole("link", { name: unpaid.number }).waitFor();
  await page.getByRole("link", { name: "Completed" }).click();
  await page.getByText("No orders here.").waitFor();
  await expectAccessible(page, "order history");
  await page.goBack();
  await page.getByRole("link", { name: unpaid.number }).waitFor();

  // The paid order: its timeline, then cancelled after a second thought.
  await page.goto(`/orders/${paid.id}`);
  const progress = page.getByRole("region", { name: "Order progress" });
  await progress.getByText("Still to come").first().waitFor();
  assert.match(await progress.innerText(), /Awaiting payment[\s\S]*Paid[\s\S]*Ready for pickup[\s\S]*Still to come/);
  await page.getByRole("button", { name: "Cancel order" }).click();
  await page.getByRole("button", { name: "Keep the order" }).click();
  await page.getByRole("button", { name: "Cancel order" }).click();
  await expectAccessible(page, "cancel confirmation");
  await page.getByRole("button", { name: "Yes, cancel it" }).click();
  await page.getByText("Order cancelled; your payment has been refunded.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Cancel order" }).count(), 0);
  assert.equal(await page.getByRole("img", { name: /^Pickup code/ }).count(), 0, "no pickup code any more");
  assert.equal((await api(`/products/${item.product.id}`)).json.stock, stockAfter + 2, "stock is back");
  const m = (await api("/me/membership", { token: who.token })).json;
  assert.equal(m.points, 0, "the order's points are taken back");

  // Buy again: the lines go back into the cart.
  await page.getByRole("button", { name: "Buy again" }).click();
  await page.waitForURL((u) => u.pathname === "/cart");
  await page.locator(".cart-line").first().waitFor();
  await page.waitForFunction(() => document.querySelector(".bottom-nav .count-badge")?.textContent === "2");
  assert.deepEqual(page.errors, []);
});

test("membership and the history speak Chinese, and are empty before the first order", async () => {
  const who = await account("zh-orders");
  const page = await newPage({ locale: "zh-CN" });
  await signIn(page, who, "/me/membership");
  await page.getByRole("heading", { level: 1, name: "会员与积分" }).waitFor();
  await page.locator(".tier").getByText("普通会员").waitFor();
  await page.getByText("还没有积分。订单付款后即可获得。").waitFor();
  await page.getByText(/再消费 .* 即可升级为银卡会员/).waitFor();
  await page.goto("/me/orders?status=to_pay");
  await page.getByRole("link", { name: "待付款" }).and(page.locator("[aria-current=page]")).waitFor();
  await page.getByText("这里还没有订单。").waitFor();
  await expectAccessible(page, "empty order history (zh)");
});

test("a paid order earns a coupon for what was bought, used from the wallet in the cart", async () => {
  const who = await account("coupons");
  const policy = (await api("/consent/policy")).json;
  await api("/consent", { method: "PUT", token: who.token, body: { policy_version: policy.version, channel: "privacy_center",
    decisions: [{ purpose: "marketing_email", granted: true }] } });
  const item = await pickupItem({ cheapest: true });
  const paid = await order(who, item, 1, true);
  assert.ok(paid.total.amount_minor < 50000, "a small order: the coupon is valid at once");
  const page = await newPage({ locale: "en-US" });
  await signIn(page, who, "/me");
  await page.getByRole("link", { name: "My coupons" }).click();
  await page.getByRole("heading", { level: 1, name: "My coupons" }).waitFor();
  await page.getByText("Ready to use").waitFor();
  await page.getByText(/^5% off /).waitFor();
  await expectAccessible(page, "coupon wallet");
  await page.getByRole("button", { name: "Use in the cart" }).click();
  await page.waitForURL((u) => u.pathname === "/cart");
  // The cart is empty, so the coupon waits for an item of its category.
  await page.goto(`/products/${item.product.id}`);
  // The server paints the product before the app runs: its button works once the app has it.
  await appReady(page);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await page.getByText("Added to your cart.").waitFor();
  await page.goto("/cart");
  await page.locator(".cart-line").first().waitFor();
  await page.getByText(/^Applied: 5% off /).waitFor();
  await page.getByText("Discount", { exact: true }).waitFor();
  assert.deepEqual(page.errors, []);
});
