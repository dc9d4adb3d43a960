package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.Arrays;
import java.util.function.Predicate;

import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.MappingEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdcEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * One volume's front-end I/O over a window of seconds: its workload's demand split evenly over the mappings that
 * can carry I/O (connected SDC, access other than {@code NoAccess}), each share capped by that mapping's QoS
 * limits. Read-only access, of the mapping or of the volume, drops the writes. One instance serves every volume
 * of a query, so it holds scratch state and is not thread-safe.
 */
final class VolumeTraffic {

    /** Receives each mapping's share of each second, for the per-SDC sums. */
    interface ShareSink {
        void accept(String sdcId, Traffic share);
    }

    private final ClusterState state;
    private final Workload workload;
    private final Predicate<String> poolRebuilding;
    /** The last volume's total over the window: the sum of its mappings' capped shares. */
    final Traffic total = new Traffic();
    private final Traffic share = new Traffic();
    private MappingEntity[] carriers = new MappingEntity[4];
    private boolean[] writable = new boolean[4];
    private int carrierCount;

    /** @param poolRebuilding whether a storage pool (by id) is rebuilding or rebalancing, which slows its I/O */
    VolumeTraffic(ClusterState state, Workload workload, Predicate<String> poolRebuilding) {
        this.state = state;
        this.workload = workload;
        this.poolRebuilding = poolRebuilding;
    }

    /** Whether the last volume computed has a mapping that can carry I/O. */
    boolean active() {
        return carrierCount > 0;
    }

    /** Computes the window of {@code windowSeconds} seconds ending with {@code lastSecond}; sink may be null. */
    void compute(VolumeEntity volume, long lastSecond, int windowSeconds, ShareSink sink) {
        total.clear();
        findCarriers(volume);
        if (carrierCount == 0) {
            return;
        }
        WorkloadProfile profile = workload.profileOf(volume.id);
        StoragePoolEntity pool = state.storagePools.get(volume.storagePoolId);
        boolean ssd = pool != null && "SSD".equals(pool.mediaType);
        boolean rebuilding = pool != null && poolRebuilding.test(pool.id);
        for (long second = lastSecond - windowSeconds + 1; second <= lastSecond; second++) {
            IoSample demand = workload.sample(profile, second);
            for (int i = 0; i < carrierCount; i++) {
                shareOf(demand, i, ssd, rebuilding);
                total.add(share);
                if (sink != null) {
                    sink.accept(carriers[i].sdcId, share);
                }
            }
        }
    }

    private void findCarriers(VolumeEntity volume) {
        carrierCount = 0;
        boolean volumeWritable = !"ReadOnly".equals(volume.accessModeLimit);
        for (int m = 0; m < volume.mappings.size(); m++) {
            MappingEntity mapping = volume.mappings.get(m);
            SdcEntity sdc = state.sdcs.get(mapping.sdcId);
            if (sdc == null || !sdc.connected || "NoAccess".equals(mapping.accessMode)) {
                continue;
            }
            if (carrierCount == carriers.length) {
                carriers = Arrays.copyOf(carriers, carrierCount * 2);
                writable = Arrays.copyOf(writable, carrierCount * 2);
            }
            carriers[carrierCount] = mapping;
            writable[carrierCount] = volumeWritable && !"ReadOnly".equals(mapping.accessMode);
            carrierCount++;
        }
    }

    /** Puts carrier i's part of one second's demand, capped by its mapping's limits, into {@link #share}. */
    private void shareOf(IoSample demand, int i, boolean ssd, boolean rebuilding) {
        long reads = split(demand.readIos(), i);
        long readKb = split(demand.readKb(), i);
        long writes = writable[i] ? split(demand.writeIos(), i) : 0;
        long writeKb = writable[i] ? split(demand.writeKb(), i) : 0;
        // The tightest limit sets one ratio allowed/asked, applied to every counter in exact integer arithmetic so
        // that the capped sums never exceed a limit.
        MappingEntity mapping = carriers[i];
        long ios = reads + writes;
        long kb = readKb + writeKb;
        long asked = 1;
        long allowed = 1;
        if (mapping.iopsLimit > 0 && ios > mapping.iopsLimit) {
            asked = ios;
            allowed = mapping.iopsLimit;
        }
        // bandwidthLimitInKbps reads back as limitBwInMbps = Kbps / 1024: the unit is KiB per second.
        long bandwidth = mapping.bandwidthLimitInKbps;
        if (bandwidth > 0 && kb > bandwidth && bandwidth * asked < allowed * kb) {
            asked = kb;
            allowed = bandwidth;
        }
        double throttle = (double) asked / allowed;
        share.readIos = reads * allowed / asked;
        share.readKb = readKb * allowed / asked;
        share.writeIos = writes * allowed / asked;
        share.writeKb = writeKb * allowed / asked;
        share.readLatencyMicros = share.readIos * LatencyModel.micros(ssd, false, demand.totalIos(),
                averageSize(demand.readKb(), demand.readIos()), throttle, rebuilding);
        share.writeLatencyMicros = share.writeIos * LatencyModel.micros(ssd, true, demand.totalIos(),
                averageSize(demand.writeKb(), demand.writeIos()), throttle, rebuilding);
    }

    /** Carrier i's part of an even split, the remainder going to the first carriers. */
    private long split(long amount, int i) {
        return amount / carrierCount + (i < amount % carrierCount ? 1 : 0);
    }

    private static long averageSize(long kb, long ios) {
        return ios == 0 ? 0 : kb / ios;
    }
}
