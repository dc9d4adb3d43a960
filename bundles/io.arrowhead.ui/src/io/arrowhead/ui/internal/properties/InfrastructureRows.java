package io.arrowhead.ui.internal.properties;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.SdsIp;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.ui.internal.properties.AbstractKeyValueSection.Rows;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;

/** The General rows of the storage side of a cluster: system, protection domains, pools, SDSs and devices. */
final class InfrastructureRows {

    private InfrastructureRows() {
    }

    static void add(ClusterNode node, Rows rows) {
        // one model for all look-ups, since a reload may replace it meanwhile
        ClusterModel model = node.model();
        if (model == null) {
            return;
        }
        switch (node) {
            case SystemNode n when model.system().id().equals(n.id()) -> addSystem(model.system(), model, rows);
            case ProtectionDomainNode n -> model.protectionDomain(n.id()).ifPresent(pd -> addDomain(pd, model, rows));
            case PoolNode n -> model.pool(n.id()).ifPresent(pool -> addPool(pool, model, rows));
            case SdsNode n -> model.sds(n.id()).ifPresent(sds -> addSds(sds, model, rows));
            case DeviceNode n -> model.device(n.id()).ifPresent(device -> addDevice(device, model, rows));
            default -> {
                // folders and ranges only group other nodes
            }
        }
    }

    private static void addSystem(ScaleIoSystem system, ClusterModel model, Rows rows) {
        var cluster = system.mdmCluster();
        rows.add("Name", system.name())
            .add("Id", system.id())
            .add("Version", system.systemVersionName())
            .add("MDM cluster mode", cluster == null ? null : cluster.clusterMode())
            .add("MDM cluster state", cluster == null ? null : cluster.clusterState())
            .addIfPresent("Restricted SDC mode", system.restrictedSdcMode())
            .add("Protection domains", model.protectionDomains().size())
            .add("SDCs", model.sdcs().size())
            .add("Volumes and snapshots", model.allVolumes().size());
    }

    private static void addDomain(ProtectionDomain domain, ClusterModel model, Rows rows) {
        rows.add("Name", domain.name())
            .add("Id", domain.id())
            .add("State", domain.protectionDomainState())
            .add("Storage pools", model.pools(domain.id()).size())
            .add("SDSs", model.sdss(domain.id()).size())
            .addIfPresent("RFcache enabled", domain.rfcacheEnabled());
    }

    private static void addPool(StoragePool pool, ClusterModel model, Rows rows) {
        rows.add("Name", pool.name())
            .add("Id", pool.id())
            .add("Protection domain", model.protectionDomain(pool.protectionDomainId())
                .map(ProtectionDomain::name).orElse(pool.protectionDomainId()))
            .addIfPresent("Media type", pool.mediaType())
            .addIfPresent("Data layout", pool.dataLayout())
            .add("Spare capacity", pool.sparePercentage() == null ? null : pool.sparePercentage() + " %")
            .addIfPresent("Zero padding", pool.zeroPaddingEnabled())
            .add("Volumes", model.volumes(pool.id()).size());
    }

    private static void addSds(Sds sds, ClusterModel model, Rows rows) {
        rows.add("Name", sds.name())
            .add("Id", sds.id())
            .add("IP addresses", String.join(", ", sds.ipList().stream().map(SdsIp::ip).toList()))
            .addIfPresent("Port", sds.port())
            .add("State", sds.sdsState())
            .addIfPresent("Membership", sds.membershipState())
            .addIfPresent("MDM connection", sds.mdmConnectionState())
            .addIfPresent("Maintenance", sds.maintenanceState())
            .addIfPresent("Version", sds.softwareVersionInfo())
            .add("Devices", model.devices(sds.id()).size());
    }

    private static void addDevice(Device device, ClusterModel model, Rows rows) {
        rows.add("Name", device.name())
            .add("Id", device.id())
            .add("Path", device.deviceCurrentPathName())
            .add("SDS", model.sds(device.sdsId()).map(Sds::name).orElse(device.sdsId()))
            .add("Storage pool", model.pool(device.storagePoolId()).map(StoragePool::name)
                .orElse(device.storagePoolId()))
            .add("State", device.deviceState())
            .addIfPresent("Error state", device.errorState())
            .addIfPresent("Media type", device.mediaType());
    }
}
