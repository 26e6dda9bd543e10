#!/usr/bin/env bash
# Starts the built app for Playwright on a fresh database: the real content/ plus the e2e
# fixture documents (one has missing translations), in a throwaway data folder.
# E2E_ROOT picks the folder, E2E_NO_USERS=1 leaves the account table empty (for /setup).
set -euo pipefail
cd "$(dirname "$0")/.."
root="${E2E_ROOT:-.e2e}"
rm -rf "$root"
mkdir -p "$root/content"
cp -R content/*/ "$root/content/"
cp -R tests/fixtures/e2e-content/*/ "$root/content/"
# One practice document per UI locale, so that review tests running in parallel never share data.
for locale in en zh ru; do
  dir="$root/content/review-$locale"
  cp -R tests/fixtures/e2e-review/review-practice "$dir"
  sed -i "s/\"id\": \"review-practice\"/\"id\": \"review-$locale\"/" "$dir/document.json"
  # Search and replace changes many texts at once, conversations fill inboxes, soft claims and
  # the document page's statistics count edits: their own copies.
  for own in "replace-$locale" "talk-$locale" "claim-$locale"; do
    cp -R tests/fixtures/e2e-review/review-practice "$root/content/$own"
    sed -i "s/\"id\": \"review-practice\"/\"id\": \"$own\"/" "$root/content/$own/document.json"
  done
  # The quality-check tests get their own copies: one to break, one to fill the translation memory,
  # one to break and read with quality flags.
  for qa in "qa-$locale" "qa-$locale-memory" "qaflags-$locale"; do
    cp -R tests/fixtures/e2e-review/review-practice "$root/content/$qa"
    sed -i "s/\"id\": \"review-practice\"/\"id\": \"$qa\"/" "$root/content/$qa/document.json"
  done
done
# One whose texts the front-cache test changes while reading it anonymously.
cp -R tests/fixtures/e2e-review/review-practice "$root/content/front-en"
sed -i 's/"id": "review-practice"/"id": "front-en"/' "$root/content/front-en/document.json"
# And one for export and import from the document page.
cp -R tests/fixtures/e2e-review/review-practice "$root/content/exchange-en"
sed -i 's/"id": "review-practice"/"id": "exchange-en"/' "$root/content/exchange-en/document.json"
# A generated 5,000-segment book for the tests of long documents (the main server only).
if [ -z "${E2E_NO_USERS:-}" ]; then
  npx tsx scripts/generate-book.ts --segments 5000 --id book-5000 "$root/content" >/dev/null
fi
export TRIGLOT_DATA_DIR="$root/data"
export TRIGLOT_CONTENT_DIR="$root/content"

# Accounts the browser tests sign in with, made the way an operator would: through the CLI.
password='e2e-password-1234'
add_user() { printf '%s\n' "$password" | npx tsx cli/index.ts user add --email "$1" --role "$2" --name "$3" ${4:+--languages "$4"} >/dev/null; }
if [ -z "${E2E_NO_USERS:-}" ]; then
add_user admin@example.test admin 'Ada Admin'
add_user translator@example.test translator 'Tao Translator'
add_user reviewer@example.test reviewer 'Rita Reviewer'
add_user reviewer2@example.test reviewer 'Roman Reviewer'
add_user reviewer-ru@example.test reviewer 'Ruslan Reviewer' ru
fi
exec node serve.mjs --port "${E2E_PORT:-3100}"
