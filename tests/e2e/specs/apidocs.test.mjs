// The contract as a document (issue 32): the reference backend serves a browsable reference at
// /api/docs, built from the committed OpenAPI document, with nothing fetched from elsewhere.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { newPage, close, BASE } from "./helpers.mjs";

after(close);

test("/api/docs shows the reference, finds an operation by its summary, and asks nothing of other hosts", async () => {
  const page = await newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  const asked = [];
  page.on("request", (r) => asked.push(r.url()));
  const refused = [];
  page.on("console", (m) => { if (/Content Security Policy/.test(m.text())) refused.push(m.text()); });
  const r = await page.goto("/api/docs");
  assert.equal(r.status(), 200);
  assert.match(r.headers()["content-security-policy"], /script-src 'self';/);
  // The front page is API.md's conventions.
  await page.getByRole("heading", { name: "ExpoCX API" }).first().waitFor();
  await page.getByText("problem+json").first().waitFor();
  // An operation, found by the summary an integrator reads under its tag (the tags open one at
  // a time: every operation expanded at once no longer renders at this size).
  await page.locator(".opblock-tag", { hasText: "checkout" }).first().click();
  const op = page.locator(".opblock-summary").filter({ hasText: "Place an order (idempotent)" });
  await op.first().waitFor();
  await op.first().click();
  await page.getByText("orders_place").first().waitFor();
  const origin = new URL(BASE).origin;
  assert.deepEqual(asked.filter((u) => !u.startsWith(origin) && !u.startsWith("data:")), [], "nothing from elsewhere");
  assert.ok(asked.some((u) => u.endsWith("/api/openapi.json")), "it reads the committed document");
  assert.deepEqual(refused, []);
  assert.deepEqual(page.errors, []);
});
