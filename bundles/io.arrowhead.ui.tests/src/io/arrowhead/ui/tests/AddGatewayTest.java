package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayErrors;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.internal.wizards.Messages;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;
import io.arrowhead.ui.testing.WidgetTexts;

/**
 * Adding a real gateway through the wizard, trusting its self-signed certificate in the trust dialog. Finish waits
 * for a passed connection test of the current values, or for the user's choice to save untested.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AddGatewayTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private GatewaySimulator simulator;

    @BeforeEach
    void startGateway() throws Exception {
        console.resetLayout();
        simulator = GatewaySimulator.builder().user("operator", "wizard-secret".toCharArray())
            .dataDirectory(Files.createTempDirectory("add-gateway")).port(0).start();
    }

    @AfterEach
    void stop() throws Exception {
        console.closeStrayShells();
        for (GatewayConnection connection : ArrowheadCore.connections().all()) {
            if (connection.name().equals("Lab")) {
                ArrowheadCore.connections().remove(connection);
                ArrowheadCore.connections().forgetCertificate(connection.settings().endpoint());
            }
        }
        ArrowheadCore.connections().forgetCertificate(SavedGateways.endpoint(simulator));
        simulator.close();
    }

    @Test
    void addsAGatewayAfterTheUserTrustsItsCertificatePermanently() throws Exception {
        console.navigator();
        console.execute("io.arrowhead.ui.commands.addGateway");
        Shell wizard = ui.shell("Add Gateway");
        ui.input().typeInto(text(wizard, "gateway.url"), simulator.endpoint().toString());
        ui.input().replaceText(text(wizard, "gateway.name"), "Lab");
        ui.input().replaceText(text(wizard, "gateway.user"), "operator");
        ui.input().typeInto(text(wizard, "gateway.password"), "wizard-secret");
        ui.input().click(ui.find(wizard).withId(Button.class, "gateway.test"));

        Shell trust = ui.shell("Untrusted Certificate");
        Text fingerprint = ui.find(trust).withId(Text.class, "trust.fingerprint");
        String shown = ui.onUi(() -> fingerprint.getText());
        assertEquals(CertificateFingerprint.normalize(simulator.certificateFingerprint()),
            CertificateFingerprint.normalize(shown));
        assertTrue(ui.dialogs().messages(trust).stream().anyMatch(m -> m.contains("CN=")),
            "the dialog names the certificate's subject and issuer");
        ui.screenshot("trust-dialog");
        ui.dialogs().close(trust, "Trust Permanently");

        ui.waitUntil("the wizard to report the connection", () -> ui.dialogs().messages(wizard).stream()
            .anyMatch(m -> m.startsWith("Connected to system")));
        ui.dialogs().close(wizard, "Finish");

        GatewayConnection lab = ui.waitFor("the Lab gateway to connect", () -> ArrowheadCore.connections().all()
            .stream().filter(c -> c.name().equals("Lab") && c.isConnected()).findFirst().orElse(null));
        assertEquals(CertificateFingerprint.normalize(simulator.certificateFingerprint()),
            CertificateFingerprint.normalize(ArrowheadCore.connections().secrets()
                .pinnedFingerprint(lab.settings().endpoint()).orElseThrow()));
        console.reveal("Lab", lab.model().system().name());
    }

    @Test
    void aFailedTestKeepsFinishDisabledAndShowsTheWholeReason() throws Exception {
        ArrowheadCore.connections().secrets().pinFingerprint(SavedGateways.endpoint(simulator),
            simulator.certificateFingerprint());
        String reason = refusal("operator", "not-the-secret");
        Shell wizard = openWizard("not-the-secret");
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        assertFalse(ui.onUi(finish::isEnabled), "an untested gateway cannot be finished");

        ui.input().click(ui.find(wizard).withId(Button.class, "gateway.test"));
        Text outcome = text(wizard, "gateway.testOutcome");
        ui.waitUntil("the test's reason in the page", () -> outcome.getText().equals(reason));
        ui.screenshot("failed-connection-test");
        assertFalse(ui.onUi(finish::isEnabled), "a failed test keeps Finish disabled");
        assertTrue(ui.onUi(() -> (outcome.getStyle() & SWT.WRAP) != 0 && fitsInside(outcome, wizard)),
            "the reason wraps within the wizard rather than running past its edge");

        Button saveUntested = ui.find(wizard).withId(Button.class, "gateway.saveUntested");
        ui.input().click(saveUntested);
        ui.waitUntil("choosing to save untested to enable Finish", finish::isEnabled);
        ui.input().click(saveUntested);
        ui.waitUntil("changing one's mind to disable Finish again", () -> !finish.isEnabled());
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void aPassedTestEnablesFinishUntilTheLoginChanges() throws Exception {
        ArrowheadCore.connections().secrets().pinFingerprint(SavedGateways.endpoint(simulator),
            simulator.certificateFingerprint());
        Shell wizard = openWizard("wizard-secret");
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        Text outcome = text(wizard, "gateway.testOutcome");
        ui.input().click(ui.find(wizard).withId(Button.class, "gateway.test"));
        ui.waitUntil("a passed test to enable Finish", finish::isEnabled);
        assertTrue(ui.onUi(() -> outcome.getText().startsWith("Connected to system")), "the page says so");

        ui.input().typeInto(text(wizard, "gateway.password"), "x");
        ui.waitUntil("a changed password to need a new test", () -> !finish.isEnabled());
        assertEquals("", ui.onUi(() -> outcome.getText()),
            "the outcome of the earlier test no longer shows");
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void eachFieldIsNamedForAScreenReaderByItsLabel() {
        Shell wizard = openWizard("");
        Map<String, String> labels = Map.of("gateway.url", Messages.GatewayPage_url, "gateway.name",
            Messages.GatewayPage_name, "gateway.user", Messages.GatewayPage_user, "gateway.password",
            Messages.GatewayPage_password);
        labels.forEach((id, label) -> {
            Text field = text(wizard, id);
            assertEquals(WidgetTexts.plain(label), ui.onUi(() -> AccessibleNames.of(field)), id);
        });
        ui.dialogs().close(wizard, "Cancel");
    }

    /** Opens the wizard and fills it in for the simulator; an empty password leaves that field empty. */
    private Shell openWizard(String password) {
        console.navigator();
        console.execute("io.arrowhead.ui.commands.addGateway");
        Shell wizard = ui.shell("Add Gateway");
        ui.input().typeInto(text(wizard, "gateway.url"), simulator.endpoint().toString());
        ui.input().replaceText(text(wizard, "gateway.name"), "Lab");
        ui.input().replaceText(text(wizard, "gateway.user"), "operator");
        if (!password.isEmpty()) {
            ui.input().typeInto(text(wizard, "gateway.password"), password);
        }
        return wizard;
    }

    /** What the console says when the simulator refuses the login, read without the wizard. */
    private String refusal(String user, String password) {
        GatewayClientException refused = assertThrows(GatewayClientException.class, () -> ArrowheadCore
            .connections().probe(simulator.endpoint().toString(), user, password.toCharArray(),
                new NullProgressMonitor()));
        return GatewayErrors.describe(refused);
    }

    private static boolean fitsInside(Text text, Shell shell) {
        Rectangle bounds = text.getDisplay().map(text.getParent(), shell, text.getBounds());
        return bounds.x >= 0 && bounds.x + bounds.width <= shell.getClientArea().width;
    }

    private Text text(Shell shell, String id) {
        return ui.find(shell).withId(Text.class, id);
    }
}
