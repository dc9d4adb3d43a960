#!/usr/bin/env bash
# Starts the built product the way a user does and checks what only a real start shows: the Arrowhead window
# opens, a second start on the same workspace is refused with a message, Ctrl+Q quits cleanly, the workspace
# lands under the user's home and never in the current directory, and nothing is logged as an error.
# Runs in the build's integration-test phase, on the build's X display.
#
# Usage: smoke-test.sh <product folder> [screenshot.png]
set -euo pipefail

product=$(cd "$1" && pwd)
screenshot=${2:-}
[ -n "${DISPLAY:-}" ] || { echo "smoke-test: no X display; run the build under xvfb-run" >&2; exit 1; }
for tool in xdotool xwd; do
  command -v $tool >/dev/null || { echo "smoke-test: $tool is missing (apt-get install xdotool x11-apps)" >&2; exit 1; }
done

work=$(mktemp -d)
home=$work/home
cwd=$work/cwd
mkdir -p "$home" "$cwd"
pid=
second=
cleanup() {
  local process
  for process in $pid $second; do
    if kill -0 "$process" 2>/dev/null; then kill "$process"; wait "$process" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke-test: $*" >&2; echo "--- console ---" >&2; cat "$work/console.log" >&2; exit 1; }

# The largest visible window with this title: GTK briefly maps small helper windows with the same name.
largest_window() {
  local id best= best_area=0 WIDTH HEIGHT
  for id in $(xdotool search --onlyvisible --name "$1" 2>/dev/null); do
    WIDTH=0 HEIGHT=0
    eval "$(xdotool getwindowgeometry --shell "$id" 2>/dev/null | grep -E '^(WIDTH|HEIGHT)=')" || continue
    if [ $((WIDTH * HEIGHT)) -gt "$best_area" ]; then best=$id; best_area=$((WIDTH * HEIGHT)); fi
  done
  [ -n "$best" ] && echo "$best"
}

# Waits up to $2 seconds for a visible window titled $1. Not `xdotool search --sync`: it aborts with BadWindow
# when a window it is looking at vanishes meanwhile, which GTK's short-lived helper windows make happen.
await_window() {
  local deadline=$(($(date +%s) + $2))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ -n "$(xdotool search --onlyvisible --name "$1" 2>/dev/null)" ] && return 0
    sleep 0.2
  done
  return 1
}

# Waits up to $2 seconds for process $1 to end; returns 1 if it is still running then.
await_exit() {
  for _ in $(seq 1 $(($2 * 2))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  return 1
}

started=$(date +%s%N)
(cd "$cwd" && HOME="$home" exec "$product/arrowhead" -consoleLog >"$work/console.log" 2>&1) &
pid=$!

# SWT pads short titles with a space, hence the optional blank.
await_window '^Arrowhead ?$' 120 || fail "no Arrowhead window within 120 s"
echo "smoke-test: window shown $(( ($(date +%s%N) - started) / 1000000 )) ms after start"

# A mapped window is not a started workbench: wait until two pictures a moment apart agree.
previous=
for _ in $(seq 1 60); do
  current=$(xwd -root -silent | md5sum)
  [ "$current" = "$previous" ] && break
  previous=$current
  sleep 0.5
done
echo "smoke-test: window settled $(( ($(date +%s%N) - started) / 1000000 )) ms after start"
window=$(largest_window '^Arrowhead ?$') || fail "the Arrowhead window went away"

if [ -n "$screenshot" ]; then
  # The demo cluster connects in a background job after the window settles; let it load before the picture.
  sleep 8
  import -frame -window "$window" "$screenshot"
  echo "smoke-test: screenshot saved to $screenshot"
fi

# A second start on the same workspace must explain itself and leave the first one running.
(cd "$cwd" && HOME="$home" exec "$product/arrowhead" >"$work/second.log" 2>&1) &
second=$!
await_window '^Arrowhead Is Already Running' 60 \
  || fail "a second start on the same workspace showed no 'Arrowhead Is Already Running' message"
dialog=$(largest_window '^Arrowhead Is Already Running') || fail "the message went away by itself"
xdotool windowfocus --sync "$dialog" key Return || fail "could not answer the message"
await_exit "$second" 20 || fail "the second start did not exit after its message"
second=
kill -0 "$pid" 2>/dev/null || fail "the first instance ended when a second one started"
echo "smoke-test: a second start on the same workspace was refused with a message"

xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q || fail "could not press Ctrl+Q in the window"
await_exit "$pid" 30 || fail "still running 30 s after Ctrl+Q"
wait "$pid" || fail "exited with status $?"
pid=

[ -d "$home/.arrowhead/workspace/.metadata" ] || fail "no workspace under \$HOME/.arrowhead/workspace"
[ -z "$(ls -A "$cwd")" ] || fail "files were written to the current directory: $(ls -A "$cwd")"
log=$home/.arrowhead/workspace/.metadata/.log
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  echo "--- $log ---" >&2; cat "$log" >&2
  fail "errors were logged"
fi
echo "smoke-test: passed"
