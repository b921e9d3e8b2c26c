#!/usr/bin/env bash
# The month's queue report over 1,000,000 calls: loads synthetic report facts into a throwaway PostgreSQL cluster
# (schema from the Flyway migrations V1..V14), then times the report query the server runs (ReportSql) per day,
# hour and 15 minutes in Europe/Paris. Goal: under 1 s. Usage: bench/reports-bench.sh [calls] [runs]
# Needs PostgreSQL 15 binaries (Debian: /usr/lib/postgresql/15/bin) and ejb-routing compiled (target/classes).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CALLS=${1:-1000000}
RUNS=${2:-5}
PORT=${REPORTS_BENCH_PORT:-55439}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
# REPORTS_BENCH_DIR=/some/dir keeps the loaded cluster there for the next run (which then skips the load).
KEEP=${REPORTS_BENCH_DIR:+yes}
WORK=${REPORTS_BENCH_DIR:-$(mktemp -d /tmp/reports-bench.XXXXXX)}
mkdir -p "$WORK"
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
((EUID == 0)) && chown postgres: "$WORK"
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop > /dev/null 2>&1 || true
  [[ -n "$KEEP" ]] || rm -rf "$WORK"
}
trap cleanup EXIT

LOADED=$([[ -f "$WORK/data/PG_VERSION" ]] && echo yes || true)
[[ -n "$LOADED" ]] || as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust \
  > "$WORK/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses='' -c shared_buffers=256MB -c work_mem=64MB -c fsync=off" start > /dev/null
psql() { as_pg "$PGBIN/psql" -h "$WORK" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [[ -z "$LOADED" ]]; then
for migration in $(ls "$ROOT"/db-migrations/src/main/resources/db/migration/V*.sql | sort -V); do
  psql -f "$migration" > /dev/null
done

echo "Loading $CALLS calls over November 2026 (20 queues, 200 agents)…"
start=$(date +%s.%N)
# One statement on the server (no client round trips): calls spread evenly over the month, 85 % answered after
# 0–60 s, the rest abandoned after 0–120 s, a few transfers and callbacks.
psql -c "INSERT INTO report_call (call_id, queue_id, agent_id, queued_at, answered_at, ended_at, wait_ms, talk_ms,
  hold_ms, wrap_up_ms, transfers, abandoned, callback, end_cause)
SELECT gen_random_uuid(), queue_id, CASE WHEN ans THEN agent_id END, t, CASE WHEN ans THEN t + wait END,
  t + wait + CASE WHEN ans THEN talk ELSE interval '0' END, wait_ms, CASE WHEN ans THEN talk_ms ELSE 0 END,
  CASE WHEN ans AND i % 5 = 0 THEN 20000 ELSE 0 END, CASE WHEN ans THEN 15000 END,
  CASE WHEN ans AND i % 17 = 0 THEN 1 ELSE 0 END, NOT ans, NOT ans AND i % 11 = 0,
  CASE WHEN ans THEN 'AGENT_HUNG_UP' ELSE 'CALLER_HUNG_UP' END
FROM (SELECT *, make_interval(secs => wait_ms / 1000.0) AS wait, make_interval(secs => talk_ms / 1000.0) AS talk
  FROM (SELECT i, timestamptz '2026-11-01 00:00+01' + (i::double precision / $CALLS) * interval '30 days' AS t,
          (i::bigint * 7919) % 100 < 85 AS ans,
          ((i::bigint * 104729) % 60000) * CASE WHEN (i::bigint * 7919) % 100 < 85 THEN 1 ELSE 2 END AS wait_ms,
          ((i::bigint * 15485863) % 600000) + 30000 AS talk_ms,
          ('00000000-0000-4000-8000-' || lpad((i % 20)::text, 12, '0'))::uuid AS queue_id,
          ('00000000-0000-4000-9000-' || lpad((i % 200)::text, 12, '0'))::uuid AS agent_id
        FROM generate_series(1, $CALLS) AS i) AS generated) AS calls" \
  | sed 's/^/  /'
psql -c "VACUUM ANALYZE report_call"
printf 'Loaded and vacuumed in %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
fi
printf 'report_call: %s rows, table + indexes %s\n' "$(psql -c "SELECT count(*) FROM report_call")" \
  "$(psql -c "SELECT pg_size_pretty(pg_total_relation_size('report_call'))")"

CLASSES="$ROOT/ejb-routing/target/classes"
[[ -d "$CLASSES/org/confidant/reporting" ]] || { echo "compile ejb-routing first" >&2; exit 1; }
FROM=2026-10-31T23:00:00Z   # 1 November 00:00 in Paris
TO=2026-11-30T23:00:00Z
java -cp "$CLASSES" "$ROOT/bench/reports/PrintReportSql.java" "$FROM" "$TO" Europe/Paris DAY HOUR MINUTES_15 \
  > "$WORK/prepare.sql"
# Each interval: the plan once (EXPLAIN ANALYZE), then RUNS timed executions with their rows thrown away.
for interval in day hour minutes_15; do
  args="('$FROM', '$TO', :'starts_$interval', 20000, 5000)"
  {
    cat "$WORK/prepare.sql"
    echo "EXPLAIN (ANALYZE, COSTS OFF) EXECUTE report $args;"
    echo "\\o /dev/null"
    echo "\\timing on"
    for ((run = 1; run <= RUNS; run++)); do
      echo "EXECUTE report $args;"
    done
  } > "$WORK/$interval.sql"
  output=$(psql -f "$WORK/$interval.sql" 2>&1)
  plan=$(grep -E "Scan|Execution Time|Workers Launched" <<< "$output" | sed 's/^ *//; s/ (actual.*//' | paste -sd ';' -)
  times=$(grep -E "^Time: " <<< "$output" | awk '{print $2}' | paste -sd ' ' -)
  best=$(tr ' ' '\n' <<< "$times" | sort -n | head -1)
  median=$(tr ' ' '\n' <<< "$times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-11s month report over %s calls: best %s ms, median %s ms (runs: %s)\n  plan: %s\n' \
    "$interval" "$CALLS" "$best" "$median" "$times" "$plan"
done
