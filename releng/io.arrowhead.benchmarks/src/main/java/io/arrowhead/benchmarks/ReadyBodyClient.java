package io.arrowhead.benchmarks;

import java.io.IOException;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;

/**
 * A logged-in client and a {@link ReadyBodyServer} for one size of the scale scenario (1,024 SDCs, 16 pools).
 * Starting the server and logging in happen before the measurement, so a first call measures the call alone.
 */
@State(Scope.Benchmark)
public class ReadyBodyClient {

    @Param({"1024", "8192", "32768"})
    public int volumes;

    ReadyBodyServer server;
    GatewayClient client;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = new ReadyBodyServer(volumes, 0);
        client = GatewayClient.create(GatewayConfig.builder(server.endpoint())
                .user("admin")
                .password("benchmark-password".toCharArray())
                .build());
        client.login();
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    /** The same server without a client, for a first call that includes creating the client and its login. */
    @State(Scope.Benchmark)
    public static class ServerOnly {

        @Param({"1024", "8192", "32768"})
        public int volumes;

        ReadyBodyServer server;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = new ReadyBodyServer(volumes, 0);
        }

        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }

        GatewayClient newClient() {
            return GatewayClient.create(GatewayConfig.builder(server.endpoint())
                    .user("admin")
                    .password("benchmark-password".toCharArray())
                    .build());
        }
    }
}
