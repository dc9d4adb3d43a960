# shellcheck shell=bash
# lab.sh stop and status. Stop is idempotent and also cleans up after a crashed or partial start.

# Host numbers known from the state dir or still present on the machine.
known_hosts() {
    {
        find "$STATE/hosts" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null || true
        ip netns list 2>/dev/null | awk '{print $1}' | sed -n "s/^$LAB_PREFIX-\([0-9]\+\)\$/\1/p"
        find /sys/fs/cgroup -maxdepth 6 -type d -name "$LAB_PREFIX-*" -prune -printf '%f\n' 2>/dev/null \
            | sed -n "s/^$LAB_PREFIX-\([0-9]\+\)\$/\1/p"
    } | grep -E '^[0-9]+$' | sort -n -u
}

stop_host() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    stop_pidfile "$dir/agent.pid" 2
    stop_sshd "$i"
    stop_dockerd "$i"
    stop_pidfile "$dir/anchor.pid" 2
    # Containers, shims and anything else that escaped; the mount namespace dies with its last process.
    kill_host_cgroups "$i"
    detach_recorded_loops "$i"
    delete_network "$(host_ns "$i")"
}

# Only the loop devices this lab attached, and only while they still show our backing file.
detach_recorded_loops() {
    local loops dev backing current
    loops="$(host_dir "$1")/loops"
    [[ -f "$loops" ]] || return 0
    while read -r dev backing; do
        [[ -n "$dev" ]] || continue
        current="$(losetup -n -O BACK-FILE "$dev" 2>/dev/null || true)"
        current="${current%% (deleted)}"
        if [[ -n "$current" && "$current" == "$backing" ]]; then
            losetup -d "$dev" 2>/dev/null || log "could not detach $dev"
        fi
    done <"$loops"
    rm -f "$loops"
}

# Host mounts live in private namespaces, so none should show here; never rm -rf across a mount.
unmount_leftovers() {
    local target
    while read -r target; do
        umount -l "$target" 2>/dev/null || log "could not unmount $target"
    done < <(findmnt -rn -o TARGET | grep -E "^($STATE/hosts|$LAB_EXEC_ROOT)/" | sort -r || true)
}

stop_lab() {
    local quiet="${1:-}" i count=0 began
    began="$(date +%s.%N)"
    # In parallel: each dockerd takes about a second to shut down.
    for i in $(known_hosts); do
        stop_host "$i" &
        count=$((count + 1))
    done
    wait
    unmount_leftovers
    rm -rf "$LAB_EXEC_ROOT"
    remove_mount_points
    # Host keys, daemon data and logs go; the user key and the image tar are kept for the next start.
    rm -rf "$STATE/hosts" "$STATE/gateway" "$STATE/lab.properties" "$STATE/lab.env"
    [[ -n "$quiet" ]] || log "stopped $count host(s) in $(awk -v b="$began" -v e="$(date +%s.%N)" \
        'BEGIN {printf "%.1f", e - b}') s"
}

status_lab() {
    local i dir what state
    if [[ ! -d "$STATE/hosts" ]]; then
        echo "lab: not running (state $STATE)"
        return 0
    fi
    for i in $(known_hosts); do
        dir="$(host_dir "$i")"
        printf 'host %s (%s):' "$i" "$(host_address "$i")"
        for what in anchor sshd docker agent; do
            state=down
            live_pid "$dir/$what.pid" >/dev/null && state=up
            printf ' %s=%s' "$what" "$state"
        done
        [[ -e "$dir/agent.paused" ]] && printf ' (agent paused)'
        printf ' loops=%s\n' "$(awk '{printf "%s%s", sep, $1; sep=","}' "$dir/loops" 2>/dev/null)"
    done
}
