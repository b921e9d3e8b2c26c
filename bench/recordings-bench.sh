#!/usr/bin/env bash
# Builds and runs the recordings benchmarks (bench/recordings): streaming encryption throughput against the raw
# AES-GCM throughput of the same JVM in the same run (JMH), then the heap while ingesting 10 MiB and 1 GiB.
# Goals (issue 5): streaming encryption >= 50 % of raw AES-GCM; heap flat while ingesting 1 GB.
#
# Usage: bench/recordings-bench.sh [extra JMH options, e.g. -wi 1 -i 2]
#   SKIP_BUILD=1    reuse bench/recordings/target/recordings-bench.jar
#   HEAP_SIZES="10 1024"  MiB ingested by the heap check;  HEAP_XMX=128m  its heap (small: buffering would fail)
# Exit status: 0 PASS, 3 FAIL, anything else: build or run error.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "${script_dir}/.." && pwd)"
bench_dir="${script_dir}/recordings"
jar="${bench_dir}/target/recordings-bench.jar"
json="${bench_dir}/target/recordings-bench.json"
log="${bench_dir}/target/recordings-bench.log"
revision="$(git -C "${repo_root}" rev-parse --short HEAD 2>/dev/null || echo unknown)"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "==> building ${jar#"${repo_root}/"} (security-realm sources at ${revision})"
  "${repo_root}/mvnw" -q -f "${bench_dir}/pom.xml" package
fi
[[ -f "${jar}" ]] || { echo "no ${jar}: build first" >&2; exit 2; }
echo "==> load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) on $(nproc 2>/dev/null || echo '?') CPUs"

rm -f "${json}"
(cd "${bench_dir}" && java -jar "${jar}" StreamingEncryptionBenchmark -rf json -rff "${json}" "$@") 2>&1 | tee "${log}"
[[ -s "${json}" ]] || { echo "no results in ${json}" >&2; exit 2; }

echo "==> heap while ingesting (-Xmx${HEAP_XMX:-128m})"
heap="$(java -Xmx"${HEAP_XMX:-128m}" -cp "${jar}" org.confidant.bench.recordings.HeapDuringIngest ${HEAP_SIZES:-10 1024})"
echo "${heap}"

echo
echo "==> results (security-realm at ${revision})"
python3 - "${json}" "${heap}" <<'PY'
import json, re, sys

MIB_PER_OP = 8
rates = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    iters = [float(v) * MIB_PER_OP for fork in m.get("rawData", []) for v in fork]
    rates[name] = (float(m["score"]) * MIB_PER_OP, iters)

print("| path | MiB/s (iter. range) | vs raw AES-GCM |")
print("|---|---:|---:|")
raw = rates.get("rawAesGcm", (None,))[0]
for name in ("rawAesGcm", "streamingAead", "ingestToDisk"):
    if name in rates:
        score, iters = rates[name]
        share = f"{100 * score / raw:.0f} %" if raw else "n/a"
        print(f"| {name} | {score:,.0f} ({min(iters):,.0f}–{max(iters):,.0f}) | {share} |")

heaps = {int(m.group(1)): float(m.group(2)) for m in
         re.finditer(r"ingest\s+(\d+) MiB:.*after GC\s+([\d.]+) MiB", sys.argv[2])}
ok = True
if raw and "streamingAead" in rates:
    share = rates["streamingAead"][0] / raw
    ok &= share >= 0.5
    print(f"\n{'PASS' if share >= 0.5 else 'FAIL'}: streaming encryption {100 * share:.0f} % of raw AES-GCM (goal >= 50 %)")
else:
    ok = False
    print("\nFAIL: throughput not measured")
if len(heaps) >= 2:
    small, large = heaps[min(heaps)], heaps[max(heaps)]
    flat = large <= small + 16
    ok &= flat
    print(f"{'PASS' if flat else 'FAIL'}: max heap used after GC {small:.1f} MiB at {min(heaps)} MiB ingested, "
          f"{large:.1f} MiB at {max(heaps)} MiB (goal: flat, within 16 MiB)")
sys.exit(0 if ok else 3)
PY
