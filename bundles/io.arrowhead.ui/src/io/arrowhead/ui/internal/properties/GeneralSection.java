package io.arrowhead.ui.internal.properties;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
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
        rows.add("Name", connection.name())
            .add("URL", connection.settings().url())
            .add("User", connection.settings().user())
            .add("Kind", connection.isDemo() ? "embedded demo cluster" : "ScaleIO REST Gateway")
            .add("State", connection.state().label())
            .add("Last error", connection.lastError())
            .add("Last loaded", model == null ? "never" : Formats.dateTime(model.loadedAt()));
    }

    private static void addVolume(Volume volume, ClusterModel model, Rows rows) {
        var pool = model.pool(volume.storagePoolId());
        rows.add("Name", volume.name())
            .add("Id", volume.id())
            .add("Type", Formats.volumeType(volume.volumeType()))
            .add("Size", Formats.kib(volume.sizeInKb()))
            .add("Storage pool", pool.map(p -> p.name()).orElse(volume.storagePoolId()))
            .add("Protection domain", pool.flatMap(p -> model.protectionDomain(p.protectionDomainId()))
                .map(pd -> pd.name()).orElse(null))
            .add("Created", Formats.dateTime(volume.created()));
        if (volume.isSnapshot()) {
            rows.add("Source volume", model.volume(volume.ancestorVolumeId()).map(Volume::name)
                .orElse(volume.ancestorVolumeId()));
        }
        rows.add("Snapshots", model.snapshots(volume.id()).size())
            .add("Mapped SDCs", volume.mappedSdcInfo().size());
    }

    private static void addSdc(Sdc sdc, ClusterModel model, Rows rows) {
        rows.add("Name", sdc.name())
            .add("Id", sdc.id())
            .add("GUID", sdc.sdcGuid())
            .add("IP addresses", Formats.sdcIps(sdc))
            .add("State", Formats.sdcState(sdc))
            .addIfPresent("Approved", sdc.sdcApproved())
            .add("Version", Formats.sdcVersion(sdc))
            .add("Operating system", Formats.sdcOs(sdc))
            .addIfPresent("Performance profile", sdc.perfProfile())
            .add("Mapped volumes", model.volumesMappedTo(sdc.id()).size());
    }
}
