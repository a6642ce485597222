// ExpoCX's service worker (issue 30): the app opens in a hall with no signal.
// Registered after the first paint as /sw.js?v=<build id>, so each build installs its own.
// - Hashed assets (/pkg-…/, /main-….css) are cache-first: they never change under their name.
// - Pages and config.json are network-first with a short timeout, then the copy kept; a page
//   never opened offline gets the app's shell, which says it is offline.
// - Public catalog reads (expo, halls, exhibitors, products, categories) and pictures are
//   stale-while-revalidate, capped, asked for without the visitor's token.
// - Nothing personal is kept: no answer to a request with Authorization, nothing under /me,
//   /orders, /cart, /checkout or the portal's API, no write.
// A new worker waits, and takes over at the next page load (never under an open form).
const BUILD = new URL(location.href).searchParams.get("v") || "dev";
const ASSETS = "expocx-assets-" + BUILD;
const PAGES = "expocx-pages";
const PUBLIC = "expocx-public";
const KEEP = [ASSETS, PAGES, PUBLIC];
const MAX_PAGES = 60;
const MAX_PUBLIC = 400;
const PAGE_TIMEOUT_MS = 3000;
const SHELL = "/index.html";

// Installing: the shell, the config, the first load's assets (the page loaded them a moment
// ago: they come from the browser's cache) and the areas a visitor needs at the booth without
// a signal: the cart (checkout) and their orders and badge (member). Never the portal.
const OFFLINE_AREAS = ["checkout", "member"];
self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const pages = await caches.open(PAGES);
    await pages.addAll([SHELL, "/config.json"]);
    const shell = await (await pages.match(SHELL)).text();
    const first = new Set([...shell.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["'](\/[^"'?#:]+\.(?:js|wasm|css))["']/g)]
      .map((m) => m[1])
      .filter((path) => isAsset(new URL(path, location.origin))));
    const assets = await caches.open(ASSETS);
    await assets.addAll([...first]);
    try {
      const { areas } = await (await fetch("/areas.json")).json();
      const files = new Set(OFFLINE_AREAS.flatMap((a) => areas[a] || []).map((f) => "/" + f));
      await assets.addAll([...files]);
    } catch (e) {
      // Fetched when first opened instead.
    }
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("expocx-") && !KEEP.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
  // Sign-out and erasure: nothing kept here is personal, but the visitor asked for nothing.
  if (event.data === "forget") {
    event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith("expocx-")).map((n) => caches.delete(n)))));
  }
});

const isAsset = (url) => /^\/(pkg-[0-9a-f]+\/|main-[0-9a-f]+\.css$)/.test(url.pathname);
const isPublicRead = (url) =>
  /^\/api\/v1\/(expo|categories|halls\/\d+\/map|exhibitors(\/\d+)?|products(\/\d+)?)$/.test(url.pathname) ||
  url.pathname.startsWith("/media/products/") || url.pathname.startsWith("/media/exhibitors/") ||
  url.pathname === "/favicon.svg" || url.pathname.startsWith("/icon-");

/// Keeps at most `max` entries in `cache`, the oldest going first.
async function trim(cache, max) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)));
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const answer = await fetch(request);
  if (answer.ok) cache.put(request, answer.clone());
  return answer;
}

async function staleWhileRevalidate(event) {
  // The same answer whoever asks: asked for and kept without the visitor's token, so a
  // signed-in visitor's catalog is kept too, and nothing of the session is.
  const headers = new Headers(event.request.headers);
  headers.delete("authorization");
  const request = new Request(event.request.url, { headers, signal: event.request.signal });
  const cache = await caches.open(PUBLIC);
  const hit = await cache.match(request);
  const fresh = fetch(request).then(async (answer) => {
    if (answer.ok && !answer.headers.get("cache-control")?.includes("no-store")) {
      await cache.put(request, answer.clone());
      await trim(cache, MAX_PUBLIC);
    }
    return answer;
  });
  if (hit) {
    event.waitUntil(fresh.catch(() => {}));
    return hit;
  }
  return fresh;
}

/// A page: the network's answer if it comes in time (kept for later), else the copy kept for
/// this address, else the shell (the app then says what it can without a network).
async function page(event) {
  const cache = await caches.open(PAGES);
  const url = new URL(event.request.url);
  const key = url.pathname + url.search;
  // A waiting worker takes over now: a page load is between forms.
  if (self.registration.waiting) self.registration.waiting.postMessage("take-over");
  const network = fetch(event.request).then(async (answer) => {
    const cc = answer.headers.get("cache-control") || "";
    // A personal address gets the shell when offline; it is never kept under its own name.
    const personal = /^\/(me|orders|checkout|exhibitor|signin|auth)(\/|$)/.test(url.pathname);
    if (answer.ok && !personal && !cc.includes("no-store")) await cache.put(key, answer.clone()).then(() => trim(cache, MAX_PAGES));
    return answer;
  });
  const late = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, late]);
    if (first) return first;
  } catch (e) {
    // Offline: the copy below.
  }
  const kept = (await cache.match(key)) || (await cache.match(SHELL));
  if (kept) {
    event.waitUntil(network.catch(() => {}));
    return kept;
  }
  return network;
}

async function config(event) {
  const cache = await caches.open(PAGES);
  try {
    const answer = await Promise.race([
      fetch(event.request),
      new Promise((_, fail) => setTimeout(() => fail(new Error("slow")), PAGE_TIMEOUT_MS)),
    ]);
    if (answer.ok) await cache.put("/config.json", answer.clone());
    return answer;
  } catch (e) {
    return (await cache.match("/config.json")) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  if (request.mode === "navigate") return event.respondWith(page(event));
  if (url.pathname === "/config.json") return event.respondWith(config(event));
  if (isAsset(url)) return event.respondWith(cacheFirst(request));
  if (isPublicRead(url)) return event.respondWith(staleWhileRevalidate(event));
  // Everything else (personal answers, writes, anything signed) goes to the network only.
});
