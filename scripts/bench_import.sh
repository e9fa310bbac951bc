#!/usr/bin/env bash
# The register import's benchmark (issue #13), in one run:
#   (a) N registered poor households (default 100,000) from CSV: `tongxin-cli import --table
#       households`, beside `sqlite3 .import` of the same file into a plain table (the floor of a
#       load with no checks) and, when LibreOffice is installed, beside the time `soffice
#       --headless --convert-to csv` needs just to open the same rows as .xlsx;
#   (b) the demo as a whole-office workbook: `export --workbook`, then `import --workbook` into an
#       empty file.
# Usage: scripts/bench_import.sh [--rows N] [--dir DIR]   (BUILD_DIR to use another build tree)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
command -v sqlite3 >/dev/null || { echo "bench_import: the sqlite3 shell is needed (apt install sqlite3)" >&2; exit 2; }
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target tongxin-cli >/dev/null
cli=$build/app/cli/tongxin-cli
dir=${TMPDIR:-/tmp}/tongxin-bench-import
rows=100000
while [[ $# -gt 0 ]]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    *) echo "bench_import: unknown argument $1" >&2; exit 2 ;;
  esac
done
rm -rf "$dir" && mkdir -p "$dir"

seconds() { # runs a command, prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

"$cli" demo "$dir/demo.tongxin" >/dev/null
# Households in the demo's villages, each named by its path where names repeat.
awk -v n="$rows" 'BEGIN {
  split("庄浪县/南湖镇/陈家沟村 庄浪县/南湖镇/中岘村 庄浪县/万泉镇/大峁村 庄浪县/韩店镇/吴家岔村", v, " ");
  print "户主,村,人口数,建档年份,退出年份,吃穿,义务教育,基本医疗,住房安全,饮水安全";
  for (i = 0; i < n; i++)
    printf "基准户%d,%s,%d,%d,%d,是,是,是,是,是\n", i, v[i % 4 + 1], 1 + i % 7, 2014 + i % 3, 2018 + i % 3;
}' > "$dir/households.csv"

cp "$dir/demo.tongxin" "$dir/import.tongxin"
t_import=$(seconds "$cli" import "$dir/import.tongxin" --table households "$dir/households.csv")
added=$(sqlite3 "$dir/import.tongxin" "SELECT count(*) FROM households WHERE head_name LIKE '基准户%'")
t_sqlite=$(seconds sqlite3 "$dir/plain.db" ".mode csv" ".import $dir/households.csv households")
echo "(a) $rows households from CSV ($added written)"
echo "    tongxin-cli import --table households   ${t_import} s   ($(awk -v t="$t_import" -v n="$rows" 'BEGIN { printf "%.0f", t * 1e6 / n }') µs a row: names resolved, rules checked, duplicates looked for)"
echo "    floor: sqlite3 .import, no checks       ${t_sqlite} s"
if command -v soffice >/dev/null; then
  "$cli" export "$dir/import.tongxin" --table households -o "$dir/households.xlsx" >/dev/null
  t_calc=$(seconds soffice --headless --convert-to csv --outdir "$dir/calc" "$dir/households.xlsx")
  echo "    LibreOffice Calc opening the same rows  ${t_calc} s"
else
  echo "    LibreOffice Calc: not installed here (apt install libreoffice-calc-nogui to measure it)"
fi

t_export=$(seconds "$cli" export "$dir/demo.tongxin" --workbook -o "$dir/office.xlsx")
"$cli" init "$dir/rebuilt.tongxin" >/dev/null
t_book=$(seconds "$cli" import "$dir/rebuilt.tongxin" --workbook "$dir/office.xlsx")
same=different
if [[ $("$cli" summary "$dir/demo.tongxin" --json) == $("$cli" summary "$dir/rebuilt.tongxin" --json) ]]; then same=identical; fi
records=$(sqlite3 "$dir/rebuilt.tongxin" "SELECT (SELECT count(*) FROM places) + (SELECT count(*) FROM households) + (SELECT count(*) FROM sales) + (SELECT count(*) FROM pairings)")
echo "(b) the demo as a whole-office workbook"
echo "    export --workbook                        ${t_export} s"
echo "    import --workbook into an empty file     ${t_book} s   (summary --json $same to the demo's; places+households+pairings+sales: $records)"
