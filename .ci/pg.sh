#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the integration tests (initdb refuses root: run as postgres).
# usage: pg.sh start DIR PORT  -> prints the admin URL;  pg.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop}; DIR=${2:?dir}; PORT=${3:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
RUN=(); [ "$(id -u)" = 0 ] && RUN=(runuser -u postgres --)
case $cmd in
start)
  mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    "${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
  fi
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 || \
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
     -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
  echo "postgres://postgres@127.0.0.1:$PORT/postgres" ;;
stop)
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop ;;
esac
