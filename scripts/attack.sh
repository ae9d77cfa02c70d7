#!/usr/bin/env bash
# The attacks of issue 14, against the release server over a synthetic store of about 500,000
# figures, on loopback: what each costs the server (time, RSS) and how it is answered. A
# measurement, not a test: `make attack` prints it, and SECURITY.md's defences are tested in
# `make test`. Needs SERVER_BIN; everything it starts it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_BIN=${SERVER_BIN:-target/release/server}
PORT=${PORT:-3911}
BASE=http://127.0.0.1:$PORT
PASSWORD='an attack test password'
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "generating ~500,000 synthetic figures in $work/store"
"$SERVER_BIN" gen --data-dir "$work/store" --provinces 1 --prefectures-per-province 20 --counties 480 \
  --indicators 100 --years 10 >/dev/null
for user in "sup supervisor" "root admin"; do
  set -- $user
  echo "$PASSWORD" | "$SERVER_BIN" user add --name "$1" --role "$2" --data-dir "$work/store" >/dev/null
done
# 127.0.0.1 is the trusted proxy here, so each request can say which client it stands for.
"$SERVER_BIN" --addr 127.0.0.1:$PORT --data-dir "$work/store" --trusted-proxies 127.0.0.1 2>"$work/server.log" &
pid=$!
until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.2; done
rss() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "server ready: $(rss) MiB RSS"

# A login form's token and cookie; prints the token.
form() { # $1 cookie jar
  curl -s -c "$1" "$BASE/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1
}
login_time() { # $1 name, $2 password, $3 client address
  local jar="$work/jar-$RANDOM" csrf
  csrf=$(form "$jar")
  curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" -H "X-Forwarded-For: $3" \
    --data-urlencode "name=$1" --data-urlencode "password=$2" --data-urlencode "csrf=$csrf" "$BASE/login"
}

echo
echo "## Login timing (median of 15, each from its own client address)"
known=$(for n in $(seq 1 15); do login_time sup "wrong password $n" "198.51.100.$n"; done | median)
unknown=$(for n in $(seq 1 15); do login_time "nobody$n" "wrong password $n" "198.51.100.$((n + 50))"; done | median)
echo "existing account, wrong password: ${known} s; unknown name: ${unknown} s"

echo
echo "## 60 simultaneous wrong guesses at one account from one client"
before=$(rss)
jar="$work/burst"; csrf=$(form "$jar")
for n in $(seq 1 60); do
  curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" -H "X-Forwarded-For: 203.0.113.7" \
    --data-urlencode "name=root" --data-urlencode "password=guess $n" --data-urlencode "csrf=$csrf" \
    "$BASE/login" >"$work/burst-$n" &
done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
echo "answers: $(cat "$work"/burst-* | sort | uniq -c | tr '\n' ' ')(303 = checked, 429 = throttled, 503 = busy)"
echo "RSS $before → $(rss) MiB"

# Signed in as the supervisor, from a fresh client address.
jar="$work/sup"; csrf=$(form "$jar")
curl -s -o /dev/null -c "$jar" -b "$jar" -H "X-Forwarded-For: 192.0.2.1" --data-urlencode "name=sup" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "csrf=$csrf" "$BASE/login"
office_csrf=$(curl -s -b "$jar" "$BASE/supervision/upload" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
upload() { # $1 file; prints the preview's path
  curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -F "csrf=$office_csrf" -F "file=@$1" "$BASE/supervision/upload" \
    | sed "s#^$BASE##"
}
for file in corners-a1-xfd1048576.xlsx far-rows-a1-z1000000.xlsx shared-strings-bomb.xlsx many-errors.csv; do
  echo
  echo "## Upload $file ($(stat -c %s "tests/files/$file") bytes), then its preview three times"
  before=$(rss)
  preview=$(upload "tests/files/$file")
  for _ in 1 2 3; do
    curl -s -o "$work/preview.html" -w "preview: %{http_code} in %{time_total} s, %{size_download} bytes\n" -b "$jar" "$BASE$preview"
  done
  echo "RSS $before → $(rss) MiB"
done

echo
echo "## /api/v1/observations?limit=1 at a varying offset, 8 at once, 5 rounds"
before=$(rss)
for round in 1 2 3 4 5; do
  for n in $(seq 1 8); do
    curl -s -o /dev/null -w '%{time_total}\n' "$BASE/api/v1/observations?limit=1&offset=$((round * 1000 + n))" &
  done
  wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
done | median | xargs echo "median"
echo "RSS $before → $(rss) MiB"
echo
echo "## The whole list as CSV (streamed)"
curl -s -o /dev/null -w "%{http_code}, %{size_download} bytes in %{time_total} s\n" "$BASE/api/v1/observations.csv"
echo "RSS after: $(rss) MiB"
