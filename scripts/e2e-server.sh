#!/usr/bin/env bash
# Starts the built app for Playwright on a fresh database: the real content/ plus the e2e
# fixture documents (one has missing translations), in a throwaway data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=.e2e
rm -rf "$root"
mkdir -p "$root/content"
cp -R content/*/ "$root/content/"
cp -R tests/fixtures/e2e-content/*/ "$root/content/"
export TRIGLOT_DATA_DIR="$root/data"
export TRIGLOT_CONTENT_DIR="$root/content"
exec npx next start --port "${E2E_PORT:-3100}"
