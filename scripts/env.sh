# Sourced by the scripts: tools on PATH in the order Trunk needs (npm's wasm-opt first).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
# WebAssembly builds: type-erased components (smaller, faster to compile), and source paths
# remapped so the bundle is byte-identical wherever the checkout lives (panic locations embed
# paths). Kept in one variable so tests and release builds share their compiled dependencies.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --remap-path-prefix=$ROOT=/expocx --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=/crates"
