package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.internal.wizards.UiTrustCallback;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * A gateway whose certificate changed since the user pinned it: the connection is refused with a warning that
 * names both fingerprints, the user is not offered to trust the new one, and the pin stays.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChangedCertificateTest {

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
    void aCertificateThatNoLongerMatchesItsPinIsRefusedWithBothFingerprints() throws Exception {
        GatewaySimulator before = gateways.start("operator", "pinned-secret");
        GatewayConnection lab = gateways.add("Pinned Lab", before, "operator", "pinned-secret");
        String pinned = before.certificateFingerprint();
        int port = before.endpoint().getPort();
        before.close();
        // the same address, but a new data directory and so a new certificate
        GatewaySimulator after = gateways.start("operator", "pinned-secret", port,
            Files.createTempDirectory("ui-gateway-renewed"));
        String presented = after.certificateFingerprint();
        assertNotEquals(CertificateFingerprint.normalize(pinned), CertificateFingerprint.normalize(presented));

        console.select(gateways.item("Pinned Lab"));
        console.execute("io.arrowhead.ui.commands.connect");
        Shell warning = ui.withTimeout(java.time.Duration.ofSeconds(40)).shell(UiTrustCallback.PIN_MISMATCH_TITLE);
        String message = String.join("\n", ui.dialogs().messages(warning));
        assertTrue(normalized(message).contains(CertificateFingerprint.normalize(pinned)), message);
        assertTrue(normalized(message).contains(CertificateFingerprint.normalize(presented)), message);
        assertEquals(List.of("OK"), ui.dialogs().buttons(warning), "the new certificate cannot be trusted here");
        ui.dialogs().close(warning, "OK");

        console.awaitGatewayJobs();
        ui.waitUntil("the gateway to fail", () -> lab.state() == ConnectionState.FAILED);
        assertEquals(CertificateFingerprint.normalize(pinned), CertificateFingerprint.normalize(
            gateways.secrets().pinnedFingerprint(SavedGateways.endpoint(after)).orElseThrow()), "the pin stays");
    }

    /** The message's fingerprints in the normal form, whichever separators the dialog uses. */
    private static String normalized(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\s+")) {
            try {
                out.append(CertificateFingerprint.normalize(line)).append('\n');
            } catch (IllegalArgumentException notAFingerprint) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
