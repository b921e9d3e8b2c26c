#!/usr/bin/env bash
# Load run: the simulated phone system drives calls through the real server (ledger, XA publishing, durable
# consumer, routing engine) at a fixed rate, then the run is audited against the database.
#
#   bench/load-run.sh [calls-per-second] [minutes] [agents]      defaults: 100 10 800
#
# CONFIDANT_SIMULATOR_LEDGER_PARTITIONS (default 4) sets how many ledger transactions the simulator runs side by
# side; 1 is the serial baseline.
#
# Starts the product like the demo (PostgreSQL, Keycloak, WildFly, demo queues) but without the demo's own traffic,
# runs one simulator run, prints progress every 10 s, and at the end: throughput, routing decision p50/p99, calls
# and agents left stuck (must be 0), events posted = events stored = events consumed, and the server's heap after
# a full GC. Exit status 0 when the audit passes.
set -euo pipefail

RATE=${1:-100}
MINUTES=${2:-10}
AGENTS=${3:-800}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONFIDANT_ROOT=$ROOT
# shellcheck source=../ear/src/main/launcher/launcher.sh
source "$ROOT/ear/src/main/launcher/launcher.sh"

export CONFIDANT_SIMULATOR_AUTOSTART=false
step "Starting Confidant (demo data, no demo traffic)"
"$ROOT/confidant" demo > "${TMPDIR:-/tmp}/confidant-load-run-start.log" 2>&1 ||
  die "could not start Confidant; see ${TMPDIR:-/tmp}/confidant-load-run-start.log"
export CONFIDANT_DEMO_DATA=true
load_settings

