// Inside WeChat (its Android and iOS user agents at 375×667): the JS-SDK is configured with a
// signature that checks out against the stand-in's ticket (tests/e2e/wechat-stand-in.mjs), for
// the page on screen on Android and for the entry URL on iOS, and each public page sets its share
// card. WeChat's JS-SDK file is played by a recording stub: nothing is fetched from outside.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { close, appReady, api, BASE } from "./helpers.mjs";
import { inWechat, ANDROID_UA, IOS_UA, TICKET } from "./wechat-sdk.mjs";

after(close);

const signature = ({ c, url }) =>
  createHash("sha1").update(`jsapi_ticket=${TICKET}&noncestr=${c.nonceStr}&timestamp=${c.timestamp}&url=${url}`).digest("hex");

/** The last chat card once its link is `path` (and `title`, when given). */
async function cardFor(page, path, title) {
  const want = new URL(path, BASE).href;
  await page.waitForFunction(([w, t]) => {
    const s = window.__wx && __wx.shares.filter((x) => x.kind === "app").pop();
    return s && s.link === w && (!t || s.title === t);
  }, [want, title ?? null], { timeout: 15000 });
  return page.evaluate(() => __wx.shares.filter((x) => x.kind === "app").pop());
}

const configs = (page) => page.evaluate(() => __wx.configs);

test("Android WeChat: each page is signed as it is shown, and each public page sets its card", async () => {
  const page = await inWechat(ANDROID_UA);
  const product = (await api("/products/2")).json;
  await page.goto("/products/2");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  const card = await cardFor(page, "/products/2", product.name["zh-Hans"]);
  assert.match(card.desc, /¥|CNY/, "the price is on the card");
  assert.ok(card.desc.includes(product.exhibitor_name["zh-Hans"]), card.desc);
  assert.ok(card.imgUrl.startsWith(BASE) || card.imgUrl.startsWith("http"), card.imgUrl);
  let all = await configs(page);
  assert.equal(all.length, 1);
  assert.equal(all[0].c.signature, signature(all[0]), "the signature checks out with WeChat's ticket");
  assert.deepEqual(all[0].c.jsApiList, ["updateAppMessageShareData", "updateTimelineShareData"]);
  const timeline = await page.evaluate(() => __wx.shares.filter((x) => x.kind === "timeline").pop());
  assert.equal(timeline.title, card.title);

  // In-app navigation to the exhibitor: signed again for the new URL (Android).
  await page.locator(".facts a[href^='/exhibitors/']").click();
  const ex = (await api(`/exhibitors/${product.exhibitor_id}`)).json;
  const exCard = await cardFor(page, `/exhibitors/${ex.id}`, ex.name["zh-Hans"]);
  assert.ok(exCard.desc.includes(ex.booth), exCard.desc);
  all = await configs(page);
  assert.equal(all.length, 2, "one configuration per page shown");
  assert.ok(all[1].url.endsWith(`/exhibitors/${ex.id}`));
  assert.equal(all[1].c.signature, signature(all[1]));

  // The hall map and the home page.
  const expo = (await api("/expo")).json;
  const hall = expo.halls[0];
  await page.goto(`/exhibitors?hall=${hall.id}`);
  const hallCard = await cardFor(page, `/exhibitors?hall=${hall.id}`, `${hall.name["zh-Hans"]}平面图`);
  assert.ok(hallCard.desc.length > 0, "who exhibits there");
  await page.goto("/");
  const home = await cardFor(page, "/", expo.name["zh-Hans"]);
  assert.ok(home.desc.includes(expo.venue["zh-Hans"]), home.desc);
  assert.deepEqual(page.outside, [], "nothing fetched from outside");
  assert.deepEqual(page.errors, []);
});

test("iOS WeChat: the entry URL is signed once; cards follow the navigation without a new configuration", async () => {
  const page = await inWechat(IOS_UA, { locale: "en-US" });
  await page.goto("/");
  await appReady(page);
  const expo = (await api("/expo")).json;
  await cardFor(page, "/", expo.name.en);
  await page.getByRole("dialog").getByRole("button", { name: "Reject all" }).click();
  const link = page.locator(".product-card .card-link").first();
  const href = await link.getAttribute("href");
  await link.click();
  const id = Number(href.split("/").pop());
  const product = (await api(`/products/${id}`)).json;
  const card = await cardFor(page, href, product.name.en);
  assert.ok(card.desc.includes(product.exhibitor_name.en), "in the visitor's language");
  const all = await configs(page);
  assert.equal(all.length, 1, "iOS: one configuration, for the entry URL");
  assert.equal(all[0].url, `${BASE}/`);
  assert.equal(all[0].c.signature, signature(all[0]));
  assert.deepEqual(page.errors, []);
});

test("a refused configuration is asked once more with a fresh signature; private pages share the home page", async () => {
  const page = await inWechat(ANDROID_UA, { refuse: 1 });
  await page.goto("/cart");
  await appReady(page);
  const card = await cardFor(page, "/");
  assert.ok(!/token|device|cart/i.test(card.link), card.link);
  const all = await configs(page);
  assert.equal(all.length, 2, "refused, then asked once more");
  assert.notEqual(all[0].c.nonceStr + all[0].c.timestamp, all[1].c.nonceStr + all[1].c.timestamp);
  assert.equal(all[1].c.signature, signature(all[1]));
  assert.deepEqual(page.errors, []);
});

test("a page from another site gets no signature", async () => {
  const r = await api(`/wechat/js-config?url=${encodeURIComponent("https://evil.example/")}`);
  assert.equal(r.status, 422);
  assert.equal(r.json.errors[0].field, "url");
});

test("WeChat's larger font settings (125 %, 150 %) do not break the layout", async () => {
  for (const standard of [20, 24]) {
    const page = await inWechat(ANDROID_UA, { locale: "en-US" });
    // What WeChat's font-size setting does to the webview: a larger default font size.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard } });
    for (const path of ["/", "/products/2", "/exhibitors/1", "/privacy"]) {
      await page.goto(path);
      await appReady(page);
      await page.locator("main h1").first().waitFor();
      const [scroll, width, base] = await page.evaluate(() => [
        document.documentElement.scrollWidth, innerWidth, parseFloat(getComputedStyle(document.body).fontSize)]);
      assert.equal(base, standard, "the larger size applies");
      assert.ok(scroll <= width, `${path} at ${standard}px: no sideways scrolling (${scroll} > ${width})`);
      const nav = await page.locator(".bottom-nav").boundingBox();
      assert.ok(nav && nav.y + nav.height <= 667 + 1, `${path}: the bottom navigation stays on screen`);
    }
    assert.deepEqual(page.errors, []);
  }
});
