#!/usr/bin/env bash
# Benchmarks of the tamper-evident audit trail (bench/audit, see bench/README.md):
#   1. audited appends/s against a real PostgreSQL, with the sealer chaining and signing as the server does
#      (goal >= 5,000/s sustained), one-phase and two-phase (XA-like) commits;
#   2. verification of an export in memory, as the command-line verifier does it (goal >= 200,000 entries/s, JMH).
#
# Usage: bench/audit-bench.sh [seconds per append run, default 30] [writers, default 16]
#   SKIP_BUILD=1   reuse bench/audit/target/audit-bench.jar
#   AUDIT_BENCH_DB_PORT=25434   port of the throw-away PostgreSQL cluster (under bench/audit/target/pg)
# Exit status: 0 PASS, 3 FAIL, anything else: build or run error.
set -euo pipefail

SECONDS_PER_RUN=${1:-30}
WRITERS=${2:-16}
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/.." && pwd)"
bench_dir="${script_dir}/audit"
jar="${bench_dir}/target/audit-bench.jar"
pg_dir="${bench_dir}/target/pg"
port=${AUDIT_BENCH_DB_PORT:-25434}
migrations="${repo_root}/db-migrations/src/main/resources/db/migration"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "${pg_bin}/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "==> building ${jar#"${repo_root}/"} (audit sources of security-realm at $(git -C "${repo_root}" rev-parse --short HEAD))"
  "${repo_root}/mvnw" -q -f "${bench_dir}/pom.xml" package
fi

echo "==> a throw-away PostgreSQL cluster on 127.0.0.1:${port} (${pg_dir#"${repo_root}/"}), fsync and synchronous_commit on"
rm -rf "${pg_dir}"
mkdir -p "${pg_dir}"
((EUID == 0)) && chown postgres: "${pg_dir}"
as_pg "${pg_bin}/initdb" -D "${pg_dir}/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
  --auth-host=scram-sha-256 > "${pg_dir}/../pg-initdb.log"
as_pg tee -a "${pg_dir}/data/postgresql.conf" > /dev/null <<CONF
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${pg_dir}'
max_prepared_transactions = 64
max_connections = 80
CONF
as_pg "${pg_bin}/pg_ctl" -D "${pg_dir}/data" -l "${pg_dir}/server.log" -w start > /dev/null
trap 'as_pg "${pg_bin}/pg_ctl" -D "${pg_dir}/data" -m fast -w stop > /dev/null' EXIT
as_pg "${pg_bin}/psql" -h "${pg_dir}" -p "${port}" -U postgres -qc "CREATE ROLE confidant LOGIN PASSWORD 'bench'" \
  -c "CREATE DATABASE confidant OWNER confidant"
# The audit tables exactly as the migrations make them, run as the application's role (so its grants are the real ones).
for migration in "${migrations}"/V3__*.sql "${migrations}"/V10__*.sql; do
  PGPASSWORD=bench "${pg_bin}/psql" -h 127.0.0.1 -p "${port}" -U confidant -d confidant -v ON_ERROR_STOP=1 -q \
    -f "${migration}"
done

url="jdbc:postgresql://127.0.0.1:${port}/confidant"
echo "==> load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
run_load() { java -Xms512m -Xmx512m -cp "${jar}" org.confidant.bench.audit.AuditAppendLoad "${url}" confidant bench \
  "${SECONDS_PER_RUN}" "${WRITERS}" "$@" | tee -a "${bench_dir}/target/audit-bench.log"; }
: > "${bench_dir}/target/audit-bench.log"
run_load
run_load --xa

echo "==> verification of an export in memory (JMH, about 20 s)"
java -jar "${jar}" ExportVerificationBenchmark -rf json -rff "${bench_dir}/target/verification.json" \
  | tee -a "${bench_dir}/target/audit-bench.log"

python3 - "${bench_dir}/target/audit-bench.log" "${bench_dir}/target/verification.json" <<'PY'
import json, re, sys
log = open(sys.argv[1]).read()
rates = [float(r.replace(',', '')) for r in re.findall(r'= ([\d,]+) audited appends/s', log)]
verified = re.findall(r'verified +(INTACT|BROKEN)', log)
score = json.load(open(sys.argv[2]))[0]['primaryMetric']['score']
print()
print(f"audited appends/s, one-phase commits : {rates[0]:>12,.0f}   (goal >= 5,000)")
print(f"audited appends/s, two-phase commits : {rates[1]:>12,.0f}")
print(f"chain after each run                 : {', '.join(verified)}")
print(f"export verification, entries/s       : {score:>12,.0f}   (goal >= 200,000)")
ok = rates[0] >= 5000 and score >= 200000 and all(v == 'INTACT' for v in verified)
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 3)
PY
