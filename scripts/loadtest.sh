#!/usr/bin/env bash
# `make loadtest`: the release server under load on loopback, beside nginx serving the same
# page's bytes as a static file, in the same run. Then the same against the national synthetic
# dataset (generated once into $SYNTHETIC_DIR). wrk from Debian; bounded by DURATION.
set -euo pipefail
SERVER_BIN=${SERVER_BIN:?}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
SYNTHETIC_DIR=${SYNTHETIC_DIR:-var-synthetic}
PAGE="/compare?indicator=local_regulations_enacted"
NATIONAL_PAGE="/compare?indicator=synthetic_001"
work=$(mktemp -d)
# nginx workers run as an unprivileged user: they must be able to read the page.
chmod 755 "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

serve() { # data dir, port
  "$SERVER_BIN" --data-dir "$1" --addr "127.0.0.1:$2" >"$work/server-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -sf "127.0.0.1:$2/healthz" >/dev/null && return; sleep 0.5; done
  echo "server on $2 did not start" >&2; cat "$work/server-$2.log" >&2; exit 1
}

load() { # label, url
  echo "== $1: $2 ($CONNECTIONS connections, $DURATION)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" | tee "$work/wrk.txt" |
    grep -E "Requests/sec|Transfer/sec|50%|90%|99%|Non-2xx|Socket errors|requests in"
  grep -qE "Non-2xx|Socket errors" "$work/wrk.txt" && echo "errors: see above" || echo "errors: 0"
}

serve "$work/seed" 3901
curl -sf "127.0.0.1:3901$PAGE" -o "$work/compare.html"
echo "compare page: $(wc -c <"$work/compare.html") bytes of HTML"
mkdir -p "$work/nginx/logs"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:3902;
    location / { root $work; default_type text/html; try_files /compare.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 1
load "server, seed data" "http://127.0.0.1:3901$PAGE"
load "nginx, the same bytes as a static file" "http://127.0.0.1:3902/compare.html"
load "server, JSON compare (seed)" "http://127.0.0.1:3901/api/v1/compare?indicator=local_regulations_enacted"

if [ ! -f "$SYNTHETIC_DIR/fazhi-kanban.sqlite3" ]; then
  "$SERVER_BIN" gen --data-dir "$SYNTHETIC_DIR"
fi
started=$(date +%s.%N)
serve "$SYNTHETIC_DIR" 3903
echo "national dataset: ready in $(echo "$(date +%s.%N) - $started" | bc) s"
echo "national compare page: $(curl -sf "127.0.0.1:3903$NATIONAL_PAGE" | wc -c) bytes of HTML"
load "server, national synthetic data" "http://127.0.0.1:3903$NATIONAL_PAGE"
echo "server RSS (national): $(grep VmRSS "/proc/${pids[-1]}/status" | awk '{print int($2/1024)}') MiB"
