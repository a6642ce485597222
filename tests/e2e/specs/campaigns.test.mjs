// Campaigns (issue 26): the booth's owner builds an abandoned-cart audience and sees the live
// count with its consent breakdown, offers 5 % for 10 days and sends it; the visitor who allowed
// WeChat offers finds it in the inbox and the wallet (why they got it, how to stop), pays with
// it; the one without that consent gets nothing and the campaign says why; the "stop these"
// link works signed out and withdraws the consent with a receipt; the campaign page shows
// sent, holdout, redemptions, revenue and lift. On a phone in 繁體中文, an empty audience sends
// no request and a refused draft keeps what was typed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api, account, pickupItem, staff, appReady, DEMO_EXHIBITOR } from "./helpers.mjs";

after(close);

/** A member with the tea booth's product in their cart; with or without WeChat offers. */
async function shopper(tag, wechat, item) {
  const v = await account(tag);
  const policy = (await api("/consent/policy")).json;
  const decided = await api("/consent", {
    method: "PUT", token: v.token,
    body: { policy_version: policy.version, channel: "privacy_center", decisions: [{ purpose: "marketing_wechat", granted: wechat }] },
  });
  assert.equal(decided.status, 200);
  if (wechat) {
    const prefs = (await api("/me/notification-preferences", { token: v.token })).json;
    for (const k of prefs.kinds) if (k.kind === "offers") k.channels = ["in_app", "wechat"];
    const saved = await api("/me/notification-preferences", { method: "PUT", token: v.token, body: prefs });
    assert.equal(saved.status, 200);
  }
  const cart = await api("/cart", { method: "PUT", token: v.token,
    body: { lines: [{ product_id: item.product.id, option_id: item.option, quantity: 1 }] } });
  assert.equal(cart.status, 200);
  return v;
}

/** Signs in on a device that accepts every purpose (rejecting would carry "no marketing" into
 *  the account at sign-in, as the device's latest choice). */
async function signInAccepting(page, { email, password }, next) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: /Accept all|全部接受/ }).click();
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((u) => u.pathname + u.search === next);
}

