// Writes .br and .gz beside every text/wasm file of the built SPA (the hashed module folder
// included), so the server can send
// the smallest encoding the browser accepts without compressing on each request.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kinds = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg"]);
for (const name of readdirSync(dir, { recursive: true })) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !kinds.has(extname(name))) continue;
  const raw = readFileSync(path);
  writeFileSync(path + ".br", brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }));
  writeFileSync(path + ".gz", gzipSync(raw, { level: 9 }));
}
