#!/usr/bin/env bash
# Writes a complete nginx.conf for palace-kiosk to stdout, security headers included (from
# scripts/lib/headers.mjs, the definition scripts/serve.mjs uses: the two servers cannot drift).
# Usage: scripts/nginx-conf.sh PORT DIST CONTENT_ROOT [standalone]
#   standalone: a whole nginx.conf (pid, logs and temp files in /tmp) for tests or a quick start.
set -euo pipefail
port="$1"; dist="$(cd "$2" && pwd)"; content="$(cd "$3" && pwd)"
here="$(cd "$(dirname "$0")/.." && pwd)"
command -v node >/dev/null 2>&1 || { echo "nginx-conf.sh needs Node (it reads the headers from scripts/lib/headers.mjs)" >&2; exit 1; }
indent='        ' # the template's locations are indented by 8 spaces
app_headers="$(node "$here/scripts/lib/headers.mjs" nginx app "$indent")"
content_headers="$(node "$here/scripts/lib/headers.mjs" nginx content "$indent")"
# The template's opening comment (column 0) explains the placeholders: left out of the output.
block="# Written by scripts/nginx-conf.sh from deploy/nginx.conf.template: regenerate it, do not edit.
$(sed -e '/^#/d' -e "s#@PORT@#${port}#g" -e "s#@DIST@#${dist}#g" -e "s#@CONTENT@#${content}#g" "$here/deploy/nginx.conf.template")"
# Bash's own substitution: the header values hold ' and ; that sed would need escaped; with the
# replacement quoted, & in it stays literal (bash 5.2's patsub_replacement).
block="${block//@APP_HEADERS@/"$app_headers"}"
block="${block//@CONTENT_HEADERS@/"$content_headers"}"
if grep -q '@[A-Z_]*@' <<<"$block"; then echo "nginx-conf.sh: a placeholder of the template was not filled in" >&2; exit 1; fi
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
