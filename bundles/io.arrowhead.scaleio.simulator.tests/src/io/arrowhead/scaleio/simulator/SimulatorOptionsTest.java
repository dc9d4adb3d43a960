package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrowhead.scaleio.simulator.SimulatorOptions.UsageException;

class SimulatorOptionsTest {

    @Test
    void defaultsToPort8443OverHttpsWithTheDemoUser() throws UsageException {
        SimulatorOptions options = SimulatorOptions.parse();
        assertEquals(8443, options.port);
        assertEquals(false, options.plainHttp);
        assertEquals(Map.of("admin", "Scaleio123!"), options.effectiveUsers());
        assertEquals(ClusterScenario.demo(), options.scenario());
    }

    @Test
    void parsesEveryOptionInBothForms() throws UsageException {
        SimulatorOptions options = SimulatorOptions.parse("--port", "0", "--bind=0.0.0.0", "--http", "--data-dir",
                "/tmp/d", "--state-file=/tmp/s.json", "--volume-store", "/tmp/v", "--user",
                "ops:pa:ss", "--user=viewer:v", "--version", "4.0",
                "--volumes", "12", "--sdcs=3", "--pools", "2", "--protection-domains", "1", "--seed", "7",
                "--token-lifetime", "PT1H", "--token-idle", "90s");
        assertEquals(0, options.port);
        assertEquals("0.0.0.0", options.bindAddress);
        assertTrue(options.plainHttp);
        assertEquals(Path.of("/tmp/d"), options.dataDirectory);
        assertEquals(Path.of("/tmp/s.json"), options.stateFile);
        assertEquals(Path.of("/tmp/v"), options.volumeStore);
        assertEquals(Map.of("ops", "pa:ss", "viewer", "v"), options.effectiveUsers());
        assertEquals("4.0", options.apiVersion);
        assertEquals(Duration.ofHours(1), options.tokenLifetime);
        assertEquals(Duration.ofSeconds(90), options.tokenIdle);
        ClusterScenario scenario = options.scenario();
        assertEquals(12, scenario.volumes());
        assertEquals(3, scenario.sdcs());
        assertEquals(2, scenario.pools());
        assertEquals(1, scenario.protectionDomains());
        assertEquals(7, scenario.seed());
    }

    @Test
    void readsUsersFromAFileBesideThoseOfTheCommandLine() throws Exception {
        try (ScratchDirectory scratch = new ScratchDirectory()) {
            Path file = usersFile(scratch, "# ops team\nops:pa:ss\nviewer:v\n");
            SimulatorOptions options = SimulatorOptions.parse("--user", "admin:a", "--users-file", file.toString());
            assertEquals(Map.of("admin", "a", "ops", "pa:ss", "viewer", "v"), options.effectiveUsers());
            assertEquals(Set.of("ops", "viewer"), options.usersFromFile);
            UsageException twice = assertThrows(UsageException.class,
                    () -> SimulatorOptions.parse("--users-file=" + file, "--user", "ops:other"));
            assertEquals("The user ops is given both by --user and in the users file " + file
                    + "; give each user once.", twice.getMessage());
        }
    }

    @Test
    void theHelpWarnsThatACommandLineIsVisibleToOthers() {
        assertTrue(SimulatorOptions.USAGE.contains("Other users of\n"), SimulatorOptions.USAGE);
        assertTrue(SimulatorOptions.USAGE.contains("this machine can read a command line (ps): prefer --users-file"),
                SimulatorOptions.USAGE);
        assertTrue(SimulatorOptions.USAGE.contains("--users-file FILE"), SimulatorOptions.USAGE);
    }

    /** A private users file, as the simulator requires. */
    static Path usersFile(ScratchDirectory scratch, String content) throws IOException {
        Path file = scratch.resolve("users");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    @ParameterizedTest
    @CsvSource({ "500ms, PT0.5S", "30s, PT30S", "10m, PT10M", "8h, PT8H", "2d, PT48H", "PT15M, PT15M" })
    void readsShortAndIsoDurations(String text, String expected) throws UsageException {
        assertEquals(Duration.parse(expected), SimulatorOptions.duration("--token-idle", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--frobnicate                | Unknown option: --frobnicate",
        "extra                       | Unexpected argument: extra",
        "--port                      | Option --port needs a value",
        "--port x                    | Option --port needs a whole number",
        "--port 65536                | Option --port must be between 0 and 65535",
        "--user admin                | --user needs NAME:PASSWORD",
        "--user :pw                  | --user needs NAME:PASSWORD",
        "--version 3                 | --version: API version must look like 3.5",
        "--token-idle soon           | Option --token-idle needs a duration",
        "--token-lifetime 0s         | Option --token-lifetime must be positive",
        "--pools 0                   | Option --pools must be between 1",
        "--scenario /no/such/file    | Cannot read the scenario file /no/such/file",
        "--users-file /no/such/file  | The users file /no/such/file does not exist." })
    void explainsEveryMistake(String args, String expectedStart) {
        UsageException e = assertThrows(UsageException.class, () -> SimulatorOptions.parse(args.split(" ")).scenario());
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
