#!/usr/bin/env bash
# How long the gateway simulator takes to serve large lists, measured from outside with curl as a client would:
# GET /api/types/Volume/instances and GET /api/instances at 1,024, 8,192 and 32,768 volumes, over HTTPS (the
# simulator's default) and plain HTTP. Each figure is the median curl time_total of RUNS requests after WARMUPS
# unmeasured ones, one login token for all; each curl opens its own connection, so an HTTPS figure includes a TLS
# handshake, whose median (time_appconnect) the last column shows. Prints a Markdown table.
#
#   releng/io.arrowhead.benchmarks/simulator-serving.sh                 (from the repository root)
#
# The simulator runs from its compiled classes (build them first:
#   ./mvnw -B -q package -DskipTests -pl target-platform,bundles/io.arrowhead.scaleio.simulator)
# and the target platform's Jackson and Jetty jars in ~/.m2. Settings, all optional, as environment variables:
#   SIZES="1024 8192 32768"  volume counts; each runs with SIZE/32 SDCs (at least 8) and 16 storage pools
#   SCHEMES="https http"     which transports to measure
#   RUNS=11 WARMUPS=3        measured and unmeasured requests per figure
#   PATHS="/api/types/Volume/instances /api/instances"
#   SIMULATOR_CP=...         the simulator's class path, instead of the one worked out here
#   JAVA_OPTS="-Xmx2g"       options of the simulator's JVM, e.g. -XX:StartFlightRecording=filename=sim.jfr
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sizes=${SIZES:-"1024 8192 32768"}
schemes=${SCHEMES:-"https http"}
runs=${RUNS:-11}
warmups=${WARMUPS:-3}
paths=${PATHS:-"/api/types/Volume/instances /api/instances"}
. "$root/features/io.arrowhead.feature/rootfiles/lib/find-java.sh"
user=admin
password='Scaleio123!'

classpath() {
    local m2=${M2_REPO:-$HOME/.m2/repository} jar cp="$root/bundles/io.arrowhead.scaleio.simulator/target/classes"
    for jar in com/fasterxml/jackson/core/jackson-core/2.21.0/jackson-core-2.21.0.jar \
            com/fasterxml/jackson/core/jackson-databind/2.21.0/jackson-databind-2.21.0.jar \
            com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar \
            org/eclipse/jetty/jetty-server/12.1.14/jetty-server-12.1.14.jar \
            org/eclipse/jetty/jetty-http/12.1.14/jetty-http-12.1.14.jar \
            org/eclipse/jetty/jetty-io/12.1.14/jetty-io-12.1.14.jar \
            org/eclipse/jetty/jetty-util/12.1.14/jetty-util-12.1.14.jar \
            org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar; do
        [[ -f $m2/$jar ]] || { echo "Missing $m2/$jar; build the simulator with Maven first." >&2; exit 1; }
        cp+=":$m2/$jar"
    done
    echo "$cp"
}
cp=${SIMULATOR_CP:-$(classpath)}
[[ -d $root/bundles/io.arrowhead.scaleio.simulator/target/classes || -n ${SIMULATOR_CP:-} ]] \
    || { echo "The simulator is not compiled; see the comment at the top of $0." >&2; exit 1; }

work=$(mktemp -d)
simulator=
stop() {
    if [[ -n $simulator ]]; then
        kill "$simulator" 2>/dev/null || true
        wait "$simulator" 2>/dev/null || true
        simulator=
    fi
}
trap 'stop; rm -rf "$work"' EXIT

# Starts the simulator; sets endpoint and curl_tls from its banner.
start() {
    local volumes=$1 scheme=$2 sdcs=$(( $1 / 32 > 8 ? $1 / 32 : 8 )) transport=() i
    [[ $scheme == http ]] && transport=(--http)
    : >"$work/banner"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    "$JAVA" ${JAVA_OPTS:--Xmx2g} -cp "$cp" io.arrowhead.scaleio.simulator.SimulatorMain --port 0 \
        --data-dir "$work/data" --volumes "$volumes" --sdcs "$sdcs" --pools 16 "${transport[@]}" \
        >"$work/banner" 2>&1 &
    simulator=$!
    for ((i = 0; i < 600; i++)); do
        grep -q 'Press Ctrl+C' "$work/banner" && break
        kill -0 "$simulator" 2>/dev/null || { cat "$work/banner" >&2; exit 1; }
        sleep 0.1
    done
    endpoint=$(sed -n 's/^  Endpoint: *//p' "$work/banner")
    local certificate
    certificate=$(sed -n 's/^  Certificate: *//p' "$work/banner")
    curl_tls=()
    [[ -n $certificate ]] && curl_tls=(--cacert "$certificate")
    [[ -n $endpoint ]] || { cat "$work/banner" >&2; exit 1; }
}

# The token is a quoted JSON string; later calls send it as the Basic password.
login() {
    local answer
    answer=$(curl -sS --fail "${curl_tls[@]}" -u "$user:$password" "$endpoint/login")
    token=${answer//\"/}
}

echo "| Volumes | Scheme | Path | Body MB | Median s (of $runs) | Min-max s | Median TLS handshake s |"
echo "| ---: | --- | --- | ---: | ---: | --- | ---: |"
for volumes in $sizes; do
    for scheme in $schemes; do
        start "$volumes" "$scheme"
        login
        for path in $paths; do
            url=${endpoint%/api}$path
            totals=() handshakes=()
            for ((i = 0; i < warmups + runs; i++)); do
                read -r total handshake size < <(curl -sS --fail -o /dev/null "${curl_tls[@]}" -u ":$token" \
                    -w '%{time_total} %{time_appconnect} %{size_download}\n' "$url")
                (( i >= warmups )) && totals+=("$total") handshakes+=("$handshake")
            done
            read -r median low high < <(printf '%s\n' "${totals[@]}" | sort -g \
                | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)], t[1], t[NR] }')
            handshake=$(printf '%s\n' "${handshakes[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
            printf '| %s | %s | %s | %.1f | %.3f | %.3f-%.3f | %.3f |\n' "$volumes" "$scheme" "$path" \
                "$(awk -v b="$size" 'BEGIN { print b / 1e6 }')" "$median" "$low" "$high" "$handshake"
        done
        stop
    done
done
