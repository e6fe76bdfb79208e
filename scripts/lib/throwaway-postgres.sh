# Sourced by scripts that need a throwaway PostgreSQL 15 on 127.0.0.1 (not executable on its own).
#   pg_start DIR      initdb + start in DIR (a fresh folder); sets PG_PORT; creates the owner role iom (password iom)
#                     with its database iom, and the runtime role iom_app (password iom_app) (ADR 0031)
#   pg_stop DIR       immediate stop (safe to call twice)
#   pg_psql ARGS...   psql as postgres against PG_PORT
#   free_port         prints a TCP port nobody listens on
# Uses the Debian server binaries (pg_config --bindir); as root it runs them as 'postgres' through runuser.

free_port() {
  local p
  for _ in $(seq 1 50); do
    # Below Linux's ephemeral range (32768-60999), so an outgoing connection cannot take it between the check and
    # the bind; and not in use by any socket at all, listening or connected.
    p=$(( 20000 + RANDOM % 12000 ))
    if ! ss -tanH "( sport = :$p )" 2>/dev/null | grep -q .; then echo "$p"; return 0; fi
  done
  echo "free_port: no free port found" >&2; return 1
}

_pg_bin() {
  local b
  b=$(pg_config --bindir 2>/dev/null || true)
  [ -x "$b/initdb" ] || b=/usr/lib/postgresql/15/bin
  [ -x "$b/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql-15)" >&2; return 1; }
  echo "$b"
}

_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  local dir=$1 bin
  bin=$(_pg_bin) || return 1
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  chmod 700 "$dir"
  PG_PORT=$(free_port) || return 1
  _as_pg "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
    || { cat "$dir.initdb.log" >&2; return 1; }
  _as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir -c max_connections=100" start >/dev/null || return 1
  pg_psql -d postgres -c "create role iom login password 'iom'" -c "create database iom owner iom" \
    -c "create role iom_app login password 'iom_app'"
}

pg_stop() {
  local dir=$1 bin
  bin=$(_pg_bin) || return 0
  if [ -f "$dir/postmaster.pid" ]; then _as_pg "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true; fi
}

pg_psql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
