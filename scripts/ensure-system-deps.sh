#!/usr/bin/env bash
# Installs what the kiosk and its tests need from Debian when missing: Chromium (browsers cannot
# be downloaded by Playwright here) and CJK fonts (fallback for screenshots). Safe to run often.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)  # not grep -q: with pipefail, fc-list gets SIGPIPE
if [ "${KIOSK_NEED_NGINX:-0}" = 1 ]; then command -v nginx >/dev/null 2>&1 || need+=(nginx-light); fi

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
    echo "palace-kiosk needs these Debian packages: ${need[*]}" >&2
    echo "Run as root:  apt-get update && apt-get install -y --no-install-recommends ${need[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
echo "Installing Debian packages: ${need[*]} …"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed: ${need[*]}"
