# shellcheck shell=bash
# Docker daemon of each lab host and the tiny image every host gets.

MINI_TOOLS=(sh ls cat echo mount df sync md5sum sha256sum dd sleep head mkdir rm wc true)

# A busybox-static root filesystem, built once: no registry is reachable in CI.
ensure_rootfs_tar() {
    local tar="$STATE/mini-rootfs.tar" root tool
    [[ -s "$tar" ]] && return 0
    root="$(mktemp -d "$STATE/rootfs.XXXXXX")"
    mkdir -p "$root/bin" "$root/tmp" "$root/proc" "$root/sys" "$root/dev" "$root/etc"
    chmod 1777 "$root/tmp"
    cp /bin/busybox "$root/bin/busybox"
    for tool in "${MINI_TOOLS[@]}"; do ln -s busybox "$root/bin/$tool"; done
    tar -C "$root" --owner=0 --group=0 -cf "$tar.tmp" .
    mv "$tar.tmp" "$tar"
    rm -rf "$root"
}

start_dockerd() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    mkdir -p "$dir/docker" "$LAB_EXEC_ROOT/$i"
    # Our own (empty) config file: the machine's daemon.json may name other hosts or roots.
    [[ -f "$dir/daemon.json" ]] || echo '{}' >"$dir/daemon.json"
    spawn_in_host "$i" "$dir/dockerd.log" dockerd \
        --config-file "$dir/daemon.json" \
        --host "unix://$(host_socket "$i")" \
        --data-root "$dir/docker" \
        --exec-root "$LAB_EXEC_ROOT/$i" \
        --pidfile "$dir/docker.pid" \
        --iptables=false --ip6tables=false --bridge=none --shutdown-timeout 3 \
        --cgroup-parent "$(host_ns "$i")" >"$dir/dockerd.spawn"
    wait_for_docker "$i"
}

wait_for_docker() {
    local i="$1" n
    for ((n = 0; n < 300; n++)); do
        docker -H "unix://$(host_socket "$i")" info >/dev/null 2>&1 && return 0
        live_pid "$(host_dir "$i")/dockerd.spawn" >/dev/null || break
        sleep 0.1
    done
    tail -n 15 "$(host_dir "$i")/dockerd.log" >&2
    die "host $i: dockerd did not answer"
}

import_mini_image() {
    docker -H "unix://$(host_socket "$1")" import - mini:1 <"$STATE/mini-rootfs.tar" >/dev/null
}

# Like a daemon stopped with its containers, only faster; the kill of the cgroups in stop
# catches anything left.
stop_dockerd() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    kill_host_containers "$i"
    stop_pidfile "$dir/docker.pid" 20
    # Before dockerd wrote its pid file, only the spawned pid is known.
    stop_pidfile "$dir/dockerd.spawn" 5
}
