package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.simulator.internal.auth.MutableClock;

/**
 * The demo cluster on HTTPS with a clock the test moves by hand, the project's GatewayClient pinned to its
 * certificate, and a wire client with the admin password for {@code /simulator/faults}. Statistics report the last
 * complete second of that clock, so a test decides which second it reads and nothing depends on timing.
 */
final class StatisticsGateway implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "statistics-secret";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    final GatewaySimulator simulator;
    final GatewayClient client;
    final WireClient admin;

    StatisticsGateway() throws Exception {
        simulator = GatewaySimulator.builder().scenario(ClusterScenario.demo()).user(USER, PASSWORD.toCharArray())
                .dataDirectory(Files.createTempDirectory("arrowhead-statistics")).clock(clock).start();
        client = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString()).user(USER)
                .password(PASSWORD.toCharArray()).tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build());
        admin = new WireClient(simulator).basic(USER, PASSWORD);
    }

    void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    /** POSTs a fault to {@code /simulator/faults}; returns the answer's status. */
    int fault(String json) throws Exception {
        WireClient.Answer answer = admin.post("/simulator/faults", json);
        if (answer.status() != 200 && answer.status() != 400) {
            throw new AssertionError("The faults endpoint answered " + answer.status() + " " + answer.body());
        }
        return answer.status();
    }

    /** The given properties of every volume, SDC and pool and of the system, in one call (so of one second). */
    SelectedStatistics everything(String... properties) throws IOException {
        return client.querySelectedStatistics(List.of(StatisticsSelection.system(properties),
                StatisticsSelection.all(ObjectType.STORAGE_POOL, properties),
                StatisticsSelection.all(ObjectType.VOLUME, properties),
                StatisticsSelection.all(ObjectType.SDC, properties)));
    }

    static long occurred(Statistics statistics, String counter) {
        return statistics.bwc(counter).numOccured();
    }

    static long weight(Statistics statistics, String counter) {
        return statistics.bwc(counter).totalWeightInKb();
    }

    @Override
    public void close() {
        client.close();
        simulator.close();
    }
}
