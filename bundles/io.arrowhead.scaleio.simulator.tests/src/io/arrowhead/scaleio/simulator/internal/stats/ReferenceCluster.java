package io.arrowhead.scaleio.simulator.internal.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;
import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.cluster.ClusterState;
import io.arrowhead.scaleio.simulator.internal.cluster.DeviceEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.FaultSetEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.MappingEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.ProtectionDomainEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdcEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SdsEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.StoragePoolEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.SystemEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VTreeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeKind;

/**
 * The example system of the gateway reference's fixtures, built by hand: pool {@link #POOL} has the devices and
 * volumes of the captured pool (so its capacity figures must come out as captured), {@link #SSD_POOL} is empty,
 * and {@link #MAPPED} is mapped to {@link #SDC_2} with the fixture's limits (1000 IOPS, 10240 KiB/s).
 */
final class ReferenceCluster {

    static final long GIB = 1024L * 1024;
    static final String SYSTEM = "499634a44778afc0";
    static final String DOMAIN = "74d855a900000000";
    static final String FAULT_SET = "5f1e2d3c00000000";
    static final String POOL = "40395b7b00000000";
    static final String SSD_POOL = "4039828b00000001";
    static final String SDS_0 = "a1b2c3d400000000";
    static final String SDS_1 = "a1b2c3d500000001";
    static final String SDS_2 = "a1b2c3d600000002";
    static final String SDC_0 = "6076fd0f00000000";
    static final String SDC_1 = "6076fd1000000001";
    static final String SDC_2 = "6076fd1100000002";
    static final String UNMAPPED = "993a355d00000000";
    static final String MAPPED = "993a355e00000001";
    static final String SNAPSHOT = "993a5c6d00000002";
    static final String VTREE_OF_UNMAPPED = "252fd6e300000000";
    static final String VTREE_OF_MAPPED = "252fd6e400000001";
    /** 2023-11-14T22:13:20Z. */
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    static final long REPORTED_SECOND = 1_700_000_000L - 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceCluster() {
    }

    static ClusterState build() {
        ClusterState state = new ClusterState(new SystemEntity(SYSTEM, "lab", "1c2d3e4f5a6b7c8d", 1_600_000_000L),
                new ObjectIdAllocator(1));
        state.protectionDomains.put(DOMAIN, new ProtectionDomainEntity(DOMAIN, "default"));
        state.faultSets.put(FAULT_SET, new FaultSetEntity(FAULT_SET, "rack-1", DOMAIN));
        state.sdss.put(SDS_0, new SdsEntity(SDS_0, "sds-0", DOMAIN, FAULT_SET, "100.127.0.20"));
        state.sdss.put(SDS_1, new SdsEntity(SDS_1, "sds-1", DOMAIN, FAULT_SET, "100.127.0.21"));
        state.sdss.put(SDS_2, new SdsEntity(SDS_2, "sds-2", DOMAIN, null, "100.127.0.22"));
        StoragePoolEntity pool = new StoragePoolEntity(POOL, "MyStoragePool", DOMAIN);
        StoragePoolEntity ssdPool = new StoragePoolEntity(SSD_POOL, "pool2", DOMAIN);
        ssdPool.mediaType = "SSD";
        state.storagePools.put(POOL, pool);
        state.storagePools.put(SSD_POOL, ssdPool);
        addDevice(state, "ebbdc47a00000000", SDS_0, POOL, 103_808_000L);
        addDevice(state, "ebbf9d6500010000", SDS_1, POOL, 103_808_000L);
        addDevice(state, "ebbfc47900020000", SDS_2, POOL, 103_808_000L);
        addDevice(state, "ebbdc47b00000001", SDS_0, SSD_POOL, 166_197_760L);
        addDevice(state, "ebbf9d6600010001", SDS_1, SSD_POOL, 166_197_760L);
        state.sdcs.put(SDC_0, new SdcEntity(SDC_0, null, "1E0B5D2C-0F2A-4B4E-9A77-6A3D1C0B0A01", "100.127.0.10", true));
        state.sdcs.put(SDC_1, new SdcEntity(SDC_1, null, "1E0B5D2C-0F2A-4B4E-9A77-6A3D1C0B0A02", "100.127.0.11", true));
        state.sdcs.put(SDC_2, new SdcEntity(SDC_2, "compute-01", "1E0B5D2C-0F2A-4B4E-9A77-6A3D1C0B0A03",
                "100.127.0.12", true));
        state.vtrees.put(VTREE_OF_UNMAPPED, new VTreeEntity(VTREE_OF_UNMAPPED, UNMAPPED, POOL));
        state.vtrees.put(VTREE_OF_MAPPED, new VTreeEntity(VTREE_OF_MAPPED, MAPPED, POOL));
        addVolume(state, UNMAPPED, VolumeKind.THIN, POOL, VTREE_OF_UNMAPPED, null, 16 * GIB, 8_388_608L);
        addVolume(state, SNAPSHOT, VolumeKind.SNAPSHOT, POOL, VTREE_OF_MAPPED, MAPPED, 16 * GIB, 374_784L);
        VolumeEntity mapped = addVolume(state, MAPPED, VolumeKind.THIN, POOL, VTREE_OF_MAPPED, null, 16 * GIB,
                16_291_840L);
        map(mapped, SDC_2, 1000, 10240);
        return state;
    }

    static void addDevice(ClusterState state, String id, String sdsId, String poolId, long capacityInKb) {
        state.devices.put(id, new DeviceEntity(id, "dev-" + id, sdsId, poolId, "/dev/sdb", capacityInKb));
    }

    static VolumeEntity addVolume(ClusterState state, String id, VolumeKind kind, String poolId, String vtreeId,
            String ancestorId, long sizeInKb, long writtenKb) {
        VolumeEntity volume = new VolumeEntity(id, "vol-" + id.substring(12), poolId, vtreeId, kind, sizeInKb,
                1_650_000_000L, ancestorId, ancestorId == null ? null : "77fc9ce100000001");
        volume.writtenKb = writtenKb;
        state.volumes.put(id, volume);
        return volume;
    }

    static void map(VolumeEntity volume, String sdcId, long iopsLimit, long bandwidthLimitInKbps) {
        MappingEntity mapping = new MappingEntity(sdcId, "ReadWrite");
        mapping.iopsLimit = iopsLimit;
        mapping.bandwidthLimitInKbps = bandwidthLimitInKbps;
        volume.mappings.add(mapping);
    }

    static StatisticsService service(ClusterState state) {
        return new StatisticsService(state, new Workload(42), CLOCK);
    }

    /** The body of a 200 answer. */
    static JsonNode ok(ApiResponse response) {
        JsonNode body = json(new String(response.body(), StandardCharsets.UTF_8));
        if (response.status() != 200) {
            throw new AssertionError("Expected 200, got " + response.status() + " " + body);
        }
        return body;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }
}
