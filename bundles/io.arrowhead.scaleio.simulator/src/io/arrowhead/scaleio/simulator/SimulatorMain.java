package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import io.arrowhead.scaleio.simulator.SimulatorOptions.UsageException;

/**
 * Runs the gateway simulator on its own: {@code java io.arrowhead.scaleio.simulator.SimulatorMain --help}. Prints
 * how to reach it, then serves until Ctrl+C or SIGTERM, when a shutdown hook stops it and flushes the state file.
 * Exit status 2 means a bad command line, 1 a failed start.
 */
public final class SimulatorMain {

    static final int EXIT_USAGE = 2;
    static final int EXIT_START_FAILED = 1;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.out, System.err, SimulatorMain::awaitShutdown);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Blocks until the JVM shuts down; the hook stops the simulator, which a signal would otherwise cut short. */
    private static void awaitShutdown(GatewaySimulator simulator, Runnable stop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "scaleio-simulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the options, starts the simulator, prints the banner and waits; returns the exit status.
     *
     * @param waiter returns when the simulator should stop; it may run {@code stop} itself, which is idempotent
     */
    static int run(String[] args, PrintStream out, PrintStream err, Waiter waiter) throws InterruptedException {
        SimulatorOptions options;
        GatewaySimulator simulator;
        try {
            options = SimulatorOptions.parse(args);
            if (options.help) {
                out.print(SimulatorOptions.USAGE);
                return 0;
            }
            simulator = configure(options).start();
        } catch (UsageException | IllegalArgumentException e) {
            err.println("simulator: " + e.getMessage());
            err.println("Run with --help for the options.");
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("simulator: cannot start the gateway simulator: " + e.getMessage());
            return EXIT_START_FAILED;
        }
        out.print(banner(simulator, options));
        out.flush();
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    simulator.close();
                } catch (RuntimeException e) { // a state file that cannot be written: say so, still stop
                    err.println("simulator: " + e.getMessage());
                }
                out.println("Gateway simulator stopped.");
                out.flush();
            }
        };
        try {
            waiter.awaitStop(simulator, stop);
        } finally {
            stop.run();
        }
        return 0;
    }

    static GatewaySimulator.Builder configure(SimulatorOptions options) throws UsageException {
        GatewaySimulator.Builder builder = GatewaySimulator.builder().port(options.port).scenario(options.scenario());
        options.users.forEach((name, password) -> builder.user(name, password.toCharArray()));
        if (options.plainHttp) {
            builder.plainHttp();
        }
        if (options.bindAddress != null) {
            builder.bindAddress(options.bindAddress);
        }
        if (options.dataDirectory != null) {
            builder.dataDirectory(options.dataDirectory);
        }
        if (options.stateFile != null) {
            builder.stateFile(options.stateFile);
        }
        if (options.volumeStore != null) {
            builder.volumeStore(options.volumeStore);
        }
        if (options.apiVersion != null) {
            builder.apiVersion(options.apiVersion);
        }
        if (options.tokenLifetime != null) {
            builder.tokenLifetime(options.tokenLifetime);
        }
        if (options.tokenIdle != null) {
            builder.tokenIdleTimeout(options.tokenIdle);
        }
        return builder;
    }

    static String banner(GatewaySimulator simulator, SimulatorOptions options) {
        StringBuilder text = new StringBuilder()
                .append("ScaleIO REST Gateway simulator: a local demo, not a real gateway.\n");
        if (!options.usersFromFile.containsAll(options.effectiveUsers().keySet())) {
            text.append("The passwords below are demo passwords, printed so that you can try it out.\n");
        }
        text.append("  Endpoint:     ").append(simulator.endpoint()).append('\n');
        for (Map.Entry<String, String> user : options.effectiveUsers().entrySet()) {
            text.append("  User:         ").append(user.getKey());
            if (options.usersFromFile.contains(user.getKey())) {
                text.append(" (password in ").append(options.usersFile.toAbsolutePath()).append(")\n");
            } else {
                text.append(" / ").append(user.getValue()).append('\n');
            }
        }
        Map.Entry<String, String> first = options.effectiveUsers().entrySet().iterator().next();
        String login = simulator.endpoint() + "/login";
        String credentials = options.usersFromFile.contains(first.getKey()) // curl then asks for the password
                ? " -u '" + first.getKey().replace("'", "'\\''") + "' "
                : " -u '" + first.getKey() + ":" + first.getValue().replace("'", "'\\''") + "' ";
        if (simulator.certificateFile() == null) {
            text.append("  TLS:          off (plain HTTP)\n")
                    .append("  Try:          curl").append(credentials).append(login).append('\n');
        } else {
            text.append("  Certificate:  ").append(simulator.certificateFile()).append('\n')
                    .append("  SHA-256:      ").append(simulator.certificateFingerprint()).append('\n')
                    .append("  Try:          curl --cacert '").append(simulator.certificateFile()).append("'")
                    .append(credentials).append(login).append('\n');
        }
        if (options.stateFile != null) {
            text.append("  State file:   ").append(options.stateFile.toAbsolutePath()).append('\n');
        }
        if (simulator.volumeStore() != null) {
            text.append("  Volume store: ").append(simulator.volumeStore()).append(" (GET ")
                    .append(simulator.endpoint().resolve("/simulator/sdcs/")).append("<guid>/volumes)\n");
        }
        return text.append("  Cluster:      ").append(simulator.cluster().summary()).append('\n')
                .append("  Faults:       ").append(simulator.endpoint().resolve("/simulator/faults"))
                .append(" (Basic user:password)\n")
                .append("Press Ctrl+C to stop.\n").toString();
    }

    /** Waits while the simulator runs; {@code main} waits for the JVM's shutdown, tests return at once. */
    @FunctionalInterface
    interface Waiter {
        void awaitStop(GatewaySimulator simulator, Runnable stop) throws InterruptedException;
    }
}
