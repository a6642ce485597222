// Inside the organizer's Mini Program (its <web-view>, a Mini Program user agent and a recording
// stub of WeChat's SDK), against the reference backend and stand-ins for WeChat's jscode2session
// and WeChat Pay: the host's ticket signs in once and leaves the address bar, every public page
// tells the host what to share, payment goes through the host's pay page, and one person is one
// member through the official account and the Mini Program.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { close, appReady, api, expectAccessible, BASE } from "./helpers.mjs";
import { inMiniProgram, inWechat, IOS_UA } from "./wechat-sdk.mjs";

after(close);

/** The host Mini Program's sign-in (wx.login's code `mp-<who>`): the ticket for its web-view. */
async function hostTicket(who) {
  const r = await api("/auth/wechat/mini", { method: "POST", body: { code: `mp-${who}` } });
  assert.equal(r.status, 201);
  assert.equal(r.json.expires_in, 60);
  return r.json.ticket;
}

/** Opens the web-view as the host does, with a fresh ticket; the account the page signed in. */
async function openSignedIn(page, who, next) {
  const ticket = await hostTicket(who);
  await page.goto(`/auth/mini?ticket=${ticket}&next=${encodeURIComponent(next)}`);
  await page.waitForURL((u) => u.pathname + u.search === next);
  await appReady(page);
  return { ticket, user: await page.evaluate(() => JSON.parse(localStorage.getItem("expocx.session.user"))) };
}

test("the host's ticket signs the visitor in once and never stays in the address bar", async () => {
  const page = await inMiniProgram();
  const seen = [];
  page.on("request", (r) => seen.push(r.url()));
  const { ticket, user } = await openSignedIn(page, "ana", "/me");
  assert.ok(user?.id, "signed in");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  assert.ok(!page.url().includes(ticket));
  // Only the page's own address carried it; nothing the page asked for afterwards did.
  assert.deepEqual(seen.filter((u) => u.includes(ticket)), [`${BASE}/auth/mini?ticket=${ticket}&next=%2Fme`]);
  // Back does not return to the sign-in page (it was replaced on the way in).
  await page.goBack();
  assert.ok(!page.url().includes("/auth/mini"), page.url());

  // The same link again (shared, or replayed): refused, said in the visitor's language, and the
  // visitor can keep browsing or sign in.
  const other = await inMiniProgram({ locale: "en-US" });
  await other.goto(`/auth/mini?ticket=${ticket}&next=%2Fproducts`);
  await appReady(other);
  await other.getByRole("alert").filter({ hasText: "The Mini Program's sign-in has expired" }).waitFor();
  assert.ok(!other.url().includes(ticket));
  await expectAccessible(other, "a used Mini Program ticket");
  await other.getByRole("link", { name: "Keep browsing" }).click();
  await other.waitForURL((u) => u.pathname === "/products");
  assert.equal(await other.evaluate(() => localStorage.getItem("expocx.session.token")), null);
  // Inside the Mini Program the host signs in: WeChat's own sign-in buttons are not offered.
  await other.goto("/signin");
  await appReady(other);
  await other.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  assert.equal(await other.getByRole("button", { name: "Sign in with WeChat" }).count(), 0);
  assert.deepEqual([...page.outside, ...other.outside], []);
  assert.deepEqual([...page.errors, ...other.errors], []);
});

test("a product page and an exhibitor page tell the host what to share", async () => {
  const page = await inMiniProgram({ locale: "en-US" });
  const product = (await api("/products/1")).json;
  await page.goto("/products/1");
  await appReady(page);
  const share = () => page.evaluate(() => window.__wx.posts.map((p) => p.share).filter(Boolean).at(-1));
  await page.waitForFunction((name) => window.__wx.posts.some((p) => p.share?.title.includes(name)), product.name.en);
  let s = await share();
  assert.equal(s.path, "/products/1");
  assert.ok(s.imageUrl.startsWith(`${BASE}/`), s.imageUrl);
  const ex = (await api(`/exhibitors/${product.exhibitor_id}`)).json;
  await page.goto(`/exhibitors/${ex.id}`);
  await page.waitForFunction((name) => window.__wx.posts.some((p) => p.share?.title.includes(name)), ex.name.en);
  s = await share();
  assert.equal(s.path, `/exhibitors/${ex.id}`);
  // A signed-in page shares the home page, never the visitor's own.
  await openSignedIn(page, "bo", "/me/orders");
  await page.waitForFunction(() => window.__wx.posts.at(-1)?.share?.path === "/");
  assert.ok(!JSON.stringify(await page.evaluate(() => window.__wx.posts)).includes("ticket"));
  assert.deepEqual(page.outside, []);
  assert.deepEqual(page.errors, []);
});

