# shellcheck shell=bash
# One lab host: network namespace, veth pair, private mount namespace (held by an anchor process).

# Mount points the hosts need in the root namespace; created only if missing and recorded so that
# stop removes exactly what the lab added.
MOUNT_DIRS=(/dev/disk/by-id /etc/emc/scaleio /opt/emc/scaleio/sdc/bin)
DRV_CFG_PATH=/opt/emc/scaleio/sdc/bin/drv_cfg

# mkdir -p that records each directory it creates (parents first).
make_recorded_dir() {
    local dir="$1" record="$STATE/created-paths"
    [[ -d "$dir" ]] && return 0
    make_recorded_dir "$(dirname "$dir")"
    mkdir "$dir"
    printf '%s\n' "$dir" >>"$record"
}

prepare_mount_points() {
    local dir
    for dir in "${MOUNT_DIRS[@]}"; do make_recorded_dir "$dir"; done
    if [[ ! -e "$DRV_CFG_PATH" ]]; then
        : >"$DRV_CFG_PATH"
        printf '%s\n' "$DRV_CFG_PATH" >>"$STATE/created-paths"
    fi
    # sshd refuses to start without its privilege-separation directory.
    make_recorded_dir /run/sshd
}

# Removes recorded paths in reverse order; leaves anything that is not empty.
remove_mount_points() {
    local record="$STATE/created-paths" path
    [[ -f "$record" ]] || return 0
    while read -r path; do
        [[ -n "$path" ]] || continue
        if [[ -d "$path" ]]; then
            rmdir "$path" 2>/dev/null || log "left $path (not empty)"
        elif [[ -f "$path" && ! -s "$path" ]]; then
            rm -f "$path"
        fi
    done < <(tac "$record")
    rm -f "$record"
}

create_network() {
    local i="$1" ns outer
    ns="$(host_ns "$i")"
    outer="$ns"
    ip netns add "$ns"
    ip link add "$outer" type veth peer name eth0 netns "$ns"
    ip addr add "$(host_gateway "$i")/24" dev "$outer"
    ip link set "$outer" up
    ip -n "$ns" addr add "$(host_address "$i")/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
}

delete_network() {
    local ns="$1"
    ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
    ip link del "$ns" 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
}

# Per-host files that the mount namespace shows at /etc/emc/scaleio.
write_sdc_config() {
    local i="$1" dir guid
    dir="$(host_dir "$i")/emc"
    mkdir -p "$dir"
    # Kept across restarts, like a real host's: a simulator with state still knows the SDC by it.
    mkdir -p "$STATE/sdc-guids"
    if [[ ! -s "$STATE/sdc-guids/$i" ]]; then
        tr '[:lower:]' '[:upper:]' </proc/sys/kernel/random/uuid >"$STATE/sdc-guids/$i"
    fi
    guid="$(<"$STATE/sdc-guids/$i")"
    printf 'ini_guid %s\nmdm %s\n' "$guid" "$(host_gateway "$i")" >"$dir/drv_cfg.txt"
    printf '%s' "$guid"
}

# Starts the anchor: it sets up the private mounts, then sleeps; other processes join its namespaces.
start_anchor() {
    local i="$1" dir n
    dir="$(host_dir "$i")"
    (
        join_host_cgroup "$i"
        # Not `ip netns exec`: its fresh /sys hides the cgroup mounts dockerd needs (host-init.sh
        # mounts the netns's /sys itself and keeps the cgroups).
        exec nsenter --net="/run/netns/$(host_ns "$i")" -- unshare --mount --propagation private -- \
            bash "$LAB_DIR/host-init.sh" "$dir" "$LAB_DIR/drv_cfg"
    ) </dev/null >>"$dir/anchor.log" 2>&1 &
    for ((n = 0; n < 50; n++)); do
        live_pid "$dir/anchor.pid" >/dev/null && return 0
        sleep 0.1
    done
    tail -n 15 "$dir/anchor.log" >&2
    die "host $i: the namespace anchor did not start"
}
