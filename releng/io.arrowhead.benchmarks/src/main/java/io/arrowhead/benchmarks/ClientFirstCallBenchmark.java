package io.arrowhead.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The client's first call in a fresh JVM, after its login (and, in {@code firstLoginAndListVolumes}, with it): one
 * call per fork, nothing warmed, so that class loading and the interpreter count as they do when the console first
 * lists a gateway. Run with {@code -wi 0 -i 1} and
 * many forks ({@code -f 10}); the command line overrides the annotations.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ClientFirstCallBenchmark {

    /** The first {@code GET /api/types/Volume/instances}. */
    @Benchmark
    public List<Volume> firstListVolumes(ReadyBodyClient gateway) throws GatewayClientException {
        return gateway.client.volumes();
    }

    /** What a console does first: create the client, log in, and list the volumes. */
    @Benchmark
    public List<Volume> firstLoginAndListVolumes(ReadyBodyClient.ServerOnly gateway) throws GatewayClientException {
        try (GatewayClient client = gateway.newClient()) {
            client.login();
            return client.volumes();
        }
    }

    /** The first {@code GET /api/instances}. */
    @Benchmark
    public ClusterSnapshot firstSnapshot(ReadyBodyClient gateway) throws GatewayClientException {
        return gateway.client.instances();
    }
}
