#!/usr/bin/env bash
# `make dev`: build, serve, and on every change to a source, style, locale or migration file,
# build again and restart the server. A failed build leaves the last good server running.
# Release profile on purpose: it shares the one Polars build with `make run` and `make test`
# (a debug build would compile Polars a second time, about 20 minutes on 2 cores).
set -euo pipefail

addr=${ADDR:-127.0.0.1:3000}
server_bin=${SERVER_BIN:?set by make}
# The server's environment only: LEPTOS_* variables seen by cargo make Leptos' build scripts
# compile it again, and `make run` would then compile it back.
read -r -a serve_env <<<"${SERVE_ENV:-}"
watched=(app/src app/locales app/build.rs data/src data/migrations data/seed server/src style Cargo.toml)
pid=

stop() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=; }
trap 'stop; exit 0' INT TERM
trap stop EXIT

while true; do
  if make --no-print-directory site server; then
    stop
    env "${serve_env[@]}" "$server_bin" --addr "$addr" & pid=$!
    echo "dev: serving http://$addr/ (pid $pid); reload the page after the next change"
  else
    echo "dev: the build failed; ${pid:+the last good server keeps running; }waiting for a change"
  fi
  # One event is enough; a burst of saves settles before the next build starts.
  inotifywait -qq -r -e close_write,create,delete,move "${watched[@]}"
  sleep 0.3
done
