package io.arrowhead.scaleio.simulator.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"TRUE\"", "\"True\"", "\"true\"", "true" })
    void trueInEveryClientsSpelling(String value) {
        assertTrue(parse("{\"flag\":" + value + "}").flag("flag", false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"FALSE\"", "\"False\"", "\"false\"", "false" })
    void falseInEveryClientsSpelling(String value) {
        assertFalse(parse("{\"flag\":" + value + "}").flag("flag", true));
    }

    @Test
    void emptyStringsAndNullsCountAsAbsent() {
        RequestBody body = parse("{\"allSdcs\":\"\",\"name\":null}");
        assertFalse(body.flag("allSdcs", false));
        assertNull(body.text("name"));
        assertFalse(body.has("missing"));
    }

    @Test
    void numbersComeAsStringsOrAsJsonNumbers() {
        assertEquals(1048576, parse("{\"n\":\"1048576\"}").number("n"));
        assertEquals(10, parse("{\"n\":10}").number("n"));
        GatewayException refused = assertThrows(GatewayException.class, () -> parse("{\"n\":\"1.5\"}").number("n"));
        assertEquals(400, refused.response().status());
    }

    @Test
    void anEmptyBodyIsAnEmptyObjectAndNonObjectsAreRefused() {
        assertFalse(RequestBody.parse(new byte[0]).has("anything"));
        assertThrows(GatewayException.class, () -> parse("[1,2]"));
        assertThrows(GatewayException.class, () -> parse("{"));
    }

    private static RequestBody parse(String json) {
        return RequestBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
