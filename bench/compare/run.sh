#!/usr/bin/env bash
# Side-by-side comparison: the shared workloads run by aws-local-stepfunctions (node, in process)
# and by Cairn's workload runner, on this machine in one run, then one table.
# Usage: bench/compare/run.sh [--seconds N] [--warmup N]
# Environment: CAIRN_WORKLOADS (workload folder), CAIRN_BENCH_ARTIFACTS (dotnet build output,
# default /tmp/art-bench, kept outside the tree so it never collides with other builds),
# CAIRN_BENCH_OUT (where the two JSON result files go, default a fresh temporary folder).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds=3
warmup=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

artifacts="${CAIRN_BENCH_ARTIFACTS:-/tmp/art-bench}"
out="${CAIRN_BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"

# The lock file pins aws-local-stepfunctions exactly; npm ci installs just that.
# It declares node >= 22 but runs on node 20, so npm's engine warning is expected there.
if [[ ! -d "$here/node_modules/aws-local-stepfunctions" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== aws-local-stepfunctions"
(cd "$here" && node --expose-gc als-bench.mjs --seconds "$seconds" --warmup "$warmup" --json "$out/als.json")

echo "== Cairn"
dotnet build "$repo/bench/Cairn.Bench" -c Release --artifacts-path "$artifacts" -nologo -v quiet
dotnet run --no-build -c Release --artifacts-path "$artifacts" --project "$repo/bench/Cairn.Bench" -- \
  workloads --seconds "$seconds" --warmup "$warmup" --json "$out/cairn.json"

echo "== Comparison (median time per execution, lower is better)"
node "$here/report.mjs" "$out/cairn.json" "$out/als.json" --target 10
echo "Results: $out"
