#!/usr/bin/env bash
# `make cluster-bench`: the national dataset (5.75 M figures, generated once into
# $SYNTHETIC_DIR) on PostgreSQL beside SQLite, in one run on this machine:
#  1. `server copy` of the SQLite store into the throw-away PostgreSQL `make cluster-bench`
#     starts (scripts/with-postgres.sh: its URL in FAZHI_BENCH_DATABASE);
#  2. a server from start to serving (/healthz 200), on each engine (cold process, warm OS
#     cache; median of 3);
#  3. an edit posted to one server, until the public page of every other server on the same
#     database shows it (median of 7, PAUSE s apart): two servers on one SQLite file, three on
#     PostgreSQL;
#  4. the national URL mix (scripts/loadtest/mix.lua: Zipf over >= 10,000 public URLs, a
#     browser's headers, 64 connections, $MIX_DURATION, each server started fresh): one server
#     direct; one behind nginx; two behind nginx, round robin and by URL (`hash $request_uri
#     consistent`: each page rendered and kept by one server) — with PostgreSQL's own count of
#     transactions and rows read during the run, per request.
set -euo pipefail
SERVER_BIN=${SERVER_BIN:?path of the release server}
SYNTHETIC_DIR=${SYNTHETIC_DIR:-var-synthetic}
MIX_DURATION=${MIX_DURATION:-30s}
RUNS=${RUNS:-7}
PAUSE=${PAUSE:-2}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

[ -f "$SYNTHETIC_DIR/fazhi-kanban.sqlite3" ] || "$SERVER_BIN" gen --data-dir "$SYNTHETIC_DIR"
sqlite="sqlite:$work/sqlite/fazhi-kanban.sqlite3"
mkdir -p "$work/sqlite" && cp "$SYNTHETIC_DIR/fazhi-kanban.sqlite3" "$work/sqlite/"
pg=${FAZHI_BENCH_DATABASE:?make cluster-bench starts the database}
psql_bin=$(ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)
psql() { "$psql_bin" -XAtq -d "$pg" -c "$1"; }

echo "## 1. server copy, SQLite → PostgreSQL"
start=$(now_ms)
"$SERVER_BIN" copy --from "$sqlite" --to "$pg"
echo "copied in $((($(now_ms) - start) / 1000)) s"
password=bench-$RANDOM-$RANDOM
for db in "$sqlite" "$pg"; do
  echo "$password" | "$SERVER_BIN" user add --name bench --role supervisor --database "$db" >/dev/null
done

serve() { # database, port
  RUST_LOG=warn GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304 \
    "$SERVER_BIN" --database "$1" --addr "127.0.0.1:$2" >"$work/server-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "127.0.0.1:$2/healthz" && return; sleep 0.05; done
  echo "server on $2 did not start" >&2; cat "$work/server-$2.log" >&2; exit 1
}
stop_all() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }

echo "## 2. from start to serving (median of 3)"
for db in "$sqlite" "$pg"; do
  times=()
  for _ in 1 2 3; do
    start=$(now_ms); serve "$db" 3931; times+=($(($(now_ms) - start))); stop_all
  done
  echo "${db%%:*}: $(printf '%s\n' "${times[@]}" | median) ms (runs: ${times[*]})"
done

