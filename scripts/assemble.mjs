// Writes the release dist/ from the split build (scripts/build.sh): the modules and their
// loader under one folder named by the hash of their contents (`pkg-<16 hex>/`, cached
// immutably: the main glue and the chunk loader import each other, so one hash for the set
// avoids a cycle of names), the stylesheet under its own hash, the public files, and
// index.html with preload hints and the start script. Also writes `areas.json`: which files
// each lazy area downloads, for the size report and prefetching.
//   node scripts/assemble.mjs <split output dir> <dist dir>
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { createRequire } from "node:module";

// terser is one of the build's own tools (scripts/package.json).
const { minify } = createRequire(new URL("./package.json", import.meta.url))("terser");

const [src, dist] = process.argv.slice(2);
const hash = (...buffers) => {
  const h = createHash("sha256");
  for (const b of buffers) h.update(b);
  return h.digest("hex").slice(0, 16);
};

// Comments and indentation only: selectors keep their spaces.
const minifyCss = (path) => readFileSync(path, "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .split("\n").map((l) => l.trim()).filter(Boolean).join("\n");

const files = readdirSync(src).sort();
const contents = new Map();
for (const name of files) {
  let data = readFileSync(join(src, name));
  if (name.endsWith(".js")) {
    const out = await minify(data.toString("utf8"), { module: true, compress: { passes: 2 }, mangle: true });
    data = Buffer.from(out.code, "utf8");
  }
  contents.set(name, data);
}
// Styles only the lazy areas use, fetched with an area's chunk (src/components/area_style.rs);
// in the module folder, so they share its hash and immutable caching.
contents.set("areas.css", Buffer.from(minifyCss("style/areas.css")));
const pkg = "pkg-" + hash(...[...contents].flatMap(([n, data]) => [Buffer.from(n), data]));

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, pkg), { recursive: true });
for (const [name, data] of contents) writeFileSync(join(dist, pkg, name), data);
// The public scripts (WeChat's, loaded inside WeChat only) minified like the modules.
for (const name of readdirSync("public")) {
  if (!name.endsWith(".js")) {
    copyFileSync(join("public", name), join(dist, name));
    continue;
  }
  const out = await minify(readFileSync(join("public", name), "utf8"), { compress: { passes: 2 }, mangle: true });
  writeFileSync(join(dist, name), out.code);
}

const css = minifyCss("style/main.css");
const cssName = `main-${hash(Buffer.from(css))}.css`;
writeFileSync(join(dist, cssName), css);

// Which files each area needs: its split module, the shared chunks it depends on, the areas' styles.
const loader = contents.get("__wasm_split.js").toString("utf8");
const source = readFileSync(join(src, "__wasm_split.js"), "utf8");
const chunkFile = new Map([...source.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)].map((m) => [m[1], m[2]]));
const areas = {};
for (const m of source.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([\w, ]*)\]\)\)/g)) {
  const own = /"\.\/([\w.]+\.wasm)"/.exec(m[2]);
  const deps = m[3].split(",").map((s) => s.trim()).filter(Boolean).map((d) => chunkFile.get(d));
  areas[m[1]] = [...deps, ...(own ? [own[1]] : []), "areas.css"].map((f) => `${pkg}/${f}`);
}
if (Object.keys(areas).length === 0 || !loader.includes("split_")) {
  console.error("assemble: no lazy areas found in __wasm_split.js; was the build split?");
  process.exit(1);
}
writeFileSync(join(dist, "areas.json"), JSON.stringify({ pkg, areas }, null, 2));
// The deployed build, in the never-cached config.json: an open page compares it with its own
// (index.html's `expocx-build`) and reloads at its next navigation when they differ.
const build = pkg.replace(/^pkg-/, "");
const config = JSON.parse(readFileSync(join(dist, "config.json"), "utf8"));
writeFileSync(join(dist, "config.json"), JSON.stringify({ ...config, build }, null, 2) + "\n");

const head = [
  `<link rel="stylesheet" href="/${cssName}" />`,
  `<meta name="expocx-area-css" content="/${pkg}/areas.css" />`,
  `<meta name="expocx-build" content="${build}" />`,
  `<link rel="modulepreload" href="/${pkg}/expocx.js" />`,
  `<link rel="modulepreload" href="/${pkg}/__wasm_split.js" />`,
  `<link rel="preload" href="/${pkg}/expocx_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
  `<script type="module">import init from "/${pkg}/expocx.js"; init({ module_or_path: "/${pkg}/expocx_bg.wasm" });</script>`,
].join("\n  ");
let html = readFileSync("index.html", "utf8")
  .replace(/^\s*<link data-trunk [^>]*>\n/gm, "")
  // Comments are for the people who read index.html, not for every shopper's first load.
  .replace(/<!--[\s\S]*?-->\n?/g, "")
  .replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${css.replace(/\/\*[\s\S]*?\*\//g, "").split("\n").map((l) => l.trim()).filter(Boolean).join("\n")}</style>`);
// The inline scripts minified like the modules (the server hashes them for its CSP at start).
const inline = [];
for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
  inline.push([m[0], `<script>${(await minify(m[1], { compress: { passes: 2 }, mangle: true })).code}</script>`]);
}
for (const [from, to] of inline) html = html.replace(from, () => to);
html = html.replace("</head>", `  ${head}\n</head>`);
writeFileSync(join(dist, "index.html"), html);
console.log(`assembled ${dist}/: ${pkg}/ (${contents.size} files), ${cssName}, areas: ${Object.keys(areas).join(", ")}`);
