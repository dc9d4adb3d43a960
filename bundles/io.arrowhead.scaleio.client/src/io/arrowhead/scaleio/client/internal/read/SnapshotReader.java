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

/** {@link ClusterSnapshot}: every object of the system, with one reader per type for the whole answer. */
final class SnapshotReader {

    private SnapshotReader() {
    }

    static ClusterSnapshot snapshot(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, ClusterSnapshot.class);
        }
        DomainReader domains = new DomainReader();
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
                case "System" -> system = new SystemReader().system(parser);
                case "protectionDomainList" -> protectionDomains = Values.list(parser, domains::domain, ProtectionDomain.class);
                case "storagePoolList" -> storagePools = Values.list(parser, domains::pool, StoragePool.class);
                case "sdsList" -> sdss = Values.list(parser, new SdsReader()::sds, Sds.class);
                case "deviceList" -> devices = Values.list(parser, new DeviceReader()::device, Device.class);
                case "faultSetList" -> faultSets = Values.list(parser, domains::faultSet, FaultSet.class);
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
