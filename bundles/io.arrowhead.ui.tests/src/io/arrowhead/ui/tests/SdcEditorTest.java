package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** Renaming an SDC in its editor: saving sends the new name to the gateway, which the simulator then holds. */
@ExtendWith(ScreenshotOnFailure.class)
class SdcEditorTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewayClient observer;
    private Sdc sdc;

    @BeforeEach
    void openDemo() {
        console.resetLayout();
        console.demo();
        observer = console.observer();
    }

    @AfterEach
    void restore() throws Exception {
        console.closeStrayShells();
        ui.onUi(() -> console.page().closeAllEditors(false));
        console.collapseNavigator();
        console.awaitGatewayJobs();
        if (sdc != null) {
            observer.setSdcName(sdc.id(), sdc.name());
        }
        observer.close();
    }

    @Test
    void savingARenamedSdcRenamesItAtTheGateway() throws Exception {
        GatewayConnection demo = console.demo();
        ClusterModel model = demo.model();
        sdc = model.sdcs().stream().filter(s -> s.name() != null).findFirst().orElseThrow();
        console.select(console.reveal("Demo", model.system().name(), "SDCs", ClusterModel.sdcLabel(sdc)));
        ui.input().press(SWT.CR);

        Text name = ui.find(console.window()).withId(Text.class, "sdcEditor.name");
        ui.waitUntil("the editor to show the SDC's name", () -> name.getText().equals(sdc.name()));
        ui.input().replaceText(name, "ui-renamed-sdc");
        ui.input().press(SWT.MOD1, 's');
        ui.waitUntil("the console to load the renamed SDC", () -> demo.model().sdc(sdc.id())
            .map(Sdc::name).orElse("").equals("ui-renamed-sdc"));

        assertEquals("ui-renamed-sdc", observer.get(ObjectType.SDC, sdc.id()).name());
    }
}
