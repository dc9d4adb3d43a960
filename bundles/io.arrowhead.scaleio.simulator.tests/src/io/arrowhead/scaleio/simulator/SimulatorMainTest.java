package io.arrowhead.scaleio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ScratchDirectory scratch = new ScratchDirectory();
    private final Path dataDirectory = scratch.path();

    @AfterEach
    void deleteScratch() throws IOException {
        scratch.close();
    }

    private int run(SimulatorMain.Waiter waiter, String... args) throws InterruptedException {
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), waiter);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badOptionsExitWithStatus2AndAClearMessage() throws InterruptedException {
        assertEquals(2, run((simulator, stop) -> {
            throw new AssertionError("must not start");
        }, "--port", "http"));
        assertTrue(err().startsWith("simulator: Option --port needs a whole number, got \"http\""), err());
        assertTrue(err().contains("--help"), err());
        assertEquals("", out());
    }

    @Test
    void helpPrintsTheOptions() throws InterruptedException {
        assertEquals(0, run((simulator, stop) -> {
            throw new AssertionError("must not start");
        }, "--help"));
        for (String option : new String[] { "--port", "--bind", "--http", "--data-dir", "--state-file",
                "--volume-store", "--user",
                "--version", "--scenario", "--volumes", "--sdcs", "--pools", "--protection-domains", "--seed",
                "--token-lifetime", "--token-idle" }) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void aPortInUseExitsWithStatus1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(1, run((simulator, stop) -> {
                throw new AssertionError("must not start");
            }, "--http", "--port", String.valueOf(taken.getLocalPort())));
            assertTrue(err().contains("cannot start") && err().contains(String.valueOf(taken.getLocalPort())), err());
        }
    }

    @Test
    void printsHowToReachTheSimulatorAndStopsCleanly() throws InterruptedException {
        AtomicInteger loginStatus = new AtomicInteger();
        int status = run((simulator, stop) -> {
            String credentials = Base64.getEncoder().encodeToString("ops:pw!".getBytes(StandardCharsets.UTF_8));
            try (HttpClient client = HttpClient.newHttpClient()) {
                loginStatus.set(client.send(HttpRequest.newBuilder(simulator.endpoint().resolve("/api/login"))
                        .header("Authorization", "Basic " + credentials).build(), BodyHandlers.ofString())
                        .statusCode());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "--http", "--port", "0", "--user", "ops:pw!", "--data-dir", dataDirectory.toString(), "--volumes", "5");
        assertEquals(0, status, err());
        assertEquals(200, loginStatus.get());
        String banner = out();
        assertTrue(banner.contains("local demo"), banner);
        assertTrue(banner.matches("(?s).*Endpoint: +http://127\\.0\\.0\\.1:\\d+/api\n.*"), banner);
        assertTrue(banner.contains("User:         ops / pw!"), banner);
        assertTrue(banner.contains("curl -u 'ops:pw!' http://127.0.0.1:"), banner);
        assertTrue(banner.contains("5 volumes"), banner);
        assertTrue(banner.endsWith("Gateway simulator stopped.\n"), banner);
        assertFalse(banner.contains("Volume store"), banner);
    }

    @Test
    void usersFromAFileLogInAndTheirPasswordsAreNotPrinted() throws Exception {
        Path users = SimulatorOptionsTest.usersFile(scratch, "# test users\nfiled:F1led-Secret\n");
        AtomicInteger rightPassword = new AtomicInteger();
        AtomicInteger wrongPassword = new AtomicInteger();
        int status = run((simulator, stop) -> {
            rightPassword.set(loginStatus(simulator, "filed:F1led-Secret"));
            wrongPassword.set(loginStatus(simulator, "filed:guess"));
        }, "--http", "--port", "0", "--users-file", users.toString(), "--data-dir", dataDirectory.toString(),
                "--volumes", "1");
        assertEquals(0, status, err());
        assertEquals(200, rightPassword.get());
        assertEquals(401, wrongPassword.get());
        String banner = out();
        assertTrue(banner.contains("User:         filed (password in " + users.toAbsolutePath() + ")\n"), banner);
        assertTrue(banner.contains("curl -u 'filed' http://127.0.0.1:"), banner);
        assertFalse(banner.contains("F1led-Secret"), banner);
        assertFalse(banner.contains("demo passwords"), banner);
    }

    private static int loginStatus(GatewaySimulator simulator, String userAndPassword) {
        String credentials = Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(simulator.endpoint().resolve("/api/login"))
                    .header("Authorization", "Basic " + credentials).build(), BodyHandlers.ofString()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBannerShowsTheVolumeStoreAndHowToListAnSdcsVolumes() throws InterruptedException {
        Path store = dataDirectory.resolve("volumes");
        int status = run((simulator, stop) -> assertEquals(store, simulator.volumeStore()), "--http", "--port", "0",
                "--data-dir", dataDirectory.toString(), "--volume-store", store.toString());
        assertEquals(0, status, err());
        assertTrue(out().contains("  Volume store: " + store + " (GET http://127.0.0.1:"), out());
        assertTrue(out().contains("/simulator/sdcs/<guid>/volumes)\n"), out());
    }

    @Test
    void theHttpsBannerShowsTheCertificateAndItsFingerprint() throws InterruptedException {
        int status = run((simulator, stop) -> {
            assertEquals(simulator.certificateFingerprint(), simulator.certificateFingerprint());
        }, "--port", "0", "--data-dir", dataDirectory.toString());
        assertEquals(0, status, err());
        Path certificate = dataDirectory.resolve("simulator-cert.pem");
        assertTrue(out().contains("Certificate:  " + certificate), out());
        assertTrue(out().matches("(?s).*SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}\n.*"), out());
        assertTrue(out().contains("curl --cacert '" + certificate + "' -u 'admin:Scaleio123!' https://127.0.0.1:"),
                out());
    }
}
