// Sign-in with WeChat inside WeChat's browser (its user agent), against the reference backend and
// a local stand-in playing WeChat (tests/e2e/wechat-stand-in.mjs): the visitor chooses, WeChat
// sends them back, the backend exchanges the code and they land where they were going.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady, api } from "./helpers.mjs";
import { inWechat, IOS_UA, ANDROID_UA } from "./wechat-sdk.mjs";

after(close);


test("inside WeChat a visitor signs in with WeChat and comes back to where they were going", async () => {
  const page = await inWechat(IOS_UA);
  await page.goto("/signin?next=%2Fme%2Fmembership");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await page.getByRole("button", { name: "微信一键登录" }).waitFor();
  await expectAccessible(page, "sign-in inside WeChat");
  await page.getByRole("button", { name: "微信登录并使用我的微信昵称" }).click();
  await page.waitForURL((u) => u.pathname === "/me/membership");
  await page.getByRole("heading", { level: 1, name: "会员与积分" }).waitFor();
  // Back does not return to WeChat's authorization or the return page (both were replaced).
  await page.goBack();
  await page.waitForLoadState("networkidle");
  assert.ok(!/\/auth\/wechat|\/connect\/oauth2/.test(page.url()), page.url());
  await page.goForward();
  await page.goto("/me");
  await page.getByText("微信小明").first().waitFor();
  assert.deepEqual(page.errors, []);
});

test("a WeChat code that does not check out signs no one in and offers the way back", async () => {
  const page = await inWechat(IOS_UA, { locale: "en-US" });
  await page.goto("/auth/wechat?code=forged&state=0000");
  await appReady(page);
  await page.getByText("The WeChat sign-in did not complete (it may have expired). Please try again.").waitFor();
  await page.getByRole("link", { name: "Back to sign in" }).waitFor();
});

test("outside WeChat there is no WeChat button", async () => {
  const page = await newPage({ locale: "en-US" });
  await page.goto("/signin");
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Sign in with WeChat" }).count(), 0);
});

/** WeChat's payment sheet, played in the page: the payer confirms, the WeChat Pay stand-in is
 * told (it then sends the backend its signed notification), and WeChat answers "ok" — which the
 * app must not believe by itself. `forge` makes the stand-in send a forged notification instead. */
async function payInWechat(page, { forge = false } = {}) {
  const sent = [];
  await page.exposeFunction("__wxPaySheet", async (params) => {
    sent.push(params);
    const r = await fetch(`${process.env.WECHAT_PAY_STAND_IN}/e2e/${forge ? "forge" : "pay"}`, { method: "POST", body: JSON.stringify(params) });
    return (await r.json()).status;
  });
  await page.addInitScript(() => {
    window.WeixinJSBridge = {
      invoke(name, params, done) {
        if (name === "getBrandWCPayRequest") window.__wxPaySheet(params).then(() => done({ err_msg: "get_brand_wcpay_request:ok" }));
      },
    };
  });
  return sent;
}

/** Signed in with WeChat, one item in the cart, at checkout with a pickup slot: the order page. */
async function orderInWechat(page) {
  let item;
  await page.goto("/signin?next=%2F");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await page.getByRole("button", { name: "微信一键登录" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  // A product without options (tea and ceramics have them), in stock.
  const cats = (await api("/categories")).json.filter((c) => c.slug === "tea" || c.slug === "ceramics").map((c) => c.id);
  item = (await api("/products?limit=100")).json.items.find((p) => p.stock >= 20 && !cats.includes(p.category_id));
  await page.goto(`/products/${item.id}`);
  await page.getByRole("button", { name: "加入购物车" }).click();
  await page.getByText("已加入购物车。").waitFor();
  await page.goto("/checkout");
  const slot = page.locator("fieldset.fulfilment .slot:not(.full) input").nth(1);
  await slot.check();
  await page.getByRole("button", { name: "提交订单" }).click();
  await page.waitForURL(/\/orders\/\d+$/);
  return item;
}

test("inside WeChat a visitor pays with WeChat Pay, and only WeChat Pay's signed word makes it paid", async () => {
  const page = await inWechat(ANDROID_UA);
  const sheet = await payInWechat(page);
  const item = await orderInWechat(page);
  await page.getByRole("button", { name: "微信支付" }).click();
  await page.getByRole("heading", { level: 1, name: "支付成功，谢谢！" }).waitFor({ timeout: 20000 });
  assert.equal(sheet.length, 1, "one payment sheet");
  assert.equal(sheet[0].signType, "RSA");
  assert.match(sheet[0].package, /^prepay_id=/);
  await page.getByRole("img", { name: /^展位 .* 的自提码$/ }).first().waitFor();
  // Back from the paid order leads to where the visitor was before checking out (the order took
  // the checkout's place) and starts no other payment.
  await page.goBack();
  await page.waitForLoadState("networkidle");
  assert.equal(new URL(page.url()).pathname, `/products/${item.id}`);
  assert.equal(sheet.length, 1);
  assert.deepEqual(page.errors, []);
});

test("a forged WeChat Pay notification leaves the order unpaid", async () => {
  const page = await inWechat(ANDROID_UA);
  const sheet = await payInWechat(page, { forge: true });
  await orderInWechat(page);
  await page.getByRole("button", { name: "微信支付" }).click();
  await page.getByRole("status").filter({ hasText: "正在向微信支付确认付款结果" }).waitFor();
  await page.waitForTimeout(3000);
  await page.reload();
  await page.getByRole("button", { name: "微信支付" }).waitFor();
  assert.equal(await page.getByRole("heading", { level: 1, name: "支付成功，谢谢！" }).count(), 0);
  assert.equal(sheet.length, 1);
});
