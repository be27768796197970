#!/usr/bin/env bash
# Writes a complete nginx.conf for palace-kiosk to stdout.
# Usage: scripts/nginx-conf.sh PORT DIST CONTENT_ROOT [standalone]
#   standalone: a whole nginx.conf (pid, logs and temp files in /tmp) for tests or a quick start.
set -euo pipefail
port="$1"; dist="$(cd "$2" && pwd)"; content="$(cd "$3" && pwd)"
here="$(cd "$(dirname "$0")/.." && pwd)"
block="$(sed -e "s#@PORT@#${port}#g" -e "s#@DIST@#${dist}#g" -e "s#@CONTENT@#${content}#g" "$here/deploy/nginx.conf.template")"
if [ "${4:-}" = standalone ]; then
  tmp="${NGINX_TMP:-/tmp/palace-kiosk-nginx-$port}"
  mkdir -p "$tmp"
  cat <<CONF
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
daemon off;
events { worker_connections 256; }
http {
  access_log $tmp/access.log;
  client_body_temp_path $tmp/body; proxy_temp_path $tmp/proxy; fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi; scgi_temp_path $tmp/scgi;
  sendfile on;
$block
}
CONF
else
  echo "$block"
fi
