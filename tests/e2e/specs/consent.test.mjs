// Consent enforced in code, proven by watching the network: no behaviour event leaves the
// browser without the analytics consent at that moment.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, appReady, api } from "./helpers.mjs";

after(close);

/** Records every request to the events endpoint. */
function watchEvents(page) {
  const sent = [];
  // On the context, so requests a page sends while it unloads (keepalive) are seen too.
  page.context().on("request", (r) => { if (r.url().includes("/api/v1/events")) sent.push(r.postData() ?? ""); });
  return sent;
}

/** A first visit to the home page, answered with "Accept all". */
async function acceptAllOnFirstVisit(page) {
  await page.goto("/");
  await appReady(page);
  const prompt = page.getByRole("dialog", { name: "Your privacy choices" });
  await prompt.getByRole("button", { name: "Accept all" }).click();
  await prompt.waitFor({ state: "detached" });
}

/** Opens product `first` by URL, then `more` other products by tapping cards, as a shopper
 * does (in-app navigation); returns the ids viewed. */
async function viewProducts(page, first, more = 0) {
  await page.goto(`/products/${first}`);
  await page.locator(".product-detail h1").waitFor();
  const ids = [first];
  for (let i = 0; i < more; i++) {
    // The page's lists settle first (a card replaced while it is clicked goes nowhere).
    await page.waitForLoadState("networkidle");
    // A card of another product (a list may show the one on screen too).
    const here = new URL(page.url()).pathname;
    const card = page.locator(`.product-card .card-link:not([href="${here}"])`).first();
    const href = await card.getAttribute("href");
    await card.click();
    await page.waitForURL((u) => u.pathname === href);
    await page.locator(".product-detail h1").waitFor();
    ids.push(Number(href.split("/").pop()));
  }
  await page.waitForTimeout(2500); // longer than the batching delay
  return ids;
}

test("rejecting all sends no behaviour events; granting sends them; withdrawing stops them at once", async () => {
  const page = await newPage({ locale: "en-US" });
  const sent = watchEvents(page);
  await page.goto("/");
  await appReady(page);
  const prompt = page.getByRole("dialog", { name: "Your privacy choices" });
  await prompt.waitFor();
  await expectAccessible(page, "consent prompt");
  // Keyboard only: Tab to "Reject all" and press Enter.
  const reject = prompt.getByRole("button", { name: "Reject all" });
  for (let i = 0; i < 40 && !(await reject.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await reject.evaluate((el) => el === document.activeElement), "reachable by keyboard");
  await page.keyboard.press("Enter");
  await prompt.waitFor({ state: "detached" });

  await viewProducts(page, 3, 2);
  assert.deepEqual(sent, [], "no analytics request without consent");

  await page.goto("/privacy");
  await page.getByRole("heading", { level: 1, name: "Privacy center" }).waitFor();
  await expectAccessible(page, "privacy center");
  const analytics = page.getByRole("switch", { name: "Analytics" });
  assert.equal(await analytics.isChecked(), false);
  await analytics.focus();
  await page.keyboard.press("Space");
  await page.getByRole("cell", { name: "Privacy center" }).first().waitFor(); // the receipt is listed
  const ids = await viewProducts(page, 6, 2);
  const viewed = sent.flatMap((b) => JSON.parse(b).events.map((e) => e.product_id));
  assert.deepEqual(viewed, ids, "every view sent once consent was granted");
  const before = sent.length;

  await page.goto("/privacy");
  await page.getByRole("switch", { name: "Analytics" }).uncheck();
  await viewProducts(page, 8, 1);
  assert.equal(sent.length, before, "nothing more after withdrawal");
  // Withdrawn and granted both show in the history.
  await page.goto("/privacy");
  await page.getByRole("cell", { name: "Refused or withdrawn" }).first().waitFor();
  assert.ok((await page.getByRole("cell", { name: "Granted" }).count()) >= 1);
});

test("choosing per purpose: the prompt's switches grant only what is chosen", async () => {
  const page = await newPage({ locale: "zh-CN" });
  const sent = watchEvents(page);
  await page.goto("/");
  const prompt = page.getByRole("dialog", { name: "隐私选择" });
  await prompt.getByRole("button", { name: "自行选择" }).click();
  await prompt.getByRole("switch", { name: "个性化推荐" }).check();
  await expectAccessible(page, "consent prompt, choosing (zh-Hans)");
  await prompt.getByRole("button", { name: "保存选择" }).click();
  await prompt.waitFor({ state: "detached" });
  await page.goto("/privacy");
  assert.equal(await page.getByRole("switch", { name: "个性化推荐" }).isChecked(), true);
  assert.equal(await page.getByRole("switch", { name: "统计分析" }).isChecked(), false);
  assert.equal(await page.getByRole("switch", { name: "必要功能" }).isDisabled(), true);
  await viewProducts(page, 10);
  assert.deepEqual(sent, []);
});

test("a new policy version asks again and says what changed", async () => {
  const page = await newPage({ locale: "zh-TW" });
  await page.goto("/");
  const prompt = page.getByRole("dialog", { name: "隱私選擇" });
  await prompt.getByRole("button", { name: "全部接受" }).click();
  await prompt.waitFor({ state: "detached" });
  // Once the server has recorded the choice (the app then stores it as recorded)…
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem("expocx.consent")).unsent);
  // …this device answered an older version of the policy.
  await page.evaluate(() => {
    const c = JSON.parse(localStorage.getItem("expocx.consent"));
    c.answered_version = 1;
    localStorage.setItem("expocx.consent", JSON.stringify(c));
  });
  await page.reload();
  await prompt.waitFor();
  await prompt.getByText("隱私政策已更新").waitFor();
  await expectAccessible(page, "re-ask (zh-Hant)");
});

