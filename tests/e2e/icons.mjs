// The installed app's icons (public/icon-*.png), drawn from public/favicon.svg by Chromium.
// Run once when the mark changes; the PNGs are committed.
//   node tests/e2e/icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const svg = readFileSync(new URL("../../public/favicon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const draw = async (size, file, maskable) => {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon fills its square; its mark stays inside the central 80 % safe zone.
  const inset = maskable ? Math.round(size * 0.2) : 0;
  await page.setContent(`<body style="margin:0;background:${maskable ? "#0b5f59" : "transparent"}">
    <div style="padding:${inset / 2}px">${svg.replace("<svg ", `<svg width="${size - inset}" height="${size - inset}" `)}</div></body>`);
  await page.screenshot({ path: new URL(`../../public/${file}`, import.meta.url).pathname, omitBackground: !maskable });
};
await draw(192, "icon-192.png", false);
await draw(512, "icon-512.png", false);
await draw(512, "icon-maskable-512.png", true);
await browser.close();
