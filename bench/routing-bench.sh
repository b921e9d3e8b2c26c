#!/usr/bin/env bash
# Builds and runs the JMH benchmark of the routing engine (bench/routing), then prints a compact table and
# PASS/FAIL against the goal: at 10,000 agents at least 20,000 decisions/s and p99 <= 1 ms.
#
# Usage: bench/routing-bench.sh [extra JMH options, e.g. -p agents=10000 or -prof gc]
#   SKIP_BUILD=1 bench/routing-bench.sh   reuse bench/routing/target/routing-bench.jar
# Exit status: 0 PASS, 3 FAIL (goal not met or not measured), anything else: build or run error.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/.." && pwd)"
bench_dir="${script_dir}/routing"
jar="${bench_dir}/target/routing-bench.jar"
json="${bench_dir}/target/routing-bench.json"
log="${bench_dir}/target/routing-bench.log"

revision="$(git -C "${repo_root}" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "${repo_root}" status --porcelain -- ejb-routing/src/main/java/org/confidant/routing/domain 2>/dev/null)" ]]; then
  revision="${revision} + uncommitted changes in the routing domain"
fi

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "==> building ${jar#"${repo_root}/"} (Router sources of ejb-routing at ${revision})"
  "${repo_root}/mvnw" -q -f "${bench_dir}/pom.xml" package
fi
[[ -f "${jar}" ]] || { echo "no ${jar}: build first" >&2; exit 2; }

