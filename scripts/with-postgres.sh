#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster (scripts/postgres.sh), its URL in the
# environment variable VAR; the cluster is stopped and removed afterwards, however it ends.
#   scripts/with-postgres.sh VAR command [args…]
# Ports are tried from 55432: one that refuses connections may still be bound (an outgoing
# connection's own), and postgres then cannot listen on it.
set -euo pipefail
var=${1:?the variable to hold the URL}; shift
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap '"$here/postgres.sh" stop "$dir"; rm -f "$dir.err"' EXIT
url=
for port in $(seq 55432 55531); do
  url=$("$here/postgres.sh" start "$dir" "$port" 2>"$dir.err" | tail -n 1) && break
  url=
done
[[ -n $url ]] || { cat "$dir.err" "$dir/server.log" >&2 2>/dev/null; exit 1; }
export "$var=$url"
"$@"
