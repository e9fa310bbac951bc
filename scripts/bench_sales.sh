#!/usr/bin/env bash
# The sales-ledger benchmark (issue #5): generates a 1,000,000-row sales CSV and prints, in one
# run and side by side with the floors of ENGINEERING.md:
#   (a) `sqlite3 .import` of the CSV into a plain table vs `tongxin-cli import-sales`;
#   (b)-(d) one filter-and-total in both (one western unit, one year, GROUP BY month and channel),
#   the same over the whole ledger, and the rows/sum of the filter;
#   then the time of each SalesQuery call the ledger page and its charts make;
#   then scripts/bench_sales_gui.sh on the same ledger: the page's timings and the GUI's peak memory.
# Usage: scripts/bench_sales.sh [--rows N] [--dir DIR]   (BUILD_DIR to use another build tree)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
command -v sqlite3 >/dev/null || { echo "bench_sales: the sqlite3 shell is needed (apt install sqlite3)" >&2; exit 2; }
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target bench_sales tongxin-cli >/dev/null
# One run: the core figures, then the GUI's (page timings and peak memory with the page open)
# on the very ledger the core part imported.
dir=${TMPDIR:-/tmp}/tongxin-bench-sales
rows=1000000
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --dir) dir=${args[i + 1]} ;;
    --rows) rows=${args[i + 1]} ;;
  esac
done
[[ " $* " == *" --dir "* ]] || args+=(--dir "$dir")
"$build/tests/bench_sales" "${args[@]}"
echo
exec scripts/bench_sales_gui.sh --rows "$rows" --dir "$dir"
