package io.arrowhead.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.SecretPurpose;
import io.arrowhead.core.internal.MasterPasswordProvider;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Secure storage asks for its master password through Arrowhead's prompt, from a background thread as when a gateway
 * connects: the prompt says why Arrowhead uses secure storage and which gateway needs it, asks a new password twice,
 * and after a wrong password explains and asks again. The storage is a file of its own, not the console's.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MasterPasswordPromptTest {

    private static final String TITLE = "Arrowhead Secure Storage";
    private static final String EXPLANATION = "Arrowhead keeps gateway and host passwords in Eclipse secure storage, "
        + "which is locked by a master password.";
    private static final String HINT_TITLE = "Secure Storage - Password Hint Needed";

    private final UiDriver ui = new UiDriver();
    private final Console console = new Console(ui);

    @AfterEach
    void closeDialogs() {
        console.closeStrayShells();
    }

    @Test
    void thePromptSaysWhyAndForWhichGatewayAndExplainsAWrongPassword() throws Exception {
        Path directory = Files.createTempDirectory("master-password");

        // No master password yet: saving a gateway's password asks for a new one, twice.
        ISecurePreferences storage = open(directory.resolve("secure_storage"));
        CompletableFuture<Void> saved = CompletableFuture.runAsync(() -> inBackground(
            SecretPurpose.savingGatewayPassword("Lab East"), () -> {
                storage.node("gateways/lab-east").put("password", "gateway-secret", true);
                storage.flush();
                return null;
            }));
        Shell create = ui.shell(TITLE);
        List<String> creating = ui.dialogs().messages(create);
        assertTrue(creating.contains(EXPLANATION), creating.toString());
        assertTrue(creating.stream().anyMatch(m -> m.contains("save the password of the gateway \"Lab East\"")),
            creating.toString());
        ui.input().typeInto(ui.find(create).withId(Text.class, "masterPassword.password"), "right-master");
        ui.input().typeInto(ui.find(create).withId(Text.class, "masterPassword.confirmation"), "right-master");
        ui.dialogs().close(create, "OK");
        // Equinox then offers a recovery hint, as the prompt announced.
        ui.dialogs().close(ui.shell(HINT_TITLE), "No");
        saved.get(30, TimeUnit.SECONDS);

        // As after a restart (the same file by another spelling, so nothing is cached): connecting asks for it.
        ISecurePreferences reopened = open(directory.resolve(".").resolve("secure_storage"));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> inBackground(
            SecretPurpose.connectingGateway("Lab East"),
            () -> reopened.node("gateways/lab-east").get("password", null)));
        Shell unlock = ui.shell(TITLE);
        List<String> unlocking = ui.dialogs().messages(unlock);
        assertTrue(unlocking.contains(EXPLANATION), unlocking.toString());
        assertTrue(unlocking.stream().anyMatch(m -> m.contains("connect to the gateway \"Lab East\"")),
            unlocking.toString());
        assertFalse(unlocking.stream().anyMatch(m -> m.contains("did not unlock")), unlocking.toString());
        assertEquals(1, ui.find(unlock).all(Text.class).size(), "one field for an existing password");
        ui.input().typeInto(ui.find(unlock).withId(Text.class, "masterPassword.password"), "wrong-master");
        ui.dialogs().close(unlock, "OK");

        Shell retry = ui.shell(TITLE);
        List<String> retrying = ui.dialogs().messages(retry);
        assertTrue(retrying.stream().anyMatch(m -> m.startsWith("That master password did not unlock secure storage")),
            retrying.toString());
        assertTrue(retrying.stream().anyMatch(m -> m.contains("\"Lab East\"")), retrying.toString());
        ui.input().typeInto(ui.find(retry).withId(Text.class, "masterPassword.password"), "right-master");
        ui.dialogs().close(retry, "OK");

        assertEquals("gateway-secret", read.get(30, TimeUnit.SECONDS));
    }

    /**
     * Secure storage in the file, using the core's provider, which asks through the dialog the console registered, and
     * allowed to prompt. The test runtime gives Equinox a default password on its command line, which Equinox adds to
     * every storage without one; an empty one keeps it out.
     */
    private static ISecurePreferences open(Path file) throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, null);
        options.put(IProviderHints.REQUIRED_MODULE_ID, MasterPasswordProvider.MODULE_ID);
        options.put(IProviderHints.PROMPT_USER, Boolean.TRUE);
        @SuppressWarnings("deprecation")
        var url = new File(file.toString()).toURL();
        return SecurePreferencesFactory.open(url, options);
    }

    private static <T> T inBackground(SecretPurpose purpose, SecretPurpose.Access<T, Exception> access) {
        try {
            return purpose.during(access);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
