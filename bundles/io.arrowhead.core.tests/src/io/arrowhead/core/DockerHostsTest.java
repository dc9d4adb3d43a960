package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import io.arrowhead.hosts.HostSession;

class DockerHostsTest {

    private static final char[] PASSPHRASE = "key-passphrase-never-in-prefs".toCharArray();

    private CoreFixture fixture;
    private DockerHosts hosts;
    private final List<HostsEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        hosts = newHosts();
        hosts.addListener(events::add);
    }

    @AfterEach
    void stop() throws Exception {
        hosts.close();
        fixture.close();
    }

    @Test
    void hostsAreSavedWithTheirSecretInSecureStorageOnly() throws Exception {
        HostDefinition definition = new HostDefinition("docker-lab.example.com", 2222, "deploy",
            new HostAuthentication.KeyFile(Path.of("/home/op/.ssh/id_ed25519")), true);
        ManagedHost added = hosts.add("lab", definition, PASSPHRASE);

        DockerHosts restarted = newHosts();
        ManagedHost loaded = restarted.find(added.id()).orElseThrow();
        assertEquals("lab", loaded.name());
        assertEquals(definition, loaded.definition());
        assertFalse(loaded.isDemo());
        assertArrayEquals(PASSPHRASE, fixture.secrets.hostSecret(added.id()).orElseThrow());
        assertFalse(preferenceValues(fixture.preferences).stream().anyMatch(v -> v.contains(new String(PASSPHRASE))),
            "the passphrase is not in the preferences");
        assertEquals(List.of(HostsEvent.Kind.ADDED), events.stream().map(HostsEvent::kind).toList());
        restarted.close();
    }

    @Test
    void updatingAndRemovingFollowThroughToStorage() throws Exception {
        HostDefinition definition = HostDefinition.of("10.0.0.5", "root", new HostAuthentication.Password());
        ManagedHost host = hosts.add("one", definition, "first".toCharArray());
        hosts.update(host, "renamed", HostDefinition.of("10.0.0.6", "root", new HostAuthentication.Password()),
            "second".toCharArray());
        assertEquals("renamed", newHosts().find(host.id()).orElseThrow().name());
        assertEquals("10.0.0.6", newHosts().findByName("RENAMED").orElseThrow().definition().address());
        assertArrayEquals("second".toCharArray(), fixture.secrets.hostSecret(host.id()).orElseThrow());

        assertThrows(IllegalArgumentException.class, () -> hosts.add("Renamed", definition, null),
            "names are unique regardless of case");
        hosts.remove(host);
        assertTrue(newHosts().all().isEmpty());
        assertTrue(fixture.secrets.hostSecret(host.id()).isEmpty());
        assertEquals(List.of(HostsEvent.Kind.ADDED, HostsEvent.Kind.CHANGED, HostsEvent.Kind.REMOVED),
            events.stream().map(HostsEvent::kind).toList());
    }

    @Test
    void hostsAddedWithinOneMillisecondLoadInTheOrderTheyWereAdded() throws Exception {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = "host-" + i;
            hosts.add(name, HostDefinition.of("10.0.1." + (i + 1), "root", new HostAuthentication.Agent()), null);
            added.add(name);
        }
        assertEquals(added, newHosts().all().stream().map(ManagedHost::name).toList());
    }

    @Test
    void transientHostsAreNeverSaved() throws Exception {
        ManagedHost demo = hosts.addTransient("docker-01", HostDefinition.of("127.0.0.1", "arrowhead",
            new HostAuthentication.Password()), "pw".toCharArray(), null);
        assertTrue(demo.isDemo());
        assertTrue(hosts.all().contains(demo));
        assertTrue(newHosts().all().isEmpty());
        assertTrue(fixture.secrets.hostSecret(demo.id()).isEmpty());
    }

    @Test
    void anUnknownHostKeyIsRefusedWhenNobodyCanConfirmIt() throws Exception {
        try (HostsFixture withHosts = new HostsFixture()) {
            withHosts.hosts.hostKeys().forget(withHosts.a.definition());
            var failure = assertThrows(io.arrowhead.hosts.HostKeyRejectedException.class,
                () -> withHosts.hosts.open(withHosts.a));
            assertTrue(failure.getMessage().contains("no one could confirm"), failure.getMessage());

            withHosts.hosts.setHostKeyCallback((host, type, fingerprint) -> io.arrowhead.hosts.HostKeyDecision
                .ACCEPT_ONCE);
            try (HostSession session = withHosts.hosts.open(withHosts.a)) {
                assertTrue(session.isOpen());
            }
        }
    }

    @Test
    void anUnsavedDefinitionOpensWithTheGivenSecretOrTheEditedHostsAndStaysUnsaved() throws Exception {
        try (HostsFixture withHosts = new HostsFixture()) {
            HostDefinition saved = withHosts.a.definition();
            // a new instance, as a wizard builds it; its key is trusted for the session by the fixture
            HostDefinition typed = new HostDefinition(saved.address(), saved.port(), saved.user(),
                new HostAuthentication.Password(), false);
            char[] wrong = "not-the-password".toCharArray();
            assertThrows(io.arrowhead.hosts.HostAuthenticationException.class,
                () -> withHosts.hosts.openUnsaved(typed, wrong, withHosts.a));
            assertEquals("not-the-password", new String(wrong), "the caller's array stays as it was");
            try (HostSession session = withHosts.hosts.openUnsaved(typed, HostsFixture.HOST_PASSWORD.clone(), null)) {
                assertTrue(session.isOpen());
            }
            try (HostSession session = withHosts.hosts.openUnsaved(typed, null, withHosts.a)) {
                assertTrue(session.isOpen(), "without a typed secret, the edited host's saved one is used");
            }
            assertThrows(io.arrowhead.hosts.HostAuthenticationException.class,
                () -> withHosts.hosts.openUnsaved(typed, null, null));
            assertEquals(List.of(withHosts.a, withHosts.b), withHosts.hosts.all(), "nothing was added");
        }
    }

    private DockerHosts newHosts() {
        return new DockerHosts(fixture.secrets, fixture.preferences, fixture.directory.resolve("app"),
            new OperationsLog(fixture.directory.resolve("app")));
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
