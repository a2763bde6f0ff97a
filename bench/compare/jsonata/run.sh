#!/usr/bin/env bash
# Side-by-side timing of the JSONata benchmark expressions (expressions.json): the reference jsonata
# package under node and Cairn.Jsonata, measured the same way, then one table (median per evaluation,
# ratio, whether both gave the same result).
# Usage: bench/compare/jsonata/run.sh [--seconds N] [--warmup N] [--filter NAME]
# Environment: CAIRN_JSONATA_SUITE_DIR (suite with the datasets), CAIRN_BENCH_ARTIFACTS (dotnet build
# output, default /tmp/art-bench), CAIRN_BENCH_OUT (where the two JSON files go, default a new temp folder).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
seconds=2
warmup=0.5
filter=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --filter) filter=(--filter "$2"); shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

artifacts="${CAIRN_BENCH_ARTIFACTS:-/tmp/art-bench}"
out="${CAIRN_BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"

# package-lock.json pins the reference jsonata exactly; npm ci installs just that.
if [[ ! -d "$here/node_modules/jsonata" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== reference jsonata"
(cd "$here" && node --expose-gc jsonata-bench.mjs --seconds "$seconds" --warmup "$warmup" --json "$out/reference.json" "${filter[@]}")

echo "== Cairn.Jsonata"
dotnet build "$repo/bench/Cairn.Bench" -c Release --artifacts-path "$artifacts" -nologo -v quiet
(cd "$repo" && dotnet run --no-build -c Release --artifacts-path "$artifacts" --project "$repo/bench/Cairn.Bench" -- \
  jsonata --seconds "$seconds" --warmup "$warmup" --json "$out/cairn.json" "${filter[@]}")

echo "== Comparison (median time per evaluation, lower is better)"
node "$here/report.mjs" "$out/cairn.json" "$out/reference.json"
echo "Results: $out"
