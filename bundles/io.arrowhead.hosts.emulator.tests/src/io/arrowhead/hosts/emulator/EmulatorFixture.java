package io.arrowhead.hosts.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

import io.arrowhead.hosts.ShellCommand;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.scaleio.simulator.GatewaySimulator;

/**
 * A gateway simulator, emulated hosts registered with it, a gateway client to map volumes, and a raw SSH client
 * that accepts exactly the key each emulated host presents. Starting a simulator takes seconds (its certificate),
 * so a test class shares one and starts its hosts per test under new names.
 */
final class EmulatorFixture implements AutoCloseable {

    static final String USER = "deploy";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** What one exec request answered. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    final Path directory;
    final GatewaySimulator simulator;
    final SimulatorAdminBackend backend;
    final EmulatedSan san = new EmulatedSan();
    final GatewayClient gateway;
    final KeyPair userKey;
    private final SshClient ssh;
    private final Map<Integer, EmulatedDockerHost> hostsByPort = new ConcurrentHashMap<>();
    private final Map<EmulatedDockerHost, ClientSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();
    private final List<AutoCloseable> closing = new ArrayList<>();

    EmulatorFixture(Path directory) throws IOException, GeneralSecurityException {
        this.directory = directory;
        this.simulator = GatewaySimulator.builder().dataDirectory(directory.resolve("simulator")).start();
        closing.add(simulator);
        this.backend = new SimulatorAdminBackend(simulator.endpoint(), GatewaySimulator.DEFAULT_USER,
                GatewaySimulator.DEFAULT_PASSWORD.toCharArray(), simulator.certificate());
        closing.add(0, backend);
        this.gateway = GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString())
                .user(GatewaySimulator.DEFAULT_USER).password(GatewaySimulator.DEFAULT_PASSWORD.toCharArray())
                .tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build());
        closing.add(0, gateway);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        this.userKey = generator.generateKeyPair();
        this.ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier((session, address, key) -> {
            EmulatedDockerHost host = hostsByPort.get(((InetSocketAddress) address).getPort());
            return host != null && KeyUtils.compareKeys(key, host.hostKey());
        });
        ssh.start();
        closing.add(0, ssh);
    }

    EmulatedDockerHost startHost(String name) throws IOException {
        return startHost(new EmulatedHostSettings(name, USER, userKey.getPublic(), null,
                directory.resolve(name + ".hostkey"), 0));
    }

    EmulatedDockerHost startHost(EmulatedHostSettings settings) throws IOException {
        return startHost(settings, null);
    }

    /** A host whose Docker state is kept in the file, or in memory only if it is null. */
    EmulatedDockerHost startHost(EmulatedHostSettings settings, Path dockerStateFile) throws IOException {
        EmulatedDockerHost host = EmulatedDockerHost.start(settings, backend, san, dockerStateFile);
        hostsByPort.put(host.port(), host);
        return host;
    }

    /** Runs one command line over the host's key-authenticated session, opened on first use. */
    Result exec(EmulatedDockerHost host, String commandLine) throws IOException {
        ClientSession session = sessions.get(host);
        if (session == null || !session.isOpen()) {
            session = connect(host);
            session.addPublicKeyIdentity(userKey);
            session.auth().verify(TIMEOUT);
            sessions.put(host, session);
        }
        return exec(session, commandLine);
    }

    /** Runs a command wrapped the way Arrowhead's hosts client sends it: sudo, timeout, quoted words. */
    Result run(EmulatedDockerHost host, String program, String... arguments) throws IOException {
        return exec(host, ShellCommand.of("sudo", "-n", "timeout", "-k", "5", "30", program).with(arguments)
                .toCommandLine());
    }

    ClientSession connect(EmulatedDockerHost host) throws IOException {
        return ssh.connect(USER, host.address(), host.port()).verify(TIMEOUT).getSession();
    }

    static Result exec(ClientSession session, String commandLine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(commandLine)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            Integer status = channel.getExitStatus();
            return new Result(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A new thin volume in the demo cluster's first pool. */
    String createVolume(String name) throws Exception {
        String pool = gateway.storagePools().get(0).id();
        return gateway.createVolume(VolumeRequest.ofGib(pool, name, 8, VolumeType.THIN_PROVISIONED));
    }

    void map(String volumeId, EmulatedDockerHost host) throws Exception {
        gateway.mapVolume(volumeId, new SdcRef.ByGuid(host.sdcGuid()), true, null);
    }

    void unmap(String volumeId, EmulatedDockerHost host) throws Exception {
        gateway.unmapVolume(volumeId, new SdcRef.ByGuid(host.sdcGuid()));
    }

    String systemId() {
        return simulator.systemId();
    }

    /** Devices are re-read at most every 250 ms; waiting a little longer sees a mapping change. */
    static void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    /** Ends the sessions and stops the hosts, keeping the simulator for the next test. */
    void closeHosts() throws IOException {
        for (ClientSession session : sessions.values()) {
            session.close();
        }
        sessions.clear();
        hostsByPort.values().forEach(EmulatedDockerHost::close);
        hostsByPort.clear();
    }

    /** A host name not used before in this simulator, since SDC names are unique at the gateway. */
    String uniqueName(String prefix) {
        return prefix + "-" + names.incrementAndGet();
    }

    @Override
    public void close() throws Exception {
        closeHosts();
        for (AutoCloseable resource : closing) {
            resource.close();
        }
    }
}
