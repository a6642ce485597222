// After-sales service, on a phone, against the reference backend: ask for help about an order
// with a photo, the exhibitor's staff answer (through the API, as the portal will), the member is
// notified, replies, the staff solve it, the member rates. Photos are checked before upload and
// shown only through the member's session. A stored-XSS corpus in every service text field and
// in saved addresses is shown as text everywhere.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, staff, api } from "./helpers.mjs";
import { XSS } from "./xss-corpus.mjs";

after(close);

// A real 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("ask for help with a photo, get an answer with a notification, reply, rate", async () => {
  const tea = await staff("tea");
  const who = await account("service");
  const paid = await order(who, await pickupItem({ exhibitor: tea.exhibitor }), 1, true);

  const page = await newPage({ locale: "en-US" });
  const uploads = [];
  page.on("request", (r) => r.url().endsWith("/api/v1/me/photos") && uploads.push(r.headers()["content-type"]));
  await signIn(page, who, `/orders/${paid.id}`);
  await page.getByRole("link", { name: "Ask for help with this order" }).click();
  await page.waitForURL(/\/me\/tickets\/new\?order=\d+$/);
  await page.getByText(`About order ${paid.number}`).waitFor();

  // A file that is not a photo is refused before anything is sent.
  await page.locator("#ticket-photos").setInputFiles({ name: "x.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg/>") });
  await page.getByText("Only JPEG, PNG or WebP images can be sent.").waitFor();
  assert.equal(uploads.length, 0);
  await page.locator("#ticket-photos").setInputFiles({ name: "lid.png", mimeType: "image/png", buffer: PNG });
  await page.waitForFunction(() => document.querySelector("img.photo[alt='Photo 1']")?.naturalWidth === 1);
  assert.deepEqual(uploads, ["image/png"]);

  // Empty fields are named; what was chosen stays.
  await page.getByRole("button", { name: "Send" }).click();
  await page.locator("#subject-error:not(:empty)").waitFor();
  assert.equal(await page.locator("img.photo").count(), 1);
  await expectAccessible(page, "ask for help");
  await page.getByLabel("What is it about?").selectOption("product_issue");
  await page.getByLabel("Subject").fill("Lid cracked");
  await page.getByLabel("Describe it").fill("The teapot's lid arrived cracked.");
  await page.getByRole("button", { name: "Send" }).click();
  await page.waitForURL(/\/me\/tickets\/\d+$/);
  const id = Number(page.url().split("/").pop());
  await page.getByRole("heading", { level: 1, name: "Lid cracked" }).waitFor();
  await page.getByText(/The exhibitor answers by/).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll(".conversation img.photo")].some((i) => i.naturalWidth === 1));

  // The exhibitor's staff answer and ask something.
  const r = await api(`/exhibitor/tickets/${id}/messages`, { method: "POST", token: tea.token, body: { text: "Sorry! Which glaze was it?", status: "waiting_for_you" } });
  assert.equal(r.status, 200);
  await page.goto("/me");
  // Paid, then answered: two messages wait.
  await page.getByText("2 unread").waitFor();
  await page.getByRole("link", { name: "Notifications" }).click();
  await page.getByText(`Ticket #${id} has a new reply.`).waitFor();
  await expectAccessible(page, "notifications");
  await page.getByRole("link", { name: "Open" }).first().click();
  await page.waitForURL(new RegExp(`/me/tickets/${id}$`));
  await page.getByText("Sorry! Which glaze was it?").waitFor();
  await page.locator(".badge", { hasText: "Waiting for you" }).waitFor();
  await page.getByLabel("Reply").fill("Celadon.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await page.locator(".badge", { hasText: "In progress" }).waitFor();
  assert.equal(await page.getByLabel("Reply").inputValue(), "", "sent");

  // Solved by the staff; the member rates it, which closes it.
  await api(`/exhibitor/tickets/${id}/messages`, { method: "POST", token: tea.token, body: { text: "A new lid waits at the booth.", status: "resolved" } });
  await page.reload();
  await page.getByRole("group", { name: "Rate how it was solved" }).waitFor();
  await expectAccessible(page, "rating");
  await page.getByLabel("5 of 5").check();
  await page.getByLabel("Comment (optional)").fill("Fast and friendly.");
  await page.getByRole("button", { name: "Send rating" }).click();
  await page.getByText("Your rating: 5/5").waitFor();
  await page.locator(".badge", { hasText: "Closed" }).waitFor();
  assert.equal(await page.getByLabel("Reply").count(), 0, "a closed request takes no replies");
  assert.deepEqual(page.errors, []);
});

