package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VTree;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * {@link ClusterSnapshot}: the big lists (volumes, VTrees, SDCs, SDSs, devices) by hand, the few objects of the
 * other types (the system, protection domains, pools, fault sets) by databind.
 */
final class SnapshotReader {

    private SnapshotReader() {
    }

    static ClusterSnapshot snapshot(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, ClusterSnapshot.class);
        }
        ScaleIoSystem system = null;
        List<ProtectionDomain> protectionDomains = null;
        List<StoragePool> storagePools = null;
        List<Sds> sdss = null;
        List<Device> devices = null;
        List<FaultSet> faultSets = null;
        List<Sdc> sdcs = null;
        List<Volume> volumes = null;
        List<VTree> vtrees = null;
        Boolean isDirty = null;
        String sessionTag = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "System" -> system = Json.databind(parser, ScaleIoSystem.class);
                case "protectionDomainList" -> protectionDomains = Json.databindList(parser, ProtectionDomain.class);
                case "storagePoolList" -> storagePools = Json.databindList(parser, StoragePool.class);
                case "sdsList" -> sdss = Values.list(parser, new SdsReader()::sds, Sds.class);
                case "deviceList" -> devices = Values.list(parser, new DeviceReader()::device, Device.class);
                case "faultSetList" -> faultSets = Json.databindList(parser, FaultSet.class);
                case "sdcList" -> sdcs = Values.list(parser, new SdcReader()::sdc, Sdc.class);
                case "volumeList" -> volumes = Values.list(parser, new VolumeReader()::volume, Volume.class);
                case "vTreeList" -> vtrees = Values.list(parser, new VTreeReader()::vtree, VTree.class);
                case "isDirty" -> isDirty = Values.bool(parser);
                case "sessionTag" -> sessionTag = Values.text(parser);
                default -> parser.skipChildren();
            }
        }
        return new ClusterSnapshot(system, protectionDomains, storagePools, sdss, devices, faultSets, sdcs, volumes,
                vtrees, isDirty, sessionTag);
    }
}