sql() { as_pg "$(postgres_bin)/psql" -h "$PGDATA_DIR" -p "$CONFIDANT_DB_PORT" -U postgres -d "$CONFIDANT_DB_NAME" -qAt -c "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

TOKEN_ENDPOINT="$CONFIDANT_OIDC_PROVIDER_URL/protocol/openid-connect/token"
# One password + TOTP login (a TOTP code cannot be used twice), then refresh grants as the token ages.
login() {
  TOKENS=$(curl -fs -d grant_type=password -d client_id=confidant-cli -d username=demo.supervisor \
    --data-urlencode "password=$(cat "$CONFIDANT_SECRETS_DIR/demo-password")" \
    -d "totp=$("$ROOT/confidant" totp demo.supervisor)" "$TOKEN_ENDPOINT") || die "demo.supervisor could not log in"
  TOKEN_AT=$SECONDS
}
token() {
  if ((SECONDS - TOKEN_AT > 120)); then
    TOKENS=$(curl -fs -d grant_type=refresh_token -d client_id=confidant-cli \
      -d "refresh_token=$(json "['refresh_token']" <<< "$TOKENS")" "$TOKEN_ENDPOINT") || die "token refresh failed"
    TOKEN_AT=$SECONDS
  fi
  json "['access_token']" <<< "$TOKENS"
}
login

api() { curl -fsk -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' "$@"; }

CALLS=$((RATE * 60 * MINUTES))
# A new seed each run: the simulator derives call ids from it, and a repeated id is (rightly) a duplicate.
SINCE=$(sql "SELECT now()")
step "Running $CALLS calls at $RATE/s for $MINUTES min with $AGENTS simulated agents"
api -X DELETE "$CONFIDANT_PUBLIC_URL/api/v1/simulator/runs/current" > /dev/null 2>&1 || true
sleep 1
api -d "{\"seed\": $(date +%s), \"calls\": $CALLS, \"arrivalsPerSecond\": $RATE, \"agents\": $AGENTS,
  \"meanRingMillis\": 500, \"meanTalkMillis\": 5000, \"meanPatienceMillis\": 15000, \"wrapUpMillis\": 500,
  \"ivrShare\": 0.5, \"holdShare\": 0.2, \"noAnswerShare\": 0.02}" "$CONFIDANT_PUBLIC_URL/api/v1/simulator/runs" > /dev/null

STARTED=$SECONDS
while :; do
  sleep 10
  # A poll that fails (a busy server cut the answer short) is retried at the next tick, not fatal to the run.
  STATUS=$(api "$CONFIDANT_PUBLIC_URL/api/v1/simulator/runs/current") || { info "status poll failed; retrying"; continue; }
  STATE=$(json "['state']" <<< "$STATUS")
  info "$((SECONDS - STARTED))s: $(json "['callsStarted']" <<< "$STATUS") calls started, \
$(json "['callsAnswered']" <<< "$STATUS") answered, $(json "['callsAbandoned']" <<< "$STATUS") abandoned, \
$(json "['callsStillOpen']" <<< "$STATUS") open, $(json "['eventsPosted']" <<< "$STATUS") events"
  [[ "$STATE" == RUNNING ]] || break
done
ELAPSED=$(json "['elapsedSeconds']" <<< "$STATUS")

step "Auditing the run against the database"
RUN_CALLS="SELECT id FROM call WHERE created_at >= '$SINCE'"
STORED_CALLS=$(sql "SELECT count(*) FROM call WHERE created_at >= '$SINCE'")
STUCK_CALLS=$(sql "SELECT count(*) FROM call WHERE created_at >= '$SINCE' AND ended_at IS NULL")
STORED_EVENTS=$(sql "SELECT count(*) FROM call_event WHERE call_id IN ($RUN_CALLS) AND outcome = 'APPLIED'")
unconsumed() {
  sql "SELECT count(*) FROM call_event e WHERE e.call_id IN ($RUN_CALLS) AND e.outcome = 'APPLIED' AND NOT EXISTS
    (SELECT 1 FROM processed_event p WHERE p.consumer = 'call-daily-totals' AND p.event_id = e.published_event_id)"
}
# The consumer may trail the producer: wait (up to 5 minutes) until it has caught up, and say how long it took.
ENDED_AT=$SECONDS
UNCONSUMED=$(unconsumed)
while ((UNCONSUMED > 0 && SECONDS - ENDED_AT < 300)); do
  info "consumer still has $UNCONSUMED events to handle"
  sleep 5
  UNCONSUMED=$(unconsumed)
done
CONSUMER_LAG=$((SECONDS - ENDED_AT))
POSTED=$(json "['eventsPosted']" <<< "$STATUS")
STUCK_AGENTS=$(json "['agentsStillHoldingACall']" <<< "$STATUS")

WILDFLY_JVM=$(pgrep -f -- "-D\[Standalone\].*jboss.server.base.dir=$INSTANCE_DIR" | head -n 1)
jcmd "$WILDFLY_JVM" GC.run > /dev/null
HEAP=$(jcmd "$WILDFLY_JVM" GC.heap_info | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -n 1)

cat <<REPORT

    state                      $STATE after ${ELAPSED}s
    calls                      $(json "['callsStarted']" <<< "$STATUS") started, $STORED_CALLS stored, \
$(json "['callsAnswered']" <<< "$STATUS") answered, $(json "['callsAbandoned']" <<< "$STATUS") abandoned, \
$(json "['offersRefused']" <<< "$STATUS") rang out
    throughput                 $(python3 -c "print(f'{$STORED_CALLS/$ELAPSED:.1f} calls/s, {$STORED_EVENTS/$ELAPSED:.0f} events/s')")
    routing decision           p50 $(json "['routingDecisionP50Micros']" <<< "$STATUS") µs, p99 $(json "['routingDecisionP99Micros']" <<< "$STATUS") µs
    calls stuck                $STUCK_CALLS
    agents stuck               $STUCK_AGENTS
    events                     $POSTED posted, $STORED_EVENTS stored, $((STORED_EVENTS - UNCONSUMED)) consumed \
(consumer caught up ${CONSUMER_LAG}s after the run)
    heap after full GC         $HEAP
    ledger partitions          ${CONFIDANT_SIMULATOR_LEDGER_PARTITIONS:-4 (default)}
REPORT

if [[ "$STATE" == FINISHED && "$STUCK_CALLS" == 0 && "$STUCK_AGENTS" == 0 && "$POSTED" == "$STORED_EVENTS" && "$UNCONSUMED" == 0 ]]; then
  step "PASS"
else
  step "FAIL"
  exit 3
fi
