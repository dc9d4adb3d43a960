package io.arrowhead.core.lab;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.extension.ExtensionContext;

import io.arrowhead.scaleio.simulator.ClusterScenario;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * The real lab for a test run: a gateway simulator that keeps each volume in a sparse file, listening where the lab
 * hosts' SDC agents reach it, and {@code releng/lab/lab.sh} running two Docker hosts in namespaces of their own.
 * Started once per run and stopped when the run ends.
 */
public final class Lab implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final int HOST_COUNT = 2;
    public static final String USER = "admin";
    static final String STATE = "/var/lib/arrowhead-lab";
    static final String VOLUMES = "/var/lib/arrowhead-lab-volumes";

    private final Path directory;
    private final char[] password;
    private final GatewaySimulator simulator;
    private final LabScript script;
    private List<LabHost> hosts;
    private Path privateKey;

    private Lab(Path directory, char[] password, GatewaySimulator simulator, LabScript script) {
        this.directory = directory;
        this.password = password;
        this.simulator = simulator;
        this.script = script;
    }

    static Lab start(Path script, Path output) throws IOException {
        Path directory = Files.createDirectories(output.resolve("lab"));
        char[] password = ("Lab-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(9))).toCharArray();
        // The hosts get an empty /root of their own, and a clone may live under /root: keep what they read elsewhere.
        GatewaySimulator simulator = GatewaySimulator.builder().scenario(ClusterScenario.demo()).user(USER, password)
            .bindAddress("0.0.0.0").dataDirectory(directory.resolve("simulator"))
            .volumeStore(Path.of(VOLUMES)).start();
        Lab lab = new Lab(directory, password, simulator, new LabScript(script, Path.of(STATE)));
        try {
            Path passwordFile = directory.resolve("gateway.password");
            Files.deleteIfExists(passwordFile);
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, new String(password));
            lab.script.run("start", List.of("--hosts", String.valueOf(HOST_COUNT), "--gateway-port",
                String.valueOf(simulator.endpoint().getPort()), "--user", USER, "--password-file",
                passwordFile.toString(), "--cacert", simulator.certificateFile().toString()), 300);
            lab.readProperties();
            return lab;
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void readProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(script.state().resolve("lab.properties"))) {
            properties.load(reader);
        }
        List<LabHost> read = new ArrayList<>();
        for (int index = 1; index <= Integer.parseInt(LabHost.required(properties, "hosts")); index++) {
            read.add(LabHost.read(properties, index));
        }
        hosts = List.copyOf(read);
        privateKey = Path.of(LabHost.required(properties, "key"));
    }

    public GatewaySimulator simulator() {
        return simulator;
    }

    public char[] password() {
        return password.clone();
    }

    Path directory() {
        return directory;
    }

    public List<LabHost> hosts() {
        return hosts;
    }

    public LabHost host(int index) {
        return hosts.get(index - 1);
    }

    public Path privateKey() {
        return privateKey;
    }

    /** Runs a command inside a lab host, for what a test checks or prepares outside the code under test. */
    public String exec(int index, String... command) throws IOException {
        return script.exec(index, command);
    }

    void pauseAgent(int index, boolean paused) throws IOException {
        script.run("agent", List.of(String.valueOf(index), paused ? "pause" : "resume"), 30);
    }

    void docker(int index, boolean running) throws IOException {
        script.run("docker", List.of(String.valueOf(index), running ? "start" : "stop"), 120);
    }

    void dropSshSessions(int index) throws IOException {
        script.run("ssh-drop", List.of(String.valueOf(index)), 30);
    }

    /** Gives host {@code index} a new SSH host key and returns the refreshed description. */
    LabHost rekey(int index) throws IOException {
        script.run("rekey", List.of(String.valueOf(index)), 60);
        readProperties();
        return host(index);
    }

    @Override
    public void close() throws IOException {
        try {
            script.run("stop", List.of(), 300);
        } finally {
            simulator.close();
            try (var files = Files.list(Path.of(VOLUMES))) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
