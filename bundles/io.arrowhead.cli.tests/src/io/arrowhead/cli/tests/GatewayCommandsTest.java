package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.scaleio.client.CertificateFingerprint;
import io.arrowhead.scaleio.client.GatewayClient;

/** {@code gateway add|list|remove|test} against a real simulator, with the trust and login refusals. */
class GatewayCommandsTest {

    private StorageGateway gateway;

    @BeforeEach
    void startSimulator() throws Exception {
        gateway = new StorageGateway();
    }

    @AfterEach
    void forgetEverything() throws Exception {
        gateway.close();
    }

    @Test
    void anUnknownCertificateOffATerminalIsRefusedWithItsFingerprintAndNothingIsSaved() {
        Cli.Result refused = add("--password-file", gateway.passwordFile.toString()).expect(ExitCodes.TRUST_OR_LOGIN);
        String printed = refused.err().substring(refused.err().indexOf("--trust-fingerprint ") + 20).strip();
        assertEquals(CertificateFingerprint.normalize(gateway.simulator.certificateFingerprint()),
            CertificateFingerprint.normalize(printed), refused.err());
        assertEquals(0, StorageGateway.savedGateways());
    }

    @Test
    void whileTheConsoleHoldsTheWorkspaceTheGatewayListIsNotChanged() throws Exception {
        gateway.added();
        Location workspace = Platform.getInstanceLocation();
        assertTrue(workspace.lock(), "the test takes the workspace as the console does");
        try {
            Cli.Result refused = Cli.run("gateway", "remove", StorageGateway.NAME).expect(ExitCodes.FAILURE);
            assertTrue(refused.err().contains("The console is open on"), refused.err());
            add("--password-file", gateway.passwordFile.toString()).expect(ExitCodes.FAILURE);
            assertEquals(1, StorageGateway.savedGateways());
            Cli.run("gateway", "test").expect(ExitCodes.OK);
        } finally {
            workspace.release();
        }
        Cli.run("gateway", "remove", StorageGateway.NAME).expect(ExitCodes.OK);
    }

    @Test
    void aPinnedFingerprintSavesTheGatewayAndTheNextCommandNeedsNothing() throws Exception {
        JsonNode added = add("--password-file", gateway.passwordFile.toString(), "--trust-fingerprint",
            gateway.simulator.certificateFingerprint(), "--output", "json").expect(ExitCodes.OK).json();
        assertEquals(List.of("name", "url", "user", "id"), fields(added));
        assertEquals(StorageGateway.NAME, added.get("name").asText());
        assertEquals(gateway.url(), added.get("url").asText());
        assertEquals(StorageGateway.PASSWORD, new String(ArrowheadCore.connections().secrets()
            .password(added.get("id").asText()).orElseThrow()), "only the file's first line is the password");

        JsonNode tested = Cli.run("gateway", "test", "--output", "json").expect(ExitCodes.OK).json();
        assertEquals(List.of("gateway", "systemId", "systemName", "version", "protectionDomains", "storagePools",
            "volumes", "snapshots", "sdcs", "sdss"), fields(tested));
        GatewayClient observer = gateway.observer();
        assertEquals(gateway.simulator.systemId(), tested.get("systemId").asText());
        assertEquals(observer.systems().getFirst().name(), tested.get("systemName").asText());
        assertEquals(observer.storagePools().size(), tested.get("storagePools").asInt());
        assertEquals(observer.sdcs().size(), tested.get("sdcs").asInt());
        assertEquals(observer.volumes().size(), tested.get("volumes").asInt() + tested.get("snapshots").asInt());
        assertTrue(tested.get("snapshots").asInt() > 0, tested.toString());

        Cli.Result table = Cli.run("gateway", "test", StorageGateway.NAME).expect(ExitCodes.OK);
        assertTrue(table.out().contains("SYSTEM ID:") && table.out().contains(gateway.simulator.systemId()),
            table.out());
    }

    @Test
    void onATerminalThePasswordAndTheCertificateAreAsked() {
        ScriptedTerminal terminal = new ScriptedTerminal(true, StorageGateway.PASSWORD, "y");
        Cli.run(terminal, "gateway", "add", StorageGateway.NAME, "--url", gateway.url(), "--user",
            StorageGateway.USER).expect(ExitCodes.OK);
        assertEquals(2, terminal.questions().size(), terminal.questions().toString());
        assertTrue(terminal.questions().getFirst().startsWith("Password of admin"), terminal.questions().toString());
        assertEquals(1, StorageGateway.savedGateways());
        Cli.run("gateway", "test").expect(ExitCodes.OK);
    }

