package io.arrowhead.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

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
        rows.add(Messages.Text_name, system.name())
            .add(Messages.Text_id, system.id())
            .add(Messages.Text_version, system.systemVersionName())
            .add(Messages.Text_mdmClusterMode, cluster == null ? null : cluster.clusterMode())
            .add(Messages.Text_mdmClusterState, cluster == null ? null : cluster.clusterState())
            .addIfPresent(Messages.Text_restrictedSDCMode, system.restrictedSdcMode())
            .add(Messages.Text_protectionDomains, model.protectionDomains().size())
            .add(Messages.Text_sdcs, model.sdcs().size())
            .add(Messages.Text_volumes, model.volumeCounts().volumes())
            .add(Messages.Text_snapshots, model.volumeCounts().snapshots());
    }

    private static void addDomain(ProtectionDomain domain, ClusterModel model, Rows rows) {
        rows.add(Messages.Text_name, domain.name())
            .add(Messages.Text_id, domain.id())
            .add(Messages.Text_state, domain.protectionDomainState())
            .add(Messages.Text_storagePools, model.pools(domain.id()).size())
            .add(Messages.Text_sdss, model.sdss(domain.id()).size())
            .addIfPresent(Messages.Text_rfcacheEnabled, domain.rfcacheEnabled());
    }

    private static void addPool(StoragePool pool, ClusterModel model, Rows rows) {
        rows.add(Messages.Text_name, pool.name())
            .add(Messages.Text_id, pool.id())
            .add(Messages.Text_protectionDomain, model.protectionDomain(pool.protectionDomainId())
                .map(ProtectionDomain::name).orElse(pool.protectionDomainId()))
            .addIfPresent(Messages.Text_mediaType, pool.mediaType())
            .addIfPresent(Messages.Text_dataLayout, pool.dataLayout())
            .add(Messages.Text_spareCapacity, pool.sparePercentage() == null ? null : NLS.bind(Messages.Row_percent,
                pool.sparePercentage()))
            .addIfPresent(Messages.Text_zeroPadding, pool.zeroPaddingEnabled())
            .add(Messages.Text_volumes, model.volumeCounts(pool.id()).volumes())
            .add(Messages.Text_snapshots, model.volumeCounts(pool.id()).snapshots());
    }

    private static void addSds(Sds sds, ClusterModel model, Rows rows) {
        rows.add(Messages.Text_name, sds.name())
            .add(Messages.Text_id, sds.id())
            .add(Messages.Text_ipAddresses, String.join(", ", sds.ipList().stream().map(SdsIp::ip).toList()))
            .addIfPresent(Messages.Text_port, sds.port())
            .add(Messages.Text_state, sds.sdsState())
            .addIfPresent(Messages.Text_membership, sds.membershipState())
            .addIfPresent(Messages.Text_mdmConnection, sds.mdmConnectionState())
            .addIfPresent(Messages.Text_maintenance, sds.maintenanceState())
            .addIfPresent(Messages.Text_version, sds.softwareVersionInfo())
            .add(Messages.Text_devices, model.devices(sds.id()).size());
    }

    private static void addDevice(Device device, ClusterModel model, Rows rows) {
        rows.add(Messages.Text_name, device.name())
            .add(Messages.Text_id, device.id())
            .add(Messages.Text_path, device.deviceCurrentPathName())
            .add(Messages.Text_sds, model.sds(device.sdsId()).map(Sds::name).orElse(device.sdsId()))
            .add(Messages.Text_storagePool, model.pool(device.storagePoolId()).map(StoragePool::name)
                .orElse(device.storagePoolId()))
            .add(Messages.Text_state, device.deviceState())
            .addIfPresent(Messages.Text_errorState, device.errorState())
            .addIfPresent(Messages.Text_mediaType, device.mediaType());
    }
}
