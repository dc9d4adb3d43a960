#!/bin/bash
# Runs as the anchor of one lab host, already inside its network namespace and a fresh private
# mount namespace: mounts the host's own SDC view, then sleeps so others can join by its pid.
# Usage: host-init.sh HOST_DIR DRV_CFG
set -euo pipefail
host_dir="$1"
drv_cfg="$2"

# A sysfs of this network namespace (for /sys/class/net), with the machine's cgroups kept on it.
keep="$host_dir/cgroup-keep"
mkdir -p "$keep"
mount --rbind /sys/fs/cgroup "$keep"
mount -t sysfs lab-sysfs /sys
mount --move "$keep" /sys/fs/cgroup

# Private device links: the agent creates emc-vol-* links here, unseen by the other hosts.
mount -t tmpfs -o mode=755,size=1m lab-by-id /dev/disk/by-id
mount --bind "$host_dir/emc" /etc/emc/scaleio
mount --bind "$drv_cfg" /opt/emc/scaleio/sdc/bin/drv_cfg
# A fresh home for root: the machine's dotfiles (a slow .bashrc, docker contexts) stay outside.
mkdir -p "$host_dir/root"
mount --bind "$host_dir/root" /root

echo "$$" >"$host_dir/anchor.pid"
exec sleep infinity
