// A booth calls off its part of a paid order in Chromium against the reference backend: only
// with a reason; the visitor's order page then says why and what was refunded, in their language.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, staff, api } from "./helpers.mjs";

after(close);

const TEA = { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" };

test("staff cancel their part with a reason; the visitor sees why and the refund", async () => {
  const { exhibitor } = await staff("tea");
  const visitor = await account("cancel");
  const placed = await order(visitor, await pickupItem({ exhibitor }), 1, true);
  const page = await newPage({ locale: "en-US" });
  await signIn(page, TEA, `/exhibitor/orders/${placed.id}`);
  await page.getByText("Cancel this booth's items…").click();
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await page.getByText("Tell the customer why.").waitFor();
  assert.equal((await api(`/orders/${placed.id}`, { token: visitor.token })).json.status, "paid", "nothing sent without a reason");
  await page.getByLabel("Reason (the customer sees it)").fill("Sold out at the booth");
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await page.getByText(/Cancelled by this booth: Sold out at the booth\. Refunded/).waitFor();
  await expectAccessible(page, "a cancelled part (en)");

  const mine = (await api(`/orders/${placed.id}`, { token: visitor.token })).json;
  assert.equal(mine.status, "cancelled");
  assert.equal(mine.payment, "refunded");
  const theirs = await newPage({ locale: "zh-CN" });
  await signIn(theirs, visitor, `/orders/${placed.id}`);
  await theirs.getByText(/展位已取消这部分商品：Sold out at the booth。已退款/).waitFor();
  assert.equal(await theirs.locator(".pickup-code").count(), 0, "no pickup code for cancelled items");
  await expectAccessible(theirs, "the visitor's cancelled order (zh-Hans)");
  assert.deepEqual([...page.errors, ...theirs.errors], []);
});
