#!/usr/bin/env bash
# Make sure the browser tests have a Chromium: $CHROMIUM_PATH, then /usr/bin/chromium.
# As root with apt and none present, install Debian's `chromium` package.
# Otherwise stop with a message saying how to get one.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
if [[ -x /usr/bin/chromium ]]; then exit 0; fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
No Chromium found for the browser tests.
Install Debian's package (sudo apt-get install chromium), or point CHROMIUM_PATH at a
Chromium or Chrome binary. Do not run `playwright install`: it downloads a browser.
MSG
exit 1
