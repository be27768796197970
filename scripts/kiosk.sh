#!/usr/bin/env bash
# `npm run kiosk`: the installer's one command. Builds if needed, serves the kiosk, and keeps a
# fullscreen Chromium in kiosk mode on it, restarting the browser if it ever exits.
# KIOSK_DRY_RUN=1 prints Chromium's command line, one argument a line, and starts nothing.
set -uo pipefail
cd "$(dirname "$0")/.."

PORT="${KIOSK_PORT:-4173}"
QUERY="${KIOSK_URL_QUERY:-}"
URL="http://127.0.0.1:${PORT}/${QUERY:+?$QUERY}"
DIST="${KIOSK_DIST:-dist}"
CHROMIUM="${KIOSK_CHROMIUM:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"
PROFILE="${KIOSK_PROFILE:-$HOME/.config/palace-kiosk-chromium}"

# Flags for an unattended screen, defined once in scripts/lib/chromium-flags.mjs (the tests and
# the bench run with its common ones): kiosk mode, no dialogs or gestures, no background
# throttling, no first run, no outside look-ups.
flag_lines=$(node scripts/lib/chromium-flags.mjs kiosk) || { echo "palace-kiosk: cannot read the Chromium flags (is Node installed?)" >&2; exit 1; }
mapfile -t FLAGS <<<"$flag_lines"
FLAGS+=(--user-data-dir="$PROFILE")
[ "$(id -u)" -eq 0 ] && FLAGS+=(--no-sandbox)
[ -n "${KIOSK_EXTRA_FLAGS:-}" ] && read -r -a extra <<<"$KIOSK_EXTRA_FLAGS" && FLAGS+=("${extra[@]}")
FLAGS+=("$URL")

if [ "${KIOSK_DRY_RUN:-0}" = 1 ]; then
  printf '%s\n' "$CHROMIUM" "${FLAGS[@]}"
  exit 0
fi

bash scripts/ensure-system-deps.sh || exit 1
[ -f "$DIST/index.html" ] || KIOSK_DIST="$DIST" npm run build || exit 1

node scripts/serve.mjs --port "$PORT" --dist "$DIST" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; exit 0' INT TERM EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:${PORT}/" >/dev/null 2>&1 && break; sleep 0.2; done

echo "palace-kiosk: serving $URL; starting Chromium in kiosk mode (Ctrl+C to stop)"
while kill -0 "$SERVER" 2>/dev/null; do
  # A crashed profile would show a "restore pages?" bubble: mark the last exit as clean.
  [ -f "$PROFILE/Default/Preferences" ] && sed -i 's/"exit_type":"Crashed"/"exit_type":"Normal"/; s/"exited_cleanly":false/"exited_cleanly":true/' "$PROFILE/Default/Preferences"
  "$CHROMIUM" "${FLAGS[@]}"
  code=$?
  [ "${KIOSK_ONCE:-0}" = 1 ] && break
  echo "palace-kiosk: Chromium exited ($code); restarting in 3 s"
  sleep 3
done
