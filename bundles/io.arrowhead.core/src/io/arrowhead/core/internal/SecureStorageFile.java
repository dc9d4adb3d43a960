package io.arrowhead.core.internal;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;

/**
 * The file of Equinox secure storage, readable and writable by its owner only. Equinox creates it with the default
 * mode (0644 under the usual umask) and rewrites it in place, so the file is made 0600 before Equinox first opens
 * it and a mode that was widened since is narrowed again. File systems without POSIX modes are left as they are.
 */
public final class SecureStorageFile {

    /** Equinox's own ways to name the default file, in its order: an argument, an environment variable, a default. */
    static final String KEYRING_ARGUMENT = "-eclipse.keyring";
    static final String KEYRING_ENVIRONMENT = "ECLIPSE_KEYRING";
    static final String DEFAULT_FILE = ".eclipse/org.eclipse.equinox.security/secure_storage";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecureStorageFile() {
    }

    /** The file Equinox would use for its default secure storage, given the application's arguments. */
    public static Path defaultLocation(List<String> applicationArgs, Map<String, String> environment) {
        for (int i = 0; i < applicationArgs.size() - 1; i++) {
            String value = applicationArgs.get(i + 1);
            if (KEYRING_ARGUMENT.equalsIgnoreCase(applicationArgs.get(i)) && !value.startsWith("-")) {
                return keyring(value);
            }
        }
        String fromEnvironment = environment.get(KEYRING_ENVIRONMENT);
        if (fromEnvironment != null) {
            return keyring(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), DEFAULT_FILE);
    }

    /**
     * Opens secure storage in the file, made owner-only first. Options such as a default password given on the
     * command line apply as they do to the default storage.
     */
    public static ISecurePreferences open(Path file) throws IOException {
        return open(file, null);
    }

    /** {@link #open(Path)} with Equinox options ({@code IProviderHints}), such as a default password for tests. */
    public static ISecurePreferences open(Path file, Map<Object, Object> optionsOrNull) throws IOException {
        restrictToOwner(file);
        return SecurePreferencesFactory.open(url(file), optionsOrNull);
    }

    /** Creates the file empty with mode 0600 if it is missing, else sets its mode to 0600 if it differs. */
    public static void restrictToOwner(Path file) throws IOException {
        if (!Files.getFileStore(existingAncestor(file)).supportsFileAttributeView("posix")) {
            return;
        }
        if (Files.notExists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                return;
            } catch (FileAlreadyExistsException raced) {
                // Created meanwhile by someone else: set its mode below.
            }
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** The URL the way Equinox spells it (unescaped), so that the console and Equinox share one open storage. */
    @SuppressWarnings("deprecation")
    private static URL url(Path file) throws IOException {
        return new File(file.toAbsolutePath().toString()).toURL();
    }

    private static Path keyring(String path) {
        String home = "@user.home";
        return path.startsWith(home) ? Path.of(System.getProperty("user.home"), path.substring(home.length()))
            : Path.of(path);
    }

    private static Path existingAncestor(Path file) {
        Path candidate = file.toAbsolutePath();
        while (candidate != null && Files.notExists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate == null ? Path.of("/") : candidate;
    }
}
