# shellcheck shell=bash
# Shared helpers for the reliability tests in this folder. Source it; do not run it.
#
# Every test gets its own throwaway PostgreSQL 15 cluster (initdb + pg_ctl in a mktemp folder, 127.0.0.1, a free port,
# fsync and synchronous_commit on) and runs the packaged service (target/quarkus-app/quarkus-run.jar) in prod mode on a
# free loopback port. rel_init installs a trap that stops everything it started and removes its folders, even when a
# test fails or is interrupted.

set -euo pipefail

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$REL_DIR/../.." && pwd)
JAR=$REPO/target/quarkus-app/quarkus-run.jar
# The load driver is compiled with the tests (src/test/java/org/iom/reliability; ./mvnw package or verify compile it).
DRIVER_SRC=$REPO/src/test/java/org/iom/reliability
DRIVER_CLASSES=$REPO/target/test-classes
ISSUER=https://iom.dev.local/dev-only
PGBIN=${PGBIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}

TEST=${TEST:-reliability}
WORK=""
PGBASE=""
PGPORT=""
APP_PORT=""
APP_PID=""
APP_LOG=""
BG_PIDS=()
# Further clusters of a test (failover's second node): stopped and removed at exit like PGBASE.
REL_PGBASES=()

log() { printf '[%s %s] %s\n' "$TEST" "$(date -u +%T)" "$*"; }
figure() { printf '[%s] FIGURE %s\n' "$TEST" "$*"; }
fail() { printf '[%s %s] FAIL: %s\n' "$TEST" "$(date -u +%T)" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# rel_init NAME: make the work folder and install the cleanup trap.
rel_init() {
  TEST=$1
  REL_MAIN_PID=$BASHPID
  set -E
  trap 'rel_on_err $? $LINENO "$BASH_COMMAND"' ERR
  WORK=$(mktemp -d "/tmp/iom-rel-$TEST.XXXXXX")
  trap rel_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  [ -f "$JAR" ] || fail "no packaged service at $JAR: run ./mvnw -B package -DskipTests first (or scripts/reliability/run-all)"
  driver_build
}

# A command failed under set -e: say where (in the main shell only, not in background jobs).
rel_on_err() {
  if [ "$BASHPID" = "$REL_MAIN_PID" ]; then
    printf '[%s] FAIL: unexpected error (exit %s) at line %s: %s\n' "$TEST" "$1" "$2" "$3" >&2
  fi
}

rel_cleanup() {
  local rc=$?
  trap - ERR
  set +e
  for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null; done
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -KILL "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null
  fi
  local base last=$PGBASE
  for base in "${REL_PGBASES[@]}" "$last"; do
    [ -n "$base" ] && [ -d "$base/data" ] || continue
    PGBASE=$base
    pg_thaw_all
    pg_kill_all
  done
  if [ $rc -ne 0 ] && [ -n "$WORK" ]; then
    if [ -n "$APP_LOG" ] && [ -f "$APP_LOG" ]; then
      echo "---- last lines of the service log ($APP_LOG) ----" >&2; tail -n 40 "$APP_LOG" >&2
    fi
    for base in "${REL_PGBASES[@]}" "$last"; do
      if [ -n "$base" ] && [ -f "$base/log" ]; then
        echo "---- last lines of the PostgreSQL log ($base/log) ----" >&2; tail -n 20 "$base/log" >&2
      fi
    done
  fi
  for base in "${REL_PGBASES[@]}" "$last"; do
    if [ -n "$base" ]; then rm -rf "$base"; fi
  done
  if [ -n "${REL_KEEP:-}" ] && [ -n "$WORK" ]; then
    echo "[$TEST] REL_KEEP set: records kept in $WORK" >&2
  elif [ -n "$WORK" ]; then
    rm -rf "$WORK"
  fi
  exit $rc
}

# free_port: a TCP port nobody listens on at the moment (loopback only).
free_port() {
  local p i
  for i in $(seq 1 200); do
    # Below Linux's ephemeral range (32768-60999), so an outgoing connection cannot take it between the check and
    # the bind; and not in use by any socket, listening or connected.
    p=$(( 20000 + RANDOM % 12000 ))
    if [ -z "$(ss -Htan "sport = :$p" 2>/dev/null)" ]; then echo "$p"; return 0; fi
  done
  fail "no free port found"
}

# ---------------------------------------------------------------------------------------------------------------
# The load driver (org.iom.reliability.Driver, in the test sources): run from target/test-classes. It needs only the
# JDK, so no other class path. Compiled again (./mvnw test-compile) when missing or older than its sources, unless
# SKIP_BUILD=1 (then whatever target/ holds is used, or the test stops).
# ---------------------------------------------------------------------------------------------------------------
driver_build() {
  local cls=$DRIVER_CLASSES/org/iom/reliability/Driver.class
  if [ "${SKIP_BUILD:-}" != 1 ] && { [ ! -f "$cls" ] || [ -n "$(find "$DRIVER_SRC" -newer "$cls" -type f -print -quit)" ]; }; then
    log "compiling the load driver with the tests (./mvnw -B -ntp -q test-compile)"
    (cd "$REPO" && ./mvnw -B -ntp -q test-compile) || fail "the load driver does not compile"
  fi
  [ -f "$cls" ] || fail "no compiled load driver at $cls: run ./mvnw -B package -DskipTests first (or scripts/reliability/run-all)"
}
driver() {
  java -Xmx256m -cp "$DRIVER_CLASSES" org.iom.reliability.Driver --base "http://127.0.0.1:$APP_PORT" \
    --key "$REPO/dev-keys/private-key.pem" --issuer "$ISSUER" "$@"
}

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------------------
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_init [postgresql.conf lines...]: a new cluster with durable settings, started, with the owner role and database
# 'iom' and the runtime role 'iom_app' (ADR 0031: the service migrates as iom and serves as iom_app).
pg_init() {
  PGBASE=$(mktemp -d "/tmp/iom-rel-pg.XXXXXX")
  chmod 700 "$PGBASE"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGBASE"; fi
  PGPORT=$(free_port)
  as_pg "$PGBIN/initdb" -D "$PGBASE/data" -U postgres -A trust -E UTF8 --no-locale >"$PGBASE/initdb.log" 2>&1 \
    || { cat "$PGBASE/initdb.log" >&2; fail "initdb failed"; }
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PGPORT"
    echo "unix_socket_directories = '$PGBASE'"
    echo "fsync = on"
    echo "synchronous_commit = on"
    echo "full_page_writes = on"
    echo "max_connections = 100"
    local line
    for line in "$@"; do echo "$line"; done
  } | as_pg tee -a "$PGBASE/data/postgresql.conf" >/dev/null
  pg_start
  psql_su -c "create role iom login password 'iom'" -c "create database iom owner iom" \
    -c "create role iom_app login password 'iom_app'" >/dev/null
  log "PostgreSQL $(psql_su -c 'show server_version') on 127.0.0.1:$PGPORT (data in $PGBASE/data)"
}

