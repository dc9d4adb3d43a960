package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.arrowhead.scaleio.simulator.internal.ObjectIdAllocator;

/**
 * Reads what {@link StateWriter} wrote, refusing (with the offending place named) anything malformed, of another
 * format version, or referring to objects that are not there.
 */
final class StateReader {

    /**
     * A restored state, its id ledger (already past every issued id), its scenario seed and the last journaled
     * change it holds (0 in a file written before the journal).
     */
    record Restored(ClusterState state, IdLedger ids, long seed, long journalSequence) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StateReader() {
    }

    static Restored read(byte[] bytes) throws IOException {
        JsonNode root = MAPPER.readTree(bytes);
        if (root == null || !StateWriter.FORMAT.equals(root.path("format").asText(null))) {
            throw new IOException("not a saved simulator state (no \"format\":\"" + StateWriter.FORMAT + "\")");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != StateWriter.FORMAT_VERSION) {
            throw new IOException("unsupported formatVersion " + version + " (expected "
                    + StateWriter.FORMAT_VERSION + ")");
        }
        long seed = Saved.of(root, "state").number("seed");
        long journalSequence = root.has("journalSequence") ? Saved.of(root, "state").number("journalSequence") : 0;
        if (journalSequence < 0) {
            throw new IOException("state.journalSequence: expected a number of 0 or more");
        }
        Saved system = Saved.of(root.path("system"), "system");
        SystemEntity systemEntity = new SystemEntity(system.text("id"), system.text("name"),
                system.text("installId"), system.number("installedAt"));
        systemEntity.systemVersionName = system.text("systemVersionName");
        systemEntity.softwareVersion = system.text("softwareVersion");
        ClusterState state = new ClusterState(systemEntity, new ObjectIdAllocator(seed));
        readTopology(root, state);
        for (Saved saved : Saved.list(root, "volumes")) {
            VolumeEntity volume = VolumeReader.volume(saved, state);
            state.volumes.put(volume.id, volume);
        }
        IdLedger ids = IdLedger.scanning(state);
        for (Map.Entry<String, JsonNode> mark : root.path("idMarks").properties()) {
            ids.restore(mark.getKey(), Saved.id(mark.getValue().asText(), "idMarks." + mark.getKey()));
        }
        ids.reserveAll();
        return new Restored(state, ids, seed, journalSequence);
    }

    private static void readTopology(JsonNode root, ClusterState state) throws IOException {
        for (Saved saved : Saved.list(root, "protectionDomains")) {
            ProtectionDomainEntity domain = new ProtectionDomainEntity(saved.id("id"), saved.text("name"));
            state.protectionDomains.put(domain.id, domain);
        }
        for (Saved saved : Saved.list(root, "faultSets")) {
            FaultSetEntity faultSet = new FaultSetEntity(saved.id("id"), saved.text("name"),
                    saved.reference("protectionDomainId", state.protectionDomains));
            state.faultSets.put(faultSet.id, faultSet);
        }
        for (Saved saved : Saved.list(root, "sdss")) {
            SdsEntity sds = new SdsEntity(saved.id("id"), saved.text("name"),
                    saved.reference("protectionDomainId", state.protectionDomains),
                    saved.optionalReference("faultSetId", state.faultSets), saved.text("ip"));
            sds.connected = saved.flag("connected");
            state.sdss.put(sds.id, sds);
        }
        for (Saved saved : Saved.list(root, "storagePools")) {
            StoragePoolEntity pool = new StoragePoolEntity(saved.id("id"), saved.text("name"),
                    saved.reference("protectionDomainId", state.protectionDomains));
            pool.sparePercentage = (int) saved.number("sparePercentage");
            pool.mediaType = saved.text("mediaType");
            pool.dataLayout = saved.text("dataLayout");
            state.storagePools.put(pool.id, pool);
        }
        for (Saved saved : Saved.list(root, "devices")) {
            DeviceEntity device = new DeviceEntity(saved.id("id"), saved.optionalText("name"),
                    saved.reference("sdsId", state.sdss), saved.reference("storagePoolId", state.storagePools),
                    saved.text("path"), saved.number("capacityInKb"));
            state.devices.put(device.id, device);
        }
        for (Saved saved : Saved.list(root, "vtrees")) {
            VTreeEntity vtree = new VTreeEntity(saved.id("id"), saved.id("baseVolumeId"),
                    saved.reference("storagePoolId", state.storagePools));
            state.vtrees.put(vtree.id, vtree);
        }
        for (Saved saved : Saved.list(root, "sdcs")) {
            SdcEntity sdc = new SdcEntity(saved.id("id"), saved.optionalText("name"), saved.text("guid"),
                    saved.text("ip"), saved.flag("connected"));
            sdc.versionInfo = saved.text("versionInfo");
            sdc.kernelVersion = saved.text("kernelVersion");
            state.sdcs.put(sdc.id, sdc);
        }
    }
}
