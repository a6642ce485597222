// Notification settings, on a phone, against the reference backend: offers by SMS need the
// SMS marketing consent, asked for in the same place; without it nothing is saved (the network
// shows no request), with it the choice is saved, recorded with where it was given, and kept.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, account, signIn, api } from "./helpers.mjs";

after(close);

test("a marketing channel for offers asks for its consent in place and is never saved without it", async () => {
  const who = await account("notify");
  const page = await newPage({ locale: "en-US" });
  const sent = [];
  page.on("request", (r) => {
    if (["PUT", "POST"].includes(r.method()) && r.url().includes("/api/v1/")) sent.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await signIn(page, who, "/me/notifications");
  const settings = page.getByRole("region", { name: "Notification settings" });
  const offers = settings.getByRole("group", { name: "Offers and coupons" });
  await offers.getByLabel("SMS").waitFor();
  assert.equal(await offers.getByLabel("In the app").isChecked(), true, "the default");
  sent.length = 0;

  await offers.getByLabel("SMS").check();
  await settings.getByText("Offers by SMS need your consent to marketing by SMS.").waitFor();
  await settings.getByRole("button", { name: "Save" }).click();
  await settings.getByText("Give the consent first, or untick the channel.").waitFor();
  assert.deepEqual(sent, [], "nothing was sent without the consent");
  await expectAccessible(page, "notification settings asking for consent");

  await settings.getByRole("button", { name: "Allow marketing by SMS" }).click();
  await page.waitForFunction(() => !document.body.innerText.includes("need your consent to marketing by SMS"));
  await settings.getByLabel("Most offers per week").selectOption("1");
  await settings.getByRole("button", { name: "Save" }).click();
  await settings.getByText("Saved.").waitFor();
  assert.ok(sent.includes("PUT /api/v1/consent"), sent.join(", "));
  assert.ok(sent.includes("PUT /api/v1/me/notification-preferences"));
  const receipts = (await api("/consent/receipts", { token: who.token })).json;
  assert.ok(receipts.some((r) => r.channel === "notification_settings" && r.purpose === "marketing_sms" && r.granted));

  await page.reload();
  await offers.getByLabel("SMS").waitFor();
  assert.equal(await offers.getByLabel("SMS").isChecked(), true, "kept");
  assert.equal(await settings.getByLabel("Most offers per week").inputValue(), "1");

  // Withdrawn in the privacy center: the channel is off here too.
  const policy = (await api("/consent/policy")).json;
  await api("/consent", { method: "PUT", token: who.token, body: { policy_version: policy.version, channel: "privacy_center",
    decisions: [{ purpose: "marketing_sms", granted: false }] } });
  await page.reload();
  await offers.getByLabel("SMS").waitFor();
  assert.equal(await offers.getByLabel("SMS").isChecked(), false);
  assert.deepEqual(page.errors, []);
});
