package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Names, GUIDs and addresses of generated clusters: the workloads a Docker lab runs, Linux disk names, and an
 * address plan in 10.0.0.0/16 (MDMs .0.x, SDSs .10+d.x, SDCs from .100.x).
 */
final class ScenarioNames {

    private static final String[] WORKLOADS = { "pg-data", "registry-cache", "grafana-data", "prometheus-tsdb",
            "minio-data", "jenkins-home", "redis-aof", "elastic-data", "gitlab-repos", "nextcloud-files",
            "mariadb-data", "kafka-logs", "vault-raft", "loki-chunks", "backup-staging" };
    private static final char[] FAULT_SETS = { 'a', 'b', 'c' };

    private ScenarioNames() {
    }

    static String hexId(SplittableRandom random) {
        return String.format("%016x", random.nextLong());
    }

    /** A random (version 4) UUID, upper-case as {@code drv_cfg --query_guid} prints it. */
    static String guid(SplittableRandom random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString().toUpperCase(Locale.ROOT);
    }

    static String protectionDomain(int index) {
        return String.format("pd-%02d", index + 1);
    }

    static String faultSet(int domain, int index) {
        return String.format("fs-%02d-%c", domain + 1, FAULT_SETS[index]);
    }

    static int faultSetCount() {
        return FAULT_SETS.length;
    }

    static String pool(int index, String mediaType) {
        return String.format("sp-%s-%02d", mediaType.toLowerCase(Locale.ROOT), index + 1);
    }

    static String sds(int domain, int index) {
        return String.format("sds-%02d-%02d", domain + 1, index + 1);
    }

    static String sdsIp(int domain, int index) {
        return "10.0." + (10 + domain) + "." + (11 + index);
    }

    /** sdb, sdc, ... sdz, sdaa, ...: the SDS's system disk is sda. */
    static String disk(int index) {
        int letter = index + 1;
        String suffix = letter < 26 ? String.valueOf((char) ('a' + letter))
                : "" + (char) ('a' + letter / 26 - 1) + (char) ('a' + letter % 26);
        return "sd" + suffix;
    }

    /** compute-01, compute-02, ...: data clients with no Docker host behind them, unlike the demo's docker-01. */
    static String sdc(int index) {
        return String.format("compute-%02d", index + 1);
    }

    static String sdcIp(int index) {
        return "10.0." + (100 + index / 250) + "." + (1 + index % 250);
    }

    /** pg-data-01, registry-cache-01, ..., pg-data-02, ...: unique for every index. */
    static String volume(int index) {
        return String.format("%s-%02d", WORKLOADS[index % WORKLOADS.length], index / WORKLOADS.length + 1);
    }

    /** pg-data-01-snap1, pg-data-01-snap2, ...: no base volume name contains "snap". */
    static String snapshot(String sourceName, int number) {
        return sourceName + "-snap" + number;
    }
}
