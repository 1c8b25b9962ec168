#!/usr/bin/env bash
# ensure-apt-package.sh PACKAGE BINARY — makes sure a Debian package's binary exists, installing
# the package with apt when it does not (needs root, as on the project's machines). The browser
# tests drive Debian's chromium (a Playwright download is impossible here); the shared-pacing
# tests and benchmark start their own redis-server on a free loopback port.
set -euo pipefail
package="${1:?usage: ensure-apt-package.sh PACKAGE BINARY}"
binary="${2:?usage: ensure-apt-package.sh PACKAGE BINARY}"
[ -x "$binary" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-apt-package: $binary is missing; install Debian's $package package (or point the tests at another binary)." >&2
  exit 1
fi
echo "ensure-apt-package: installing Debian's $package for the tests…" >&2
# dpkg may be busy with another install; retry, bounded (60 × 5 s).
for _ in $(seq 1 60); do
  apt-get update -qq >/dev/null 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null 2>&1 && break
  sleep 5
done
[ -x "$binary" ] || { echo "ensure-apt-package: could not install $package ($binary is still missing)." >&2; exit 1; }
# A package may start a system service (redis-server on 6379): the tests run their own servers.
if [ -e "/lib/systemd/system/$package.service" ] || [ -e "/etc/init.d/$package" ]; then
  (command -v systemctl >/dev/null && systemctl disable --now "$package" >/dev/null 2>&1) || service "$package" stop >/dev/null 2>&1 || true
fi
