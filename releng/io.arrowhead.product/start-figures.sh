#!/usr/bin/env bash
# Measures the product's start as a user sees it: from the command to the Arrowhead window shown on the screen, and
# to the Storage Explorer showing the demo's system. Each start runs the real product on the demo; the tree figure
# comes from the product itself (-Darrowhead.startFigures), the window from the X server.
#
# Usage: start-figures.sh <product folder> [runs, default 5] [first|later, default later]
#   first: every start uses a new home, as a user's very first start (the demo creates its certificate and keys)
#   later: one home, started once beforehand, as every later start of the day
# Needs an X display (xvfb-run -a -s "-screen 0 1600x1000x24"), xdotool. Prints each run and the medians.
# EXTRA_JAVA_OPTIONS adds JVM options to the product's, for example -XX:AOTCache=FILE.
set -euo pipefail

product=$(cd "$1" && pwd)
runs=${2:-5}
kind=${3:-later}
[ -n "${DISPLAY:-}" ] || { echo "start-figures: no X display" >&2; exit 1; }
command -v xdotool >/dev/null || { echo "start-figures: xdotool is missing" >&2; exit 1; }

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%3N; }

# One start: prints "<window shown ms> <tree populated ms>", both from the command.
start_once() {
  local home=$1 figures=$work/figures.txt start shown= deadline
  rm -f "$figures"
  start=$(now)
  HOME=$home JDK_JAVA_OPTIONS="-Darrowhead.startFigures=$figures ${EXTRA_JAVA_OPTIONS:-}" "$product/arrowhead" >"$work/console.log" 2>&1 &
  pid=$!
  deadline=$((start + 120000))
  while [ "$(now)" -lt "$deadline" ]; do
    if [ -z "$shown" ] && [ -n "$(xdotool search --onlyvisible --name '^Arrowhead' 2>/dev/null)" ]; then
      shown=$(($(now) - start))
    fi
    if [ -n "$shown" ] && grep -q '^tree-populated ' "$figures" 2>/dev/null; then
      echo "$shown $(($(awk '/^tree-populated /{print $2}' "$figures") - start))"
      kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
      sleep 1
      return 0
    fi
    sleep 0.02
  done
  echo "start-figures: the demo tree did not show within 120 s" >&2
  cat "$work/console.log" >&2
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

if [ "$kind" = later ]; then
  mkdir -p "$work/home"
  start_once "$work/home" >/dev/null
fi
: >"$work/runs.txt"
for run in $(seq 1 "$runs"); do
  home=$work/home
  if [ "$kind" = first ]; then home=$work/home-$run; mkdir -p "$home"; fi
  result=$(start_once "$home")
  echo "run $run ($kind start): window shown $(cut -d' ' -f1 <<<"$result") ms, demo tree $(cut -d' ' -f2 <<<"$result") ms"
  echo "$result" >>"$work/runs.txt"
done
echo "median of $runs ($kind start): window shown $(cut -d' ' -f1 "$work/runs.txt" | median) ms," \
  "demo tree $(cut -d' ' -f2 "$work/runs.txt" | median) ms"
