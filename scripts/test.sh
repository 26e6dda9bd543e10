#!/usr/bin/env bash
# `npm test`: everything CI runs. Gets the browser the end-to-end tests need when it is
# missing, then runs unit and integration tests (Vitest), builds the app and runs the
# browser tests (Playwright, which starts the built app itself). Also gets PostgreSQL for
# the integration tests when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

have_chromium() { [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; }
apt_updated=""
apt_install() {
  echo "test: installing Debian packages: $*"
  # One index update per run, however many groups of packages are missing.
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! have_chromium; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt_install chromium fonts-noto-cjk
  else
    echo "test: no Chromium at /usr/bin/chromium and CHROMIUM_PATH is unset."
    echo "test: trying Playwright's own browser (npx playwright install chromium)."
    echo "test: on Debian/Ubuntu you can instead run: sudo apt-get install chromium fonts-noto-cjk"
    npx playwright install chromium
  fi
elif [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  # The app serves its own fonts; the system CJK font is the fallback that keeps screenshots
  # of any other page free of tofu.
  apt_install fonts-noto-cjk
fi

# The integration tests run against SQLite and a throwaway PostgreSQL cluster of their own.
have_postgres() { [ -n "${TRIGLOT_TEST_DATABASE_URL:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; }
if ! have_postgres; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt_install postgresql
  else
    echo "test: PostgreSQL is missing: install it (initdb and pg_ctl on PATH) or set"
    echo "test: TRIGLOT_TEST_DATABASE_URL=postgres://user@host:port/db (a user who may create databases)."
    exit 1
  fi
fi

# The XLIFF export is validated against the OASIS XLIFF 2.0 core schema with xmllint.
if ! command -v xmllint >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt_install libxml2-utils
  else
    echo "test: xmllint is missing: install libxml2-utils (sudo apt-get install libxml2-utils)."
    exit 1
  fi
fi

# Stress marks over Russian read the lexicon of Festival's Russian voice (festvox-ru).
if [ -z "${TRIGLOT_STRESS_DICTIONARY:-}" ] && [ ! -f /usr/share/festival/voices/russian/msu_ru_nsh_clunits/dict/msu_ru_nsh_dict.scm ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt_install festvox-ru
  else
    echo "test: the Russian stress lexicon is missing: install festvox-ru (sudo apt-get install festvox-ru)."
    exit 1
  fi
fi

# The alignment evaluation set and dictionaries come from Debian packages: translated Debian
# documentation (read by lib/align/devset/evalset.ts) and English–Russian dictionaries (dictd
# format), which word look-up in the reader uses too (the app works without them and says so).
ALIGN_PACKAGES="debian-faq debian-faq-ru debian-faq-zh-cn maint-guide maint-guide-ru maint-guide-zh-cn installation-guide-amd64 mueller7-dict dict-freedict-eng-rus"
missing_align=""
for p in $ALIGN_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing_align="$missing_align $p"; done
if [ -n "$missing_align" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # shellcheck disable=SC2086
    apt_install $missing_align
  else
    echo "test: the alignment tests need Debian packages:$missing_align (sudo apt-get install$missing_align)."
    exit 1
  fi
fi

npm run --silent check
npx vitest run
npx next build
npx playwright test
