#!/bin/sh
# Starts the release server for the end2end suite on a fresh store with two test users.
set -eu
server="$1"
addr="$2"
dir=$(mktemp -d "${TMPDIR:-/tmp}/fazhi-e2e.XXXXXX")
password="${E2E_PASSWORD:-end-to-end test password}"
printf '%s\n' "$password" | "$server" user add --name hebi --role editor --region 410600 --data-dir "$dir"
printf '%s\n' "$password" | "$server" user add --name sup --role supervisor --data-dir "$dir"
exec "$server" --addr "$addr" --data-dir "$dir"
