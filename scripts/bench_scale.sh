#!/usr/bin/env bash
# The ledger at scale (issue #16): one run that prints each figure beside its floor or goal.
#   1. the sales benchmark (tests/bench/bench_sales.cpp) on a 1,000,000-row CSV: the import
#      by `tongxin-cli import-sales` against `sqlite3 .import` of the same file into a plain
#      table, same run (goal ≤ 1.5×), and the figures of a 1M ledger;
#   2. the ledger grown to N rows (copies of those rows with their own source references; the
#      monthly summary and the text index rebuilt in bulk, the triggers put back as they were);
#   3. tests/bench/bench_scale.cpp on it: search to the first screen of matches (< 200 ms;
#      through the text index, beside the scan of the same SalesQuery without it, same run),
#      totals on a filter change (< 50 ms), bytes per sales row.
# Usage: scripts/bench_scale.sh [--rows N] [--dir DIR]   (default N = 10,000,000; --rows 1000000
# for a quick run). BUILD_DIR another build tree; SKIP_BUILD=1 when the targets are built.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
rows=10000000
dir=${TMPDIR:-/tmp}/tongxin-bench-scale
while [[ $# -gt 0 ]]; do
  case $1 in
    --rows) rows=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "usage: scripts/bench_scale.sh [--rows N] [--dir DIR]" >&2; exit 2 ;;
  esac
done
command -v sqlite3 >/dev/null || { echo "bench_scale: the sqlite3 shell is needed (apt install sqlite3)" >&2; exit 2; }
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  cmake --build "$build" --parallel "$(nproc)" --target bench_sales bench_scale tongxin-cli >/dev/null
fi
mkdir -p "$dir"
echo "== $(date -I) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "== 1. import of a 1,000,000-row CSV (goal: ≤ 1.5× sqlite3 .import, same run)"
"$build/tests/bench_sales" --rows 1000000 --dir "$dir"
db=$dir/tongxin.db
have=$(sqlite3 "$db" "SELECT count(*) FROM sales")
if (( rows > have )); then
  echo
  echo "== 2. the ledger grown from $have to $rows rows"
  start=$(date +%s.%N)
  triggers=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND name IN ('sales_monthly_insert', 'sales_fts_insert')")
  {
    echo "PRAGMA journal_mode = WAL; BEGIN;"
    echo "DROP TRIGGER sales_monthly_insert; DROP TRIGGER sales_fts_insert;"
    # Copy k of the first rows: the same days, amounts and names, a source reference of its own.
    copy=1
    total=$have
    while (( total < rows )); do
      n=$(( rows - total < have ? rows - total : have ))
      echo "INSERT INTO sales(sale_date, channel, outlet_id, county_id, category, product, quantity, unit, amount_fen,"
      echo "  buyer_type, purchase_for_donation, source_ref)"
      echo "SELECT sale_date, channel, outlet_id, county_id, category, product, quantity, unit, amount_fen, buyer_type,"
      echo "  purchase_for_donation, ifnull(source_ref, 'R') || '-c$copy' FROM sales WHERE id <= $n;"
      total=$(( total + n )); copy=$(( copy + 1 ))
    done
    echo "DELETE FROM sales_monthly;"
    echo "INSERT INTO sales_monthly SELECT substr(sale_date, 1, 7), county_id, channel, ifnull(outlet_id, 0),"
    echo "  ifnull(category, ''), product, buyer_type, purchase_for_donation, count(*), sum(amount_fen) FROM sales"
    echo "  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;"
    echo "INSERT INTO sales_fts(sales_fts) VALUES ('delete-all');"
    echo "INSERT INTO sales_fts(rowid, doc) SELECT id, ifnull(product, '') || char(1) || ifnull(category, '') || char(1)"
    echo "  || ifnull(unit, '') || char(1) || ifnull(source_ref, '') || char(1) || char(1) FROM sales;"
    echo "$triggers"
    echo "COMMIT; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;"
  } | sqlite3 "$db" >/dev/null
  echo "   $(sqlite3 "$db" "SELECT count(*) FROM sales") rows in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
echo
echo "== 3. the ledger at $(sqlite3 "$db" "SELECT count(*) FROM sales") rows"
"$build/tests/bench_scale" "$db"
