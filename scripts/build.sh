#!/usr/bin/env bash
# Builds the SPA in release into dist/, split into lazily loaded WebAssembly chunks, and
# precompresses it (br, gzip). Trunk has no support for splitting (trunk#1022), so this follows
# `cargo leptos --split`: the wasm is linked with relocations (feature `split` turns the lazy
# areas into split points), wasm-split-cli cuts it into a main module and one chunk per area
# (plus shared chunks), wasm-bindgen writes the JS glue (and that of the portal's QR reader, a
# worker of its own), wasm-opt -Oz shrinks every module, and
# scripts/assemble.mjs writes dist/ with everything under one content-hashed folder.
# `trunk serve` (development) builds without the feature: one module, nothing lazy.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
out="$ROOT/target/split"
rm -rf "$out" && mkdir -p "$out/raw"

# The portal's QR reader first: a plain module (relocations are only for splitting the app).
cargo build --release --offline --target wasm32-unknown-unknown -p expocx-scanner
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS -Clink-args=--emit-relocs"
cargo build --release --offline --target wasm32-unknown-unknown --bin expocx --features split

wasm-split-cli --out-name expocx target/wasm32-unknown-unknown/release/expocx.wasm "$out/raw"
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name expocx \
  --out-dir "$out/raw" "$out/raw/expocx.wasm"
# The portal's QR reader: its own small module for a Web Worker (built above, without relocations).
wasm-bindgen --target web --out-dir "$out/raw" target/wasm32-unknown-unknown/release/expocx_scanner.wasm
cp scripts/scanner-worker.js "$out/raw/"
rm "$out/raw/expocx.wasm" "$out/raw"/*.d.ts
for wasm in "$out/raw"/*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm" -o "$wasm"
done

node scripts/assemble.mjs "$out/raw" dist
# The contract's reference at /api/docs: Swagger UI from npm, served as files (no CDN).
mkdir -p dist/api-docs
cp scripts/node_modules/swagger-ui-dist/{swagger-ui-bundle.js,swagger-ui.css,LICENSE} dist/api-docs/
node scripts/precompress.mjs dist
