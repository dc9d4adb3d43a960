package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;
import io.arrowhead.scaleio.simulator.internal.api.GatewayApi;
import io.arrowhead.scaleio.simulator.internal.faults.DeviceFailures;
import io.arrowhead.scaleio.simulator.internal.stats.StatisticsService;
import io.arrowhead.scaleio.simulator.internal.stats.Workload;

/**
 * A simulated ScaleIO cluster behind the gateway's REST API: stateful, thread-safe, optionally saved to a file.
 * The transport authenticates and then hands every {@code /api/...} call to {@link #handle(ApiRequest)}. With a
 * volume store, each volume's data lives in a sparse file there (see {@link #mappedVolumes(String)}).
 */
public final class SimulatedCluster implements GatewayApi, AutoCloseable {

    private final ClusterContext context;
    private final GatewayRouter router;
    private final SdcActions sdcs;
    private final MappedVolumeListing listing;
    private final DeviceFaultActions devices;
    private final GatewayRouter.Saves saves;
    /** Null for a cluster that lives in memory only. */
    private final Journal journal;

    /** @param journal where changes are made durable; null for a cluster in memory, or one replaying a journal */
    SimulatedCluster(ClusterState state, IdLedger ids, long seed, Clock clock, Journal journal,
            BackingFiles files) {
        StatisticsService statistics = new StatisticsService(state, new Workload(seed), clock);
        this.context = new ClusterContext(state, ids, statistics, clock, files);
        this.sdcs = new SdcActions(context);
        this.listing = new MappedVolumeListing(context, sdcs);
        this.devices = new DeviceFaultActions(context);
        this.journal = journal;
        this.saves = journal == null ? GatewayRouter.Saves.NONE : journal;
        this.router = new GatewayRouter(context, saves);
    }

    /** A cluster in memory only, built from the scenario. */
    public static SimulatedCluster create(ClusterScenario scenario, Clock clock) {
        ClusterState state = ScenarioBuilder.build(scenario, clock);
        return new SimulatedCluster(state, IdLedger.scanning(state), scenario.seed(), clock, null,
                BackingFiles.none());
    }

    /**
     * A cluster in memory only whose volumes keep their data in sparse files in {@code volumeStore} (null for none).
     * The cluster is new, so every volume file already there is deleted.
     */
    public static SimulatedCluster create(ClusterScenario scenario, Clock clock, Path volumeStore)
            throws IOException {
        ClusterState state = ScenarioBuilder.build(scenario, clock);
        return new SimulatedCluster(state, IdLedger.scanning(state), scenario.seed(), clock, null,
                backingFiles(volumeStore, Set.of()));
    }

    /**
     * The cluster saved in {@code stateFile} and its journal, or, when there is no such file, a new one built from
     * the scenario and saved there at once. A file that cannot be read fails with an IOException naming it, and is
     * left untouched. Every change is in the journal beside the file before it is answered.
     */
    public static SimulatedCluster open(Path stateFile, ClusterScenario scenarioIfMissing, Clock clock)
            throws IOException {
        return open(stateFile, scenarioIfMissing, clock, null);
    }

    /**
     * As {@link #open(Path, ClusterScenario, Clock)}, with the volumes' data in sparse files in {@code volumeStore}
     * (null for none). Volume files of volumes the cluster does not have are deleted.
     */
    public static SimulatedCluster open(Path stateFile, ClusterScenario scenarioIfMissing, Clock clock,
            Path volumeStore) throws IOException {
        return StateRecovery.open(stateFile, scenarioIfMissing, clock, volumeStore);
    }

    /** Runs a journaled change again, through the same code, with the time and ids it had. */
    void replay(Change change) {
        context.replaying = change;
        try {
            switch (change.kind()) {
                case Change.API -> {
                    ApiResponse answer = router.route(new ApiRequest(change.field("method"), change.field("path"),
                            Map.of(), change.body(), "journal"));
                    if (answer.status() != 200) {
                        throw new IllegalStateException("it was answered " + answer.status() + " on replay: "
                                + new String(answer.body(), StandardCharsets.UTF_8));
                    }
                }
                case Change.REGISTER_SDC -> registerSdc(change.field("guid"), change.field("ip"), change.field("name"));
                case Change.SET_SDC_CONNECTED ->
                    setSdcConnected(change.field("sdc"), Boolean.parseBoolean(change.field("connected")));
                default -> throw new IllegalStateException("unknown kind of change " + change.kind());
            }
        } finally {
            context.replaying = null;
        }
    }

    /** The files in {@code volumeStore}, keeping those of {@code volumeIds}; none when it is null. */
    static BackingFiles backingFiles(Path volumeStore, Set<String> volumeIds) throws IOException {
        return volumeStore == null ? BackingFiles.none() : BackingFiles.in(volumeStore, volumeIds);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return router.route(request);
    }

    public String systemId() {
        return context.state.system.id;
    }

    /** For example "1 system, 2 protection domains, 4 storage pools, 60 volumes, 6 SDCs". */
    public String summary() {
        ClusterState state = context.state;
        return read(() -> "1 system, " + count(state.protectionDomains.size(), "protection domain") + ", "
                + count(state.storagePools.size(), "storage pool") + ", " + count(state.volumes.size(), "volume")
                + ", " + count(state.sdcs.size(), "SDC"));
    }

    /**
     * Adds the SDC with this GUID (or updates its IP and name) as Connected, for the lab agent; returns its id once
     * the change is saved (UncheckedIOException when it cannot be).
     */
    public String registerSdc(String guid, String ip, String name) {
        return write(() -> sdcs.register(guid, ip, name),
                (millis, ids) -> Change.registerSdc(millis, ids, guid, ip, name));
    }

    /** Marks the SDC with this id or GUID Connected or Disconnected; IllegalArgumentException if unknown. */
    public void setSdcConnected(String guidOrId, boolean connected) {
        write(() -> {
            sdcs.setConnected(guidOrId, connected);
            return null;
        }, (millis, ids) -> Change.setSdcConnected(millis, ids, guidOrId, connected));
    }

    /**
     * The volumes mapped to the SDC with this id or GUID, whether or not it is connected. With a volume store, their
     * files are created first (sparse, at the volume's size). IllegalArgumentException when there is no such SDC;
     * UncheckedIOException when a file cannot be created.
     */
    public SdcVolumes mappedVolumes(String guidOrId) {
        return listing.list(guidOrId);
    }

    /** Fails and restores devices, for the faults endpoint; such faults are not saved. */
    public DeviceFailures deviceFailures() {
        return devices;
    }

    /** The directory of the volumes' files, or null when they have none. */
    public Path volumeStore() {
        return context.files.directory();
    }

    /** The live state, for tests and the statistics service; take its lock to read it. */
    public ClusterState state() {
        return context.state;
    }

    /**
     * Writes changes not saved yet (those of requests still running) and then the whole state to the state file,
     * if there is one, leaving its journal empty.
     */
    @Override
    public void close() {
        context.files.close();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not save the simulator state", e);
            }
        }
    }

    private <T> T read(Supplier<T> reader) {
        Lock lock = context.state.lock().readLock();
        lock.lock();
        try {
            return reader.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs a lab-agent change as the router runs an action, journaled as {@code journaled} gives it. */
    private <T> T write(Supplier<T> writer, BiFunction<Long, List<String>, Change> journaled) {
        try {
            return router.change(writer, journaled);
        } catch (IOException e) {
            throw new UncheckedIOException("The change was made but could not be saved in the state file", e);
        }
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
