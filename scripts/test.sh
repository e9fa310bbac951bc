#!/usr/bin/env bash
# One command: install what is missing, build, and run every test (ctest, all headless), then the
# readers' sanitizer tests and a short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc)"
# The import's readers under ASan/UBSan (build-asan/), then a short fuzzing of them (build-fuzz/).
scripts/sanitize.sh
scripts/fuzz.sh 15
