#!/usr/bin/env bash
# Make sure the tests have the Debian packages they need:
#  - a Chromium that draws the diagrams at build time and runs the browser tests: $CHROMIUM_PATH, else /usr/bin/chromium (package chromium);
#  - Liberation Sans (package fonts-liberation), which has Arial's letter widths: the build
#    measures the diagram labels in the font most readers see them in;
#  - Hunspell with the Dutch dictionary for the spelling check (packages hunspell, hunspell-nl);
#  - Java (package default-jre-headless), which runs the Nu Html Checker (vnu.jar, from npm);
#  - zbarimg (package zbar-tools), which reads the zakkaart's QR code back in a test;
#  - nginx and Apache, which serve the site with deploy/ in the browser tests (packages nginx,
#    apache2; the tests start their own instances on 127.0.0.1, never the system's service).
# As root with apt, missing packages are installed; otherwise the script stops with a
# message saying how to get them.
set -euo pipefail

missing=()
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ ! -x "$CHROMIUM_PATH" ]]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
    exit 1
  fi
elif [[ ! -x /usr/bin/chromium ]]; then
  missing+=(chromium fonts-dejavu-core)
fi
[[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]] || missing+=(fonts-liberation)
command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
[[ -f /usr/share/hunspell/nl.dic ]] || missing+=(hunspell-nl)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
[[ -x /usr/sbin/apache2 ]] || missing+=(apache2)

if (( ${#missing[@]} == 0 )); then exit 0; fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
The tests need these Debian packages: ${missing[*]}
Install them (sudo apt-get install ${missing[*]}), or point CHROMIUM_PATH at a Chromium
or Chrome binary. Do not run \`playwright install\`: it downloads a browser.
MSG
exit 1
