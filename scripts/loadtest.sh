#!/usr/bin/env bash
# `make loadtest`: the release server under the traffic browsers and crawlers make, on loopback,
# beside nginx serving the same bytes in the same run (report the ratio: absolute figures drift
# between machines). wrk (Debian) with a browser's headers; each figure says hit or miss.
#  1. seed compare page, `Accept-Encoding: gzip, deflate, br, zstd`, 32 connections: the server
#     (page cache hit, brotli variant) vs nginx serving the page precompressed (gzip_static).
#  2. national dataset (generated once into $SYNTHETIC_DIR): each kind of page on a cache miss
#     (scripts/loadtest/misses.py); then a server started fresh (cold):
#     >= 10,000 public URLs drawn by a Zipf law (scripts/loadtest/mix.lua), 64 connections,
#     $MIX_DURATION; the page cache's hits, renders and holdings from /healthz (loadtest/cache.py).
#  3. the same mix on a fresh server while a second client sends made-up parameters in a loop
#     (scripts/loadtest/unknown.lua) at 64 connections: the mix's p99 beside run 2's.
set -euo pipefail
SERVER_BIN=${SERVER_BIN:?}
DURATION=${DURATION:-15s}
MIX_DURATION=${MIX_DURATION:-60s}
SYNTHETIC_DIR=${SYNTHETIC_DIR:-var-synthetic}
here=$(cd "$(dirname "$0")" && pwd)
PAGE="/compare?indicator=local_regulations_enacted"
BROWSER=(-H "Accept-Encoding: gzip, deflate, br, zstd" -H "Accept: text/html,application/xhtml+xml,*/*;q=0.8")
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as an unprivileged user: they must read the page.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

serve() { # data dir, port
  RUST_LOG=warn "$SERVER_BIN" --data-dir "$1" --addr "127.0.0.1:$2" >"$work/server-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -sf "127.0.0.1:$2/healthz" >/dev/null && return; sleep 0.1; done
  echo "server on $2 did not start" >&2; cat "$work/server-$2.log" >&2; exit 1
}
stop_last() { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

summary() { # wrk output file
  grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" "$1" | sed 's/^ */  /'
  grep -qE "Non-2xx|Socket errors" "$1" && echo "  errors: see above" || echo "  errors: 0"
}
load() { # label, connections, duration, url, extra wrk args...
  local label=$1 connections=$2 duration=$3 url=$4; shift 4
  echo "== $label ($connections connections, $duration)"
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" >"$work/wrk.txt"
  summary "$work/wrk.txt"
}
cache() { # port
  curl -sf "127.0.0.1:$1/healthz" | python3 "$here/loadtest/cache.py"
}

echo "## 1. seed compare page, a browser's Accept-Encoding"
serve "$work/seed" 3901
curl -sf "${BROWSER[@]}" -o /dev/null "127.0.0.1:3901$PAGE" # the miss; the next hit makes brotli
curl -sf "${BROWSER[@]}" -o /dev/null "127.0.0.1:3901$PAGE"; sleep 1
curl -sf "127.0.0.1:3901$PAGE" -o "$work/compare.html"
gzip -9 -n -k "$work/compare.html"
echo "page: $(wc -c <"$work/compare.html") B; as the server sends it: $(curl -s "${BROWSER[@]}" "127.0.0.1:3901$PAGE" | wc -c) B ($(curl -s -D- -o /dev/null "${BROWSER[@]}" "127.0.0.1:3901$PAGE" | grep -i '^content-encoding' | tr -d '\r')); nginx: $(wc -c <"$work/compare.html.gz") B gzip -9"
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
    gzip_static on;
    location / { root $work; default_type text/html; try_files /compare.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 1
load "server, seed compare page (hit, brotli)" 32 "$DURATION" "http://127.0.0.1:3901$PAGE" "${BROWSER[@]}"
server_rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
load "nginx, the same page precompressed (gzip_static)" 32 "$DURATION" "http://127.0.0.1:3902/compare.html" "${BROWSER[@]}"
nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
echo "server / nginx: $(python3 -c "print(f'{$server_rps / $nginx_rps:.2f}')")x"
load "server, seed compare page, no Accept-Encoding (hit, identity)" 32 "$DURATION" "http://127.0.0.1:3901$PAGE"
stop_last; stop_last # nginx, then the seed server

echo "## 2. national dataset: the mix from a fresh server"
if [ ! -f "$SYNTHETIC_DIR/fazhi-kanban.sqlite3" ]; then
  "$SERVER_BIN" gen --data-dir "$SYNTHETIC_DIR"
fi
started=$(date +%s.%N)
serve "$SYNTHETIC_DIR" 3903
echo "ready in $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
python3 "$here/loadtest/urls.py" "http://127.0.0.1:3903" >"$work/urls.txt"
stop_last
serve "$SYNTHETIC_DIR" 3903
sleep 5 # the ranks and the summary are worked out beside the server after it starts
echo "== each kind of page on a cache miss, one request at a time"
python3 "$here/loadtest/misses.py" "http://127.0.0.1:3903" "$work/urls.txt"
stop_last
serve "$SYNTHETIC_DIR" 3903 # fresh again: the URL list's API calls filled the cache
URLS="$work/urls.txt" load "mix, cold start" 64 "$MIX_DURATION" "http://127.0.0.1:3903" -s "$here/loadtest/mix.lua"
mix_p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
cache 3903
echo "  server RSS: $(grep VmRSS "/proc/${pids[-1]}/status" | awk '{print int($2/1024)}') MiB"
stop_last

echo "## 3. the mix again, fresh, with a client sending made-up parameters in a loop"
serve "$SYNTHETIC_DIR" 3903
wrk -t1 -c64 -d"$MIX_DURATION" --latency -s "$here/loadtest/unknown.lua" "http://127.0.0.1:3903" >"$work/unknown.txt" &
attacker=$!
URLS="$work/urls.txt" load "mix, cold start, beside the loop" 64 "$MIX_DURATION" "http://127.0.0.1:3903" -s "$here/loadtest/mix.lua"
wait "$attacker" || true
echo "== the loop of made-up parameters (answered 301)"
grep -E "Requests/sec|99%" "$work/unknown.txt" | sed 's/^ */  /'
cache 3903
echo "mix p99 without the loop: $mix_p99; beside it: $(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
