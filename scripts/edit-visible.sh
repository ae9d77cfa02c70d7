#!/usr/bin/env bash
# `make edit-bench`: how long an accepted edit takes to show on a public page, end to end, at
# national size. A supervisor signs in to the release server serving a copy of
# var-synthetic/ (the generated store stays as generated), posts a correction through the entry
# form RUNS times, PAUSE seconds apart (as edits come, not back to back: memory freed a while
# ago can cost more to use again), and after each fetches the compare page until it shows the
# new figure. Prints each time (post + first page that shows it), the median and the RSS.
set -euo pipefail

SERVER_BIN=${SERVER_BIN:?path of the release server}
STORE=${STORE:-var-synthetic/fazhi-kanban.sqlite3}
RUNS=${RUNS:-7}
PAUSE=${PAUSE:-3}
PORT=${PORT:-3910}
REGION=900101 INDICATOR=synthetic_001 PERIOD=2024
base="http://127.0.0.1:$PORT"

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$STORE" "$work/"
password=edit-bench-$RANDOM-$RANDOM
echo "$password" | "$SERVER_BIN" user add --name edit-bench --role supervisor --data-dir "$work" >/dev/null
"$SERVER_BIN" --data-dir "$work" --addr "127.0.0.1:$PORT" >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "$base/healthz" >/dev/null; do sleep 0.2; done
rss() { echo "$(($(ps -o rss= -p "$pid") / 1024)) MiB"; }
echo "server RSS when ready: $(rss)"

jar="$work/cookies"
csrf_of() { curl -sf -b "$jar" -c "$jar" "$base$1" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
csrf=$(csrf_of /login)
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "name=edit-bench" --data-urlencode "password=$password" \
  --data-urlencode "csrf=$csrf" "$base/login"
csrf=$(csrf_of /supervision/entry)
[ -n "$csrf" ] || { echo "could not sign in" >&2; exit 1; }
# The page as the public sees it, with the edited county's row found by the table's search.
page="$base/compare?indicator=$INDICATOR&period=$PERIOD&q=$REGION"
curl -sf -o /dev/null "$page"

times=()
for run in $(seq 1 "$RUNS"); do
  sleep "$PAUSE"
  value="$((100 + run * 97)).25" # under 1,000: printed as posted, no separators
  start=$(date +%s%N)
  curl -sf -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "region=$REGION" \
    --data-urlencode "indicator=$INDICATOR" --data-urlencode "period=$PERIOD" --data-urlencode "value=$value" \
    --data-urlencode "qualifier=exact" --data-urlencode "source=synthetic" --data-urlencode "note=edit-bench" \
    --data-urlencode "reason=edit-bench run $run" --data-urlencode "correction=yes" "$base/supervision/entry"
  until curl -sf "$page" | grep -qF "$value"; do
    if (($(date +%s%N) - start > 30000000000)); then echo "run $run: not shown after 30 s" >&2; exit 1; fi
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  times+=("$ms")
  echo "run $run: $ms ms"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
echo "edit visible (post + first page that shows it): median $(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p") ms of $RUNS (sorted: $sorted)"
sleep 2 # the replaced datasets are freed on a thread of their own
echo "server RSS after the edits: $(rss)"
