# shellcheck shell=bash
# lab.sh start: brings up N hosts in parallel and writes lab.properties.

start_lab() {
    local i pids=() failed=0 began
    began="$(date +%s.%N)"
    # Whatever an earlier (maybe crashed) lab left goes first.
    stop_lab quiet
    mkdir -p "$STATE/hosts"
    chmod 755 "$STATE"
    save_settings
    ensure_user_key
    ensure_rootfs_tar
    prepare_mount_points
    for ((i = 1; i <= HOSTS; i++)); do
        start_host "$i" >"$STATE/hosts/start-$i.log" 2>&1 &
        pids+=("$!")
    done
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            failed=1
            log "host $((i + 1)) failed:"
            cat "$STATE/hosts/start-$((i + 1)).log" >&2
        fi
    done
    if ((failed)); then
        stop_lab quiet
        die "start failed; everything was cleaned up again"
    fi
    write_properties
    print_summary "$(awk -v b="$began" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - b}')"
}

# The settings later commands (docker start, agent restarts) need again. The agents read copies of
# the credentials: the hosts have their own /root, where the originals may live.
save_settings() {
    mkdir -p "$STATE/gateway"
    install -m 600 "$PASSWORD_FILE" "$STATE/gateway/password"
    install -m 644 "$CACERT" "$STATE/gateway/cacert.pem"
    PASSWORD_FILE="$STATE/gateway/password"
    CACERT="$STATE/gateway/cacert.pem"
    {
        printf 'HOSTS=%q\nGATEWAY_PORT=%q\nGATEWAY_USER=%q\n' "$HOSTS" "$GATEWAY_PORT" "$GATEWAY_USER"
        printf 'PASSWORD_FILE=%q\nCACERT=%q\n' "$PASSWORD_FILE" "$CACERT"
    } >"$STATE/lab.env"
}

start_host() {
    local i="$1" dir guid
    dir="$(host_dir "$i")"
    mkdir -p "$dir"
    guid="$(write_sdc_config "$i")"
    printf '%s\n' "$guid" >"$dir/guid"
    new_host_key "$i"
    write_sshd_config "$i"
    create_network "$i"
    start_anchor "$i"
    start_sshd "$i"
    start_dockerd "$i"
    import_mini_image "$i"
    write_agent_env "$i" "$guid"
    start_agent "$i"
}

write_agent_env() {
    local i="$1" guid="$2"
    {
        printf 'GUID=%q\nIP=%q\nNAME=%q\n' "$guid" "$(host_address "$i")" "lab-host-$i"
        printf 'GATEWAY=%q\nPORT=%q\nUSER=%q\n' "$(host_gateway "$i")" "$GATEWAY_PORT" "$GATEWAY_USER"
        printf 'PASSWORD_FILE=%q\nCACERT=%q\n' "$PASSWORD_FILE" "$CACERT"
    } >"$(host_dir "$i")/agent.env"
}

start_agent() {
    local i="$1" dir
    dir="$(host_dir "$i")"
    spawn_in_host "$i" "$dir/agent.log" "$LAB_DIR/sdc-agent" "$dir" >/dev/null
}

write_properties() {
    local file="$STATE/lab.properties" i dir
    {
        printf '# Arrowhead lab, written by lab.sh start\nhosts=%s\nkey=%s\n' "$HOSTS" "$STATE/id_ed25519"
        for ((i = 1; i <= HOSTS; i++)); do
            dir="$(host_dir "$i")"
            printf 'host.%s.name=lab-host-%s\n' "$i" "$i"
            printf 'host.%s.address=%s\nhost.%s.port=22\nhost.%s.user=root\n' "$i" "$(host_address "$i")" "$i" "$i"
            printf 'host.%s.sdcGuid=%s\n' "$i" "$(cat "$dir/guid")"
            printf 'host.%s.hostKeyFingerprint=%s\n' "$i" "$(fingerprint "$dir/ssh_host_ed25519_key.pub")"
            printf 'host.%s.gatewayAddress=%s\n' "$i" "$(host_gateway "$i")"
        done
    } >"$file.tmp"
    mv "$file.tmp" "$file"
}

print_summary() {
    cat <<SUMMARY
Arrowhead lab: $HOSTS Docker host(s) up in $1 s (state $STATE).
  ssh:        ssh -i $STATE/id_ed25519 root@10.231.<i>.2      (i = 1..$HOSTS)
  in a host:  $LAB_DIR/lab.sh exec <i> docker ps
  gateway:    hosts reach the simulator at https://localhost:$GATEWAY_PORT via 10.231.<i>.1
  details:    $STATE/lab.properties
  stop:       $LAB_DIR/lab.sh stop${STATE_ARG}
SUMMARY
}
