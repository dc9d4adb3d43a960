package io.arrowhead.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.MasterPasswordPrompt;
import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.core.SecretPurpose;
import io.arrowhead.core.SecretStoreException;

/**
 * The core's master-password provider in real Equinox secure storage, in files of the test's own and without a
 * default password, asking a scripted prompt registered through {@link ArrowheadCore#setMasterPasswordPrompt}.
 */
class MasterPasswordProviderTest {

    private static final String NODE = "gateways/lab-east";
    private static final SecretPurpose SAVING = SecretPurpose.savingGatewayPassword("Lab East");
    private static final SecretPurpose CONNECTING = SecretPurpose.connectingGateway("Lab East");

    private Path directory;
    private final ScriptedPrompt prompt = new ScriptedPrompt();

    @BeforeEach
    void registerPrompt() throws IOException {
        directory = Files.createTempDirectory("master-password");
        ArrowheadCore.setMasterPasswordPrompt(prompt);
    }

    @AfterEach
    void unregisterPrompt() {
        ArrowheadCore.setMasterPasswordPrompt(null);
    }

    @Test
    void aValueSavedThroughThePromptIsReadBackByAnotherStorageOnTheSameFile() throws Exception {
        Path file = directory.resolve("secure_storage");
        prompt.answers("right-master", "right-master");
        save(open(file, true));

        // The same file by another spelling, so that Equinox has no password cached for it, as after a restart.
        ISecurePreferences reopened = open(directory.resolve(".").resolve("secure_storage"), true);
        assertEquals("gateway-secret", CONNECTING.during(() -> reopened.node(NODE).get("password", null)));

        assertEquals(List.of(new MasterPasswordRequest(true, false, SAVING),
            new MasterPasswordRequest(false, false, CONNECTING)), prompt.requests);
        for (char[] given : prompt.given) {
            assertArrayEquals(new char[given.length], given, "the core clears each password it was given");
        }
    }

    @Test
    void aWrongPasswordIsAskedForAgainSayingItWasWrong() throws Exception {
        Path file = directory.resolve("secure_storage");
        prompt.answers("right-master", "wrong-master", "right-master");
        save(open(file, true));

        ISecurePreferences reopened = open(directory.resolve(".").resolve("secure_storage"), true);
        assertEquals("gateway-secret", CONNECTING.during(() -> reopened.node(NODE).get("password", null)));

        assertEquals(List.of(new MasterPasswordRequest(true, false, SAVING),
            new MasterPasswordRequest(false, false, CONNECTING), new MasterPasswordRequest(false, true, CONNECTING)),
            prompt.requests);
    }

    @Test
    void aStorageThatMayNotPromptNeverAsksAndFailsTheRead() throws Exception {
        Path file = directory.resolve("secure_storage");
        prompt.answers("right-master");
        save(open(file, true));

        ISecurePreferences silent = open(directory.resolve(".").resolve("secure_storage"), false);
        assertThrows(StorageException.class, () -> silent.node(NODE).get("password", null));
        assertEquals(1, prompt.requests.size(), prompt.requests.toString());
    }

    @Test
    void withoutARegisteredPromptAReadFailsRatherThanWaits() throws Exception {
        Path file = directory.resolve("secure_storage");
        prompt.answers("right-master");
        save(open(file, true));
        ArrowheadCore.setMasterPasswordPrompt(null);

        ISecurePreferences reopened = open(directory.resolve(".").resolve("secure_storage"), true);
        // A generous bound, only to turn a hang into a failure.
        assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> assertThrows(StorageException.class, () -> reopened.node(NODE).get("password", null)));
        assertEquals(1, prompt.requests.size(), prompt.requests.toString());
    }

    @Test
    void withoutAMasterPasswordASecretIsRefusedRatherThanSavedInPlainText() throws Exception {
        Path file = directory.resolve("secure_storage");
        EquinoxSecretStore store = new EquinoxSecretStore(open(file, true), file);

        SecretStoreException refused = assertThrows(SecretStoreException.class,
            () -> store.setPassword("lab-east", "gateway-secret".toCharArray()));
        assertTrue(refused.getMessage().contains("nothing was saved"), refused.getMessage());
        assertEquals(1, prompt.requests.size(), "the prompt was asked and gave no password");
        assertTrue(store.password("lab-east").isEmpty(), "no value is left in the storage");
        assertFalse(Files.exists(file) && Files.readString(file).contains("gateway-secret"), "no plain text in the file");
    }

    private static void save(ISecurePreferences storage) throws Exception {
        SAVING.during(() -> {
            storage.node(NODE).put("password", "gateway-secret", true);
            storage.flush();
            return null;
        });
    }

    /** Secure storage in the file through the core's provider only, with no default password to bypass it. */
    private static ISecurePreferences open(Path file, boolean mayPrompt) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, null);
        options.put(IProviderHints.REQUIRED_MODULE_ID, MasterPasswordProvider.MODULE_ID);
        options.put(IProviderHints.PROMPT_USER, mayPrompt);
        @SuppressWarnings("deprecation")
        var url = new File(file.toString()).toURL();
        return SecurePreferencesFactory.open(url, options);
    }

    /** Answers with the passwords it was given, in order, and remembers what it was asked and what it answered. */
    private static final class ScriptedPrompt implements MasterPasswordPrompt {

        final List<MasterPasswordRequest> requests = new ArrayList<>();
        final List<char[]> given = new ArrayList<>();
        private final Deque<String> answers = new ArrayDeque<>();

        void answers(String... passwords) {
            answers.addAll(List.of(passwords));
        }

        @Override
        public synchronized char[] ask(MasterPasswordRequest request) {
            requests.add(request);
            String answer = answers.poll();
            if (answer == null) {
                return null;
            }
            char[] password = answer.toCharArray();
            given.add(password);
            return password;
        }
    }
}
