package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostKeyStore;
import io.arrowhead.ui.internal.hosts.DockerHostWizard;
import io.arrowhead.ui.internal.hosts.HostKeyDialog;
import io.arrowhead.ui.internal.hosts.Messages;
import io.arrowhead.ui.internal.hosts.RemoveDockerHostHandler;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Host keys as the user meets them: an unknown key is shown with its fingerprint and trusted permanently, once or
 * not at all; a changed key is refused with both fingerprints until the old one is forgotten, from the wizard or with
 * Forget Host Key. Editing a host keeps its secret unless a new one is typed; removing it can forget its key too.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DockerHostManagementTest {

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
    void trustOnceConnectsWithoutWritingKnownHosts() {
        Shell wizard = testInWizard();
        answer("Trust Once");
        awaitOutcome(wizard, "Kernel: Linux");
        assertEquals(List.of(), host.keysInAppFile(), "nothing written for a key trusted once");
        assertTrue(ArrowheadCore.hosts().hostKeys().knownKeys(host.definition()).contains(host.emulated.hostKey()),
            "trusted for the session");
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void cancelRefusesTheKey() {
        Shell wizard = testInWizard();
        answer("Cancel");
        String outcome = awaitOutcome(wizard, "not trusted");
        assertTrue(outcome.contains(host.emulated.hostKeyFingerprint()), outcome);
        Button finish = ui.find(wizard).withText(Button.class, "Finish");
        assertFalse(ui.onUi(finish::isEnabled), "a refused key keeps Finish disabled");
        assertTrue(ArrowheadCore.hosts().hostKeys().knownKeys(host.definition()).isEmpty(), "nothing trusted");
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void aChangedKeyIsRefusedWithBothFingerprintsUntilTheOldOneIsForgotten() throws Exception {
        // another key of the emulated host's type (EC P-256), as a reinstalled host would present
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        PublicKey otherKey = generator.generateKeyPair().getPublic();
        ArrowheadCore.hosts().hostKeys().trust(host.definition(), otherKey);
        Shell wizard = testInWizard();
        String outcome = awaitOutcome(wizard, "has changed");
        assertTrue(outcome.contains(HostKeyStore.fingerprint(otherKey)), "the recorded key: " + outcome);
        assertTrue(outcome.contains(host.emulated.hostKeyFingerprint()), "the presented key: " + outcome);
        assertTrue(outcome.contains("Forget Host Key"), "how to resolve it: " + outcome);
        ui.screenshot("changed-host-key");

        ui.input().click(ui.find(wizard).withId(Button.class, "host.forgetKey"));
        Shell confirm = ui.shell(Messages.ForgetHostKey_title);
        assertTrue(ui.dialogs().messages(confirm).stream()
            .anyMatch(m -> m.contains(HostKeyStore.fingerprint(otherKey)) && m.contains("wizard-host")));
        ui.dialogs().close(confirm, "Forget");
        ui.waitUntil("the old key to be forgotten", () -> host.keysInAppFile().isEmpty());

        ui.input().click(ui.find(wizard).withId(Button.class, "host.test"));
        answer("Trust Permanently");
        awaitOutcome(wizard, "Kernel: Linux");
        assertEquals(List.of(host.emulated.hostKey()), host.keysInAppFile());
        ui.dialogs().close(wizard, "Cancel");
    }

    @Test
    void forgetHostKeyRemovesTheRecordedKeyAfterConfirmation() throws Exception {
        ManagedHost saved = ArrowheadCore.hosts().add("wizard-host", host.definition(),
            TestDockerHost.PASSWORD.toCharArray());
        ArrowheadCore.hosts().hostKeys().trust(host.definition(), host.emulated.hostKey());
        executeOn("io.arrowhead.ui.commands.forgetHostKey", saved);
        Shell confirm = ui.shell(Messages.ForgetHostKey_title);
        assertTrue(ui.dialogs().messages(confirm).stream()
            .anyMatch(m -> m.contains(host.emulated.hostKeyFingerprint())));
        ui.dialogs().close(confirm, "Cancel");
        assertEquals(List.of(host.emulated.hostKey()), host.keysInAppFile(), "kept when the user cancels");

        executeOn("io.arrowhead.ui.commands.forgetHostKey", saved);
        ui.dialogs().close(ui.shell(Messages.ForgetHostKey_title), "Forget");
        ui.waitUntil("the key to be forgotten", () -> host.keysInAppFile().isEmpty());
        assertTrue(ArrowheadCore.hosts().all().contains(saved), "the host itself stays");
    }

    @Test
    void removeDockerHostRemovesItsSecretAndOnRequestItsKey() throws Exception {
        ManagedHost saved = ArrowheadCore.hosts().add("wizard-host", host.definition(),
            TestDockerHost.PASSWORD.toCharArray());
        ArrowheadCore.hosts().hostKeys().trust(host.definition(), host.emulated.hostKey());
        executeOn("io.arrowhead.ui.commands.removeDockerHost", saved);
        Shell confirm = ui.shell(RemoveDockerHostHandler.TITLE);
        assertTrue(ui.dialogs().messages(confirm).stream().anyMatch(m -> m.contains("wizard-host")));
        ui.input().click(ui.find(confirm).withText(Button.class, "Also forget the recorded host keys"));
        ui.dialogs().close(confirm, "Remove");
        ui.waitUntil("the host to be removed", () -> ArrowheadCore.hosts().find(saved.id()).isEmpty());
        ui.waitUntil("its key to be forgotten", () -> host.keysInAppFile().isEmpty());
        assertTrue(ArrowheadCore.connections().secrets().hostSecret(saved.id()).isEmpty(), "its password is gone");
    }

    @Test
    void editingAHostKeepsItsSavedPasswordUnlessANewOneIsTyped() throws Exception {
        ManagedHost saved = ArrowheadCore.hosts().add("wizard-host", host.definition(),
            TestDockerHost.PASSWORD.toCharArray());
        executeOn("io.arrowhead.ui.commands.editDockerHost", saved);
        Shell wizard = ui.shell(DockerHostWizard.EDIT_TITLE);
        Text address = text(wizard, "host.address");
        assertEquals(host.emulated.address(), ui.onUi(() -> address.getText()));
        assertTrue(ui.onUi(() -> ui.find(wizard).all(Button.class).stream()
            .noneMatch(b -> "host.saveUntested".equals(b.getData(UiDriver.WIDGET_ID_KEY)))),
            "an edited host needs no test to be saved");
        ui.input().replaceText(text(wizard, "host.name"), "renamed-host");
        ui.input().click(ui.find(wizard).withId(Button.class, "host.sudo"));
        ui.dialogs().close(wizard, "Finish");

        assertEquals("renamed-host", saved.name());
        assertTrue(saved.definition().sudo());
        assertEquals(TestDockerHost.PASSWORD,
            new String(ArrowheadCore.connections().secrets().hostSecret(saved.id()).orElseThrow()),
            "the empty password field kept the saved password");
    }

    /** Opens the wizard for the test host with password login and presses Test Connection. */
    private Shell testInWizard() {
        console.navigator();
        console.execute("io.arrowhead.ui.commands.addDockerHost");
        Shell wizard = ui.shell(DockerHostWizard.ADD_TITLE);
        ui.input().typeInto(ui.find(wizard).withId(Text.class, "host.address"), host.emulated.address());
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.name"), "wizard-host");
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.port"),
            Integer.toString(host.emulated.port()));
        ui.input().replaceText(ui.find(wizard).withId(Text.class, "host.user"), TestDockerHost.USER);
        ui.input().click(ui.find(wizard).withId(Button.class, "host.auth.password"));
        ui.input().typeInto(ui.find(wizard).withId(Text.class, "host.password"), TestDockerHost.PASSWORD);
        ui.input().click(ui.find(wizard).withId(Button.class, "host.test"));
        return wizard;
    }

    private Text text(Shell shell, String id) {
        return ui.find(shell).withId(Text.class, id);
    }

    private void answer(String button) {
        Shell question = ui.shell(HostKeyDialog.TITLE);
        Text fingerprint = ui.find(question).withId(Text.class, "hostKey.fingerprint");
        assertEquals(host.emulated.hostKeyFingerprint(), ui.onUi(() -> fingerprint.getText()));
        ui.dialogs().close(question, button);
    }

    private String awaitOutcome(Shell wizard, String part) {
        Text outcome = ui.find(wizard).withId(Text.class, "host.testOutcome");
        ui.waitUntil("'" + part + "' in the page", () -> outcome.getText().contains(part));
        return ui.onUi(() -> outcome.getText());
    }

    /** Runs a command on a selection of one element, as a view whose selection it is would. */
    private void executeOn(String commandId, Object element) {
        ui.trigger("running " + commandId, () -> {
            try {
                IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getService(IHandlerService.class);
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                IEvaluationContext context = handlers.createContextSnapshot(false);
                context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(element));
                handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                    java.util.Map.of()), null, context);
            } catch (Exception e) {
                throw new AssertionError("could not run " + commandId + ": " + e, e);
            }
        });
    }
}