test("an abandoned-cart offer reaches who allowed it, is paid with, measured and stopped", async () => {
  const tea = await staff("tea");
  const item = await pickupItem({ exhibitor: tea.exhibitor });
  const yes = await shopper("camp-yes", true, item);
  const no = await shopper("camp-no", false, item);
  const expected = (await api("/exhibitor/campaigns/audience", { method: "POST", token: tea.token, body: { cart_unpaid_hours: 0 } })).json;

  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  await signIn(page, DEMO_EXHIBITOR, "/exhibitor/campaigns");
  await page.getByRole("heading", { level: 1, name: "Campaigns" }).waitFor();
  await page.getByRole("link", { name: "New campaign" }).click();
  await page.waitForURL((u) => u.pathname === "/exhibitor/campaigns/new");
  const count = page.locator("#audience-count");
  await count.getByText("Choose at least one condition.").waitFor();
  await page.getByLabel("Campaign name").fill("Your tea is waiting");
  const channels = page.getByRole("group", { name: "Channels" });
  await channels.getByLabel("In-app inbox").check();
  await channels.getByLabel("WeChat").check();
  await page.getByLabel("Cart left unpaid for at least (hours)").fill("0");
  const wechat = expected.channels.find((c) => c.channel === "wechat").members;
  const line = `${expected.matched.toLocaleString("en")} match · `;
  await page.waitForFunction(([want, w]) => {
    const t = document.querySelector("#audience-count")?.textContent ?? "";
    return t.includes(want) && t.includes(`${w} allow WeChat messages`) && t.includes("excluded by caps or strong intent");
  }, [line, wechat.toLocaleString("en")]);
  assert.ok(expected.matched >= 2 && wechat >= 1 && expected.no_consent >= 1, JSON.stringify(expected));
  await page.getByRole("textbox", { name: "English" }).fill("Your tea is still in your cart.");
  await page.getByLabel("Include a coupon").check();
  await page.getByLabel("Percent off (%)").fill("5");
  await page.getByLabel("Valid for (days)").fill("10");
  await page.getByLabel("Held out to measure (%)").fill("0");
  await page.getByLabel("Discount budget (¥)").fill("1000");
  await expectAccessible(page, "campaign editor");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL((u) => /^\/exhibitor\/campaigns\/\d+$/.test(u.pathname));
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await page.getByRole("button", { name: "Send now" }).click();
  await page.locator(".campaign-status").getByText("Done").waitFor({ timeout: 30000 });
  await page.getByText("No consent for the channel").waitFor();
  await expectAccessible(page, "campaign page");

  // The member who allowed WeChat offers: in the inbox with why and how to stop, and the wallet.
  const phone = await newPage({ locale: "zh-CN" });
  await signInAccepting(phone, yes, "/me/notifications");
  await phone.getByText("你的购物车里还有").first().waitFor();
  const stop = await phone.getByRole("link", { name: "不再接收此类优惠" }).first().getAttribute("href");
  assert.match(stop, /^\/stop\/[0-9a-f]{32}$/);
  await phone.goto("/me/coupons");
  await phone.getByText("5% 优惠").first().waitFor();
  await phone.getByText("你的购物车里还有").first().waitFor();
  await expectAccessible(phone, "wallet with a campaign coupon");
  await phone.getByRole("button", { name: "在购物车中使用" }).first().click();
  await phone.waitForURL((u) => u.pathname === "/cart");
  // Paid with it (the checkout itself is the shopping spec's).
  const code = (await api("/me/coupons", { token: yes.token })).json.find((c) => c.why).code;
  const cart = { lines: [{ product_id: item.product.id, option_id: item.option, quantity: 1 }], coupon: code };
  const quote = (await api("/cart/quote", { method: "POST", token: yes.token, body: cart })).json;
  assert.equal(quote.coupon.status, "applied", JSON.stringify(quote.coupon));
  const placed = await api("/orders", { method: "POST", token: yes.token, headers: { "idempotency-key": `camp-${Date.now()}` },
    body: { cart, fulfilment: [{ method: "pickup", exhibitor_id: item.product.exhibitor_id, slot_id: item.slot.id }], expected_total_minor: quote.total.amount_minor } });
  assert.equal(placed.status, 201);
  const pay = await api(`/orders/${placed.json.id}/payments`, { method: "POST", token: yes.token, body: { provider: "test" } });
  assert.equal((await api(`/payments/test/${pay.json.payment_id}`, { method: "POST", token: yes.token, body: { succeed: true } })).status, 204);

  // The member without that consent got nothing.
  const theirs = (await api("/me/notifications", { token: no.token })).json;
  assert.ok(theirs.items.every((n) => !n.why), "no offer without consent");
  assert.ok((await api("/me/coupons", { token: no.token })).json.every((c) => !c.why));

  // The stop link, signed out: it names the booth, withdraws WeChat offers, with a receipt.
  const anon = await newPage({ locale: "en-US" });
  await anon.goto(stop);
  await anon.getByRole("heading", { level: 1, name: "Stop these offers" }).waitFor();
  await anon.getByText("This offer came from Jade Peak").waitFor();
  await anon.getByText(/Offers will stop by: .*WeChat/).waitFor();
  await expectAccessible(anon, "stop link");
  await anon.getByRole("button", { name: "Stop these offers" }).click();
  await anon.getByText(/^Stopped\. Receipt CR-/).waitFor();
  const state = (await api("/consent", { token: yes.token })).json;
  assert.equal(state.decisions.find((d) => d.purpose === "marketing_wechat").granted, false);

  // The campaign page: sent, holdout, redemptions, revenue and lift.
  await page.goto(`/exhibitor/campaigns/${id}`);
  await page.getByRole("heading", { name: "Results" }).waitFor();
  const groups = page.getByRole("table", { name: "Sent against holdout" });
  await groups.getByRole("columnheader", { name: "Holdout" }).waitFor();
  await groups.getByRole("rowheader", { name: "Revenue per member" }).waitFor();
  await page.getByText("Incremental revenue").waitFor();
  await page.getByText(/95 % interval/).first().waitFor();
  const results = (await api(`/exhibitor/campaigns/${id}`, { token: tea.token })).json.results;
  assert.equal(results.redemptions, 1);
  assert.ok(results.sent.converted >= 1 && results.sent.revenue.amount_minor > 0);
  await page.getByText("Redemptions").waitFor();
  await page.getByText("Revenue per member by day").first().waitFor();
});

test("on a phone in 繁體中文: no condition sends no count, a refused draft keeps what was typed", async () => {
  const page = await newPage({ locale: "zh-TW" });
  const counts = [];
  page.on("request", (r) => { if (r.url().includes("/campaigns/audience")) counts.push(r.url()); });
  await signIn(page, DEMO_EXHIBITOR, "/exhibitor/campaigns/new");
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.locator("#audience-count").getByText("至少").waitFor();
  await page.getByLabel("活動名稱").fill("週末茶會");
  await page.getByRole("button", { name: "儲存草稿" }).click();
  await page.getByText("有些內容需要修改").waitFor();
  assert.equal(await page.getByLabel("活動名稱").inputValue(), "週末茶會");
  assert.equal(counts.length, 0, "no count without a condition");
  await expectAccessible(page, "editor with errors on a phone");
  const list = (await api("/exhibitor/campaigns?limit=100", { token: (await staff("tea")).token })).json;
  assert.ok(list.items.every((c) => c.name !== "週末茶會"), "nothing stored");
});