test("a link to another site does not fail inside the Mini Program: it is offered to copy", async () => {
  const page = await inMiniProgram({ locale: "en-US" });
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => {
    const a = Object.assign(document.createElement("a"), { href: "https://other.example/booth", textContent: "Other site" });
    document.querySelector("main").append(a);
  });
  await page.getByRole("link", { name: "Other site" }).click();
  await page.getByRole("alert").filter({ hasText: "https://other.example/booth" }).waitFor();
  assert.equal(new URL(page.url()).origin, BASE);
});

test("checkout hands payment to the host's pay page; the order is paid by WeChat Pay's word", async () => {
  const page = await inMiniProgram();
  await openSignedIn(page, "cy", "/");
  const cats = (await api("/categories")).json.filter((c) => c.slug === "tea" || c.slug === "ceramics").map((c) => c.id);
  const item = (await api("/products?limit=100")).json.items.find((p) => p.stock >= 20 && !cats.includes(p.category_id));
  await page.goto(`/products/${item.id}`);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await page.getByRole("button", { name: "加入购物车" }).click();
  await page.getByText("已加入购物车。").waitFor();
  await page.goto("/checkout");
  await page.locator("fieldset.fulfilment .slot:not(.full) input").nth(1).check();
  await page.getByRole("button", { name: "提交订单" }).click();
  await page.waitForURL(/\/orders\/\d+$/);
  const orderId = page.url().match(/\/orders\/(\d+)$/)[1];
  await page.getByRole("button", { name: "微信支付" }).click();
  await page.getByRole("status").filter({ hasText: "正在向微信支付确认付款结果" }).waitFor();
  const [to] = await page.evaluate(() => window.__wx.navigations);
  const u = new URL(to, "https://host.invalid");
  assert.equal(u.pathname, "/pages/pay/pay");
  assert.equal(u.searchParams.get("order"), orderId);
  assert.match(u.searchParams.get("package"), /^prepay_id=/);
  assert.equal(u.searchParams.get("signType"), "RSA");
  assert.ok(/^[\x21-\x7e]+$/.test(to), "ASCII only");
  // The host's pay page: wx.requestPayment succeeds, WeChat Pay notifies the backend (signed).
  const r = await fetch(`${process.env.WECHAT_PAY_STAND_IN}/e2e/pay`, { method: "POST", body: JSON.stringify({ package: u.searchParams.get("package") }) });
  assert.ok([200, 204].includes((await r.json()).status), "the backend took the notification");
  await page.getByRole("heading", { level: 1, name: "支付成功，谢谢！" }).waitFor({ timeout: 20000 });
  // The page goes on asking no more, and nothing breaks as the paid order replaces the payment.
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.__wx.navigations.length), 1, "paid once");
  assert.deepEqual(page.errors, []);
});

test("the same WeChat user through the official account and the Mini Program is one member", async () => {
  const oa = await inWechat(IOS_UA);
  await oa.context().addCookies([{ name: "e2e_person", value: "dee", url: BASE }]);
  await oa.goto("/signin?next=%2Fme");
  await appReady(oa);
  await oa.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await oa.getByRole("button", { name: "微信一键登录" }).click();
  await oa.waitForURL((u) => u.pathname === "/me");
  const byOfficial = await oa.evaluate(() => JSON.parse(localStorage.getItem("expocx.session.user")));
  const mini = await inMiniProgram();
  const { user: byMini } = await openSignedIn(mini, "dee", "/me");
  assert.equal(byMini.id, byOfficial.id);
  const { user: someoneElse } = await openSignedIn(await inMiniProgram(), "eve", "/me");
  assert.notEqual(someoneElse.id, byOfficial.id);
  assert.deepEqual([...oa.errors, ...mini.errors], []);
});
