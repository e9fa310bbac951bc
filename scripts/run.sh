#!/usr/bin/env bash
# One command: install what is missing, build, and open Tongxin on the demo database.
# The demo is made once at build/demo/tongxin-demo.db (delete it for a fresh copy).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
mkdir -p build/demo
DEMO=build/demo/tongxin-demo.db
[[ -f $DEMO ]] || build/app/cli/tongxin-cli demo "$DEMO"
exec build/app/gui/tongxin --db "$DEMO" "$@"
