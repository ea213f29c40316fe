#!/usr/bin/env bash
# Installs the system programs the test suite drives when they are missing: Debian's chromium
# (test/browser) and redis-server (shared state across gateway replicas). Run by `npm test`, so
# that `npm ci && npm test` passes on a fresh machine.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: install ${missing[*]} (no apt-get here)" >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
echo "ensure-test-tools: installing ${missing[*]} with apt-get" >&2
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
