package io.arrowhead.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;

/** The secure storage file is readable and writable by its owner only, however it came to exist. */
class SecureStorageFileTest {

    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE);

    private final Path directory;

    SecureStorageFileTest() throws Exception {
        directory = Files.createTempDirectory("arrowhead-secure-storage");
    }

    @Test
    void aNewFileIsOwnerOnlyAfterASecretIsSaved() throws Exception {
        Path file = directory.resolve("new/secure_storage");
        EquinoxSecretStore store = open(file);

        store.setPassword("gateway-1", "secret".toCharArray());

        assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file));
        assertArrayEquals("secret".toCharArray(), open(file).password("gateway-1").orElseThrow());
    }

    @Test
    void aFileThatOthersCouldReadIsNarrowedWhenOpened() throws Exception {
        Path file = directory.resolve("secure_storage");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        EquinoxSecretStore store = open(file);
        assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file));

        store.setHostSecret("host-1", "passphrase".toCharArray());
        assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file));
    }

    @Test
    void aFileMadeAnewByASaveIsNarrowedAgain() throws Exception {
        Path file = directory.resolve("secure_storage");
        EquinoxSecretStore store = open(file);
        store.setPassword("gateway-1", "secret".toCharArray());
        Files.delete(file);

        store.setPassword("gateway-2", "other".toCharArray());

        assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(file));
    }

    @Test
    void theFileIsFoundWhereEquinoxLooksForIt() {
        String home = System.getProperty("user.home");
        assertEquals(Path.of("/tmp/keys/store"), SecureStorageFile.defaultLocation(
            List.of("--reset-demo", "-eclipse.keyring", "/tmp/keys/store"), Map.of("ECLIPSE_KEYRING", "/elsewhere")));
        assertEquals(Path.of(home, "keys/store"),
            SecureStorageFile.defaultLocation(List.of("-eclipse.keyring", "@user.home/keys/store"), Map.of()));
        assertEquals(Path.of("/elsewhere"),
            SecureStorageFile.defaultLocation(List.of(), Map.of("ECLIPSE_KEYRING", "/elsewhere")));
        assertEquals(Path.of(home, ".eclipse/org.eclipse.equinox.security/secure_storage"),
            SecureStorageFile.defaultLocation(List.of("-eclipse.keyring"), Map.of()));
    }

    private static EquinoxSecretStore open(Path file) throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return new EquinoxSecretStore(SecureStorageFile.open(file, options), file);
    }
}
