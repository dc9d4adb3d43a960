package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostBacking;
import io.arrowhead.core.hosts.HostDockerVolume;
import io.arrowhead.core.hosts.HostInventories;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.EmulatedHostSettings;
import io.arrowhead.scaleio.client.model.Volume;

/** Host checks against emulated hosts and the simulator: each state, the volumes and containers, and recovery. */
class HostInventoriesTest {

    private HostsFixture fixture;
    private volatile Collection<GatewayConnection> gateways;
    private HostInventories inventories;
    private final List<HostInventory> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
        gateways = List.of(fixture.connection);
        inventories = new HostInventories(fixture.hosts, () -> gateways);
        inventories.addListener(heard::add);
    }

    @AfterEach
    void stop() throws Exception {
        inventories.close();
        Job.getJobManager().join(HostInventories.FAMILY, null);
        fixture.close();
    }

    @Test
    void aReachableHostWhoseSdcTheGatewayKnowsIsConnected() throws Exception {
        assertEquals(HostState.UNKNOWN, inventories.current(fixture.a).state());
        HostInventory checked = check(fixture.a);

        assertEquals(HostState.CONNECTED, checked.state(), checked.problem());
        assertEquals(fixture.emulatedA.sdcGuid(), checked.probe().sdcGuid());
        assertNotNull(checked.probe().dockerVersion());
        assertSame(fixture.connection, checked.sdc().connection());
        assertEquals(fixture.emulatedA.sdcId(), checked.sdc().sdc().id());
        assertEquals("docker-a", checked.sdc().sdcLabel());
        assertNotNull(checked.checkedAt());
        assertTrue(heard.stream().anyMatch(i -> i.state() == HostState.CHECKING), "listeners hear the check start");
    }

    @Test
    void anSdcNoConnectedGatewayKnowsIsMatchedOnceAGatewayLoadsWithoutAnotherCheck() throws Exception {
        gateways = List.of();
        HostInventory checked = check(fixture.a);
        assertEquals(HostState.SDC_UNKNOWN, checked.state());
        assertTrue(checked.problem().contains(fixture.emulatedA.sdcGuid()), checked.problem());

        gateways = List.of(fixture.connection);
        inventories.rematchSdcs();
        HostInventory matched = inventories.current(fixture.a);
        assertEquals(HostState.CONNECTED, matched.state());
        assertEquals(checked.checkedAt(), matched.checkedAt(), "matched from the known GUID, not checked again");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ManagedHost nowhere = fixture.hosts.add("nowhere", new HostDefinition("127.0.0.1", closedPort,
            HostsFixture.HOST_USER, new HostAuthentication.Password(), false), HostsFixture.HOST_PASSWORD);
        HostInventory checked = awaitState(nowhere, i -> i.checkedAt() != null, "the check after adding");
        assertEquals(HostState.UNREACHABLE, checked.state());
        assertTrue(checked.problem().contains("Cannot connect"), checked.problem());
    }

    @Test
    void aChangedHostKeyIsReportedAndNothingRuns() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        fixture.hosts.hostKeys().forget(fixture.a.definition());
        fixture.hosts.hostKeys().trustForSession(fixture.a.definition(), generator.generateKeyPair().getPublic());
        HostInventory checked = check(fixture.a);
        assertEquals(HostState.HOST_KEY_CHANGED, checked.state());
        assertTrue(checked.problem().contains(fixture.emulatedA.hostKeyFingerprint()), checked.problem());
    }

    @Test
    void aBackgroundCheckRefusesAnUnknownKeyWithoutAskingWhileARefreshAsks() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        fixture.hosts.setHostKeyCallback((host, type, fingerprint) -> {
            asked.add(fingerprint);
            return HostKeyDecision.ACCEPT_ONCE;
        });
        fixture.hosts.hostKeys().forget(fixture.a.definition());

        Job background = inventories.check(fixture.a);
        background.join();
        HostInventory quiet = inventories.current(fixture.a);
        assertEquals(HostState.HOST_KEY_UNTRUSTED, quiet.state(), quiet.problem());
        assertTrue(quiet.problem().contains("not trusted yet"), quiet.problem());
        assertTrue(asked.isEmpty(), "a background check asks no one: " + asked);

        HostInventory refreshed = check(fixture.a);
        assertEquals(List.of(fixture.emulatedA.hostKeyFingerprint()), asked, "a refresh asks about the key");
        assertEquals(HostState.CONNECTED, refreshed.state(), refreshed.problem());
    }

    @Test
    void aRefreshWhileABackgroundCheckWaitsStillAsksAboutTheKey() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        fixture.hosts.setHostKeyCallback((host, type, fingerprint) -> {
            asked.add(fingerprint);
            return HostKeyDecision.ACCEPT_ONCE;
        });
        fixture.hosts.hostKeys().forget(fixture.a.definition());
        Job.getJobManager().join(fixture.a, null);

        Job background;
        Job refresh;
        var held = fixture.a.rule();
        Job.getJobManager().beginRule(held, null);
        try {
            background = inventories.check(fixture.a);
            refresh = inventories.refresh(fixture.a);
        } finally {
            Job.getJobManager().endRule(held);
        }
        refresh.join();
        background.join();
        assertEquals(List.of(fixture.emulatedA.hostKeyFingerprint()), asked, "the user's refresh asks about the key");
        HostInventory refreshed = inventories.current(fixture.a);
        assertEquals(HostState.CONNECTED, refreshed.state(), refreshed.problem());
    }

    @Test
    void aWrongPasswordIsALoginRefused() throws Exception {
        fixture.hosts.update(fixture.b, fixture.b.name(), fixture.b.definition(), "wrong".toCharArray());
        HostInventory checked = awaitState(fixture.b, i -> i.checkedAt() != null, "the check after the update");
        assertEquals(HostState.LOGIN_REFUSED, checked.state(), checked.problem());
    }

    @Test
    void anAttachIsFollowedByACheckThatListsTheVolumeAndItsContainers() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        fixture.emulatedA.startContainer("scratchpad", "scratch");
        HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("pgdata")));
        HostInventory attached = awaitState(fixture.a, i -> i.state() == HostState.CONNECTED
            && i.scaleIoVolumes().stream().anyMatch(v -> v.name().equals("pgdata")), "the check after the attach");
        HostDockerVolume pgdata = attached.scaleIoVolumes().getFirst();
        assertEquals(volume.id(), pgdata.volumeId());
        assertEquals(fixture.core.simulator.systemId(), pgdata.systemId());
        assertEquals("ext4", pgdata.filesystem());
        assertTrue(pgdata.containers().isEmpty());
        assertEquals(List.of("scratch"), attached.otherVolumes().stream().map(v -> v.name()).toList());
        assertEquals(List.of(new HostBacking(fixture.a, "pgdata")),
            inventories.backing(fixture.core.simulator.systemId(), volume.id()));
        assertEquals("docker-a:pgdata", inventories.backing(null, volume.id()).getFirst().label());

        fixture.emulatedA.startContainer("postgres", "pgdata");
        HostDockerVolume used = check(fixture.a).scaleIoVolumes().getFirst();
        ContainerUse container = used.containers().getFirst();
        assertEquals("postgres", container.name());
        assertEquals("running", container.state());
        assertNotNull(container.image());
        assertTrue(used.mounted());
    }

    @Test
    void anAttachAMoveAndADetachShowAtOnceFromTheOperationAndTheChecksThatFollowConfirmThem() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        HostInventory beforeA = check(fixture.a);
        HostInventory beforeB = check(fixture.b);

        HostsFixture.run(HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("pgdata")));
        HostInventory shown = firstHeard(fixture.a, i -> has(i, "pgdata"));
        assertEquals(beforeA.checkedAt(), shown.checkedAt(), "shown from the operation, before any check");
        HostDockerVolume fromRecord = shown.scaleIoVolumes().getFirst();
        assertEquals(volume.id(), fromRecord.volumeId());
        assertEquals(fixture.core.simulator.systemId(), fromRecord.systemId());
        HostInventory confirmed = awaitState(fixture.a, i -> i.state() == HostState.CONNECTED && has(i, "pgdata")
            && i.checkedAt().isAfter(beforeA.checkedAt()), "the check that confirms the attach");
        assertEquals("ext4", confirmed.scaleIoVolumes().getFirst().filesystem());

        heard.clear();
        HostsFixture.run(HostOperations.move(fixture.connection, "pgdata", fixture.a, fixture.b,
            AttachOptions.DEFAULT_DEVICE_TIMEOUT));
        HostInventory arrived = firstHeard(fixture.b, i -> has(i, "pgdata"));
        assertEquals(beforeB.checkedAt(), arrived.checkedAt(), "shown on the target from the operation");
        assertEquals("ext4", arrived.scaleIoVolumes().getFirst().filesystem(), "the filesystem the source listed");
        HostInventory left = firstHeard(fixture.a, i -> !has(i, "pgdata"));
        assertEquals(confirmed.checkedAt(), left.checkedAt(), "gone from the source from the operation");
        awaitState(fixture.b, i -> has(i, "pgdata") && i.checkedAt().isAfter(beforeB.checkedAt()),
            "the check that confirms the move");

        heard.clear();
        HostInventory beforeDetach = inventories.current(fixture.b);
        HostsFixture.run(HostOperations.detach(fixture.connection, fixture.b, "pgdata"));
        HostInventory detached = firstHeard(fixture.b, i -> !has(i, "pgdata"));
        assertEquals(beforeDetach.checkedAt(), detached.checkedAt(), "gone from the operation, before any check");
        awaitState(fixture.b, i -> !has(i, "pgdata") && i.checkedAt().isAfter(beforeDetach.checkedAt()),
            "the check that confirms the detach");
    }

    @Test
    void aHostThatStopsAnsweringKeepsWhatWasKnownAndRecoversOnRefresh() throws Exception {
        EmulatedDockerHost emulated = startHost(0);
        emulated.startContainer("cache", "cache-data");
        // Its SDC registered just now; the gateway's model must know it for the host to be connected.
        CoreFixture.join(fixture.core.connections.refresh(fixture.connection));
        HostDefinition definition = new HostDefinition(emulated.address(), emulated.port(), HostsFixture.HOST_USER,
            new HostAuthentication.Password(), false);
        fixture.hosts.hostKeys().trustForSession(definition, emulated.hostKey());
        ManagedHost host = fixture.hosts.add("docker-c", definition, HostsFixture.HOST_PASSWORD);
        int port = emulated.port();
        try {
            HostInventory good = awaitState(host, i -> i.state() == HostState.CONNECTED, "the first check");
            emulated.close();

            HostInventory lost = check(host);
            assertEquals(HostState.UNREACHABLE, lost.state());
            assertEquals(good.probe(), lost.probe(), "the last probe is kept");
            assertEquals(good.otherVolumes(), lost.otherVolumes(), "the last volumes are kept");
            assertEquals(good.sdc(), lost.sdc());

            emulated = startHost(port);
            assertEquals(HostState.CONNECTED, check(host).state());
        } finally {
            emulated.close();
        }
    }

    private EmulatedDockerHost startHost(int port) throws Exception {
        return EmulatedDockerHost.start(new EmulatedHostSettings("docker-c", HostsFixture.HOST_USER, null,
            HostsFixture.HOST_PASSWORD, fixture.core.directory.resolve("docker-c.hostkey"), port), fixture.backend,
            fixture.san);
    }

    /** Runs a check to its end; the hosts' own checks (after adding or changing) may run before it. */
    private HostInventory check(ManagedHost host) throws InterruptedException {
        Job job = inventories.refresh(host);
        job.join();
        Job.getJobManager().join(host, null);
        return inventories.current(host);
    }

    private static boolean has(HostInventory inventory, String dockerVolume) {
        return inventory.scaleIoVolumes().stream().anyMatch(volume -> volume.name().equals(dockerVolume));
    }

    /** The first inventory of the host that listeners heard and that meets the condition. */
    private HostInventory firstHeard(ManagedHost host, Predicate<HostInventory> condition) {
        return heard.stream().filter(i -> i.host().equals(host) && condition.test(i)).findFirst()
            .orElseThrow(() -> new AssertionError("listeners heard no such inventory of " + host.name() + ": "
                + heard));
    }

    private HostInventory awaitState(ManagedHost host, Predicate<HostInventory> condition, String what)
        throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HostInventory current = inventories.current(host);
            if (condition.test(current)) {
                return current;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what + "; last: " + inventories.current(host));
    }
}