test("export shows the visitor's data; erasure ends the account and empties the browser", async () => {
  const page = await newPage({ locale: "en-US" });
  const email = `privacy-${Date.now()}@example.cn`;
  await page.goto("/");
  await page.getByRole("dialog", { name: "Your privacy choices" }).getByRole("button", { name: "Accept all" }).click();
  // The choice is recorded for this browser under a key the server issued (not one it made up).
  await page.waitForFunction(() => /^[0-9a-f]{64}$/.test(localStorage.getItem("expocx.device") ?? ""));
  await page.goto("/signup?next=%2Fprivacy");
  await page.getByLabel("Name").fill("Privacy Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("privacy-pass-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/privacy$/);
  await page.getByText("The privacy choices made on this device now apply to your account.").waitFor();

  // A view right before a full page load still arrives (sent with keepalive as the page goes).
  await page.goto("/products/11");
  await appReady(page);
  await page.locator(".product-detail h1").waitFor();
  await page.goto("/privacy");
  await page.getByRole("button", { name: "Prepare export" }).click();
  const json = page.getByLabel("Exported data");
  await json.waitFor();
  const data = JSON.parse(await json.inputValue());
  assert.equal(data.sections.account[0].email, email);
  assert.ok(data.sections.consent_receipts.some((r) => r.purpose === "analytics" && r.granted === 1));
  assert.ok(!JSON.stringify(data).includes("argon2"));
  assert.ok(data.sections.analytics_events.some((e) => e.product_id === 11), "event survived the page change");
  await page.getByRole("button", { name: "Download JSON file" }).waitFor();
  await expectAccessible(page, "privacy center with export");

  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Type your email to confirm").fill("wrong@example.cn");
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.getByText("Please check the marked fields.").waitFor();
  // A session alone does not erase the account: the password is asked again.
  await page.getByLabel("Type your email to confirm").fill(email);
  await page.getByLabel("Type your password to confirm").fill("not-my-password");
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.getByText("Please check the marked fields.").waitFor();
  await page.getByLabel("Type your password to confirm").fill("privacy-pass-2026");
  await page.getByRole("button", { name: "Delete permanently" }).click();
  await page.getByRole("heading", { name: "Your data has been deleted" }).waitFor();
  await page.getByText(/Deletion receipt DEL-/).waitFor();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("expocx.")));
  assert.deepEqual(left, [], "browser storage for the app is empty");

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("privacy-pass-2026");
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.getByText("The email or password is wrong.").waitFor();
});

