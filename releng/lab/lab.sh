#!/bin/bash
# Arrowhead lab: N real Docker hosts on this machine, each with its own network and mount
# namespace, OpenSSH server, Docker daemon and an emulated ScaleIO SDC. Root only.
#
# Debian packages it needs (also printed by `lab.sh packages`):
#   docker.io openssh-server openssh-client busybox-static iproute2 curl util-linux
#   mount e2fsprogs xfsprogs procps     (mount has losetup; coreutils, findutils, mawk are essential)
set -euo pipefail

LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${ARROWHEAD_LAB_STATE:-/var/lib/arrowhead-lab}"
STATE_ARG=""
PACKAGES=(docker.io openssh-server openssh-client busybox-static iproute2 curl util-linux
    mount e2fsprogs xfsprogs procps)

# shellcheck source=lib/common.sh
source "$LAB_DIR/lib/common.sh"
# shellcheck source=lib/cgroups.sh
source "$LAB_DIR/lib/cgroups.sh"
# shellcheck source=lib/host.sh
source "$LAB_DIR/lib/host.sh"
# shellcheck source=lib/sshd.sh
source "$LAB_DIR/lib/sshd.sh"
# shellcheck source=lib/docker.sh
source "$LAB_DIR/lib/docker.sh"
# shellcheck source=lib/start.sh
source "$LAB_DIR/lib/start.sh"
# shellcheck source=lib/stop.sh
source "$LAB_DIR/lib/stop.sh"

usage() {
    cat >&2 <<'USAGE'
usage: lab.sh start --hosts N --gateway-port PORT --user USER --password-file FILE --cacert PEM [--state DIR]
       lab.sh stop|status [--state DIR]
       lab.sh exec <i> <command...>            run inside host i (DOCKER_HOST set)
       lab.sh agent <i> pause|resume           stop/restart mirroring mapped volumes as devices
       lab.sh docker <i> stop|start            stop/start host i's Docker daemon
       lab.sh ssh-drop <i>                     kill host i's SSH sessions (listener stays)
       lab.sh rekey <i>                        new SSH host key for host i; prints its fingerprint
       lab.sh packages                         Debian packages the lab needs
--state DIR (default $ARROWHEAD_LAB_STATE or /var/lib/arrowhead-lab) works with every command
(for exec: right after "exec").
USAGE
    exit 2
}

packages() { printf '%s\n' "${PACKAGES[@]}"; }

# Takes --state from anywhere in the arguments; the rest stays in ARGS.
parse_state() {
    ARGS=()
    while (($#)); do
        if [[ "$1" == --state ]]; then
            (($# >= 2)) || usage
            STATE="$(realpath -m "$2")"
            STATE_ARG=" --state $STATE"
            shift 2
        else
            ARGS+=("$1")
            shift
        fi
    done
}

parse_start() {
    HOSTS="" GATEWAY_PORT="" GATEWAY_USER="" PASSWORD_FILE="" CACERT=""
    while (($#)); do
        (($# >= 2)) || usage
        case "$1" in
            --hosts) HOSTS="$2" ;;
            --gateway-port) GATEWAY_PORT="$2" ;;
            --user) GATEWAY_USER="$2" ;;
            --password-file) PASSWORD_FILE="$(realpath "$2")" ;;
            --cacert) CACERT="$(realpath "$2")" ;;
            *) usage ;;
        esac
        shift 2
    done
    if ! [[ "$HOSTS" =~ ^[1-9][0-9]?$ ]] || ((HOSTS > 50)); then die "--hosts must be 1..50"; fi
    [[ "$GATEWAY_PORT" =~ ^[0-9]+$ ]] || die "--gateway-port is required"
    [[ -n "$GATEWAY_USER" ]] || die "--user is required"
    [[ -r "$PASSWORD_FILE" ]] || die "--password-file must be a readable file"
    [[ -r "$CACERT" ]] || die "--cacert must be a readable PEM file"
}

# Checks the host number argument against the running lab.
host_arg() {
    [[ "${1:-}" =~ ^[0-9]+$ && -d "$(host_dir "${1:-x}")" ]] || die "no lab host '${1:-}' (see: lab.sh status)"
}

agent_command() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    case "${2:-}" in
        pause) touch "$dir/agent.paused" ;;
        resume) rm -f "$dir/agent.paused" ;;
        *) usage ;;
    esac
}

docker_command() {
    case "${2:-}" in
        stop) stop_dockerd "$1" ;;
        start)
            # Idempotent, so that a test can make sure Docker runs whatever it did before.
            live_pid "$(host_dir "$1")/docker.pid" >/dev/null && { echo "host $1: dockerd is already running"; return 0; }
            start_dockerd "$1"
            ;;
        *) usage ;;
    esac
}

main() {
    local command="${1:-}"
    (($#)) && shift
    [[ "$command" == packages ]] && { packages; return; }
    [[ -n "$command" ]] || usage
    ((EUID == 0)) || die "the lab needs root"
    if [[ "$command" == exec ]]; then
        # The command to run may have its own --state; only a leading one is ours.
        while [[ "${1:-}" == --state ]]; do (($# >= 2)) || usage; parse_state "$1" "$2"; shift 2; done
    else
        parse_state "$@"
        set -- "${ARGS[@]+"${ARGS[@]}"}"
    fi
    case "$command" in
        start) parse_start "$@"; start_lab ;;
        stop) stop_lab ;;
        status) status_lab ;;
        exec) host_arg "${1:-}"; (($# >= 2)) || usage; in_host "$@" ;;
        agent) host_arg "${1:-}"; agent_command "$@" ;;
        docker) host_arg "${1:-}"; docker_command "$@" ;;
        ssh-drop) host_arg "${1:-}"; drop_ssh_sessions "$1" ;;
        rekey) host_arg "${1:-}"; rekey_host "$1" ;;
        *) usage ;;
    esac
}

main "$@"
