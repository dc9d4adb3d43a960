package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.model.Volume;

/** No answer, however long or endless, is read past the configured limit. */
class AnswerLimitTest {

    private static final long ONE_MIB = 1024 * 1024;
    private static final String VOLUME = "{\"id\":\"993a355d00000000\",\"name\":\"endless\",\"sizeInKb\":8388608},";
    /** A generous bound that proves the call does not hang; reading the default limit takes about a second. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @Test
    void anEndlessListStopsAtTheLimitWithASentenceNamingItAndTheEndpoint() throws IOException {
        try (EndlessGateway gateway = new EndlessGateway(200, "[", VOLUME);
                GatewayClient client = gateway.client(ONE_MIB)) {
            GatewayAnswerTooLargeException tooLarge = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(GatewayAnswerTooLargeException.class, client::volumes));

            assertEquals("/api/types/Volume/instances", tooLarge.path());
            assertEquals(ONE_MIB, tooLarge.limitBytes());
            assertEquals("The gateway's answer to /api/types/Volume/instances is larger than the limit of 1 MiB "
                    + "(1048576 bytes) or 65536 JSON tokens, so it was not read; if the system really is that large, "
                    + "raise the answer size limit [gateway http://" + gateway.address() + "]", tooLarge.getMessage());
        }
    }

    @Test
    void anEndlessErrorBodyStopsAtTheLimit() throws IOException {
        try (EndlessGateway gateway = new EndlessGateway(500, "{\"message\":\"", "Communication error. ");
                GatewayClient client = gateway.client(ONE_MIB)) {
            GatewayAnswerTooLargeException tooLarge = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(GatewayAnswerTooLargeException.class, client::sdcs));

            assertEquals("/api/types/Sdc/instances", tooLarge.path());
        }
    }

    @Test
    void anEndlessStatisticsAnswerStopsAtTheLimit() throws IOException {
        try (EndlessGateway gateway = new EndlessGateway(200, "{", "\"993a355d00000000\":{\"userDataReadBwc\":1},");
                GatewayClient client = gateway.client(ONE_MIB)) {
            GatewayAnswerTooLargeException tooLarge = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(GatewayAnswerTooLargeException.class, () -> client.querySelectedStatistics(
                            ObjectType.VOLUME, null, List.of("userDataReadBwc"))));

            assertEquals("/api/types/Volume/instances/action/querySelectedStatistics", tooLarge.path());
        }
    }

    @Test
    void theDefaultLimitStopsAnEndlessAnswerWithoutExhaustingTheHeap() throws IOException {
        // blanks before the first value: Jackson keeps none of them, so only the limit can end the call
        try (EndlessGateway gateway = new EndlessGateway(200, "", " ".repeat(1024));
                GatewayClient client = GatewayClient.create(gateway.configuration().build())) {
            GatewayAnswerTooLargeException tooLarge = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(GatewayAnswerTooLargeException.class, client::instances));

            assertEquals(GatewayConfig.DEFAULT_MAX_ANSWER_BYTES, tooLarge.limitBytes());
            assertTrue(tooLarge.getMessage().contains("256 MiB (268435456 bytes) or 16777216 JSON tokens"),
                    tooLarge.getMessage());
        }
    }

    @Test
    void anEndlessListOfTinyValuesStopsAtTheTokenLimitLongBeforeTheByteLimit() throws IOException {
        // a volume per three bytes: with the default byte limit alone, these would fill a 2 GiB heap. The answer
        // ends after 8 MiB, so only the token limit (1 Mi tokens for 16 MiB) can make the answer too large
        try (EndlessGateway gateway = new EndlessGateway(200, "[", "{},", 8 * ONE_MIB);
                GatewayClient client = gateway.client(16 * ONE_MIB)) {
            GatewayAnswerTooLargeException tooLarge = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(GatewayAnswerTooLargeException.class, client::volumes));

            assertEquals(ONE_MIB, tooLarge.limitTokens(), "one token per 16 bytes of the limit");
        }
    }

    @Test
    void anAnswerOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        ScriptedGateway gateway = new ScriptedGateway();
        String body = "[" + VOLUME.substring(0, VOLUME.length() - 1) + "]";
        gateway.answer("GET /api/types/Volume/instances", 200, body);

        try (GatewayClient exact = gateway.client(GatewayConfig.builder("https://gw.example.test")
                .maxAnswerBytes(body.length()))) {
            List<Volume> volumes = exact.volumes();
            assertEquals("endless", volumes.get(0).name());
        }
        try (GatewayClient tooSmall = gateway.client(GatewayConfig.builder("https://gw.example.test")
                .maxAnswerBytes(body.length() - 1))) {
            tooSmall.login();
            assertThrows(GatewayAnswerTooLargeException.class, tooSmall::volumes);
        }
    }

    @Test
    void theLimitMustBePositive() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> GatewayConfig.builder("gw.example.test").user("admin").password(new char[0]).maxAnswerBytes(0)
                        .build());
        assertEquals("The answer size limit must be positive, not 0.", refused.getMessage());
    }
}
