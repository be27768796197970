#!/usr/bin/env bash
# `npm run kiosk`: the installer's one command. Builds if needed, serves the kiosk, and keeps a
# fullscreen Chromium in kiosk mode on it, restarting the browser if it ever exits.
set -uo pipefail
cd "$(dirname "$0")/.."

PORT="${KIOSK_PORT:-4173}"
QUERY="${KIOSK_URL_QUERY:-}"
URL="http://127.0.0.1:${PORT}/${QUERY:+?$QUERY}"
CHROMIUM="${KIOSK_CHROMIUM:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"
PROFILE="${KIOSK_PROFILE:-$HOME/.config/palace-kiosk-chromium}"

bash scripts/ensure-system-deps.sh || exit 1
[ -f dist/index.html ] || npm run build || exit 1

node scripts/serve.mjs --port "$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; exit 0' INT TERM EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:${PORT}/" >/dev/null 2>&1 && break; sleep 0.2; done

# Flags for an unattended screen:
FLAGS=(
  --kiosk "$URL"
  --user-data-dir="$PROFILE"
  --no-first-run --no-default-browser-check
  --disable-session-crashed-bubble --hide-crash-restore-bubble --noerrdialogs --disable-infobars
  --disable-translate --disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter
  --overscroll-history-navigation=0 --disable-pinch
  --disable-background-timer-throttling --disable-backgrounding-occluded-windows --disable-renderer-backgrounding
  --disable-background-networking --disable-component-update --disable-sync --disable-domain-reliability
  --no-pings --metrics-recording-only
  --autoplay-policy=no-user-gesture-required
  --check-for-update-interval=31536000
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"
)
[ "$(id -u)" -eq 0 ] && FLAGS+=(--no-sandbox)
[ -n "${KIOSK_EXTRA_FLAGS:-}" ] && read -r -a extra <<<"$KIOSK_EXTRA_FLAGS" && FLAGS+=("${extra[@]}")

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
