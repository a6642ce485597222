// Booth pickup by camera in Chromium: the browser's fake camera films the visitor's pickup QR
// code (a YUV4MPEG2 file made here from the code's text), the portal reads it — Chromium on
// Linux has no BarcodeDetector, so our decoder runs in its Web Worker — shows the order, and one
// tap hands it over.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import QRCode from "qrcode";
import { newPage, close, expectAccessible, account, pickupItem, order, signIn, staff, api, fakeCamera } from "./helpers.mjs";

after(close);

/** A 640×480 YUV4MPEG2 video of `text`'s QR code, black on white, in the middle. */
function qrVideo(text) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const [W, H] = [640, 480];
  const scale = Math.floor((H * 0.8) / (n + 8));
  const [x0, y0] = [Math.floor((W - n * scale) / 2), Math.floor((H - n * scale) / 2)];
  const luma = Buffer.alloc(W * H, 235);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.data[y * n + x]) continue;
      for (let dy = 0; dy < scale; dy++) luma.fill(16, (y0 + y * scale + dy) * W + x0 + x * scale, (y0 + y * scale + dy) * W + x0 + (x + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((W * H) / 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), "expocx-cam-")), "qr.y4m");
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
  return file;
}

test("staff scan the visitor's pickup code with the camera and hand the order over", async () => {
  const { exhibitor } = await staff("tea");
  const visitor = await account("scan");
  const placed = await order(visitor, await pickupItem({ exhibitor }), 1, true);
  const code = (await api(`/orders/${placed.id}`, { token: visitor.token })).json.parts[0].pickup_code;
  fakeCamera(qrVideo(code));

  const page = await newPage({ locale: "en-US" });
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await signIn(page, { email: "tea@demo.expocx.test", password: "exhibit-expo-2026" }, "/exhibitor/pickup");
  assert.ok(!fetched.some((p) => p.includes("scanner")), "the reader is not fetched before the camera opens");
  await page.getByRole("button", { name: "Scan with the camera" }).click();
  await page.getByRole("heading", { name: `Order number ${placed.number}` }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator("video").count(), 0, "the camera is closed once the code is read");
  assert.equal(await page.getByLabel("Pickup code").inputValue(), code, "the code read is shown");
  assert.ok(fetched.some((p) => p.endsWith("/scanner-worker.js")), `decoded in the worker: ${fetched.filter((p) => p.includes("scan"))}`);
  assert.ok(fetched.some((p) => p.endsWith("/expocx_scanner_bg.wasm")), "by its own WebAssembly");
  await expectAccessible(page, "pickup by camera (en)");
  await page.getByRole("button", { name: "Complete handover" }).click();
  await page.getByText(/Handed over .* by /).waitFor();
  const seen = (await api(`/orders/${placed.id}`, { token: visitor.token })).json;
  assert.equal(seen.status, "completed");
  assert.deepEqual(page.errors, []);
});
