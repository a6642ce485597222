// Leads at the booth (issue 25): booth staff on a phone scan a badge and get an anonymous lead;
// the visitor, asked on their phone, shares with that booth alone and the contact appears with a
// score that explains itself; withdrawing in the privacy center hides it from the lead and the
// CSV at once. Scans taken with no signal wait on the phone and are sent once when it is back.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, signIn, api, account, appReady } from "./helpers.mjs";

after(close);

const BOOTH = { email: "tea-booth@demo.expocx.test", password: "exhibit-expo-2026" };

/** A visitor with a profile and a badge: account, badge code. */
async function visitorWithBadge(tag, name) {
  const v = await account(tag);
  const r = await api("/me/profile", { method: "PUT", token: v.token, body: { display_name: name, phone: "13800001234", company: "Lantern Tea", job_title: "Buyer" } });
  assert.equal(r.status, 200);
  const badge = await api("/me/badge", { token: v.token });
  return { ...v, code: badge.json.code };
}

async function scan(page, code) {
  await page.getByLabel("Badge code").fill(code);
  await page.getByRole("button", { name: "Record scan" }).click();
}

const staffToken = async () =>
  (await api("/auth/login", { method: "POST", body: { email: BOOTH.email, password: BOOTH.password } })).json.token;

test("a scan is anonymous until the visitor shares with that booth; withdrawing hides the contact at once", async () => {
  const mei = await visitorWithBadge("lead-mei", "Mei Chen");
  const booth = await newPage({ locale: "en-US" });
  await signIn(booth, BOOTH, "/exhibitor/leads");
  await booth.getByRole("heading", { level: 1, name: "Leads" }).waitFor();
  await expectAccessible(booth, "leads page");
  // A QR that is not a badge is refused on the phone, before any request.
  await scan(booth, "https://example.com/not-a-badge");
  await booth.getByText("Not an ExpoCX badge").waitFor();
  // A badge's shape with one character mistyped: its signature does not match the server's key
  // the phone keeps, so it is refused on the phone too, before any request.
  const sent = [];
  booth.on("request", (r) => { if (r.url().includes("/badge-scans")) sent.push(r.url()); });
  const typo = mei.code.replace(/^EXPOCX:BADGE:(.)/, (_, c) => `EXPOCX:BADGE:${c === "a" ? "b" : "a"}`);
  await scan(booth, typo);
  await booth.getByText(/^Not a genuine ExpoCX badge/).waitFor();
  assert.equal(sent.length, 0, "refused before any request");
  await scan(booth, mei.code);
  await booth.getByText(/^Anonymous lead: Member — they are asked on their phone/).waitFor();
  assert.equal(await booth.getByText("Mei Chen").count(), 0, "no name without consent");

  // The visitor's phone (简体中文) is asked, naming the booth, and shares with it.
  const phone = await newPage({ locale: "zh-CN" });
  await signIn(phone, mei, "/me/notifications");
  await phone.locator("li", { hasText: "翠峰茶庄 扫描了你的胸卡" }).getByRole("link").click();
  await phone.waitForURL((u) => u.pathname === "/privacy");
  const card = phone.getByRole("region", { name: "翠峰茶庄" });
  await card.waitFor();
  await expectAccessible(phone, "sharing page");
  assert.equal(await card.getByRole("button").count(), 2, "two choices of equal weight");
  await card.getByRole("button", { name: "不分享" }).waitFor();
  await card.getByRole("button", { name: "分享我的联系方式" }).click();
  await card.getByRole("status").getByText(/已保存。凭证 CR-/).waitFor();

  // The booth sees the contact and a score that says where its points came from.
  await booth.getByRole("link", { name: "Open the lead" }).click();
  await booth.waitForURL((u) => /^\/exhibitor\/leads\/\d+$/.test(u.pathname));
  const id = Number(new URL(booth.url()).pathname.split("/").pop());
  await booth.getByRole("heading", { level: 1, name: "Mei Chen" }).waitFor();
  await booth.getByText("Lantern Tea").first().waitFor();
  const score = booth.getByRole("region", { name: "Score" });
  await score.getByText(/Scanned at the booth/).waitFor();
  await score.getByText(/Trade buyer/).waitFor();
  await expectAccessible(booth, "lead page");

  // Withdrawn in the privacy center: gone from the lead, the list and the CSV.
  await card.getByRole("button", { name: "停止分享" }).click();
  await card.getByText(/^未分享|不分享/).first().waitFor();
  await booth.reload();
  await booth.getByRole("heading", { level: 1, name: "Anonymous visitor" }).waitFor();
  assert.equal(await booth.getByText("Mei Chen").count(), 0);
  const owner = (await api("/auth/login", { method: "POST", body: { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" } })).json.token;
  const csv = await fetch(`${process.env.BASE_URL ?? "http://127.0.0.1:8080"}/api/v1/exhibitor/leads/export`, { headers: { authorization: `Bearer ${owner}` } });
  const text = await csv.text();
  assert.ok(text.includes(`\n${id},`) || text.includes(`\n"${id}",`), "the lead is in the CSV");
  assert.ok(!text.includes("Mei Chen") && !text.includes("13800001234"), "without the withdrawn contact");
});

test("scans taken with no signal wait on the phone and are sent once when it is back", async () => {
  const a = await visitorWithBadge("lead-offline-a", "Offline A");
  const b = await visitorWithBadge("lead-offline-b", "Offline B");
  const token = await staffToken();
  const before = (await api("/exhibitor/leads?limit=1", { token })).json.total;
  const booth = await newPage({ locale: "en-US" });
  await signIn(booth, BOOTH, "/exhibitor/leads");
  await booth.getByRole("heading", { level: 1, name: "Leads" }).waitFor();
  await booth.context().setOffline(true);
  await scan(booth, a.code);
  await booth.getByText("1 waiting to send").waitFor();
  await scan(booth, b.code);
  await booth.getByText("2 waiting to send").waitFor();
  // The signal comes back: the queue goes, in order, once.
  await booth.context().setOffline(false);
  await booth.getByText(/waiting to send/).waitFor({ state: "detached", timeout: 15000 });
  await booth.reload();
  await appReady(booth);
  await booth.getByRole("heading", { level: 1, name: "Leads" }).waitFor();
  await booth.waitForTimeout(500);
  const after = (await api("/exhibitor/leads?limit=100", { token })).json;
  assert.equal(after.total, before + 2, "two scans, two leads, no duplicate");
  for (const v of [a, b]) {
    const shares = (await api("/me/contact-shares", { token: v.token })).json;
    assert.equal(shares.length, 1, "asked once");
  }
  const scans = after.items.filter((l) => l.source === "badge").slice(0, 2).map((l) => l.scans);
  assert.deepEqual(scans, [1, 1], "each scan counted once");
});

test("the visitor showing their badge is asked right under it, and the answer is a receipt", async () => {
  const li = await visitorWithBadge("lead-li", "Li Na");
  const phone = await newPage({ locale: "en-US" });
  await signIn(phone, li, "/me");
  await phone.getByRole("img", { name: "Badge QR code" }).waitFor();
  const staff = await staffToken();
  const scanned = await api("/exhibitor/badge-scans", {
    method: "POST", token: staff, headers: { "idempotency-key": `prompt-${Date.now()}` }, body: { code: li.code },
  });
  assert.equal(scanned.status, 200);
  // Asked on the page that shows the badge within seconds, naming the booth, two equal choices.
  const ask = phone.getByRole("alert").filter({ hasText: "Jade Peak Tea House scanned your badge." });
  await ask.waitFor({ timeout: 20000 });
  assert.equal(await ask.getByRole("button").count(), 2);
  await ask.getByRole("button", { name: "Don't share" }).waitFor();
  await expectAccessible(phone, "the question under the badge");
  await ask.getByRole("button", { name: "Share my contact" }).click();
  await phone.getByText(/^Saved\. Receipt CR-/).waitFor();
  assert.equal(await ask.count(), 0, "answered: asked no more");
  const lead = await api(`/exhibitor/leads/${scanned.json.lead_id}`, { token: staff });
  assert.equal(lead.json.summary.contact?.name, "Li Na", "the booth sees the contact at once");
});
