#!/usr/bin/env bash
# The cold national mix of loadtest.sh (part 2) for several server binaries in one run, each
# on a freshly started server, in the order given (e.g. `A B B A` to spread drift): compare a
# change with what it replaces on the same machine at the same time.
#   SYNTHETIC_DIR=/path/to/var-synthetic LEPTOS_SITE_ROOT=... scripts/loadtest/ab-mix.sh A B B A
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
DIR=${SYNTHETIC_DIR:-var-synthetic}
PORT=${PORT:-3903}
[ -f "$DIR/fazhi-kanban.sqlite3" ] || { echo "no national dataset in $DIR (make gen)" >&2; exit 1; }
export GLIBC_TUNABLES=${GLIBC_TUNABLES:-glibc.malloc.mmap_threshold=4194304}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
serve() {
  RUST_LOG=warn "$1" --data-dir "$DIR" --addr "127.0.0.1:$PORT" >"$work/server.log" 2>&1 & pid=$!
  for _ in $(seq 1 600); do curl -sf "127.0.0.1:$PORT/healthz" >/dev/null && return; sleep 0.1; done
  echo "$1 did not start" >&2; cat "$work/server.log" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
serve "$1"; python3 "$here/urls.py" "http://127.0.0.1:$PORT" >"$work/urls.txt"; stop
echo "$(wc -l <"$work/urls.txt") URLs; wrk -t2 -c64 -d${MIX_DURATION:-60s}, a fresh server each"
for bin in "$@"; do
  serve "$bin"
  URLS="$work/urls.txt" wrk -t2 -c64 -d"${MIX_DURATION:-60s}" --latency -s "$here/mix.lua" "http://127.0.0.1:$PORT" >"$work/wrk.txt"
  pct() { awk -v p="$1" '$1 == p {print $2}' "$work/wrk.txt"; }
  echo "== $bin: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") req/s, p50 $(pct 50%), p90 $(pct 90%), p99 $(pct 99%) $(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" | tr '\n' ' ')"
  curl -sf "127.0.0.1:$PORT/healthz" | python3 "$here/cache.py"
  stop
done
