#!/usr/bin/env bash
# The GUI side of the sales-ledger benchmark (issue #5). Makes a 1,000,000-row ledger (with the
# bench_sales tool: a generated CSV imported by `tongxin-cli import-sales`; kept in DIR and reused
# next time), opens the main window offscreen on it with the Consumption aid page shown and prints,
# in one run:
#   - the time to open the page, scroll, change filters and see the totals and rows, and the
#     longest pause of the GUI thread meanwhile (tests/bench/bench_sales_gui.cpp);
#   - the peak memory of that GUI process (/usr/bin/time -v), of `tongxin --screenshots` (every
#     page rendered) on the same file, and of the same on the demo database, for comparison;
#   - beside them the floors of /work/shared/ENGINEERING.md and the same GROUP BY / filter-and-
#     total run now by the sqlite3 CLI on the same file.
# Usage: scripts/bench_sales_gui.sh [--rows N] [--dir DIR] [--fresh]
#   BUILD_DIR (default build) and BUILD_TYPE (default RelWithDebInfo, for a new build tree).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
rows=1000000
dir=${TMPDIR:-/tmp}/tongxin-bench-sales
fresh=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) rows=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    *) echo "usage: $0 [--rows N] [--dir DIR] [--fresh]" >&2; exit 2 ;;
  esac
done
for tool in /usr/bin/time sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench_sales_gui: $tool is needed (apt install time sqlite3)" >&2; exit 2; }
done
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
mkdir -p "$dir"
cmake --build "$build" --parallel "$(nproc)" --target bench_sales bench_sales_gui tongxin tongxin-cli \
  >"$dir/build.log" 2>&1 || { cat "$dir/build.log" >&2; exit 1; }
db=$dir/tongxin.db

# The ledger: reused when it has the rows asked for.
have=0
if [[ -f $db && $fresh == 0 ]]; then
  have=$(sqlite3 "$db" "SELECT count(*) FROM sales" 2>/dev/null || echo 0)
fi
if [[ $have != "$rows" ]]; then
  echo "Making a ${rows}-row ledger in $dir with bench_sales (log: $dir/bench_sales.log)…"
  "$build/tests/bench_sales" --rows "$rows" --dir "$dir" >"$dir/bench_sales.log" 2>&1 \
    || { cat "$dir/bench_sales.log" >&2; exit 1; }
  grep -E "^\(a\) import" "$dir/bench_sales.log" || true
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")

# A private settings and data folder: the benchmark leaves the user's session alone.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data

# Peak memory (KB) and wall time of a command, from /usr/bin/time -v.
timed() { # out-file command…
  local out=$1; shift
  /usr/bin/time -v -o "$out" "$@"
}
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"; }

# The sqlite3 CLI on the same file, now: the floors of this run.
sqlite_time() { # sql → best of 3 "real" seconds
  local best=999
  for _ in 1 2 3; do
    local t
    t=$(printf '.timer on\n%s\n' "$1" | sqlite3 "$db" | awk '/Run Time/ {print $4}' | tail -1)
    best=$(awk -v a="$best" -v b="$t" 'BEGIN {print (b < a ? b : a)}')
  done
  echo "$best"
}
unit=$(sqlite3 "$db" "SELECT id FROM places WHERE level = 'county' ORDER BY illustrative, id LIMIT 1")
floor_groupby=$(sqlite_time "SELECT county_id, substr(sale_date, 1, 7), sum(amount_fen) FROM sales GROUP BY 1, 2;")
floor_unit=$(sqlite_time "SELECT count(*), sum(amount_fen) FROM sales WHERE county_id = $unit;")
floor_ids=$(sqlite_time "SELECT count(*) FROM (SELECT id FROM sales WHERE county_id = $unit ORDER BY sale_date DESC, id DESC);")

echo
echo "Tongxin GUI benchmark: $(printf "%'d" "$rows") sales rows, $build ($build_type), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -I)"
echo
rm -f "$dir/ledger.xlsx"
timed "$dir/time-gui.txt" "$build/tests/bench_sales_gui" --db "$db" --shot "$dir/consumption-${rows}.png" \
  --export "$dir/ledger.xlsx" \
  2>/dev/null >"$dir/bench_gui.out"
grep -v '^@' "$dir/bench_gui.out"
key() { awk -v k="@$1" -v f="$2" '$1 == k {print $f}' "$dir/bench_gui.out"; }

