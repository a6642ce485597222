#!/usr/bin/env bash
# The conformance kit: proves, over HTTP only, that the backend at <base-url> fits the contract.
#   scripts/conformance.sh https://expo.example.com [--staff-email E --staff-password P]
#     [--second-staff-email E2 --second-staff-password P2] [--only auth,orders] [--junit FILE]
# Prints a table of checks, exits non-zero when any fails (README "Conformance kit").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: scripts/conformance.sh <base-url> [--staff-email E --staff-password P] [--second-staff-email E2 --second-staff-password P2] [--only area1,area2] [--junit FILE]" >&2
  exit 2
fi
(cd "$root" && cargo build -q -p expocx-conformance)
exec "${CARGO_TARGET_DIR:-$root/target}/debug/expocx-conformance" "$@"
