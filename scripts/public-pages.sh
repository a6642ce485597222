#!/usr/bin/env bash
# Pre-renders the public pages of the reference backend with its demo data into a folder, as an
# organizer would for static hosting (`expocx-server prerender`, README "Public pages"):
#   scripts/public-pages.sh [out-dir]      (default target/public-pages; needs dist/ built)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/public-pages}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
target/debug/expocx-server --demo --port "$port" --db "$work/demo.db" --dist dist >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.2
done
rm -rf "$out"
target/debug/expocx-server prerender --from "http://127.0.0.1:$port" --dist dist --out "$out" \
  --public-url "https://expo.example"
