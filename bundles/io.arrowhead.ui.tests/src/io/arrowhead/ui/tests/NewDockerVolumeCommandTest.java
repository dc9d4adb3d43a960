package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.demo.Demo;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * New Docker Volume… on the demo's docker-01: the dialog takes a name, the demo's gold profile and a size, and the
 * volume it creates at the demo's simulator is mapped to docker-01's SDC with gold's QoS.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewDockerVolumeCommandTest {

    private static final String COMMAND = "io.arrowhead.ui.commands.newDockerVolume";
    private static final String NAME = "ui-gold-data";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewayConnection demo;
    private GatewayClient observer;
    private ManagedHost host;

    @BeforeEach
    void openDemo() {
        demo = console.demo();
        observer = console.observer();
        host = ui.waitFor("the demo's docker-01", () -> ArrowheadCore.hosts().findByName("docker-01").orElse(null));
    }

    @AfterEach
    void cleanUp() throws Exception {
        console.closeStrayShells();
        console.awaitGatewayJobs();
        if (observer.volumes().stream().anyMatch(v -> NAME.equals(v.name()))) {
            HostOperationJob detach = HostOperations.detach(demo, host, NAME);
            detach.schedule();
            detach.join();
            String id = observer.volumeIdByName(NAME);
            if (observer.get(ObjectType.VOLUME, id).isMapped()) {
                observer.unmapVolumeFromAllSdcs(id);
            }
            observer.removeVolume(id, RemoveMode.ONLY_ME);
        }
        observer.close();
    }

    @Test
    void aNewDockerVolumeByTheGoldProfileCarriesItsQosAtTheSimulator() throws Exception {
        StorageProfile gold = ArrowheadCore.storageProfiles().find("gold").orElseThrow();
        console.execute(COMMAND, new StructuredSelection(host));
        Shell dialog = ui.shell("New Docker Volume");
        Text name = ui.find(dialog).withId(Text.class, "newDockerVolume.name");
        Button create = ui.find(dialog).withText(Button.class, "Create");
        assertEquals("Name", ui.onUi(() -> AccessibleNames.of(name)));
        assertFalse(ui.onUi(create::isEnabled), "a volume needs a name");
        ui.input().typeInto(name, "x");
        ui.waitUntil("a one-letter name to be refused", () -> ui.onUi(() -> !create.isEnabled()
            && name.getText().equals("x")));

        ui.input().replaceText(name, NAME);
        ui.input().choose(ui.find(dialog).withId(Combo.class, "newDockerVolume.profile"), "gold (");
        Text size = ui.find(dialog).withId(Text.class, "newDockerVolume.size");
        assertEquals(Long.toString(gold.defaultSizeGib()), ui.onUi(() -> size.getText()), "the profile's size");
        ui.waitUntil("Create to be enabled", () -> ui.onUi(create::isEnabled));
        ui.dialogs().close(dialog, "Create");
        console.awaitGatewayJobs();

        Volume created = observer.get(ObjectType.VOLUME, observer.volumeIdByName(NAME));
        assertEquals(VolumeType.THICK_PROVISIONED, created.volumeType());
        EmulatedDockerHost docker01 = Demo.cluster().emulatedHosts().stream()
            .filter(h -> h.name().equals("docker-01")).findFirst().orElseThrow();
        MappedSdcInfo mapping = created.mappingOf(docker01.sdcId()).orElseThrow();
        assertEquals(gold.iopsLimit(), mapping.limitIops());
        assertEquals(gold.bandwidthMibps(), mapping.limitBwInMbps());
        OperationRecord record = ArrowheadCore.operationsLog().entries().getLast();
        assertEquals(OperationRecord.Kind.CREATE_AND_ATTACH, record.kind());
        assertEquals(OperationRecord.Outcome.SUCCEEDED, record.outcome(), record.message());
    }

    @Test
    void cancellingCreatesNothing() throws Exception {
        int before = observer.volumes().size();
        console.execute(COMMAND, new StructuredSelection(host));
        Shell dialog = ui.shell("New Docker Volume");
        ui.input().typeInto(ui.find(dialog).withId(Text.class, "newDockerVolume.name"), NAME);
        ui.dialogs().close(dialog, "Cancel");
        console.awaitGatewayJobs();
        assertEquals(before, observer.volumes().size());
    }
}
