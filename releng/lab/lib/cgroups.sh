# shellcheck shell=bash
# cgroups let stop find every process of a host, containers included, even after a crash.
#
# With cgroup v1 the lab's processes of host i join pids cgroup ah-lab-<i>/lab. dockerd gets the
# relative --cgroup-parent ah-lab-<i>, so containers land below the daemon's own cgroup in each
# hierarchy (pids: ah-lab-<i>/lab/ah-lab-<i>/<id>; memory: below whatever cgroup runs the lab).
# Every cgroup directory named ah-lab-<i>, in any hierarchy, therefore belongs to host i.
PIDS_CGROUP=/sys/fs/cgroup/pids

have_pids_cgroup() { [[ -d "$PIDS_CGROUP" ]]; }

host_cgroup() { printf '%s/%s' "$PIDS_CGROUP" "$(host_ns "$1")"; }

# Moves the calling (sub)shell into host I's pids cgroup; without cgroup v1 it stays put.
join_host_cgroup() {
    have_pids_cgroup || return 0
    mkdir -p "$(host_cgroup "$1")/lab"
    echo "$BASHPID" >"$(host_cgroup "$1")/lab/cgroup.procs"
}

# All cgroup directories of host I, topmost first, in every hierarchy.
host_cgroup_dirs() {
    find /sys/fs/cgroup -maxdepth 6 -type d -name "$(host_ns "$1")" -prune 2>/dev/null || true
}

pids_below() { find "$@" -name cgroup.procs -exec cat {} + 2>/dev/null || true; }

kill_pids() {
    # shellcheck disable=SC2086 # one pid per word
    [[ -z "$1" ]] || kill -KILL $1 2>/dev/null || true
}

# SIGKILLs host I's container processes: dockerd would give each of them 10 s on shutdown.
kill_host_containers() {
    local dirs
    mapfile -t dirs < <(host_cgroup_dirs "$1")
    ((${#dirs[@]})) || return 0
    mapfile -t dirs < <(find "${dirs[@]}" -mindepth 1 -type d -regextype posix-extended \
        -regex '.*/[0-9a-f]{64}' 2>/dev/null)
    ((${#dirs[@]})) || return 0
    kill_pids "$(pids_below "${dirs[@]}")"
}

# Kills whatever is left in host I's cgroups, then removes them (children first). Zombies stay
# listed until pid 1 reaps them, so only live processes count and rmdir is retried.
kill_host_cgroups() {
    local dirs dir pid live n
    mapfile -t dirs < <(host_cgroup_dirs "$1")
    ((${#dirs[@]})) || return 0
    for ((n = 0; n < 20; n++)); do
        live=""
        for pid in $(pids_below "${dirs[@]}"); do alive "$pid" && live+=" $pid"; done
        [[ -n "$live" ]] || break
        kill_pids "$live"
        sleep 0.1
    done
    for dir in "${dirs[@]}"; do
        for ((n = 0; n < 30; n++)); do
            find "$dir" -depth -type d -exec rmdir {} \; 2>/dev/null && break
            sleep 0.1
        done
        [[ ! -d "$dir" ]] || log "cgroup $dir is still busy"
    done
}
