package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.StatisticsContext.BACK_END_WINDOW_SECONDS;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VTreeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;

/**
 * The statistics of the system, protection domains and storage pools. They share the pool catalogue, a superset
 * of the key set of a real R2_6 pool (fixtures/storage_pool_statistics.json) with the 3.x net values; each adds
 * its own counts and id lists. Misspelt names are the gateway's own and stay verbatim.
 */
final class AggregateStatistics {

    /** What the simulator does not model (rebuild jobs, data moves, RAM and flash caches, scans, lost data). */
    private static final String[] ZERO_COUNTERS = { "BackgroundScanCompareCount", "BackgroundScannedInMB",
            "activeBckRebuildCapacityInKb", "activeFwdRebuildCapacityInKb", "activeMovingCapacityInKb",
            "activeMovingInBckRebuildJobs", "activeMovingInFwdRebuildJobs", "activeMovingInNormRebuildJobs",
            "activeMovingInRebalanceJobs", "activeMovingOutBckRebuildJobs", "activeMovingOutFwdRebuildJobs",
            "activeMovingOutNormRebuildJobs", "activeMovingRebalanceJobs", "activeNormRebuildCapacityInKb",
            "activeRebalanceCapacityInKb", "bckRebuildCapacityInKb", "degradedFailedVacInKb", "failedCapacityInKb",
            "failedVacInKb", "fixedReadErrorCount", "fwdRebuildCapacityInKb", "inMaintenanceCapacityInKb",
            "inMaintenanceVacInKb", "movingCapacityInKb", "normRebuildCapacityInKb", "numOfVolumesInDeletion",
            "pendingMovingCapacityInKb", "pendingMovingInBckRebuildJobs", "pendingMovingInFwdRebuildJobs",
            "pendingMovingInNormRebuildJobs", "pendingMovingInRebalanceJobs",
            "pendingMovingOutBckRebuildJobs", "pendingMovingOutFwdRebuildJobs", "pendingMovingOutNormrebuildJobs",
            "pendingMovingRebalanceJobs", "pendingNormRebuildCapacityInKb", "rebalanceCapacityInKb", "rfacheReadHit",
            "rfacheWriteHit", "rfcacheAvgReadTime", "rfcacheAvgWriteTime",
            "rfcacheIoErrors", "rfcacheIosOutstanding", "rfcacheIosSkipped", "rfcacheReadMiss",
            "rfcacheReadsFromCache", "rfcacheReadsPending", "rfcacheReadsReceived", "rfcacheReadsSkipped",
            "rfcacheReadsSkippedAlignedSizeTooLarge", "rfcacheReadsSkippedHeavyLoad",
            "rfcacheReadsSkippedInternalError", "rfcacheReadsSkippedLockIos", "rfcacheReadsSkippedLowResources",
            "rfcacheReadsSkippedMaxIoSize", "rfcacheReadsSkippedStuckIo", "rfcacheSkippedUnlinedWrite",
            "rfcacheSourceDeviceReads", "rfcacheSourceDeviceWrites", "rfcacheWriteMiss", "rfcacheWritePending",
            "rfcacheWritesReceived", "rfcacheWritesSkippedCacheMiss", "rfcacheWritesSkippedHeavyLoad",
            "rfcacheWritesSkippedInternalError", "rfcacheWritesSkippedLowResources", "rfcacheWritesSkippedMaxIoSize",
            "rfcacheWritesSkippedStuckIo", "rmPendingAllocatedInKb", "semiProtectedCapacityInKb",
            "semiProtectedVacInKb",
            // The model has no "map to all SDCs" flag on volumes.
            "numOfMappedToAllVolumes" };

    /**
     * Cache and trim traffic never happens, reads are served by primaries, from devices. Failed devices cause
     * forward and backward rebuilds and rebalances; what sets off a "norm" rebuild is not known [open].
     */
    private static final String[] IDLE_COUNTERS = { "normRebuildReadBwc", "normRebuildWriteBwc",
            "primaryReadFromRmcacheBwc", "secondaryReadBwc", "secondaryReadFromDevBwc",
            "secondaryReadFromRmcacheBwc", "userDataTrimBwc", "userDataSdcTrimLatency" };

    private AggregateStatistics() {
    }

    static StatisticsType<AggregateSubject> system() {
        return common(StatisticsType.builder("System",
                state -> Map.of(state.system.id, state.system),
                (context, id) -> new AggregateSubject(context, id, context.state.storagePools.values())))
                .number("numOfSds", s -> s.context.state.sdss.size())
                .number("numOfSdc", s -> s.context.state.sdcs.size())
                .number("numOfStoragePools", s -> s.context.state.storagePools.size())
                .number("numOfProtectionDomains", s -> s.context.state.protectionDomains.size())
                .number("numOfFaultSets", s -> s.context.state.faultSets.size())
                .ids("sdcIds", s -> s.context.state.sdcs.keySet(), id -> id)
                .ids("protectionDomainIds", s -> s.context.state.protectionDomains.keySet(), id -> id)
                .build();
    }

