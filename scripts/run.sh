#!/usr/bin/env bash
# Runs the product: installs what is missing, builds the SPA in release, and starts the
# reference backend with its SQLite database (data/expocx.db) and the demo data.
#   PORT=8080 scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
source scripts/env.sh
scripts/build.sh
cargo build --profile server -p expocx-server
exec target/server/expocx-server --demo --demo-history --port "${PORT:-8080}" --db "${EXPOCX_DB:-data/expocx.db}" --dist dist
