#!/usr/bin/env bash
# Installs headless Chromium (Debian package `chromium`) for the HTML report test of the CLI.
# Idempotent: does nothing when /usr/bin/chromium is there. Needs root and apt-get; when either is
# missing it says why and exits 1, and the test skips with that reason.
set -uo pipefail

if [[ -x /usr/bin/chromium ]]; then
  echo "chromium is installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "cannot install chromium: apt-get is not available on this machine" >&2
  exit 1
fi

if [[ "$(id -u)" != "0" ]]; then
  echo "cannot install chromium: installing a package needs root (run: sudo $0)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "installing chromium with apt-get (quiet; this takes a minute)..."
if ! apt-get update -qq >/dev/null; then
  echo "cannot install chromium: apt-get update failed (no network or no package sources?)" >&2
  exit 1
fi

if ! apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
  echo "cannot install chromium: apt-get install chromium failed" >&2
  exit 1
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "cannot install chromium: the package installed no /usr/bin/chromium" >&2
  exit 1
fi

echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
