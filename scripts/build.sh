#!/usr/bin/env bash
# Builds the SPA in release into dist/ (Trunk, wasm-opt -Oz) and precompresses it (br, gzip).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build --release --offline
node scripts/precompress.mjs dist
