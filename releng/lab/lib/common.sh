# shellcheck shell=bash
# Shared helpers of the lab scripts: names, logging, processes. Sourced by lab.sh.

# Netns, veth and cgroup names are global on the machine, so only one lab runs at a time.
LAB_PREFIX=ah-lab
LAB_EXEC_ROOT=/run/arrowhead-lab   # dockerd exec roots: short paths keep unix sockets under 108 bytes

log() { printf 'lab: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

host_dir() { printf '%s/hosts/%s' "$STATE" "$1"; }
host_ns() { printf '%s-%s' "$LAB_PREFIX" "$1"; }
host_gateway() { printf '10.231.%s.1' "$1"; }
host_address() { printf '10.231.%s.2' "$1"; }
host_socket() { printf '%s/docker.sock' "$(host_dir "$1")"; }

# True while PID runs. A zombie counts as gone: our daemons are reparented to pid 1, which may
# reap them late.
alive() {
    local stat
    { stat="$(<"/proc/$1/stat")"; } 2>/dev/null || return 1
    stat="${stat##*) }"
    [[ "${stat:0:1}" != Z ]]
}

# Prints the pid stored in FILE when that process is alive.
live_pid() {
    local pid
    [[ -r "$1" ]] || return 1
    { pid="$(<"$1")"; } 2>/dev/null || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && printf '%s' "$pid"
}

# Waits up to SECONDS for PID to exit.
wait_gone() {
    local pid="$1" seconds="$2" i
    for ((i = 0; i < seconds * 20; i++)); do
        alive "$pid" || return 0
        sleep 0.05
    done
    return 1
}

# TERM, then KILL after SECONDS; the pid file goes either way.
stop_pidfile() {
    local file="$1" seconds="${2:-5}" pid
    if pid="$(live_pid "$file")"; then
        kill -TERM "$pid" 2>/dev/null || true
        if ! wait_gone "$pid" "$seconds"; then
            kill -KILL "$pid" 2>/dev/null || true
            wait_gone "$pid" 5 || log "process $pid from $file does not exit"
        fi
    fi
    rm -f "$file"
}

# The anchor is the long-lived process whose namespaces make up host I.
anchor_pid() {
    live_pid "$(host_dir "$1")/anchor.pid" || die "host $1 is not running (see: lab.sh status)"
}

# Runs a command inside host I's network and mount namespaces.
in_host() {
    local i="$1" pid
    shift
    pid="$(anchor_pid "$i")"
    nsenter --target "$pid" --net --mount -- env "DOCKER_HOST=unix://$(host_socket "$i")" "$@"
}

# Runs a command in the background inside host I's namespaces and cgroup; prints its pid.
spawn_in_host() {
    local i="$1" log_file="$2" pid
    shift 2
    pid="$(anchor_pid "$i")"
    (
        join_host_cgroup "$i"
        exec nsenter --target "$pid" --net --mount -- "$@"
    ) </dev/null >>"$log_file" 2>&1 &
    printf '%s' "$!"
}

# Java properties: replaces or appends KEY=VALUE.
set_property() {
    local file="$1" key="$2" value="$3" tmp
    tmp="$(mktemp "$file.XXXXXX")"
    chmod 644 "$tmp"
    { awk -v prefix="$key=" 'index($0, prefix) != 1' "$file" 2>/dev/null || true
      printf '%s=%s\n' "$key" "$value"; } >"$tmp"
    mv "$tmp" "$file"
}

# Host key fingerprint in the form the app shows: SHA256:base64.
fingerprint() { ssh-keygen -lf "$1" | awk '{print $2}'; }