echo "## 3. an edit on one server, until every other server on the database shows it (median of $RUNS)"
edit_visible() { # label, ports...
  local label=$1 first=$2; shift 2
  local base="http://127.0.0.1:$first" jar="$work/jar-$first" times=()
  csrf_of() { curl -sf -b "$jar" -c "$jar" "$base$1" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
  local csrf; csrf=$(csrf_of /login)
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode name=bench --data-urlencode "password=$password" \
    --data-urlencode "csrf=$csrf" "$base/login"
  csrf=$(csrf_of /supervision/entry)
  local page="/compare?indicator=synthetic_001&period=2024&q=900101"
  for run in $(seq 1 "$RUNS"); do
    sleep "$PAUSE"
    local value="$((100 + run * 97)).5" start; start=$(now_ms)
    curl -sf -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode region=900101 \
      --data-urlencode indicator=synthetic_001 --data-urlencode period=2024 --data-urlencode "value=$value" \
      --data-urlencode qualifier=exact --data-urlencode source=synthetic --data-urlencode note=bench \
      --data-urlencode "reason=bench run $run" --data-urlencode correction=yes "$base/supervision/entry"
    for port in "$@"; do
      until curl -sf "127.0.0.1:$port$page" | grep -qF "$value"; do
        (($(now_ms) - start < 30000)) || { echo "run $run: not shown on $port after 30 s" >&2; exit 1; }
      done
    done
    times+=($(($(now_ms) - start)))
  done
  echo "$label: median $(printf '%s\n' "${times[@]}" | median) ms (runs: ${times[*]})"
}
serve "$sqlite" 3931; serve "$sqlite" 3932
edit_visible "SQLite, two servers on one file" 3931 3932
stop_all
serve "$pg" 3931; serve "$pg" 3932; serve "$pg" 3933
edit_visible "PostgreSQL, three servers" 3931 3932 3933
stop_all

echo "## 4. the national mix: one server, one behind nginx, two behind nginx"
serve "$pg" 3931
python3 "$here/loadtest/urls.py" "http://127.0.0.1:3931" >"$work/urls.txt"
echo "$(wc -l <"$work/urls.txt") URLs"
stop_all
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  upstream one { server 127.0.0.1:3931; keepalive 64; }
  upstream two { server 127.0.0.1:3931; server 127.0.0.1:3932; keepalive 64; }
  upstream by_url { hash \$request_uri consistent; server 127.0.0.1:3931; server 127.0.0.1:3932; keepalive 64; }
  server { listen 127.0.0.1:3941; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; } }
  server { listen 127.0.0.1:3942; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; } }
  server { listen 127.0.0.1:3943; location / { proxy_pass http://by_url; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; } }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
db_stats() { psql "SELECT xact_commit + xact_rollback, tup_returned + tup_fetched FROM pg_stat_database WHERE datname = current_database()"; }
mix() { # label, port
  local before after
  before=$(db_stats)
  URLS="$work/urls.txt" wrk -t2 -c64 -d"$MIX_DURATION" --latency -s "$here/loadtest/mix.lua" "http://127.0.0.1:$2" >"$work/wrk.txt"
  sleep 1 # PostgreSQL's statistics are sent at the end of each transaction, shortly after
  after=$(db_stats)
  local requests; requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  echo "== $1: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") req/s, p50 $(awk '$1 == "50%" {print $2}' "$work/wrk.txt"), p99 $(awk '$1 == "99%" {print $2}' "$work/wrk.txt"), $requests requests, errors: $(grep -cE 'Non-2xx|Socket errors' "$work/wrk.txt" || true)"
  python3 -c "
b, a, n = '$before'.split('|'), '$after'.split('|'), $requests
print(f'   PostgreSQL during the run: {int(a[0]) - int(b[0])} transactions, {int(a[1]) - int(b[1])} rows read; per request {(int(a[0]) - int(b[0])) / n:.4f} transactions')"
  awk '/Requests\/sec/ {print $2}' "$work/wrk.txt" >"$work/rps-$3"
}
serve "$pg" 3931; sleep 5
mix "one server, direct" 3931 direct
stop_all; serve "$pg" 3931; sleep 5
mix "one server behind nginx" 3941 one
stop_all; serve "$pg" 3931; serve "$pg" 3932; sleep 5
mix "two servers behind nginx, round robin" 3942 two
stop_all; serve "$pg" 3931; serve "$pg" 3932; sleep 5
mix "two servers behind nginx, by URL" 3943 by_url
stop_all
kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true
python3 -c "
one, two, by_url = $(cat "$work/rps-direct"), $(cat "$work/rps-two"), $(cat "$work/rps-by_url")
print(f'two behind nginx / one direct: round robin {two / one:.2f}x, by URL {by_url / one:.2f}x; one behind nginx / direct: {$(cat "$work/rps-one") / one:.2f}x')"
