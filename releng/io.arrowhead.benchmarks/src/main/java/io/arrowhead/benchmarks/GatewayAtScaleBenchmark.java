package io.arrowhead.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * What the console does against a large gateway: full loads, the statistics tick, and many small reads. Each
 * figure is end to end: the client's request, the simulator's answer over HTTPS on loopback, and the client's
 * parsing into records.
 */
@State(Scope.Benchmark)
public class GatewayAtScaleBenchmark {

    private static final List<String> TICK_PROPERTIES = List.of("userDataReadBwc", "userDataWriteBwc");

    private ScaleGateway gateway;

    @Setup(Level.Trial)
    public void startGateway() {
        gateway = new ScaleGateway();
    }

    @TearDown(Level.Trial)
    public void stopGateway() throws IOException {
        gateway.close();
    }

    /** {@code GET /api/types/Volume/instances} with 32,768 volumes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Volume> listAllVolumes() throws IOException {
        return gateway.client.volumes();
    }

    /** {@code GET /api/instances}: the whole system in one answer, the console's full load. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ClusterSnapshot fetchWholeSystem() throws IOException {
        return gateway.client.instances();
    }

    /** One statistics tick for every volume: the per-type {@code querySelectedStatistics} with {@code allIds}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Map<String, Statistics> statisticsOfAllVolumes() throws IOException {
        return gateway.client.querySelectedStatistics(ObjectType.VOLUME, null, TICK_PROPERTIES);
    }

    /** Small reads from 8 threads sharing one client: {@code GET /api/instances/Sdc::<id>}. */
    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Sdc smallReads() throws IOException {
        List<String> ids = gateway.sdcIds;
        return gateway.client.get(ObjectType.SDC, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }
}
