#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (a browser download is not
# possible here). Installs it with apt when absent; needs root, as on the project's machines.
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing; install Debian's chromium package (or set CHROMIUM_PATH)." >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium for the browser tests…" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