test("stored script in service texts and saved addresses is shown as text, never run", async () => {
  const tea = await staff("tea");
  const who = await account("xss");
  const paid = await order(who, await pickupItem({ exhibitor: tea.exhibitor }), 1, true);
  const payloads = [...new Set(XSS)];
  assert.ok(payloads.length >= 50);
  // One request carries every payload as a message (member and staff), and as subjects of
  // requests that are solved and rated with the payload as comment.
  const first = await api("/me/tickets", { method: "POST", token: who.token,
    body: { order_id: paid.id, category: "other", subject: payloads[0].slice(0, 100), text: payloads[0] } });
  assert.equal(first.status, 201);
  const id = first.json.id;
  for (const [i, p] of payloads.entries()) {
    const author = i % 2 ? { path: `/exhibitor/tickets/${id}/messages`, token: tea.token } : { path: `/me/tickets/${id}/messages`, token: who.token };
    const r = await api(author.path, { method: "POST", token: author.token, body: { text: p } });
    assert.equal(r.status, 200, p);
  }
  for (const p of payloads.slice(1, 15)) {
    const t = await api("/me/tickets", { method: "POST", token: who.token, body: { category: "other", subject: p.slice(0, 100), text: p } });
    await api(`/me/tickets/${t.json.id}/status`, { method: "PUT", token: who.token, body: { status: "resolved" } });
    const rated = await api(`/me/tickets/${t.json.id}/rating`, { method: "POST", token: who.token, body: { score: 3, comment: p.slice(0, 500) } });
    assert.equal(rated.status, 200);
  }
  // A return whose details are a payload, declined with a payload as the reason.
  const line = paid.parts[0].lines[0];
  const ret = await api("/me/returns", { method: "POST", token: who.token,
    body: { order_id: paid.id, lines: [{ product_id: line.product_id, option_id: line.option_id, quantity: 1 }], reason: "other", text: payloads[20] } });
  assert.equal(ret.status, 201);
  const declined = await api(`/exhibitor/returns/${ret.json.id}/decision`, { method: "POST", token: tea.token, body: { status: "rejected", note: payloads[21].slice(0, 500) } });
  assert.equal(declined.status, 200);
  for (const p of payloads.filter((p) => p.length <= 60).slice(0, 20)) {
    const r = await api("/me/addresses", { method: "POST", token: who.token,
      body: { address: { name: p, phone: "13800000000", region: p.slice(0, 100), street: p, postcode: "200120" }, is_default: false } });
    assert.equal(r.status, 201, p);
  }

  const page = await newPage({ locale: "en-US" });
  await signIn(page, who, `/me/tickets/${id}`);
  await page.locator(".conversation li").nth(payloads.length).waitFor();
  const shown = await page.locator(".message-text").allTextContents();
  assert.deepEqual(shown, [payloads[0], ...payloads]);
  await page.goto("/me/tickets");
  await page.locator(".order-list li").nth(14).waitFor();
  for (const p of payloads.slice(1, 15)) await page.getByText(p.slice(0, 100), { exact: true }).first().waitFor();
  await page.goto("/me");
  await page.locator(".address-list li").nth(19).waitFor();
  await page.goto(`/me/returns/${ret.json.id}`);
  await page.getByText(payloads[20], { exact: true }).waitFor();
  await page.getByText(payloads[21].slice(0, 500), { exact: true }).waitFor();
  await page.goto("/me/notifications");
  await page.locator(".inbox li").first().waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined, "no payload ran");
  assert.deepEqual(page.errors, []);
});

test("service and notification settings speak Traditional Chinese", async () => {
  const who = await account("zh-hant");
  const page = await newPage({ locale: "zh-TW" });
  await signIn(page, who, "/me/tickets");
  await page.getByRole("heading", { level: 1, name: "售後服務" }).waitFor();
  await page.getByText("還沒有售後工單。訂單有問題時，可以在訂單頁聯絡展商。").waitFor();
  await page.getByRole("link", { name: "聯絡售後" }).click();
  await page.getByLabel("問題類型").waitFor();
  await page.goto("/me/notifications");
  await page.getByRole("heading", { name: "通知設定" }).waitFor();
  await page.getByText("還沒有訊息。訂單有進展時會通知你。").waitFor();
  await expectAccessible(page, "notifications (zh-Hant)");
});

test("return an item: declined with the reason shown, requested again, refunded", async () => {
  const tea = await staff("tea");
  const who = await account("returns");
  const paid = await order(who, await pickupItem({ exhibitor: tea.exhibitor }), 2, true);
  const page = await newPage({ locale: "en-US" });
  await signIn(page, who, `/orders/${paid.id}`);
  await page.getByRole("link", { name: "Return items" }).click();
  await page.waitForURL(/\/me\/returns\/new\?order=\d+$/);
  await page.getByRole("button", { name: "Request the return" }).click();
  await page.getByText("Choose at least one item.").waitFor();
  await page.getByLabel(/How many .* to return \(up to 2\)/).selectOption("2");
  await page.getByLabel("Reason").selectOption("damaged");
  await page.getByLabel("Details (optional)").fill("Both cups chipped.");
  await expectAccessible(page, "return request");
  await page.getByRole("button", { name: "Request the return" }).click();
  await page.waitForURL(/\/me\/returns\/\d+$/);
  const id = Number(page.url().split("/").pop());
  await page.getByText("Requested").first().waitFor();

  const declined = await api(`/exhibitor/returns/${id}/decision`, { method: "POST", token: tea.token, body: { status: "rejected", note: "Please send a photo of the chips." } });
  assert.equal(declined.status, 200);
  await page.reload();
  await page.getByText("Please send a photo of the chips.").waitFor();
  await page.locator(".badge", { hasText: "Declined" }).waitFor();

  // Asked again (the declined return no longer holds the items), then refunded step by step.
  const again = await api("/me/returns", { method: "POST", token: who.token,
    body: { order_id: paid.id, lines: [{ product_id: paid.parts[0].lines[0].product_id, option_id: paid.parts[0].lines[0].option_id, quantity: 1 }], reason: "damaged" } });
  assert.equal(again.status, 201);
  for (const status of ["approved", "received", "refunded"]) {
    const r = await api(`/exhibitor/returns/${again.json.id}/decision`, { method: "POST", token: tea.token, body: { status } });
    assert.equal(r.status, 200, status);
  }
  await page.goto("/me/returns");
  await page.locator(".order-list li").nth(1).waitFor();
  await page.locator(".badge", { hasText: "Refunded" }).waitFor();
  await page.goto(`/me/returns/${again.json.id}`);
  const steps = page.getByRole("region", { name: "Progress" });
  assert.match(await steps.innerText(), /Requested[\s\S]*Approved[\s\S]*Items received[\s\S]*Refunded/);
  await expectAccessible(page, "return progress");
  assert.deepEqual(page.errors, []);
});
