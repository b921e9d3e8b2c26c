#!/usr/bin/env bash
# Screen-pop benchmark: offered calls through the real server, timed from the QUEUED event entering the REST API to
# the OFFER frame (with the pop) leaving for the agent's WebSocket — recorded in the server (PopLatency), read from
# /api/v1/screen-pops/latency.
#
#   bench/screenpop-bench.sh [calls-per-second] [seconds] [agents] [contacts]      defaults: 100 60 40 100000
#
# Starts the product like the demo (no demo traffic), adds bench agents (Keycloak users bench.agentNNN with role
# agent, agent rows with the appointments skill), seeds the contacts (see bench/README.md: 500 registered through the
# API, the rest filler rows copied in SQL), then runs bench/screenpop/ScreenPopBench.java: every agent's desktop
# socket open, calls posted at the rate (80 % from known numbers), each offered call ended by its agent at once.
set -euo pipefail

RATE=${1:-100}
SECONDS_MEASURED=${2:-60}
AGENTS=${3:-40}
CONTACTS=${4:-100000}
KNOWN=500
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONFIDANT_ROOT=$ROOT
# shellcheck source=../ear/src/main/launcher/launcher.sh
source "$ROOT/ear/src/main/launcher/launcher.sh"

export CONFIDANT_SIMULATOR_AUTOSTART=false
# Keycloak's management interface off 9000, which an integration test's Keycloak may hold on a shared machine.
export KC_HTTP_MANAGEMENT_PORT=${KC_HTTP_MANAGEMENT_PORT:-9100}
# In a subshell: the settings it exports would make the launcher below take PostgreSQL and Keycloak for external.
(
  load_settings
  if [[ -f "$PGDATA_DIR/PG_VERSION" ]] && ! pgrep -f -- "jboss.server.base.dir=$INSTANCE_DIR" > /dev/null; then
    # A run cut short leaves calls ringing and agents reserved: with the server down (the router rebuilds from the
    # database at start), end them, so that this run starts with every bench agent free.
    step "Clearing what an earlier run left"
    start_postgres > /dev/null
    as_pg "$(postgres_bin)/psql" -h "$PGDATA_DIR" -p "$CONFIDANT_DB_PORT" -U postgres -d "$CONFIDANT_DB_NAME" -qAt -c "
      UPDATE call_routing SET status = 'FINISHED', offer_expires_at = NULL WHERE status IN ('WAITING', 'OFFERED', 'CONNECTED');
      UPDATE call SET state = 'ABANDONED', ended_at = now(), end_cause = 'CALLER_HUNG_UP' WHERE ended_at IS NULL;
      UPDATE agent_presence SET state = 'LOGGED_OUT', since = now(), call_id = NULL, reason_code = NULL,
        pending_reason = NULL, wrap_up_until = NULL;" > /dev/null 2>&1 || true
  fi
)
if [[ "${SKIP_START:-}" != 1 ]]; then
  step "Starting Confidant (demo data, no demo traffic)"
  "$ROOT/confidant" demo > "${TMPDIR:-/tmp}/confidant-screenpop-bench-start.log" 2>&1 ||
    die "could not start Confidant; see ${TMPDIR:-/tmp}/confidant-screenpop-bench-start.log"
fi
export CONFIDANT_DEMO_DATA=true
load_settings
sql() { as_pg "$(postgres_bin)/psql" -h "$PGDATA_DIR" -p "$CONFIDANT_DB_PORT" -U postgres -d "$CONFIDANT_DB_NAME" -qAt -c "$1"; }
DRIVER=(java "$ROOT/bench/screenpop/ScreenPopBench.java")

step "Bench agents: $AGENTS"
sql "INSERT INTO agent (id, username, display_name, extension)
       SELECT gen_random_uuid(), 'bench.agent' || lpad(n::text, 3, '0'), 'Bench Agent ' || n, (5000 + n)::text
       FROM generate_series(1, $AGENTS) n ON CONFLICT (username) DO NOTHING;
     INSERT INTO agent_skill (agent_id, skill_id, proficiency)
       SELECT id, '00000000-0000-4000-8000-000000000101', 5 FROM agent WHERE username LIKE 'bench.agent%'
       ON CONFLICT DO NOTHING;"
"${DRIVER[@]}" users "$AGENTS"

step "Contacts: $CONTACTS"
if (($(sql "SELECT count(*) FROM contact WHERE registered_by = 'demo.agent' AND created_at > now() - interval '30 days'") < KNOWN)); then
  "${DRIVER[@]}" seed "$KNOWN"
fi
FILLER=$((CONTACTS - $(sql "SELECT count(*) FROM contact")))
if ((FILLER > 0)); then
  # Filler rows: one registered contact's sealed columns copied under new ids (they would not open — the AEAD binds
  # each field to its row — and are never opened: their blind-index entries are random, so no call finds them).
  sql "CREATE TEMP TABLE filler AS SELECT gen_random_uuid() AS id FROM generate_series(1, $FILLER);
       INSERT INTO contact (id, key_kind, kek_id, wrapped_key, name, birth_date, email, phones, record_numbers,
                            custom_fields, registered_by)
         SELECT f.id, t.key_kind, t.kek_id, t.wrapped_key, t.name, t.birth_date, t.email, t.phones, t.record_numbers,
                t.custom_fields, 'bench-filler'
         FROM filler f, (SELECT * FROM contact WHERE registered_by = 'demo.agent' LIMIT 1) t;
       INSERT INTO contact_phone_index (contact_id, phone_hmac)
         SELECT id, decode(md5(random()::text) || md5(random()::text), 'hex') FROM filler;
       INSERT INTO contact_record_number_index (contact_id, number_hmac)
         SELECT id, decode(md5(random()::text) || md5(random()::text), 'hex') FROM filler;
       INSERT INTO contact_identity_index (contact_id, identity_hmac)
         SELECT id, decode(md5(random()::text) || md5(random()::text), 'hex') FROM filler;
       ANALYZE contact; ANALYZE contact_phone_index;"
fi
info "$(sql "SELECT count(*) FROM contact") contacts, $(sql "SELECT count(*) FROM contact_phone_index") phone index entries"

step "Driving $RATE calls/s for ${SECONDS_MEASURED}s (after 10 s of warm-up), $AGENTS agents"
info "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${DRIVER[@]}" drive "$RATE" "$SECONDS_MEASURED" "$AGENTS" "$KNOWN"
info "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
