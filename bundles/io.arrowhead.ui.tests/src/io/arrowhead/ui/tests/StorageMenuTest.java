package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** The Storage menu holds what the context menu does to a volume, enabled by the same handlers. */
@ExtendWith(ScreenshotOnFailure.class)
class StorageMenuTest {

    private static final List<String> VOLUME_ITEMS = List.of("Take Snapshot…", "Rename…", "Delete");

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);

    @AfterEach
    void collapse() {
        console.collapseNavigator();
    }

    @Test
    void takeSnapshotRenameAndDeleteAreInTheStorageMenuAndEnabledForAVolume() {
        ClusterModel model = console.demo().model();
        ProtectionDomain domain = model.protectionDomains().getFirst();
        StoragePool pool = model.pools(domain.id()).getFirst();
        Volume volume = model.volumes(pool.id()).getFirst();

        console.select(console.reveal());
        Map<String, Boolean> onGateways = ui.menus().enablement(console.window(), "Storage");
        assertEquals(List.of(false, false, false), VOLUME_ITEMS.stream().map(onGateways::get).toList(),
            "disabled with the Gateways node selected: " + onGateways);

        TreeItem item = console.reveal("Demo", model.system().name(), "Protection Domains", domain.name(),
            pool.name(), volume.name() + " ");
        console.select(item);
        Map<String, Boolean> onVolume = ui.menus().enablement(console.window(), "Storage");
        assertEquals(List.of(true, true, true), VOLUME_ITEMS.stream().map(onVolume::get).toList(),
            "enabled with a volume selected: " + onVolume);
    }
}
