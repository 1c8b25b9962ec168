#!/usr/bin/env bash
# The @atender/pacing-redis tests and the redis pacing benchmark start their own Debian
# redis-server on a free loopback port. Installs it with apt when absent; needs root, as on the
# project's machines. Only the binary is needed: no service is enabled or started here.
set -euo pipefail
[ -x "${REDIS_SERVER_PATH:-/usr/bin/redis-server}" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-redis: /usr/bin/redis-server is missing; install Debian's redis-server package (or set REDIS_SERVER_PATH)." >&2
  exit 1
fi
echo "ensure-redis: installing Debian's redis-server for the pacing tests…" >&2
# dpkg may be busy with another install (e.g. chromium's); wait for it, bounded.
for _ in $(seq 1 60); do
  apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null 2>&1 && break
  sleep 5
done
[ -x /usr/bin/redis-server ] || { echo "ensure-redis: could not install redis-server." >&2; exit 1; }
# The package starts a system service on port 6379; the tests use their own servers.
(command -v systemctl >/dev/null && systemctl disable --now redis-server >/dev/null 2>&1) || service redis-server stop >/dev/null 2>&1 || true
