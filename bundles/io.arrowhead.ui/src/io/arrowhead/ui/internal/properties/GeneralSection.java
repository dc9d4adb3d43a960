package io.arrowhead.ui.internal.properties;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostBacking;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.internal.Formats;

/**
 * The General tab: what an object is, for every element of the navigator. Gateways, volumes and SDCs are here;
 * the storage side is in {@link InfrastructureRows}.
 */
public final class GeneralSection extends AbstractKeyValueSection {

    @Override
    protected String widgetId() {
        return "properties.general";
    }

    @Override
    protected void addRows(Object element, Rows rows) {
        switch (element) {
            case GatewayConnection connection -> addGateway(connection, rows);
            case VolumeNode node when node.model() instanceof ClusterModel model ->
                model.volume(node.id()).ifPresent(volume -> addVolume(volume, model, rows));
            case SdcNode node when node.model() instanceof ClusterModel model ->
                model.sdc(node.id()).ifPresent(sdc -> addSdc(sdc, model, rows));
            case ClusterNode node -> InfrastructureRows.add(node, rows);
            default -> {
                // nothing to show for other elements
            }
        }
    }

    private static void addGateway(GatewayConnection connection, Rows rows) {
        ClusterModel model = connection.model();
        rows.add(Messages.Text_name, connection.name())
            .add(Messages.Text_url, connection.settings().url())
            .add(Messages.Text_user, connection.settings().user())
            .add(Messages.Text_kind, connection.isDemo() ? Messages.Text_embeddedDemoCluster
                : Messages.Text_scaleioRESTGateway)
            .add(Messages.Text_state, connection.state().label())
            .add(Messages.Text_lastError, connection.lastError())
            .add(Messages.Text_lastLoaded, model == null ? Messages.Text_never : Formats.dateTime(model.loadedAt()));
    }

    private static void addVolume(Volume volume, ClusterModel model, Rows rows) {
        var pool = model.pool(volume.storagePoolId());
        rows.add(Messages.Text_name, volume.name())
            .add(Messages.Text_id, volume.id())
            .add(Messages.Text_type, Formats.volumeType(volume.volumeType()))
            .add(Messages.Text_size, Formats.kib(volume.sizeInKb()))
            .add(Messages.Text_storagePool, pool.map(p -> p.name()).orElse(volume.storagePoolId()))
            .add(Messages.Text_protectionDomain, pool.flatMap(p -> model.protectionDomain(p.protectionDomainId()))
                .map(pd -> pd.name()).orElse(null))
            .add(Messages.Text_created, Formats.dateTime(volume.created()));
        if (volume.isSnapshot()) {
            rows.add(Messages.Text_sourceVolume, model.volume(volume.ancestorVolumeId()).map(Volume::name)
                .orElse(volume.ancestorVolumeId()));
        }
        rows.add(Messages.Text_snapshots, model.snapshots(volume.id()).size())
            .add(Messages.Text_mappedSDCs, volume.mappedSdcInfo().size());
        String backing = String.join(", ", ArrowheadCore.hostInventories().backing(model.system().id(), volume.id())
            .stream().map(HostBacking::label).toList());
        rows.addIfPresent(Messages.Volume_dockerVolumes, backing.isEmpty() ? null : backing);
    }

    private static void addSdc(Sdc sdc, ClusterModel model, Rows rows) {
        rows.add(Messages.Text_name, sdc.name())
            .add(Messages.Text_id, sdc.id())
            .add(Messages.Text_guid, sdc.sdcGuid())
            .add(Messages.Text_ipAddresses, Formats.sdcIps(sdc))
            .add(Messages.Text_state, Formats.sdcState(sdc))
            .addIfPresent(Messages.Text_approved, sdc.sdcApproved())
            .add(Messages.Text_version, Formats.sdcVersion(sdc))
            .add(Messages.Text_operatingSystem, Formats.sdcOs(sdc))
            .addIfPresent(Messages.Text_performanceProfile, sdc.perfProfile())
            .add(Messages.Text_mappedVolumes, model.volumesMappedTo(sdc.id()).size());
    }
}
