package io.arrowhead.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The system every benchmark runs against: the simulator with the scale scenario (32,768 volumes,
 * 1,024 SDCs, 16 pools) over HTTPS, and a logged-in client that pins its certificate, as the console would.
 */
final class ScaleGateway implements AutoCloseable {

    static final int VOLUMES = 32_768;
    static final int SDCS = 1_024;
    static final int POOLS = 16;
    private static final char[] PASSWORD = "benchmark-password".toCharArray();

    final GatewaySimulator simulator;
    final GatewayClient client;
    final List<String> sdcIds;
    private final Path dataDirectory;

    ScaleGateway() {
        try {
            dataDirectory = Files.createTempDirectory("arrowhead-benchmark");
            simulator = GatewaySimulator.builder()
                    .scenario(ClusterScenario.scale(VOLUMES, SDCS, POOLS))
                    .user("admin", PASSWORD)
                    .dataDirectory(dataDirectory)
                    .start();
            client = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString())
                    .user("admin")
                    .password(PASSWORD)
                    .tls(TlsPolicy.pinned(simulator.certificateFingerprint()))
                    .build());
            client.login();
            sdcIds = client.sdcs().stream().map(Sdc::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        simulator.close();
        try (var files = Files.walk(dataDirectory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
