package io.arrowhead.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The simulator's answers for the scale scenario with a given number of volumes, fetched once over plain HTTP and
 * kept as files, so that every fork of a benchmark (and {@code curl-floor.sh}) serves the very same bytes.
 */
final class ReadyBodies {

    static final String VOLUMES_PATH = "/api/types/Volume/instances";
    static final String SNAPSHOT_PATH = "/api/instances";
    private static final int SDCS = 1_024;
    private static final int POOLS = 16;
    private static final char[] PASSWORD = "benchmark-password".toCharArray();

    private ReadyBodies() {
    }

    /** The directory of the bodies: {@code -Darrowhead.bodies=...}, or one under the temporary directory. */
    static Path directory() {
        String configured = System.getProperty("arrowhead.bodies");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "arrowhead-ready-bodies");
    }

    static Path volumesFile(int volumes) {
        return directory().resolve("volumes-" + volumes + ".json");
    }

    static Path snapshotFile(int volumes) {
        return directory().resolve("instances-" + volumes + ".json");
    }

    /** Writes both bodies for this size unless they are there already. */
    static void ensure(int volumes) {
        if (Files.isRegularFile(volumesFile(volumes)) && Files.isRegularFile(snapshotFile(volumes))) {
            return;
        }
        try {
            Files.createDirectories(directory());
            Path data = Files.createTempDirectory("arrowhead-bodies");
            try (GatewaySimulator simulator = GatewaySimulator.builder()
                    .scenario(ClusterScenario.scale(volumes, SDCS, POOLS))
                    .user("admin", PASSWORD.clone())
                    .dataDirectory(data)
                    .plainHttp()
                    .start()) {
                HttpClient http = HttpClient.newHttpClient();
                URI base = simulator.endpoint();
                String token = get(http, base, "/api/login", basic(new String(PASSWORD)));
                String auth = basic(token.substring(1, token.length() - 1));
                writeAtomically(volumesFile(volumes), getBytes(http, base, VOLUMES_PATH, auth));
                writeAtomically(snapshotFile(volumes), getBytes(http, base, SNAPSHOT_PATH, auth));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching the simulator's answers.", e);
        }
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String get(HttpClient http, URI base, String path, String auth)
            throws IOException, InterruptedException {
        return new String(getBytes(http, base, path, auth), StandardCharsets.UTF_8);
    }

    private static byte[] getBytes(HttpClient http, URI base, String path, String auth)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth)
                .header("Accept", "application/json;version=3.5").GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("The simulator answered " + path + " with " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
