package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** Navigator nodes adapt to what they stand for, and commands follow the adapted selection. */
@ExtendWith(ScreenshotOnFailure.class)
class NodeAdaptersTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);

    @BeforeEach
    void resetLayout() {
        console.resetLayout();
    }

    /** Leaves the tree collapsed at its top, as later tests that click the root expect to find it. */
    @AfterEach
    void cleanUp() {
        console.closeStrayShells();
        ui.onUi(() -> {
            var viewer = console.navigator().getCommonViewer();
            viewer.collapseAll();
            viewer.getTree().setTopItem(viewer.getTree().getItem(0));
        });
    }

    @Test
    void aVolumeListedUnderAnSdcAdaptsToTheVolumeAndTheSdcItStandsFor() {
        GatewayConnection demo = console.demo();
        ClusterModel model = demo.model();
        Sdc sdc = sdcWithMappings(model);
        Volume volume = model.volumesMappedTo(sdc.id()).getFirst();
        MappedVolumeNode mapped = new MappedVolumeNode(demo, sdc.id(), volume.id());

        assertEquals(new VolumeNode(demo, volume.id()), Adapters.adapt(mapped, VolumeNode.class));
        assertEquals(volume.id(), Adapters.adapt(mapped, Volume.class).id());
        assertEquals(new SdcNode(demo, sdc.id()), Adapters.adapt(mapped, SdcNode.class));
        assertEquals(sdc.id(), Adapters.adapt(mapped, Sdc.class).id());
        assertSame(demo, Adapters.adapt(mapped, GatewayConnection.class));

        StoragePool pool = model.pool(volume.storagePoolId()).orElseThrow();
        assertEquals(pool.id(), Adapters.adapt(new PoolNode(demo, pool.id()), StoragePool.class).id());
        assertNull(Adapters.adapt(new SdcNode(demo, sdc.id()), VolumeNode.class), "an SDC is no volume");
    }

    @Test
    void aCommandEnabledOnVolumesIsEnabledOnAVolumeListedUnderAnSdc() {
        ClusterModel model = console.demo().model();
        Sdc sdc = sdcWithMappings(model);
        Volume volume = model.volumesMappedTo(sdc.id()).getFirst();
        TreeItem gateways = console.reveal();
        console.select(gateways);
        ui.waitUntil("Take Snapshot to be disabled without a volume selected", () -> !snapshotEnabled());

        TreeItem mapped = console.reveal("Demo", model.system().name(), "SDCs", ClusterModel.sdcLabel(sdc),
            volume.name() + " ");
        assertFalse(ui.onUi(() -> mapped.getData() instanceof VolumeNode), "the item is the mapping, not the volume");
        console.select(mapped);
        ui.waitUntil("Take Snapshot to be enabled on the volume listed under the SDC", this::snapshotEnabled);
    }

    private boolean snapshotEnabled() {
        return ui.onUi(() -> PlatformUI.getWorkbench().getService(ICommandService.class)
            .getCommand("io.arrowhead.ui.commands.takeSnapshot").isEnabled());
    }

    private static Sdc sdcWithMappings(ClusterModel model) {
        return model.sdcs().stream().filter(s -> !model.volumesMappedTo(s.id()).isEmpty()).findFirst().orElseThrow();
    }
}