pg_start() {
  as_pg "$PGBIN/pg_ctl" -D "$PGBASE/data" -l "$PGBASE/log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$PGBASE/log" >&2; fail "PostgreSQL did not start"; }
}

# psql_su ARGS: psql as the superuser on the test database (or postgres before it exists); unaligned, tuples only.
psql_su() {
  local db=iom
  if ! psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atqc "select 1 from pg_database where datname='iom'" 2>/dev/null | grep -q 1; then
    db=postgres
  fi
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$db" -X -At -q -v ON_ERROR_STOP=1 "$@"
}

pg_postmaster_pid() { head -n 1 "$PGBASE/data/postmaster.pid" 2>/dev/null || true; }
pg_children() { local pm; pm=$(pg_postmaster_pid); if [ -n "$pm" ]; then pgrep -P "$pm" || true; fi; }
# pg_aux_pid NAME: the pid of an auxiliary process, e.g. 'walwriter' or 'checkpointer'.
pg_aux_pid() {
  local p
  for p in $(pg_children); do
    if tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q "postgres: $1"; then echo "$p"; return 0; fi
  done
  return 1
}

# Every process that belongs to this cluster: the postmaster, its children, and children orphaned by a kill -9.
pg_all_pids() {
  local pm; pm=$(pg_postmaster_pid)
  {
    if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then echo "$pm"; fi
    pg_children
    # Orphans of a killed postmaster are re-parented; find them by their open data folder.
    local p
    for p in $(pgrep -u postgres -f '^postgres: ' 2>/dev/null || true); do
      if [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = "$PGBASE/data" ]; then echo "$p"; fi
    done
    true
  } | sort -u
}

