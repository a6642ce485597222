// Sign-in with WeChat inside WeChat's browser (its user agent), against the reference backend and
// a local stand-in playing WeChat (tests/e2e/wechat-stand-in.mjs): the visitor chooses, WeChat
// sends them back, the backend exchanges the code and they land where they were going.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady } from "./helpers.mjs";

after(close);

const WECHAT_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322d) NetType/WIFI Language/zh_CN";

test("inside WeChat a visitor signs in with WeChat and comes back to where they were going", async () => {
  const page = await newPage({ locale: "zh-CN", userAgent: WECHAT_UA });
  await page.goto("/signin?next=%2Fme%2Fmembership");
  await appReady(page);
  await page.getByRole("dialog").getByRole("button", { name: "全部拒绝" }).click();
  await page.getByRole("button", { name: "微信一键登录" }).waitFor();
  await expectAccessible(page, "sign-in inside WeChat");
  await page.getByRole("button", { name: "微信登录并使用我的微信昵称" }).click();
  await page.waitForURL((u) => u.pathname === "/me/membership");
  await page.getByRole("heading", { level: 1, name: "会员与积分" }).waitFor();
  await page.goto("/me");
  await page.getByText("微信小明").first().waitFor();
  assert.deepEqual(page.errors, []);
});

test("a WeChat code that does not check out signs no one in and offers the way back", async () => {
  const page = await newPage({ locale: "en-US", userAgent: WECHAT_UA });
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
