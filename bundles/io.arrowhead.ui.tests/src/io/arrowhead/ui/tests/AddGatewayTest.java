package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/** Adding a real gateway through the wizard, trusting its self-signed certificate in the trust dialog. */
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

    private Text text(Shell shell, String id) {
        return ui.find(shell).withId(Text.class, id);
    }
}