pg_thaw_all() { local p; for p in $(pg_all_pids); do kill -CONT "$p" 2>/dev/null || true; done; }
pg_kill_all() { local p; for p in $(pg_all_pids); do kill -KILL "$p" 2>/dev/null || true; done; }

# pg_crash_immediate: 'pg_ctl -m immediate stop' (no checkpoint, WAL replay at next start).
pg_crash_immediate() {
  as_pg "$PGBIN/pg_ctl" -D "$PGBASE/data" -m immediate -w -t 30 stop >/dev/null || fail "pg_ctl -m immediate stop failed"
}

# pg_crash_kill9: SIGKILL the postmaster alone, as the OOM killer would; its backends notice and exit by themselves.
# Prints how long the orphans took to go.
pg_crash_kill9() {
  local pm t0 left i
  pm=$(pg_postmaster_pid)
  [ -n "$pm" ] || fail "no postmaster pid"
  local children; children=$(pg_children | tr '\n' ' ')
  t0=$(now_ms)
  kill -KILL "$pm"
  for i in $(seq 1 100); do
    left=""
    for p in $children; do kill -0 "$p" 2>/dev/null && left+="$p "; done
    [ -z "$left" ] && break
    sleep 0.1
  done
  if [ -n "$left" ]; then
    log "backends still alive 10 s after the postmaster was killed: $left; killing them"
    for p in $left; do kill -KILL "$p" 2>/dev/null || true; done
  fi
  while kill -0 "$pm" 2>/dev/null; do sleep 0.05; done
  echo $(( $(now_ms) - t0 ))
}

# pg_assert_durable: fsync, synchronous_commit and full_page_writes are on, as the service's roles see them
# (a per-role or per-database override would otherwise go unnoticed).
pg_assert_durable() {
  local f s w o
  f=$(psql -h 127.0.0.1 -p "$PGPORT" -U iom_app -d iom -X -Atqc "show fsync")
  s=$(psql -h 127.0.0.1 -p "$PGPORT" -U iom_app -d iom -X -Atqc "show synchronous_commit")
  w=$(psql -h 127.0.0.1 -p "$PGPORT" -U iom_app -d iom -X -Atqc "show full_page_writes")
  o=$(psql_su -c "select count(*) from pg_db_role_setting")
  figure "fsync=$f synchronous_commit=$s full_page_writes=$w role_or_db_overrides=$o"
  [ "$f" = on ] || fail "fsync is $f: durability results would mean nothing"
  [ "$s" = on ] || fail "synchronous_commit is $s: durability results would mean nothing"
  [ "$w" = on ] || fail "full_page_writes is $w"
  [ "$o" = 0 ] || fail "role or database setting overrides exist: $(psql_su -c 'select * from pg_db_role_setting')"
}

