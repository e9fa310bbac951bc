#!/usr/bin/env bash
# Runs the import's reader and import tests under AddressSanitizer and UndefinedBehaviorSanitizer:
# configures build-asan/ (Debug, -fsanitize=address,undefined -fno-omit-frame-pointer), builds only
# test_import_readers, test_import, test_import_outcomes and test_hostile_files (and what they need: tongxin_core,
# tongxin-cli), and runs them with halt_on_error=1. Any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=build-asan
JOBS=${JOBS:-$(nproc)}
TESTS=(test_import_readers test_import test_import_outcomes test_hostile_files)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
start=$SECONDS
if [[ ! -f "$OUT/build.ninja" ]]; then
  cmake -S . -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
fi
cmake --build "$OUT" --parallel "$JOBS" --target "${TESTS[@]}"
echo "sanitize: built in $((SECONDS - start)) s"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Leaks inside third-party libraries only (see the file); the CLI that test_import runs inherits these.
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
status=0
for t in "${TESTS[@]}"; do
  log="$OUT/$t.log"
  if "$OUT/tests/$t" >"$log" 2>&1 && ! grep -qE 'runtime error:|ERROR: (Address|Leak)Sanitizer' "$log"; then
    echo "sanitize: $t clean ($(grep -Eo 'Totals: .*' "$log" | head -1))"
  else
    status=1
    echo "sanitize: $t FAILED — see $log" >&2
    grep -E 'runtime error:|Sanitizer|FAIL!|Totals' "$log" | head -20 >&2 || true
  fi
done
echo "sanitize: done in $((SECONDS - start)) s"
exit $status