    @Test
    void withoutAPasswordOffATerminalNothingIsAsked() {
        Cli.Result result = add().expect(ExitCodes.USAGE);
        assertTrue(result.err().contains("--password-file"), result.err());
        assertEquals(0, StorageGateway.savedGateways());
    }

    @Test
    void aMissingOrEmptyPasswordFileIsAUsageError() throws Exception {
        Cli.Result missing = add("--password-file", gateway.directory.resolve("nowhere").toString())
            .expect(ExitCodes.USAGE);
        assertTrue(missing.err().contains("does not exist"), missing.err());
        java.nio.file.Files.writeString(gateway.passwordFile, "\nsecond line\n");
        Cli.Result empty = add("--password-file", gateway.passwordFile.toString()).expect(ExitCodes.USAGE);
        assertTrue(empty.err().contains("is empty"), empty.err());
        assertEquals(0, StorageGateway.savedGateways());
    }

    @Test
    void aWrongPasswordIsALoginFailureAndNothingIsSaved() throws Exception {
        java.nio.file.Files.writeString(gateway.passwordFile, "not-the-password\n");
        Cli.Result result = add("--password-file", gateway.passwordFile.toString(), "--trust-fingerprint",
            gateway.simulator.certificateFingerprint()).expect(ExitCodes.TRUST_OR_LOGIN);
        assertTrue(result.err().contains("refused the user name or password"), result.err());
        assertEquals(0, StorageGateway.savedGateways());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Cli.run("gateway", "add", "nowhere", "--url", "https://127.0.0.1:" + closed, "--user", "admin",
            "--password-file", gateway.passwordFile.toString()).expect(ExitCodes.UNREACHABLE);
        assertEquals(0, StorageGateway.savedGateways());
    }

    @Test
    void aChangedCertificateIsRefusedEvenWithItsFingerprint() throws Exception {
        gateway.added();
        int port = gateway.simulator.endpoint().getPort();
        gateway.simulator.close();
        gateway.simulator = gateway.start(port, "replaced");
        String replaced = gateway.simulator.certificateFingerprint();
        Cli.Result result = Cli.run("gateway", "test", "--trust-fingerprint", replaced)
            .expect(ExitCodes.TRUST_OR_LOGIN);
        assertTrue(result.err().contains("changed") && result.err().contains("--forget-certificate"), result.err());
        Cli.run("gateway", "test").expect(ExitCodes.TRUST_OR_LOGIN);
        assertEquals(1, StorageGateway.savedGateways(), "the gateway stays, refused until its certificate is sorted");
    }

    @Test
    void removeForgetsTheGatewayAndItsPassword() throws Exception {
        gateway.added();
        String id = Cli.run("gateway", "list", "--output", "json").expect(ExitCodes.OK).json().get(0).get("id")
            .asText();
        Cli.run("gateway", "remove", "SIM").expect(ExitCodes.OK);
        assertEquals(0, StorageGateway.savedGateways());
        assertFalse(ArrowheadCore.connections().secrets().password(id).isPresent());
        Cli.run("gateway", "remove", StorageGateway.NAME).expect(ExitCodes.NOT_FOUND);
        Cli.run("gateway", "test", StorageGateway.NAME).expect(ExitCodes.NOT_FOUND);
        Cli.run("gateway", "test").expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void removeCanForgetThePinnedCertificateSoThatAReplacedOneCanBeTrusted() throws Exception {
        gateway.added();
        int port = gateway.simulator.endpoint().getPort();
        gateway.simulator.close();
        gateway.simulator = gateway.start(port, "replaced");
        Cli.run("gateway", "remove", StorageGateway.NAME, "--forget-certificate").expect(ExitCodes.OK);
        gateway.added();
        Cli.run("gateway", "test").expect(ExitCodes.OK);
    }

    @Test
    void aSecondGatewayOfTheSameNameIsAUsageError() {
        gateway.added();
        Cli.Result again = add("--password-file", gateway.passwordFile.toString()).expect(ExitCodes.USAGE);
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(1, StorageGateway.savedGateways());
    }

    private Cli.Result add(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("gateway", "add", StorageGateway.NAME, "--url",
            gateway.url(), "--user", StorageGateway.USER));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static List<String> fields(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