# ---------------------------------------------------------------------------------------------------------------
# The service (packaged jar, prod mode)
# ---------------------------------------------------------------------------------------------------------------
# app_start [VAR=value...]: start the jar on a free port against the test database and wait until it is ready.
app_start() {
  APP_PORT=$(free_port)
  APP_LOG=$WORK/service-$APP_PORT.log
  env QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/iom" \
    QUARKUS_DATASOURCE_USERNAME=iom_app QUARKUS_DATASOURCE_PASSWORD=iom_app \
    QUARKUS_FLYWAY_USERNAME=iom QUARKUS_FLYWAY_PASSWORD=iom IOM_AUDIT_SEAL_KEY=scripts-only-audit-seal-key-not-a-secret \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$REPO/dev-keys/public-key.pem" MP_JWT_VERIFY_ISSUER="$ISSUER" \
    IOM_LOG_JSON=false "$@" \
    java -Xmx384m -XX:+UseSerialGC ${APP_JAVA_OPTS:-} -jar "$JAR" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  local t0; t0=$(now_ms)
  while true; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_LOG" >&2; fail "the service exited during start"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/q/health/ready")" = 200 ]; then
      break
    fi
    [ $(( $(now_ms) - t0 )) -lt $(( ${REL_START_TIMEOUT:-180} * 1000 )) ] || fail "the service was not ready within ${REL_START_TIMEOUT:-180} s"
    sleep 0.2
  done
  # Make sure the port is really ours (another process might have taken it between the check and the bind).
  ss -Htlnp "sport = :$APP_PORT" | grep -q "pid=$APP_PID," || fail "port $APP_PORT is not held by the service (pid $APP_PID)"
  log "service pid $APP_PID ready on 127.0.0.1:$APP_PORT in $(( $(now_ms) - t0 )) ms"
  # Warm up (class loading, JIT, query plans) so that the fault tests measure the fault, not a cold start.
  local tok i; tok=$(token iom-admin)
  for i in $(seq 1 15); do
    curl -s -o /dev/null --max-time 30 -H "Authorization: Bearer $tok" "http://127.0.0.1:$APP_PORT/v1/police-forces" || true
  done
}

