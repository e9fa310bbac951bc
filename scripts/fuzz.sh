#!/usr/bin/env bash
# Fuzzes the file readers with libFuzzer (clang, -fsanitize=fuzzer,address,undefined):
#   scripts/fuzz.sh [SECONDS]   (each harness runs SECONDS, default 20)
# Builds tests/fuzz/fuzz_csv.cpp and fuzz_xlsx.cpp into build-fuzz/ with the reader sources
# compiled in (app/core/io; Qt Core and zlib, not tongxin_core), seeds a working corpus from
# tests/fuzz/corpus/<reader>/ (.xlsx seeds are written by tests/fuzz/make_xlsx_seeds.py), runs
# each harness and fails on any crash, sanitizer report, timeout or out-of-memory. Findings are
# kept in build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-20}
OUT=build-fuzz
CXX=${FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
MOC=/usr/lib/qt6/libexec/moc
[[ -n "$CXX" ]] || { echo "fuzz: clang++ is missing (scripts/deps.sh installs it)" >&2; exit 1; }
mkdir -p "$OUT/findings"

IO=app/core/io
FLAGS=(-std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
  -fno-sanitize-recover=undefined -Iapp/core $(pkg-config --cflags Qt6Core zlib))
LIBS=($(pkg-config --libs Qt6Core zlib))

# moc for the Q_OBJECT in ziparchive.h (the entry device).
"$MOC" "$IO/ziparchive.h" -o "$OUT/moc_ziparchive.cpp"

build() { # name, reader sources…
  local name=$1
  shift
  local bin="$OUT/$name" newest
  newest=$(ls -t tests/fuzz/"$name".cpp "$@" "$IO"/*.h scripts/fuzz.sh | head -1)
  if [[ ! -x "$bin" || "$newest" -nt "$bin" ]]; then
    echo "fuzz: building $name"
    "$CXX" "${FLAGS[@]}" tests/fuzz/"$name".cpp "$@" "$OUT/moc_ziparchive.cpp" "${LIBS[@]}" -o "$bin"
  fi
}
build fuzz_csv "$IO/csvreader.cpp" "$IO/tabularreader.cpp" "$IO/xlsxreader.cpp" "$IO/ziparchive.cpp"
build fuzz_xlsx "$IO/xlsxreader.cpp" "$IO/tabularreader.cpp" "$IO/csvreader.cpp" "$IO/ziparchive.cpp"

mkdir -p "$OUT/corpus/csv" "$OUT/corpus/xlsx"
cp -n tests/fuzz/corpus/csv/* "$OUT/corpus/csv/" || true
cp -n tests/fuzz/corpus/xlsx/* "$OUT/corpus/xlsx/" || true
python3 tests/fuzz/make_xlsx_seeds.py "$OUT/corpus/xlsx"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
run() { # name, extra libFuzzer options…
  local name=$1
  shift
  local log="$OUT/$name.log"
  echo "fuzz: $name for ${SECONDS_EACH}s"
  if "$OUT/$name" "$OUT/corpus/${name#fuzz_}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$OUT/findings/$name-" "$@" >"$log" 2>&1; then
    echo "fuzz: $name: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1), no crash"
  else
    status=1
    echo "fuzz: $name FAILED — see $log and $OUT/findings/" >&2
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|==[0-9]+==' "$log" | head -20 >&2 || true
  fi
}
run fuzz_csv
run fuzz_xlsx -dict=tests/fuzz/xlsx.dict
exit $status
