package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.ui.internal.hosts.DockerHostWizard;
import io.arrowhead.ui.internal.hosts.HostKeyDialog;
import io.arrowhead.ui.internal.hosts.Messages;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;
import io.arrowhead.ui.testing.WidgetTexts;

/**
 * Adding a Docker host through the wizard: Finish waits for a passed connection test (or the choice to save
 * untested), the test shows what the host runs and which SDC it is, and the saved host keeps its password in secure
 * storage only.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DockerHostWizardTest {

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);
    private TestDockerHost host;

    @BeforeEach
    void start() throws Exception {
        console.resetLayout();
        host = new TestDockerHost();
    }

    @AfterEach
    void stop() throws Exception {
        console.closeStrayShells();
        host.close();
    }

    @Test
    void addsAHostAfterAPassedTestWithItsPasswordInSecureStorageOnly() throws Exception {
        Shell wizard = openWizard(host.emulated, TestDockerHost.USER, TestDockerHost.PASSWORD);
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        assertFalse(ui.onUi(finish::isEnabled), "an untested host cannot be finished");

        ui.input().click(ui.find(wizard).withId(Button.class, "host.test"));
        Shell question = ui.shell(HostKeyDialog.TITLE);
        Text fingerprint = ui.find(question).withId(Text.class, "hostKey.fingerprint");
        assertEquals(host.emulated.hostKeyFingerprint(), ui.onUi(() -> fingerprint.getText()));
        ui.dialogs().close(question, "Trust Permanently");

        Text outcome = ui.find(wizard).withId(Text.class, "host.testOutcome");
        ui.waitUntil("the probe in the page", () -> outcome.getText().contains("Kernel: Linux"));
        String shown = ui.onUi(() -> outcome.getText());
        assertTrue(shown.contains("SDC GUID: " + host.emulated.sdcGuid()), shown);
        assertTrue(shown.contains("Docker: ") && !shown.contains("not usable"), shown);
        assertTrue(shown.contains("not known to any connected gateway"), shown);
        ui.screenshot("docker-host-test-passed");
        ui.waitUntil("a passed test to enable Finish", finish::isEnabled);
        ui.dialogs().close(wizard, "Finish");

        ManagedHost saved = ArrowheadCore.hosts().findByName("wizard-host").orElseThrow();
        assertEquals(host.definition(), saved.definition());
        assertArrayEquals(TestDockerHost.PASSWORD.toCharArray(),
            ArrowheadCore.connections().secrets().hostSecret(saved.id()).orElseThrow());
        assertFalse(preferenceValues(ConsolePreferences.node()).stream()
            .anyMatch(v -> v.contains(TestDockerHost.PASSWORD)), "the password is not in the preferences");
        assertEquals(List.of(host.emulated.hostKey()), host.keysInAppFile(), "trusted permanently");
    }

    @Test
    void aFailedTestKeepsFinishDisabledAndShowsTheWholeReason() {
        ArrowheadCore.hosts().hostKeys().trustForSession(host.definition(), host.emulated.hostKey());
        Shell wizard = openWizard(host.emulated, TestDockerHost.USER, "not-the-password");
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        ui.input().click(ui.find(wizard).withId(Button.class, "host.test"));
        Text outcome = ui.find(wizard).withId(Text.class, "host.testOutcome");
        ui.waitUntil("the reason in the page", () -> outcome.getText().contains(host.emulated.address()));
        assertFalse(ui.onUi(finish::isEnabled), "a failed test keeps Finish disabled");

        Button saveUntested = ui.find(wizard).withId(Button.class, "host.saveUntested");
        ui.input().click(saveUntested);
        ui.waitUntil("choosing to save untested to enable Finish", finish::isEnabled);
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.port"), "99999");
        ui.waitUntil("an invalid port to disable Finish", () -> !finish.isEnabled());
        assertTrue(ui.dialogs().messages(wizard).contains(Messages.DockerHostPage_portInvalid));
        ui.dialogs().close(wizard, "Cancel");
        assertTrue(ArrowheadCore.hosts().findByName("wizard-host").isEmpty(), "nothing was saved");
    }

    @Test
    void theTestNamesTheSdcAConnectedGatewayKnows() throws Exception {
        GatewayConnections connections = ArrowheadCore.connections();
        GatewayConnection lab = connections.addTransient(ConnectionSettings.create("Host Lab",
            host.simulator.endpoint().toString(), "admin"), TestDockerHost.GATEWAY_PASSWORD.toCharArray(),
            host.simulator.certificateFingerprint());
        try {
            connections.connect(lab).join();
            ui.waitUntil("the gateway to know the host's SDC", () -> SdcMatch.find(host.emulated.sdcGuid(),
                connections.all()).isPresent());
            ArrowheadCore.hosts().hostKeys().trustForSession(host.definition(), host.emulated.hostKey());
            Shell wizard = openWizard(host.emulated, TestDockerHost.USER, TestDockerHost.PASSWORD);
            ui.input().click(ui.find(wizard).withId(Button.class, "host.test"));
            Text outcome = ui.find(wizard).withId(Text.class, "host.testOutcome");
            String expected = "Matching SDC: wizard-host (" + host.emulated.sdcId() + ") on gateway Host Lab";
            ui.waitUntil("the matching SDC in the page", () -> outcome.getText().contains(expected));
            ui.dialogs().close(wizard, "Cancel");
        } finally {
            connections.remove(lab);
        }
    }

    @Test
    void eachFieldIsNamedForAScreenReaderByItsLabel() {
        Shell wizard = openWizard(host.emulated, TestDockerHost.USER, "");
        Map<String, String> labels = Map.of("host.name", Messages.DockerHostPage_name, "host.address",
            Messages.DockerHostPage_address, "host.port", Messages.DockerHostPage_port, "host.user",
            Messages.DockerHostPage_user, "host.keyFile", Messages.DockerHostPage_keyFile, "host.passphrase",
            Messages.DockerHostPage_passphrase, "host.password", Messages.DockerHostPage_passwordField);
        labels.forEach((id, label) -> {
            Text field = ui.find(wizard).withId(Text.class, id);
            assertEquals(WidgetTexts.plain(label), ui.onUi(() -> AccessibleNames.of(field)), id);
        });
        ui.dialogs().close(wizard, "Cancel");
    }

    /** Opens the wizard with its key (Ctrl+Shift+H) and fills it in for password login. */
    private Shell openWizard(EmulatedDockerHost target, String user, String password) {
        console.navigator();
        ui.input().press(SWT.CTRL | SWT.SHIFT, 'h');
        Shell wizard = ui.shell(DockerHostWizard.ADD_TITLE);
        ui.input().typeInto(ui.find(wizard).withId(Text.class, "host.address"), target.address());
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.name"), target.name());
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.port"), Integer.toString(target.port()));
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.user"), user);
        ui.input().click(ui.find(wizard).withId(Button.class, "host.auth.password"));
        if (!password.isEmpty()) {
            ui.input().typeInto(ui.find(wizard).withId(Text.class, "host.password"), password);
        }
        return wizard;
    }

    private static List<String> preferenceValues(Preferences node) throws Exception {
        List<String> values = new ArrayList<>();
        for (String key : node.keys()) {
            values.add(key + "=" + node.get(key, ""));
        }
        for (String child : node.childrenNames()) {
            values.addAll(preferenceValues(node.node(child)));
        }
        return values;
    }
}
