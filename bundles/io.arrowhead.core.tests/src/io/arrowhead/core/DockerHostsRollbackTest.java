package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostsEvent;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;

/**
 * Updating or removing a Docker host is all or nothing. The preferences file or the secure storage file is made
 * unwritable for real (a directory takes its place), and the console, the preferences and secure storage must all
 * still hold the old state, with no event sent.
 */
class DockerHostsRollbackTest {

    private static final HostDefinition FIRST = HostDefinition.of("10.0.0.5", "root", new HostAuthentication.Password());
    private static final HostDefinition SECOND = HostDefinition.of("10.0.0.6", "admin", new HostAuthentication.Agent());

    private CoreFixture fixture;
    private Preferences preferences;
    private DockerHosts hosts;
    private ManagedHost one;
    private ManagedHost two;
    private final List<HostsEvent.Kind> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        preferences = ConfigurationScope.INSTANCE.getNode("io.arrowhead.core.tests.rollback." + UUID.randomUUID());
        hosts = newHosts();
        one = hosts.add("one", FIRST, "first".toCharArray());
        two = hosts.add("two", HostDefinition.of("10.0.0.7", "root", new HostAuthentication.Password()),
            "other".toCharArray());
        hosts.addListener(event -> events.add(event.kind()));
    }

    @AfterEach
    void stop() throws Exception {
        hosts.close();
        Preferences scope = preferences.parent();
        preferences.removeNode();
        scope.flush();
        fixture.close();
    }

    @Test
    void anUpdateWhosePreferencesCannotBeSavedChangesNothing() throws Exception {
        try (Unwritable blocked = new Unwritable(preferencesFile())) {
            SecretStoreException failure = assertThrows(SecretStoreException.class,
                () -> hosts.update(one, "renamed", SECOND, "second".toCharArray()));
            assertTrue(failure.getMessage().startsWith("The changes to the Docker host one were not made: Could not "
                + "save the Docker host list"), failure.getMessage());
            assertOneUnchanged();
        }
        assertOneUnchanged();
    }

    @Test
    void anUpdateWhoseSecretCannotBeSavedPutsTheSettingsBack() throws Exception {
        try (Unwritable blocked = new Unwritable(fixture.directory.resolve("secure_storage"))) {
            SecretStoreException failure = assertThrows(SecretStoreException.class,
                () -> hosts.update(one, "renamed", FIRST, "second".toCharArray()));
            assertTrue(failure.getMessage().contains("Could not save the SSH secret"), failure.getMessage());
            assertOneUnchanged();
            assertThrows(SecretStoreException.class, () -> hosts.update(one, "renamed", SECOND, null),
                "switching to the agent forgets the secret, which fails too");
            assertOneUnchanged();
        }
        hosts.update(one, "renamed", SECOND, null);
        assertEquals("renamed", newHosts().find(one.id()).orElseThrow().name(), "nothing is stuck afterwards");
        assertTrue(fixture.secrets.hostSecret(one.id()).isEmpty());
    }

    @Test
    void aRemovalWhosePreferencesCannotBeSavedKeepsTheHost() throws Exception {
        try (Unwritable blocked = new Unwritable(preferencesFile())) {
            assertThrows(SecretStoreException.class, () -> hosts.remove(one));
            assertOneUnchanged();
        }
    }

    @Test
    void aRemovalWhoseSecretCannotBeRemovedPutsTheSettingsBackInTheirPlace() throws Exception {
        try (Unwritable blocked = new Unwritable(fixture.directory.resolve("secure_storage"))) {
            SecretStoreException failure = assertThrows(SecretStoreException.class, () -> hosts.remove(one));
            assertTrue(failure.getMessage().startsWith("The Docker host one was not removed: "), failure.getMessage());
            assertOneUnchanged();
            assertEquals(List.of("one", "two"), newHosts().all().stream().map(ManagedHost::name).toList(),
                "the saved order is kept");
        }
        hosts.remove(one);
        assertEquals(List.of(two.id()), newHosts().all().stream().map(ManagedHost::id).toList());
    }

    /** Memory, the preferences (read by a fresh console) and secure storage all hold the host as first added. */
    private void assertOneUnchanged() throws Exception {
        assertEquals("one", one.name());
        assertEquals(FIRST, one.definition());
        assertEquals(List.of(one, two), hosts.all());
        ManagedHost saved = newHosts().find(one.id()).orElseThrow();
        assertEquals("one", saved.name());
        assertEquals(FIRST, saved.definition());
        assertArrayEquals("first".toCharArray(), fixture.secrets.hostSecret(one.id()).orElseThrow());
        assertEquals(List.of(), events, "listeners hear of no change that did not happen");
    }

    /** The file the preferences are written to (the configuration area's, as the tests have no instance area). */
    private Path preferencesFile() throws Exception {
        preferences.flush();
        IPath location = ConfigurationScope.INSTANCE.getLocation();
        assertTrue(location != null, "the test runtime has a configuration area");
        try (Stream<Path> files = Files.walk(Path.of(location.toOSString()))) {
            return files.filter(f -> f.getFileName().toString().equals(preferences.name() + ".prefs")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + preferences.name() + ".prefs under " + location));
        }
    }

    private DockerHosts newHosts() {
        return new DockerHosts(fixture.secrets, preferences, fixture.directory.resolve("app"),
            new OperationsLog(fixture.directory.resolve("app")));
    }

    /** Moves a file aside and puts a non-empty directory in its place, so writing it fails; close puts it back. */
    private static final class Unwritable implements AutoCloseable {
        private final Path file;
        private final Path aside;

        Unwritable(Path file) throws Exception {
            this.file = file;
            this.aside = file.resolveSibling(file.getFileName() + ".aside");
            Files.move(file, aside);
            Files.createDirectories(file);
            Files.writeString(file.resolve("blocker"), "a directory where the file was");
        }

        @Override
        public void close() throws Exception {
            Files.delete(file.resolve("blocker"));
            Files.delete(file);
            Files.move(aside, file);
        }
    }
}
