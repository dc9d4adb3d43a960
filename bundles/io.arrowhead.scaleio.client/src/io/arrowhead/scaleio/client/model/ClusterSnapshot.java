package io.arrowhead.scaleio.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every object of the system at once, as {@code GET /api/instances} answers. {@code isDirty} and
 * {@code sessionTag} are the gateway's change tracking, passed on as sent.
 */
public record ClusterSnapshot(@JsonProperty("System") ScaleIoSystem system, List<ProtectionDomain> protectionDomainList,
        List<StoragePool> storagePoolList, List<Sds> sdsList, List<Device> deviceList, List<FaultSet> faultSetList,
        List<Sdc> sdcList, List<Volume> volumeList, @JsonProperty("vTreeList") List<VTree> vTreeList,
        @JsonProperty("isDirty") Boolean isDirty, String sessionTag) {

    public ClusterSnapshot {
        protectionDomainList = Lists.orEmpty(protectionDomainList);
        storagePoolList = Lists.orEmpty(storagePoolList);
        sdsList = Lists.orEmpty(sdsList);
        deviceList = Lists.orEmpty(deviceList);
        faultSetList = Lists.orEmpty(faultSetList);
        sdcList = Lists.orEmpty(sdcList);
        volumeList = Lists.orEmpty(volumeList);
        vTreeList = Lists.orEmpty(vTreeList);
    }
}