if [[ $# -eq 0 ]]; then
  echo "==> running JMH (about 3 minutes: 2 modes x 4 sizes, each a fork with 2x3 s warm-up and 3x3 s measurement)"
else
  echo "==> running JMH with extra options: $*"
fi
echo "==> load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) on $(nproc 2>/dev/null || echo '?') CPUs (other busy processes skew the numbers)"
rm -f "${json}"
set +e
(cd "${bench_dir}" && java -jar "${jar}" RoutingBenchmark -rf json -rff "${json}" "$@") 2>&1 | tee "${log}"
jmh_status=${PIPESTATUS[0]}
set -e
if [[ ${jmh_status} -ne 0 ]]; then
  echo "==> JMH exited with status ${jmh_status} (log: ${log})" >&2
fi
if grep -q '<failure>' "${log}"; then
  echo "==> a benchmark FAILED: the Router (or the benchmark) threw; stack traces are in ${log}:" >&2
  grep -n -A 12 '<failure>' "${log}" >&2 || true
fi
[[ -s "${json}" ]] || { echo "no results in ${json}" >&2; exit 2; }

echo
echo "==> results (Router at ${revision}; JSON: ${json#"${repo_root}/"})"
set +e
python3 - "${json}" "${log}" <<'PY'
import json, math, re, sys

GOAL_AGENTS, GOAL_RATE, GOAL_P99_US = 10000, 20000.0, 1000.0

results = json.load(open(sys.argv[1]))
rate, sample = {}, {}
TO_US = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}

for r in results:
    agents = int(r["params"]["agents"])
    metric = r["primaryMetric"]
    unit = metric["scoreUnit"]
    if r["mode"] == "thrpt":           # ops/<unit> -> ops/s
        per = unit.split("/")[1]
        factor = 1e6 / TO_US[per]
        iterations = [float(v) * factor for fork in metric.get("rawData", []) for v in fork]
        rate[agents] = (float(metric["score"]) * factor, iterations)
    elif r["mode"] == "sample":        # <unit>/op -> us
        factor = TO_US[unit.split("/")[0]]
        pct = {k: float(v) * factor for k, v in metric["scorePercentiles"].items()}
        sample[agents] = (float(metric["score"]) * factor, pct)

sizes = sorted(set(rate) | set(sample))
base = 1e6 / rate[100][0] if 100 in rate else None

def fmt(v, spec):
    return "n/a" if v is None else format(v, spec)

header = ("agents", "decisions/s (iter. range)", "mean µs", "p50 µs", "p99 µs", "p99.9 µs", "max µs", "mean/mean(100)", "log2(n)/log2(100)")
rows = []
for n in sizes:
    thr, iterations = rate.get(n, (None, []))
    mean = 1e6 / thr if thr else None
    pct = sample.get(n, (None, {}))[1]
    rows.append((
        f"{n:,}",
        "n/a" if thr is None else f"{thr:,.0f}" + (
            f" ({min(iterations) / 1e3:,.0f}k–{max(iterations) / 1e3:,.0f}k)" if len(iterations) > 1 else ""),
        fmt(mean, ".1f"),
        fmt(pct.get("50.0"), ".1f"),
        fmt(pct.get("99.0"), ".1f"),
        fmt(pct.get("99.9"), ".1f"),
        fmt(pct.get("100.0"), ",.0f"),
        "n/a" if mean is None or base is None else f"{mean / base:.2f}",
        f"{math.log2(n) / math.log2(100):.2f}",
    ))
widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)] if rows else [len(h) for h in header]
line = lambda cells: "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths)) + " |"
print(line(header))
print("|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
for row in rows:
    print(line(row))
print()
print("One decision = one call routed: callArrived (offer or wait) + releaseAgent/agentAvailable of the offered agent;")
print("ticks (every 1,000 ops), escalation offers and callLeft of long waiters happen inside ops. decisions/s from the")
print("Throughput run (range = slowest..fastest measurement iteration), mean = 1/throughput, percentiles from the")
print("SampleTime run.")

# The workload actually seen (printed by the benchmark's @TearDown, one line per trial).
try:
    mix = {}
    for m in re.finditer(r"\[routing-bench\] (agents=\d+ .*)", open(sys.argv[2], encoding="utf-8", errors="replace").read()):
        fields = dict(kv.split("=", 1) for kv in m.group(1).split() if "=" in kv)
        mix.setdefault(int(fields["agents"]), fields)   # first trial per size (the Throughput run)
    if mix:
        print()
        print("Workload per size (Throughput trial; hungUp = callLeft 45 s after arrival, pickups = agent took a waiting call):")
        for n in sorted(mix):
            f = mix[n]
            ops = int(f["ops"])
            share = lambda key: f"{100.0 * int(f[key]) / ops:.1f}%" if ops else "n/a"
            print(f"  {n:>7,} agents: ops={ops:,} offeredOnArrival={share('offersOnArrival')} "
                  f"waited={share('waitsOnArrival')} tickOffers={int(f['offersOnTick']):,} "
                  f"pickups={int(f['pickupsOnAvailable']):,} hungUp={int(f['droppedAfter45000ops']):,} "
                  f"stillWaiting={int(f['waitingNow']):,}")
except (OSError, KeyError, ValueError):
    pass

print()
thr = rate.get(GOAL_AGENTS, (None, None))[0]
p99 = sample.get(GOAL_AGENTS, (None, {}))[1].get("99.0")
if thr is None or p99 is None:
    print(f"FAIL: {GOAL_AGENTS:,} agents not measured in both modes (goal: >= {GOAL_RATE:,.0f} decisions/s, p99 <= 1 ms)")
    sys.exit(3)
ok = thr >= GOAL_RATE and p99 <= GOAL_P99_US
print(f"{'PASS' if ok else 'FAIL'}: at {GOAL_AGENTS:,} agents {thr:,.0f} decisions/s (goal >= {GOAL_RATE:,.0f}) "
      f"and p99 {p99:,.1f} µs (goal <= {GOAL_P99_US:,.0f} µs)")
sys.exit(0 if ok else 3)
PY
verdict=$?
set -e
if [[ ${jmh_status} -ne 0 && ${verdict} -eq 0 ]]; then
  exit "${jmh_status}"
fi
exit "${verdict}"
