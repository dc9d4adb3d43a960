package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;

/**
 * host add, list, probe and remove against the demo's first emulated host, reached as {@code localhost} so that its
 * key is one no known hosts file has: refused with its fingerprint, then pinned by {@code --trust-fingerprint}.
 */
class HostCommandsTest {

    private static final String NAME = "docker-test";
    private static DemoFixture fixture;

    @TempDir
    Path files;

    @BeforeAll
    static void startDemo() throws Exception {
        fixture = DemoFixture.start(HostCommandsTest.class);
    }

    @AfterAll
    static void stopDemo() throws Exception {
        fixture.close();
    }

    @AfterEach
    void removeTheHostAndItsKey() throws Exception {
        try {
            var hosts = ArrowheadCore.hosts();
            hosts.findByName(NAME).ifPresent(host -> {
                try {
                    hosts.remove(host);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            hosts.hostKeys().forget(localhost());
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }

    @Test
    void anUnknownKeyIsRefusedWithItsFingerprintThenPinnedOnRequest() throws Exception {
        String fingerprint = fixture.host(0).hostKeyFingerprint();
        Cli.Result refused = Cli.run(add()).expect(ExitCodes.TRUST_OR_LOGIN);
        assertTrue(refused.err().contains(fingerprint) && refused.err().contains("--trust-fingerprint"),
            refused.err());
        assertFalse(DemoFixture.hostSaved(NAME), "a host is saved only once logging in worked");

        JsonNode added = Cli.run(add("--trust-fingerprint", fingerprint, "--output", "json")).expect(ExitCodes.OK)
            .json();
        assertEquals(NAME, added.get("name").asText());
        assertEquals("localhost", added.get("address").asText());
        assertEquals(List.of("name", "address", "port", "user", "authentication", "keyFile", "sudo", "id"),
            fields(added));

        JsonNode listed = Cli.run("host", "list", "-o", "json").expect(ExitCodes.OK).json();
        assertTrue(DemoCommandTest.names(listed).contains(NAME), listed::toString);
        // The key is pinned for good: a later command connects without the option.
        JsonNode probe = Cli.run("host", "probe", NAME, "-o", "json").expect(ExitCodes.OK).json();
        EmulatedDockerHost emulated = fixture.host(0);
        assertEquals(emulated.sdcGuid(), probe.get("sdcGuid").asText());
        assertEquals(emulated.sdcId(), probe.get("sdcId").asText());
        assertTrue(probe.get("dockerVersion").isTextual(), probe::toString);
        assertEquals(List.of("name", "address", "os", "kernel", "dockerVersion", "dockerError", "sdcInstalled",
            "sdcGuid", "gateway", "sdcId", "sdcName"), fields(probe));

        Cli.run("host", "remove", NAME).expect(ExitCodes.OK);
        assertFalse(DemoFixture.hostSaved(NAME));
        Cli.run("host", "probe", NAME).expect(ExitCodes.NOT_FOUND);
    }

    @Test
    void aWrongPasswordIsALoginFailureAndSavesNothing() throws Exception {
        Path wrong = Files.writeString(files.resolve("wrong"), "not-the-password\n");
        Cli.Result result = Cli.run("host", "add", NAME, "--address", "localhost", "--port",
            Integer.toString(fixture.host(0).port()), "--user", "arrowhead", "--password-file", wrong.toString(),
            "--trust-fingerprint", fixture.host(0).hostKeyFingerprint()).expect(ExitCodes.TRUST_OR_LOGIN);
        assertFalse(result.err().isBlank());
        assertFalse(DemoFixture.hostSaved(NAME));
    }

    @Test
    void badInputIsAUsageErrorThatSaysWhy() throws Exception {
        Cli.Result noFile = Cli.run("host", "add", NAME, "--address", "localhost", "--user", "arrowhead",
            "--password-file", files.resolve("missing").toString()).expect(ExitCodes.USAGE);
        assertTrue(noFile.err().contains("cannot be read"), noFile.err());
        Cli.run("host", "add", NAME, "--address", "localhost", "--user", "arrowhead").expect(ExitCodes.USAGE);
        Cli.Result badUser = Cli.run("host", "add", NAME, "--address", "localhost", "--user", "Not A User",
            "--agent").expect(ExitCodes.USAGE);
        assertTrue(badUser.err().contains("not a valid user name"), badUser.err());
        Cli.Result taken = Cli.run("host", "add", "cli-demo-01", "--address", "localhost", "--user", "arrowhead",
            "--agent").expect(ExitCodes.USAGE);
        assertTrue(taken.err().contains("already exists"), taken.err());
    }

    private String[] add(String... more) throws Exception {
        Path password = files.resolve("password");
        Files.writeString(password, new String(fixture.demo.cluster().hostPassword()) + "\n");
        List<String> args = new java.util.ArrayList<>(List.of("host", "add", NAME, "--address", "localhost",
            "--port", Integer.toString(fixture.host(0).port()), "--user", "arrowhead", "--password-file",
            password.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static HostDefinition localhost() {
        return new HostDefinition("localhost", fixture.host(0).port(), "arrowhead",
            new HostAuthentication.Password(), false);
    }

    static List<String> fields(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