test("a first visit can read the privacy choice before the app has loaded, in its language; an answered device is not asked", async () => {
  // The WebAssembly held back, as on a weak hall signal: index.html alone is on screen.
  const page = await newPage({ locale: "zh-TW" });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto("/");
  const early = page.locator("#boot-consent");
  await early.getByText("我們只在你同意後才使用你的個人資料", { exact: false }).waitFor();
  assert.equal(await early.locator("h2").innerText(), "隱私選擇");
  // Once the app is there, its own sheet (with its buttons) has taken the place.
  release();
  await appReady(page);
  const dialog = page.getByRole("dialog", { name: "隱私選擇" });
  await dialog.getByRole("button", { name: "全部拒絕" }).click();
  assert.equal(await page.locator("#boot-consent").count(), 0);
  await page.waitForFunction(() => localStorage.getItem("expocx.consent")?.includes("answered_version"));

  // The same device again, app held back: nothing to answer.
  const again = await page.context().newPage();
  await again.route(/_bg\.wasm$/, (route) => route.abort());
  await again.goto("/");
  await again.locator(".site-header").waitFor();
  assert.equal(await again.locator("#boot-consent").isVisible(), false);
  assert.deepEqual(page.errors, []);
});

test("behind one busy address: after 150 first visits this hour, a new visitor's choice is still recorded", async () => {
  // The hall's Wi-Fi: 150 first visits from this address in the last hour (the old limit
  // refused the 101st device key, and the choice stayed on the phone with no receipt).
  for (let i = 0; i < 150; i++) {
    const r = await api("/devices", { method: "POST", body: {} });
    assert.equal(r.status, 201, `device key ${i + 1}`);
  }
  const page = await newPage({ locale: "en-US" });
  const sent = watchEvents(page);
  const answers = [];
  page.on("response", (r) => {
    if (/\/api\/v1\/(devices|consent)$/.test(r.url())) answers.push(`${r.request().method()} ${r.status()}`);
  });
  await acceptAllOnFirstVisit(page);
  // Recorded before the next page load (a load in the middle would only delay it: kept, resent).
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem("expocx.consent")).unsent);
  await viewProducts(page, 2, 1);
  assert.deepEqual(answers.slice(0, 2), ["POST 201", "PUT 200"], "key issued, choice recorded");
  assert.ok(sent.length > 0, "analytics allowed and sent");
  // The receipt is in the privacy center.
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy center" }).click();
  await page.getByRole("heading", { level: 1, name: "Privacy center" }).waitFor();
  const receipts = page.locator("table.receipts tbody tr");
  await receipts.first().waitFor();
  assert.ok((await receipts.count()) >= 2, "a receipt per purpose");
  await expectAccessible(page, "privacy center after a busy hour");
  assert.deepEqual(page.errors, []);
});

test("a choice the server cannot take is kept, sent again with its own time, and nothing waits on it leaks", async () => {
  const page = await newPage({ locale: "en-US" });
  const sent = watchEvents(page);
  // The hall's network drops every attempt to record the choice, until it comes back.
  let offline = true;
  await page.route(/\/api\/v1\/consent$/, (route) =>
    offline && route.request().method() === "PUT" ? route.abort("internetdisconnected") : route.continue());
  await acceptAllOnFirstVisit(page);
  // The choice applies on the phone at once; the events it allows wait for the receipt.
  await viewProducts(page, 2, 1);
  assert.equal(sent.length, 0, "no behaviour event before the consent is recorded");
  // Kept across a reload, and said so in the privacy center.
  await page.goto("/privacy");
  await page.getByRole("heading", { level: 1, name: "Privacy center" }).waitFor();
  const unsent = page.getByRole("status").filter({ hasText: "could not be recorded yet" });
  await unsent.waitFor();
  assert.ok(await page.getByRole("switch", { name: "Analytics" }).isChecked(), "the choice applies here");
  await expectAccessible(page, "privacy center with a choice not yet recorded");
  // The network comes back: the next attempt records it, with the time it was made.
  const recorded = page.waitForResponse((r) => r.url().endsWith("/api/v1/consent")
    && r.request().method() === "PUT" && r.status() === 200, { timeout: 60_000 });
  offline = false;
  const body = JSON.parse((await recorded).request().postData());
  assert.ok(body.decided_at, "sent late, with the time of the choice");
  assert.ok(Date.now() - Date.parse(body.decided_at) > 2_000, "the choice's time, not the sending's");
  await unsent.waitFor({ state: "detached" });
  const receipts = page.locator("table.receipts tbody tr");
  await receipts.first().waitFor();
  assert.match(await receipts.first().innerText(), /chosen on the device/);
  // Now the events it allows are sent.
  await viewProducts(page, 3);
  assert.ok(sent.length > 0, "events sent once the consent is recorded");
  assert.deepEqual(page.errors, []);
});
