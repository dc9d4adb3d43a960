package io.arrowhead.ui.internal.navigator;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/** A model shown whole; every list is the model's own. */
record FullClusterView(ClusterModel model) implements ClusterView {

    @Override
    public List<ProtectionDomain> protectionDomains() {
        return model.protectionDomains();
    }

    @Override
    public List<StoragePool> pools(String protectionDomainId) {
        return model.pools(protectionDomainId);
    }

    @Override
    public List<Sds> sdss(String protectionDomainId) {
        return model.sdss(protectionDomainId);
    }

    @Override
    public List<Device> devices(String sdsId) {
        return model.devices(sdsId);
    }

    @Override
    public List<Volume> volumes(String poolId) {
        return model.volumes(poolId);
    }

    @Override
    public List<Volume> snapshots(String volumeId) {
        return model.snapshots(volumeId);
    }

    @Override
    public List<Sdc> sdcs() {
        return model.sdcs();
    }

    @Override
    public List<Volume> volumesMappedTo(String sdcId) {
        return model.volumesMappedTo(sdcId);
    }

    @Override
    public boolean isVolumeMatch(String volumeId) {
        return false;
    }

    @Override
    public boolean isSdcMatch(String sdcId) {
        return false;
    }

    @Override
    public boolean isSdsMatch(String sdsId) {
        return false;
    }

    @Override
    public int matchCount() {
        return 0;
    }
}
