#!/usr/bin/env bash
# Photographs the built product as a person sees it, window frame included, for the README:
#   releng/screenshot.sh [output.png]        (default docs/images/arrowhead-console.png)
# Needs the product (./mvnw verify or ./arrowhead builds it) and: apt-get install xvfb openbox imagemagick xdotool x11-apps
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$(realpath -m "${1:-$top/docs/images/arrowhead-console.png}")"
product="$top/releng/io.arrowhead.product/target/products/io.arrowhead.product/linux/gtk/x86_64/arrowhead"
[ -x "$product/arrowhead" ] || { echo "screenshot: build the product first (./mvnw verify)" >&2; exit 1; }

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1360x880x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display openbox >/dev/null 2>&1 &

mkdir -p "$(dirname "$output")"
DISPLAY=$display bash "$top/releng/io.arrowhead.product/smoke-test.sh" "$product" "$output"
