package io.arrowhead.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The client's later calls, warmed up, against a server that sends ready-made bodies ({@link ReadyBodyServer}), so
 * that the figure is the client's: request, reading the body, parsing into records. {@code curl-floor.sh} times
 * curl on the same bodies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClientAtScaleBenchmark {

    /** {@code GET /api/types/Volume/instances} into {@code Volume} records. */
    @Benchmark
    public List<Volume> listVolumes(ReadyBodyClient gateway) throws GatewayClientException {
        return gateway.client.volumes();
    }

    /** {@code GET /api/instances}: the whole system. */
    @Benchmark
    public ClusterSnapshot snapshot(ReadyBodyClient gateway) throws GatewayClientException {
        return gateway.client.instances();
    }
}