# app_stop: SIGTERM and wait (the graceful path).
app_stop() {
  [ -n "$APP_PID" ] || return 0
  kill -TERM "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

token() { "$REPO/scripts/token" "$@"; }

# api METHOD PATH [curl args...]: curl against the service with an admin token; prints the body, status on stderr.
api() {
  local m=$1 p=$2; shift 2
  curl -s -X "$m" -H "Authorization: Bearer $(token iom-admin)" "http://127.0.0.1:$APP_PORT$p" "$@"
}

# has_cases: the service under test has the case endpoints (POST /v1/cases). Until it does, the fault tests run with
# readers only and say so.
has_cases() {
  curl -s "http://127.0.0.1:$APP_PORT/q/openapi?format=json" | jq -e '.paths["/v1/cases"].post != null' >/dev/null 2>&1
}

# setup_scheme: a fresh scheme for this test; sets SCHEME_ID and SCHEME_CODE (and CASE_ID with --with-case,
# RECOMMENDATION_ID with --with-recommendation).
setup_scheme() {
  local out
  out=$(driver setup "$@") || fail "could not create the test scheme: $out"
  eval "$(grep -E '^(SCHEME_ID|SCHEME_CODE|CASE_ID|RECOMMENDATION_ID)=[A-Za-z0-9_-]+$' <<<"$out")"
  log "test scheme $SCHEME_CODE ($SCHEME_ID)"
}

# verify_acks ACKS_FILE: every acknowledged case is present exactly once, as acknowledged, with exactly one COLLECTION
# entry in the access log; no case of the test scheme lacks its access-log entry (writes are atomic). Prints figures;
# returns non-zero on any loss.
verify_acks() {
  local acks=$1 out rc=0
  out=$(psql_su <<SQL
create temp table acked (key text, id uuid, crn text, replayed boolean);
\copy acked from '$acks'
select 'acknowledged=' || count(*) from acked;
select 'present=' || count(*) from acked a join iom_case c on c.id = a.id;
select 'lost=' || count(*) from acked a where not exists (select 1 from iom_case c where c.id = a.id);
select 'different_from_ack=' || count(*) from acked a join iom_case c on c.id = a.id
  where c.crn <> a.crn or c.scheme_id <> '$SCHEME_ID';
select 'cases_in_scheme=' || count(*) from iom_case where scheme_id = '$SCHEME_ID';
select 'duplicate_people=' || count(*) from (select crn from iom_case where scheme_id = '$SCHEME_ID'
  group by crn having count(*) > 1) d;
select 'acked_without_one_collection_entry=' || count(*) from acked a
  where (select count(*) from audit_event e where e.case_id = a.id and e.action = 'COLLECTION') <> 1;
select 'cases_without_collection_entry=' || count(*) from iom_case c where c.scheme_id = '$SCHEME_ID'
  and not exists (select 1 from audit_event e where e.case_id = c.id and e.action = 'COLLECTION');
select 'collection_entries_without_case=' || count(*) from audit_event e where e.scheme_id = '$SCHEME_ID'
  and e.action = 'COLLECTION' and not exists (select 1 from iom_case c where c.id = e.case_id);
select 'committed_but_unacknowledged=' || count(*) from iom_case c where c.scheme_id = '$SCHEME_ID'
  and not exists (select 1 from acked a where a.id = c.id);
SQL
) || { echo "$out"; fail "verification query failed"; }
  local line
  for line in $out; do figure "$line"; done
  local bad
  for bad in lost different_from_ack duplicate_people acked_without_one_collection_entry \
             cases_without_collection_entry collection_entries_without_case; do
    grep -qx "$bad=0" <<<"$out" || rc=1
  done
  grep -qx "acknowledged=0" <<<"$out" && rc=1
  return $rc
}

# detector_self_check ACKS_FILE: delete one acknowledged case behind the service's back; verify_acks must now fail.
# Shows that a pass of verify_acks is not vacuous. (The access log is append-only, so only the case row goes, with
# its history, which refers to it.)
detector_self_check() {
  local acks=$1 victim
  victim=$(shuf -n 1 "$acks" | cut -f2)
  psql_su -c "delete from case_history where case_id = '$victim'" -c "delete from iom_case where id = '$victim'" >/dev/null
  if verify_acks "$acks" >"$WORK/selfcheck.out" 2>&1; then
    cat "$WORK/selfcheck.out"
    fail "detector self-check: case $victim was deleted but the verification still passed"
  fi
  grep -q "FIGURE lost=1" "$WORK/selfcheck.out" || { cat "$WORK/selfcheck.out"; fail "detector self-check: expected lost=1"; }
  figure "detector_self_check=deleted 1 acknowledged case, verification reported lost=1 (as it must)"
}

# verify_reads READS_FILE: every read answered 200 (request id, case id) has its CONSULTATION row in the access log,
# naming that case (ADR 0043: a read answers only once its row is committed). Prints figures; non-zero on any missing.
verify_reads() {
  local reads=$1 out line rc=0
  out=$(psql_su <<SQL
create temp table reads (request_id text, case_id uuid);
\copy reads from '$reads'
select 'reads_200=' || count(*) from reads;
select 'reads_200_without_access_log_row=' || count(*) from reads r where not exists (select 1 from audit_event e
  where e.request_id = r.request_id and e.case_id = r.case_id and e.action = 'CONSULTATION');
select 'consultation_rows_of_the_load=' || count(*) from audit_event e
  where e.action = 'CONSULTATION' and e.request_id in (select request_id from reads);
SQL
) || { echo "$out"; fail "verification query of the reads failed"; }
  for line in $out; do figure "$line"; done
  grep -qx "reads_200_without_access_log_row=0" <<<"$out" || rc=1
  grep -qx "reads_200=0" <<<"$out" && rc=1
  return $rc
}

# reads_detector_self_check READS_FILE: delete the access-log row of one read answered 200 behind the service's back
# (as the superuser, with the append-only triggers off); verify_reads must now report it missing.
reads_detector_self_check() {
  local reads=$1 victim
  victim=$(shuf -n 1 "$reads" | cut -f1)
  psql_su -c "alter table audit_event disable trigger user" \
    -c "delete from audit_event where request_id = '$victim' and action = 'CONSULTATION'" \
    -c "alter table audit_event enable trigger user" >/dev/null
  if verify_reads "$reads" >"$WORK/selfcheck-reads.out" 2>&1; then
    cat "$WORK/selfcheck-reads.out"
    fail "detector self-check: the access-log row of read $victim was deleted but the verification still passed"
  fi
  grep -q "FIGURE reads_200_without_access_log_row=1" "$WORK/selfcheck-reads.out" \
    || { cat "$WORK/selfcheck-reads.out"; fail "detector self-check: expected reads_200_without_access_log_row=1"; }
  figure "reads_detector_self_check=deleted 1 read's access-log row, verification reported it missing (as it must)"
}
