package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Editing a saved gateway's address, user and password in the wizard, and removing a gateway after confirmation:
 * what the console saves in the preferences and secure storage, and what the next connection uses.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EditAndRemoveGatewayTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private final SavedGateways gateways = new SavedGateways(console);

    @BeforeEach
    void resetLayout() {
        console.resetLayout();
    }

    @AfterEach
    void stop() throws Exception {
        console.closeStrayShells();
        console.collapseNavigator();
        console.awaitGatewayJobs();
        gateways.close();
    }

    @Test
    void anEditedAddressUserAndPasswordAreSavedAndUsedForTheNextConnection() throws Exception {
        GatewaySimulator old = gateways.start("operator", "old-secret");
        GatewaySimulator moved = gateways.start("auditor", "new-secret");
        GatewayConnection lab = gateways.add("Edited Lab", old, "operator", "old-secret");
        gateways.pin(moved);

        console.select(gateways.item("Edited Lab"));
        console.execute("io.arrowhead.ui.commands.editGateway");
        Shell wizard = ui.shell("Edit Gateway");
        ui.input().replaceText(text(wizard, "gateway.url"), moved.endpoint().toString());
        ui.input().replaceText(text(wizard, "gateway.user"), "auditor");
        ui.input().typeInto(text(wizard, "gateway.password"), "new-secret");
        // from now on only the new address, user and password can log in
        old.close();
        ui.dialogs().close(wizard, "Finish");

        ConnectionSettings saved = gateways.reloaded().find(lab.id()).orElseThrow().settings();
        assertEquals(SavedGateways.endpoint(moved).toString(), saved.url());
        assertEquals("auditor", saved.user());
        assertEquals("Edited Lab", saved.name());
        assertArrayEquals("new-secret".toCharArray(), gateways.secrets().password(lab.id()).orElseThrow());

        ArrowheadCore.connections().connect(lab).join();
        assertTrue(lab.isConnected(), "the next connection uses the new settings: " + lab.lastError());
        assertEquals(moved.systemId(), lab.model().system().id());
    }

    @Test
    void removingAsksFirstThenForgetsTheGatewayAndItsPassword() throws Exception {
        GatewaySimulator gateway = gateways.start("operator", "doomed-secret");
        GatewayConnection doomed = gateways.add("Doomed Lab", gateway, "operator", "doomed-secret");

        console.select(gateways.item("Doomed Lab"));
        console.execute("io.arrowhead.ui.commands.removeGateway");
        Shell confirm = ui.shell("Remove Gateway");
        assertTrue(ui.dialogs().messages(confirm).stream().anyMatch(m -> m.contains("Doomed Lab")),
            "the confirmation names the gateway");
        ui.dialogs().close(confirm, "Cancel");
        console.awaitGatewayJobs();
        assertTrue(ArrowheadCore.connections().all().contains(doomed), "cancelling keeps the gateway");

        console.select(gateways.item("Doomed Lab"));
        console.execute("io.arrowhead.ui.commands.removeGateway");
        ui.dialogs().close(ui.shell("Remove Gateway"), "Remove");
        console.awaitGatewayJobs();

        TreeItem root = ui.trees().expand(console.tree(), "Gateways");
        ui.trees().awaitAbsent(console.tree(), root, "Doomed Lab");
        assertTrue(ArrowheadCore.connections().find(doomed.id()).isEmpty());
        assertTrue(gateways.reloaded().find(doomed.id()).isEmpty(), "the gateway is gone from the preferences");
        assertTrue(gateways.secrets().password(doomed.id()).isEmpty(), "its password is gone from secure storage");
    }

    private Text text(Shell shell, String id) {
        return ui.find(shell).withId(Text.class, id);
    }
}
