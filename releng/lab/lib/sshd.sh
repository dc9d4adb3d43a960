# shellcheck shell=bash
# OpenSSH server of each lab host and the lab's client key.

# One unencrypted key logs in to every host as root; kept across restarts so people can reuse it.
ensure_user_key() {
    local key="$STATE/id_ed25519"
    [[ -f "$key" ]] || ssh-keygen -q -t ed25519 -N '' -C arrowhead-lab -f "$key"
    cp "$key.pub" "$STATE/authorized_keys"
}

new_host_key() {
    local key
    key="$(host_dir "$1")/ssh_host_ed25519_key"
    rm -f "$key" "$key.pub"
    ssh-keygen -q -t ed25519 -N '' -C "lab-host-$1" -f "$key"
}

write_sshd_config() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    cat >"$dir/sshd_config" <<CONFIG
ListenAddress $(host_address "$i"):22
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $STATE/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
# The state directory is not root-only on every machine.
StrictModes no
# Commands run over SSH reach this host's own Docker daemon.
SetEnv DOCKER_HOST=unix://$(host_socket "$i")
Subsystem sftp internal-sftp
LogLevel VERBOSE
CONFIG
}

start_sshd() {
    local i="$1" dir n
    dir="$(host_dir "$i")"
    spawn_in_host "$i" "$dir/sshd.log" /usr/sbin/sshd -D -e -f "$dir/sshd_config" >/dev/null
    for ((n = 0; n < 50; n++)); do
        if live_pid "$dir/sshd.pid" >/dev/null; then
            # The pid file appears just before listen(); give it a moment.
            in_host "$i" bash -c "exec 3<>/dev/tcp/$(host_address "$i")/22" 2>/dev/null && return 0
        fi
        sleep 0.1
    done
    tail -n 15 "$dir/sshd.log" >&2
    die "host $i: sshd did not start"
}

stop_sshd() { stop_pidfile "$(host_dir "$1")/sshd.pid" 5; }

# Prints the descendants of PID, parents first.
descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        printf '%s\n' "$child"
        descendants "$child"
    done
}

# Kills the per-connection sshd processes and what they run; the listener stays.
drop_ssh_sessions() {
    local i="$1" listener victims
    listener="$(live_pid "$(host_dir "$i")/sshd.pid")" || die "host $i: sshd is not running"
    mapfile -t victims < <(descendants "$listener")
    if ((${#victims[@]} == 0)); then
        log "host $i: no SSH sessions"
        return 0
    fi
    kill -KILL "${victims[@]}" 2>/dev/null || true
    log "host $i: killed ${#victims[@]} session process(es)"
}

# New host key and a restarted sshd; prints the new fingerprint.
rekey_host() {
    local i="$1" fp
    stop_sshd "$i"
    new_host_key "$i"
    start_sshd "$i"
    fp="$(fingerprint "$(host_dir "$i")/ssh_host_ed25519_key.pub")"
    set_property "$STATE/lab.properties" "host.$i.hostKeyFingerprint" "$fp"
    printf '%s\n' "$fp"
}
