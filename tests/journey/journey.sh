#!/usr/bin/env bash
# The end-to-end journey: the real `tongxin` in a real X server (Xvfb), driven by real X input
# events (xdotool), as a user does: open the demo, go to Registries, open the New place form
# from the list (Insert), type a name, press Enter, and find the row in the database. It proves
# the wiring that offscreen tests cannot (window, focus, keyboard, default button).
#   journey.sh TONGXIN TONGXIN_CLI          (ctest runs it under xvfb-run)
set -euo pipefail
gui=$1
cli=$2
for tool in xdotool sqlite3; do
  command -v "$tool" >/dev/null || { echo "journey: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done
[[ -n ${DISPLAY:-} ]] || { echo "journey: no DISPLAY; run under xvfb-run" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null || true
  [[ -n $pid ]] && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
db=$work/office.db
"$cli" demo "$db" >/dev/null
before=$(sqlite3 "$db" "SELECT count(*) FROM places")

"$gui" --db "$db" --lang en >"$work/gui.log" 2>&1 &
pid=$!

step() { echo "journey: $*"; }
fail() {
  echo "journey: FAILED: $*" >&2
  echo "--- gui log" >&2; cat "$work/gui.log" >&2 || true
  [[ -n ${JOURNEY_SHOT:-} ]] && import -window root "$JOURNEY_SHOT" 2>/dev/null || true
  exit 1
}

# The main window: its title names the open file.
win=""
for _ in $(seq 1 100); do
  win=$(xdotool search --onlyvisible --name "office.db" 2>/dev/null | head -1 || true)
  [[ -n $win ]] && break
  sleep 0.1
done
[[ -n $win ]] || fail "the main window did not appear"
step "main window $win"
xdotool windowmove --sync "$win" 0 0 || true
xdotool windowsize --sync "$win" 1280 800 || true
sleep 0.5

# Opens the New place form as a user does: the sidebar's second entry is Registries (its first
# tab is Places); click into the list of places, press Insert. Retried a few times, since a
# loaded machine may not have shown the page by the time of the next click.
open_form() {
  dialog=""
  for attempt in 1 2 3 4 5; do
    xdotool mousemove --window "$win" 100 94 click 1
    sleep $((attempt))
    xdotool mousemove --window "$win" 700 500 click 1
    sleep 0.3
    xdotool key --clearmodifiers Insert
    for _ in $(seq 1 30); do
      dialog=$(xdotool search --onlyvisible --name "^New place" 2>/dev/null | head -1 || true)
      [[ -n $dialog ]] && return 0
      sleep 0.1
    done
  done
  return 1
}
open_form || fail "Insert on the list did not open the New place form"
step "form $dialog"
xdotool windowfocus --sync "$dialog" 2>/dev/null || true
sleep 0.3
# The first field is Level (district, street, community, county, town, village): Home, then
# Down three times chooses "County / district"; Tab to Name; type; Enter saves.
xdotool key --clearmodifiers Home Down Down Down
sleep 0.3
xdotool key --clearmodifiers Tab
xdotool type --delay 30 "Journey County"
xdotool key --clearmodifiers Return

for _ in $(seq 1 50); do
  xdotool search --onlyvisible --name "^New place" >/dev/null 2>&1 || break
  sleep 0.1
done
xdotool search --onlyvisible --name "^New place" >/dev/null 2>&1 && fail "Enter did not save and close the form"

row=$(sqlite3 "$db" "SELECT level || '|' || side FROM places WHERE name = 'Journey County'")
[[ $row == "county|west" ]] || fail "no row for the typed place (got '$row')"
after=$(sqlite3 "$db" "SELECT count(*) FROM places")
[[ $after -eq $((before + 1)) ]] || fail "expected one new place, found $((after - before))"
step "saved: Journey County is in the database"

# Esc on a second form closes it and writes nothing.
open_form || fail "the second form did not open"
xdotool windowfocus --sync "$dialog" 2>/dev/null || true
xdotool type --delay 30 "x"
xdotool key --clearmodifiers Escape
sleep 0.5
xdotool search --onlyvisible --name "^New place" >/dev/null 2>&1 && fail "Esc did not close the form"
[[ $(sqlite3 "$db" "SELECT count(*) FROM places") -eq $after ]] || fail "Esc wrote something"

[[ $(sqlite3 "$db" "PRAGMA integrity_check") == ok ]] || fail "integrity_check"
step "1 passed, 0 failed"
