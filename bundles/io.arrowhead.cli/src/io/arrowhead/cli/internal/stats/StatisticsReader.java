package io.arrowhead.cli.internal.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/**
 * Reads a gateway's performance and capacity statistics with exactly one {@code querySelectedStatistics}: the system,
 * every storage pool and SDC, and every volume unless none is wanted. The names and sizes come from the gateway's
 * cached {@link ClusterModel}, which the core refreshes in the background while the gateway is connected.
 */
public final class StatisticsReader {

    /** The capacity statistics (KiB) asked of the system and of each pool. */
    public static final List<String> CAPACITY_PROPERTIES = List.of("maxCapacityInKb", "spareCapacityInKb",
        "capacityInUseInKb", "unusedCapacityInKb", "capacityAvailableForVolumeAllocationInKb");

    private static final List<String> PERFORMANCE_PROPERTIES = Metric.propertiesOf(Metric.READ_IOPS,
        Metric.WRITE_IOPS, Metric.READ_LATENCY, Metric.WRITE_LATENCY);

    private StatisticsReader() {
    }

    /** What one request asks for. */
    public static List<StatisticsSelection> selections(VolumeSelection volumes) {
        List<String> aggregate = new ArrayList<>(PERFORMANCE_PROPERTIES);
        aggregate.addAll(CAPACITY_PROPERTIES);
        List<StatisticsSelection> selections = new ArrayList<>();
        selections.add(new StatisticsSelection(ObjectType.SYSTEM, null, aggregate));
        selections.add(new StatisticsSelection(ObjectType.STORAGE_POOL, null, aggregate));
        selections.add(new StatisticsSelection(ObjectType.SDC, null, PERFORMANCE_PROPERTIES));
        if (volumes.any()) {
            selections.add(new StatisticsSelection(ObjectType.VOLUME, null, PERFORMANCE_PROPERTIES));
        }
        return selections;
    }

    /**
     * Sends the one request through the gateway's logged-in client, outside the gateway's rule (as the console's
     * statistics poller does), so that a long operation or cluster load does not hold it up.
     *
     * @throws CliException with the exit code of what went wrong, such as an unreachable gateway
     */
    public static StatisticsReading read(GatewayConnection gateway, VolumeSelection volumes) {
        ClusterModel model = gateway.model();
        if (model == null || !gateway.hasSession()) {
            String reason = gateway.lastError() == null ? "it is not connected." : gateway.lastError();
            throw new CliException(ExitCodes.UNREACHABLE, "The cluster of " + gateway.name()
                + " is not loaded: " + reason);
        }
        List<StatisticsSelection> asked = selections(volumes);
        AtomicReference<SelectedStatistics> answer = new AtomicReference<>();
        GatewayJob job = GatewayJob.of("Reading the statistics of " + gateway.name(), gateway, false,
            (client, progress) -> answer.set(client.querySelectedStatistics(asked)));
        job.setRule(null);
        job.setSystem(true);
        job.schedule();
        CliSession.await(job);
        return new StatisticsReading(gateway, gateway.model() == null ? model : gateway.model(), answer.get(),
            Instant.now());
    }
}
