import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how many volume creates a running simulator acknowledges per second, from several client threads
 * (8 GiB thin volumes, round the pools). Start a simulator over plain HTTP, then run this with the JDK alone:
 *
 * <pre>
 * ./arrowhead simulator --http --port 18480 --volumes 1000 --user admin:bench --state-file /tmp/bench/state.json &amp;
 * java bundles/io.arrowhead.scaleio.simulator.tests/benchmark/CreateRate.java http://127.0.0.1:18480/api admin:bench 8 10
 * </pre>
 *
 * Arguments: endpoint, user:password, threads, seconds to measure (after 3 s of warm-up). Prints the rate and
 * the latency percentiles of the acknowledged creates. {@code --volumes 1000} sizes the pools for room: the
 * allocation limit refuses creates in the small demo pools after a few hundred. With a state file every create
 * waits for its journal record to be forced to disk, so the figure depends on the disk and on how many clients
 * share each forced write (group commit).
 */
public class CreateRate {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{16})\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[1].contains(":")) {
            System.err.println("Usage: java CreateRate.java ENDPOINT USER:PASSWORD THREADS SECONDS");
            System.exit(2);
        }
        URI api = URI.create(args[0]);
        String user = args[1].substring(0, args[1].indexOf(':'));
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = http.send(request(api, "login", basic(args[1])).GET().build(), BodyHandlers.ofString()).body()
                .replace("\"", "");
        String authorization = basic(user + ":" + token);
        String pools = http.send(request(api, "types/StoragePool/instances", authorization).GET().build(),
                BodyHandlers.ofString()).body();
        List<String> poolIds = new ArrayList<>(); // creates go round the pools, for room
        for (Matcher pool = ID.matcher(pools); pool.find();) {
            poolIds.add(pool.group(1));
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        ExecutorService workerThreads = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true); // a failed create ends the run
            return thread;
        });
        List<Future<long[]>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(workerThreads.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int n = 0; System.nanoTime() < end; n++) {
                    String poolId = poolIds.get((thread + n) % poolIds.size());
                    String body = "{\"storagePoolId\":\"" + poolId + "\",\"volumeType\":\"ThinProvisioned\","
                            + "\"volumeSizeInGb\":\"8\",\"name\":\"b" + run + "-" + thread + "-" + n + "\"}";
                    long start = System.nanoTime();
                    HttpResponse<String> answer = http.send(request(api, "types/Volume/instances", authorization)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("A create answered " + answer.statusCode() + ": "
                                + answer.body());
                    }
                    if (start >= warmUpEnd) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> worker : workers) {
            long[] some = worker.get();
            long[] merged = Arrays.copyOf(all, all.length + some.length);
            System.arraycopy(some, 0, merged, all.length, some.length);
            all = merged;
        }
        workerThreads.shutdown();
        Arrays.sort(all);
        System.out.printf("%d threads, %d s: %d creates, %.0f creates/s; latency p50 %.1f ms, p99 %.1f ms%n", threads,
                seconds, all.length, all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, sorted.length * fraction)] / 1e6;
    }

    private static HttpRequest.Builder request(URI api, String path, String authorization) {
        return HttpRequest.newBuilder(URI.create(api + "/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