    static StatisticsType<AggregateSubject> protectionDomain() {
        return common(StatisticsType.builder("ProtectionDomain",
                state -> state.protectionDomains,
                (context, id) -> new AggregateSubject(context, id, context.index.poolsOfDomain(id))))
                .number("numOfSds", s -> s.context.index.sdssOfDomain(s.id).size())
                .number("numOfStoragePools", s -> s.context.index.poolsOfDomain(s.id).size())
                .number("numOfFaultSets", s -> s.context.index.faultSetsOfDomain(s.id).size())
                .ids("sdsIds", s -> s.context.index.sdssOfDomain(s.id), sds -> sds.id)
                .ids("storagePoolIds", s -> s.context.index.poolsOfDomain(s.id), pool -> pool.id)
                .ids("faultSetIds", s -> s.context.index.faultSetsOfDomain(s.id), faultSet -> faultSet.id)
                .build();
    }

    static StatisticsType<AggregateSubject> storagePool() {
        return common(StatisticsType.builder("StoragePool",
                state -> state.storagePools,
                (context, id) -> new AggregateSubject(context, id, List.of(context.state.storagePools.get(id)))))
                .ids("deviceIds", s -> s.context.index.devicesOfPool(s.id), (DeviceEntity device) -> device.id)
                .ids("volumeIds", s -> s.context.index.volumesOfPool(s.id), (VolumeEntity volume) -> volume.id)
                .ids("vtreeIds", s -> s.context.index.vtreesOfPool(s.id), (VTreeEntity vtree) -> vtree.id)
                .ids("spSdsIds", AggregateStatistics::sdsIdsOfPool, id -> id)
                .build();
    }

    private static StatisticsType.Builder<AggregateSubject> common(StatisticsType.Builder<AggregateSubject> type) {
        for (PoolFigure figure : PoolFigure.values()) {
            type.number(figure.wireName(), s -> s.figure(figure));
        }
        // 3.5+ returns the allocated thin capacity twice, once misspelt; 2.x names the VTree address space so.
        type.number("thinCapacityAllocatedInKm", s -> s.figure(PoolFigure.THIN_ALLOCATED))
                .number("vtreeAddresSpaceInKb", s -> s.figure(PoolFigure.VOLUME_ADDRESS_SPACE))
                .zeros(ZERO_COUNTERS)
                .idle(IDLE_COUNTERS);
        type.property("userDataReadBwc", (s, out) -> Bwc.window(out, s.userData().readIos, s.userData().readKb, 1))
                .property("userDataWriteBwc",
                        (s, out) -> Bwc.window(out, s.userData().writeIos, s.userData().writeKb, 1))
                .property("userDataSdcReadLatency",
                        (s, out) -> Bwc.window(out, s.userData().readIos, s.userData().readLatencyMicros, 1))
                .property("userDataSdcWriteLatency",
                        (s, out) -> Bwc.window(out, s.userData().writeIos, s.userData().writeLatencyMicros, 1));
        // Back end: every user write lands on a primary and on its mirror; reads are served by primaries.
        StatisticWriter<AggregateSubject> reads = (s, out) -> Bwc.window(out, s.backEnd().readIos,
                s.backEnd().readKb, BACK_END_WINDOW_SECONDS);
        StatisticWriter<AggregateSubject> writes = (s, out) -> Bwc.window(out, s.backEnd().writeIos,
                s.backEnd().writeKb, BACK_END_WINDOW_SECONDS);
        rebuild(type, "fwdRebuild", s -> s.rebuild().forwardKb);
        rebuild(type, "bckRebuild", s -> s.rebuild().backwardKb);
        rebuild(type, "rebalance", s -> s.rebuild().rebalanceKb);
        return type.property("primaryReadBwc", reads)
                .property("primaryReadFromDevBwc", reads)
                .property("totalReadBwc", reads)
                .property("primaryWriteBwc", writes)
                .property("secondaryWriteBwc", writes)
                .property("totalWriteBwc", (s, out) -> Bwc.window(out, 2 * s.backEnd().writeIos,
                        2 * s.backEnd().writeKb, BACK_END_WINDOW_SECONDS));
    }

    /** A rebuild family's read and write counters: each KiB is read from one device and written to another. */
    private static void rebuild(StatisticsType.Builder<AggregateSubject> type, String family,
            ToLongFunction<AggregateSubject> kb) {
        StatisticWriter<AggregateSubject> counter = (s, out) -> Bwc.window(out,
                RebuildTraffic.ios(kb.applyAsLong(s)), kb.applyAsLong(s), BACK_END_WINDOW_SECONDS);
        type.property(family + "ReadBwc", counter).property(family + "WriteBwc", counter);
    }

    /** The SDSs contributing devices to the pool, each once, in device order. */
    private static Set<String> sdsIdsOfPool(AggregateSubject pool) {
        Set<String> sdsIds = new LinkedHashSet<>();
        for (DeviceEntity device : pool.context.index.devicesOfPool(pool.id)) {
            sdsIds.add(device.sdsId);
        }
        return sdsIds;
    }
}