rm -rf "$dir/shots"
timed "$dir/time-shots.txt" "$build/app/gui/tongxin" --db "$db" --lang en --screenshots "$dir/shots" >/dev/null 2>&1
"$build/app/cli/tongxin-cli" demo "$dir/demo.db" --force >/dev/null
rm -rf "$dir/shots-demo"
timed "$dir/time-demo.txt" "$build/app/gui/tongxin" --db "$dir/demo.db" --lang en --screenshots "$dir/shots-demo" \
  >/dev/null 2>&1

ms() { awk -v s="$1" 'BEGIN {printf (s < 0.01 ? "%.1f ms" : "%.0f ms"), s * 1000}'; }
sec() { awk -v s="$1" 'BEGIN {printf "%.2f s", s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f×", a / b}'; }
row() { printf "%-58s %-16s %-16s %s\n" "$@"; }
echo
row "at $(printf "%'d" "$rows") rows" "floor [a]" "Tongxin" "ratio"
row "GROUP BY county, month SUM(amount), ENGINEERING.md" "0.85 s / 0.48 s" "" ""
row "  [G] the same, sqlite3 CLI on this file now" "$(sec "$floor_groupby")" "" ""
row "open the page: totals shown" "[G]" "$(ms "$(key open 2)")" "$(ratio "$(key open 2)" "$floor_groupby")"
row "  first screen of rows drawn (ids of every row read)" "[G]" "$(ms "$(key open 4)")" \
  "$(ratio "$(key open 4)" "$floor_groupby")"
row "change a filter (one unit): totals shown" "$(sec "$floor_unit") [U]" "$(ms "$(key unit 2)")" \
  "$(ratio "$(key unit 2)" "$floor_unit")"
row "  its rows in date order, first screen drawn" "$(sec "$floor_ids") [I]" "$(ms "$(key unit 4)")" \
  "$(ratio "$(key unit 4)" "$floor_ids")"
row "  + from 2019-03-15: totals / rows drawn" "" "$(ms "$(key from 2)") / $(ms "$(key from 4)")" ""
row "  + until 2019-11-20, search: totals / rows drawn" "" "$(ms "$(key search 2)") / $(ms "$(key search 4)")" ""
row "search alone, every row read: totals / rows drawn" "" \
  "$(ms "$(key searchall 2)") / $(ms "$(key searchall 4)")" ""
row "scroll to the middle and draw" "" "$(ms "$(key scroll 4)")" ""
row "charts tab, four charts drawn" "[G]" "$(ms "$(key charts 4)")" "$(ratio "$(key charts 4)" "$floor_groupby")"
row "longest GUI-thread pause in any step above" "" \
  "$(ms "$(awk '$1 ~ /^@(open|unit|from|search|searchall|scroll|charts)$/ && $5 > m {m = $5} END {print m + 0}' \
    "$dir/bench_gui.out")")" ""
row "open the database in the window (every page reads)" "" "$(ms "$(key opendb 2)")" ""
row "Export… of every row to .xlsx (12 columns; floor: 7)" "9.9 s [X]" "$(sec "$(key export 2)")" \
  "$(ratio "$(key export 2)" 9.9)"
echo "[a] sqlite3 CLI on the same file, best of 3: [G] GROUP BY county, month over all rows; [U] count and SUM"
echo "    of one unit; [I] the ids of one unit in date order. Totals come from the monthly summary, rows from"
echo "    the date index, both in a worker thread: the window answers meanwhile (longest pause above)."
echo "[X] ENGINEERING.md: SQLite → Qt → xlsx end to end, constant_memory, 1M × 7 columns."
echo
row "peak memory (/usr/bin/time -v)" "" "" ""
row "  GUI with the Consumption aid page open (the run above)" "" "$(peak_mb "$dir/time-gui.txt") MB" ""
row "  tongxin --screenshots, every page, this ledger" "" "$(peak_mb "$dir/time-shots.txt") MB" \
  "($(wall "$dir/time-shots.txt"))"
row "  the same on the demo (22,753 sales, every register full)" "" "$(peak_mb "$dir/time-demo.txt") MB" \
  "($(wall "$dir/time-demo.txt"))"
echo
echo "The page at $(printf "%'d" "$rows") rows: $dir/consumption-${rows}.png"
