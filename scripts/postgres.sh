#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store's tests (`make test-postgres`).
#   scripts/postgres.sh start DIR PORT   initdb in DIR, serve on 127.0.0.1:PORT only, create the
#                                        database `fazhi`; the last line printed is its URL
#   scripts/postgres.sh standby DIR PORT PRIMARY_PORT
#                                        a hot standby of the cluster on PRIMARY_PORT (streaming
#                                        replication from a base backup), on 127.0.0.1:PORT; the
#                                        last line printed is its URL (database `fazhi`)
#   scripts/postgres.sh stop DIR         stop it (fast) and remove DIR
# Debian's postgresql-15 is installed if missing. Its binaries are off PATH, and initdb and
# pg_ctl refuse to run as root: they run as the `postgres` user. Trust authentication on
# loopback only: the cluster holds test data and lives for one run.
set -euo pipefail

sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

bin_dir() {
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $initdb ]]; then
    sudo_if_needed apt-get update -qq >&2
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >&2
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  fi
  dirname "$initdb"
}

as_postgres() { sudo_if_needed runuser -u postgres -- "$@"; }

start() {
  local dir=$1 port=$2 bin
  bin=$(bin_dir)
  sudo_if_needed mkdir -p "$dir"
  sudo_if_needed chown postgres: "$dir"
  sudo_if_needed chmod 700 "$dir"
  if [[ ! -f $dir/data/PG_VERSION ]]; then
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=trust >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    # Loopback only, the socket inside DIR; fsync on, as a real store would run.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=on" start
  fi
  if ! as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'fazhi'" | grep -q 1; then
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres fazhi
  fi
  echo "postgres://postgres@127.0.0.1:$port/fazhi"
}

standby() {
  local dir=$1 port=$2 primary=$3 bin
  bin=$(bin_dir)
  sudo_if_needed mkdir -p "$dir"
  sudo_if_needed chown postgres: "$dir"
  sudo_if_needed chmod 700 "$dir"
  # -R writes the connection to the primary and standby.signal: it starts as a hot standby.
  as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir/data" -R -X stream -c fast
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c hot_standby=on" start
  echo "postgres://postgres@127.0.0.1:$port/fazhi"
}

stop() {
  local dir=$1 bin
  [[ -d $dir ]] || return 0
  bin=$(bin_dir)
  if [[ -f $dir/data/PG_VERSION ]]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w -s stop >/dev/null 2>&1 || true
  fi
  sudo_if_needed rm -rf "$dir"
}

case ${1:-} in
  start) [[ $# == 3 ]] || { echo "usage: $0 start DIR PORT" >&2; exit 2; }; start "$2" "$3" ;;
  standby) [[ $# == 4 ]] || { echo "usage: $0 standby DIR PORT PRIMARY_PORT" >&2; exit 2; }; standby "$2" "$3" "$4" ;;
  stop) [[ $# == 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 start DIR PORT | standby DIR PORT PRIMARY_PORT | stop DIR" >&2; exit 2 ;;
esac
