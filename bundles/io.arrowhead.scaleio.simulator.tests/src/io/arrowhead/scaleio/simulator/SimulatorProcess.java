package io.arrowhead.scaleio.simulator;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The simulator in a JVM of its own, started as the {@code scaleio-simulator} launcher starts it: {@code java -cp}
 * the simulator bundle and the bundles it imports from, then {@link SimulatorMain}. Its output goes to a log file,
 * from which the endpoint is read.
 */
final class SimulatorProcess implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("Endpoint: +(\\S+)");
    private static final String READY = "Press Ctrl+C to stop.";

    private final Process process;
    private final Path log;
    private final URI endpoint;

    private SimulatorProcess(Process process, Path log, URI endpoint) {
        this.process = process;
        this.log = log;
        this.endpoint = endpoint;
    }

    /** Starts the simulator with these options and waits (at most a minute) until it serves. */
    static SimulatorProcess start(Path log, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", classpath(), SimulatorMain.class.getName()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            String output = Files.readString(log);
            Matcher endpoint = ENDPOINT.matcher(output);
            if (output.contains(READY) && endpoint.find()) {
                return new SimulatorProcess(process, log, URI.create(endpoint.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The simulator exited with status " + process.exitValue() + ":\n"
                        + output + "\nCommand: " + command);
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The simulator did not start within a minute:\n" + Files.readString(log));
    }

    /** For example {@code http://127.0.0.1:40123/api}. */
    URI endpoint() {
        return endpoint;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing more is written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM, as Ctrl+C; returns the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The simulator bundle's classes and every bundle it is wired to, as files (jars or class directories). */
    static String classpath() {
        Bundle simulator = FrameworkUtil.getBundle(SimulatorMain.class);
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(codeSource(SimulatorMain.class));
        Set<Bundle> seen = new LinkedHashSet<>(List.of(simulator));
        List<Bundle> pending = new ArrayList<>(List.of(simulator));
        while (!pending.isEmpty()) {
            BundleWiring wiring = pending.remove(0).adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                Bundle provider = wire.getProvider().getBundle();
                if (provider.getBundleId() != 0 && seen.add(provider)) { // the JDK itself comes with java
                    entries.add(file(provider));
                    pending.add(provider);
                }
            }
        }
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A bundle installed from a file, as the test runtime installs them: "reference:file:/.../x.jar", or
     * "initial@reference:file:../../x.jar" relative to the install area.
     */
    private static Path file(Bundle bundle) {
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " is not installed from a file: "
                    + location);
        }
        Path path = Path.of(location.substring(file + "file:".length()));
        if (path.isAbsolute()) {
            return path;
        }
        String installArea = System.getProperty("osgi.install.area"); // Equinox publishes its configuration there
        if (installArea == null || !installArea.startsWith("file:")) {
            throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + " has the relative location "
                    + location + " and the framework has no install area to resolve it against");
        }
        return Path.of(installArea.substring("file:".length())).resolve(path).normalize();
    }
}
