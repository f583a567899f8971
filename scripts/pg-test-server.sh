#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: listens on 127.0.0.1 only, its socket and data
# in a temporary folder, no systemd needed.
#   scripts/pg-test-server.sh start   prints the URL to use as PP_TEST_PSQL_URL
#   scripts/pg-test-server.sh stop    stops it and removes its folder (a test run leaves
#                                     gigabytes of test databases behind otherwise)
# Environment: PP_PG_DIR (default /tmp/pp-pg-test), PP_PG_PORT (default 54329).
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
dir="${PP_PG_DIR:-/tmp/pp-pg-test}"
port="${PP_PG_PORT:-54329}"

as_owner() {
    # PostgreSQL refuses to run as root: run it as the postgres account then.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then "$0" stop || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" \
        start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    # Only a folder this script made (its initdb log beside the data) is removed.
    if [ -f "$dir/initdb.log" ]; then rm -rf "$dir"; fi
    ;;
*)
    echo "usage: scripts/pg-test-server.sh start|stop" >&2
    exit 2
    ;;
esac
